import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/server/env-schema';

describe('parseEnv', () => {
  it('fills in defaults for an empty environment', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      NODE_ENV: 'development',
      DATABASE_URL: 'file:./var/delight.db',
      DEMO_DATA: false,
      DELIGHT_VAR_DIR: 'var',
    });
    expect(env.AUTH_SECRET).toBeUndefined();
  });

  it.each([
    ['file:./var/other.db'],
    ['postgres://delight:secret@db.internal:5432/delight'],
    ['postgresql://delight@127.0.0.1/delight?connection_limit=5&sslmode=require'],
  ])('accepts DATABASE_URL=%s (SQLite or PostgreSQL)', (url) => {
    expect(parseEnv({ DATABASE_URL: url }).DATABASE_URL).toBe(url);
  });

  it.each([
    [undefined, 1000],
    ['0', 0],
    ['10000', 10000],
  ])('reads SQLITE_WAL_AUTOCHECKPOINT=%j as %d pages', (value, pages) => {
    expect(parseEnv({ SQLITE_WAL_AUTOCHECKPOINT: value }).SQLITE_WAL_AUTOCHECKPOINT).toBe(pages);
  });

  it.each(['-1', '1.5', 'lots', '010'])('refuses SQLITE_WAL_AUTOCHECKPOINT=%j with the variable named', (value) => {
    expect(() => parseEnv({ SQLITE_WAL_AUTOCHECKPOINT: value })).toThrow(/SQLITE_WAL_AUTOCHECKPOINT: must be a whole number of pages/);
  });

  it.each([
    ['1', true],
    ['true', true],
    ['yes', true],
    ['0', false],
    ['false', false],
    ['', false],
  ])('reads DEMO_DATA=%j as %s', (value, expected) => {
    expect(parseEnv({ DEMO_DATA: value }).DEMO_DATA).toBe(expected);
  });

  it.each([
    [{ DEMO_DATA: '1' }, true, null],
    [{ DEMO_DATA: '1', NEXTAUTH_URL: 'http://localhost:3000' }, true, null],
    [{ DEMO_DATA: '1', NEXTAUTH_URL: 'https://delight.example.com' }, false, /^Demo data refused/],
    [{ DEMO_DATA: '1', NEXTAUTH_URL: 'https://delight.example.com', DEMO_DATA_ON_PUBLIC_URL: '1' }, true, /^Warning/],
    [{ DEMO_DATA: '0', NEXTAUTH_URL: 'https://delight.example.com', DEMO_DATA_ON_PUBLIC_URL: '1' }, false, null],
  ])('decides demo data from DEMO_DATA, NEXTAUTH_URL and DEMO_DATA_ON_PUBLIC_URL: %j → %s', (source, enabled, notice) => {
    const env = parseEnv(source);
    expect(env.DEMO_DATA).toBe(enabled);
    if (notice === null) expect(env.DEMO_DATA_NOTICE).toBeNull();
    else expect(env.DEMO_DATA_NOTICE).toMatch(notice);
  });

  it.each([
    ['https://delight.example.com', 'https://delight.example.com'],
    ['http://localhost:3000', 'http://localhost:3000'],
    ['', undefined],
  ])('accepts NEXTAUTH_URL=%j', (url, expected) => {
    expect(parseEnv({ NEXTAUTH_URL: url }).NEXTAUTH_URL).toBe(expected);
  });

  it.each([
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL: must be a SQLite file URL (file:./var/delight.db) or a PostgreSQL URL'],
    [{ DATABASE_URL: './var/delight.db' }, 'DATABASE_URL: must be a SQLite file URL'],
    [{ DATABASE_URL: 'postgresql://u:p@db/delight?connection_limit=0' }, 'DATABASE_URL: connection_limit must be a positive integer'],
    [{ DATABASE_URL: 'postgresql://u:p@db/delight?schema=app' }, 'DATABASE_URL: the schema parameter is not supported'],
    [{ AUTH_SECRET: 'short' }, 'AUTH_SECRET: must be at least 32 characters (leave it unset to generate one)'],
    [{ DEMO_DATA: 'maybe' }, 'DEMO_DATA:'],
    [{ DEMO_DATA_ON_PUBLIC_URL: 'please' }, 'DEMO_DATA_ON_PUBLIC_URL:'],
    [{ NODE_ENV: 'staging' }, 'NODE_ENV:'],
    // next-auth would read a scheme-less URL as https when signing in but as http in getToken.
    [{ NEXTAUTH_URL: 'delight.example.com' }, "NEXTAUTH_URL: must be the app's public URL, http://… or https://…"],
    [{ NEXTAUTH_URL: 'localhost:3000' }, 'NEXTAUTH_URL:'],
    [{ NEXTAUTH_URL: 'ftp://delight.example.com' }, 'NEXTAUTH_URL:'],
  ])('rejects %j with a message naming the variable', (source, message) => {
    expect(() => parseEnv(source)).toThrow(message);
  });

  it('lists every bad variable at once', () => {
    expect(() => parseEnv({ DATABASE_URL: 'mysql://x', AUTH_SECRET: 'x' })).toThrow(
      /DATABASE_URL[\s\S]*AUTH_SECRET|AUTH_SECRET[\s\S]*DATABASE_URL/,
    );
  });
});
