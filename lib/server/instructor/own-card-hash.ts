import 'server-only';
import { createHash } from 'node:crypto';

/** Card.contentHash for an instructor's card: a hash of its fields, like the content sync's. */
export function ownCardHash(fields: {
  front: string;
  back: string;
  explanation: string | null;
  tags: string;
  sources: string;
  comparisonId: string | null;
  dimensionId: string | null;
  misconceptionId: string | null;
}): string {
  return createHash('sha256').update(JSON.stringify(fields)).digest('hex');
}
