// The zone & conduit register: one row per zone and per conduit with the three SL vectors
// (IEC 62443-3-2 ZCR 3 partitioning, ZCR 5 SL-T; SL-C and SL-A from the evaluation, DESIGN §3).
import type { Eval } from '../iec62443/evaluation.types.js';
import type { ConduitDoc, ZoneDoc } from '../schemas/site-file.js';
import { REPORT_INFO } from './kinds.js';
import { makeHeader, type ReportColumn, type ReportContext, type ReportDocument, type ReportRow } from './model.js';
import { ScopeNames, vectorCell } from './scope-names.js';

export interface ZonesReportInput {
  context: ReportContext;
  zones: readonly ZoneDoc[];
  conduits: readonly ConduitDoc[];
  evaluation: { zones: readonly Eval[]; conduits: readonly Eval[] };
  /** Assets per zone id (zones without assets may be missing). */
  assetCounts: Readonly<Record<string, number>>;
}

export const REGISTER_COLUMNS: readonly ReportColumn[] = [
  { title: 'Type', kind: 'text', width: 'auto' },
  { title: 'Id', kind: 'text', width: 62 },
  { title: 'Name', kind: 'text', width: 70 },
  { title: 'Kind', kind: 'text', width: 'auto' },
  { title: 'Parent / zones', kind: 'list', width: 60 },
  { title: 'Assets', kind: 'number', width: 'auto' },
  { title: 'Measures / channels', kind: 'list', width: 70 },
  { title: 'SL-T', kind: 'sl' },
  { title: 'SL-C', kind: 'sl' },
  { title: 'SL-A', kind: 'sl' },
  { title: 'Rationale', kind: 'text', width: '*' },
];

const channelText = (c: NonNullable<ConduitDoc['channels']>[number], names: ScopeNames): string =>
  `${c.protocol}${c.transport ? ` ${c.transport}` : ''}${c.port !== undefined ? `/${c.port}` : ''} ${names.name(c.from)} → ${names.name(c.to)}`;

export function buildZonesReport(input: ZonesReportInput): ReportDocument {
  const names = new ScopeNames([...input.zones, ...input.conduits.map((c) => ({ id: c.id, name: c.name ?? null }))]);
  const evalOf = new Map([...input.evaluation.zones, ...input.evaluation.conduits].map((e) => [e.id, e]));
  const zoneRows: ReportRow[] = input.zones.map((z) => {
    const e = evalOf.get(z.id);
    return [
      'zone',
      z.id,
      z.name,
      z.kind,
      z.parent ? [names.label(z.parent)] : [],
      input.assetCounts[z.id] ?? 0,
      [],
      vectorCell(z.slTarget),
      e?.slCapability ?? null,
      e?.slAchieved ?? null,
      z.rationale ?? null,
    ];
  });
  const conduitRows: ReportRow[] = input.conduits.map((c) => [
    'conduit',
    c.id,
    c.name ?? c.id,
    'conduit',
    c.zones.map((z) => names.label(z)),
    null,
    [...(c.measures ?? []), ...(c.channels ?? []).map((ch) => channelText(ch, names))],
    vectorCell(c.slTarget),
    // Conduits have no assets, so no capability (DESIGN §3.4).
    null,
    evalOf.get(c.id)?.slAchieved ?? null,
    c.rationale ?? null,
  ]);
  const table = {
    id: 'Register',
    title: 'Zones and conduits',
    columns: REGISTER_COLUMNS,
    rows: [...zoneRows, ...conduitRows],
    empty: 'The site has no zones or conduits.',
  };
  const withTarget = input.zones.filter((z) => z.slTarget !== undefined).length;
  return {
    kind: 'zones',
    header: makeHeader(input.context, REPORT_INFO.zones.title),
    orientation: 'landscape',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Zones', value: `${input.zones.length} (${withTarget} with an SL-T)` },
          { label: 'Conduits', value: String(input.conduits.length) },
          { label: 'Assets in zones', value: String(Object.values(input.assetCounts).reduce((a, b) => a + b, 0)) },
        ],
      },
      {
        kind: 'text',
        tone: 'muted',
        text: 'Vectors list FR 1–7. SL-C of a zone is the weakest known capability of its assets; conduits have none. SL-A is evaluated as of the date above.',
      },
      { kind: 'table', table },
    ],
    csv: table,
    signature: null,
  };
}
