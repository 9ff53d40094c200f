import type { Metadata } from 'next';
import { z } from 'zod';
import { ActionButton } from '@/components/ui/action-button';
import { Badge } from '@/components/ui/badge';
import { buttonClass } from '@/components/ui/button';
import { DataTable } from '@/components/ui/data-table';
import { NoticePage } from '@/components/ui/notice-page';
import { PageHeader } from '@/components/ui/page-header';
import { Panel } from '@/components/ui/panel';
import { TextField } from '@/components/ui/text-field';
import { updateUserRoleAction } from '@/lib/server/actions/update-user-role-action';
import { requireUser } from '@/lib/server/auth';
import { getUsers } from '@/lib/server/queries/get-users';
import { formatDate } from '@/lib/core/format-date';
import { getTimeZone } from '@/lib/server/queries/get-time-zone';
import { ResetLinkButton } from './_components/reset-link-button';

export const metadata: Metadata = { title: 'Users' };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const COLUMNS = [
  'Account',
  'Role',
  'Since',
  { label: 'Change role', srOnly: true },
  { label: 'Password reset', srOnly: true },
];
const QuerySchema = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(100).catch('')).default('');

/** Administrators: find an account and make it an instructor (or a learner again). */
export default async function AdminUsersPage({ searchParams }: Props) {
  const user = await requireUser('/admin/users');
  if (user.role !== 'ADMIN') {
    return (
      <NoticePage title="Administrators only" testId="forbidden">
        This page is for administrators.
      </NoticePage>
    );
  }
  const q = QuerySchema.parse((await searchParams).q);
  const [{ users, total }, timeZone] = await Promise.all([getUsers(q), getTimeZone(user.id)]);
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Users"
        description="Promote a learner to instructor: they build decks and run classes. A change of role signs the user out, so they sign in again with the new role. Forgot a password? Make a one-time reset link and pass it on."
      />
      <form method="get" role="search" aria-label="Find users" className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1">
          <TextField label="Email or name" name="q" type="search" defaultValue={q} />
        </div>
        <button type="submit" className={buttonClass('secondary')}>
          Find
        </button>
      </form>
      <Panel>
        <p className="mb-3 text-sm text-fg-muted">
          {total} {total === 1 ? 'account' : 'accounts'}
          {total > users.length ? ` (newest ${users.length} shown)` : ''}
        </p>
        <DataTable
          scrollLabel="Accounts"
          className="w-full min-w-[36rem] text-left text-sm"
          caption="Accounts and their roles"
          columns={COLUMNS}
          rows={users}
        >
          {(u) => (
            <tr key={u.id} className="border-t border-border">
              <th scope="row" className="py-2 pr-2 font-normal">
                <span className="block font-medium">{u.email}</span>
                {u.name ? <span className="block text-xs text-fg-muted">{u.name}</span> : null}
              </th>
              <td className="py-2 pr-2">
                <Badge tone={u.role === 'LEARNER' ? 'neutral' : 'accent'}>{u.role.toLowerCase()}</Badge>
              </td>
              <td className="py-2 pr-2 tabular-nums">{formatDate(u.createdAt, timeZone)}</td>
              <td className="py-2 text-right">
                {u.role === 'LEARNER' ? (
                  <ActionButton action={updateUserRoleAction} input={{ userId: u.id, role: 'INSTRUCTOR' }}>
                    Make instructor<span className="sr-only"> ({u.email})</span>
                  </ActionButton>
                ) : u.role === 'INSTRUCTOR' ? (
                  <ActionButton
                    action={updateUserRoleAction}
                    input={{ userId: u.id, role: 'LEARNER' }}
                    variant="ghost"
                    confirm={`Make ${u.email} a learner? They keep their decks and classes but can’t manage them until promoted again.`}
                  >
                    Make learner<span className="sr-only"> ({u.email})</span>
                  </ActionButton>
                ) : null}
              </td>
              <td className="py-2 pl-2 text-right">
                <ResetLinkButton userId={u.id} email={u.email} />
              </td>
            </tr>
          )}
        </DataTable>
      </Panel>
    </div>
  );
}
