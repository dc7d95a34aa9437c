// A modal form for dialogs richer than usePrompt() offers (selects, checkboxes, lists): the same
// look and keyboard behaviour (Escape cancels, focus starts on the first field, Enter submits).
// Used by the site, controls, users, tokens and site-file pages.
import { useEffect, useRef, type ReactNode } from 'react';
import { errorMessage } from './states.js';
import './modal.css';

export interface ModalProps {
  title: string;
  children: ReactNode;
  onCancel: () => void;
  onSubmit: () => void;
  submitLabel: string;
  busy?: boolean;
  /** Disables the submit button (e.g. a required field is empty). */
  invalid?: boolean;
  danger?: boolean;
  wide?: boolean;
  /** An extra class for the page's own dialog styles. */
  className?: string;
  /** The last failure (shown with the API's message, inside the dialog, so the input is kept). */
  error?: unknown;
}

export function Modal({
  title,
  children,
  onCancel,
  onSubmit,
  submitLabel,
  busy = false,
  invalid = false,
  danger = false,
  wide = false,
  className,
  error,
}: ModalProps) {
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    form.current?.querySelector<HTMLElement>('input:not([type=hidden]):not([readonly]), select, textarea')?.focus();
  }, []);
  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !busy) onCancel();
      }}
    >
      <form
        ref={form}
        className={['modal', wide ? 'modal-wide' : '', className ?? ''].filter(Boolean).join(' ')}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onSubmit={(e) => {
          e.preventDefault();
          if (!invalid && !busy) onSubmit();
        }}
      >
        <h2>{title}</h2>
        {children}
        {error !== undefined && error !== null && (
          <div className="state state-error" role="alert">
            {errorMessage(error)}
          </div>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className={danger ? 'danger' : 'primary'} disabled={invalid || busy}>
            {busy ? 'Working…' : submitLabel}
          </button>
        </div>
      </form>
    </div>
  );
}
