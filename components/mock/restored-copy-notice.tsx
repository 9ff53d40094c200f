import { Button } from '@/components/ui/button';
import { countWords } from '@/lib/core/mock/count-words';
import type { LocalDraft } from './draft-store';

/** After a reload took this device's newer copy: says so, with the server's older copy one click away. */
export function RestoredCopyNotice({
  words,
  serverCopy,
  onUseServerCopy,
  onDismiss,
}: {
  /** Words in the editor (this device's copy). */
  words: number;
  serverCopy: LocalDraft;
  onUseServerCopy: () => void;
  onDismiss: () => void;
}) {
  return (
    <div
      role="status"
      className="flex flex-wrap items-center gap-3 rounded-lg border border-warning/50 bg-warning/10 px-4 py-3 text-sm"
    >
      <p className="flex-1">
        Showing the newer copy kept on this device ({words.toLocaleString('en')} words): the server had not received it
        yet (it had {countWords(serverCopy.draft).toLocaleString('en')} words).
      </p>
      <Button variant="secondary" onClick={onUseServerCopy}>
        Use the server’s copy instead
      </Button>
      <Button variant="ghost" onClick={onDismiss}>
        Dismiss
      </Button>
    </div>
  );
}
