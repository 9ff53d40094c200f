import type { DefaultSession } from 'next-auth';
import type { Role } from '@/lib/generated/prisma/enums';

declare module 'next-auth' {
  interface Session {
    user: DefaultSession['user'] & { id: string; role: Role };
  }
  interface User {
    role: Role;
    sessionVersion: number;
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    role?: Role;
    /** The user's sessionVersion when this session began (ADR 025); absent on tokens from before it (= 0). */
    sv?: number;
  }
}
