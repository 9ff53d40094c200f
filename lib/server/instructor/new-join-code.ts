import 'server-only';
import { randomBytes } from 'node:crypto';
import { generateJoinCode } from '@/lib/core/classes/generate-join-code';

/** A join code from the operating system's CSPRNG (lib/core/classes/join-code.ts: 49 bits). */
export function newJoinCode(): string {
  let pool = randomBytes(32);
  let i = 0;
  return generateJoinCode(() => {
    if (i >= pool.length) {
      pool = randomBytes(32);
      i = 0;
    }
    return pool[i++]!;
  });
}
