/**
 * Public types of the content pipeline. Everything outside lib/content sees
 * content only through these (and the schema types they re-export).
 */
import type { CardFields } from '@/lib/core/deck-io/types';
import type { Comparison, KnowledgeBase, Misconception, Prompt, QuizItem, Source } from './schema';

export type {
  Comparison,
  Dimension,
  FalseClaim,
  KnowledgeBase,
  KnowledgeFact,
  Level,
  Misconception,
  Prompt,
  QuizItem,
  Source,
  Unit,
} from './schema';

/** A flashcard, generated or hand-written, with every optional field resolved. */
export type Card = CardFields & {
  /** Globally unique and stable: progress is keyed on it. */
  id: string;
  deckId: string;
};

export type Deck = {
  id: string;
  title: string;
  description: string;
  /** Default comparison of the deck's cards. */
  comparison?: string;
  /** Generated cards first (in `generate` order), then the hand-written ones. */
  cards: Card[];
};

/** All content, validated and cross-checked. Arrays follow file-name order, then order within a file. */
export type ContentBundle = {
  sources: Source[];
  comparisons: Comparison[];
  misconceptions: Misconception[];
  decks: Deck[];
  quizItems: QuizItem[];
  prompts: Prompt[];
  /** Machine-readable facts per comparison (content/knowledge/): what the grader checks claims against. */
  knowledge: KnowledgeBase[];
};

/**
 * One problem found in content/. `file` is repo-relative (`content/decks/x.yaml`);
 * `field` is a path like `cards[3].back` (absent for YAML syntax and file-level
 * problems); `line`/`col` are 1-based when the YAML node could be located.
 */
export type ContentIssue = {
  file: string;
  field?: string;
  line?: number;
  col?: number;
  message: string;
};

export type LoadResult =
  | { ok: true; content: ContentBundle }
  | {
      ok: false;
      /** `file: field: message` strings (YAML syntax errors: `file:line:col: message`). */
      errors: string[];
      /** The same problems, structured, with line numbers where known. */
      issues: ContentIssue[];
    };

/** The content part of the `content:check --json` contract (DESIGN.md §2), without `errors`. */
export type ContentSummary = {
  decks: { id: string; cards: number }[];
  comparisons: { id: string; dimensions: string[] }[];
  misconceptions: string[];
  prompts: string[];
  quizItems: number;
};
