// The "Subnets" field of the zone forms: where the zone's hosts live (CIDR prefixes), so hosts seen
// in packet captures land in their zone. The API checks each prefix; its complaints show here.
import { useId } from 'react';
import './zone-subnets.css';

export function SubnetsField({
  value,
  onChange,
  errors,
}: {
  value: string;
  onChange: (text: string) => void;
  /** The API's messages about the entries (zone-subnets.ts subnetErrors). */
  errors: string[];
}) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id} className="subnets-label">
        Subnets
      </label>
      <textarea
        id={id}
        rows={2}
        value={value}
        spellCheck={false}
        autoComplete="off"
        placeholder="10.10.20.0/24"
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={`${id}-hint${errors.length > 0 ? ` ${id}-errors` : ''}`}
        onChange={(e) => onChange(e.target.value)}
      />
      <small id={`${id}-hint`}>IP prefixes (CIDR) of the zone&apos;s hosts, comma or newline separated</small>
      {errors.length > 0 && (
        <div id={`${id}-errors`} className="field-error" role="alert">
          {errors.map((m) => (
            <div key={m}>{m}</div>
          ))}
        </div>
      )}
    </div>
  );
}
