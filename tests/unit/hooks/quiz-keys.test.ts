import { describe, expect, it } from 'vitest';
import type { KeyPress } from '@/components/ui/key-press';
import { quizKeyAction } from '@/components/quiz/quiz-keys';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import type { SafeHtml } from '@/lib/markdown/to-safe-html';

const html = (text: string) => `<p>${text}</p>` as SafeHtml;
const base = { key: 'q', promptHtml: html('Which?'), dimension: null };
const choice: PublicQuestion = {
  ...base,
  type: 'multiple-choice',
  options: ['o1', 'o2', 'o3', 'o4'].map((id) => ({ id, html: html(id) })),
};
const trueFalse: PublicQuestion = { ...base, type: 'true-false' };
const matching: PublicQuestion = {
  ...base,
  type: 'matching',
  facts: [{ id: 'f1', text: 'A fact' }],
  targets: [{ id: 'a', label: 'A' }],
};
const key = (over: Partial<KeyPress>): KeyPress => ({
  key: 'Enter',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  ...over,
});
const open = { answered: false, hasFeedback: false };

describe('quizKeyAction', () => {
  it.each<[string, Partial<KeyPress>, PublicQuestion, typeof open, ReturnType<typeof quizKeyAction>]>([
    ['Enter checks the answer', {}, choice, open, { type: 'submit' }],
    ['Enter after feedback moves on', {}, choice, { answered: true, hasFeedback: true }, { type: 'next' }],
    ['Enter on a focused button is the button’s', { targetTag: 'BUTTON' }, choice, open, null],
    ['Enter on a matching radio checks the answer', { targetTag: 'INPUT' }, matching, open, { type: 'submit' }],
    ['2 picks the second option', { key: '2' }, choice, open, { type: 'choose', optionId: 'o2' }],
    ['c picks the third option', { key: 'c' }, choice, open, { type: 'choose', optionId: 'o3' }],
    ['5 picks nothing when there are four', { key: '5' }, choice, open, null],
    ['T answers true', { key: 't' }, trueFalse, open, { type: 'choose', optionId: 'true' }],
    ['F answers false', { key: 'F' }, trueFalse, open, { type: 'choose', optionId: 'false' }],
    ['2 answers false too', { key: '2' }, trueFalse, open, { type: 'choose', optionId: 'false' }],
    ['no picking once answered', { key: '1' }, choice, { answered: true, hasFeedback: false }, null],
    ['no picking by key in a matching question', { key: '1' }, matching, open, null],
    ['Ctrl+Enter is left alone', { ctrlKey: true }, choice, open, null],
  ])('%s', (_name, press, question, state, action) => {
    expect(quizKeyAction(key(press), { question, ...state })).toEqual(action);
  });
});
