'use client';
import { useId, useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { MarkdownPreview } from '@/components/ui/markdown-preview';
import { SelectField } from '@/components/ui/select-field';
import { TextArea } from '@/components/ui/text-area';
import { TextField } from '@/components/ui/text-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { saveDeckCardAction } from '@/lib/server/actions/save-deck-card-action';
import type { Option } from '@/lib/server/queries/get-library-options';
import type { BuilderCard } from '@/lib/server/queries/get-deck-builder';

export type CardEditorOptions = { dimensions: Option[]; misconceptions: Option[]; sources: Option[] };

/**
 * Writes or edits one of the deck's own cards: Markdown front, back and explanation with a live
 * preview, tags, an optional dimension and misconception, and sources from the library's registry.
 */
export function CardEditor({
  deckId,
  card,
  options,
  onDone,
}: {
  deckId: string;
  card?: BuilderCard;
  options: CardEditorOptions;
  onDone?: () => void;
}) {
  const id = useId();
  const [front, setFront] = useState(card?.front ?? '');
  const [back, setBack] = useState(card?.back ?? '');
  const [explanation, setExplanation] = useState(card?.explanation ?? '');
  const [tags, setTags] = useState(card?.tags.join(' ') ?? '');
  const [dimension, setDimension] = useState(
    card?.comparison && card.dimension ? `${card.comparison}/${card.dimension}` : '',
  );
  const [misconception, setMisconception] = useState(card?.misconception ?? '');
  const [sources, setSources] = useState<string[]>(card?.sources ?? []);
  const [sourceFilter, setSourceFilter] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const { pending, error, fieldErrors, run } = useActionRunner();

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    run(
      () =>
        saveDeckCardAction({
          deckId,
          ...(card ? { cardId: card.id } : {}),
          front,
          back,
          explanation,
          tags: tags.split(/[\s,;]+/).filter(Boolean),
          dimension: dimension || null,
          misconception: misconception || null,
          sources,
        }),
      () => {
        if (card) {
          setSaved('Card saved.');
        } else {
          setFront('');
          setBack('');
          setExplanation('');
          setSaved('Card added to the end of the deck.');
        }
        onDone?.();
      },
    );
  }

  const shownSources = options.sources.filter(
    (s) =>
      sources.includes(s.value) || `${s.value} ${s.label}`.toLowerCase().includes(sourceFilter.trim().toLowerCase()),
  );
  const tagError = Object.entries(fieldErrors).find(([k]) => k.startsWith('tags'))?.[1]?.[0];

  return (
    <form
      onSubmit={onSubmit}
      className="flex flex-col gap-4"
      noValidate
      aria-label={card ? 'Edit card' : 'Write a card'}
    >
      <div className="grid gap-4 xl:grid-cols-2">
        <div className="flex flex-col gap-3">
          <TextArea
            id={`${id}-front`}
            label="Front (question)"
            name="front"
            value={front}
            onChange={(e) => setFront(e.target.value)}
            rows={3}
            maxLength={4000}
            error={fieldErrors.front?.[0]}
          />
          <TextArea
            id={`${id}-back`}
            label="Back (answer)"
            name="back"
            value={back}
            onChange={(e) => setBack(e.target.value)}
            rows={4}
            maxLength={4000}
            error={fieldErrors.back?.[0]}
          />
          <TextArea
            id={`${id}-explanation`}
            label="Explanation (optional)"
            name="explanation"
            value={explanation}
            onChange={(e) => setExplanation(e.target.value)}
            rows={2}
            maxLength={4000}
            error={fieldErrors.explanation?.[0]}
          />
        </div>
        <section aria-label="Preview" className="rounded-lg border border-dashed border-border bg-bg p-3">
          <p className="mb-2 text-xs font-semibold uppercase tracking-wide text-fg-muted">Preview</p>
          {front.trim() ? (
            <MarkdownPreview className="font-medium">{front}</MarkdownPreview>
          ) : (
            <p className="text-sm text-fg-muted">The front appears here.</p>
          )}
          <div className="mt-3 border-t border-border pt-3">
            {back.trim() ? (
              <MarkdownPreview>{back}</MarkdownPreview>
            ) : (
              <p className="text-sm text-fg-muted">The back appears here.</p>
            )}
            {explanation.trim() ? <MarkdownPreview className="mt-2 text-sm text-fg-muted">{explanation}</MarkdownPreview> : null}
          </div>
        </section>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <TextField
          id={`${id}-tags`}
          label="Tags"
          name="tags"
          value={tags}
          onChange={(e) => setTags(e.target.value)}
          hint="lower-case-words, separated by spaces"
          error={tagError}
        />
        <SelectField
          id={`${id}-dimension`}
          label="Dimension"
          name="dimension"
          options={options.dimensions}
          empty="None"
          value={dimension}
          onChange={(e) => setDimension(e.target.value)}
          error={fieldErrors.dimension?.[0]}
        />
        <SelectField
          id={`${id}-misconception`}
          label="Misconception it tests"
          name="misconception"
          options={options.misconceptions}
          empty="None"
          value={misconception}
          onChange={(e) => setMisconception(e.target.value)}
          error={fieldErrors.misconception?.[0]}
        />
      </div>
      <details className="rounded-lg border border-border p-3">
        <summary className="cursor-pointer text-sm font-medium">Sources ({sources.length} chosen)</summary>
        <div className="mt-3 flex flex-col gap-2">
          <TextField
            id={`${id}-source-filter`}
            label="Filter sources"
            name="source-filter"
            value={sourceFilter}
            onChange={(e) => setSourceFilter(e.target.value)}
          />
          <fieldset className="max-h-56 overflow-auto">
            <legend className="sr-only">Sources</legend>
            {shownSources.map((s) => (
              <label key={s.value} className="flex items-start gap-2 py-0.5 text-sm">
                <input
                  type="checkbox"
                  className="mt-1"
                  checked={sources.includes(s.value)}
                  onChange={(e) =>
                    setSources((list) => (e.target.checked ? [...list, s.value] : list.filter((v) => v !== s.value)))
                  }
                />
                <span>{s.label}</span>
              </label>
            ))}
          </fieldset>
          {fieldErrors.sources?.[0] ? <p className="text-sm text-danger">{fieldErrors.sources[0]}</p> : null}
        </div>
      </details>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : card ? 'Save card' : 'Add card'}
        </Button>
        {card && onDone ? (
          <Button variant="ghost" onClick={onDone}>
            Cancel
          </Button>
        ) : null}
        <p aria-live="polite" className="text-sm">
          {error ? (
            <span className="text-danger">{error}</span>
          ) : saved ? (
            <span className="text-success">{saved}</span>
          ) : null}
        </p>
      </div>
    </form>
  );
}
