'use client';
import { useDisclosure } from './use-disclosure';
import { Button } from '@/components/ui/button';
import { signOutFormAction } from '@/lib/server/actions/sign-out-action';

/**
 * The account menu: who is signed in, and "Sign out everywhere" (ends every session of the account,
 * on every device, ADR 025). A disclosure: Escape closes it and returns focus.
 */
export function AccountMenu({ email }: { email: string }) {
  const { open, setOpen, id, button } = useDisclosure();

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center rounded-md px-2 py-1 text-fg-muted hover:bg-muted hover:text-fg"
      >
        {/* On phones an icon keeps the header one row; the name stays "Account". */}
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5 sm:hidden" fill="currentColor">
          <path d="M10 10a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8a7 7 0 0 1 14 0H3Z" />
        </svg>
        <span className="sr-only sm:not-sr-only">Account</span>{' '}
        <span aria-hidden className="ml-1 hidden sm:inline">
          {open ? '▴' : '▾'}
        </span>
      </button>
      <div
        id={id}
        hidden={!open}
        className="fixed top-14 right-4 left-4 z-30 rounded-lg border border-border bg-surface p-3 text-sm shadow-md sm:absolute sm:top-auto sm:left-auto sm:right-0 sm:mt-2 sm:w-72"
      >
        <p className="break-all text-fg-muted">
          Signed in as <span className="font-medium text-fg">{email}</span>
        </p>
        <p className="mt-3 text-fg-muted">
          Lost a device, or signed in somewhere you shouldn’t have stayed? End every session of this account.
        </p>
        {/* a form post: the server ends every session of the account (the version is per user) */}
        <form action={signOutFormAction}>
          <Button type="submit" variant="secondary" className="mt-2 w-full">
            Sign out everywhere
          </Button>
        </form>
      </div>
    </div>
  );
}
