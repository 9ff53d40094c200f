import 'server-only';
import { z } from 'zod';
import type { CardFields } from '@/lib/core/deck-io/types';

const SourcesSchema = z.array(z.object({ id: z.string(), title: z.string(), url: z.string() }));

export type CardSource = z.infer<typeof SourcesSchema>[number];

/** Card columns as stored -> what the UI shows. */
export function parseCardSources(json: string): CardSource[] {
  const parsed = SourcesSchema.safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}

/** The card columns that hold its text and links. */
export const CARD_FIELD_COLUMNS = {
  front: true,
  back: true,
  explanation: true,
  tags: true,
  sources: true,
  comparisonId: true,
  dimensionId: true,
  misconceptionId: true,
} as const;

type CardFieldRow = {
  front: string;
  back: string;
  explanation: string | null;
  tags: string;
  sources: string;
  comparisonId: string | null;
  dimensionId: string | null;
  misconceptionId: string | null;
};

/** A stored card's text and links, as in deck files and the deck builder. */
export function toCardFields(row: CardFieldRow): CardFields {
  return {
    front: row.front,
    back: row.back,
    explanation: row.explanation,
    tags: parseCardTags(row.tags),
    comparison: row.comparisonId,
    dimension: row.dimensionId,
    misconception: row.misconceptionId,
    sources: parseCardSources(row.sources).map((s) => s.id),
  };
}

export function parseCardTags(json: string): string[] {
  const parsed = z.array(z.string()).safeParse(JSON.parse(json));
  return parsed.success ? parsed.data : [];
}
