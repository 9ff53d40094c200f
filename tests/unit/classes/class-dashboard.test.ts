import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { buildClassDashboard } from '@/lib/core/classes/build-class-dashboard';
import type { DashboardInput } from '@/lib/core/classes/dashboard-types';
import { serializeDashboardCsv } from '@/lib/core/classes/serialize-dashboard-csv';
import { markdownToPlainText } from '@/lib/markdown/to-plain-text';
import { scheduleReview } from '@/lib/core/scheduler/schedule-review';
import { DEFAULT_SCHEDULER_SETTINGS, type Grade, type ReviewState } from '@/lib/core/scheduler/types';

const NOW = new Date('2026-11-20T12:00:00Z');
const DAY = 86_400_000;
const at = (daysAgo: number) => new Date(NOW.getTime() - daysAgo * DAY);

/** The state after answering `grades` one day apart, ending `daysAgo` days before NOW. */
function stateAfter(grades: Grade[], daysAgo: number): ReviewState {
  let state: ReviewState | null = null;
  grades.forEach((g, i) => {
    state = scheduleReview(state, g, at(daysAgo + grades.length - 1 - i), DEFAULT_SCHEDULER_SETTINGS).state;
  });
  return state!;
}

const student = (id: string, name: string) => ({
  id,
  name,
  email: `${id}@example.test`,
  joinedAt: at(30),
  timeZone: 'UTC',
  dayStartHour: 4,
});

function input(): DashboardInput {
  return {
    now: NOW,
    students: [student('ann', 'Ann'), student('bob', 'Bob'), student('cy', '=cmd()')],
    cards: [
      { id: 'c.auth', front: 'How does ALB authenticate?', comparison: 'cmp', dimension: 'auth', misconception: null },
      {
        id: 'c.trap',
        front: 'True or false: ALB has no auth',
        comparison: 'cmp',
        dimension: 'auth',
        misconception: 'alb-has-no-auth',
      },
      { id: 'c.cost', front: 'What does ALB cost?', comparison: 'cmp', dimension: 'cost', misconception: null },
    ],
    states: [
      // Ann knows both auth cards (reviewed easy a day ago); Bob lapsed on the trap card and forgot.
      { userId: 'ann', cardId: 'c.auth', state: stateAfter(['easy'], 1) },
      { userId: 'ann', cardId: 'c.trap', state: stateAfter(['easy'], 1) },
      { userId: 'bob', cardId: 'c.auth', state: stateAfter(['easy'], 1) },
      { userId: 'bob', cardId: 'c.trap', state: stateAfter(['easy', 'again'], 200) },
      // Someone no longer in the class: ignored.
      { userId: 'gone', cardId: 'c.cost', state: stateAfter(['easy'], 0) },
    ],
    logs: [
      { userId: 'ann', cardId: 'c.auth', reviewedAt: at(1), grade: 4, phaseBefore: 'new' },
      { userId: 'ann', cardId: 'c.trap', reviewedAt: at(0.1), grade: 4, phaseBefore: 'review' },
      { userId: 'ann', cardId: 'c.auth', reviewedAt: at(2), grade: 3, phaseBefore: 'review' },
      { userId: 'bob', cardId: 'c.trap', reviewedAt: at(20), grade: 1, phaseBefore: 'review' },
      { userId: 'bob', cardId: 'c.auth', reviewedAt: at(10), grade: 3, phaseBefore: 'new' },
    ],
    quizTraps: [
      { userId: 'cy', misconception: 'serverless-means-better' },
      { userId: 'bob', misconception: 'alb-has-no-auth' },
      { userId: 'outsider', misconception: 'serverless-means-better' },
    ],
    mockAttempts: [
      { userId: 'ann', promptId: 'apigw-vs-alb', submittedAt: at(3), verdict: 'meets' },
      { userId: 'ann', promptId: 'apigw-vs-alb', submittedAt: at(1), verdict: 'delights' },
      { userId: 'ann', promptId: 'apigw-vs-alb', submittedAt: null, verdict: null },
    ],
    dimensions: [
      { comparison: 'cmp', id: 'auth', name: 'Authentication' },
      { comparison: 'cmp', id: 'cost', name: 'Cost' },
      { comparison: 'cmp', id: 'vpc', name: 'VPC' },
    ],
    misconceptions: [
      { id: 'alb-has-no-auth', claim: 'ALB has no auth' },
      { id: 'serverless-means-better', claim: 'Serverless means better' },
    ],
  };
}

