import { describeAgo } from './describe-ago';
import { describeDue } from './describe-due';
import type { PromptScheduleEntry, PromptScheduleInput, PromptStatus } from './types';

const ORDER: Record<PromptStatus, number> = { assigned: 0, due: 1, new: 2, scheduled: 3 };

/**
 * The learner's prompts in the order to practise them, each with why:
 * 1. open class assignments with a due date, soonest first;
 * 2. prompts whose FSRS state is due, most overdue first;
 * 3. prompts never attempted, in content order;
 * 4. the rest, by due date.
 * Ties keep content order. Pure: `now` is passed in.
 */
export function rankPrompts(input: PromptScheduleInput): PromptScheduleEntry[] {
  const { now } = input;
  const entries = input.prompts.map((prompt, index) => {
    const state = input.states.get(prompt.id);
    const last = input.lastAttempts.get(prompt.id);
    const assignment = input.assignments
      .filter((a) => a.promptId === prompt.id && a.dueAt !== null)
      .sort((a, b) => a.dueAt!.getTime() - b.dueAt!.getTime())[0];
    const history = last ? `last attempt: ${last.verdict}, ${describeAgo(last.submittedAt, now)}` : 'new';

    let status: PromptStatus;
    let due: Date | null;
    let reason: string;
    if (assignment?.dueAt) {
      status = 'assigned';
      due = assignment.dueAt;
      reason = `assigned by ${assignment.className}, ${describeDue(assignment.dueAt, now)} · ${history}`;
    } else if (!state) {
      status = 'new';
      due = null;
      reason = history;
    } else {
      status = state.due.getTime() <= now.getTime() ? 'due' : 'scheduled';
      due = state.due;
      reason = `${history} · ${describeDue(state.due, now)}`;
    }
    return { entry: { promptId: prompt.id, title: prompt.title, status, due, reason }, index };
  });
  entries.sort((a, b) => {
    const byStatus = ORDER[a.entry.status] - ORDER[b.entry.status];
    if (byStatus !== 0) return byStatus;
    const byDue = (a.entry.due?.getTime() ?? 0) - (b.entry.due?.getTime() ?? 0);
    return byDue !== 0 ? byDue : a.index - b.index;
  });
  return entries.map((e) => e.entry);
}
