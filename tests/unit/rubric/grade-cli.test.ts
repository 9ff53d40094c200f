/** The `grade` command as a child process (DESIGN.md §2 contract). */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GradeCliShape } from './grade-result-shape';
import { REPO } from './rubric-fixture';

const TSX = path.join(REPO, 'node_modules', '.bin', 'tsx');
const FIXTURE = path.join(REPO, 'tests', 'fixtures', 'answers', 'apigw-vs-alb', 'trap-asserting-01-serverless.md');

function grade(args: string[], input?: string) {
  const r = spawnSync(TSX, [path.join(REPO, 'scripts', 'grade.ts'), ...args], {
    cwd: REPO,
    input,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('grade CLI', { timeout: 60_000 }, () => {
  it('prints the §2 JSON and exits 0', () => {
    const r = grade(['--prompt', 'apigw-vs-alb', '--file', FIXTURE, '--json']);
    expect(r.code).toBe(0);
    const body: unknown = JSON.parse(r.stdout);
    const parsed = GradeCliShape.parse(body);
    expect(Object.keys(body as object).slice(0, 5)).toEqual(['prompt', 'verdict', 'score', 'criteria', 'traps']);
    expect(parsed.prompt).toBe('apigw-vs-alb');
    expect(parsed.traps.map((t) => t.id)).toEqual(['serverless-means-better']);
    expect(parsed.criteria.length).toBeGreaterThanOrEqual(5);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('reads the answer from stdin with --file -', () => {
    const r = grade(
      ['--prompt', 'multi-region-dr', '--file', '-', '--json'],
      'Our RTO is one hour and our RPO is five minutes.',
    );
    expect(r.code).toBe(0);
    const parsed = GradeCliShape.parse(JSON.parse(r.stdout));
    expect(parsed.criteria.find((c) => c.id === 'recovery-objectives')?.level).toBe('meets');
  });

  it('prints a readable report without --json', () => {
    const r = grade(['--prompt', 'apigw-vs-alb', '--file', FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Verdict: MISS/); // a meets-level answer that asserts a trap loses a level
    expect(r.stdout).toMatch(/serverless-means-better/);
  });

  it('exits 2 with a one-line message for an unknown prompt', () => {
    const r = grade(['--prompt', 'no-such-prompt', '--file', FIXTURE, '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown prompt/);
  });

  it('exits 2 with a one-line message for a missing file', () => {
    const r = grade(['--prompt', 'apigw-vs-alb', '--file', path.join(REPO, 'does-not-exist.md'), '--json']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/cannot read/);
  });

  it('exits 2 on bad arguments', () => {
    const r = grade(['--json']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
