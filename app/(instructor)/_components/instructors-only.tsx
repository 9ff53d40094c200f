import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';

/** What a learner sees on an instructor page: no data, a way forward. */
export function InstructorsOnly() {
  return (
    <div>
      <PageHeader title="Instructors only" />
      <Panel>
        <p className="text-fg-muted" data-testid="forbidden">
          This area is for instructors. Your account is a learner account; ask an administrator if you teach a class.
        </p>
      </Panel>
    </div>
  );
}
