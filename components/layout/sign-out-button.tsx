import { Button } from '@/components/ui/button';
import { signOutFormAction } from '@/lib/server/actions/sign-out-action';

/** A form post (no client JavaScript): the server ends the session and redirects home. */
export function SignOutButton({ label = 'Sign out', className }: { label?: string; className?: string }) {
  return (
    <form action={signOutFormAction}>
      <Button type="submit" variant="secondary" className={className}>
        {label}
      </Button>
    </form>
  );
}
