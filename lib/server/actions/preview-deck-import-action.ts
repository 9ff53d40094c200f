'use server';
import { defineAction } from '../define-action';
import { ImportDeckInputSchema } from '../instructor/instructor-input';
import { planDeckImport } from '../instructor/plan-deck-import';
import { previewFromPlan } from '../instructor/preview-from-plan';

/** Shows what importing a YAML or CSV file would do (or every problem in it), writing nothing. */
export const previewDeckImportAction = defineAction(
  { access: 'instructor', input: ImportDeckInputSchema },
  async (input, user) => {
    const result = await planDeckImport(user, input);
    if (!result.ok) return result;
    return { ok: true, data: previewFromPlan(result.plan) };
  },
);
