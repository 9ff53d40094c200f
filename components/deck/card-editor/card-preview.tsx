import { MarkdownPreview } from '@/components/ui/markdown-preview';
import type { CardDraft } from './card-draft';

/** The card as students will see it, front over back, while it is being written. */
export function CardPreview({ draft }: { draft: Pick<CardDraft, 'front' | 'back' | 'explanation'> }) {
  return (
    <section aria-label="Preview" className="rounded-lg border border-dashed border-border bg-bg p-3">
      <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-fg-muted">Preview</p>
      {draft.front.trim() ? (
        <MarkdownPreview className="font-medium">{draft.front}</MarkdownPreview>
      ) : (
        <p className="text-sm text-fg-muted">The front appears here.</p>
      )}
      <div className="mt-3 border-t border-border pt-3">
        {draft.back.trim() ? (
          <MarkdownPreview>{draft.back}</MarkdownPreview>
        ) : (
          <p className="text-sm text-fg-muted">The back appears here.</p>
        )}
        {draft.explanation.trim() ? (
          <MarkdownPreview className="mt-2 text-sm text-fg-muted">{draft.explanation}</MarkdownPreview>
        ) : null}
      </div>
    </section>
  );
}
