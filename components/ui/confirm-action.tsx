'use client';
import { useRouter } from 'next/navigation';
import { useEffect, useId, useRef, useState, useTransition, type ReactNode } from 'react';
import { Button, buttonClass } from './button';

type Result = { ok: true; data: unknown } | { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * A button whose action is explained before it runs: pressing it opens an inline confirmation
 * (focus moves to its title) that says what will happen — e.g. to students' progress — with the confirm
 * and Cancel buttons. Escape or Cancel closes it and returns focus to the button.
 */
export function ConfirmAction<I>({
  action,
  input,
  label,
  title,
  children,
  confirmLabel,
  danger = false,
  redirectTo,
  popover = false,
}: {
  action: (input: I) => Promise<Result>;
  input: I;
  /** The button that opens the confirmation (may carry sr-only context). */
  label: ReactNode;
  /** The confirmation's heading, e.g. "Archive “Week 1”?" */
  title: string;
  /** What happens, said first. */
  children: ReactNode;
  confirmLabel: string;
  danger?: boolean;
  /** Where to go once it is done (e.g. away from a page the action removes); else the page refreshes. */
  redirectTo?: string;
  /** Open over the page (for a page header's buttons) instead of pushing the content below down. */
  popover?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const router = useRouter();
  const id = useId();
  const opener = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (open) heading.current?.focus();
  }, [open]);

  function close() {
    setOpen(false);
    opener.current?.focus();
  }

  return (
    <div className={`flex flex-col items-start gap-2 ${popover ? 'relative' : ''}`}>
      <button
        type="button"
        ref={opener}
        className={buttonClass('secondary')}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {open ? (
        <div
          id={id}
          role="group"
          aria-labelledby={`${id}-title`}
          className={`rounded-lg border bg-surface p-4 text-sm ${danger ? 'border-danger' : 'border-border'} ${
            popover
              ? 'absolute left-0 top-full z-20 w-[min(36rem,calc(100vw-2rem))] shadow-lg sm:left-auto sm:right-0'
              : 'max-w-xl'
          }`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <p id={`${id}-title`} ref={heading} tabIndex={-1} className="font-semibold text-fg">
            {title}
          </p>
          <div className="mt-2 flex flex-col gap-2 text-fg-muted">{children}</div>
          {error ? (
            <p className="mt-2 text-danger" role="alert">
              {error}
            </p>
          ) : null}
          <div className="mt-3 flex flex-wrap gap-2">
            <Button
              variant="primary"
              className={danger ? 'bg-danger! text-bg!' : ''}
              disabled={pending}
              onClick={() =>
                startTransition(async () => {
                  const result = await action(input);
                  if (!result.ok) {
                    setError(result.message);
                    return;
                  }
                  setError(null);
                  setOpen(false);
                  if (redirectTo) router.push(redirectTo);
                  else router.refresh();
                })
              }
            >
              {confirmLabel}
            </Button>
            <Button variant="ghost" onClick={close}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
