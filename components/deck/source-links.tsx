/** Links to the documentation a fact comes from. */
export function SourceLinks({ sources }: { sources: { id: string; title: string; url: string }[] }) {
  if (sources.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-3 gap-y-1 text-xs" aria-label="Sources">
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} target="_blank" rel="noreferrer" className="text-accent underline">
            {s.title}
          </a>
        </li>
      ))}
    </ul>
  );
}
