'use client';
import { useEffect, useRef } from 'react';
import { SourceLinks } from '@/components/deck/source-links';
import { Button } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatClock } from '@/lib/core/mock/format-clock';
import type { QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import type { CardSource } from '@/lib/server/card-dto';
import { answerFrom, QuestionView } from './question-view';
import { useQuizPlayer } from './use-quiz-player';

type Props = {
  attemptId: string;
  mode: 'practice' | 'timed';
  questions: PublicQuestion[];
  /** Feedback (practice) or 'recorded' (timed) for questions already answered, by index. */
  answered: Record<number, QuizFeedback | 'recorded'>;
  /** Epoch ms when a timed test ends, from the server's start time. */
  deadline: number | null;
  serverNow: number;
  sources: Record<string, CardSource>;
  dimensionNames: Record<string, string>;
};

/** The choice shown after feedback: the one the learner made. */
function chosenIn(feedback: QuizFeedback): string | null {
  if ('optionId' in feedback.chosen) return feedback.chosen.optionId;
  if ('value' in feedback.chosen) return String(feedback.chosen.value);
  return null;
}

/** One question at a time; 1–4 / A–D choose, Enter answers and moves on; a countdown in timed tests. */
export function QuizPlayer({
  attemptId,
  mode,
  questions,
  answered,
  deadline,
  serverNow,
  sources,
  dimensionNames,
}: Props) {
  const quiz = useQuizPlayer({ attemptId, questions, answered, deadline, serverNow });
  const { question, feedback, remaining, done } = quiz;

  const warn = remaining !== null && remaining < 60_000;
  // A new question takes the focus, so Enter answers it rather than pressing the Skip/Next button again.
  const heading = useRef<HTMLHeadingElement>(null);
  const shownIndex = useRef(quiz.index);
  useEffect(() => {
    if (shownIndex.current === quiz.index) return;
    shownIndex.current = quiz.index;
    heading.current?.focus();
  }, [quiz.index]);
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <span>
          Question {quiz.index + 1} of {questions.length}
          {feedback?.dimension ? (
            <span className="text-fg-muted"> · {dimensionNames[feedback.dimension] ?? feedback.dimension}</span>
          ) : null}
        </span>
        {remaining !== null ? (
          <span
            role="timer"
            aria-label="Time left"
            className={`font-mono text-lg font-semibold ${warn ? 'text-danger' : ''}`}
          >
            {formatClock(Math.max(0, remaining))}
          </span>
        ) : null}
      </div>
      <ProgressBar value={done} max={questions.length} label={`${done} of ${questions.length} answered`} />
      {mode === 'timed' ? (
        <QuestionNavigator
          count={questions.length}
          current={quiz.index}
          answered={quiz.answered}
          flagged={quiz.flagged}
          onGo={quiz.goTo}
        />
      ) : null}
      <Panel className="flex flex-col gap-4">
        <h2 ref={heading} tabIndex={-1} className="sr-only">
          Question {quiz.index + 1}
        </h2>
        <Markdown className="text-lg font-medium" html={question.promptHtml} />
        <QuestionView
          question={question}
          choice={quiz.choice ?? (feedback ? chosenIn(feedback) : null)}
          pairs={feedback && 'pairs' in feedback.chosen ? feedback.chosen.pairs : quiz.pairs}
          onChoose={quiz.choose}
          onPair={quiz.pair}
          feedback={feedback}
          disabled={quiz.busy || Boolean(quiz.current)}
        />
        {feedback ? <FeedbackNote feedback={feedback} sources={sources} /> : null}
        {quiz.error ? <p className="text-sm text-danger">{quiz.error}</p> : null}
        <div className="flex flex-wrap justify-end gap-2">
          {mode === 'timed' ? (
            <>
              <Button
                variant="secondary"
                onClick={() => quiz.goTo(quiz.index - 1)}
                disabled={quiz.busy || quiz.index === 0}
              >
                Previous
              </Button>
              <Button variant="secondary" aria-pressed={quiz.flagged.has(quiz.index)} onClick={quiz.toggleFlag}>
                {quiz.flagged.has(quiz.index) ? '⚑ Flagged' : '⚐ Flag for review'}
              </Button>
              {quiz.current ? (
                <Button
                  variant="secondary"
                  onClick={() => quiz.goTo(quiz.index + 1)}
                  disabled={quiz.index === questions.length - 1}
                >
                  Next
                </Button>
              ) : done < questions.length - 1 ? (
                <Button variant="secondary" onClick={quiz.skip} disabled={quiz.busy}>
                  Skip for now
                </Button>
              ) : null}
            </>
          ) : null}
          {quiz.current === 'recorded' ? (
            <p className="self-center text-sm text-fg-muted" data-testid="recorded">
              Answer recorded: answers in a test are final.
            </p>
          ) : feedback ? (
            <Button onClick={quiz.next} disabled={quiz.busy}>
              {done === questions.length ? 'See results' : 'Next question'} <kbd className="text-xs">Enter</kbd>
            </Button>
          ) : (
            <Button
              onClick={() => void quiz.submit()}
              disabled={quiz.busy || !answerFrom(question, quiz.choice, quiz.pairs)}
            >
              {mode === 'timed' ? 'Answer and continue' : 'Check answer'} <kbd className="text-xs">Enter</kbd>
            </Button>
          )}
        </div>
      </Panel>
      {mode === 'timed' ? (
        <p className="text-sm text-fg-muted">
          Timed test: no feedback until the end. Skip a question to come back to it, flag one to find it again; the test
          ends when every question is answered or the clock reaches 0:00.
        </p>
      ) : null}
    </div>
  );
}

