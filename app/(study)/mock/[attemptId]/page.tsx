import type { Metadata } from 'next';
import { notFound, redirect } from 'next/navigation';
import { MockSession } from '@/components/mock/mock-session';
import { FinishOnLoad } from '@/components/ui/finish-on-load';
import { Markdown } from '@/components/ui/markdown';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { BackLink } from '@/components/ui/back-link';
import { PageHeader } from '@/components/ui/page-header';
import { acceptsMockWrites } from '@/lib/core/mock/accepts-mock-writes';
import { describeLength } from '@/lib/core/mock/describe-length';
import { AttemptIdSchema } from '@/lib/core/mock/schema';
import { requireUser } from '@/lib/server/auth';
import { submitExpiredMockAction } from '@/lib/server/actions/submit-expired-mock-action';
import { getMockAttempt } from '@/lib/server/queries/get-mock-attempt';

export const metadata: Metadata = { title: 'Mock interview' };

type Props = { params: Promise<{ attemptId: string }> };

export default async function MockAttemptPage({ params }: Props) {
  const { attemptId } = await params;
  const user = await requireUser(`/mock/${encodeURIComponent(attemptId)}`);
  const id = AttemptIdSchema.safeParse(attemptId);
  const attempt = id.success ? await getMockAttempt(user.id, id.data) : null;
  if (!attempt) notFound();
  if (attempt.submittedAt) redirect(`/mock/${attempt.id}/feedback`);

  const now = new Date();
  // An interview whose time ran out while the page was closed: the page grades what was saved.
  const expired = !acceptsMockWrites(attempt, now);

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-2">
      <BackLink href="/mock" className="">All prompts</BackLink>
      <PageHeader
        title={attempt.prompt.title}
        description={`${attempt.mode === 'interview' ? 'Interview' : 'Practice'} · ${describeLength(attempt.timeLimitSec)}`}
      />
      {expired ? (
        <FinishOnLoad
          action={submitExpiredMockAction}
          input={{ attemptId: attempt.id }}
          message="Time ran out while this page was closed: grading the answer saved before the end…"
        />
      ) : (
        <MockSession
          attempt={{
            id: attempt.id,
            mode: attempt.mode,
            timeLimitSec: attempt.timeLimitSec,
            startedAt: attempt.startedAt.getTime(),
            pausedMs: attempt.pausedMs,
            pausedAt: attempt.pausedAt?.getTime() ?? null,
            draft: attempt.draft,
            version: attempt.version,
          }}
          serverNow={now.getTime()}
          scenario={<Markdown html={markdownToSafeHtml(attempt.prompt.scenario)} />}
        />
      )}
    </div>
  );
}
