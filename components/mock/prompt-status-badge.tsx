import type { PromptStatus } from '@/lib/core/mock/types';

const STYLES: Record<PromptStatus, { label: string; className: string }> = {
  assigned: { label: 'Assigned', className: 'border-accent/50 text-accent' },
  due: { label: 'Due', className: 'border-warning/60 text-warning' },
  new: { label: 'New', className: 'border-accent/50 text-accent' },
  scheduled: { label: 'Scheduled', className: 'border-border text-fg-muted' },
};

/** Why a prompt sits where it does: assigned, due, new or scheduled later. */
export function PromptStatusBadge({ status }: { status: PromptStatus }) {
  const style = STYLES[status];
  return <span className={`rounded-full border px-2 py-0.5 text-xs font-medium ${style.className}`}>{style.label}</span>;
}
