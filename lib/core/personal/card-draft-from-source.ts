import type { QuizQuestion } from '@/lib/core/quiz/types';

/** A new personal card's starting texts and references, from something the learner missed. */
export type SourcedCardDraft = {
  front: string;
  back: string;
  explanation: string;
  tags: string[];
  /** `comparison/dimension`, or null. */
  dimension: string | null;
  misconception: string | null;
  /** Source ids (content/sources). */
  sources: string[];
  /** Where it came from, in words ("Quiz question you missed"). */
  origin: string;
};

/** The right answer of a question, as Markdown. */
function rightAnswer(q: QuizQuestion): string {
  switch (q.type) {
    case 'multiple-choice':
    case 'scenario': {
      const option = q.options.find((o) => o.id === q.correctOptionId);
      return option ? `${option.text}\n\n${option.why}` : '';
    }
    case 'true-false':
      return q.correct ? 'True.' : 'False.';
    case 'matching': {
      const label = new Map(q.targets.map((t) => [t.id, t.label]));
      return q.facts
        .map((f) => `- ${f.text} → **${q.correctPairs[f.id] ? (label.get(q.correctPairs[f.id]!) ?? '') : ''}**`)
        .join('\n');
    }
  }
}

/** The question as a card front: the prompt, with the options of a choice question. */
function questionFront(q: QuizQuestion): string {
  if (q.type === 'multiple-choice') return `${q.prompt}\n\n${q.options.map((o) => `- ${o.text}`).join('\n')}`;
  if (q.type === 'true-false') return `True or false: ${q.prompt}`;
  if (q.type === 'matching') return `${q.prompt}\n\n${q.targets.map((t) => `- ${t.label}`).join('\n')}`;
  return q.prompt;
}

const dimensionRef = (comparison: string | null, dimension: string | null) =>
  comparison && dimension ? `${comparison}/${dimension}` : null;

/** A card from a quiz question the learner missed: the question, its right answer, its explanation and sources. */
export function cardDraftFromQuizQuestion(q: QuizQuestion): SourcedCardDraft {
  return {
    front: questionFront(q),
    back: rightAnswer(q),
    explanation: q.explanation,
    tags: ['from-quiz'],
    dimension: dimensionRef(q.comparison, q.dimension),
    misconception: q.misconception,
    sources: [...new Set(q.sources)],
    origin: 'A quiz question you missed',
  };
}

/** A card from a missed mock-interview criterion: what the criterion asks, what meets it and what delights. */
export function cardDraftFromCriterion(
  promptTitle: string,
  criterion: { title: string; meets: string; delights: string },
): SourcedCardDraft {
  return {
    front: `${promptTitle}: what does a good answer say about “${criterion.title}”?`,
    back: criterion.meets,
    explanation: `What a delights-level answer adds: ${criterion.delights}`,
    tags: ['from-mock'],
    dimension: null,
    misconception: null,
    sources: [],
    origin: `A criterion you missed in the mock interview “${promptTitle}”`,
  };
}

/** A card from a trap the learner fell into in a mock interview: the false claim and its correction. */
export function cardDraftFromTrap(
  promptTitle: string,
  misconception: {
    id: string;
    claim: string;
    correction: string;
    why: string;
    comparison: string;
    dimension: string;
    sources: readonly string[];
  },
): SourcedCardDraft {
  return {
    front: `True or false: “${misconception.claim}”`,
    back: `False. ${misconception.correction}`,
    explanation: `Why people believe it: ${misconception.why}`,
    tags: ['from-mock'],
    dimension: `${misconception.comparison}/${misconception.dimension}`,
    misconception: misconception.id,
    sources: [...new Set(misconception.sources)],
    origin: `A trap you stated in the mock interview “${promptTitle}”`,
  };
}
