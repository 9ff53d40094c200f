import { z } from 'zod';

/** FSRS-6 parameters: 21 finite numbers (ts-fsrs and fsrs-rs agree on the order). */
export const FsrsParametersSchema = z.array(z.number().finite()).length(21);
export type FsrsParameters = z.infer<typeof FsrsParametersSchema>;

/** Stored parameters (JSON) → the numbers, or null for none or anything that isn't 21 finite numbers (then the defaults apply). */
export function parseFsrsParameters(json: string | null): readonly number[] | null {
  if (!json) return null;
  try {
    const parsed = FsrsParametersSchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
