import 'server-only';
import type { Role } from '@/lib/generated/prisma/enums';

/** Demo accounts created when DEMO_DATA is on; the sign-in page lists them then. */
export const DEMO_PASSWORD = 'delight-demo';
export const DEMO_ACCOUNTS: ReadonlyArray<{ email: string; name: string; role: Role }> = [
  { email: 'learner@example.com', name: 'Demo Learner', role: 'LEARNER' },
  { email: 'instructor@example.com', name: 'Demo Instructor', role: 'INSTRUCTOR' },
  { email: 'admin@example.com', name: 'Demo Admin', role: 'ADMIN' },
];
