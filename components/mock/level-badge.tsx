import type { Level } from '@/lib/core/mock/types';

const STYLES: Record<Level, string> = {
  miss: 'border-danger/60 text-danger',
  meets: 'border-warning/60 text-warning',
  delights: 'border-success/60 text-success',
};

/** A rubric level as a small pill: miss, meets or delights. */
export function LevelBadge({ level, large = false }: { level: Level; large?: boolean }) {
  return (
    <span className={`inline-block rounded-full border font-semibold ${large ? 'px-3 py-1 text-base' : 'px-2 py-0.5 text-xs'} ${STYLES[level]}`}>
      {level}
    </span>
  );
}
