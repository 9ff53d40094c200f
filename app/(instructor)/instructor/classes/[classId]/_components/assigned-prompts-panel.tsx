import Link from 'next/link';
import { Panel } from '@/components/ui/panel';
import { unassignPromptAction } from '@/lib/server/actions/unassign-prompt-action';
import type { ClassOverview } from '@/lib/server/queries/get-class-overview';
import { AssignPromptForm } from './assign-prompt-form';
import { AssignedList } from './assigned-list';
import { formatDate } from '@/lib/core/format-date';

/** The mock-interview prompts assigned to the class, the form to assign another, and the way to students' answers. */
export function AssignedPromptsPanel({ overview }: { overview: ClassOverview }) {
  return (
    <Panel title="Mock interview prompts">
      <AssignedList
        items={overview.prompts}
        empty="No prompts assigned."
        action={unassignPromptAction}
        input={(p) => ({ classId: overview.id, promptId: p.id })}
      >
        {(p) => (
          <span>
            <span className="font-medium">{p.title}</span>
            <span className="text-sm text-fg-muted">
              {p.dueAt ? ` · due ${formatDate(p.dueAt, 'UTC')}` : ' · no due date'}
            </span>
          </span>
        )}
      </AssignedList>
      <AssignPromptForm classId={overview.id} prompts={overview.assignablePrompts} />
      {overview.prompts.length > 0 ? (
        <p className="mt-4 text-sm">
          <Link href={`/instructor/classes/${overview.id}/attempts`} className="text-accent underline">
            Review students’ answers
          </Link>{' '}
          <span className="text-fg-muted">— set your own level per criterion; they see it beside the grader’s.</span>
        </p>
      ) : null}
    </Panel>
  );
}
