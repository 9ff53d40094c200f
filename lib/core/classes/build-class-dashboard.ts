import { LevelSchema } from '@/lib/core/content/schema';
import { getRetrievability } from '../scheduler/get-retrievability';
import { DEFAULT_SCHEDULER_SETTINGS } from '../scheduler/types';
import { reviewStreak } from '../stats/review-streak';
import { reviewsPerDay } from '../stats/reviews-per-day';
import { isCardKnown, KNOWN_HORIZON_DAYS, KNOWN_THRESHOLD } from './is-card-known';
import type { CardRow, ClassDashboard, DashboardInput, MisconceptionRow, StudentRow, Verdict } from './dashboard-types';

const DAY_MS = 86_400_000;
const isVerdict = (v: string | null): v is Verdict => LevelSchema.safeParse(v).success;

/**
 * What an instructor sees for a class: per student (activity, streak, retention, mock verdicts),
 * per card and per comparison dimension (the share of the class that knows it), the traps the
 * class falls for most, and the cards with the most lapses. Pure: everything, `now` included,
 * comes from the input.
 */
export function buildClassDashboard(input: DashboardInput): ClassDashboard {
  const { now } = input;
  const recall = new Map<string, number>(); // `${userId} ${cardId}` -> retrievability now
  const known = new Set<string>(); // `${userId} ${cardId}` known (isCardKnown: recall a week ahead)
  const lapsesByCard = new Map<string, number>();
  for (const s of input.states) {
    const r = getRetrievability(s.state, now, DEFAULT_SCHEDULER_SETTINGS);
    if (r !== null) recall.set(`${s.userId} ${s.cardId}`, r);
    if (isCardKnown(s.state, now)) known.add(`${s.userId} ${s.cardId}`);
    lapsesByCard.set(s.cardId, (lapsesByCard.get(s.cardId) ?? 0) + s.state.lapses);
  }
  const memberIds = new Set(input.students.map((s) => s.id));
  const knows = (userId: string, cardId: string) => known.has(`${userId} ${cardId}`);
  const share = (part: number, whole: number) => (whole > 0 ? part / whole : 0);

  const cards: CardRow[] = input.cards.map((card) => {
    let knownBy = 0;
    let studied = 0;
    let sum = 0;
    for (const id of memberIds) {
      const r = recall.get(`${id} ${card.id}`);
      if (r === undefined) continue;
      studied += 1;
      sum += r;
      if (knows(id, card.id)) knownBy += 1;
    }
    return {
      id: card.id,
      front: card.front,
      dimension: card.dimension,
      known: share(knownBy, memberIds.size),
      studied,
      recall: share(sum, memberIds.size),
      lapses: lapsesByCard.get(card.id) ?? 0,
    };
  });

  const weekAgo = now.getTime() - 7 * DAY_MS;
  const monthAgo = now.getTime() - 30 * DAY_MS;
  const students: StudentRow[] = input.students.map((student) => {
    const logs = input.logs.filter((l) => l.userId === student.id);
    const days = reviewsPerDay(logs, now, student.timeZone, student.dayStartHour, 60);
    const graded = logs.filter((l) => l.phaseBefore === 'review' && l.reviewedAt.getTime() >= monthAgo);
    const attempts = input.mockAttempts.filter((a) => a.userId === student.id);
    const submitted = attempts
      .filter((a) => a.submittedAt !== null)
      .sort((a, b) => a.submittedAt!.getTime() - b.submittedAt!.getTime());
    const verdicts: Record<Verdict, number> = { miss: 0, meets: 0, delights: 0 };
    for (const a of submitted) if (isVerdict(a.verdict)) verdicts[a.verdict] += 1;
    const last = submitted.at(-1)?.verdict ?? null;
    return {
      id: student.id,
      name: student.name,
      email: student.email,
      joinedAt: student.joinedAt.toISOString(),
      reviews7d: logs.filter((l) => l.reviewedAt.getTime() >= weekAgo).length,
      streak: reviewStreak(days).current,
      retention: graded.length > 0 ? graded.filter((l) => l.grade > 1).length / graded.length : null,
      retentionAnswers: graded.length,
      known: share(input.cards.filter((c) => knows(student.id, c.id)).length, input.cards.length),
      studied: input.cards.filter((c) => recall.has(`${student.id} ${c.id}`)).length,
      mockAttempts: attempts.length,
      mockSubmitted: submitted.length,
      verdicts,
      lastVerdict: isVerdict(last) ? last : null,
    };
  });

  const dimensions = input.dimensions.flatMap((d) => {
    const own = input.cards.filter((c) => c.comparison === d.comparison && c.dimension === d.id);
    if (own.length === 0) return [];
    let knownPairs = 0;
    for (const c of own) for (const id of memberIds) if (knows(id, c.id)) knownPairs += 1;
    return [
      {
        comparison: d.comparison,
        id: d.id,
        name: d.name,
        cards: own.length,
        known: share(knownPairs, own.length * memberIds.size),
      },
    ];
  });

  // Falling for a trap: choosing it in a quiz, or answering its card "Again".
  const trapOfCard = new Map(input.cards.flatMap((c) => (c.misconception ? [[c.id, c.misconception] as const] : [])));
  const trapEvents = new Map<string, { events: number; students: Set<string> }>();
  const fellFor = (misconception: string, userId: string) => {
    if (!memberIds.has(userId)) return;
    const entry = trapEvents.get(misconception) ?? { events: 0, students: new Set<string>() };
    entry.events += 1;
    entry.students.add(userId);
    trapEvents.set(misconception, entry);
  };
  for (const q of input.quizTraps) fellFor(q.misconception, q.userId);
  for (const l of input.logs) {
    const trap = trapOfCard.get(l.cardId);
    if (trap && l.grade === 1) fellFor(trap, l.userId);
  }
  const claims = new Map(input.misconceptions.map((m) => [m.id, m.claim]));
  const misconceptions: MisconceptionRow[] = [...trapEvents.entries()]
    .map(([id, e]) => ({ id, claim: claims.get(id) ?? id, events: e.events, students: e.students.size }))
    .sort((a, b) => b.students - a.students || b.events - a.events || a.id.localeCompare(b.id))
    .slice(0, 10);

  const mostLapsed = cards
    .filter((c) => c.lapses > 0)
    .sort((a, b) => b.lapses - a.lapses || a.id.localeCompare(b.id))
    .slice(0, 10);

  return {
    threshold: KNOWN_THRESHOLD,
    horizonDays: KNOWN_HORIZON_DAYS,
    summary: {
      students: students.length,
      cards: cards.length,
      known: students.length > 0 ? students.reduce((sum, s) => sum + s.known, 0) / students.length : 0,
      reviews7d: students.reduce((sum, s) => sum + s.reviews7d, 0),
      activeStudents7d: students.filter((s) => s.reviews7d > 0).length,
    },
    students,
    cards,
    dimensions,
    misconceptions,
    mostLapsed,
  };
}
