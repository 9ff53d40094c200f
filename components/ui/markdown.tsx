import type { SafeHtml } from '@/lib/markdown/to-safe-html';

/**
 * Shows Markdown that the server already rendered with `markdownToSafeHtml` (sanitised, raw HTML shown
 * as text). Rendering happens on the server so no Markdown parser ships to the browser (ADR 008).
 */
export function Markdown({ html, className = '' }: { html: SafeHtml; className?: string }) {
  return <div className={`markdown ${className}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
