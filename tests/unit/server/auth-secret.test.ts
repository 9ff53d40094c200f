import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOrCreateAuthSecret } from '@/lib/server/auth-secret';

describe('readOrCreateAuthSecret', () => {
  it('creates a long random secret once and returns the same one afterwards', () => {
    const dir = path.join(mkdtempSync(path.join(tmpdir(), 'delight-secret-')), 'nested');
    const first = readOrCreateAuthSecret(dir);
    expect(first.length).toBeGreaterThanOrEqual(40);
    expect(readOrCreateAuthSecret(dir)).toBe(first);
    expect(readFileSync(path.join(dir, 'auth-secret'), 'utf8')).toBe(first);
    expect(statSync(path.join(dir, 'auth-secret')).mode & 0o077).toBe(0); // owner-only
  });

  it('gives different directories different secrets', () => {
    const a = readOrCreateAuthSecret(mkdtempSync(path.join(tmpdir(), 'delight-a-')));
    const b = readOrCreateAuthSecret(mkdtempSync(path.join(tmpdir(), 'delight-b-')));
    expect(a).not.toBe(b);
  });
});
