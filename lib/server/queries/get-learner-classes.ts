import 'server-only';
import { getContent } from '../content';
import { LIVE_CARD_COUNT } from '../card-columns';
import { db } from '../db';

export type LearnerClass = {
  id: string;
  name: string;
  instructor: string;
  joinedAt: string;
  /** The class's decks the student studies: published instructor decks and library decks. */
  decks: { id: string; title: string; cards: number; studied: number }[];
  prompts: { id: string; title: string; dueAt: string | null }[];
};

/** The classes a student belongs to, with what is assigned (drafts are not shown). */
export async function getLearnerClasses(userId: string): Promise<LearnerClass[]> {
  const [memberships, content] = await Promise.all([
    db.classMember.findMany({
      where: { userId, class: { archivedAt: null } },
      orderBy: { joinedAt: 'asc' },
      select: {
        joinedAt: true,
        class: {
          select: {
            id: true,
            name: true,
            owner: { select: { name: true, email: true } },
            prompts: { orderBy: { assignedAt: 'asc' }, select: { promptId: true, dueAt: true } },
            decks: {
              where: { deck: { retiredAt: null, OR: [{ kind: 'CONTENT' }, { kind: 'INSTRUCTOR', published: true }] } },
              orderBy: { assignedAt: 'asc' },
              select: {
                deck: {
                  select: {
                    id: true,
                    title: true,
                    ...LIVE_CARD_COUNT,
                    cards: {
                      where: { card: { retiredAt: null, states: { some: { userId } } } },
                      select: { cardId: true },
                    },
                  },
                },
              },
            },
          },
        },
      },
    }),
    getContent(),
  ]);
  const promptTitle = new Map(content.prompts.map((p) => [p.id, p.title]));
  return memberships.map(({ joinedAt, class: c }) => ({
    id: c.id,
    name: c.name,
    instructor: c.owner.name ?? c.owner.email,
    joinedAt: joinedAt.toISOString(),
    decks: c.decks.map(({ deck }) => ({
      id: deck.id,
      title: deck.title,
      cards: deck._count.cards,
      studied: deck.cards.length,
    })),
    prompts: c.prompts.map((p) => ({
      id: p.promptId,
      title: promptTitle.get(p.promptId) ?? p.promptId,
      dueAt: p.dueAt?.toISOString() ?? null,
    })),
  }));
}
