import 'server-only';
/** Keys a sign-in attempt is counted under: the account and the client address. */
export function throttleKeys(email: string, ip: string | null): string[] {
  return [`email:${email}`, ...(ip ? [`ip:${ip}`] : [])];
}
