/**
 * The card order a reorderable list shows when the server sends a new one (after any save, the page
 * refreshes). The server's order wins, except while the user is mid-move — a card picked up with the
 * keyboard, or a save still on its way — and the server's order holds the same cards: then it is an
 * older save's echo arriving late, and taking it would silently undo the move in progress (under load
 * the echo of a drag can land after the next keyboard pick-up; dropping the card then saved nothing).
 * A server order with other cards (one added or removed elsewhere) always wins.
 */
export function orderAfterRefresh(
  local: readonly string[],
  server: readonly string[],
  { midMove }: { midMove: boolean },
): readonly string[] {
  if (!midMove || local.length !== server.length) return server;
  const shown = new Set(local);
  return server.every((id) => shown.has(id)) ? local : server;
}
