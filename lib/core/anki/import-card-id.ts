/**
 * Tags of an Anki note as Delight tags (lower-case kebab-case ids, at most 20 of 60 characters):
 * `Muscle UpperEx` → `muscle`, `upperex`; Anki's hierarchy separator `::` becomes a dot.
 */
export function ankiTagsToDelight(tags: readonly string[]): string[] {
  const out = new Set<string>();
  for (const tag of tags) {
    const id = tag
      .split('::')
      .map((part) =>
        part
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-+|-+$/g, ''),
      )
      .filter((p) => p !== '')
      .join('.')
      .slice(0, 60)
      .replace(/[-.]+$/, '');
    if (id !== '') out.add(id);
    if (out.size === 20) break;
  }
  return [...out];
}

/** A front as compared for duplicates: case, spacing and Markdown escapes don't count. */
export const duplicateKey = (front: string) => front.replace(/\\(.)/g, '$1').replace(/\s+/g, ' ').trim().toLowerCase();
