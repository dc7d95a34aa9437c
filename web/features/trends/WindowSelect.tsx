// The period of a trend panel.
import { TREND_WINDOWS, type TrendWindow } from './trends-api.js';

export function WindowSelect({ value, onChange }: { value: TrendWindow; onChange: (days: TrendWindow) => void }) {
  return (
    <select aria-label="Period" value={value} onChange={(e) => onChange(Number(e.target.value) as TrendWindow)}>
      {TREND_WINDOWS.map((d) => (
        <option key={d} value={d}>
          last {d} days
        </option>
      ))}
    </select>
  );
}
