'use client';
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
      <Panel className="flex flex-col gap-4">
        <h2 className="sr-only">Question {quiz.index + 1}</h2>
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
        <div className="flex justify-end gap-2">
          {feedback ? (
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
          Timed test: no feedback until the end. The test ends when the clock reaches 0:00.
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
