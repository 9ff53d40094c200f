import 'server-only';
import { MOCK_LENGTH_MINUTES, SHORT_TEST_SECONDS } from '@/lib/core/mock/limits';
import { env } from '../env';

export type MockLength = { seconds: number; label: string };

/** The lengths a mock interview can have: 15, 30, 45 minutes, plus 20 seconds when TEST_SHORT_TIMERS is on. */
export function getMockLengths(): MockLength[] {
  const lengths: MockLength[] = MOCK_LENGTH_MINUTES.map((m) => ({ seconds: m * 60, label: `${m} minutes` }));
  if (env().TEST_SHORT_TIMERS) lengths.push({ seconds: SHORT_TEST_SECONDS, label: `${SHORT_TEST_SECONDS} seconds (test only)` });
  return lengths;
}
