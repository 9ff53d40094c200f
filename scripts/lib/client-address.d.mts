export const CLIENT_ADDRESS_HEADER: 'x-delight-client-address';
export function parseTrustedProxies(value: string | undefined): number;
export function resolveClientAddress(
  socketAddress: string | undefined | null,
  forwardedFor: string | string[] | undefined,
  trustedProxies: number,
): string | null;
export function setClientAddress(
  req: { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } },
  trustedProxies: number,
): void;
