import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Mock interview' };

export default async function MockinterviewPage() {
  await requireUser('/mock');
  return (
    <div>
      <PageHeader title="Mock interview" />
      <ComingSoon what="Timed mock interviews" />
    </div>
  );
}
