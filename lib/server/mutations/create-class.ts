import 'server-only';
import { db } from '../db';
import { newJoinCode } from '../instructor/new-join-code';
import { isUniqueViolation } from '../is-unique-violation';

/** Creates a class with a fresh join code (drawn again in the unlikely event it is taken). */
export async function createClass(ownerId: string, name: string): Promise<{ id: string; joinCode: string }> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.class.create({
        data: { ownerId, name, joinCode: newJoinCode() },
        select: { id: true, joinCode: true },
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}
