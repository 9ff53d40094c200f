'use client';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { joinClassAction } from '@/lib/server/actions/join-class-action';

/** Joins the class of this link's code, then shows the student's classes. */
export function JoinButton({ code, name }: { code: string; name: string }) {
  const router = useRouter();
  const { pending, error, run } = useActionRunner();
  return (
    <div className="flex flex-col items-start gap-2">
      <Button
        disabled={pending}
        onClick={() =>
          run(
            () => joinClassAction({ code }),
            () => router.push('/classes'),
          )
        }
      >
        {pending ? 'Joining…' : `Join ${name}`}
      </Button>
      {error ? <p className="text-sm text-danger">{error}</p> : null}
    </div>
  );
}
