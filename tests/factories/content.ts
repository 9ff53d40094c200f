import path from 'node:path';
import { loadContent } from '@/lib/content/load-content';
import type { ContentBundle } from '@/lib/core/content/types';
import { syncContent } from '@/lib/server/mutations/sync-content';

/** The real content/ bundle, validated. */
export async function realContent(): Promise<ContentBundle> {
  const loaded = await loadContent(path.resolve('content'));
  if (!loaded.ok) throw new Error(loaded.errors.join('\n'));
  return loaded.content;
}

/** Syncs the real content into the test database. */
export async function seedContent(now = new Date('2026-11-01T12:00:00Z')): Promise<ContentBundle> {
  const bundle = await realContent();
  await syncContent(bundle, now);
  return bundle;
}
