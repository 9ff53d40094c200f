'use client';
import { useState, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { assignPromptAction } from '@/lib/server/actions/assign-prompt-action';

/** Assigns a mock-interview prompt to the class, with an optional due date. */
export function AssignPromptForm({ classId, prompts }: { classId: string; prompts: { id: string; title: string }[] }) {
  const [promptId, setPromptId] = useState(prompts[0]?.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();
  function onSubmit(event: FormEvent) {
    event.preventDefault();
    run(() => assignPromptAction({ classId, promptId, dueDate }));
  }
  if (prompts.length === 0) return <p className="text-sm text-fg-muted">Every prompt is assigned already.</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <div className="flex min-w-0 basis-full flex-col gap-1">
        <label htmlFor="assign-prompt" className="text-sm font-medium">
          Prompt
        </label>
        <select
          id="assign-prompt"
          value={promptId}
          onChange={(e) => setPromptId(e.target.value)}
          className="w-full min-w-0 rounded-lg border border-border bg-surface px-3 py-2 text-fg"
        >
          {prompts.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="assign-prompt-due" className="text-sm font-medium">
          Due (optional)
        </label>
        <input
          id="assign-prompt-due"
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={fieldErrors.dueDate ? true : undefined}
          className="rounded-lg border border-border bg-surface px-3 py-2 text-fg"
        />
      </div>
      <Button type="submit" disabled={pending || !promptId}>
        {pending ? 'Assigning…' : 'Assign prompt'}
      </Button>
      {error ? <p className="w-full text-sm text-danger">{fieldErrors.dueDate?.[0] ?? error}</p> : null}
    </form>
  );
}
