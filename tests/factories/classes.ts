import { db } from '@/lib/server/db';
import { newJoinCode } from '@/lib/server/instructor/new-join-code';
import { newRandomId } from '@/lib/server/instructor/new-random-id';

/** An instructor deck with `ownCards` own cards (`i.` ids) and the given library cards, in that order. */
export async function makeInstructorDeck(
  ownerId: string,
  options: { published?: boolean; ownCards?: number; libraryCards?: string[]; title?: string } = {},
): Promise<{ deckId: string; ownCardIds: string[] }> {
  const deckId = newRandomId();
  await db.deck.create({
    data: {
      id: deckId,
      kind: 'INSTRUCTOR',
      ownerId,
      title: options.title ?? 'Week 1',
      description: 'Cohort deck.',
      published: options.published ?? true,
    },
  });
  const ownCardIds: string[] = [];
  for (let i = 0; i < (options.ownCards ?? 2); i++) {
    const id = newRandomId();
    await db.card.create({
      data: { id, ownerId, front: `Own question ${i + 1}`, back: `Own answer ${i + 1}`, contentHash: 'test' },
    });
    ownCardIds.push(id);
  }
  const all = [...ownCardIds, ...(options.libraryCards ?? [])];
  await db.deckCard.createMany({ data: all.map((cardId, position) => ({ deckId, cardId, position })) });
  return { deckId, ownCardIds };
}

/**
 * A class owned by `ownerId` with these members and assigned decks. Members joined on `joinedAt`
 * (by default early in 2026, before the fixed clocks the tests use: the dashboard shows only
 * activity since joining).
 */
export async function makeClass(
  ownerId: string,
  options: { members?: string[]; decks?: string[]; name?: string; joinedAt?: Date } = {},
): Promise<{ classId: string; joinCode: string }> {
  const joinedAt = options.joinedAt ?? new Date('2026-01-01T00:00:00Z');
  const created = await db.class.create({
    data: { ownerId, name: options.name ?? 'Cohort A', joinCode: newJoinCode() },
    select: { id: true, joinCode: true },
  });
  for (const userId of options.members ?? [])
    await db.classMember.create({ data: { classId: created.id, userId, joinedAt } });
  for (const deckId of options.decks ?? []) await db.deckAssignment.create({ data: { classId: created.id, deckId } });
  return { classId: created.id, joinCode: created.joinCode };
}
