'use client';
import { useEffect, useId, useRef, useState } from 'react';

/**
 * A disclosure's state for a button that shows and hides a panel: open or not, the panel's id for
 * `aria-controls`, and the button's ref. Escape closes it and returns focus to the button.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setOpen(false);
      button.current?.focus();
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [open]);
  return { open, setOpen, id, button };
}
