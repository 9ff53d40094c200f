import 'server-only';
import path from 'node:path';
import { loadContent } from '@/lib/content/load-content';
import type { ContentBundle } from '@/lib/core/content/types';

let cached: Promise<ContentBundle> | undefined;

/** The validated content of this deployment, loaded once per process. Invalid content is a deploy error: it throws. */
export function getContent(): Promise<ContentBundle> {
  cached ??= loadContent(path.join(process.cwd(), 'content')).then((result) => {
    if (!result.ok) throw new Error(`content/ is invalid:\n${result.errors.join('\n')}`);
    return result.content;
  });
  return cached;
}
