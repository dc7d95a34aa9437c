// A labelled form control with an optional hint. The hint describes the control
// (aria-describedby) instead of joining its name, so "Id" stays "Id" for screen readers and tests.
import { cloneElement, useId, type ReactElement } from 'react';

export function Field({
  label,
  required = false,
  hint,
  children,
  className,
}: {
  label: string;
  required?: boolean;
  hint?: string | undefined;
  /** One input, select or textarea. */
  children: ReactElement<{ id?: string; 'aria-describedby'?: string }>;
  className?: string;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span aria-hidden> *</span>}
      </label>
      {cloneElement(children, { id, ...(hint ? { 'aria-describedby': hintId } : {}) })}
      {hint && <small id={hintId}>{hint}</small>}
    </div>
  );
}
