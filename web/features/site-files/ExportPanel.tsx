// Export one site as its canonical site file (DESIGN §4): the same format the import reads, so
// teams can keep the model in git and edit it offline.
import { useQuery } from '@tanstack/react-query';
import { sitesQuery } from '../../api/queries.js';
import { exportHref } from './site-files-api.js';

export function ExportPanel({
  site,
  format,
  onChange,
}: {
  site: string | undefined;
  format: 'yaml' | 'json';
  onChange: (next: { site?: string | undefined; format?: 'yaml' | 'json' }) => void;
}) {
  const sites = useQuery(sitesQuery);
  const chosen = site && sites.data?.some((s) => s.id === site) ? site : undefined;
  return (
    <section className="panel export-panel" aria-label="Export">
      <h2>Export</h2>
      <p className="muted small">The canonical site file: stable order, full vectors, ISO dates.</p>
      <label className="field">
        <span>Site</span>
        <select value={chosen ?? ''} onChange={(e) => onChange({ site: e.target.value || undefined })}>
          <option value="">Choose a site…</option>
          {sites.data?.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.id})
            </option>
          ))}
        </select>
      </label>
      <fieldset className="field format-choice">
        <legend>Format</legend>
        <label className="check">
          <input type="radio" name="format" checked={format === 'yaml'} onChange={() => onChange({ format: 'yaml' })} />
          YAML
        </label>
        <label className="check">
          <input type="radio" name="format" checked={format === 'json'} onChange={() => onChange({ format: 'json' })} />
          JSON
        </label>
      </fieldset>
      {chosen ? (
        <a className="button primary-link" href={exportHref(chosen, format)} download={`${chosen}.${format}`}>
          Download {chosen}.{format}
        </a>
      ) : (
        <span className="muted small">Choose a site to download its file.</span>
      )}
    </section>
  );
}
