import { StoredFeedbackSchema, type StoredFeedback } from './schema';

/** The feedback JSON of a submitted attempt, validated; corrupt JSON is a bug and throws. */
export function parseStoredFeedback(json: string): StoredFeedback {
  return StoredFeedbackSchema.parse(JSON.parse(json));
}
