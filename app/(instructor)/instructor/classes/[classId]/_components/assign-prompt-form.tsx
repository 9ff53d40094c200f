'use client';
import { useState } from 'react';
import { submitWith } from '@/components/ui/action-form';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { SelectField } from '@/components/ui/select-field';
import { useActionRunner } from '@/components/ui/use-action-runner';
import { assignPromptAction } from '@/lib/server/actions/assign-prompt-action';
import type { ClassOverview } from '@/lib/server/queries/get-class-overview';

/** Assigns a mock-interview prompt to the class, with an optional due date. */
export function AssignPromptForm({
  classId,
  prompts,
}: {
  classId: string;
  prompts: ClassOverview['assignablePrompts'];
}) {
  const [promptId, setPromptId] = useState(prompts[0]?.id ?? '');
  const [dueDate, setDueDate] = useState('');
  const { pending, error, fieldErrors, run } = useActionRunner();
  const onSubmit = submitWith(() => run(() => assignPromptAction({ classId, promptId, dueDate })));
  if (prompts.length === 0) return <p className="text-sm text-fg-muted">Every prompt is assigned already.</p>;
  return (
    <form onSubmit={onSubmit} className="flex flex-wrap items-end gap-2" noValidate>
      <SelectField
        id="assign-prompt"
        label="Prompt"
        name="prompt"
        fieldClassName="flex min-w-0 basis-full flex-col gap-1"
        options={prompts.map((p) => ({ value: p.id, label: p.title }))}
        value={promptId}
        onChange={(e) => setPromptId(e.target.value)}
      />
      <Field id="assign-prompt-due" label="Due (optional)">
        <input
          id="assign-prompt-due"
          type="date"
          value={dueDate}
          onChange={(e) => setDueDate(e.target.value)}
          aria-invalid={fieldErrors.dueDate ? true : undefined}
          className="rounded-lg border border-border bg-surface px-3 py-2 text-fg"
        />
      </Field>
      <Button type="submit" disabled={pending || !promptId}>
        {pending ? 'Assigning…' : 'Assign prompt'}
      </Button>
      {error ? <p className="w-full text-sm text-danger">{fieldErrors.dueDate?.[0] ?? error}</p> : null}
    </form>
  );
}
