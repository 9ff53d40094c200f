import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Quiz' };

export default async function QuizPage() {
  await requireUser('/quiz');
  return (
    <div>
      <PageHeader title="Quiz" />
      <ComingSoon what="Quizzes" />
    </div>
  );
}
