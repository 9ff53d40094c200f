'use server';
import type { ImportActionResult, ImportPreview } from '../instructor/import-result';
import { ImportDeckInputSchema } from '../instructor/instructor-input';
import { invalidInput } from '../instructor/invalid-input';
import { planDeckImport } from '../instructor/plan-deck-import';
import { previewFromPlan } from '../instructor/preview-from-plan';
import { authorizeInstructor } from '../permissions/authorize-instructor';
import { fail } from '../action-result';

/** Shows what importing a YAML or CSV file would do (or every problem in it), writing nothing. */
export async function previewDeckImportAction(input: unknown): Promise<ImportActionResult<ImportPreview>> {
  const auth = await authorizeInstructor();
  if (!auth.ok) return auth;
  const parsed = ImportDeckInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  const result = await planDeckImport(auth.data, parsed.data);
  if (!result.ok) return result.code === 'not_found' ? fail('not_found', result.message) : result;
  return { ok: true, data: previewFromPlan(result.plan) };
}
