import { fail } from '@/lib/core/errors/error-code';
import { attachment } from '@/lib/server/http/attachment';
import { defineRoute } from '@/lib/server/http/define-route';
import { getAccountExport } from '@/lib/server/queries/get-account-export';

/** Downloads everything stored about the caller as one JSON file (issue 17 §14). */
export const GET = defineRoute({ auth: 'user' }, async ({ user, now }) => {
  const data = await getAccountExport(user.id, now);
  if (!data) return fail('unauthenticated', 'Sign in first.');
  return attachment(
    JSON.stringify(data, null, 2),
    'application/json',
    `delight-data-${now.toISOString().slice(0, 10)}.json`,
  );
});
