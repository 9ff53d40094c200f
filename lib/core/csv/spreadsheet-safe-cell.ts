/**
 * A text cell that a spreadsheet would run as a formula (it starts with =, +, -, @, tab or CR)
 * gets a leading apostrophe, which spreadsheets read as "this is text" and don't show. A cell
 * that already starts with an apostrophe gets one too, so `restoreSpreadsheetCell` can undo it
 * without guessing: every exported text cell comes back exactly (issue 17 §7).
 */
export function spreadsheetSafeCell(value: string): string {
  return /^[=+\-@\t\r']/.test(value) ? `'${value}` : value;
}

/** Undoes spreadsheetSafeCell: one leading apostrophe is the marker, never part of the text. */
export function restoreSpreadsheetCell(value: string): string {
  return value.startsWith("'") ? value.slice(1) : value;
}
