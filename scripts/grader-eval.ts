/**
 * Grades labelled answers and reports agreement (ADR 010):
 *   npm run -s grader:eval -- <folder-with-labels.json | sentences.json>... [--json] [--verbose]
 * Verdict agreement counts an answer as agreed when the grader's verdict is any of the labelled
 * ones; traps: caught = labelled and flagged, false = flagged but not labelled.
 */
import path from 'node:path';
import { readLabelledAnswers } from '../lib/content/labelled-answers';
import { loadContent } from '../lib/content/load-content';
import { judgeLabelledAnswer } from '../lib/core/rubric/judge-labelled-answer';
import { z } from 'zod';
import { parseCli } from './lib/parse-cli';

// criterion levels at a glance: x miss, m meets, D delights
const LEVEL_MARK = { miss: 'x', meets: 'm', delights: 'D' } as const;

async function main(): Promise<void> {
  const parsed = parseCli(
    process.argv.slice(2),
    { json: { type: 'boolean', default: false }, verbose: { type: 'boolean', default: false } },
    z.object({
      json: z.boolean(),
      verbose: z.boolean(),
      positionals: z.array(z.string()).min(1, 'name at least one labelled folder or file'),
    }),
    { allowPositionals: true },
  );
  if (!parsed.ok) {
    console.error(
      `grader:eval: ${parsed.message} (usage: grader:eval <labelled folder|sentences.json>... [--json] [--verbose])`,
    );
    process.exit(2);
  }
  const { json, verbose, positionals: locations } = parsed.args;
  const loaded = await loadContent(path.resolve('content'));
  if (!loaded.ok) {
    console.error(loaded.errors.join('\n'));
    process.exit(2);
  }
  const content = loaded.content;
  type Row = { prompt: string; agreed: number; judged: number; traps: number; caught: number; falseFlags: number };
  const rows = new Map<string, Row>();
  const details: string[] = [];
  for (const location of locations) {
    for (const a of await readLabelledAnswers(location)) {
      const { result: r, agreed, caught, falseFlags } = judgeLabelledAnswer(content, a);
      const row = rows.get(a.prompt) ?? { prompt: a.prompt, agreed: 0, judged: 0, traps: 0, caught: 0, falseFlags: 0 };
      rows.set(a.prompt, row);
      const flagged = r.traps.map((t) => t.id);
      row.traps += a.traps.length;
      row.caught += caught.length;
      row.falseFlags += falseFlags.length;
      const ok = agreed !== false;
      if (agreed !== null) row.judged++;
      if (agreed === true) row.agreed++;
      if (verbose || !ok || falseFlags.length > 0 || caught.length < a.traps.length) {
        details.push(
          `${ok ? ' ' : 'X'} ${a.id}: got ${r.verdict} ${String(r.score)} want ${a.verdicts.join('/') || '-'}` +
            ` | traps got [${flagged.join(',')}] want [${a.traps.join(',')}] | errors ${String(r.errors.length)}` +
            ` | decision ${r.unassessed?.reason ?? ''} ${r.criteria.map((c) => LEVEL_MARK[c.level]).join('')}`,
        );
        if (verbose) for (const e of r.errors) details.push(`     error: ${e.claim} — "${e.evidence.slice(0, 120)}"`);
      }
    }
  }
  const all = [...rows.values()];
  const sum = (k: keyof Omit<Row, 'prompt'>) => all.reduce((n, r) => n + r[k], 0);
  if (json)
    console.log(
      JSON.stringify({
        prompts: all,
        agreed: sum('agreed'),
        judged: sum('judged'),
        traps: sum('traps'),
        caught: sum('caught'),
        falseFlags: sum('falseFlags'),
      }),
    );
  else {
    console.log(details.join('\n'));
    for (const r of all)
      console.log(
        `${r.prompt}: verdicts ${String(r.agreed)}/${String(r.judged)}, traps caught ${String(r.caught)}/${String(r.traps)}, false flags ${String(r.falseFlags)}`,
      );
    console.log(
      `total: verdicts ${String(sum('agreed'))}/${String(sum('judged'))}, traps caught ${String(sum('caught'))}/${String(sum('traps'))}, false flags ${String(sum('falseFlags'))}`,
    );
  }
}

void main();
