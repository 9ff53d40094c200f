import type { Level } from '@/lib/core/content/schema';
import type { Phase, ReviewState } from '../scheduler/types';

export type DashboardInput = {
  now: Date;
  /** Members of the class, with the day boundaries of their own study settings (for streaks). */
  students: {
    id: string;
    name: string | null;
    email: string;
    joinedAt: Date;
    timeZone: string;
    dayStartHour: number;
  }[];
  /** The live cards of the class's assigned decks, in deck order (a card in two decks once). */
  cards: {
    id: string;
    front: string;
    comparison: string | null;
    dimension: string | null;
    misconception: string | null;
  }[];
  /** Members' states for those cards. */
  states: { userId: string; cardId: string; state: ReviewState }[];
  /** Members' answers (not undone) to those cards since `now - 60 days`. */
  logs: { userId: string; cardId: string; reviewedAt: Date; grade: number; phaseBefore: Phase }[];
  /** Quiz answers in which a member chose a misconception. */
  quizTraps: { userId: string; misconception: string }[];
  /** Members' mock attempts on the class's assigned prompts. */
  mockAttempts: { userId: string; promptId: string; submittedAt: Date | null; verdict: string | null }[];
  dimensions: { comparison: string; id: string; name: string }[];
  misconceptions: { id: string; claim: string }[];
};

export type Verdict = Level;

export type StudentRow = {
  id: string;
  name: string | null;
  email: string;
  joinedAt: string;
  reviews7d: number;
  streak: number;
  /** True retention over the last 30 days (review answers not “Again”); null without review answers. */
  retention: number | null;
  retentionAnswers: number;
  /** Share of the assigned cards this student knows (isCardKnown: recall a week from now ≥ 90%). */
  known: number;
  studied: number;
  mockAttempts: number;
  mockSubmitted: number;
  verdicts: Record<Verdict, number>;
  lastVerdict: Verdict | null;
};

export type CardRow = {
  id: string;
  front: string;
  dimension: string | null;
  /** Share of the class that knows the card (isCardKnown: retrievability `horizonDays` ahead ≥ the threshold). */
  known: number;
  /** Members who have studied it. */
  studied: number;
  /** Mean probability of recall across the class (never studied counts as 0). */
  recall: number;
  lapses: number;
};

export type DimensionRow = { comparison: string; id: string; name: string; cards: number; known: number };

export type MisconceptionRow = { id: string; claim: string; events: number; students: number };

export type ClassDashboard = {
  /** "Known": FSRS puts recall `horizonDays` from now at `threshold` or more (isCardKnown). */
  threshold: number;
  horizonDays: number;
  summary: { students: number; cards: number; known: number; reviews7d: number; activeStudents7d: number };
  students: StudentRow[];
  cards: CardRow[];
  dimensions: DimensionRow[];
  misconceptions: MisconceptionRow[];
  /** The cards with the most lapses across the class (most first, only cards with any). */
  mostLapsed: CardRow[];
};
