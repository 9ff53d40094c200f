import 'server-only';
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | undefined;

/**
 * Whether a password (in any letter case) is on zxcvbn-ts's list of the most common passwords
 * (~49,000, from leaked-password corpora; @zxcvbn-ts/language-common, kept up by that project).
 * Built once per process, on first use.
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common.has(password.toLowerCase());
}
