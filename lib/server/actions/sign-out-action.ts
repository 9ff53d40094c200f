'use server';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '../define-action';
import { bumpSessionVersion } from '../mutations/bump-session-version';
import { usesSecureCookies } from '../uses-secure-cookies';

/**
 * Signs out with a plain form post, so the header needs no client JavaScript for it (ADR 008's
 * first-load budget): ends every session of the account as next-auth's sign-out does (ADR 025),
 * clears the session cookie and goes home.
 */
export const signOutAction = defineAction({ access: 'user', input: z.unknown() }, async (_, user) => {
  await bumpSessionVersion(user.id);
  (await cookies()).delete(usesSecureCookies() ? '__Secure-next-auth.session-token' : 'next-auth.session-token');
  redirect('/');
});

/** The form action of the header's "Sign out" and the account menu's "Sign out everywhere". */
export async function signOutFormAction(): Promise<void> {
  await signOutAction({});
}
