// A modal form with the app's dialog look (styles.css .modal), for forms richer than usePrompt's
// text fields: selects, SL-T vectors. Escape or Cancel closes it; the first field takes focus.
import { useEffect, useRef, type FormEvent, type ReactNode } from 'react';
import { ErrorBox } from '../../components/states.js';

export function Modal({
  title,
  children,
  error,
  busy,
  submitLabel,
  onSubmit,
  onClose,
}: {
  title: string;
  children: ReactNode;
  error?: unknown;
  busy?: boolean;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
}) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, []);
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <form
        ref={form}
        className="modal site-modal"
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(e: FormEvent) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        <h2>{title}</h2>
        {children}
        {error !== undefined && error !== null && <ErrorBox error={error} />}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
