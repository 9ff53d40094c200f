'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useEffect, useId, useRef, useState } from 'react';

type NavLink = { href: string; label: string };

/**
 * The study links on a phone: one "Menu" disclosure button (Enter/Space open it, Escape closes it and
 * returns focus) instead of links wrapping into rows. Closes when a link is followed.
 */
export function NavMenu({ links }: { links: readonly NavLink[] }) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
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
  return (
    <div className="sm:hidden">
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
        className="rounded-md border border-border px-3 py-1 text-sm font-medium hover:bg-muted"
      >
        Menu <span aria-hidden>{open ? '▴' : '▾'}</span>
      </button>
      <ul
        id={id}
        hidden={!open}
        className="absolute right-0 left-0 z-20 mt-3 flex flex-col border-b border-border bg-surface px-4 py-2 text-sm shadow-sm"
      >
        {links.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              className="block rounded-md px-2 py-2 text-fg hover:bg-muted"
              onClick={() => setOpen(false)}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
