// The gap report of a site: every zone and conduit, those meeting SL-T too, with SL-T / SL-C /
// SL-A, the gap per FR and the requirements blocking each level (DESIGN §3.5: the 3-3 items of FR
// f with lowest SL ≤ SL-T(f) that are not satisfied), with their catalog titles.
import { compare33, requirement33 } from '../iec62443/catalog.js';
import type { Eval } from '../iec62443/evaluation.types.js';
import { REPORT_INFO } from './kinds.js';
import {
  makeHeader,
  type ReportColumn,
  type ReportContext,
  type ReportDocument,
  type ReportRow,
  type ReportTable,
} from './model.js';
import { ScopeNames, type NamedScope } from './scope-names.js';

export interface GapsReportInput {
  context: ReportContext;
  zones: readonly NamedScope[];
  conduits: readonly NamedScope[];
  evaluation: { zones: readonly Eval[]; conduits: readonly Eval[] };
}

const FRS = [1, 2, 3, 4, 5, 6, 7] as const;

const totalGap = (e: Eval): number => e.gap.reduce((a, b) => a + b, 0);

/** "yes" when an SL-T is set and every FR meets it (the portfolio's definition). */
export function meetsTarget(e: Eval): 'yes' | 'no' | 'no SL-T' {
  if (e.slTarget === null) return 'no SL-T';
  return totalGap(e) === 0 ? 'yes' : 'no';
}

const SUMMARY_COLUMNS: readonly ReportColumn[] = [
  { title: 'Type', kind: 'text', width: 'auto' },
  { title: 'Id', kind: 'text', width: 62 },
  { title: 'Name', kind: 'text', width: '*' },
  { title: 'SL-T', kind: 'sl' },
  { title: 'SL-C', kind: 'sl' },
  { title: 'SL-A', kind: 'sl' },
  { title: 'Gap', kind: 'gap' },
  { title: 'Meets SL-T', kind: 'text', width: 'auto' },
  { title: 'Blocking', kind: 'number', width: 'auto' },
  { title: 'Warnings', kind: 'list', printed: false },
];

const DETAIL_COLUMNS: readonly ReportColumn[] = [
  { title: 'Type', kind: 'text' },
  { title: 'Id', kind: 'text' },
  { title: 'Name', kind: 'text' },
  { title: 'FR', kind: 'number' },
  { title: 'Requirement', kind: 'text' },
  { title: 'Title', kind: 'text' },
  { title: 'Lowest SL', kind: 'number' },
  { title: 'Status', kind: 'text' },
];

const BY_FR_COLUMNS: readonly ReportColumn[] = [
  { title: 'Zone / conduit', kind: 'text', width: 100 },
  ...FRS.map((f): ReportColumn => ({ title: `FR ${f}`, kind: 'list', width: '*' })),
];

const CITED_COLUMNS: readonly ReportColumn[] = [
  { title: 'Requirement', kind: 'text', width: 62 },
  { title: 'FR', kind: 'number', width: 'auto' },
  { title: 'Lowest SL', kind: 'number', width: 'auto' },
  { title: 'Title', kind: 'text', width: '*' },
  { title: 'Blocks', kind: 'number', width: 'auto' },
];

/** The summary without its warnings, then the blocking ids of each FR: one flat row per scope. */
const CSV_COLUMNS: readonly ReportColumn[] = [
  ...SUMMARY_COLUMNS.filter((c) => c.title !== 'Warnings'),
  ...FRS.map((f): ReportColumn => ({ title: `Blocking FR ${f}`, kind: 'list' })),
];

interface Scope {
  type: 'zone' | 'conduit';
  e: Eval;
}

