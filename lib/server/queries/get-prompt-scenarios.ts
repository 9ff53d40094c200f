import 'server-only';
import { getContent } from '../content';

/** Each mock prompt's scenario (Markdown) by prompt id. */
export async function getPromptScenarios(): Promise<Record<string, string>> {
  const content = await getContent();
  return Object.fromEntries(content.prompts.map((p) => [p.id, p.scenario]));
}
