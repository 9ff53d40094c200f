import type { ReactNode } from 'react';

// Pages a signed-out visitor may read (ADR 024): library content only, no one's progress, no writes.
// They read the session (for the navigation and the sign-up links): render per request.
export const dynamic = 'force-dynamic';

export default function PublicLayout({ children }: { children: ReactNode }) {
  return children;
}
