import { randomBytes } from 'node:crypto';
import { databaseProvider } from '@/lib/server/database-url';
import { db } from '@/lib/server/db';

const literal = (value: string) => `'${value.replaceAll("'", "''")}'`;

/**
 * Makes every insert into `table` whose `column` equals `value` fail (a trigger that raises), to
 * prove that a transaction rolls back as a whole. Works on SQLite and PostgreSQL; returns the
 * function that removes the trigger again.
 */
export async function failInsertsWhere(table: string, column: string, value: string): Promise<() => Promise<void>> {
  const name = `fail_${table}_${randomBytes(4).toString('hex')}`.toLowerCase();
  const when = `NEW."${column}" = ${literal(value)}`;
  if (databaseProvider(process.env.DATABASE_URL) === 'postgresql') {
    await db.$executeRawUnsafe(`CREATE FUNCTION "${name}"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'boom'; END $$`);
    await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE INSERT ON "${table}" FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION "${name}"()`);
    return async () => {
      await db.$executeRawUnsafe(`DROP TRIGGER "${name}" ON "${table}"`);
      await db.$executeRawUnsafe(`DROP FUNCTION "${name}"()`);
    };
  }
  await db.$executeRawUnsafe(`CREATE TRIGGER "${name}" BEFORE INSERT ON "${table}" WHEN ${when} BEGIN SELECT RAISE(ABORT, 'boom'); END`);
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER "${name}"`);
  };
}
