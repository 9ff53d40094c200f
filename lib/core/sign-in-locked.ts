/** The error code next-auth hands the sign-in form when the account or address is locked out. */
export const SIGN_IN_LOCKED = 'locked';
