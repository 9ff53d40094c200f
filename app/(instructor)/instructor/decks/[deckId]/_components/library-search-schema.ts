import { z } from 'zod';

const param = z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.string().max(200).catch('')).default('');

/** The deck builder's query string: which "add cards" tab is open, and the library search's words and filters. */
export const DeckBuilderSearchSchema = z.object({
  tab: z
    .preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(['library', 'write', 'import']).catch('library'))
    .default('library'),
  q: param,
  deck: param,
  dimension: param,
  tag: param,
  misconception: param,
});
export type DeckBuilderSearch = z.infer<typeof DeckBuilderSearchSchema>;
