// A site's Vulnerabilities tab (issue #10 item 4): the organisation's vendor advisories matched
// against the site's inventory, one finding per asset and advisory, highest priority first (CVSS,
// the zone's SL-T, exposure to enterprise or remote access, legacy, fix available). Assessors and
// site-admins triage them Now / Next / Never with an owner and a due date. Filters live in the URL.
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { useReason } from '../../components/Dialogs.js';
import { SiteNav } from '../../components/SiteNav.js';
import { Empty, ErrorBox, QueryState } from '../../components/states.js';
import { useSubmit } from '../../components/useSubmit.js';
import { FindingsTable } from './FindingsTable.js';
import { filterFindings, zonesOf } from './findings-filter.js';
import type { TriageFilter, VulnerabilitiesSearch } from './search.js';
import { TRIAGE_FILTERS } from './search.js';
import { bodyOf, type TriageForm } from './triage-form.js';
import { TriageDialog } from './TriageDialog.js';
import {
  saveTriage,
  siteVulnerabilitiesQuery,
  VERDICTS,
  vulnerabilitiesKey,
  type Decision,
  type Finding,
  type SiteVulnerabilities,
  type Verdict,
} from './vulnerabilities-api.js';
import './vulnerabilities.css';

const route = getRouteApi('/app/sites/$site/vulnerabilities');

const VERDICT_TEXT: Record<Verdict, string> = {
  affected: 'Affected',
  review: 'Review',
  'not-affected': 'Not affected',
};

function Counts({
  data,
  search,
  onSearch,
}: {
  data: SiteVulnerabilities;
  search: VulnerabilitiesSearch;
  onSearch: (next: Partial<VulnerabilitiesSearch>) => void;
}) {
  const c = data.counts;
  const tiles: { label: string; value: number; cls: string; active: boolean; apply: Partial<VulnerabilitiesSearch> }[] =
    [
      {
        label: 'affected',
        value: c.affected,
        cls: 'tile-affected',
        active: search.verdict === 'affected',
        apply: { verdict: search.verdict === 'affected' ? undefined : 'affected' },
      },
      {
        label: 'to review',
        value: c.review,
        cls: 'tile-review',
        active: search.verdict === 'review',
        apply: { verdict: search.verdict === 'review' ? undefined : 'review' },
      },
      {
        label: 'closed',
        value: c.closed,
        cls: 'tile-closed',
        active: !!search.closed,
        apply: { closed: search.closed ? undefined : true },
      },
      ...TRIAGE_FILTERS.map((t) => ({
        label: t === 'untriaged' ? 'untriaged' : `triaged ${t}`,
        value: c[t],
        cls: `tile-${t}`,
        active: search.triage === t,
        apply: { triage: search.triage === t ? undefined : t },
      })),
    ];
  return (
    <div className="vuln-counts" role="group" aria-label="Counts">
      {tiles.map((t) => (
        <button
          key={t.label}
          type="button"
          className={`vuln-tile ${t.cls}${t.active ? ' active' : ''}`}
          aria-pressed={t.active}
          onClick={() => onSearch(t.apply)}
        >
          <strong>{t.value}</strong>
          <span>{t.label}</span>
        </button>
      ))}
      <span className="muted small vuln-scope">
        {data.assetCount} assets matched against {data.advisoryCount}{' '}
        {data.advisoryCount === 1 ? 'advisory' : 'advisories'}
      </span>
    </div>
  );
}

