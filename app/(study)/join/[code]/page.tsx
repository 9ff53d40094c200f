import type { Metadata } from 'next';
import { ButtonLink } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { requireUser } from '@/lib/server/auth';
import { getClassByJoinCode } from '@/lib/server/queries/get-class-by-join-code';
import { JoinButton } from './_components/join-button';

export const metadata: Metadata = { title: 'Join a class' };

type Props = { params: Promise<{ code: string }> };

/** The join link an instructor shares: sign in first (and come back), then one click to join. */
export default async function JoinPage({ params }: Props) {
  const { code } = await params;
  const raw = code.slice(0, 40);
  const user = await requireUser(`/join/${encodeURIComponent(raw)}`);
  const found = await getClassByJoinCode(raw, user.id);
  return (
    <div className="mx-auto flex max-w-xl flex-col gap-6">
      <PageHeader title="Join a class" />
      <Panel>
        {!found ? (
          <div className="flex flex-col gap-3">
            <p>
              This link doesn’t match a class. The code may have been changed: ask your instructor for the current one.
            </p>
            <ButtonLink href="/classes" variant="secondary">
              Enter a code
            </ButtonLink>
          </div>
        ) : found.teaches ? (
          <div className="flex flex-col gap-3">
            <p>
              You teach <strong>{found.name}</strong>. Share this link with your students.
            </p>
            <ButtonLink href={`/instructor/classes/${found.id}`} variant="secondary">
              Open the class
            </ButtonLink>
          </div>
        ) : found.member ? (
          <div className="flex flex-col gap-3">
            <p>
              You are in <strong>{found.name}</strong> already.
            </p>
            <ButtonLink href="/classes">Your classes</ButtonLink>
          </div>
        ) : (
          <div className="flex flex-col gap-4">
            <p>
              <strong>{found.instructor}</strong> invites you to <strong>{found.name}</strong>. The decks they assign
              join your daily review; they will see your reviews and progress on those decks.
            </p>
            <JoinButton code={raw} name={found.name} />
          </div>
        )}
      </Panel>
    </div>
  );
}
