import Link from 'next/link';

const LINKS = [
  { href: '/instructor', label: 'Overview' },
  { href: '/instructor/decks', label: 'Decks' },
  { href: '/instructor/classes', label: 'Classes' },
] as const;

/** The instructor area's own navigation; `current` is the section the page belongs to. */
export function InstructorNav({ current }: { current: (typeof LINKS)[number]['href'] }) {
  return (
    <nav aria-label="Instructor" className="mb-6">
      <ul className="flex flex-wrap gap-1 border-b border-border text-sm">
        {LINKS.map((link) => (
          <li key={link.href}>
            <Link
              href={link.href}
              aria-current={link.href === current ? 'page' : undefined}
              className={`-mb-px inline-block border-b-2 px-3 py-2 ${
                link.href === current
                  ? 'border-accent font-medium text-fg'
                  : 'border-transparent text-fg-muted hover:text-fg'
              }`}
            >
              {link.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
