'use client';
import { Markdown } from '@/components/ui/markdown';
import type { QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import type { QuizAnswer } from '@/lib/core/quiz/types';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';
import { targetLabel } from './target-label';

export const LETTERS = ['A', 'B', 'C', 'D', 'E'];
// Constant markup, not user text: safe to mark as SafeHtml.
export const TRUE_FALSE = [
  { id: 'true', html: '<p>True</p>' as SafeHtml },
  { id: 'false', html: '<p>False</p>' as SafeHtml },
];

type Props = {
  question: PublicQuestion;
  /** The choice in progress: option id ('true'/'false' for true-false) or the matching pairs. */
  choice: string | null;
  pairs: Record<string, 'a' | 'b' | 'both'>;
  onChoose: (id: string) => void;
  onPair: (factId: string, target: 'a' | 'b' | 'both') => void;
  feedback: QuizFeedback | null;
  disabled: boolean;
};

/** Options of a question (keys 1–4 / A–D pick one), or the matching grid; marked up after feedback. */
export function QuestionView({ question, choice, pairs, onChoose, onPair, feedback, disabled }: Props) {
  if (question.type === 'matching') {
    return (
      <div className="flex flex-col gap-3">
        {question.facts.map((fact) => {
          const right = feedback?.type === 'matching' ? feedback.correctPairs[fact.id] : undefined;
          const chosen = pairs[fact.id];
          const wrong = right !== undefined && chosen !== right;
          return (
            <fieldset
              key={fact.id}
              data-testid="match-fact"
              className={`rounded-lg border p-3 ${wrong ? 'border-danger/60 bg-danger/5' : right ? 'border-success/60' : 'border-border'}`}
            >
              <legend className="px-1 text-sm font-medium">{fact.text}</legend>
              <div className="flex flex-wrap gap-3">
                {question.targets.map((t) => (
                  <label key={t.id} className="flex items-center gap-1.5 text-sm">
                    <input
                      type="radio"
                      name={`pair-${fact.id}`}
                      value={t.id}
                      checked={chosen === t.id}
                      disabled={disabled}
                      onChange={() => onPair(fact.id, t.id)}
                    />
                    {targetLabel(t)}
                    {right === t.id ? <span className="font-medium text-success"> ✓ right answer</span> : null}
                    {right !== undefined && chosen === t.id && t.id !== right ? (
                      <span className="font-medium text-danger"> ✗ your pick</span>
                    ) : null}
                  </label>
                ))}
                {right !== undefined && !chosen ? <span className="text-sm text-danger">✗ not paired</span> : null}
              </div>
            </fieldset>
          );
        })}
      </div>
    );
  }
  const options = question.type === 'true-false' ? TRUE_FALSE : question.options;
  const correctId =
    feedback?.type === 'true-false'
      ? String(feedback.correctValue)
      : feedback && 'correctOptionId' in feedback
        ? feedback.correctOptionId
        : null;
  return (
    <div role="radiogroup" aria-label="Answer options" className="flex flex-col gap-2">
      {options.map((option, i) => {
        const selected = choice === option.id;
        const tone = feedback
          ? option.id === correctId
            ? 'border-success bg-success/10'
            : selected
              ? 'border-danger bg-danger/10'
              : 'border-border'
          : selected
            ? 'border-accent bg-accent-soft'
            : 'border-border hover:bg-muted';
        const why = feedback && 'whyHtml' in feedback ? feedback.whyHtml[option.id] : undefined;
        return (
          <button
            key={option.id}
            type="button"
            role="radio"
            aria-checked={selected}
            disabled={disabled}
            onClick={() => onChoose(option.id)}
            className={`flex items-start gap-3 rounded-lg border px-3 py-2 text-left ${tone}`}
          >
            <kbd className="mt-0.5 rounded border border-border px-1.5 text-xs">{i + 1}</kbd>
            <span className="flex-1">
              <Markdown html={option.html} />
              {why && (selected || option.id === correctId) ? (
                <Markdown className="mt-1 text-sm text-fg-muted" html={why} />
              ) : null}
            </span>
          </button>
        );
      })}
    </div>
  );
}

/** The answer in progress as the server expects it, or null when incomplete. */
export function answerFrom(
  question: PublicQuestion,
  choice: string | null,
  pairs: Record<string, 'a' | 'b' | 'both'>,
): QuizAnswer | null {
  if (question.type === 'matching') {
    return question.facts.every((f) => pairs[f.id]) ? { pairs } : null;
  }
  if (!choice) return null;
  return question.type === 'true-false' ? { value: choice === 'true' } : { optionId: choice };
}
