/** Helpers for tests that copy the valid fixture and break one thing. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const VALID_FIXTURE = path.resolve(import.meta.dirname, '../../fixtures/content/valid');

/** A fresh copy of the valid fixture in a temp dir; call `remove()` when done. */
export function copyValidFixture(): { dir: string; remove: () => void } {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'delight-content-')), 'content');
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  return { dir, remove: () => rmSync(path.dirname(dir), { recursive: true, force: true }) };
}

/** Replaces the first `from` in `dir/file` with `to`; throws if `from` is absent, so a stale test fails loudly. */
export function replaceInFile(dir: string, file: string, from: string, to: string): void {
  const full = path.join(dir, file);
  const text = readFileSync(full, 'utf8');
  if (!text.includes(from)) throw new Error(`${file} does not contain ${JSON.stringify(from)}`);
  writeFileSync(full, text.replace(from, to));
}

export function writeContentFile(dir: string, file: string, text: string): void {
  writeFileSync(path.join(dir, file), text);
}
