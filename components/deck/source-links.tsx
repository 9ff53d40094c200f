/** Links to the documentation a fact comes from; hovering one shows what the page says (its quote). */
export function SourceLinks({ sources }: { sources: { id: string; title: string; url: string; quote?: string }[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id}>
          <a
            href={s.url}
            target="_blank"
            rel="noreferrer"
            className="text-accent underline"
            title={s.quote === undefined ? undefined : `“${s.quote}”`}
          >
            {s.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
