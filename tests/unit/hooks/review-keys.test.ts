import { describe, expect, it } from 'vitest';
import type { KeyPress } from '@/components/ui/key-press';
import { REVIEW_KEYS_HINT, reviewKeyAction } from '@/components/review/review-keys';

const key = (over: Partial<KeyPress>): KeyPress => ({
  key: ' ',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  targetTag: 'BODY',
  ...over,
});

describe('reviewKeyAction', () => {
  it.each<[string, Partial<KeyPress>, boolean, ReturnType<typeof reviewKeyAction>]>([
    ['Space reveals', {}, false, { type: 'reveal', preventDefault: true }],
    ['Enter reveals', { key: 'Enter' }, false, { type: 'reveal', preventDefault: true }],
    ['Space after the reveal answers Good', {}, true, { type: 'grade', grade: 'good', preventDefault: true }],
    ['1 answers Again', { key: '1' }, true, { type: 'grade', grade: 'again', preventDefault: false }],
    ['4 answers Easy', { key: '4' }, true, { type: 'grade', grade: 'easy', preventDefault: false }],
    ['Ctrl+Z undoes', { key: 'z', ctrlKey: true }, false, { type: 'undo', preventDefault: true }],
    ['Cmd+Shift+Z undoes too', { key: 'Z', metaKey: true }, true, { type: 'undo', preventDefault: true }],
    ['Ctrl+1 flags red (Anki)', { key: '1', ctrlKey: true }, false, { type: 'flag', flag: 1, preventDefault: true }],
    ['Cmd+7 flags purple', { key: '7', metaKey: true }, true, { type: 'flag', flag: 7, preventDefault: true }],
    ['Ctrl+8 is the browser’s', { key: '8', ctrlKey: true }, true, null],
    ['Ctrl+Alt+1 is not a flag', { key: '1', ctrlKey: true, altKey: true }, true, null],
    ['@ suspends (Anki)', { key: '@' }, false, { type: 'suspend', preventDefault: true }],
    ['- buries (Anki)', { key: '-' }, true, { type: 'bury', preventDefault: true }],
    ['@ while typing is typed', { key: '@', targetTag: 'INPUT' }, false, null],
    ['Ctrl+1 in a select is the select’s', { key: '1', ctrlKey: true, targetTag: 'SELECT' }, false, null],
    ['Alt+Space is the system’s', { altKey: true }, false, null],
    ['5 does nothing', { key: '5' }, true, null],
    ['typing in a field is left alone', { key: '1', targetTag: 'TEXTAREA' }, true, null],
    ['Ctrl+Z in a field is the field’s', { key: 'z', ctrlKey: true, targetTag: 'INPUT' }, false, null],
    ['Space on a focused button presses it', { targetTag: 'BUTTON' }, false, null],
    ['Enter on a focused link follows it', { key: 'Enter', targetTag: 'A' }, true, null],
    [
      '1 on a focused button still answers',
      { key: '1', targetTag: 'BUTTON' },
      true,
      { type: 'grade', grade: 'again', preventDefault: false },
    ],
  ])('%s', (_name, press, revealed, action) => {
    expect(reviewKeyAction(key(press), revealed)).toEqual(action);
  });
});

it('the keyboard hint says what Space does once the answer is shown, as the keys do', () => {
  expect(reviewKeyAction(key({ key: ' ' }), true)).toMatchObject({ type: 'grade', grade: 'good' });
  expect(REVIEW_KEYS_HINT).toMatch(/once it is shown, Space grades it Good/);
});
