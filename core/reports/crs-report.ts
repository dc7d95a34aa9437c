// The CRS (IEC 62443-3-2 ZCR 6) as a report: the same `CrsDocument` the CRS route answers
// (core/iec62443/risk/crs.ts `buildCrs`), laid out as tables, with the ZCR 7 approval as the
// signature block. The version printed in the header is the risk assessment's.
import type { CrsDocument } from '../iec62443/risk/crs.js';
import { REPORT_INFO } from './kinds.js';
import {
  makeHeader,
  type ReportBlock,
  type ReportColumn,
  type ReportContext,
  type ReportDocument,
  type ReportTable,
  type SignatureBlock,
} from './model.js';
import { frList, ScopeNames } from './scope-names.js';

export interface CrsReportInput {
  context: ReportContext;
  crs: CrsDocument;
}

const SCOPE_COLUMNS: readonly ReportColumn[] = [
  { title: 'Type', kind: 'text', width: 'auto' },
  { title: 'Id', kind: 'text', width: 62 },
  { title: 'Name', kind: 'text', width: 70 },
  { title: 'Kind', kind: 'text', width: 'auto' },
  { title: 'Zones', kind: 'list', width: 60 },
  { title: 'Assets', kind: 'number', width: 'auto' },
  { title: 'Safety assets', kind: 'number', width: 'auto' },
  { title: 'SL-T', kind: 'sl' },
  { title: 'SL-A', kind: 'sl' },
  { title: 'Gap', kind: 'gap' },
  { title: 'Rationale', kind: 'text', width: '*' },
];

const rating = (r: { name: string; tolerable: boolean } | null): string | null =>
  r ? `${r.name}${r.tolerable ? ' (tolerable)' : ''}` : null;

interface CrsTables {
  scopes: ReportTable;
  channels: ReportTable;
  threats: ReportTable;
  controls: ReportTable;
  assumptions: ReportTable;
}

function tables(crs: CrsDocument, names: ScopeNames): CrsTables {
  return {
    scopes: {
      id: 'Zones and conduits',
      title: 'Zones and conduits (ZCR 3; SL-T from ZCR 5)',
      columns: SCOPE_COLUMNS,
      rows: [
        ...crs.zones.map((z) => [
          'zone',
          z.id,
          z.name,
          z.kind,
          [],
          z.assets,
          z.safetyAssets,
          z.slTarget,
          z.slAchieved,
          z.gap,
          z.rationale,
        ]),
        ...crs.conduits.map((c) => [
          'conduit',
          c.id,
          c.name ?? c.id,
          'conduit',
          c.zones.map((z) => names.label(z)),
          null,
          null,
          c.slTarget,
          null,
          null,
          c.rationale,
        ]),
      ],
      empty: 'No zones or conduits in the system under consideration.',
    },
    channels: {
      id: 'Channels',
      title: 'Conduit channels and measures',
      columns: [
        { title: 'Conduit', kind: 'text', width: 'auto' },
        { title: 'Protocol', kind: 'text', width: 'auto' },
        { title: 'Transport', kind: 'text', width: 'auto' },
        { title: 'Port', kind: 'number', width: 'auto' },
        { title: 'From', kind: 'text', width: '*' },
        { title: 'To', kind: 'text', width: '*' },
        { title: 'Measures', kind: 'list', width: '*' },
      ],
      rows: crs.conduits.flatMap((c) =>
        (c.channels.length > 0 ? c.channels : [null]).map((ch) => [
          c.id,
          ch?.protocol ?? null,
          ch?.transport ?? null,
          ch?.port ?? null,
          ch ? names.label(ch.from) : null,
          ch ? names.label(ch.to) : null,
          c.measures,
        ]),
      ),
      empty: 'No conduits.',
    },
    threats: {
      id: 'Threat environment',
      title: 'Threat environment (ZCR 5)',
      columns: [
        { title: 'Id', kind: 'text', width: 62 },
        { title: 'Scenario', kind: 'text', width: '*' },
        { title: 'Target', kind: 'text', width: 'auto' },
        { title: 'Threat source', kind: 'text', width: 70 },
        { title: 'Capability', kind: 'number', width: 'auto' },
        { title: 'Vector', kind: 'text', width: 'auto' },
        { title: 'FRs', kind: 'list', width: 'auto' },
        { title: 'Unmitigated risk', kind: 'text', width: 'auto' },
        { title: 'Residual risk', kind: 'text', width: 'auto' },
        { title: 'Accepted', kind: 'text', width: 80 },
      ],
      rows: crs.threatEnvironment.map((t) => [
        t.id,
        t.title,
        `${t.target.kind} ${t.target.id}`,
        t.threatSource.kind ? `${t.threatSource.name} (${t.threatSource.kind})` : t.threatSource.name,
        t.threatSource.capability,
        t.vector,
        frList(t.affectedFrs),
        rating(t.unmitigatedRisk),
        rating(t.residualRisk),
        t.acceptance
          ? `${t.acceptance.expired ? 'EXPIRED' : 'until'} ${t.acceptance.expires}, by ${t.acceptance.byName}: ${t.acceptance.rationale}`
          : null,
      ]),
      empty: 'No threat scenarios.',
    },
    controls: {
      id: 'Compensating controls',
      title: 'Compensating controls',
      columns: [
        { title: 'Id', kind: 'text', width: 62 },
        { title: 'Zone / conduit', kind: 'text', width: '*' },
        { title: 'Stands in for', kind: 'list', width: '*' },
        { title: 'Kind', kind: 'text', width: 'auto' },
        { title: 'Approved by', kind: 'text', width: 'auto' },
        { title: 'Expires', kind: 'date', width: 'auto' },
      ],
      rows: crs.compensatingControls.map((c) => [
        c.id,
        names.label(c.scope),
        c.requirements,
        c.kind,
        c.approvedBy,
        c.expires,
      ]),
      empty: 'No compensating controls.',
    },
    assumptions: {
      id: 'Assumptions',
      title: 'Organisational and physical assumptions (ZCR 6)',
      columns: [
        { title: 'Step', kind: 'text', width: 'auto' },
        { title: 'Assumption', kind: 'text', width: '*' },
      ],
      rows: crs.assumptions.map((a) => [a.step.toUpperCase(), a.text]),
      empty: 'None recorded (the notes of ZCR 1 and ZCR 6).',
    },
  };
}

