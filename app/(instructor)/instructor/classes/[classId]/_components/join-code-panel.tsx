'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { StatusMessage } from '@/components/ui/status-message';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { formatJoinCode } from '@/lib/core/classes/format-join-code';
import { rotateJoinCodeAction } from '@/lib/server/actions/rotate-join-code-action';

/** The class's join code and link, a copy button, and rotation (the old code stops working). */
export function JoinCodePanel({ classId, joinCode, origin }: { classId: string; joinCode: string; origin: string }) {
  const { pending, error, run } = useActionRunner();
  const [copied, setCopied] = useState<string | null>(null);
  const link = `${origin}/join/${joinCode}`;

  async function copy(text: string, what: string) {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(`${what} copied.`);
    } catch {
      setCopied(`Copy failed: select the ${what.toLowerCase()} and copy it.`);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div>
        <p className="text-sm text-fg-muted" id="join-code-label">
          Join code
        </p>
        <p
          className="font-mono text-3xl font-bold tracking-widest"
          aria-labelledby="join-code-label"
          data-testid="join-code"
        >
          {formatJoinCode(joinCode)}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="join-link" className="text-sm font-medium">
          Join link
        </label>
        {/* The whole link stays in sight at any width: it wraps instead of scrolling inside a one-line box. */}
        <textarea
          id="join-link"
          readOnly
          rows={2}
          value={link}
          onFocus={(e) => e.currentTarget.select()}
          className="w-full resize-none rounded-lg border border-border bg-surface px-3 py-2 font-mono text-sm break-all text-fg field-sizing-content"
        />
        <div className="mt-1 flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => void copy(link, 'Link')}>
            Copy link
          </Button>
          <Button variant="secondary" onClick={() => void copy(formatJoinCode(joinCode), 'Code')}>
            Copy code
          </Button>
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button
          variant="ghost"
          disabled={pending}
          onClick={() => {
            if (
              window.confirm(
                'Make a new code? The current code and link stop working; students already in the class stay.',
              )
            ) {
              run(() => rotateJoinCodeAction({ classId }));
            }
          }}
        >
          {pending ? 'Rotating…' : 'Rotate code'}
        </Button>
        <StatusMessage error={error} success={copied} />
      </div>
    </div>
  );
}
