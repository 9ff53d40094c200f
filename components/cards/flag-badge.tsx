import { FLAGS } from '@/lib/core/cards/card-mark';

/** Each flag's colour (Anki's), always shown beside its name: colour is never the only cue. */
export const FLAG_DOT: Record<number, string> = {
  1: 'bg-red-500',
  2: 'bg-orange-400',
  3: 'bg-green-500',
  4: 'bg-blue-500',
  5: 'bg-pink-400',
  6: 'bg-teal-400',
  7: 'bg-purple-500',
};

export const flagName = (flag: number): string => FLAGS[flag - 1]?.name ?? 'No';

/** A card's flag as a coloured dot and its name ("Red flag"); nothing for no flag. */
export function FlagBadge({ flag }: { flag: number }) {
  if (flag === 0) return null;
  return (
    <span className="inline-flex items-center gap-1.5 rounded-full border border-border px-2 py-0.5 text-xs font-medium normal-case tracking-normal text-fg">
      <span aria-hidden="true" className={`size-2.5 rounded-full ${FLAG_DOT[flag] ?? ''}`} />
      {flagName(flag)} flag
    </span>
  );
}
