/**
 * The layering rules the lint can't express (ADR 017); eslint.config.mjs holds the import bans.
 * A failure names the file and the rule it breaks.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
/** Import specifiers that bring in code (type-only imports are erased and don't count). */
function valueImports(source: string): string[] {
  return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[1] ?? '');
}

/** lib/server modules that also run outside a server render, and why. */
const SHARED = new Map([
  ['lib/server/database-url.ts', 'the Prisma CLI config and the test setup read it'],
  ['lib/server/review-input.ts', "the bench's baseline server (plain tsx) validates the same body"],
  ['lib/server/password.ts', 'the end-to-end fixtures hash their users’ passwords the way the app does'],
]);

describe('layering', () => {
  it('every lib/server module is marked server-only (or use server), except the few shared on purpose', () => {
    const unmarked = sourceFiles('lib/server').filter((file) => {
      const source = read(file);
      return !SHARED.has(file) && !/^(import 'server-only';|'use server';)/m.test(source);
    });
    expect(unmarked).toEqual([]);
  });

  it('client components import server code only as types, or server actions', () => {
    const offending = [...sourceFiles('app'), ...sourceFiles('components')]
      .filter((file) => /^'use client';/m.test(read(file)))
      .flatMap((file) =>
        valueImports(read(file))
          .filter((spec) => spec.startsWith('@/lib/server/') && !spec.startsWith('@/lib/server/actions/'))
          .map((spec) => `${file} imports ${spec}`),
      );
    expect(offending).toEqual([]);
  });

  it('lib/core renders no HTML: Markdown becomes HTML in lib/server', () => {
    const offending = sourceFiles('lib/core').filter((file) =>
      valueImports(read(file)).some((spec) => /^@\/lib\/markdown\/|^(rehype|remark|unified)/.test(spec)),
    );
    expect(offending).toEqual([]);
  });
});
