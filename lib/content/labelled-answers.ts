/**
 * Labelled mock answers (the shape of shared/grader-dev/labels.json): a folder of `<id>.txt`
 * answers and a labels.json, or a sentences.json of single trap/non-trap sentences. Used by the
 * calibration tests and `npm run -s grader:eval`, and by the export of instructor overrides.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { LabelledExportSchema, LabelsFileSchema, type LabelledAnswer } from '@/lib/core/content/labels-schema';

export type { LabelledAnswer } from '@/lib/core/content/labels-schema';

export const SentencesFileSchema = z.strictObject({
  prompt: z.string(),
  sentences: z.array(z.strictObject({ id: z.string(), text: z.string(), traps: z.array(z.string()), kind: z.string() })),
});


/** Reads a labelled folder (labels.json + <id>.txt) or a sentences.json; verdicts of sentences are unknown ([]). */
export async function readLabelledAnswers(location: string): Promise<LabelledAnswer[]> {
  if (location.endsWith('.json') && path.basename(location) !== 'labels.json') {
    const json: unknown = JSON.parse(await readFile(location, 'utf8'));
    // an export from the app (instructor reviews, disagreements) carries the texts itself
    if (typeof json === 'object' && json !== null && 'texts' in json) {
      const exported = LabelledExportSchema.parse(json);
      return Object.entries(exported.answers).map(([id, l]) => ({
        id,
        prompt: l.prompt ?? exported.prompt,
        answer: exported.texts[id] ?? '',
        verdicts: l.verdict,
        traps: l.traps,
        note: l.note ?? '',
      }));
    }
    const file = SentencesFileSchema.parse(json);
    return file.sentences.map((s) => ({ id: s.id, prompt: file.prompt, answer: s.text, verdicts: [], traps: s.traps, note: s.kind }));
  }
  const dir = location.endsWith('labels.json') ? path.dirname(location) : location;
  const labels = LabelsFileSchema.parse(JSON.parse(await readFile(path.join(dir, 'labels.json'), 'utf8')));
  return Promise.all(
    Object.entries(labels.answers).map(async ([id, l]) => ({
      id,
      prompt: l.prompt ?? labels.prompt,
      answer: await readFile(path.join(dir, `${id}.txt`), 'utf8'),
      verdicts: l.verdict,
      traps: l.traps,
      note: l.note ?? '',
    })),
  );
}
