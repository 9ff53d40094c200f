import type { ReactNode } from 'react';
import { PageHeader } from './page-header';
import { Panel } from './panel';

/** A whole page that only says why there is nothing here for this account (e.g. "Instructors only"). */
export function NoticePage({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <div>
      <PageHeader title={title} />
      <Panel>
        <p className="text-fg-muted" data-testid={testId}>
          {children}
        </p>
      </Panel>
    </div>
  );
}
