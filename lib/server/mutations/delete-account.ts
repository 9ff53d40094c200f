import 'server-only';
import { fail, type ActionResult } from '../action-result';
import { db } from '../db';
import { verifyPassword } from '../password';
import { reviewStateRepository } from '../review-state/review-state-repository';

/**
 * Deletes a user's account and everything stored about them, in one transaction (issue 17 §14,
 * ADR 026): answers and card states (through the review-state repository), quizzes and their
 * answers, mock interviews with their ratings and instructors' reviews of them, prompt schedules,
 * settings, class memberships, personal decks and their cards, card marks, proposed fixes, known sign-in
 * addresses and reset links, then the user. Reviews they wrote of others' answers stay with the
 * candidate, unsigned. Each dependant is deleted by name rather than left to the foreign keys'
 * cascades, so the rule holds on either engine and whatever a relation's onDelete says.
 *
 * Refused without the right password, and while the user still teaches a class or owns an instructor deck
 * (deleting those would take them from students), and for the last administrator.
 */
export async function deleteAccount(userId: string, password: string): Promise<ActionResult<{ deleted: true }>> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      passwordHash: true,
      role: true,
      // personal decks are the learner's own and go with the account; instructor decks have students
      _count: { select: { ownedClasses: true, decks: { where: { kind: { not: 'PERSONAL' } } } } },
    },
  });
  if (!user) return fail('not_found', 'No such account.');
  if (!(await verifyPassword(password, user.passwordHash))) {
    return fail('invalid_input', 'That is not your password.', { password: ['That is not your password.'] });
  }
  if (user._count.ownedClasses > 0 || user._count.decks > 0) {
    return fail(
      'conflict',
      'You still teach classes or own decks: delete them first, so no student loses them by surprise.',
    );
  }
  if (user.role === 'ADMIN' && (await db.user.count({ where: { role: 'ADMIN' } })) <= 1) {
    return fail('conflict', 'You are the only administrator: make someone else an administrator first.');
  }
  await db.$transaction(async (tx) => {
    await reviewStateRepository().within(tx).forget(userId);
    // personal decks and their cards (private: nobody else studied them), proposals and sign-in records
    const personal = (
      await tx.deck.findMany({ where: { ownerId: userId, kind: 'PERSONAL' }, select: { id: true } })
    ).map((d) => d.id);
    await tx.card.deleteMany({ where: { ownerId: userId, decks: { some: { deckId: { in: personal } } } } });
    await tx.deck.deleteMany({ where: { id: { in: personal } } });
    await tx.cardProposal.deleteMany({ where: { proposerId: userId } });
    await tx.cardProposal.updateMany({ where: { decidedById: userId }, data: { decidedById: null } });
    await tx.knownSignInAddress.deleteMany({ where: { userId } });
    await tx.passwordResetToken.deleteMany({ where: { userId } });
    const attempts = { attempt: { userId } };
    await tx.quizAnswer.deleteMany({ where: attempts });
    await tx.quizAttempt.deleteMany({ where: { userId } });
    await tx.mockCriterionRating.deleteMany({ where: attempts });
    await tx.mockReview.deleteMany({ where: attempts });
    await tx.mockAttempt.deleteMany({ where: { userId } });
    await tx.mockReview.updateMany({ where: { reviewerId: userId }, data: { reviewerId: null } });
    await tx.promptState.deleteMany({ where: { userId } });
    await tx.studySettings.deleteMany({ where: { userId } });
    await tx.classMember.deleteMany({ where: { userId } });
    await tx.user.delete({ where: { id: userId } });
  });
  return { ok: true, data: { deleted: true } };
}
