import 'server-only';
import { db } from '../db';
import { hashPassword } from '../password';
import type { Role } from '@/lib/generated/prisma/enums';

/** Creates the user if missing; an existing user (and their password) is left alone. Idempotent. */
export async function ensureUser(input: {
  email: string;
  password: string;
  name: string;
  role: Role;
}): Promise<{ id: string }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) return existing;
  const passwordHash = await hashPassword(input.password);
  return db.user.upsert({
    where: { email: input.email },
    update: {},
    create: { email: input.email, name: input.name, role: input.role, passwordHash },
    select: { id: true },
  });
}
