import { NoticePage } from '@/components/ui/notice-page';

/** What a learner sees on an instructor page: no data, a way forward. */
export function InstructorsOnly() {
  return (
    <NoticePage title="Instructors only" testId="forbidden">
      This area is for instructors. Your account is a learner account; ask an administrator if you teach a class.
    </NoticePage>
  );
}
