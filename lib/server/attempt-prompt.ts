import 'server-only';
import { PromptSchema, type Prompt } from '@/lib/core/content/schema';
import type { ContentBundle } from '@/lib/core/content/types';

/** The columns a mock attempt keeps of its prompt. */
export const ATTEMPT_PROMPT_COLUMNS = { promptId: true, promptSnapshot: true } as const;

/** The prompt as an attempt stores it when it starts (ADR 016): the rubric it will be graded by. */
export function snapshotPrompt(prompt: Prompt): string {
  return JSON.stringify(prompt);
}

/**
 * The prompt an attempt was started with, so a prompt edited or removed from content/ later
 * neither changes nor loses it; attempts older than snapshots fall back to the current content.
 */
export function promptOfAttempt(
  row: { promptId: string; promptSnapshot: string | null },
  content: ContentBundle,
): Prompt | null {
  if (row.promptSnapshot) {
    const parsed = PromptSchema.safeParse(parseJson(row.promptSnapshot));
    if (parsed.success) return parsed.data;
  }
  return content.prompts.find((p) => p.id === row.promptId) ?? null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
