import { describe, expect, it } from 'vitest';
import { databaseProvider, databaseProviderOf, postgresConnection, withDatabaseName } from '@/lib/server/database-url';

describe('databaseProvider', () => {
  it.each([
    [undefined, 'sqlite'],
    ['', 'sqlite'],
    ['file:./var/delight.db', 'sqlite'],
    ['postgres://u:p@db:5432/delight', 'postgresql'],
    ['postgresql://u@127.0.0.1/delight?sslmode=disable', 'postgresql'],
  ])('reads %j as %s', (url, provider) => {
    expect(databaseProvider(url)).toBe(provider);
  });

  it.each(['mysql://u@db/delight', './var/delight.db', 'postgresql://[bad'])('rejects %j with the accepted forms', (url) => {
    expect(databaseProviderOf(url)).toBeUndefined();
    expect(() => databaseProvider(url)).toThrow(/file:\.\/var\/delight\.db\) or a PostgreSQL URL/);
  });
});

describe('postgresConnection', () => {
  it('passes the URL to pg and takes out the Prisma-only parameters', () => {
    expect(postgresConnection('postgresql://u:p%40ss@db:5432/delight?connection_limit=5&sslmode=require')).toEqual({
      connectionString: 'postgresql://u:p%40ss@db:5432/delight?sslmode=require',
      max: 5,
    });
    expect(postgresConnection('postgres://db/delight')).toEqual({ connectionString: 'postgres://db/delight', max: undefined });
  });

  it('refuses a bad connection_limit, and the schema parameter (a database of its own instead)', () => {
    expect(() => postgresConnection('postgresql://db/delight?connection_limit=lots')).toThrow(/connection_limit/);
    expect(() => postgresConnection('postgresql://db/delight?schema=app')).toThrow(/schema parameter is not supported/);
  });

  it('names another database on the same server', () => {
    expect(withDatabaseName('postgresql://u:p@db:5432/delight?sslmode=require', 'delight_test_1')).toBe(
      'postgresql://u:p@db:5432/delight_test_1?sslmode=require',
    );
  });
});
