import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import { assembleContent } from './assemble-content';
import { formatContentIssue } from './format-content-issue';
import type { ContentKind, ParsedContent, ParsedFile } from './internal-types';
import { parseContentFile } from './parse-content-file';
import {
  ComparisonSchema,
  DeckSchema,
  KnowledgeBaseSchema,
  MisconceptionsFileSchema,
  PromptSchema,
  QuizFileSchema,
  SourcesFileSchema,
} from '@/lib/core/content/schema';
import type { ContentIssue, LoadResult } from '@/lib/core/content/types';

type FolderResult<T> = { files: ParsedFile<T>[]; issues: ContentIssue[] };

/**
 * Loads, validates and cross-checks everything under `rootDir` (the content/
 * directory): sources/, comparisons/, misconceptions/, decks/, quiz/, prompts/, knowledge/,
 * each holding `*.yaml` files for one schema. Files are read in name order, so
 * the bundle's order is stable. Every problem is collected; messages name files
 * as `content/<folder>/<file>.yaml`. A missing folder is an empty folder.
 */
export async function loadContent(rootDir: string): Promise<LoadResult> {
  const root = path.resolve(rootDir);
  const isDir = await stat(root).then(
    (s) => s.isDirectory(),
    () => false,
  );
  if (!isDir) return failure([{ file: 'content', message: `not a directory: ${root}` }]);

  const load = <S extends z.ZodType>(kind: ContentKind, schema: S) => loadFolder(root, kind, schema);
  const [sources, comparisons, misconceptions, decks, quiz, prompts, knowledge] = await Promise.all([
    load('sources', SourcesFileSchema),
    load('comparisons', ComparisonSchema),
    load('misconceptions', MisconceptionsFileSchema),
    load('decks', DeckSchema),
    load('quiz', QuizFileSchema),
    load('prompts', PromptSchema),
    load('knowledge', KnowledgeBaseSchema),
  ]);
  const folders = { sources, comparisons, misconceptions, decks, quiz, prompts, knowledge };
  const issues: ContentIssue[] = [];
  const incomplete = new Set<ContentKind>();
  for (const [kind, folder] of Object.entries(folders) as [ContentKind, FolderResult<unknown>][]) {
    if (folder.issues.length > 0) incomplete.add(kind);
    issues.push(...folder.issues);
  }
  const parsed: ParsedContent = {
    sources: sources.files,
    comparisons: comparisons.files,
    misconceptions: misconceptions.files,
    decks: decks.files,
    quiz: quiz.files,
    prompts: prompts.files,
    knowledge: knowledge.files,
  };
  const assembled = assembleContent(parsed, incomplete);
  issues.push(...assembled.issues);
  return issues.length > 0 ? failure(issues) : { ok: true, content: assembled.bundle };
}

function failure(issues: ContentIssue[]): LoadResult {
  return { ok: false, errors: issues.map((i) => formatContentIssue(i)), issues };
}

async function loadFolder<S extends z.ZodType>(
  root: string,
  kind: ContentKind,
  schema: S,
): Promise<FolderResult<z.output<S>>> {
  const dir = path.join(root, kind);
  const result: FolderResult<z.output<S>> = { files: [], issues: [] };
  let names: string[];
  try {
    const entries = await readdir(dir, { withFileTypes: true });
    names = entries
      .filter((e) => e.isFile() && !e.name.startsWith('.'))
      .map((e) => e.name)
      .sort();
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return result;
    result.issues.push({ file: `content/${kind}`, message: `cannot read folder (${errorCode(error) ?? String(error)})` });
    return result;
  }

  const texts = await Promise.all(
    names
      .filter((name) => name.endsWith('.yaml') || name.endsWith('.yml'))
      .map(async (name) => {
        const file = `content/${kind}/${name}`;
        if (name.endsWith('.yml')) return { file, error: 'content files must end in .yaml' };
        try {
          return { file, text: await readFile(path.join(dir, name), 'utf8') };
        } catch (error) {
          return { file, error: `cannot read file (${errorCode(error) ?? String(error)})` };
        }
      }),
  );
  for (const entry of texts) {
    if (entry.text === undefined) {
      result.issues.push({ file: entry.file, message: entry.error });
      continue;
    }
    const parsed = parseContentFile(entry.file, entry.text, schema);
    if (parsed.ok) result.files.push(parsed.parsed);
    else result.issues.push(...parsed.issues);
  }
  return result;
}

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}
