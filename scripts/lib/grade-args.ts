/** The arguments of `npm run grade` (DESIGN.md §2): `--prompt <id> --file <path|-> [--json] [--content <dir>]`. */
import { z } from 'zod';
import { parseCli, type CliResult } from './parse-cli';

export const GRADE_USAGE = 'usage: grade --prompt <id> --file <path|-> [--json] [--content <dir>]';

const GradeArgsSchema = z.discriminatedUnion('help', [
  z.object({ help: z.literal(true) }),
  z.object({
    help: z.literal(false),
    prompt: z.string({ error: '--prompt is required' }).min(1, '--prompt needs a value'),
    // `-` reads the answer from stdin.
    file: z.string({ error: '--file is required' }).min(1, '--file needs a value'),
    json: z.boolean(),
    content: z.string().min(1, '--content needs a value').optional(),
  }),
]);
export type GradeArgs = z.infer<typeof GradeArgsSchema>;

export function parseGradeArgs(argv: readonly string[]): CliResult<GradeArgs> {
  return parseCli(
    argv,
    {
      prompt: { type: 'string' },
      file: { type: 'string' },
      json: { type: 'boolean', default: false },
      content: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    GradeArgsSchema,
  );
}
