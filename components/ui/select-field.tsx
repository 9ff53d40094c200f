import type { ReactNode, SelectHTMLAttributes } from 'react';
import { Field, splitFieldProps, type FieldProps } from './field';

/**
 * A labelled select: one option per `options` entry, after an empty-valued `empty` one when given
 * (e.g. "Any deck"); or, for grouped choices, the `<optgroup>`s as children.
 */
export function SelectField({
  options = [],
  empty,
  children,
  fieldClassName = 'flex min-w-0 flex-col gap-1',
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> &
  FieldProps & { options?: readonly Option[]; empty?: string; children?: ReactNode; fieldClassName?: string }) {
  const { field, control } = splitFieldProps(props);
  return (
    <Field {...field} className={fieldClassName}>
      <select className="w-full min-w-0 rounded-lg border border-border bg-surface px-3 py-2 text-fg" {...control}>
        {empty !== undefined ? <option value="">{empty}</option> : null}
        <Options options={options} />
        {children}
      </select>
    </Field>
  );
}

type Option = { value: string; label: string };

function Options({ options }: { options: readonly Option[] }) {
  return options.map((o) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  ));
}

/** A labelled group of options inside a SelectField. */
export function OptionGroup({ label, options }: { label: string; options: readonly Option[] }) {
  return (
    <optgroup label={label}>
      <Options options={options} />
    </optgroup>
  );
}
