'use server';
import { defineAction } from '../define-action';
import { ImportDeckInputSchema } from '../instructor/instructor-input';
import { planDeckImport } from '../instructor/plan-deck-import';
import { applyDeckImport } from '../mutations/apply-deck-import';

/**
 * Imports a YAML (content format) or CSV file into a deck, or as a new draft deck. The file is
 * checked in full first: if anything is wrong, nothing is written and every problem is returned.
 * Cards are matched by id, so importing an updated export updates cards instead of duplicating them.
 */
export const importDeckAction = defineAction({ access: 'instructor', input: ImportDeckInputSchema }, async (input, user) => {
  const result = await planDeckImport(user, input);
  if (!result.ok) return result;
  return { ok: true, data: await applyDeckImport(result.plan, new Date()) };
});
