import { LineCounter, isNode, parseDocument } from 'yaml';
import type { z } from 'zod';
import { describeZodIssue } from '@/lib/core/content/describe-zod-issue';
import { formatFieldPath } from '@/lib/core/content/format-field-path';
import type { ParsedFile, Position } from './internal-types';
import type { ContentIssue } from '@/lib/core/content/types';

export type ParseContentFileResult<T> = { ok: true; parsed: ParsedFile<T> } | { ok: false; issues: ContentIssue[] };

/**
 * Parses one YAML file and validates it with `schema`. Reports every YAML
 * syntax error (`file:line:col: message`), or else every schema problem
 * (`file: field: message`, with the line of the offending node).
 */
export function parseContentFile<S extends z.ZodType>(
  file: string,
  text: string,
  schema: S,
): ParseContentFileResult<z.output<S>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      issues: doc.errors.map((e) => {
        const { line, col } = lineCounter.linePos(e.pos[0]);
        return { file, line, col, message: firstLine(e.message) };
      }),
    };
  }
  if (doc.contents === null) return { ok: false, issues: [{ file, message: 'file is empty' }] };

  const locate = (path: readonly PropertyKey[]): Position | undefined => {
    for (let i = path.length; i >= 0; i--) {
      const keys = path.slice(0, i).map((k) => (typeof k === 'symbol' ? String(k) : k));
      const node: unknown = doc.getIn(keys, true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]);
    }
    return undefined;
  };

  const result = schema.safeParse(doc.toJS(), { reportInput: true });
  if (!result.success) {
    return {
      ok: false,
      issues: result.error.issues.flatMap(describeZodIssue).map(({ path, message }) => ({
        file,
        field: formatFieldPath(path),
        ...locate(path),
        message,
      })),
    };
  }
  const name = (file.split('/').pop() ?? file).replace(/\.yaml$/, '');
  return { ok: true, parsed: { file, name, data: result.data, locate } };
}

function firstLine(message: string): string {
  return message.split('\n')[0]?.trim() ?? message;
}
