import { beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '@/lib/server/mutations/create-user';
import { getUsers } from '@/lib/server/queries/get-users';
import { searchLibraryCards } from '@/lib/server/queries/search-library-cards';
import { seedContent } from '../factories/content';

// Search ignores letter case on both databases: SQLite's LIKE does already, PostgreSQL's does not
// (run this file under `node scripts/with-postgres.mjs`, as test:integration:pg does).

const ids = (found: { cards: { id: string }[]; total: number }) => ({
  ids: found.cards.map((c) => c.id),
  total: found.total,
});

describe('library search', () => {
  beforeAll(async () => {
    await seedContent();
  });

  it('finds the same cards whatever the letter case of the words', async () => {
    const upper = ids(await searchLibraryCards({ q: 'ALB' }, 500));
    // The content writes "ALB" (upper case) far more often than "alb"; both spellings must find them all.
    expect(upper.total).toBeGreaterThan(10);
    expect(ids(await searchLibraryCards({ q: 'alb' }, 500))).toEqual(upper);
    expect(ids(await searchLibraryCards({ q: 'aLb' }, 500))).toEqual(upper);
  });

  it('ignores case for every word of a multi-word query, in the front and the back', async () => {
    const mixed = ids(await searchLibraryCards({ q: 'Lambda ALB' }, 500));
    expect(mixed.total).toBeGreaterThan(0);
    expect(ids(await searchLibraryCards({ q: 'LAMBDA alb' }, 500))).toEqual(mixed);
    // Narrower than either word alone: all words must match.
    expect(mixed.total).toBeLessThan((await searchLibraryCards({ q: 'alb' }, 500)).total);
  });

  it('matches a tag whatever its letter case', async () => {
    const tag = ids(await searchLibraryCards({ tag: 'rest-api' }, 500));
    expect(tag.total).toBeGreaterThan(0);
    expect(ids(await searchLibraryCards({ tag: 'REST-API' }, 500))).toEqual(tag);
  });
});

describe('user search (admin)', () => {
  beforeAll(async () => {
    await createUser({ email: 'grace.hopper@navy.example', password: 'password-123', name: 'Grace Hopper' });
    await createUser({ email: 'ada@analytical.example', password: 'password-123', name: 'Ada Lovelace' });
  });

  const emails = async (query: string) => (await getUsers(query)).users.map((u) => u.email);

  it('finds an email typed in any letter case', async () => {
    expect(await emails('grace.hopper@navy')).toEqual(['grace.hopper@navy.example']);
    expect(await emails('Grace.Hopper@NAVY.Example')).toEqual(['grace.hopper@navy.example']);
  });

  it('finds a name typed in any letter case', async () => {
    expect(await emails('Lovelace')).toEqual(['ada@analytical.example']);
    expect(await emails('lovelace')).toEqual(['ada@analytical.example']);
    expect(await emails('LOVELACE')).toEqual(['ada@analytical.example']);
    expect((await getUsers('ADA LOVELACE')).total).toBe(1);
  });
});
