import type { KeyPress } from '@/components/ui/key-press';
import type { Grade } from '@/lib/core/scheduler/types';

/** The answer buttons, in order, with their keyboard shortcut. */
export const GRADE_BUTTONS: readonly { grade: Grade; label: string; key: string; tone: string }[] = [
  { grade: 'again', label: 'Again', key: '1', tone: 'border-danger/50 text-danger' },
  { grade: 'hard', label: 'Hard', key: '2', tone: 'border-warning/50 text-warning' },
  { grade: 'good', label: 'Good', key: '3', tone: 'border-success/50 text-success' },
  { grade: 'easy', label: 'Easy', key: '4', tone: 'border-accent/50 text-accent' },
];

/** The keyboard hint above the review: says what Space (and Enter) do once the answer is shown. */
export const REVIEW_KEYS_HINT =
  'Space shows the answer; once it is shown, Space grades it Good. 1–4 grade it (Again, Hard, Good, Easy); Ctrl+Z undoes. As in Anki: @ suspends the card, - buries it until tomorrow, Ctrl+1–7 flag it.';

/** `preventDefault`: the key's own effect (the browser's undo, scrolling, clicking) is replaced. */
export type ReviewKeyAction = (
  | { type: 'undo' }
  | { type: 'reveal' }
  | { type: 'grade'; grade: Grade }
  | { type: 'suspend' }
  | { type: 'bury' }
  /** Ctrl/Cmd+1–7: toggles that flag (the same key again clears it, as in Anki). */
  | { type: 'flag'; flag: number }
) & {
  preventDefault: boolean;
};

const TYPING_TAGS = ['INPUT', 'TEXTAREA', 'SELECT'];
const CONTROL_TAGS = ['BUTTON', 'A'];

/**
 * What a key press does in the review: Ctrl/Cmd+Z undoes, Space or Enter shows the answer (then
 * answers Good), 1–4 answer; Anki desktop's `@` suspends, `-` buries and Ctrl/Cmd+1–7 flag (the
 * browser's own Ctrl+digit tab switch is replaced while the review has focus). Nothing while
 * typing in a field, and Space / Enter on a focused button or link are left to it.
 */
export function reviewKeyAction(press: KeyPress, revealed: boolean): ReviewKeyAction | null {
  if (press.targetTag && TYPING_TAGS.includes(press.targetTag)) return null;
  if ((press.ctrlKey || press.metaKey) && press.key.toLowerCase() === 'z')
    return { type: 'undo', preventDefault: true };
  if ((press.ctrlKey || press.metaKey) && !press.altKey && /^[1-7]$/.test(press.key))
    return { type: 'flag', flag: Number(press.key), preventDefault: true };
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  if (press.key === ' ' || press.key === 'Enter') {
    if (press.targetTag && CONTROL_TAGS.includes(press.targetTag)) return null;
    return revealed ? { type: 'grade', grade: 'good', preventDefault: true } : { type: 'reveal', preventDefault: true };
  }
  if (press.key === '@') return { type: 'suspend', preventDefault: true };
  if (press.key === '-') return { type: 'bury', preventDefault: true };
  const button = GRADE_BUTTONS.find((b) => b.key === press.key);
  return button ? { type: 'grade', grade: button.grade, preventDefault: false } : null;
}
