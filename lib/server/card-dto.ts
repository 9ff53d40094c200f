import 'server-only';
import { z } from 'zod';

const SourcesSchema = z.array(z.object({ id: z.string(), title: z.string(), url: z.string() }));

export type CardSource = z.infer<typeof SourcesSchema>[number];

/** Card columns as stored -> what the UI shows. */
export function parseCardSources(json: string): CardSource[] {
  const parsed = SourcesSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

export function parseCardTags(json: string): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}
