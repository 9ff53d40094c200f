'use client';
import { markdownToSafeHtml } from '@/lib/markdown/to-safe-html';
import { Markdown } from './markdown';

/**
 * Renders Markdown the user is typing, in the browser (a live preview can't wait for the server).
 * Same renderer and sanitiser as the server; only editors load it.
 */
export function MarkdownPreview({ children, className }: { children: string; className?: string }) {
  return <Markdown className={className} html={markdownToSafeHtml(children)} />;
}
