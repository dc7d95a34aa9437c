// What accepting a drift finding changes in the model (issue #9 item 5), as change operations:
// the same operations a change request carries, so a regulated site reviews them like any other
// change and an unregulated one applies them through the same checks.
import type { ChangeOpDoc } from '../schemas/change-request.js';
import type { AssetDoc, ChannelDoc, SiteDoc } from '../schemas/site-file.js';
import type { Finding } from './findings.js';

export type AcceptPlan =
  | { kind: 'change'; title: string; ops: ChangeOpDoc[]; entity: { kind: 'asset' | 'conduit'; id: string } }
  /** Rules that point at a risk rather than a gap in the model: accepting records the decision only. */
  | { kind: 'acknowledge' };

type SiteShape = Pick<SiteDoc, 'zones' | 'conduits' | 'assets'>;

function slug(text: string): string {
  const s = text
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-+|-+$/gu, '');
  return s === '' ? 'x' : s.slice(0, 48);
}

/** A fresh id from `base` that no zone, conduit or asset of the site uses. */
function freshId(site: SiteShape, base: string): string {
  const used = new Set([
    ...(site.zones ?? []).map((z) => z.id),
    ...(site.conduits ?? []).map((c) => c.id),
    ...(site.assets ?? []).map((a) => a.id),
  ]);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

function channelFor(f: Finding, observedOn: string): ChannelDoc {
  const d = f.details;
  if (d.kind !== 'flow' || d.clientZone === null || d.serverZone === null) throw new Error('not a zoned flow finding');
  const protocol = d.protocol ?? (d.port === null ? d.transport : `${d.transport}-${d.port}`);
  return {
    protocol,
    transport: d.transport === 'l2' ? 'ethernet' : d.transport,
    ...(d.port === null ? {} : { port: d.port }),
    from: d.clientZone,
    to: d.serverZone,
    description: `Observed in traffic (first seen ${observedOn.slice(0, 10)}); accepted from the drift queue`,
  };
}

/**
 * The change that accepting `f` makes to `site`. `asset` overrides the proposed asset's fields for
 * HOST-UNKNOWN (name, type, zone …). Throws on a finding whose facts no longer fit the site (an
 * asset or conduit that is gone): the caller reports it as a conflict.
 */
export function acceptPlan(f: Finding, site: SiteShape, asset: Partial<AssetDoc> = {}): AcceptPlan {
  const d = f.details;
  switch (f.rule) {
    case 'HOST-UNKNOWN': {
      if (d.kind !== 'host') break;
      const proposed = { ...d.proposedAsset, ...asset };
      const name = proposed.name ?? d.ip ?? d.mac ?? 'observed host';
      const id = freshId(site, asset.id ?? `obs-${slug(d.ip ?? d.mac ?? name)}`);
      const entity: AssetDoc = { ...proposed, id, name, type: proposed.type ?? 'other' };
      return {
        kind: 'change',
        title: `Add observed host ${d.ip ?? d.mac ?? name} to the inventory`,
        ops: [{ op: 'create', kind: 'asset', entity: { ...entity } }],
        entity: { kind: 'asset', id },
      };
    }
    case 'HOST-ZONE-MISMATCH': {
      if (d.kind !== 'host' || d.asset === null || d.subnetZone === null) break;
      if (!(site.assets ?? []).some((a) => a.id === d.asset)) throw new Error(`asset ${d.asset} no longer exists`);
      return {
        kind: 'change',
        title: `Move asset ${d.asset} to zone ${d.subnetZone}, where its address is`,
        ops: [{ op: 'update', kind: 'asset', id: d.asset, patch: { zone: d.subnetZone } }],
        entity: { kind: 'asset', id: d.asset },
      };
    }
    case 'FLOW-NO-CONDUIT': {
      if (d.kind !== 'flow' || d.clientZone === null || d.serverZone === null) break;
      const id = freshId(site, `cd-${slug(d.clientZone)}-${slug(d.serverZone)}`);
      return {
        kind: 'change',
        title: `Add a conduit between ${d.clientZone} and ${d.serverZone} for observed ${d.protocol ?? d.transport} traffic`,
        ops: [
          {
            op: 'create',
            kind: 'conduit',
            entity: {
              id,
              name: `${d.clientZone} to ${d.serverZone} (observed)`,
              zones: [d.clientZone, d.serverZone],
              channels: [channelFor(f, f.first)],
            },
          },
        ],
        entity: { kind: 'conduit', id },
      };
    }
    case 'FLOW-NOT-IN-CHANNEL': {
      if (d.kind !== 'flow' || d.conduit === null) break;
      const conduit = (site.conduits ?? []).find((c) => c.id === d.conduit);
      if (!conduit) throw new Error(`conduit ${d.conduit} no longer exists`);
      return {
        kind: 'change',
        title: `Allow observed ${d.protocol ?? d.transport} traffic in conduit ${d.conduit}`,
        ops: [
          {
            op: 'update',
            kind: 'conduit',
            id: conduit.id,
            patch: { channels: [...(conduit.channels ?? []), channelFor(f, f.first)] },
          },
        ],
        entity: { kind: 'conduit', id: conduit.id },
      };
    }
    case 'CLEARTEXT-CREDENTIALS':
    case 'REMOTE-ACCESS-INTO-CONTROL':
      return { kind: 'acknowledge' };
  }
  throw new Error(`finding ${f.rule} lacks the facts needed to accept it`);
}
