// Selects on the site's risk matrix scales: a likelihood, and a consequence level per category.
// Unmitigated and residual ratings use the same ones, so "before" and "after" read alike (ZCR 5).
import type { RiskMatrix } from '../../../core/schemas/risk-matrix.js';
import { CONSEQUENCE_CATEGORIES, type ConsequenceCategory } from '../../../core/schemas/risk-scenario.js';
import { Field } from '../../components/Field.js';
import type { Ratings } from './scenario-form.js';

export function LikelihoodSelect({
  label,
  matrix,
  value,
  onChange,
  emptyLabel,
}: {
  label: string;
  matrix: RiskMatrix;
  value: number | '';
  onChange: (value: number | '') => void;
  /** Offers "not rated" ('') when given. */
  emptyLabel?: string;
}) {
  return (
    <Field label={label} required={emptyLabel === undefined}>
      <select value={value} onChange={(e) => onChange(e.target.value === '' ? '' : Number(e.target.value))}>
        {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
        {matrix.likelihood.map((l) => (
          <option key={l.level} value={l.level}>
            {l.level} {l.name}
          </option>
        ))}
      </select>
    </Field>
  );
}

export function ConsequenceSelects({
  legend,
  labelPrefix,
  matrix,
  ratings,
  onChange,
  emptyLabel,
  enabled = () => true,
}: {
  legend: string;
  /** Accessible name of each select: `${labelPrefix} ${category}`. */
  labelPrefix: string;
  matrix: RiskMatrix;
  ratings: Ratings;
  onChange: (ratings: Ratings) => void;
  /** What leaving a category out means ("not affected", "same as unmitigated"). */
  emptyLabel: string;
  enabled?: (category: ConsequenceCategory) => boolean;
}) {
  return (
    <fieldset className="consequence-boxes">
      <legend>{legend}</legend>
      {CONSEQUENCE_CATEGORIES.map((c) => (
        <label key={c}>
          <span>{c}</span>
          <select
            aria-label={`${labelPrefix} ${c}`}
            value={ratings[c] ?? ''}
            disabled={!enabled(c) && ratings[c] === undefined}
            onChange={(e) => {
              const next = { ...ratings };
              if (e.target.value === '') delete next[c];
              else next[c] = Number(e.target.value);
              onChange(next);
            }}
          >
            <option value="">{emptyLabel}</option>
            {matrix.consequence.map((l) => (
              <option key={l.level} value={l.level}>
                {l.level} {l.name}
              </option>
            ))}
          </select>
        </label>
      ))}
    </fieldset>
  );
}
