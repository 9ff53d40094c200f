import Link from 'next/link';
import type { SessionUser } from '@/lib/server/auth';
import { AccountMenu } from './account-menu';
import { NavMenu } from './nav-menu';
import { SignOutButton } from './sign-out-button';

const STUDY_LINKS = [
  { href: '/review', label: 'Review' },
  { href: '/quiz', label: 'Quiz' },
  { href: '/mock', label: 'Mock interview' },
  { href: '/decks', label: 'Decks' },
  { href: '/cards', label: 'Cards' },
  { href: '/stats', label: 'Stats' },
] as const;

/** Export, delete the account, leave classes: beside Sign out on wide screens, in the Menu on phones. */
const ACCOUNT_LINK = { href: '/account/data', label: 'Your data' } as const;

/** Top navigation; study links only for signed-in users; Classes for learners, Instructor for instructors and admins, Users for admins. */
export function SiteNav({ user }: { user: SessionUser | null }) {
  const links = user
    ? [
        ...STUDY_LINKS,
        ...(user.role === 'LEARNER'
          ? [{ href: '/classes', label: 'Classes' }]
          : [{ href: '/instructor', label: 'Instructor' }]),
        ...(user.role === 'ADMIN' ? [{ href: '/admin/users', label: 'Users' }] : []),
      ]
    : [];
  return (
    <header className="relative border-b border-border bg-surface">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href={user ? '/dashboard' : '/'} className="mr-2 text-lg font-bold tracking-tight text-accent">
          Delight
        </Link>
        {links.length > 0 ? <NavMenu links={[...links, ACCOUNT_LINK]} /> : null}
        <ul
          className={`flex-1 flex-wrap items-center gap-x-1 gap-y-1 text-sm ${links.length > 0 ? 'hidden sm:flex' : 'flex'}`}
        >
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="rounded-md px-2 py-1 text-fg-muted hover:bg-muted hover:text-fg">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
        {user ? (
          <div className="ml-auto flex items-center gap-3 text-sm">
            <span className="hidden text-fg-muted sm:inline">{user.email}</span>
            <Link
              href={ACCOUNT_LINK.href}
              className="hidden rounded-md px-2 py-1 text-fg-muted hover:bg-muted hover:text-fg sm:inline"
            >
              {ACCOUNT_LINK.label}
            </Link>
            <AccountMenu email={user.email} />
            <SignOutButton />
          </div>
        ) : (
          <div className="flex items-center gap-2 text-sm">
            <Link href="/sign-in" className="rounded-md px-2 py-1 hover:bg-muted">
              Sign in
            </Link>
            <Link href="/sign-up" className="rounded-md bg-accent px-3 py-1 font-medium text-accent-fg">
              Sign up
            </Link>
          </div>
        )}
      </nav>
    </header>
  );
}
