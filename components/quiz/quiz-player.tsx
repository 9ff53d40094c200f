'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SourceLinks } from '@/components/deck/source-links';
import { Button } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { ProgressBar } from '@/components/ui/progress-bar';
import { answerQuizAction } from '@/lib/server/actions/answer-quiz-action';
import { finishQuizAction } from '@/lib/server/actions/finish-quiz-action';
import type { QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import { answerFrom, LETTERS, QuestionView, TRUE_FALSE } from './question-view';

type Props = {
  attemptId: string;
  mode: 'practice' | 'timed';
  questions: PublicQuestion[];
  /** Feedback (practice) or 'recorded' (timed) for questions already answered, by index. */
  answered: Record<number, QuizFeedback | 'recorded'>;
  /** Epoch ms when a timed test ends, from the server's start time. */
  deadline: number | null;
  serverNow: number;
  sources: Record<string, { id: string; title: string; url: string }>;
  dimensionNames: Record<string, string>;
};

/** The next unanswered question after `from` (wrapping round), or -1 when all are answered. */
function nextOpen(count: number, answered: Record<number, unknown>, from: number): number {
  for (let step = 1; step <= count; step++) {
    const i = (from + step) % count;
    if (!(i in answered)) return i;
  }
  return -1;
}

function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** One question at a time; 1–4 / A–D choose, Enter answers and moves on; a countdown in timed tests. */
export function QuizPlayer({ attemptId, mode, questions, answered: initial, deadline, serverNow, sources, dimensionNames }: Props) {
  const router = useRouter();
  const [answered, setAnswered] = useState(initial);
  const firstOpen = questions.findIndex((_, i) => !(i in initial));
  const [index, setIndex] = useState(firstOpen === -1 ? questions.length - 1 : firstOpen);
  const [choice, setChoice] = useState<string | null>(null);
  const [pairs, setPairs] = useState<Record<string, 'a' | 'b' | 'both'>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [remaining, setRemaining] = useState(deadline === null ? null : deadline - serverNow);
  const shownAt = useRef(0);
  const finishing = useRef(false);
  // The browser's clock may differ from the server's: count down from the server's view of now.
  const clockSkew = useRef<number | null>(null);

  const question = questions[index]!;
  const current = answered[index];
  const feedback = current && current !== 'recorded' ? current : null;
  const done = Object.keys(answered).length;

  const finish = useCallback(async () => {
    if (finishing.current) return;
    finishing.current = true;
    setBusy(true);
    const result = await finishQuizAction({ attemptId });
    if (!result.ok) {
      finishing.current = false;
      setBusy(false);
      setError(result.message);
      return;
    }
    router.refresh();
  }, [attemptId, router]);

  useEffect(() => {
    shownAt.current = performance.now();
  }, [index]);

  useEffect(() => {
    if (deadline === null) return;
    clockSkew.current ??= serverNow - Date.now();
    const timer = setInterval(() => {
      const left = deadline - (Date.now() + (clockSkew.current ?? 0));
      setRemaining(left);
      if (left <= 0) void finish();
    }, 250);
    return () => clearInterval(timer);
  }, [deadline, finish, serverNow]);

  const next = useCallback(() => {
    setChoice(null);
    setPairs({});
    setError(null);
    const open = nextOpen(questions.length, answered, index);
    if (open === -1) void finish();
    else setIndex(open);
  }, [answered, finish, index, questions]);

  const submit = useCallback(async () => {
    const answer = answerFrom(question, choice, pairs);
    if (!answer || busy || current) return;
    setBusy(true);
    setError(null);
    const elapsedMs = Math.round(performance.now() - shownAt.current);
    const result = await answerQuizAction({ attemptId, questionIndex: index, answer, elapsedMs }).catch(() => null);
    setBusy(false);
    if (!result) {
      setError('Could not send your answer — check your connection and press Enter to try again.');
      return;
    }
    if (!result.ok) {
      if (result.code === 'time_up' || result.code === 'finished') router.refresh();
      setError(result.message);
      return;
    }
    const nowAnswered = { ...answered, [index]: result.data.mode === 'practice' ? result.data.feedback : ('recorded' as const) };
    setAnswered(nowAnswered);
    if (result.data.mode === 'timed') {
      // No feedback in a test: straight to the next question.
      setChoice(null);
      setPairs({});
      const open = nextOpen(questions.length, nowAnswered, index);
      if (open === -1) void finish();
      else setIndex(open);
    }
  }, [answered, attemptId, busy, choice, current, finish, index, pairs, question, questions, router]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === 'Enter') {
        if (target?.tagName === 'BUTTON' || target?.tagName === 'A') return;
        event.preventDefault();
        if (feedback) next();
        else void submit();
        return;
      }
      if (current || question.type === 'matching') return;
      const options = question.type === 'true-false' ? TRUE_FALSE : question.options;
      const key = event.key.toUpperCase();
      let i = /^[1-9]$/.test(key) ? Number(key) - 1 : LETTERS.indexOf(key);
      if (question.type === 'true-false' && (key === 'T' || key === 'F')) i = key === 'T' ? 0 : 1;
      const option = options[i];
      if (option) {
        event.preventDefault();
        setChoice(option.id);
      }
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, feedback, next, question, submit]);

  const warn = remaining !== null && remaining < 60_000;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <span>
          Question {index + 1} of {questions.length}
          {question.dimension ? <span className="text-fg-muted"> · {dimensionNames[question.dimension] ?? question.dimension}</span> : null}
        </span>
        {remaining !== null ? (
          <span role="timer" aria-label="Time left" className={`font-mono text-lg font-semibold ${warn ? 'text-danger' : ''}`}>
            {formatClock(remaining)}
          </span>
        ) : null}
      </div>
      <ProgressBar value={done} max={questions.length} label={`${done} of ${questions.length} answered`} />
      <Panel className="flex flex-col gap-4">
        <h2 className="sr-only">Question {index + 1}</h2>
        <Markdown className="text-lg font-medium" html={question.promptHtml} />
        <QuestionView
          question={question}
          choice={choice ?? (feedback && 'optionId' in feedback.chosen ? feedback.chosen.optionId : feedback && 'value' in feedback.chosen ? String(feedback.chosen.value) : null)}
          pairs={feedback && 'pairs' in feedback.chosen ? feedback.chosen.pairs : pairs}
          onChoose={setChoice}
          onPair={(fact, t) => setPairs((p) => ({ ...p, [fact]: t }))}
          feedback={feedback}
          disabled={busy || Boolean(current)}
        />
        {feedback ? (
          <div aria-live="polite" data-testid="feedback" className={`rounded-lg border p-3 ${feedback.correct ? 'border-success/50 bg-success/10' : 'border-danger/50 bg-danger/10'}`}>
            <p className="font-semibold">
              {feedback.correct ? 'Correct.' : feedback.partial ? `Partly right (${Math.round(feedback.partial * 100)}% of pairs).` : 'Not quite.'}
            </p>
            <Markdown className="mt-1" html={feedback.explanationHtml} />
            <div className="mt-2">
              <SourceLinks sources={feedback.sources.flatMap((id) => sources[id] ?? [])} />
            </div>
          </div>
        ) : null}
        {error ? <p className="text-sm text-danger">{error}</p> : null}
        <div className="flex justify-end gap-2">
          {feedback ? (
            <Button onClick={next} disabled={busy}>
              {done === questions.length ? 'See results' : 'Next question'} <kbd className="text-xs">Enter</kbd>
            </Button>
          ) : (
            <Button onClick={() => void submit()} disabled={busy || !answerFrom(question, choice, pairs)}>
              {mode === 'timed' ? 'Answer and continue' : 'Check answer'} <kbd className="text-xs">Enter</kbd>
            </Button>
          )}
        </div>
      </Panel>
      {mode === 'timed' ? (
        <p className="text-sm text-fg-muted">Timed test: no feedback until the end. The test ends when the clock reaches 0:00.</p>
      ) : null}
    </div>
  );
}
