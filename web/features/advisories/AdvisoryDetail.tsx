// One advisory in detail: its vulnerabilities (CVE, CVSS v3/v4, CWE), the vendor's remediations
// (fix, mitigation, "no fix planned": compensating controls only) and the product table the
// inventory is matched against (vendor, product, version or range, model numbers).
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useCan } from '../../auth/session.js';
import { usePrompt } from '../../components/Dialogs.js';
import { ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import {
  advisoriesKey,
  advisoryQuery,
  deleteAdvisory,
  NO_FIX,
  REMEDIATION_LABEL,
  type AdvisoryDetail as Detail,
} from './advisories-api.js';
import { CvssChip } from './Cvss.js';

const day = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

function Vulnerabilities({ a }: { a: Detail }) {
  if (a.vulnerabilities.length === 0) return <p className="muted small">No vulnerabilities listed.</p>;
  return (
    <table className="data" aria-label="Vulnerabilities">
      <thead>
        <tr>
          <th>CVE</th>
          <th>Title</th>
          <th>CWE</th>
          <th className="num">CVSS v3</th>
          <th className="num">CVSS v4</th>
        </tr>
      </thead>
      <tbody>
        {a.vulnerabilities.map((v, i) => (
          <tr key={v.cve ?? i}>
            <td className="mono nowrap">{v.cve ?? '—'}</td>
            <td>{v.title ?? <span className="muted">—</span>}</td>
            <td className="mono small">{v.cwe ?? '—'}</td>
            <td className="num">
              {v.cvssV3 ? <CvssChip v3={v.cvssV3.score} v4={null} vector={v.cvssV3.vector} /> : '—'}
            </td>
            <td className="num">
              {v.cvssV4 ? <CvssChip v3={null} v4={v.cvssV4.score} vector={v.cvssV4.vector} /> : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RemediationBadge({ category }: { category: string }) {
  const noFix = NO_FIX.has(category);
  const cls =
    category === 'vendor_fix' || category === 'optional_patch'
      ? 'badge ok'
      : noFix
        ? 'badge danger'
        : category === 'fix_planned'
          ? 'badge info'
          : 'badge';
  return (
    <span className={cls} title={noFix ? 'no fix — compensating controls only' : undefined}>
      {REMEDIATION_LABEL[category] ?? category}
    </span>
  );
}

function Remediations({ a }: { a: Detail }) {
  if (a.remediations.length === 0) return <p className="muted small">No remediations listed.</p>;
  const names = new Map(a.products.map((p) => [p.productId, p.fullName]));
  return (
    <ul className="remediation-list" aria-label="Remediations">
      {a.remediations.map((r, i) => (
        <li key={i} className={NO_FIX.has(r.category) ? 'no-fix' : undefined}>
          <div className="remediation-head">
            <RemediationBadge category={r.category} />
            {NO_FIX.has(r.category) && <strong className="small">no fix — compensating controls only</strong>}
            {r.cve && <span className="mono small">{r.cve}</span>}
            {r.productIds.length > 0 && (
              <span className="muted small" title={r.productIds.map((id) => names.get(id) ?? id).join('\n')}>
                {r.productIds.length} {r.productIds.length === 1 ? 'product' : 'products'}
              </span>
            )}
          </div>
          <div className="remediation-details">{r.details}</div>
          {r.url && (
            <a href={r.url} target="_blank" rel="noreferrer noopener" className="small">
              {r.url}
            </a>
          )}
        </li>
      ))}
    </ul>
  );
}

const PRODUCTS_SHOWN = 50;

function Products({ a }: { a: Detail }) {
  const [all, setAll] = useState(false);
  if (a.products.length === 0) return <p className="muted small">No products listed.</p>;
  const shown = all ? a.products : a.products.slice(0, PRODUCTS_SHOWN);
  return (
    <div className="table-scroll">
      <table className="data" aria-label="Products">
        <thead>
          <tr>
            <th>Vendor</th>
            <th>Product</th>
            <th>Version / range</th>
            <th>Model numbers</th>
            <th className="mono">Id</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((p) => (
            <tr key={p.productId}>
              <td>{p.vendor ?? <span className="muted">—</span>}</td>
              <td>
                {p.name ?? p.fullName}
                {p.family && <div className="muted small">{p.family}</div>}
                {p.relationship && (
                  <div className="muted small">
                    {p.relationship.category.replace(/_/g, ' ')} {p.relationship.platformId}
                  </div>
                )}
              </td>
              <td className="mono small">{p.versionRange ?? p.version ?? '—'}</td>
              <td className="mono small">{p.modelNumbers.join(', ') || '—'}</td>
              <td className="mono small muted">{p.productId}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {shown.length < a.products.length && (
        <button type="button" className="link show-all" onClick={() => setAll(true)}>
          Show all {a.products.length} products
        </button>
      )}
    </div>
  );
}

function DeleteButton({ a, onDeleted }: { a: Detail; onDeleted: () => void }) {
  const prompt = usePrompt();
  const queryClient = useQueryClient();
  const { busy, error, run } = useSubmit();
  const remove = () =>
    run(async () => {
      const ok = await prompt({
        title: `Delete ${a.trackingId}?`,
        message:
          'The advisory leaves the library and no longer matches any site’s assets. Importing it again restores it.',
        submitLabel: 'Delete',
        danger: true,
      });
      if (!ok) return;
      await deleteAdvisory(a.id);
      onDeleted();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: advisoriesKey }),
        queryClient.invalidateQueries({ queryKey: ['vulnerabilities'] }),
        queryClient.invalidateQueries({
          predicate: (q) => q.queryKey[0] === 'site' && q.queryKey[2] === 'vulnerabilities',
        }),
      ]);
    });
  return (
    <>
      <button type="button" className="danger" disabled={busy} onClick={() => void remove()}>
        Delete
      </button>
      {error !== null && <ErrorBox error={error} />}
    </>
  );
}

function DetailView({ a, onClose }: { a: Detail; onClose: () => void }) {
  const canDelete = useCan('advisory.import');
  return (
    <>
      <div className="panel-head">
        <h2 id="advisory-detail-title">
          <span className="mono">{a.trackingId}</span> {a.title}
        </h2>
        <span className="spacer" />
        {canDelete && <DeleteButton a={a} onDeleted={onClose} />}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <dl className="advisory-facts">
        <div>
          <dt>Publisher</dt>
          <dd>
            {a.publisher.name} <span className="muted small">({a.publisher.namespace})</span>
          </dd>
        </div>
        <div>
          <dt>Revision</dt>
          <dd>
            v{a.version} · {a.status}
          </dd>
        </div>
        <div>
          <dt>Released</dt>
          <dd>
            {day(a.initialReleaseDate)}
            {a.currentReleaseDate !== a.initialReleaseDate && <> · current {day(a.currentReleaseDate)}</>}
          </dd>
        </div>
        <div>
          <dt>Max CVSS</dt>
          <dd>
            <CvssChip v3={a.maxCvssV3} v4={a.maxCvssV4} />
          </dd>
        </div>
        <div>
          <dt>Imported</dt>
          <dd className="small">
            {day(a.importedAt)} from <span className="mono">{a.source}</span>
          </dd>
        </div>
        {a.relatedIds.length > 0 && (
          <div>
            <dt>Related</dt>
            <dd className="mono small">{a.relatedIds.join(', ')}</dd>
          </div>
        )}
      </dl>
      <h3>Vulnerabilities</h3>
      <Vulnerabilities a={a} />
      <h3>Remediations</h3>
      <Remediations a={a} />
      <h3>Products ({a.products.length})</h3>
      <Products a={a} />
    </>
  );
}

export function AdvisoryDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const detail = useQuery(advisoryQuery(id));
  return (
    <section className="panel advisory-detail" aria-label="Advisory detail">
      <QueryState query={detail} what="the advisory">
        {(a) => <DetailView a={a} onClose={onClose} />}
      </QueryState>
    </section>
  );
}
