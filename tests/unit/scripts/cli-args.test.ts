/** The scripts' argument parsers (scripts/lib/*-args.ts): documented forms parse, bad ones are one-line messages. */
import { describe, expect, it } from 'vitest';
import { parseBenchArgs } from '@/scripts/lib/bench-args';
import { parseContentCheckArgs } from '@/scripts/lib/content-check-args';
import { parseGradeArgs } from '@/scripts/lib/grade-args';
import { parseLoadtestArgs } from '@/scripts/lib/loadtest-args';

function message(result: { ok: true } | { ok: false; message: string }): string {
  if (result.ok) throw new Error('expected a usage error');
  expect(result.message).not.toContain('\n');
  return result.message;
}

describe('grade arguments (DESIGN.md §2)', () => {
  it.each([
    [['--prompt', 'apigw-vs-alb', '--file', 'a.md', '--json'], { prompt: 'apigw-vs-alb', file: 'a.md', json: true }],
    [['--prompt=apigw-vs-alb', '--file=a.md'], { prompt: 'apigw-vs-alb', file: 'a.md', json: false }],
    [['--json', '--file', '-', '--prompt', 'p'], { prompt: 'p', file: '-', json: true }],
    [['--prompt', 'p', '--file', 'a.md', '--content', 'other'], { prompt: 'p', file: 'a.md', content: 'other' }],
  ])('%j parses', (argv, expected) => {
    const result = parseGradeArgs(argv);
    expect(result).toEqual({ ok: true, args: expect.objectContaining({ help: false, ...expected }) });
  });

  it.each([['--help'], ['-h'], ['--prompt', 'p', '-h']])(
    '%s asks for help, even without the required flags',
    (...argv) => {
      expect(parseGradeArgs(argv)).toEqual({ ok: true, args: { help: true } });
    },
  );

  it.each([
    [['--json'], /--prompt is required/],
    [['--prompt', 'p'], /--file is required/],
    [['--prompt', 'p', '--file'], /--file/],
    [['--prompt', '--json', '--file', 'a.md'], /--prompt/],
    [['--prompt=', '--file', 'a.md'], /--prompt needs a value/],
    [['--prompt', 'p', '--file', 'a.md', '--jsn'], /--jsn/],
    [['--prompt', 'p', '--file', 'a.md', 'extra'], /extra/],
  ])('%j is a one-line usage error', (argv, expected) => {
    expect(message(parseGradeArgs(argv))).toMatch(expected);
  });
});

describe('content:check arguments (DESIGN.md §2)', () => {
  it.each([
    [[], { json: false, help: false }],
    [['--json'], { json: true, help: false }],
    [['--dir', 'x', '--json'], { json: true, dir: 'x', help: false }],
    [['-h'], { json: false, help: true }],
  ])('%j parses', (argv, expected) => {
    expect(parseContentCheckArgs(argv)).toEqual({ ok: true, args: expected });
  });

  it.each([
    [['--jsn'], /unknown option '--jsn'/i],
    [['--dir'], /--dir/],
    [['--dir', '--json'], /--dir/],
    [['--dir='], /--dir needs a path/],
  ])('%j is a one-line usage error', (argv, expected) => {
    expect(message(parseContentCheckArgs(argv))).toMatch(expected);
  });
});

describe('bench arguments (DESIGN.md §2)', () => {
  it.each([
    [[], { json: false, postgres: false }],
    [['--json'], { json: true, postgres: false }],
    [['--only', 'grade'], { json: false, postgres: false, only: 'grade' }],
    // The README's `npm run bench -- --json -- --only NAME` reaches the script with the second `--`.
    [['--json', '--', '--only', 'dueQueue'], { json: true, postgres: false, only: 'dueQueue' }],
    [['--postgres', '--only', 'reviewSubmitPostgres'], { json: false, postgres: true, only: 'reviewSubmitPostgres' }],
  ])('%j parses', (argv, expected) => {
    expect(parseBenchArgs(argv)).toEqual({ ok: true, args: expected });
  });

  it('names the sections when --only is not one', () => {
    expect(message(parseBenchArgs(['--only', 'speed']))).toBe(
      '--only takes one of: reviewSubmit, reviewSubmitPostgres, dueQueue, commitStalls, grade, firstLoadJs, lighthouse, fsrsOptimize',
    );
  });
});

describe('loadtest arguments', () => {
  it('has the documented defaults', () => {
    expect(parseLoadtestArgs([])).toEqual({
      ok: true,
      args: { learners: 200, seconds: 60, ramp: false, 'signed-in': false, port: 3377, postgres: false, servers: 1 },
    });
  });

  it('reads numbers and switches', () => {
    expect(parseLoadtestArgs(['--learners', '800', '--seconds', '40', '--signed-in', '--ramp'])).toEqual({
      ok: true,
      args: { learners: 800, seconds: 40, ramp: true, 'signed-in': true, port: 3377, postgres: false, servers: 1 },
    });
  });

  it('reads --cpu-prof (a folder for the servers\' CPU profiles)', () => {
    expect(parseLoadtestArgs(['--cpu-prof', 'var/profiles'])).toMatchObject({ ok: true, args: { 'cpu-prof': 'var/profiles' } });
    expect(message(parseLoadtestArgs(['--cpu-prof', '']))).toBe('--cpu-prof takes a folder');
  });

  it('reads --postgres and --servers (two app servers on one database, ADR 029)', () => {
    expect(parseLoadtestArgs(['--postgres', '--servers', '2'])).toMatchObject({
      ok: true,
      args: { postgres: true, servers: 2 },
    });
  });

  it.each([
    [['--learners', 'many'], '--learners takes a whole number'],
    [['--seconds', '1.5'], '--seconds takes a whole number'],
    [['--learners', '0'], '--learners must be above 0'],
    [['--port', '70000'], '--port must be at most 65535'],
    [['--compare-workers', '1'], '--compare-workers takes a list of worker counts, e.g. 1,2'],
    [['--compare-workers', '1,two'], '--compare-workers takes a list of worker counts, e.g. 1,2'],
    [['--overload', '1'], '--overload must be at least 1.1 (times the capacity)'],
    [['--workers', '0'], '--workers must be above 0'],
    [['--servers', '3'], '--servers takes 1 or 2'],
  ])('%j is refused', (argv, expected) => {
    expect(message(parseLoadtestArgs(argv))).toBe(expected);
  });

  it('reads the worker and overload flags (ADR 028)', () => {
    const parsed = parseLoadtestArgs(['--compare-workers', '1,2', '--overload', '2', '--capacity', '700', '--workers', '2']);
    expect(parsed).toMatchObject({ ok: true, args: { 'compare-workers': [1, 2], overload: 2, capacity: 700, workers: 2 } });
  });
});
