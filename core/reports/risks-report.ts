// The risk register (IEC 62443-3-2 ZCR 5): each threat scenario with its risk before and after
// countermeasures on the site's effective matrix, compared with the tolerable-risk line (ZCR 4),
// and the acceptances of remaining intolerable risk as they were signed (ZCR 5/6).
import type { CrsRiskRating } from '../iec62443/risk/crs.js';
import { sourceCapability } from '../iec62443/risk/scenario.js';
import type { RiskMatrix } from '../schemas/risk-matrix.js';
import type { ThreatScenarioDoc } from '../schemas/risk-scenario.js';
import type { ApprovalSignature } from './controls-report.js';
import { REPORT_INFO } from './kinds.js';
import {
  makeHeader,
  type ReportColumn,
  type ReportContext,
  type ReportDocument,
  type ReportTable,
  type SignatureEntry,
} from './model.js';
import { frList, ScopeNames, type NamedScope } from './scope-names.js';

export interface RiskAcceptanceInput {
  by: string;
  byName: string;
  at: string;
  expires: string;
  rationale: string;
  expired: boolean;
  signature?: ApprovalSignature;
}

/** A scenario as the risk register answers it (server/features/risks `view`). */
export type RiskScenarioInput = ThreatScenarioDoc & {
  unmitigatedRisk: CrsRiskRating | null;
  residualRisk: CrsRiskRating | null;
  acceptance: RiskAcceptanceInput | null;
};

export interface RisksReportInput {
  context: ReportContext;
  matrix: { source: string; matrix: RiskMatrix };
  scopes: readonly NamedScope[];
  scenarios: readonly RiskScenarioInput[];
}

const COLUMNS: readonly ReportColumn[] = [
  { title: 'Id', kind: 'text', width: 62 },
  { title: 'Scenario', kind: 'text', width: '*' },
  { title: 'Target', kind: 'text', width: 70 },
  { title: 'Threat source', kind: 'text', width: 70 },
  { title: 'Vector', kind: 'text', width: 'auto' },
  { title: 'FRs', kind: 'list', width: 'auto' },
  { title: 'Likelihood', kind: 'text', width: 'auto' },
  { title: 'Worst consequence', kind: 'text', width: 'auto' },
  { title: 'Unmitigated risk', kind: 'text', width: 'auto' },
  { title: 'Residual risk', kind: 'text', width: 'auto' },
  { title: 'Countermeasures', kind: 'list', width: 80 },
  { title: 'Accepted', kind: 'text', width: 90 },
];

/** "High (tolerable)" or "High (intolerable)". */
const ratingText = (r: CrsRiskRating | null): string | null =>
  r ? `${r.name} (${r.tolerable ? 'tolerable' : 'intolerable'})` : null;

/** "Ransomware crew (criminal, SL 3)": the capability defaults from the kind (ZCR 5 threat sources). */
function sourceText(source: ThreatScenarioDoc['threatSource']): string {
  const cap = sourceCapability(source);
  const parts = [source.kind ?? null, cap === null ? null : `SL ${cap}`].filter((p) => p !== null);
  return parts.length > 0 ? `${source.name} (${parts.join(', ')})` : source.name;
}

function acceptanceText(a: RiskAcceptanceInput | null): string | null {
  if (!a) return null;
  return `${a.expired ? 'EXPIRED ' : 'until '}${a.expires}, by ${a.byName}: ${a.rationale}`;
}

export function buildRisksReport(input: RisksReportInput): ReportDocument {
  const names = new ScopeNames(input.scopes);
  const m = input.matrix.matrix;
  const levelName = (scale: readonly { level: number; name: string }[], level: number): string =>
    `${level} ${scale.find((l) => l.level === level)?.name ?? ''}`.trim();
  const table: ReportTable = {
    id: 'Risks',
    title: 'Threat scenarios',
    columns: COLUMNS,
    rows: input.scenarios.map((s) => {
      const worst = s.unmitigatedRisk;
      return [
        s.id,
        s.title,
        `${s.target.kind} ${names.label(s.target.id)}`,
        sourceText(s.threatSource),
        s.vector,
        frList(s.affectedFrs),
        levelName(m.likelihood, s.likelihood),
        worst ? `${levelName(m.consequence, worst.consequence)} (${worst.category})` : null,
        ratingText(s.unmitigatedRisk),
        ratingText(s.residualRisk),
        [
          ...(s.countermeasures?.requirements ?? []),
          ...(s.countermeasures?.compensatingControls ?? []),
          ...((s.countermeasures?.assets?.length ?? 0) > 0 ? [`${s.countermeasures?.assets?.length} assets`] : []),
        ],
        acceptanceText(s.acceptance),
      ];
    }),
    empty: 'The site has no threat scenarios.',
  };
  const intolerable = input.scenarios.filter((s) => {
    const r = s.residualRisk ?? s.unmitigatedRisk;
    return r !== null && !r.tolerable;
  });
  const entries: SignatureEntry[] = input.scenarios.flatMap((s) => {
    const a = s.acceptance;
    if (!a) return [];
    const signer = a.signature?.printedName ?? a.byName;
    return [
      {
        subject: `${s.id}: remaining risk accepted`,
        signer,
        account: a.by === signer ? null : a.by,
        signedAt: a.signature?.signedAt ?? a.at,
        meaning: a.signature?.meaning ?? 'accepted',
        detail: `${a.expired ? 'expired' : 'valid through'} ${a.expires}; ${a.rationale}${
          a.signature ? `; e-signature over content SHA-256 ${a.signature.contentHash}` : ''
        }`,
      },
    ];
  });
  const tolerable = m.riskLevels.find((l) => l.id === m.tolerableRisk)?.name ?? m.tolerableRisk;
  return {
    kind: 'risks',
    header: makeHeader(input.context, REPORT_INFO.risks.title),
    orientation: 'landscape',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Scenarios', value: String(input.scenarios.length) },
          { label: 'Intolerable after countermeasures', value: String(intolerable.length) },
          { label: 'Accepted', value: String(entries.length) },
          { label: 'Risk matrix', value: `${input.matrix.source}; tolerable up to ${tolerable}` },
        ],
      },
      { kind: 'table', table },
    ],
    csv: table,
    signature: {
      title: 'Risk acceptances',
      status: null,
      statusTone: null,
      entries,
      empty: 'No remaining risk has been accepted.',
    },
  };
}
