import 'server-only';
import { db } from '../db';
import { isUniqueViolation } from '../is-unique-violation';
import { hashPassword } from '../password';
import type { Role } from '@/lib/generated/prisma/enums';

export type NewUser = { email: string; password: string; name?: string | null; role?: Role };

/** Creates a user, or returns null when the email is taken. */
export async function createUser(input: NewUser): Promise<{ id: string } | null> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db.user.create({
      data: { email: input.email, name: input.name ?? null, passwordHash, role: input.role ?? 'LEARNER' },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null; // the email is taken
    throw error;
  }
}
