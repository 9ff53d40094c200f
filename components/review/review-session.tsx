'use client';
import Link from 'next/link';
import { useCallback, useEffect, useRef, useState } from 'react';
import { SourceLinks } from '@/components/deck/source-links';
import { Button } from '@/components/ui/button';
import { Markdown } from '@/components/ui/markdown';
import { Panel } from '@/components/ui/panel';
import { ProgressBar } from '@/components/ui/progress-bar';
import { formatRelative } from './format-relative';
import {
  type Grade,
  type ReviewQueueView,
  fetchQueue,
  submitReview,
  undoReview as undoReviewRequest,
  withRetry,
} from './review-api';

const GRADE_BUTTONS: { grade: Grade; label: string; key: string; tone: string }[] = [
  { grade: 'again', label: 'Again', key: '1', tone: 'border-danger/50 text-danger' },
  { grade: 'hard', label: 'Hard', key: '2', tone: 'border-warning/50 text-warning' },
  { grade: 'good', label: 'Good', key: '3', tone: 'border-success/50 text-success' },
  { grade: 'easy', label: 'Easy', key: '4', tone: 'border-accent/50 text-accent' },
];

type Answered = { reviewId: string; cardId: string; grade: Grade };
type Pending = { cardId: string; grade: Grade; reviewId: string; durationMs: number };

/** The daily review: front, reveal, grade (keys 1–4), undo (Ctrl/Cmd+Z), progress and a summary. */
export function ReviewSession({
  initialQueue,
  startedAt,
  focusCardIds,
}: {
  initialQueue: ReviewQueueView;
  startedAt: number;
  /** A focus session of these cards (e.g. a quiz's misses) instead of today's queue. */
  focusCardIds?: string[];
}) {
  const [queue, setQueue] = useState<ReviewQueueView>(initialQueue);
  const [revealed, setRevealed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [failed, setFailed] = useState<Pending | null>(null);
  const [answered, setAnswered] = useState<Answered[]>([]);
  const [now, setNow] = useState(startedAt);
  const shownAt = useRef(startedAt);
  const reviewId = useRef<string | null>(null);

  const card = queue.cards[0] ?? null;

  const load = useCallback(
    async (after: string | null, putFirst?: string, answeredIds: string[] = []) => {
      const focus = focusCardIds?.filter((id) => !answeredIds.includes(id) || id === putFirst);
      if (focus && focus.length === 0) {
        setQueue((q) => ({ ...q, cards: [], counts: { new: 0, learning: 0, review: 0 } }));
        setRevealed(false);
        setNow(Date.now());
        return;
      }
      const next = await withRetry(
        () => fetchQueue(after, focus),
        () => setStatus('Connection lost — retrying…'),
      );
      if (putFirst) {
        const index = next.cards.findIndex((c) => c.id === putFirst);
        if (index > 0) next.cards.unshift(...next.cards.splice(index, 1));
      }
      setStatus(null);
      setQueue(next);
      setRevealed(false);
      reviewId.current = null;
      shownAt.current = Date.now();
      setNow(Date.now());
    },
    [focusCardIds],
  );

  const reveal = useCallback(() => {
    if (!card || revealed) return;
    reviewId.current = crypto.randomUUID(); // one key per answer: retries reuse it
    setRevealed(true);
  }, [card, revealed]);

  const send = useCallback(
    async (pending: Pending) => {
      setBusy(true);
      setFailed(null);
      try {
        await withRetry(
          () => submitReview(pending),
          (n) => setStatus(`Saving your answer… retry ${n}`),
        );
        const list = [...answered, { reviewId: pending.reviewId, cardId: pending.cardId, grade: pending.grade }];
        setAnswered(list);
        await load(
          pending.cardId,
          undefined,
          list.map((a) => a.cardId),
        );
      } catch {
        setFailed(pending);
        setStatus('You seem to be offline. Your answer is kept here — send it again when you are back.');
      } finally {
        setBusy(false);
      }
    },
    [answered, load],
  );

  const grade = useCallback(
    (g: Grade) => {
      if (!card || !revealed || busy || !reviewId.current) return;
      void send({
        cardId: card.id,
        grade: g,
        reviewId: reviewId.current,
        durationMs: Math.max(0, Date.now() - shownAt.current),
      });
    },
    [busy, card, revealed, send],
  );

  const undo = useCallback(async () => {
    const last = answered.at(-1);
    if (!last || busy) return;
    setBusy(true);
    try {
      await withRetry(
        () => undoReviewRequest(last.reviewId),
        () => setStatus('Undoing… retrying'),
      );
      const list = answered.slice(0, -1);
      setAnswered(list);
      await load(
        null,
        last.cardId,
        list.map((a) => a.cardId),
      );
    } catch (error) {
      setStatus(error instanceof Error ? error.message : 'Could not undo.');
    } finally {
      setBusy(false);
    }
  }, [answered, busy, load]);

  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === ' ' || event.key === 'Enter') {
        if (target?.tagName === 'BUTTON' || target?.tagName === 'A') return; // let focused controls act
        event.preventDefault();
        if (revealed) grade('good');
        else reveal();
        return;
      }
      const button = GRADE_BUTTONS.find((b) => b.key === event.key);
      if (button) grade(button.grade);
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [grade, reveal, revealed, undo]);

  const remaining = queue.counts.new + queue.counts.learning + queue.counts.review;
  const done = focusCardIds ? answered.length : queue.doneToday;

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3 text-sm">
        <div className="flex gap-4" aria-label="Cards left today">
          <span>
            <span className="font-semibold text-accent">{queue.counts.new}</span> new
          </span>
          <span>
            <span className="font-semibold text-danger">{queue.counts.learning}</span> learning
          </span>
          <span>
            <span className="font-semibold text-success">{queue.counts.review}</span> to review
          </span>
        </div>
        <Button
          variant="ghost"
          onClick={() => void undo()}
          disabled={answered.length === 0 || busy}
          aria-keyshortcuts="Control+Z Meta+Z"
        >
          Undo <kbd className="text-xs text-fg-muted">Ctrl+Z</kbd>
        </Button>
      </div>
      <ProgressBar value={done} max={done + remaining} label={`${done} done, ${remaining} left today`} />
      {status ? (
        <p role="status" className="rounded-lg border border-warning/40 bg-warning/10 px-3 py-2 text-sm text-warning">
          {status}{' '}
          {failed ? (
            <Button variant="secondary" onClick={() => void send(failed)} disabled={busy}>
              Send again
            </Button>
          ) : null}
        </p>
      ) : null}

      {card ? (
        <Panel className="flex min-h-72 flex-col gap-5">
          <div className="flex items-center justify-between text-xs uppercase tracking-wide text-fg-muted">
            <span>{card.kind === 'new' ? 'New card' : card.kind === 'learning' ? 'Learning' : 'Review'}</span>
            {card.dimension ? <span>{card.dimension}</span> : null}
          </div>
          <div aria-live="polite" className="flex flex-col gap-5">
            <h2 className="sr-only">Question</h2>
            <Markdown className="text-lg font-medium" html={card.html.front} />
            {revealed ? (
              <div className="flex flex-col gap-3 border-t border-border pt-4" data-testid="answer">
                <h2 className="sr-only">Answer</h2>
                <Markdown html={card.html.back} />
                {card.html.explanation ? <Markdown className="text-sm text-fg-muted" html={card.html.explanation} /> : null}
                <SourceLinks sources={card.sources} />
              </div>
            ) : null}
          </div>
          <div className="mt-auto">
            {revealed ? (
              <div
                className="grid grid-cols-2 gap-2 sm:grid-cols-4"
                role="group"
                aria-label="How well did you remember?"
              >
                {GRADE_BUTTONS.map((b) => (
                  <button
                    key={b.grade}
                    type="button"
                    disabled={busy}
                    onClick={() => grade(b.grade)}
                    aria-keyshortcuts={b.key}
                    className={`flex flex-col items-center rounded-lg border bg-surface px-3 py-2 font-medium hover:bg-muted disabled:opacity-50 ${b.tone}`}
                  >
                    <span>
                      {b.label} <kbd className="text-xs">{b.key}</kbd>
                    </span>
                    <span className="text-xs text-fg-muted">{card.intervals[b.grade]}</span>
                  </button>
                ))}
              </div>
            ) : (
              <Button className="w-full" onClick={reveal} aria-keyshortcuts="Space">
                Show answer <kbd className="text-xs">Space</kbd>
              </Button>
            )}
          </div>
        </Panel>
      ) : (
        <SessionSummary focus={Boolean(focusCardIds)} answered={answered} startedAt={startedAt} nextDue={queue.nextDue} now={now} />
      )}
    </div>
  );
}

