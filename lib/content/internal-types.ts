/** Types shared by the loader's stages; not part of the public API. */
import type { z } from 'zod';
import type {
  ComparisonSchema,
  DeckSchema,
  KnowledgeBaseSchema,
  MisconceptionsFileSchema,
  PromptSchema,
  QuizFileSchema,
  SourcesFileSchema,
} from '@/lib/core/content/schema';

export type Position = { line: number; col: number };

/** A YAML file that passed its schema. */
export type ParsedFile<T> = {
  /** Repo-relative, e.g. `content/decks/x.yaml`. */
  file: string;
  /** File name without `.yaml`, e.g. `x`. */
  name: string;
  data: T;
  /** Position of the YAML node at `path`, or of its nearest existing ancestor. */
  locate: (path: readonly PropertyKey[]) => Position | undefined;
};

export type ParsedContent = {
  sources: ParsedFile<z.infer<typeof SourcesFileSchema>>[];
  comparisons: ParsedFile<z.infer<typeof ComparisonSchema>>[];
  misconceptions: ParsedFile<z.infer<typeof MisconceptionsFileSchema>>[];
  decks: ParsedFile<z.infer<typeof DeckSchema>>[];
  quiz: ParsedFile<z.infer<typeof QuizFileSchema>>[];
  prompts: ParsedFile<z.infer<typeof PromptSchema>>[];
  knowledge: ParsedFile<z.infer<typeof KnowledgeBaseSchema>>[];
};

/** A content folder under content/. */
export type ContentKind = keyof ParsedContent;
