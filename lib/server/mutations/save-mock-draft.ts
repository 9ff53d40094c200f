import 'server-only';
import { acceptsMockWrites } from '@/lib/core/mock/accepts-mock-writes';
import { countWords } from '@/lib/core/mock/count-words';
import { MAX_ANSWER_WORDS } from '@/lib/core/mock/limits';
import type { SaveDraftInput } from '@/lib/core/mock/schema';
import { toMockTiming } from '../mock-attempt-row';
import { readMockDraftState, storeMockDraftIfNewer } from '../store-mock-draft';

export type SavedDraft = {
  attemptId: string;
  /** False when the server already held this version or a later one (a retry, or another tab). */
  accepted: boolean;
  /** The version now stored: the client numbers its next save after it. */
  version: number;
  savedAt: string | null;
  serverNow: string;
};

export type MockWriteError = { ok: false; code: 'not_found' | 'submitted' | 'time_up' | 'too_long'; message: string };

export const TOO_LONG_MESSAGE = `Your answer is over ${MAX_ANSWER_WORDS.toLocaleString('en')} words. Shorten it to keep saving.`;

/**
 * Autosave: stores the draft when `version` is newer than the stored one (last write wins by
 * version, so retries and late arrivals are harmless), in one conditional UPDATE. Only the
 * owner's open attempt, and in interview mode only until the time limit plus grace.
 */
export async function saveMockDraft(
  userId: string,
  attemptId: string,
  input: SaveDraftInput,
  now: Date,
): Promise<{ ok: true; data: SavedDraft } | MockWriteError> {
  const attempt = await readMockDraftState(userId, attemptId);
  if (!attempt) return { ok: false, code: 'not_found', message: 'No such attempt.' };
  if (attempt.submittedAt) return { ok: false, code: 'submitted', message: 'This answer was already submitted.' };
  if (!acceptsMockWrites(toMockTiming(attempt), now)) {
    return { ok: false, code: 'time_up', message: 'Time is up: the answer saved before the end is the one graded.' };
  }
  if (countWords(input.draft) > MAX_ANSWER_WORDS) return { ok: false, code: 'too_long', message: TOO_LONG_MESSAGE };

  const accepted = await storeMockDraftIfNewer({ userId, attemptId, draft: input.draft, version: input.version, now });
  const stored = accepted ? { version: input.version, savedAt: now } : await readMockDraftState(userId, attemptId);
  if (!stored) return { ok: false, code: 'not_found', message: 'No such attempt.' };
  return {
    ok: true,
    data: {
      attemptId,
      accepted,
      version: stored.version,
      savedAt: stored.savedAt?.toISOString() ?? null,
      serverNow: now.toISOString(),
    },
  };
}
