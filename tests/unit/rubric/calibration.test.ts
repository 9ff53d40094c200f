/**
 * Calibration: grades every labelled answer in tests/fixtures/answers/<prompt>/ and
 * compares with the label a senior interviewer would give (labels.yaml, decided before
 * the grader ran on the answer). Prints the agreement table; requires at least 90% verdict
 * agreement per prompt and no trap flagged that the label doesn't list.
 */
import { findKnowledge } from '@/lib/core/content/find-knowledge';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { afterAll, describe, expect, it } from 'vitest';
import { gradeAnswer } from '@/lib/core/rubric/grade-answer';
import { LevelSchema } from '@/lib/core/content/schema';
import { REPO, realContent } from './rubric-fixture';

const FIXTURES = path.join(REPO, 'tests', 'fixtures', 'answers');
const MIN_AGREEMENT = 0.9;
const MIN_ANSWERS = 20;

const LabelsSchema = z.strictObject({
  answers: z.array(
    z.strictObject({
      file: z.string().regex(/\.md$/),
      // one verdict, or the acceptable ones when an answer is borderline (as in the independent sets' labels.json)
      verdict: z.union([LevelSchema.transform((v) => [v]), z.array(LevelSchema).min(1)]),
      traps: z.array(z.string()),
    }),
  ),
});

type Row = {
  prompt: string;
  file: string;
  label: string;
  verdict: string;
  score: number;
  levels: string;
  traps: string[];
  falsePositives: string[];
  missed: string[];
};
const rows: Row[] = [];

const promptDirs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

afterAll(() => {
  const lines = ['', 'Calibration (label vs grader):'];
  for (const prompt of promptDirs) {
    const mine = rows.filter((r) => r.prompt === prompt);
    if (mine.length === 0) continue;
    const agree = mine.filter((r) => r.label.split('/').includes(r.verdict)).length;
    lines.push(
      `  ${prompt}: ${agree}/${mine.length} verdicts agree (${((100 * agree) / mine.length).toFixed(1)}%), trap false positives: ${mine.reduce((n, r) => n + r.falsePositives.length, 0)}, traps missed: ${mine.reduce((n, r) => n + r.missed.length, 0)}`,
    );
    for (const r of mine) {
      const flag = r.label.split('/').includes(r.verdict) ? '  ' : 'XX';
      lines.push(
        `    ${flag} ${r.file.padEnd(44)} label ${r.label.padEnd(8)} grader ${r.verdict.padEnd(8)} ${String(r.score).padStart(3)} [${r.levels}] ${r.traps.join(',')}`,
      );
    }
  }
  lines.push('  levels: . miss, m meets, D delights (criteria in prompt order)');
  process.stdout.write(`${lines.join('\n')}\n`);
});

describe('calibration against labelled answers', () => {
  it('has fixtures for every prompt', async () => {
    const content = await realContent();
    expect(promptDirs).toEqual(content.prompts.map((p) => p.id).sort());
  });

  describe.each(promptDirs)('%s', (promptId) => {
    const dir = path.join(FIXTURES, promptId);
    const labels = LabelsSchema.parse(parse(readFileSync(path.join(dir, 'labels.yaml'), 'utf8'))).answers;

    it(`labels at least ${MIN_ANSWERS} answers, each file exactly once`, () => {
      expect(labels.length).toBeGreaterThanOrEqual(MIN_ANSWERS);
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.md'))
        .sort();
      expect(labels.map((l) => l.file).sort()).toEqual(files);
    });

    it(`agrees with at least ${MIN_AGREEMENT * 100}% of verdicts and flags no unlabelled trap`, async () => {
      const content = await realContent();
      const prompt = content.prompts.find((p) => p.id === promptId);
      if (prompt === undefined) throw new Error(`no prompt ${promptId}`);
      const known = new Set(content.misconceptions.map((m) => m.id));
      let agree = 0;
      const falsePositives: string[] = [];
      for (const label of labels) {
        for (const t of label.traps) expect(known.has(t), `${label.file}: unknown misconception ${t}`).toBe(true);
        const answer = readFileSync(path.join(dir, label.file), 'utf8');
        const r = gradeAnswer({
          prompt,
          answer,
          misconceptions: content.misconceptions,
          knowledge: findKnowledge(content, prompt),
        });
        const flagged = r.traps.map((t) => t.id);
        const fp = flagged.filter((id) => !label.traps.includes(id));
        falsePositives.push(...fp.map((id) => `${label.file}: ${id}`));
        if (label.verdict.includes(r.verdict)) agree++;
        rows.push({
          prompt: promptId,
          file: label.file,
          label: label.verdict.join('/'),
          verdict: r.verdict,
          score: r.score,
          levels: r.criteria.map((c) => (c.level === 'miss' ? '.' : c.level === 'meets' ? 'm' : 'D')).join(''),
          traps: flagged,
          falsePositives: fp,
          missed: label.traps.filter((id) => !flagged.includes(id)),
        });
      }
      expect(falsePositives).toEqual([]);
      expect(agree / labels.length).toBeGreaterThanOrEqual(MIN_AGREEMENT);
    });
  });
});
