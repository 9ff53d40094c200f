'use server';
import { fail } from '../action-result';
import type { ImportActionResult } from '../instructor/import-result';
import { ImportDeckInputSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { planDeckImport } from '../instructor/plan-deck-import';
import { applyDeckImport, type ImportReport } from '../mutations/apply-deck-import';
import { authorizeInstructor } from '../permissions/authorize-instructor';

/**
 * Imports a YAML (content format) or CSV file into a deck, or as a new draft deck. The file is
 * checked in full first: if anything is wrong, nothing is written and every problem is returned.
 * Cards are matched by id, so importing an updated export updates cards instead of duplicating them.
 */
export async function importDeckAction(input: unknown): Promise<ImportActionResult<ImportReport>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = ImportDeckInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await planDeckImport(auth.data, parsed.data);
  if (!result.ok) return result.code === 'not_found' ? fail('not_found', result.message) : result;
  return { ok: true, data: await applyDeckImport(result.plan, new Date()) };
}
