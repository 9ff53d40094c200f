import 'server-only';
import type { SessionUser } from '../auth';
import { getContent } from '../content';
import { LIVE_CARD_COUNT } from '../card-columns';
import { db } from '../db';
import { findManagedClass } from '../permissions/find-managed-class';

/** A deck a class can hold: a library or an instructor deck — never a learner's personal deck. */
const isClassDeck = <T extends { kind: string }>(d: T): d is T & { kind: 'CONTENT' | 'INSTRUCTOR' } =>
  d.kind === 'CONTENT' || d.kind === 'INSTRUCTOR';

export type ClassOverview = {
  id: string;
  name: string;
  joinCode: string;
  members: { id: string; name: string | null; email: string; joinedAt: string }[];
  decks: { id: string; title: string; kind: 'CONTENT' | 'INSTRUCTOR'; published: boolean; cards: number }[];
  prompts: { id: string; title: string; dueAt: string | null }[];
  /** What can still be assigned: the instructor's own decks, then the library's. */
  assignableDecks: { id: string; title: string; kind: 'CONTENT' | 'INSTRUCTOR'; published: boolean }[];
  assignablePrompts: { id: string; title: string }[];
};

/** A class as its instructor manages it (owner or admin only; null otherwise). */
export async function getClassOverview(actor: SessionUser, classId: string): Promise<ClassOverview | null> {
  const found = await findManagedClass(actor, classId);
  if (!found) return null;
  const [members, assigned, prompts, decks, content] = await Promise.all([
    db.classMember.findMany({
      where: { classId: found.id },
      orderBy: { joinedAt: 'asc' },
      select: { joinedAt: true, user: { select: { id: true, name: true, email: true } } },
    }),
    db.deckAssignment.findMany({
      where: { classId: found.id, deck: { retiredAt: null, kind: { not: 'PERSONAL' } } },
      orderBy: { assignedAt: 'asc' },
      select: {
        deck: {
          select: {
            id: true,
            title: true,
            kind: true,
            published: true,
            ...LIVE_CARD_COUNT,
          },
        },
      },
    }),
    db.promptAssignment.findMany({
      where: { classId: found.id },
      orderBy: { assignedAt: 'asc' },
      select: { promptId: true, dueAt: true },
    }),
    db.deck.findMany({
      where: { retiredAt: null, OR: [{ kind: 'INSTRUCTOR', ownerId: found.ownerId }, { kind: 'CONTENT' }] },
      orderBy: [{ kind: 'desc' }, { position: 'asc' }, { title: 'asc' }],
      select: { id: true, title: true, kind: true, published: true },
    }),
    getContent(),
  ]);
  const assignedIds = new Set(assigned.map((a) => a.deck.id));
  const promptTitle = new Map(content.prompts.map((p) => [p.id, p.title]));
  const assignedPrompts = new Set(prompts.map((p) => p.promptId));
  return {
    id: found.id,
    name: found.name,
    joinCode: found.joinCode,
    members: members.map((m) => ({ ...m.user, joinedAt: m.joinedAt.toISOString() })),
    decks: assigned
      .map(({ deck }) => deck)
      .filter(isClassDeck)
      .map((deck) => ({
        id: deck.id,
        title: deck.title,
        kind: deck.kind,
        published: deck.published,
        cards: deck._count.cards,
      })),
    prompts: prompts.map((p) => ({
      id: p.promptId,
      title: promptTitle.get(p.promptId) ?? p.promptId,
      dueAt: p.dueAt?.toISOString() ?? null,
    })),
    assignableDecks: decks.filter(isClassDeck).filter((d) => !assignedIds.has(d.id)),
    assignablePrompts: content.prompts
      .filter((p) => !assignedPrompts.has(p.id))
      .map((p) => ({ id: p.id, title: p.title })),
  };
}
