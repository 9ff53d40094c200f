/**
 * The bench's ~2,000-word answer: the apigw-vs-alb prompt's great model answer, then paragraphs of the
 * calibration fixtures (tests/fixtures/answers/apigw-vs-alb) interleaved until it passes 2,000 words.
 * Shared by the grade bench, grade-dump and grade-alloc so that all three grade the same text.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { countWords } from '../../lib/core/mock/count-words';

const PROMPT_ID = 'apigw-vs-alb';
const TARGET_WORDS = 2000;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export async function buildBenchAnswer(great: string): Promise<string> {
  const dir = path.join(root, 'tests', 'fixtures', 'answers', PROMPT_ID);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.md')).sort();
  const paragraphs: string[] = [];
  for (const name of names) {
    const text = await readFile(path.join(dir, name), 'utf8');
    for (const p of text.split(/\n\s*\n/)) if (countWords(p) >= 12) paragraphs.push(p.trim());
  }
  const parts = [great.trim()];
  let words = countWords(great);
  for (let i = 0; words < TARGET_WORDS && paragraphs.length > 0; i++) {
    const p = paragraphs[(i * 7) % paragraphs.length] ?? '';
    parts.push(p);
    words += countWords(p);
  }
  return parts.join('\n\n');
}
