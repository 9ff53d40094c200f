'use client';
import dynamic from 'next/dynamic';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { MAX_ANSWER_WORDS } from '@/lib/core/mock/limits';
import type { SaveState } from './use-autosave';

// The preview is optional: its Markdown renderer loads only when asked for.
const MarkdownPreview = dynamic(() => import('@/components/ui/markdown-preview').then((m) => m.MarkdownPreview), {
  loading: () => <p className="text-fg-muted">Loading preview…</p>,
});

const LABELS: Record<SaveState, string> = {
  saved: 'Saved',
  saving: 'Saving…',
  offline: 'Offline — kept on this device',
  busy: 'Busy, retrying — kept on this device',
  'too-long': `Not saved: over ${MAX_ANSWER_WORDS.toLocaleString('en')} words`,
};

const TONES: Record<SaveState, string> = {
  saved: 'text-success',
  saving: 'text-fg-muted',
  offline: 'text-warning',
  busy: 'text-warning',
  'too-long': 'text-danger',
};

/** The answer box: Markdown with a preview, the save state, a word count and Ctrl+S. */
export function AnswerEditor({
  text,
  words,
  saveState,
  savedAt,
  readOnly,
  paused,
  onChange,
  onSave,
}: {
  text: string;
  words: number;
  saveState: SaveState;
  /** When this page's last save landed (epoch ms), or null. */
  savedAt: number | null;
  readOnly: boolean;
  paused: boolean;
  onChange: (text: string) => void;
  onSave: () => void;
}) {
  const [preview, setPreview] = useState(false);
  const tooLong = words > MAX_ANSWER_WORDS;
  const stateLabel =
    saveState === 'saved' && savedAt
      ? `Saved ${new Date(savedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })}`
      : LABELS[saveState];
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor="mock-answer" className="font-medium">
          Your answer <span className="text-sm font-normal text-fg-muted">(Markdown)</span>
        </label>
        <div className="flex items-center gap-3 text-sm">
          <span className={`${TONES[saveState]} font-medium`} data-testid="save-state">
            {stateLabel}
          </span>
          <Button variant="ghost" aria-pressed={preview} onClick={() => setPreview((p) => !p)}>
            {preview ? 'Back to writing' : 'Preview'}
          </Button>
        </div>
      </div>
      {preview ? (
        <div className="min-h-[50vh] rounded-lg border border-border bg-surface p-4" data-testid="mock-preview">
          {text.trim() ? (
            <MarkdownPreview>{text}</MarkdownPreview>
          ) : (
            <p className="text-fg-muted">Nothing to preview yet.</p>
          )}
        </div>
      ) : (
        <textarea
          id="mock-answer"
          value={text}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onSave}
          onKeyDown={(e) => {
            if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
              e.preventDefault();
              onSave();
            }
          }}
          readOnly={readOnly}
          aria-describedby="mock-answer-help mock-answer-count"
          aria-invalid={tooLong || undefined}
          spellCheck
          className="min-h-[50vh] w-full resize-y rounded-lg border border-border bg-surface p-4 leading-relaxed text-fg placeholder:text-fg-muted read-only:opacity-80"
          placeholder="Walk through the trade-offs and make a recommendation…"
        />
      )}
      <div className="flex flex-wrap justify-between gap-2 text-sm text-fg-muted">
        <p id="mock-answer-help">
          {paused
            ? 'Paused — resume to keep writing.'
            : 'Saved to the server as you type and kept on this device too. Ctrl+S saves now.'}
        </p>
        <p id="mock-answer-count" className={tooLong ? 'font-medium text-danger' : ''} data-testid="word-count">
          {words.toLocaleString('en')} {words === 1 ? 'word' : 'words'}
          {tooLong
            ? ` — over the ${MAX_ANSWER_WORDS.toLocaleString('en')}-word limit: shorten it to save and submit.`
            : ''}
        </p>
      </div>
      <p className="sr-only" aria-live="polite">
        {saveState === 'offline' || saveState === 'busy' ? LABELS[saveState] : saveState === 'too-long' ? LABELS['too-long'] : ''}
      </p>
    </div>
  );
}