function Filters({
  findings,
  search,
  onSearch,
  shown,
}: {
  findings: Finding[];
  search: VulnerabilitiesSearch;
  onSearch: (next: Partial<VulnerabilitiesSearch>) => void;
  shown: number;
}) {
  const zones = useMemo(() => zonesOf(findings), [findings]);
  const options =
    search.zone && !zones.some((z) => z.id === search.zone)
      ? [...zones, { id: search.zone, name: search.zone }]
      : zones;
  const filtered = search.verdict || search.triage || search.zone || search.q || search.closed;
  return (
    <div className="toolbar vuln-filters">
      <input
        type="search"
        aria-label="Search findings"
        placeholder="Asset, product, advisory, CVE…"
        value={search.q ?? ''}
        onChange={(e) => onSearch({ q: e.target.value || undefined })}
      />
      <label>
        <span className="muted small">Verdict </span>
        <select
          aria-label="Filter by verdict"
          value={search.verdict ?? ''}
          onChange={(e) => onSearch({ verdict: (e.target.value || undefined) as Verdict | undefined })}
        >
          <option value="">All</option>
          {VERDICTS.map((v) => (
            <option key={v} value={v}>
              {VERDICT_TEXT[v]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="muted small">Triage </span>
        <select
          aria-label="Filter by triage"
          value={search.triage ?? ''}
          onChange={(e) => onSearch({ triage: (e.target.value || undefined) as TriageFilter | undefined })}
        >
          <option value="">All</option>
          {TRIAGE_FILTERS.map((t) => (
            <option key={t} value={t}>
              {t === 'untriaged' ? 'Untriaged' : t[0]!.toUpperCase() + t.slice(1)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span className="muted small">Zone </span>
        <select
          aria-label="Filter by zone"
          value={search.zone ?? ''}
          onChange={(e) => onSearch({ zone: e.target.value || undefined })}
        >
          <option value="">All</option>
          {options.map((z) => (
            <option key={z.id} value={z.id}>
              {z.name}
            </option>
          ))}
        </select>
      </label>
      <label className="check">
        <input
          type="checkbox"
          checked={!!search.closed}
          onChange={(e) => onSearch({ closed: e.target.checked || undefined })}
        />{' '}
        Show closed
      </label>
      <span className="muted small">
        {shown} of {findings.length} findings
      </span>
      {filtered && (
        <button
          type="button"
          className="link"
          onClick={() =>
            onSearch({ verdict: undefined, triage: undefined, zone: undefined, q: undefined, closed: undefined })
          }
        >
          Clear filters
        </button>
      )}
    </div>
  );
}

function SiteFindings({
  site,
  data,
  search,
  onSearch,
}: {
  site: string;
  data: SiteVulnerabilities;
  search: VulnerabilitiesSearch;
  onSearch: (next: Partial<VulnerabilitiesSearch>) => void;
}) {
  const canTriage = useCan('vulnerability.triage', site);
  const info = useQuery(siteQuery(site));
  const queryClient = useQueryClient();
  const askReason = useReason();
  const { busy, error, setError, run } = useSubmit();
  const [triaging, setTriaging] = useState<{ finding: Finding; decision: Decision | undefined } | null>(null);
  const shown = useMemo(() => filterFindings(data.findings, search), [data.findings, search]);

  const save = (form: TriageForm) =>
    run(async () => {
      if (!triaging) return;
      const f = triaging.finding;
      const reason = await askReason(info.data, `triage ${f.trackingId} on ${f.assetName}`);
      await saveTriage(site, bodyOf(f, form), reason);
      setTriaging(null);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vulnerabilitiesKey(site) }),
        queryClient.invalidateQueries({ queryKey: ['vulnerabilities'] }),
      ]);
    });

  if (data.findings.length === 0)
    return (
      <Empty>
        {data.advisoryCount === 0
          ? 'The advisory library is empty: import vendor advisories (CSAF) on the Advisories page to match them against this site.'
          : `None of the ${data.advisoryCount} advisories in the library matches this site's ${data.assetCount} assets.`}
      </Empty>
    );
  return (
    <>
      <Counts data={data} search={search} onSearch={onSearch} />
      <Filters findings={data.findings} search={search} onSearch={onSearch} shown={shown.length} />
      {!triaging && error !== null && <ErrorBox error={error} />}
      {shown.length === 0 ? (
        <Empty>No finding matches the filters.</Empty>
      ) : (
        <FindingsTable
          site={site}
          findings={shown}
          canTriage={canTriage}
          onTriage={(finding, decision) => {
            setError(null);
            setTriaging({ finding, decision });
          }}
        />
      )}
      {canTriage && (
        <p className="muted small">
          Keyboard: focus a finding (Tab) and press <kbd>N</kbd> Now, <kbd>X</kbd> Next, <kbd>V</kbd> Never, or{' '}
          <kbd>Enter</kbd> to edit its triage.
        </p>
      )}
      {triaging && (
        <TriageDialog
          key={`${triaging.finding.assetId}\u0000${triaging.finding.advisoryKey}`}
          site={site}
          finding={triaging.finding}
          decision={triaging.decision}
          busy={busy}
          error={error}
          onSubmit={(form) => void save(form)}
          onCancel={() => {
            setTriaging(null);
            setError(null);
          }}
        />
      )}
    </>
  );
}

export function VulnerabilitiesPage() {
  const { site } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const data = useQuery(siteVulnerabilitiesQuery(site));
  const onSearch = useCallback(
    (next: Partial<VulnerabilitiesSearch>) =>
      // Replace, not push: filtering is not a step the back button should replay.
      void navigate({ search: (prev) => ({ ...prev, ...next }), replace: true }),
    [navigate],
  );
  return (
    <div className="vulnerabilities-page">
      <SiteNav site={site} title="Vulnerabilities" />
      <section className="panel" aria-labelledby="findings-title">
        <div className="panel-head">
          <h2 id="findings-title">Findings</h2>
          <span className="muted small">
            vendor advisories matched against the site&apos;s assets (vendor, model, order number, firmware), highest
            priority first
          </span>
        </div>
        <QueryState query={data} what="the findings">
          {(d) => <SiteFindings site={site} data={d} search={search} onSearch={onSearch} />}
        </QueryState>
      </section>
    </div>
  );
}
