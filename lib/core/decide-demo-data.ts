/** The environment variable that forces demo data on a public URL (checked in lib/server/env-schema.ts). */
export const FORCE_DEMO_DATA_VARIABLE = 'DEMO_DATA_ON_PUBLIC_URL';

export type DemoDataDecision = {
  /** Create the demo accounts and list them on the sign-in page. */
  enabled: boolean;
  /** What to say at start: why demo data was refused, or a warning that it was forced; null when there is nothing to say. */
  notice: string | null;
};

const LOOPBACK_HOSTS = new Set(['localhost', '[::1]', '::1']);

/** Whether a URL names this machine (localhost, 127.x.x.x or ::1); an unparseable URL is not local. */
function isLocalUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return LOOPBACK_HOSTS.has(host) || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * The demo accounts have a publicly known password, so they exist only for a local try-out
 * (DESIGN §2): requested demo data is on when the app's public URL is this machine (or unset, which
 * means http://localhost), and refused on any other URL unless DEMO_DATA_ON_PUBLIC_URL forces it.
 */
export function decideDemoData(input: {
  requested: boolean;
  forced: boolean;
  /** The app's public URL (NEXTAUTH_URL); undefined means the localhost default. */
  publicUrl: string | undefined;
}): DemoDataDecision {
  if (!input.requested) return { enabled: false, notice: null };
  if (input.publicUrl === undefined || isLocalUrl(input.publicUrl)) return { enabled: true, notice: null };
  if (input.forced) {
    return {
      enabled: true,
      notice:
        `Warning: demo accounts are ON at ${input.publicUrl} because ${FORCE_DEMO_DATA_VARIABLE}=1. ` +
        'Anyone can sign in to them, the admin included, with the password published in the README.',
    };
  }
  return {
    enabled: false,
    notice:
      `Demo data refused: the app is served at ${input.publicUrl}, not on localhost, and the demo accounts ` +
      '(an admin among them) have a published password. No demo accounts are created or listed. ' +
      `Set DEMO_DATA=0 to say so explicitly, or ${FORCE_DEMO_DATA_VARIABLE}=1 to force them anyway.`,
  };
}