describe('buildClassDashboard', () => {
  const d = buildClassDashboard(input());

  it('shows per card the share of the class that knows it, from retrievability', () => {
    expect(d.cards.map((c) => [c.id, c.known, c.studied])).toEqual([
      ['c.auth', 2 / 3, 2],
      ['c.trap', 1 / 3, 2],
      ['c.cost', 0, 0],
    ]);
    expect(d.cards[0]!.recall).toBeGreaterThan(0.6);
    expect(d.cards[0]!.recall).toBeLessThan(2 / 3);
  });

  it('shows per dimension the share of (student, card) pairs known, only for dimensions with cards', () => {
    expect(d.dimensions).toEqual([
      { comparison: 'cmp', id: 'auth', name: 'Authentication', cards: 2, known: 3 / 6 },
      { comparison: 'cmp', id: 'cost', name: 'Cost', cards: 1, known: 0 },
    ]);
  });

  it('summarises each student: reviews in 7 days, streak, retention, known share, mock verdicts', () => {
    const [ann, bob, cy] = d.students;
    expect(ann).toMatchObject({ reviews7d: 3, streak: 3, retention: 1, retentionAnswers: 2, known: 2 / 3, studied: 2 });
    expect(ann).toMatchObject({
      mockAttempts: 3,
      mockSubmitted: 2,
      verdicts: { miss: 0, meets: 1, delights: 1 },
      lastVerdict: 'delights',
    });
    expect(bob).toMatchObject({
      reviews7d: 0,
      streak: 0,
      retention: 0,
      retentionAnswers: 1,
      known: 1 / 3,
      lastVerdict: null,
    });
    expect(cy).toMatchObject({ reviews7d: 0, retention: null, known: 0, studied: 0, mockAttempts: 0 });
    expect(d.summary).toEqual({
      students: 3,
      cards: 3,
      known: (2 / 3 + 1 / 3 + 0) / 3,
      reviews7d: 3,
      activeStudents7d: 1,
    });
  });

  it('ranks the misconceptions members fall for (quiz choices and “Again” on trap cards), ignoring outsiders', () => {
    expect(d.misconceptions).toEqual([
      { id: 'alb-has-no-auth', claim: 'ALB has no auth', events: 2, students: 1 },
      { id: 'serverless-means-better', claim: 'Serverless means better', events: 1, students: 1 },
    ]);
  });

  it('lists the cards with the most lapses', () => {
    expect(d.mostLapsed.map((c) => [c.id, c.lapses])).toEqual([['c.trap', 1]]);
  });

  it('is all zeros, not NaN, for an empty class', () => {
    const empty = buildClassDashboard({ ...input(), students: [], states: [], logs: [] });
    expect(empty.summary).toEqual({ students: 0, cards: 3, known: 0, reviews7d: 0, activeStudents7d: 0 });
    expect(empty.cards.every((c) => c.known === 0 && c.recall === 0)).toBe(true);
  });
});

describe('serializeDashboardCsv', () => {
  const d = buildClassDashboard(input());

  it('exports the students table with percentages, defusing spreadsheet formulas', () => {
    const rows = Papa.parse<string[]>(serializeDashboardCsv(d, 'students', 'UTC', markdownToPlainText), {
      skipEmptyLines: true,
    }).data;
    expect(rows[0]).toEqual(
      expect.arrayContaining([
        'name',
        'email',
        'reviews_7d',
        'streak_days',
        'retention_30d_pct',
        'known_pct',
        'last_verdict',
      ]),
    );
    expect(rows).toHaveLength(4);
    const header = rows[0]!;
    const ann = Object.fromEntries(header.map((h, i) => [h, rows[1]![i]]));
    expect(ann).toMatchObject({
      name: 'Ann',
      reviews_7d: '3',
      retention_30d_pct: '100.0',
      known_pct: '66.7',
      verdict_delights: '1',
      last_verdict: 'delights',
    });
    expect(rows[3]![0]).toBe("'=cmd()");
  });

  it("dates a student's joining on the downloading instructor's clock", () => {
    // Ann joined at 12:00 UTC on 21 October: already the 22nd on Kiritimati (UTC+14).
    const joined = (timeZone: string) =>
      Papa.parse<Record<string, string>>(serializeDashboardCsv(d, 'students', timeZone, markdownToPlainText), {
        header: true,
      }).data[0]?.joined;
    expect(joined('UTC')).toBe('2026-10-21');
    expect(joined('Pacific/Kiritimati')).toBe('2026-10-22');
  });

  it('exports cards, dimensions and misconceptions', () => {
    expect(serializeDashboardCsv(d, 'cards', 'UTC', markdownToPlainText).split('\r\n')[1]).toBe(
      'c.auth,How does ALB authenticate?,auth,66.7,2,' + (d.cards[0]!.recall * 100).toFixed(1) + ',0',
    );
    expect(serializeDashboardCsv(d, 'dimensions', 'UTC', markdownToPlainText).split('\r\n')).toEqual([
      'comparison,dimension,name,cards,known_pct',
      'cmp,auth,Authentication,2,50.0',
      'cmp,cost,Cost,1,0.0',
    ]);
    expect(serializeDashboardCsv(d, 'misconceptions', 'UTC', markdownToPlainText).split('\r\n')[1]).toBe(
      'alb-has-no-auth,ALB has no auth,1,2',
    );
  });
});

describe('serializeDashboardCsv: Markdown becomes plain text (issue 15)', () => {
  it('writes card fronts and misconception claims without Markdown marks', () => {
    const base = input();
    base.cards[0]!.front = 'What is the default timeout of an API Gateway **REST\nAPI**, and can `29 s` be raised?';
    base.misconceptions[0]!.claim = '_ALB_ has **no** auth';
    const md = buildClassDashboard(base);
    const cards = Papa.parse<Record<string, string>>(serializeDashboardCsv(md, 'cards', 'UTC', markdownToPlainText), {
      header: true,
    }).data;
    expect(cards.find((c) => c.card_id === 'c.auth')?.front).toBe(
      'What is the default timeout of an API Gateway REST API, and can 29 s be raised?',
    );
    const claims = Papa.parse<Record<string, string>>(
      serializeDashboardCsv(md, 'misconceptions', 'UTC', markdownToPlainText),
      { header: true },
    ).data;
    expect(claims.find((m) => m.misconception === 'alb-has-no-auth')?.claim).toBe('ALB has no auth');
  });

  it('still defuses a formula that only appears once the Markdown is gone', () => {
    const base = input();
    base.cards[0]!.front = '**=HYPERLINK("http://evil.example")**';
    const csv = serializeDashboardCsv(buildClassDashboard(base), 'cards', 'UTC', markdownToPlainText);
    const row = Papa.parse<Record<string, string>>(csv, { header: true }).data.find((c) => c.card_id === 'c.auth');
    expect(row?.front).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
