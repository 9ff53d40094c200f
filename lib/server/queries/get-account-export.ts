import 'server-only';
import { db } from '../db';

/** Parses a JSON column for the export; a value that isn't JSON is kept as the stored text. */
function json(text: string | null): unknown {
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Everything stored about one user, for "download your data" (issue 17 §14): the account (never
 * the password hash), settings, card states and every answer (undone ones marked), quizzes with
 * their answers, mock interviews with drafts, grader feedback, their own ratings and instructors'
 * reviews, prompt schedules, the classes they belong to, the decks they built (personal decks with
 * their cards), card marks (suspended, buried, flagged) and the fixes they proposed. Null when the user doesn't exist.
 */
export async function getAccountExport(userId: string, now: Date) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      createdAt: true,
      settings: {
        select: {
          desiredRetention: true,
          newPerDay: true,
          maximumIntervalDays: true,
          interviewDate: true,
          timeZone: true,
          dayStartHour: true,
          deckIds: true,
          updatedAt: true,
        },
      },
      reviewStates: { orderBy: { cardId: 'asc' }, omit: { userId: true } },
      reviewLogs: { orderBy: { reviewedAt: 'asc' }, omit: { userId: true } },
      quizzes: {
        orderBy: { startedAt: 'asc' },
        omit: { userId: true },
        include: { answers: { orderBy: { questionIndex: 'asc' } } },
      },
      mocks: {
        orderBy: { startedAt: 'asc' },
        omit: { userId: true, promptSnapshot: true },
        include: {
          ratings: { omit: { attemptId: true } },
          review: {
            select: { verdict: true, criteria: true, traps: true, comment: true, createdAt: true, updatedAt: true },
          },
        },
      },
      promptStates: { orderBy: { promptId: 'asc' }, omit: { userId: true } },
      memberships: {
        orderBy: { joinedAt: 'asc' },
        select: { joinedAt: true, class: { select: { id: true, name: true } } },
      },
      ownedClasses: { orderBy: { createdAt: 'asc' }, select: { id: true, name: true, createdAt: true } },
      decks: {
        orderBy: { createdAt: 'asc' },
        select: {
          id: true,
          kind: true,
          title: true,
          description: true,
          published: true,
          createdAt: true,
          cards: {
            orderBy: { position: 'asc' },
            select: { card: { select: { id: true, front: true, back: true, explanation: true, ownerId: true } } },
          },
        },
      },
      cardMarks: { orderBy: { cardId: 'asc' }, omit: { userId: true } },
      proposals: { orderBy: { createdAt: 'asc' }, omit: { proposerId: true, decidedById: true } },
    },
  });
  if (!user) return null;
  const {
    settings,
    reviewStates,
    reviewLogs,
    quizzes,
    mocks,
    promptStates,
    memberships,
    ownedClasses,
    decks,
    cardMarks,
    proposals,
    ...account
  } = user;
  return {
    exportedAt: now.toISOString(),
    account,
    settings: settings && { ...settings, deckIds: json(settings.deckIds) },
    reviewStates,
    reviewLogs: reviewLogs.map((l) => ({ ...l, before: json(l.before), after: json(l.after) })),
    quizAttempts: quizzes.map((q) => ({
      ...q,
      filter: json(q.filter),
      questions: json(q.questions),
      answers: q.answers.map(({ attemptId: _attemptId, ...a }) => ({ ...a, answer: json(a.answer) })),
    })),
    mockAttempts: mocks.map((m) => ({
      ...m,
      feedback: json(m.feedback),
      review: m.review && { ...m.review, criteria: json(m.review.criteria), traps: json(m.review.traps) },
    })),
    promptStates,
    classes: memberships.map((m) => ({ id: m.class.id, name: m.class.name, joinedAt: m.joinedAt })),
    classesYouTeach: ownedClasses,
    // your own cards in full (personal decks' cards are yours alone); a library card in a deck by its id
    decksYouBuilt: decks.map(({ cards, ...d }) => ({
      ...d,
      cards: cards.map(({ card }) => (card.ownerId === userId ? card : { id: card.id })),
    })),
    cardMarks,
    proposedFixes: proposals,
  };
}

export type AccountExport = NonNullable<Awaited<ReturnType<typeof getAccountExport>>>;
