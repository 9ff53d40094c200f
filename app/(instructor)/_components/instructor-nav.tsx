import { TabNav } from '@/components/ui/tab-nav';

const LINKS = [
  { href: '/instructor', label: 'Overview' },
  { href: '/instructor/decks', label: 'Decks' },
  { href: '/instructor/classes', label: 'Classes' },
  { href: '/proposals', label: 'Proposed fixes' },
] as const;

/** The instructor area's own navigation; `current` is the section the page belongs to. */
export function InstructorNav({ current }: { current: (typeof LINKS)[number]['href'] }) {
  return <TabNav label="Instructor" links={LINKS} current={current} className="mb-6" />;
}
