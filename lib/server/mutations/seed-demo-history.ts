import 'server-only';
import { createSeededRandom } from '@/lib/core/seeded-random';
import type { Grade } from '@/lib/core/scheduler/types';
import { db } from '../db';
import { getReviewQueue } from '../queries/get-review-queue';
import { reviewStateRepository } from '../review-state/review-state-repository';

const DAY_MS = 86_400_000;

/**
 * Gives a demo learner a few weeks of plausible review history (so the dashboard and stats
 * have something to show), by answering their real queue day by day through the real
 * scheduler with seeded grades. Does nothing if they already have history: safe to run again.
 */
export async function seedDemoHistory(userId: string, now: Date, days = 30): Promise<number> {
  if ((await db.reviewLog.count({ where: { userId } })) > 0) return 0;
  await db.studySettings.upsert({ where: { userId }, create: { userId, newPerDay: 8 }, update: {} });
  const random = createSeededRandom(`demo-history:${userId}`);
  const grade = (): Grade => {
    const r = random();
    return r < 0.12 ? 'again' : r < 0.22 ? 'hard' : r < 0.85 ? 'good' : 'easy';
  };
  let answered = 0;
  for (let day = days; day >= 1; day--) {
    if (day > 6 && random() < 0.15) continue; // some days off, but a current streak
    let t = new Date(now.getTime() - day * DAY_MS);
    t.setUTCHours(18, 0, 0, 0);
    let last: string | null = null;
    for (let step = 0; step < 80; step++) {
      const queue = await getReviewQueue(userId, t, last);
      const card = queue.cards[0];
      if (!card) break;
      await reviewStateRepository().record({ userId, cardId: card.id, grade: grade(), reviewId: `demo-${day}-${step}-${card.id}`.slice(0, 100), now: t, durationMs: 4000 + Math.round(random() * 9000) });
      last = card.id;
      answered += 1;
      t = new Date(t.getTime() + 45_000);
    }
  }
  return answered;
}
