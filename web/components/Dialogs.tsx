// Modal forms opened from code: `const values = await prompt({...})` resolves with the entered
// values, or null when the user cancels. Used for reasons on regulated sites, e-signatures and
// confirmations, so every page asks the same way.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

export interface DialogField {
  name: string;
  label: string;
  type?: 'text' | 'password' | 'textarea' | 'date';
  required?: boolean;
  defaultValue?: string;
  hint?: string;
  autoComplete?: string;
}

export interface DialogOptions {
  title: string;
  message?: ReactNode;
  fields?: DialogField[];
  submitLabel?: string;
  danger?: boolean;
}

type Values = Record<string, string>;
type Prompt = (options: DialogOptions) => Promise<Values | null>;

const DialogContext = createContext<Prompt | null>(null);

interface Open {
  options: DialogOptions;
  resolve: (values: Values | null) => void;
}

export function DialogProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState<Open | null>(null);
  const prompt = useCallback<Prompt>(
    (options) => new Promise<Values | null>((resolve) => setOpen({ options, resolve })),
    [],
  );
  const close = (values: Values | null) => {
    open?.resolve(values);
    setOpen(null);
  };
  return (
    <DialogContext.Provider value={prompt}>
      {children}
      {open && <DialogView options={open.options} onClose={close} />}
    </DialogContext.Provider>
  );
}

function DialogView({ options, onClose }: { options: DialogOptions; onClose: (v: Values | null) => void }) {
  const fields = options.fields ?? [];
  const [values, setValues] = useState<Values>(() =>
    Object.fromEntries(fields.map((f) => [f.name, f.defaultValue ?? ''])),
  );
  const first = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    (first.current ?? submitRef.current)?.focus();
  }, []);
  const missing = fields.some((f) => f.required && values[f.name]?.trim() === '');
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose(null)}>
      <form
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-label={options.title}
        onSubmit={(e) => {
          e.preventDefault();
          if (!missing) onClose(values);
        }}
      >
        <h2>{options.title}</h2>
        {options.message && <div className="modal-message">{options.message}</div>}
        {fields.map((f, i) => (
          <label key={f.name} className="field">
            <span>
              {f.label}
              {f.required && <span aria-hidden> *</span>}
            </span>
            {f.type === 'textarea' ? (
              <textarea
                ref={i === 0 ? first : undefined}
                name={f.name}
                value={values[f.name] ?? ''}
                required={f.required}
                rows={3}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            ) : (
              <input
                ref={i === 0 ? first : undefined}
                name={f.name}
                type={f.type ?? 'text'}
                value={values[f.name] ?? ''}
                required={f.required}
                autoComplete={f.autoComplete ?? 'off'}
                onChange={(e) => setValues({ ...values, [f.name]: e.target.value })}
              />
            )}
            {f.hint && <small>{f.hint}</small>}
          </label>
        ))}
        <div className="modal-actions">
          <button type="button" onClick={() => onClose(null)}>
            Cancel
          </button>
          <button ref={submitRef} type="submit" className={options.danger ? 'danger' : 'primary'} disabled={missing}>
            {options.submitLabel ?? 'OK'}
          </button>
        </div>
      </form>
    </div>
  );
}

export function usePrompt(): Prompt {
  const prompt = useContext(DialogContext);
  if (!prompt) throw new Error('usePrompt outside DialogProvider');
  return prompt;
}

/** Thrown when the user cancels a dialog a write needed; callers simply stop. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Regulated (validated) sites require a reason on changes to zones, conduits, SL-T and approvals
 * (21 CFR Part 11 §11.10(e)); the server refuses them without one. Asks only when the site is
 * regulated; throws Cancelled when the user backs out.
 */
export function useReason(): (site: { regulated: boolean } | undefined, what: string) => Promise<string | undefined> {
  const prompt = usePrompt();
  return useCallback(
    async (site, what) => {
      if (!site?.regulated) return undefined;
      const values = await prompt({
        title: 'Reason for change',
        message: `This site is regulated: say why you ${what}. The reason is kept in the audit trail.`,
        fields: [{ name: 'reason', label: 'Reason', type: 'textarea', required: true }],
        submitLabel: 'Save change',
      });
      if (!values) throw new Cancelled();
      return values.reason?.trim();
    },
    [prompt],
  );
}
