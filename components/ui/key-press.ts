/** A key press, as much of a KeyboardEvent as the pages' shortcut maps read (so they stay pure and table-testable). */
export type KeyPress = { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean; targetTag: string | null };

export function toKeyPress(event: KeyboardEvent): KeyPress {
  const target = event.target as HTMLElement | null;
  return {
    key: event.key,
    ctrlKey: event.ctrlKey,
    metaKey: event.metaKey,
    altKey: event.altKey,
    targetTag: target?.tagName ?? null,
  };
}
