/**
 * Prepares the database: syncs content/ (idempotent upsert by stable id; removed cards are
 * retired, never deleted) and, when DEMO_DATA is on, the demo accounts — only for a local try-out:
 * with a public NEXTAUTH_URL they are refused unless DEMO_DATA_ON_PUBLIC_URL=1 (decideDemoData). Safe to run again.
 * Run with `npm run db:prepare` (after `prisma migrate deploy`).
 */
import path from 'node:path';
import { loadContent } from '@/lib/content/load-content';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/server/demo-accounts';
import { ensureUser } from '@/lib/server/mutations/ensure-user';
import { seedDemoHistory } from '@/lib/server/mutations/seed-demo-history';
import { syncContent } from '@/lib/server/mutations/sync-content';
import { topUpDemoQueue } from '@/lib/server/mutations/top-up-demo-queue';
import { env } from '@/lib/server/env';
import { db } from '@/lib/server/db';

async function main(): Promise<void> {
  const loaded = await loadContent(path.join(process.cwd(), 'content'));
  if (!loaded.ok) {
    console.error(`seed: content/ is invalid, nothing was synced:\n${loaded.errors.join('\n')}`);
    process.exitCode = 1;
    return;
  }
  const report = await syncContent(loaded.content, new Date());
  console.log(
    `seed: content synced — ${report.decks} decks; cards: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged, ${report.retired} retired`,
  );
  const notice = env().DEMO_DATA_NOTICE;
  if (notice) console.warn(`seed: ${notice}`);
  if (env().DEMO_DATA) {
    for (const account of DEMO_ACCOUNTS) {
      const user = await ensureUser({ ...account, password: DEMO_PASSWORD });
      if (account.role === 'LEARNER') {
        const answers = await seedDemoHistory(user.id, new Date());
        if (answers > 0) console.log(`seed: ${account.email} got ${answers} answers of review history`);
        // Whenever the app starts, the demo learner finds a session's worth of cards due (never "All done").
        const broughtForward = await topUpDemoQueue(user.id, new Date());
        if (broughtForward > 0) console.log(`seed: ${account.email} has ${broughtForward} more cards due now`);
      }
    }
    console.log(`seed: demo accounts ready (${DEMO_ACCOUNTS.map((a) => a.email).join(', ')})`);
  }
}

main()
  .then(() => db.$disconnect())
  .catch(async (error: unknown) => {
    console.error(error);
    await db.$disconnect();
    process.exit(1);
  });
