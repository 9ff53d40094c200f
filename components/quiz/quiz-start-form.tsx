'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { startQuizAction } from '@/lib/server/actions/start-quiz-action';

type Props = {
  decks: { id: string; title: string }[];
  dimensions: { id: string; name: string }[];
  /** Offered lengths of a timed test, in seconds. */
  lengths: number[];
};

const select = 'rounded-lg border border-border bg-surface px-3 py-2';

function lengthLabel(seconds: number): string {
  return seconds < 60 ? `${seconds} seconds (test)` : `${seconds / 60} minutes`;
}

/** Choose practice or a timed test, how many questions, and an optional focus. */
export function QuizStartForm({ decks, dimensions, lengths }: Props) {
  const router = useRouter();
  const [mode, setMode] = useState<'practice' | 'timed'>('practice');
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const focus = String(form.get('focus') ?? 'all');
    setPending(true);
    setMessage(null);
    const result = await startQuizAction({
      mode,
      count: Number(form.get('count')),
      ...(focus.startsWith('deck:') ? { deckId: focus.slice(5) } : {}),
      ...(focus.startsWith('dimension:') ? { dimension: focus.slice(10) } : {}),
      ...(focus === 'weak' ? { weakOnly: true } : {}),
      ...(mode === 'timed' ? { timeLimitSec: Number(form.get('length')) } : {}),
    });
    if (!result.ok) {
      setPending(false);
      setMessage(result.message);
      return;
    }
    router.push(`/quiz/${result.data.attemptId}`);
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="flex flex-col gap-4">
      <fieldset className="flex flex-wrap gap-4">
        <legend className="mb-1 text-sm font-medium">Mode</legend>
        <label className="flex items-center gap-2">
          <input
            type="radio"
            name="mode"
            value="practice"
            checked={mode === 'practice'}
            onChange={() => setMode('practice')}
          />
          Practice — feedback after every answer
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="mode" value="timed" checked={mode === 'timed'} onChange={() => setMode('timed')} />
          Timed test — like an exam, results at the end
        </label>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-3">
        <label className="flex flex-col gap-1 text-sm font-medium">
          Questions
          <select name="count" defaultValue="10" className={select}>
            {[5, 10, 15, 20].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Focus
          <select name="focus" defaultValue="all" className={select}>
            <option value="all">Everything I study</option>
            <option value="weak">My weak spots</option>
            <optgroup label="A deck">
              {decks.map((d) => (
                <option key={d.id} value={`deck:${d.id}`}>
                  {d.title}
                </option>
              ))}
            </optgroup>
            <optgroup label="A dimension">
              {dimensions.map((d) => (
                <option key={d.id} value={`dimension:${d.id}`}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        {mode === 'timed' ? (
          <label className="flex flex-col gap-1 text-sm font-medium">
            Length
            <select
              name="length"
              defaultValue={String(lengths.find((l) => l === 300) ?? lengths[0])}
              className={select}
            >
              {lengths.map((l) => (
                <option key={l} value={l}>
                  {lengthLabel(l)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {message ? (
        <p role="status" className="text-sm text-danger">
          {message}
        </p>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? 'Building your quiz…' : mode === 'timed' ? 'Start the test' : 'Start quiz'}
        </Button>
      </div>
    </form>
  );
}