/** ZCR 7: the approval that makes the CRS authoritative, or a plain DRAFT mark. */
function signatureOf(crs: CrsDocument): SignatureBlock {
  const { version, status, lastApproval: a } = crs.assessment;
  const approved = status === 'approved' && a !== null;
  return {
    title: 'Approval (IEC 62443-3-2 ZCR 7)',
    status: approved
      ? `Risk assessment version ${version}: approved.`
      : `DRAFT — not approved. Risk assessment version ${version}, status ${status}.${a ? ' Last approval, of an earlier state:' : ''}`,
    statusTone: approved ? 'ok' : 'warning',
    entries: a
      ? [
          {
            subject: `Risk assessment version ${a.version}`,
            signer: a.signature.printedName,
            account: a.signature.signedBy === a.signature.printedName ? null : a.signature.signedBy,
            signedAt: a.signature.signedAt,
            meaning: a.signature.meaning,
            detail: `content SHA-256 ${a.contentHash}`,
          },
        ]
      : [],
    empty: 'Never approved.',
  };
}

export function buildCrsReport(input: CrsReportInput): ReportDocument {
  const { crs } = input;
  const names = new ScopeNames([...crs.zones, ...crs.conduits.map((c) => ({ id: c.id, name: c.name }))]);
  const t = tables(crs, names);
  const s = crs.suc;
  const table = (t: ReportTable): ReportBlock => ({ kind: 'table', table: t });
  const draft: ReportBlock[] =
    crs.assessment.status === 'approved'
      ? []
      : [
          {
            kind: 'text',
            tone: 'warning',
            text: `DRAFT — not approved: the risk assessment (version ${crs.assessment.version}) is ${crs.assessment.status}.`,
          },
        ];
  return {
    kind: 'crs',
    header: makeHeader(
      input.context,
      REPORT_INFO.crs.title,
      `risk assessment version ${crs.assessment.version} (${crs.assessment.status})`,
    ),
    orientation: 'landscape',
    blocks: [
      ...draft,
      { kind: 'heading', text: 'System under consideration (ZCR 1)' },
      {
        kind: 'facts',
        facts: [
          { label: 'Scope', value: s.scope || '—' },
          { label: 'Boundaries', value: s.boundaries || '—' },
          { label: 'Access points', value: s.accessPoints || '—' },
          { label: 'Zones', value: s.zones.length > 0 ? s.zones.join(', ') : 'all zones of the site' },
          { label: 'Assets', value: s.assets.length > 0 ? s.assets.join(', ') : '—' },
        ],
      },
      table(t.scopes),
      table(t.channels),
      table(t.threats),
      table(t.controls),
      { kind: 'heading', text: 'Risk criteria' },
      {
        kind: 'facts',
        facts: [
          { label: 'Risk matrix', value: crs.riskMatrix.source },
          { label: 'Tolerable up to', value: crs.riskMatrix.tolerableRisk },
        ],
      },
      table(t.assumptions),
    ],
    csv: t.scopes,
    signature: signatureOf(crs),
  };
}
