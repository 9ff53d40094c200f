import 'server-only';
/**
 * The client's address: the first hop of X-Forwarded-For (set by Next's server and by load
 * balancers), else X-Real-IP, else null.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined> | undefined): string | null {
  const read = (name: string) => {
    const value = headers?.[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const forwarded = read('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || read('x-real-ip')?.trim() || null;
}