/** Right, partly right or not, with the explanation and its sources. */
function FeedbackNote({ feedback, sources }: { feedback: QuizFeedback; sources: Record<string, CardSource> }) {
  return (
    <div
      aria-live="polite"
      data-testid="feedback"
      className={`rounded-lg border p-3 ${feedback.correct ? 'border-success/50 bg-success/10' : 'border-danger/50 bg-danger/10'}`}
    >
      <p className="font-semibold">
        {feedback.correct
          ? 'Correct.'
          : feedback.partial
            ? `Partly right (${Math.round(feedback.partial * 100)}% of pairs).`
            : 'Not quite.'}
      </p>
      <Markdown className="mt-1" html={feedback.explanationHtml} />
      <div className="mt-2">
        <SourceLinks sources={feedback.sources.flatMap((id) => sources[id] ?? [])} />
      </div>
    </div>
  );
}

/** Timed tests: every question as a button (answered, flagged, current), to go back and forth. */
function QuestionNavigator({
  count,
  current,
  answered,
  flagged,
  onGo,
}: {
  count: number;
  current: number;
  answered: Record<number, unknown>;
  flagged: ReadonlySet<number>;
  onGo: (index: number) => void;
}) {
  return (
    <nav aria-label="Questions in this test">
      <ol className="flex flex-wrap gap-1.5">
        {Array.from({ length: count }, (_, i) => {
          const isAnswered = i in answered;
          const isFlagged = flagged.has(i);
          const state = [isAnswered ? 'answered' : 'not answered', isFlagged ? 'flagged' : null]
            .filter(Boolean)
            .join(', ');
          return (
            <li key={i}>
              <button
                type="button"
                onClick={() => onGo(i)}
                aria-current={i === current ? 'step' : undefined}
                aria-label={`Question ${i + 1}, ${state}`}
                className={`relative h-9 w-9 rounded-lg border text-sm font-medium ${
                  i === current ? 'border-accent ring-2 ring-accent' : 'border-border'
                } ${isAnswered ? 'bg-accent-soft' : 'bg-surface hover:bg-muted'}`}
              >
                {i + 1}
                {isFlagged ? (
                  <span aria-hidden className="absolute -top-1.5 -right-1.5 text-xs text-warning">
                    ⚑
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
