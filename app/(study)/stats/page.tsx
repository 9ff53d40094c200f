import type { Metadata } from 'next';
import { ComingSoon } from '@/components/ui/coming-soon';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/server/auth';

export const metadata: Metadata = { title: 'Stats' };

export default async function StatsPage() {
  await requireUser('/stats');
  return (
    <div>
      <PageHeader title="Stats" />
      <ComingSoon what="Statistics" />
    </div>
  );
}
