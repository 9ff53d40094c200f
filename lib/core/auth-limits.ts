/**
 * Sign-in and sign-up limits (ADR 025). Every count includes the attempt being decided: the attempt
 * is recorded first and the decision made from the new count, so parallel attempts see each other.
 */
export const SIGN_IN_LIMITS = {
  /** Failures per account + address before a delay starts, counted over the last hour. */
  pairFree: 5,
  pairWindowMs: 60 * 60_000,
  /** The delay after the first failure past the free ones; it doubles with each further failure. */
  pairBaseDelayMs: 30_000,
  pairMaxDelayMs: 15 * 60_000,
  /** Failures from one address (any accounts) over 15 minutes before new sign-ins from it are held. */
  addressMax: 50,
  addressWindowMs: 15 * 60_000,
  /** Failures on one account (any addresses) over a day before sign-ins from unknown addresses are held. */
  accountMax: 20,
  accountWindowMs: 24 * 60 * 60_000,
  /** An address a successful sign-in came from stays known this long. */
  knownAddressMs: 90 * 24 * 60 * 60_000,
} as const;

export const SIGN_UP_LIMITS = {
  windowMs: 60 * 60_000,
  /** Sign-ups per address per hour (each costs a bcrypt hash). */
  addressMax: 10,
  /** Tries per email per hour (each one answers whether the email is taken). */
  emailMax: 5,
} as const;

export type SignInCounts = {
  /** Failures (and attempts in flight) for this account from this address in `pairWindowMs`, this one included. */
  pair: number;
  /** When the previous one of those happened. */
  pairPreviousAt: Date | null;
  /** Failures from this address in `addressWindowMs`, this one included; 0 when the address is unknown. */
  address: number;
  /** Failures on this account in `accountWindowMs`, this one included. */
  account: number;
  /** Whether this account signed in successfully from this address before. */
  knownAddress: boolean;
};

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

/** How long an account + address must wait after its `failures`-th failure in the window. */
export function pairDelayMs(failures: number): number {
  const { pairFree, pairBaseDelayMs, pairMaxDelayMs } = SIGN_IN_LIMITS;
  if (failures <= pairFree) return 0;
  return Math.min(pairMaxDelayMs, pairBaseDelayMs * 2 ** (failures - pairFree - 1));
}

/**
 * Whether to check the password of this sign-in attempt. A growing delay per account + address
 * (the attacker's own pair; a user elsewhere is not slowed); the address and account limits hold
 * back everyone except an account's known-good address.
 */
export function decideSignIn(counts: SignInCounts, now: Date): LimitDecision {
  const delay = pairDelayMs(counts.pair);
  if (delay > 0) {
    const since = counts.pairPreviousAt ? now.getTime() - counts.pairPreviousAt.getTime() : Infinity;
    if (since < delay) return { allowed: false, retryAfterMs: delay - since };
  }
  if (!counts.knownAddress) {
    if (counts.address > SIGN_IN_LIMITS.addressMax)
      return { allowed: false, retryAfterMs: SIGN_IN_LIMITS.addressWindowMs };
    if (counts.account > SIGN_IN_LIMITS.accountMax)
      return { allowed: false, retryAfterMs: SIGN_IN_LIMITS.accountWindowMs };
  }
  return { allowed: true };
}

/** Whether to go on with this sign-up; counts include it. */
export function decideSignUp(counts: { address: number; email: number }): LimitDecision {
  if (counts.address > SIGN_UP_LIMITS.addressMax || counts.email > SIGN_UP_LIMITS.emailMax) {
    return { allowed: false, retryAfterMs: SIGN_UP_LIMITS.windowMs };
  }
  return { allowed: true };
}
