import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The real Anki packages (made by Anki, copied from AnkiDroid's test assets, GPL-3.0): read where
 * their README says, `../shared/anki-fixtures/` next to the checkout (or ANKI_FIXTURES_DIR), not
 * copied into this repository. Missing → the tests fail and say where they looked.
 */
export function ankiFixture(name: string): string {
  const root = process.cwd();
  const candidates = [
    process.env.ANKI_FIXTURES_DIR,
    path.resolve(root, '../shared/anki-fixtures'),
    path.resolve(root, '../../shared/anki-fixtures'),
  ].filter((d): d is string => !!d);
  for (const dir of candidates) if (existsSync(path.join(dir, name))) return path.join(dir, name);
  throw new Error(`Anki fixture ${name} not found in ${candidates.join(', ')} (set ANKI_FIXTURES_DIR)`);
}

/** A current-format package (collection.anki21b, zstd) built from a fixture by scripts/anki/build-anki21b.py. */
export function buildAnki21bFixture(name: string): string {
  const out = path.join(mkdtempSync(path.join(tmpdir(), 'delight-anki21b-')), name.replace(/\.apkg$/, '-anki21b.apkg'));
  execFileSync('python3', [path.resolve(process.cwd(), 'scripts/anki/build-anki21b.py'), ankiFixture(name), out]);
  return out;
}
