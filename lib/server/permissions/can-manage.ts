import 'server-only';
import type { Role } from '@/lib/generated/prisma/enums';

/** The one ownership rule: the owner manages a deck or a class, and so does an admin. */
export function canManage(actor: { id: string; role: Role }, ownerId: string | null): boolean {
  return actor.role === 'ADMIN' || (ownerId !== null && ownerId === actor.id && actor.role === 'INSTRUCTOR');
}
