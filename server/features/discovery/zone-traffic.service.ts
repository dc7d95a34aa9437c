// Observed vs approved (issue #9 item 5): the traffic seen between zones over every run, judged
// against the conduits and channels as they are now — so accepting a finding, or adding a conduit
// by hand, turns a red edge of the diagram green without another capture.
import { judgeFlow, type FlowVerdict } from '../../../core/discovery/site-match.js';
import type { FlowReport, FlowTransport, ProtocolId } from '../../../core/discovery/types.js';
import type { Actor } from '../../actor.js';
import type { Db } from '../../db/connection.js';
import { currentSite } from '../change-requests/change-request-apply.js';
import { requireSite } from '../site-refs.js';
import { listObservedFlows } from './discovery.repository.js';

export interface ZoneTraffic {
  from: string;
  to: string;
  /** The conduit joining the zones, if one does. */
  conduit: string | null;
  /** The worst verdict over the flows between the two zones. */
  verdict: Exclude<FlowVerdict, 'same-zone' | 'unzoned'>;
  protocols: string[];
  flows: number;
  packets: number;
  firstSeen: string;
  lastSeen: string;
}

const RANK: Record<ZoneTraffic['verdict'], number> = { allowed: 0, 'not-in-channel': 1, 'no-conduit': 2 };

export async function zoneTraffic(db: Db, _actor: Actor, siteId: string): Promise<{ items: ZoneTraffic[] }> {
  await requireSite(db.kysely, siteId);
  const [site, rows] = await Promise.all([currentSite(db.kysely, siteId), listObservedFlows(db.kysely, siteId)]);
  const pairs = new Map<string, ZoneTraffic & { protocolSet: Set<string> }>();
  for (const r of rows) {
    if (r.client_zone === null || r.server_zone === null || r.client_zone === r.server_zone) continue;
    const flow = {
      protocol: r.protocol as ProtocolId | null,
      transport: r.transport as FlowTransport,
      port: r.port,
    } as FlowReport;
    const judged = judgeFlow(flow, r.client_zone, r.server_zone, site);
    if (judged.verdict === 'same-zone' || judged.verdict === 'unzoned') continue;
    const key = `${r.client_zone}\u0000${r.server_zone}`;
    const label = r.protocol ?? (r.port === null ? r.transport : `${r.transport}/${r.port}`);
    const pair = pairs.get(key);
    if (!pair) {
      pairs.set(key, {
        from: r.client_zone,
        to: r.server_zone,
        conduit: judged.conduit,
        verdict: judged.verdict,
        protocols: [],
        protocolSet: new Set([label]),
        flows: 1,
        packets: r.packets,
        firstSeen: r.first_seen,
        lastSeen: r.last_seen,
      });
      continue;
    }
    pair.protocolSet.add(label);
    pair.flows++;
    pair.packets += r.packets;
    if (r.first_seen < pair.firstSeen) pair.firstSeen = r.first_seen;
    if (r.last_seen > pair.lastSeen) pair.lastSeen = r.last_seen;
    if (RANK[judged.verdict] > RANK[pair.verdict]) pair.verdict = judged.verdict;
    pair.conduit ??= judged.conduit;
  }
  const items = [...pairs.values()]
    .map(({ protocolSet, ...p }) => ({ ...p, protocols: [...protocolSet].sort() }))
    .sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return { items };
}
