'use client';
import { useRouter } from 'next/navigation';
import { type FormEvent, type ReactNode, useState } from 'react';
import { buttonClass } from '@/components/ui/button';
import type { MockMode, PromptStatus } from '@/lib/core/mock/types';
import { startMockAttemptAction } from '@/lib/server/actions/start-mock-attempt-action';
import { PromptStatusBadge } from './prompt-status-badge';

export type StartMockPrompt = { id: string; title: string; status: PromptStatus; reason: string; scenario: ReactNode };

const MODES: { value: MockMode; label: string; hint: string }[] = [
  { value: 'interview', label: 'Interview', hint: 'Like the real thing: the clock can’t be paused, warns at 5 and 1 minutes, and submits at zero.' },
  { value: 'practice', label: 'Practice', hint: 'Pause whenever you like; nothing is submitted until you say so.' },
];

/** Choose a prompt (scheduled order, with why), a mode and a length, and start. */
export function StartMockForm({
  prompts,
  lengths,
  initialPromptId,
  defaultSeconds,
}: {
  prompts: StartMockPrompt[];
  lengths: { seconds: number; label: string }[];
  initialPromptId: string | null;
  defaultSeconds: number;
}) {
  const router = useRouter();
  const [promptId, setPromptId] = useState(initialPromptId ?? prompts[0]?.id ?? '');
  const [mode, setMode] = useState<MockMode>('interview');
  const [seconds, setSeconds] = useState(defaultSeconds);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const selected = prompts.find((p) => p.id === promptId);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setPending(true);
    setError(null);
    const result = await startMockAttemptAction({ promptId, mode, timeLimitSec: seconds });
    if (!result.ok) {
      setPending(false);
      setError(result.message);
      return;
    }
    router.push(`/mock/${result.data.attemptId}`);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-6">
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-2 text-lg font-semibold">Prompt</legend>
        {prompts.map((p) => (
          <label
            key={p.id}
            className={`flex cursor-pointer items-start gap-3 rounded-lg border p-3 ${p.id === promptId ? 'border-accent bg-accent-soft' : 'border-border bg-surface hover:bg-muted'}`}
          >
            <input
              type="radio"
              name="promptId"
              value={p.id}
              checked={p.id === promptId}
              onChange={() => setPromptId(p.id)}
              aria-describedby={`prompt-reason-${p.id}`}
              className="mt-1"
            />
            <span className="flex min-w-0 flex-1 flex-col gap-1">
              <span className="font-medium">{p.title}</span>
              <span id={`prompt-reason-${p.id}`} className="flex flex-wrap items-center gap-2 text-sm text-fg-muted">
                <PromptStatusBadge status={p.status} />
                <span>{p.reason}</span>
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      {selected ? (
        <section aria-labelledby="selected-scenario" className="rounded-lg border border-border bg-muted p-4 text-sm">
          <h3 id="selected-scenario" className="mb-1 font-semibold">
            The question
          </h3>
          {selected.scenario}
        </section>
      ) : null}

      <div className="grid gap-6 sm:grid-cols-2">
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-semibold">Mode</legend>
          {MODES.map((m) => (
            <label key={m.value} className="flex cursor-pointer items-start gap-3">
              <input
                type="radio"
                name="mode"
                value={m.value}
                checked={mode === m.value}
                onChange={() => setMode(m.value)}
                aria-describedby={`mode-hint-${m.value}`}
                className="mt-1"
              />
              <span>
                <span className="font-medium">{m.label}</span>
                <span id={`mode-hint-${m.value}`} className="block text-sm text-fg-muted">
                  {m.hint}
                </span>
              </span>
            </label>
          ))}
        </fieldset>
        <fieldset className="flex flex-col gap-2">
          <legend className="mb-2 text-lg font-semibold">Length</legend>
          {lengths.map((l) => (
            <label key={l.seconds} className="flex cursor-pointer items-center gap-3">
              <input type="radio" name="timeLimitSec" value={l.seconds} checked={seconds === l.seconds} onChange={() => setSeconds(l.seconds)} />
              <span>{l.label}</span>
            </label>
          ))}
        </fieldset>
      </div>

      {error ? <p className="text-sm text-danger">{error}</p> : null}
      <div>
        <button type="submit" className={buttonClass()} disabled={pending || !selected}>
          {pending ? 'Starting…' : 'Start'}
        </button>
      </div>
    </form>
  );
}