function SessionSummary({
  focus,
  answered,
  startedAt,
  nextDue,
  now,
}: {
  focus: boolean;
  answered: Answered[];
  startedAt: number;
  nextDue: string | null;
  now: number;
}) {
  const again = answered.filter((a) => a.grade === 'again').length;
  const seconds = Math.max(1, Math.round((now - startedAt) / 1000));
  const time = seconds < 60 ? `${seconds} s` : `${Math.round(seconds / 60)} min`;
  return (
    <Panel className="flex flex-col gap-3" data-testid="summary">
      <h2 className="text-xl font-semibold">{focus ? 'You went through everything you missed' : 'All done for today'}</h2>
      {answered.length > 0 ? (
        <dl className="grid grid-cols-3 gap-3 text-center">
          <div>
            <dt className="text-xs text-fg-muted">Cards</dt>
            <dd className="text-2xl font-semibold" data-testid="summary-cards">
              {answered.length}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Time</dt>
            <dd className="text-2xl font-semibold">{time}</dd>
          </div>
          <div>
            <dt className="text-xs text-fg-muted">Again rate</dt>
            <dd className="text-2xl font-semibold">{Math.round((again / answered.length) * 100)}%</dd>
          </div>
        </dl>
      ) : null}
      <p className="text-fg-muted" data-testid="next-due">
        {nextDue
          ? `The next card is due ${formatRelative(new Date(nextDue), new Date(now))}.`
          : 'Nothing else is scheduled yet.'}
      </p>
      <div className="flex flex-wrap gap-2">
        <Link href="/stats" className="text-accent underline">
          See your stats
        </Link>
        <Link href="/review/settings" className="text-accent underline">
          Review settings
        </Link>
      </div>
    </Panel>
  );
}
