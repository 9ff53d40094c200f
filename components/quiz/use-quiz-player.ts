'use client';
import { useRouter } from 'next/navigation';
import { useCallback, useEffect, useRef, useState } from 'react';
import { toKeyPress } from '@/components/ui/key-press';
import type { QuizFeedback } from '@/lib/server/quiz-view/feedback-for';
import { nextOpenQuestion } from '@/lib/core/quiz/next-open-question';
import type { PublicQuestion } from '@/lib/server/quiz-view/to-public-question';
import { finishQuizAction } from '@/lib/server/actions/finish-quiz-action';
import { answerFrom } from './question-view';
import { ApiError, answerQuestion, isBusy, withRetry, type AnsweredQuestion } from './quiz-api';
import { quizKeyAction } from './quiz-keys';
import { useQuizClock } from './use-quiz-clock';

type Pairs = Record<string, 'a' | 'b' | 'both'>;

/**
 * A quiz in play: the current question and the choice in progress, answering (feedback in
 * practice, straight on in a timed test), moving to the next open question, finishing (by hand,
 * after the last answer, or when the clock runs out) and the keyboard (1–4 / A–D, Enter).
 */
export function useQuizPlayer({
  attemptId,
  questions,
  answered: initial,
  deadline,
  serverNow,
}: {
  attemptId: string;
  questions: PublicQuestion[];
  /** Feedback (practice) or 'recorded' (timed) for questions already answered, by index. */
  answered: Record<number, QuizFeedback | 'recorded'>;
  /** Epoch ms when a timed test ends, from the server's start time. */
  deadline: number | null;
  serverNow: number;
}) {
  const router = useRouter();
  const [answered, setAnswered] = useState(initial);
  const firstOpen = questions.findIndex((_, i) => !(i in initial));
  const [index, setIndex] = useState(firstOpen === -1 ? questions.length - 1 : firstOpen);
  const [choice, setChoice] = useState<string | null>(null);
  const [pairs, setPairs] = useState<Pairs>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [flagged, setFlagged] = useState<ReadonlySet<number>>(() => new Set());
  const shownAt = useRef(0);
  const finishing = useRef(false);

  const question = questions[index]!;
  const current = answered[index];
  const feedback = current && current !== 'recorded' ? current : null;

  const finish = useCallback(async () => {
    if (finishing.current) return;
    finishing.current = true;
    setBusy(true);
    const result = await finishQuizAction({ attemptId });
    if (!result.ok) {
      finishing.current = false;
      setBusy(false);
      setError(result.message);
      return;
    }
    router.refresh();
  }, [attemptId, router]);
  const finishAtTimeUp = useCallback(() => void finish(), [finish]);
  const remaining = useQuizClock({ deadline, serverNow, onTimeUp: finishAtTimeUp });

  useEffect(() => {
    shownAt.current = performance.now();
  }, [index]);

  // Flags are a note to oneself, kept in this tab across reloads (the answers are on the server).
  const flagKey = `delight.quiz-flags.${attemptId}`;
  useEffect(() => {
    // After hydration (the server renders no flags), as a task of its own.
    const timer = window.setTimeout(() => {
      const saved = window.sessionStorage.getItem(flagKey);
      if (!saved) return;
      try {
        const parsed: unknown = JSON.parse(saved);
        if (Array.isArray(parsed)) setFlagged(new Set(parsed.filter((i): i is number => Number.isInteger(i))));
      } catch {
        window.sessionStorage.removeItem(flagKey);
      }
    }, 0);
    return () => window.clearTimeout(timer);
  }, [flagKey]);
  const toggleFlag = useCallback(() => {
    setFlagged((before) => {
      const after = new Set(before);
      if (after.has(index)) after.delete(index);
      else after.add(index);
      window.sessionStorage.setItem(flagKey, JSON.stringify([...after]));
      return after;
    });
  }, [flagKey, index]);

  /** Shows question `i` (answered or not); the choice in progress is dropped. */
  const goTo = useCallback(
    (i: number) => {
      if (i < 0 || i >= questions.length) return;
      setError(null);
      setChoice(null);
      setPairs({});
      setIndex(i);
    },
    [questions.length],
  );

  /** Leaves this question unanswered for later: on to the next open one (it stays open). */
  const skip = useCallback(() => {
    const open = nextOpenQuestion(questions.length, { ...answered, [index]: 'skipped' }, index);
    if (open !== -1) goTo(open);
  }, [answered, goTo, index, questions.length]);

  /** Clears the choice and goes to the next open question, or finishes when there is none. */
  const moveOn = useCallback(
    (answeredNow: Record<number, unknown>) => {
      setChoice(null);
      setPairs({});
      const open = nextOpenQuestion(questions.length, answeredNow, index);
      if (open === -1) void finish();
      else setIndex(open);
    },
    [finish, index, questions.length],
  );

  const next = useCallback(() => {
    setError(null);
    moveOn(answered);
  }, [answered, moveOn]);

  const submit = useCallback(async () => {
    const answer = answerFrom(question, choice, pairs);
    if (!answer || busy || current) return;
    setBusy(true);
    setError(null);
    const elapsedMs = Math.round(performance.now() - shownAt.current);
    let data: AnsweredQuestion;
    try {
      // The same answer again on a retry: the server records a question's answer once.
      data = await withRetry(
        () => answerQuestion(attemptId, { questionIndex: index, answer, elapsedMs }),
        (_n, reason) => setError(reason.busy ? 'Busy, retrying… Your answer is kept.' : 'Connection lost — retrying…'),
      );
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError && failure.status < 500) {
        if (failure.code === 'time_up' || failure.code === 'finished') router.refresh();
        setError(failure.message);
      } else if (isBusy(failure)) {
        setError('The server is still busy, so your answer is not saved yet. It is kept — press Enter to send it again in a minute.');
      } else {
        setError('Could not send your answer — check your connection and press Enter to try again.');
      }
      return;
    }
    setBusy(false);
    setError(null);
    const nowAnswered = {
      ...answered,
      [index]: data.mode === 'practice' ? data.feedback : ('recorded' as const),
    };
    setAnswered(nowAnswered);
    if (data.mode === 'timed') moveOn(nowAnswered); // no feedback in a test: straight to the next question
  }, [answered, attemptId, busy, choice, current, index, moveOn, pairs, question, router]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const action = quizKeyAction(toKeyPress(event), {
        question,
        answered: Boolean(current),
        hasFeedback: Boolean(feedback),
      });
      if (!action) return;
      event.preventDefault();
      if (action.type === 'next') next();
      else if (action.type === 'submit') void submit();
      else setChoice(action.optionId);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [current, feedback, next, question, submit]);

  return {
    index,
    question,
    /** This question's result, once answered. */
    current,
    feedback,
    done: Object.keys(answered).length,
    choice,
    pairs,
    busy,
    error,
    /** Time left in a timed test, else null. */
    remaining,
    choose: setChoice,
    pair: useCallback((fact: string, target: 'a' | 'b' | 'both') => setPairs((p) => ({ ...p, [fact]: target })), []),
    next,
    submit,
    /** Timed tests: move freely, leave a question for later, flag it for review. */
    goTo,
    skip,
    flagged,
    toggleFlag,
    answered,
  };
}