export function buildGapsReport(input: GapsReportInput): ReportDocument {
  const names = new ScopeNames([...input.zones, ...input.conduits]);
  const scopes: Scope[] = [
    ...input.evaluation.zones.map((e) => ({ type: 'zone' as const, e })),
    ...input.evaluation.conduits.map((e) => ({ type: 'conduit' as const, e })),
  ];
  const summaryRow = ({ type, e }: Scope): ReportRow => [
    type,
    e.id,
    names.name(e.id),
    e.slTarget,
    e.slCapability,
    e.slAchieved,
    e.gap,
    meetsTarget(e),
    e.blocking.length,
  ];
  const summary: ReportTable = {
    id: 'Summary',
    title: 'Zones and conduits against SL-T',
    columns: SUMMARY_COLUMNS,
    rows: scopes.map((s) => [...summaryRow(s), s.e.warnings]),
    empty: 'The site has no zones or conduits.',
  };
  const blocked = scopes.filter((sc) => sc.e.blocking.length > 0);
  // Spreadsheets get one row per blocking requirement (filterable); print gets a zone × FR matrix
  // of ids and each cited requirement's title once, which reads better and lays out far faster.
  const detail: ReportTable = {
    id: 'Blocking requirements',
    title: 'Blocking requirements',
    columns: DETAIL_COLUMNS,
    rows: blocked.flatMap(({ type, e }) =>
      e.blocking.map((b) => [
        type,
        e.id,
        names.name(e.id),
        b.fr,
        b.id,
        requirement33(b.id)?.title ?? null,
        b.minSl,
        b.status,
      ]),
    ),
    empty: 'Nothing blocks: every zone and conduit with an SL-T meets it.',
  };
  const byFr: ReportTable = {
    id: 'Blocking by FR',
    title: 'Blocking requirements by FR',
    columns: BY_FR_COLUMNS,
    rows: blocked.map(({ e }) => [
      names.label(e.id),
      ...FRS.map((f) =>
        e.blocking.filter((b) => b.fr === f).map((b) => (b.status === 'unassessed' ? b.id : `${b.id} (${b.status})`)),
      ),
    ]),
    empty: 'Nothing blocks: every zone and conduit with an SL-T meets it.',
  };
  const citedCount = new Map<string, number>();
  for (const { e } of blocked) for (const b of e.blocking) citedCount.set(b.id, (citedCount.get(b.id) ?? 0) + 1);
  const cited: ReportTable = {
    id: 'Requirements cited',
    title: 'Requirements cited above',
    columns: CITED_COLUMNS,
    rows: [...citedCount.keys()].sort(compare33).map((id) => {
      const r = requirement33(id);
      return [id, r?.fr ?? null, r?.minSl ?? null, r?.title ?? null, citedCount.get(id) ?? 0];
    }),
    empty: 'None.',
  };
  const csv: ReportTable = {
    id: 'Gaps',
    title: 'Gaps',
    columns: CSV_COLUMNS,
    rows: scopes.map((s) => [
      ...summaryRow(s),
      ...FRS.map((f) => s.e.blocking.filter((b) => b.fr === f).map((b) => b.id)),
    ]),
    empty: '',
  };
  const zones = input.evaluation.zones;
  const meeting = (list: readonly Eval[]) => list.filter((e) => meetsTarget(e) === 'yes').length;
  return {
    kind: 'gaps',
    header: makeHeader(input.context, REPORT_INFO.gaps.title),
    orientation: 'landscape',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Zones meeting SL-T', value: `${meeting(zones)} of ${zones.length}` },
          {
            label: 'Conduits meeting SL-T',
            value: `${meeting(input.evaluation.conduits)} of ${input.evaluation.conduits.length}`,
          },
          { label: 'Blocking requirements', value: String(scopes.reduce((n, s) => n + s.e.blocking.length, 0)) },
        ],
      },
      {
        kind: 'chart',
        chart: {
          kind: 'target-vs-achieved',
          title: 'SL-T and SL-A per zone',
          caption:
            'Per zone with an SL-T: the sum over FR 1–7 of SL-T, and of SL-A counted up to SL-T. The difference is the zone’s total gap; the tables give each FR.',
          items: zones
            .filter((e) => e.slTarget !== null)
            .map((e) => ({
              label: names.name(e.id),
              target: (e.slTarget ?? []).reduce((a, b) => a + b, 0),
              achieved: e.slAchieved.reduce((a, b, i) => a + Math.min(b, e.slTarget?.[i] ?? 0), 0),
            })),
        },
      },
      { kind: 'table', table: summary },
      {
        kind: 'text',
        tone: 'muted',
        text: 'Blocking: the 3-3 requirements of each FR at or below its SL-T that are not satisfied (unassessed unless a status is given).',
      },
      { kind: 'table', table: byFr, only: 'print' },
      { kind: 'table', table: cited, only: 'print' },
      { kind: 'table', table: detail, only: 'sheet' },
    ],
    csv,
    signature: null,
  };
}
