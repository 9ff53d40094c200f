import type { ReactNode } from 'react';

// Every page here reads the session: render per request, never at build time.
export const dynamic = 'force-dynamic';

export default function AdminLayout({ children }: { children: ReactNode }) {
  return children;
}
