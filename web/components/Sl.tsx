// Small SL displays: a value chip, a vector of seven chips, and a gap cell.
import { FRS, FR_NAMES, gapColor, gapText, slColor, slText } from './sl-scale.js';

export function SlChip({ value, title }: { value: number | null | undefined; title?: string }) {
  return (
    <span
      className="sl-chip"
      style={{ background: slColor(value), color: slText(value) }}
      title={title ?? (value === null || value === undefined ? 'not set' : `SL ${value}`)}
    >
      {value ?? '–'}
    </span>
  );
}

export function SlVector({ vector, label }: { vector: readonly (number | null)[] | null | undefined; label?: string }) {
  return (
    <span className="sl-vector" aria-label={label}>
      {FRS.map((fr) => (
        <SlChip
          key={fr}
          value={vector?.[fr - 1] ?? null}
          title={`FR ${fr} ${FR_NAMES[fr]}: ${vector?.[fr - 1] ?? 'not set'}`}
        />
      ))}
    </span>
  );
}

export function GapCell({ gap, title }: { gap: number | null | undefined; title?: string }) {
  return (
    <span className="gap-cell" style={{ background: gapColor(gap), color: gapText(gap) }} title={title}>
      {gap ?? '–'}
    </span>
  );
}
