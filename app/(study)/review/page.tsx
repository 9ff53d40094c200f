import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Review' };

export default async function ReviewPage() {
  await requireUser('/review');
  return (
    <div>
      <PageHeader title="Review" />
      <ComingSoon what="Daily review" />
    </div>
  );
}
