'use client';
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useState } from 'react';
import { useDisclosure } from './use-disclosure';

type NavLink = { href: string; label: string };

/**
 * The study links on a phone: one "Menu" disclosure button (Enter/Space open it, Escape closes it and
 * returns focus) instead of links wrapping into rows. Closes when a link is followed.
 */
export function NavMenu({ links }: { links: readonly NavLink[] }) {
  const { open, setOpen, id, button } = useDisclosure();
  const pathname = usePathname();
  const [shownFor, setShownFor] = useState(pathname);
  if (shownFor !== pathname) {
    setShownFor(pathname);
    setOpen(false);
  }
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
