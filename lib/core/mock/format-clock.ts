/** A countdown as "m:ss" (or "h:mm:ss" from an hour); negative time reads as overtime: "+1:05". */
export function formatClock(ms: number): string {
  const over = ms < 0;
  // Count down in whole seconds that have not fully passed: 14:59.2 left shows 15:00 → 14:59 after the first second.
  const total = over ? Math.floor(-ms / 1000) : Math.ceil(ms / 1000);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const text = h > 0 ? `${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}` : `${m}:${String(s).padStart(2, '0')}`;
  return over ? `+${text}` : text;
}
