// Seven selects (0–4 or "–") for an SL-T vector, plus one that sets all seven at once.
import { FR_NAMES, FR_SHORT, FRS } from '../../components/sl-scale.js';

export type TargetDraft = (number | null)[];

export const draftOf = (v: readonly number[] | null | undefined): TargetDraft => FRS.map((fr) => v?.[fr - 1] ?? null);

/** The vector to send: null when no FR is set, an error message when only some are. */
export function targetOf(draft: TargetDraft): { value: number[] | null } | { error: string } {
  const set = draft.filter((v) => v !== null);
  if (set.length === 0) return { value: null };
  if (set.length < 7) return { error: 'Set the SL-T of all seven FRs, or of none.' };
  return { value: set };
}

export function SlTargetSelects({
  value,
  onChange,
  disabled,
}: {
  value: TargetDraft;
  onChange: (next: TargetDraft) => void;
  disabled?: boolean;
}) {
  const options = (
    <>
      <option value="">–</option>
      {[0, 1, 2, 3, 4].map((n) => (
        <option key={n} value={n}>
          {n}
        </option>
      ))}
    </>
  );
  return (
    <div className="slt-selects">
      {FRS.map((fr) => (
        <label key={fr} title={`FR ${fr} ${FR_NAMES[fr]}`}>
          <span>
            {fr} <small>{FR_SHORT[fr]}</small>
          </span>
          <select
            aria-label={`SL-T FR ${fr} ${FR_SHORT[fr]}`}
            value={value[fr - 1] ?? ''}
            disabled={disabled}
            onChange={(e) => {
              const next = [...value];
              next[fr - 1] = e.target.value === '' ? null : Number(e.target.value);
              onChange(next);
            }}
          >
            {options}
          </select>
        </label>
      ))}
      <label className="slt-all" title="Set every FR to one level">
        <span>all</span>
        <select
          aria-label="SL-T for all FRs"
          value=""
          disabled={disabled}
          onChange={(e) => {
            if (e.target.value === '') return;
            onChange(FRS.map(() => (e.target.value === 'none' ? null : Number(e.target.value))));
          }}
        >
          <option value="" disabled hidden>
            …
          </option>
          <option value="none">–</option>
          {[0, 1, 2, 3, 4].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
