import { createUser } from '@/lib/server/mutations/create-user';
import type { Role } from '@/lib/generated/prisma/enums';

let counter = 0;

/** Creates a user with a unique email; password "password-123". */
export async function makeUser(role: Role = 'LEARNER'): Promise<{ id: string; email: string }> {
  counter += 1;
  const email = `${role.toLowerCase()}-${counter}-${Math.random().toString(36).slice(2, 8)}@example.test`;
  const created = await createUser({ email, password: 'password-123', role });
  if (!created) throw new Error(`could not create ${email}`);
  return { id: created.id, email };
}
