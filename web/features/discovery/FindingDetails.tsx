// The expandable part of a drift finding: the host pairs behind a flow finding, or the host's
// addresses, protocols, device identities and the asset accepting would create.
import type { FlowFindingDetails, HostFindingDetails, Identity, ProposedAsset } from './discovery-api.js';

const identityText = (i: Identity): string =>
  [
    i.vendor,
    i.product,
    i.orderNumber && `order no. ${i.orderNumber}`,
    i.firmware && `firmware ${i.firmware}`,
    i.serial && `serial ${i.serial}`,
    i.name && `name ${i.name}`,
  ]
    .filter(Boolean)
    .join(' · ') || 'no identity fields';

export function Identities({ identities }: { identities: Identity[] }) {
  if (identities.length === 0) return <span className="muted">none seen</span>;
  return (
    <ul className="plain-list">
      {identities.map((i, n) => (
        <li key={n}>
          <span className="badge">{i.protocol}</span> {identityText(i)}
        </li>
      ))}
    </ul>
  );
}

function Proposed({ asset }: { asset: ProposedAsset }) {
  const rows: [string, string | undefined][] = [
    ['Name', asset.name],
    ['Type', asset.type],
    ['Zone', asset.zone],
    ['Vendor', asset.vendor],
    ['Model', asset.model],
    ['Firmware', asset.firmware],
    ['Order number', asset.orderNumber],
    ['Serial', asset.serial],
    ['IP', asset.ip?.join(', ')],
    ['MAC', asset.mac?.join(', ')],
  ];
  return (
    <dl className="kv">
      {rows
        .filter(([, v]) => v)
        .map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
    </dl>
  );
}

function HostDetails({ d }: { d: HostFindingDetails }) {
  return (
    <div className="finding-details-grid">
      <dl className="kv">
        <div>
          <dt>IP</dt>
          <dd className="mono">{d.ip ?? '—'}</dd>
        </div>
        <div>
          <dt>MAC</dt>
          <dd className="mono">
            {d.mac ?? '—'}
            {d.vendor && <span className="muted"> ({d.vendor})</span>}
          </dd>
        </div>
        <div>
          <dt>Zone by subnet</dt>
          <dd className="mono">{d.zone ?? 'no zone subnet'}</dd>
        </div>
        {d.asset && (
          <div>
            <dt>Asset</dt>
            <dd className="mono">
              {d.asset} (modelled in {d.assetZone ?? 'no zone'})
            </dd>
          </div>
        )}
        <div>
          <dt>Protocols</dt>
          <dd>{d.protocols.length > 0 ? d.protocols.join(', ') : '—'}</dd>
        </div>
      </dl>
      <div>
        <h4>Identities</h4>
        <Identities identities={d.identities} />
      </div>
      {d.proposedAsset && (
        <div>
          <h4>Proposed asset</h4>
          <Proposed asset={d.proposedAsset} />
        </div>
      )}
    </div>
  );
}

function FlowDetails({ d }: { d: FlowFindingDetails }) {
  return (
    <div className="finding-details-grid">
      <dl className="kv">
        <div>
          <dt>Zones</dt>
          <dd className="mono">
            {d.clientZone ?? 'outside any zone'} → {d.serverZone ?? 'outside any zone'}
          </dd>
        </div>
        <div>
          <dt>Conduit</dt>
          <dd className="mono">{d.conduit ?? 'none'}</dd>
        </div>
        <div>
          <dt>Protocol</dt>
          <dd>
            {d.protocol ?? 'unidentified'} ({d.transport}
            {d.port !== null ? ` ${d.port}` : ''})
          </dd>
        </div>
        <div>
          <dt>Packets</dt>
          <dd>{d.packets.toLocaleString('en-US')}</dd>
        </div>
        {d.usernames && d.usernames.length > 0 && (
          <div>
            <dt>User names seen</dt>
            <dd className="mono">{d.usernames.join(', ')}</dd>
          </div>
        )}
      </dl>
      <table className="data compact" aria-label="Host pairs">
        <thead>
          <tr>
            <th>Client</th>
            <th>Server</th>
            <th className="num">Packets</th>
          </tr>
        </thead>
        <tbody>
          {d.flows.map((f) => (
            <tr key={`${f.client}|${f.server}`}>
              <td className="mono">{f.client}</td>
              <td className="mono">{f.server}</td>
              <td className="num">{f.packets.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function FindingDetails({ details }: { details: FlowFindingDetails | HostFindingDetails }) {
  return details.kind === 'host' ? <HostDetails d={details} /> : <FlowDetails d={details} />;
}
