import { describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { fail } from '@/lib/core/errors/error-code';
import { db } from '@/lib/server/db';
import { defineAction } from '@/lib/server/define-action';
import { makeUser } from '../factories/users';

const session = vi.hoisted(() => ({ as: null as string | null }));
vi.mock('@/lib/server/auth', async (importOriginal) => (await import('./session')).authAs(importOriginal, session));

const Input = z.strictObject({ name: z.string().min(1, { message: 'Name is required.' }) });

/** An action open to `access` that answers who called it, and counts the calls that got through. */
function whoAmI(access: 'public' | 'user' | 'instructor' | 'admin', invalid?: Parameters<typeof defineAction>[0]['invalid']) {
  const handled = { calls: 0 };
  const action = defineAction({ access, input: Input, invalid }, async ({ name }, caller) => {
    handled.calls += 1;
    return { ok: true, data: { name, callerId: caller?.id ?? null } };
  });
  return { action, handled };
}

describe('defineAction', () => {
  it('lets anyone call a public action, signed in or not', async () => {
    const { action } = whoAmI('public');
    session.as = null;
    expect(await action({ name: 'a' })).toEqual({ ok: true, data: { name: 'a', callerId: null } });
  });

  it('asks for a session before anything else, the input included', async () => {
    session.as = null;
    for (const access of ['user', 'instructor', 'admin'] as const) {
      const { action, handled } = whoAmI(access);
      expect(await action({ name: 'a' })).toEqual({ ok: false, code: 'unauthenticated', message: 'Sign in first.' });
      expect(await action({ nonsense: true })).toMatchObject({ ok: false, code: 'unauthenticated' });
      expect(handled.calls).toBe(0);
    }
  });

  it('opens each level to its roles only, and hands the handler the caller', async () => {
    const learner = await makeUser('LEARNER');
    const instructor = await makeUser('INSTRUCTOR');
    const admin = await makeUser('ADMIN');
    const allowed = {
      user: [learner, instructor, admin],
      instructor: [instructor, admin],
      admin: [admin],
    } as const;
    const refusal: Record<string, string> = {
      instructor: 'Only instructors can do this.',
      admin: 'Only administrators can do this.',
    };
    for (const access of ['user', 'instructor', 'admin'] as const) {
      const { action, handled } = whoAmI(access);
      for (const caller of [learner, instructor, admin]) {
        session.as = caller.id;
        const result = await action({ name: 'n' });
        if ((allowed[access] as readonly { id: string }[]).includes(caller)) {
          expect(result).toEqual({ ok: true, data: { name: 'n', callerId: caller.id } });
        } else {
          expect(result).toEqual({ ok: false, code: 'forbidden', message: refusal[access] });
        }
      }
      expect(handled.calls).toBe(allowed[access].length);
    }
  });

  it('reads the role from the database on every call', async () => {
    const user = await makeUser('INSTRUCTOR');
    const { action } = whoAmI('instructor');
    session.as = user.id;
    expect(await action({ name: 'n' })).toMatchObject({ ok: true });
    await db.user.update({ where: { id: user.id }, data: { role: 'LEARNER' } });
    expect(await action({ name: 'n' })).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('answers input that does not parse with invalid_input and the message per field, without calling the handler', async () => {
    session.as = (await makeUser()).id;
    const { action, handled } = whoAmI('user');
    expect(await action({ name: '' })).toEqual({
      ok: false,
      code: 'invalid_input',
      message: 'Please fix the highlighted fields.',
      fieldErrors: { name: ['Name is required.'] },
    });
    expect(await action('not an object')).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(await action({ name: 'n', extra: 1 })).toMatchObject({ ok: false, code: 'invalid_input' });
    expect(handled.calls).toBe(0);
  });

  it('answers unparseable input with the action’s own summary, or its own whole failure', async () => {
    session.as = (await makeUser()).id;
    const summary = whoAmI('user', 'That name could not be read.');
    expect(await summary.action({ name: '' })).toEqual({
      ok: false,
      code: 'invalid_input',
      message: 'That name could not be read.',
      fieldErrors: { name: ['Name is required.'] },
    });
    const whole = whoAmI('user', fail('invalid_code', 'No class has this code.'));
    expect(await whole.action({ name: '' })).toEqual({ ok: false, code: 'invalid_code', message: 'No class has this code.' });
    expect(summary.handled.calls + whole.handled.calls).toBe(0);
  });
});
