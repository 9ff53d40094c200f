/** Markdown as one line of plain text for the grader's messages: emphasis and code marks dropped, spaces folded. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\*\*|__|`/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
