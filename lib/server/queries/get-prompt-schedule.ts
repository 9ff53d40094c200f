import 'server-only';
import { LevelSchema } from '@/lib/core/content/schema';
import { rankPrompts } from '@/lib/core/mock/rank-prompts';
import type { Level, PromptScheduleEntry } from '@/lib/core/mock/types';
import { getContent } from '../content';
import { db } from '../db';

/**
 * The learner's mock prompts in the order to practise them, each with why ("last attempt:
 * meets, 9 days ago", "new", "assigned by …"): open class assignments with a due date first,
 * then prompts due by FSRS, then new ones, then the rest.
 */
export async function getPromptSchedule(userId: string, now: Date): Promise<PromptScheduleEntry[]> {
  const content = await getContent();
  const [states, attempts, assignments] = await Promise.all([
    db.promptState.findMany({ where: { userId }, select: { promptId: true, due: true } }),
    db.mockAttempt.findMany({
      where: { userId, submittedAt: { not: null } },
      orderBy: { submittedAt: 'desc' },
      select: { promptId: true, verdict: true, submittedAt: true },
    }),
    db.promptAssignment.findMany({
      where: { class: { archivedAt: null, members: { some: { userId } } } },
      select: { promptId: true, dueAt: true, assignedAt: true, class: { select: { name: true } } },
    }),
  ]);

  const lastAttempts = new Map<string, { verdict: Level; submittedAt: Date }>();
  for (const a of attempts) {
    const verdict = LevelSchema.safeParse(a.verdict);
    if (!a.submittedAt || !verdict.success || lastAttempts.has(a.promptId)) continue;
    lastAttempts.set(a.promptId, { verdict: verdict.data, submittedAt: a.submittedAt });
  }
  // An assignment is done once the learner has submitted the prompt since it was assigned.
  const open = assignments.filter((a) => {
    const last = lastAttempts.get(a.promptId);
    return !last || last.submittedAt < a.assignedAt;
  });

  return rankPrompts({
    prompts: content.prompts.map((p) => ({ id: p.id, title: p.title })),
    states: new Map(states.map((s) => [s.promptId, { due: s.due }])),
    lastAttempts,
    assignments: open.map((a) => ({ promptId: a.promptId, className: a.class.name, dueAt: a.dueAt })),
    now,
  });
}
