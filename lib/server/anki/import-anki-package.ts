import 'server-only';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fail, type ActionResult } from '@/lib/core/errors/error-code';
import type { SessionUser } from '../auth';
import { isUniqueViolation } from '../is-unique-violation';
import { applyDeckImport, type ImportReport } from '../mutations/apply-deck-import';
import { findEditableDeck, type EditableDeckKind } from '../permissions/find-editable-deck';
import { planAnkiImport, type AnkiImportPreview, type AnkiImportSummary } from './import-plan-anki';
import { receiveAnkiUpload } from './import-receive-upload';

export type AnkiImportRequest = { deckId: string; kind: EditableDeckKind; step: 'preview' | 'commit' };

export type AnkiImportAnswer =
  { step: 'preview'; preview: AnkiImportPreview } | { step: 'commit'; report: ImportReport; anki: AnkiImportSummary };

/**
 * The Anki import, both steps (ADR 030): the upload streams to a private temporary folder, is
 * unpacked and read there, and the folder is removed whatever happens. `preview` writes nothing;
 * `commit` plans the same file again and writes the plan in one transaction (`applyDeckImport`).
 * Committing twice, or two commits racing, creates the cards once: their ids come from the notes.
 */
export async function importAnkiPackage(
  actor: SessionUser,
  request: Request,
  input: AnkiImportRequest,
  now: Date,
): Promise<ActionResult<AnkiImportAnswer>> {
  // Whose deck first: nobody uploads 100 MB towards a deck they may not write to.
  if (!(await findEditableDeck(actor, input.deckId, input.kind))) return fail('not_found', 'No such deck.');
  const dir = await mkdtemp(join(tmpdir(), 'delight-anki-'));
  try {
    const zipPath = join(dir, 'upload.apkg');
    const received = await receiveAnkiUpload(request, zipPath);
    if (!received.ok) return received;
    const target = { deckId: input.deckId, kind: input.kind };
    const planned = await planAnkiImport(actor, target, zipPath, dir);
    if (!planned.ok) return planned;
    if (input.step === 'preview') return { ok: true, data: { step: 'preview', preview: planned.preview } };
    try {
      const report = await applyDeckImport(planned.plan, now);
      return { ok: true, data: { step: 'commit', report, anki: planned.preview.anki } };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another commit of the same package won the race: what it wrote is now "already imported".
      const again = await planAnkiImport(actor, target, zipPath, dir);
      if (!again.ok) return again;
      const report = await applyDeckImport(again.plan, now);
      return { ok: true, data: { step: 'commit', report, anki: again.preview.anki } };
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
