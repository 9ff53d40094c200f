import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

/** Shown to signed-out visitors of the public pages: what an account adds, and the way in. */
export function SignUpInvite({ what }: { what: string }) {
  return (
    <aside
      aria-label="Create an account"
      className="mb-6 flex flex-col gap-3 rounded-xl border border-accent bg-accent-soft p-4 sm:flex-row sm:items-center sm:justify-between"
    >
      <p className="text-sm">{what}</p>
      <div className="flex shrink-0 gap-2">
        <Link href="/sign-up" className={buttonClass('primary')}>
          Create a free account
        </Link>
        <Link href="/sign-in" className={buttonClass('secondary')}>
          Sign in
        </Link>
      </div>
    </aside>
  );
}
