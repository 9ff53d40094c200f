'use server';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { env } from '../env';
import { issuePasswordReset } from '../mutations/issue-password-reset';

/** Admins only: a one-time link (valid a day) for a user who forgot their password; shown once. */
export const issuePasswordResetAction = defineAction(
  { access: 'admin', input: z.object({ userId: z.string().min(1).max(100) }) },
  async ({ userId }, admin) => {
    const issued = await issuePasswordReset(admin, userId, new Date());
    if (!issued.ok) return issued;
    // Built from the configured public URL, never from the request's Host.
    const base = env().NEXTAUTH_URL ?? 'http://localhost:3000';
    const url = new URL(`/reset-password/${issued.data.token}`, base).toString();
    return { ok: true, data: { url, email: issued.data.email, expiresAt: issued.data.expiresAt.toISOString() } };
  },
);
