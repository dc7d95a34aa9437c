// One analysis run: the hosts seen (with the asset they matched, and how, and their zone) and the
// flows between them with the verdict against the approved conduits and channels.
import { useQuery } from '@tanstack/react-query';
import { QueryState } from '../../components/states.js';
import { formatBytes } from '../../components/upload/format-bytes.js';
import { runQuery, type FlowRow, type FlowVerdict, type HostRow } from './discovery-api.js';
import { Identities } from './FindingDetails.js';
import { when } from './finding-text.js';

const VERDICT: Record<FlowVerdict, { text: string; badge: string }> = {
  allowed: { text: 'allowed', badge: 'badge ok' },
  'same-zone': { text: 'same zone', badge: 'badge' },
  'no-conduit': { text: 'no conduit', badge: 'badge danger' },
  'not-in-channel': { text: 'not in a channel', badge: 'badge warn' },
  unzoned: { text: 'unzoned', badge: 'badge' },
};

const n = (v: number) => v.toLocaleString('en-US');

function HostsTable({ hosts }: { hosts: HostRow[] }) {
  return (
    <table className="data compact" aria-label="Hosts of the run">
      <thead>
        <tr>
          <th>IP</th>
          <th>MAC</th>
          <th>Protocols</th>
          <th>Identity</th>
          <th>Asset</th>
          <th>Zone</th>
          <th className="num">Sent / received</th>
          <th>Last seen</th>
        </tr>
      </thead>
      <tbody>
        {hosts.map((h) => (
          <tr key={`${h.ip ?? ''}|${h.mac ?? ''}`}>
            <td className="mono">{h.ip ?? '—'}</td>
            <td className="mono small">
              {h.mac ?? '—'}
              {h.vendor && <div className="muted">{h.vendor}</div>}
            </td>
            <td className="small">{[...new Set(h.protocols.map((p) => `${p.protocol} ${p.role}`))].join(', ')}</td>
            <td className="small">{h.identities.length > 0 ? <Identities identities={h.identities} /> : '—'}</td>
            <td>
              {h.asset ? (
                <>
                  <span className="mono">{h.asset}</span> <span className="muted small">by {h.matchedBy}</span>
                </>
              ) : (
                <span className="badge warn">unknown</span>
              )}
            </td>
            <td className="mono small">
              {h.zone ?? '—'}
              {h.subnetZone && h.subnetZone !== h.zone && <div className="muted">subnet of {h.subnetZone}</div>}
            </td>
            <td className="num">
              {n(h.packetsSent)} / {n(h.packetsReceived)}
            </td>
            <td className="nowrap small">{when(h.lastSeen)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function FlowsTable({ flows }: { flows: FlowRow[] }) {
  return (
    <table className="data compact" aria-label="Flows of the run">
      <thead>
        <tr>
          <th>Protocol</th>
          <th>Client</th>
          <th>Server</th>
          <th>Zones</th>
          <th>Conduit</th>
          <th>Verdict</th>
          <th className="num">Packets</th>
          <th className="num">Bytes</th>
        </tr>
      </thead>
      <tbody>
        {flows.map((f, i) => (
          <tr key={i}>
            <td className="nowrap">
              {f.protocol ?? <span className="muted">unidentified</span>}{' '}
              <span className="muted small">
                {f.transport}
                {f.port !== null ? `/${f.port}` : ''}
              </span>
            </td>
            <td className="mono small">{f.client}</td>
            <td className="mono small">{f.server}</td>
            <td className="mono small">
              {f.clientZone ?? '—'} → {f.serverZone ?? '—'}
            </td>
            <td className="mono small">{f.conduit ?? '—'}</td>
            <td>
              <span className={VERDICT[f.verdict].badge}>{VERDICT[f.verdict].text}</span>
            </td>
            <td className="num">{n(f.packets)}</td>
            <td className="num">{formatBytes(f.bytes)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RunDetailView({ site, run, onClose }: { site: string; run: string; onClose: () => void }) {
  const detail = useQuery(runQuery(site, run));
  return (
    <div className="run-detail" role="region" aria-label="Run detail">
      <QueryState query={detail} what="the run">
        {(r) => (
          <>
            <div className="panel-head">
              <h3>
                Run of {when(r.createdAt)} <span className="mono muted small">{r.id}</span>
              </h3>
              <span className="spacer" />
              <button type="button" className="link" onClick={onClose}>
                Close
              </button>
            </div>
            <p className="muted small">
              {r.captures
                .map(
                  (c) =>
                    `${c.file}: ${c.format ?? 'unknown format'}${c.compressed ? ' (gzip)' : ''}, ${n(c.packets)} packets, ${formatBytes(c.bytes)}, ${when(c.first)} – ${when(c.last)}${c.skipped > 0 ? `, ${n(c.skipped)} skipped` : ''}`,
                )
                .join(' · ')}
            </p>
            {r.summary.truncated && (
              <p className="small">
                <span className="badge warn">truncated</span> a very large capture: only the first hosts and flows were
                kept; the counts and findings cover everything.
              </p>
            )}
            <h4>Hosts ({r.hosts.length})</h4>
            <HostsTable hosts={r.hosts} />
            <h4>Flows ({r.flows.length})</h4>
            <FlowsTable flows={r.flows} />
          </>
        )}
      </QueryState>
    </div>
  );
}
