/**
 * Prepares the database: demo accounts when DEMO_DATA is on. Safe to run
 * again. Run with `npm run db:prepare` (after `prisma migrate deploy`).
 */
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '@/lib/server/demo-accounts';
import { ensureUser } from '@/lib/server/mutations/ensure-user';
import { env } from '@/lib/server/env';
import { db } from '@/lib/server/db';

async function main(): Promise<void> {
  if (env().DEMO_DATA) {
    for (const account of DEMO_ACCOUNTS) {
      await ensureUser({ ...account, password: DEMO_PASSWORD });
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
