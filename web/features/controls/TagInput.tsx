// A list of short ids typed one by one (requirements, assets): Enter, comma or Tab adds the typed
// entry, Backspace in an empty box removes the last one, a pasted list is split. Suggestions come
// from a datalist; the server still validates every entry.
import { useId, useState } from 'react';

export interface TagOption {
  value: string;
  label?: string;
}

export function TagInput({
  label,
  values,
  onChange,
  options = [],
  normalize = (v) => v.trim(),
  placeholder,
  hint,
  required = false,
}: {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  options?: TagOption[];
  normalize?: (value: string) => string;
  placeholder?: string;
  hint?: string;
  required?: boolean;
}) {
  const [text, setText] = useState('');
  const listId = useId();
  const add = (raw: string) => {
    const entries = raw
      .split(/[,;\n]+/)
      .map(normalize)
      .filter((v) => v !== '');
    if (entries.length === 0) return false;
    onChange([...values, ...entries.filter((v, i) => !values.includes(v) && entries.indexOf(v) === i)]);
    setText('');
    return true;
  };
  return (
    <div className="field tag-field">
      <span>
        {label}
        {required && <span aria-hidden> *</span>}
      </span>
      <div className="tag-input">
        <ul className="tags">
          {values.map((v) => (
            <li key={v} className="tag">
              <span className="mono">{v}</span>
              <button
                type="button"
                className="tag-remove"
                aria-label={`Remove ${v}`}
                onClick={() => onChange(values.filter((x) => x !== v))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
        <input
          aria-label={label}
          list={options.length ? listId : undefined}
          value={text}
          placeholder={values.length ? '' : placeholder}
          onChange={(e) => {
            // Picking a datalist suggestion replaces the whole text (not typing): take it at once.
            // Typed text that happens to equal a suggestion ("SR 1.1" on the way to "SR 1.1 RE 1") waits.
            const v = e.target.value;
            const native = e.nativeEvent;
            const picked = !(native instanceof InputEvent) || native.inputType === 'insertReplacementText';
            if (picked && options.some((o) => o.value === v)) add(v);
            else setText(v);
          }}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData('text');
            if (/[,;\n]/.test(pasted)) {
              e.preventDefault();
              add(pasted);
            }
          }}
          onKeyDown={(e) => {
            if ((e.key === 'Enter' || e.key === ',' || e.key === ';') && text.trim() !== '') {
              e.preventDefault();
              add(text);
            } else if (e.key === 'Tab' && text.trim() !== '') {
              add(text);
            } else if (e.key === 'Backspace' && text === '' && values.length) {
              onChange(values.slice(0, -1));
            }
          }}
          onBlur={() => add(text)}
        />
        {options.length > 0 && (
          <datalist id={listId}>
            {options
              .filter((o) => !values.includes(o.value))
              .map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
          </datalist>
        )}
      </div>
      {hint && <small>{hint}</small>}
    </div>
  );
}
