// The compensating-controls register (DESIGN §1 "Compensate"): what each control stands in for, on
// which zone or conduit, its approval and expiry and whether it counts as of the report date
// (DESIGN §3.1, the same rule the evaluation applies), and the approvals as they were signed.
import { controlValidity, type ControlValidity } from '../iec62443/controls.js';
import type { CompensatingControlDoc } from '../schemas/site-file.js';
import { REPORT_INFO } from './kinds.js';
import {
  makeHeader,
  type ReportColumn,
  type ReportContext,
  type ReportDocument,
  type ReportTable,
  type SignatureEntry,
} from './model.js';
import { ScopeNames, type NamedScope } from './scope-names.js';

/** The e-signature an approval in a regulated site carries (server/features/signatures). */
export interface ApprovalSignature {
  printedName: string;
  signedBy: string;
  signedAt: string;
  meaning: string;
  contentHash: string;
}

export interface ControlsReportInput {
  context: ReportContext;
  controls: readonly CompensatingControlDoc[];
  scopes: readonly NamedScope[];
  /** Account id → the person's name, for approvers. */
  people: Readonly<Record<string, string>>;
  /** Control id → the signature of its current approval, when it was signed. */
  signatures: Readonly<Record<string, ApprovalSignature>>;
}

export const VALIDITY_LABELS: Readonly<Record<ControlValidity, string>> = {
  valid: 'valid',
  unapproved: 'awaiting approval',
  'not-yet-approved': 'approved after the as-of date',
  expired: 'expired',
};

const COLUMNS: readonly ReportColumn[] = [
  { title: 'Id', kind: 'text', width: 62 },
  { title: 'Zone / conduit', kind: 'text', width: 80 },
  { title: 'Kind', kind: 'text', width: 'auto' },
  { title: 'Stands in for', kind: 'list', width: 70 },
  { title: 'Assets', kind: 'list', width: 60 },
  { title: 'Description', kind: 'text', width: '*' },
  { title: 'Rationale', kind: 'text', width: '*' },
  { title: 'State', kind: 'text', width: 'auto' },
  { title: 'Approved by', kind: 'text', width: 'auto' },
  { title: 'Approved at', kind: 'date', width: 'auto' },
  { title: 'Expires', kind: 'date', width: 'auto' },
];

export function buildControlsReport(input: ControlsReportInput): ReportDocument {
  const names = new ScopeNames(input.scopes);
  const { asOf } = input.context;
  const person = (account: string | undefined): string | null =>
    account === undefined ? null : (input.people[account] ?? account);
  const table: ReportTable = {
    id: 'Controls',
    title: 'Compensating controls',
    columns: COLUMNS,
    rows: input.controls.map((c) => [
      c.id,
      names.label(c.scope),
      c.kind,
      c.requirements,
      c.assets ?? [],
      c.description ?? null,
      c.rationale ?? null,
      VALIDITY_LABELS[controlValidity(c, asOf)],
      person(c.approvedBy),
      c.approvedAt ?? null,
      c.expires ?? null,
    ]),
    empty: 'The site has no compensating controls.',
  };
  const entries: SignatureEntry[] = input.controls
    .filter((c) => c.approvedBy !== undefined)
    .map((c) => {
      const s = input.signatures[c.id];
      const account = c.approvedBy ?? '';
      const signer = s?.printedName ?? person(account) ?? account;
      const detail = [
        c.expires ? `valid through ${c.expires.slice(0, 10)}` : 'no expiry',
        s ? `e-signature over content SHA-256 ${s.contentHash}` : 'recorded without an e-signature',
      ].join('; ');
      return {
        subject: `${c.id}: ${c.kind} on ${names.label(c.scope)}`,
        signer,
        account: account === signer ? null : account,
        signedAt: s?.signedAt ?? c.approvedAt ?? null,
        meaning: s?.meaning ?? 'approved',
        detail,
      };
    });
  const counts = new Map<string, number>();
  for (const c of input.controls) {
    const v = VALIDITY_LABELS[controlValidity(c, asOf)];
    counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return {
    kind: 'controls',
    header: makeHeader(input.context, REPORT_INFO.controls.title),
    orientation: 'landscape',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Controls', value: String(input.controls.length) },
          ...[...counts].map(([label, n]) => ({ label: `State: ${label}`, value: String(n) })),
        ],
      },
      {
        kind: 'text',
        tone: 'muted',
        text: 'A control counts only when approved on or before the as-of date and not expired; an expiry date is valid through that whole UTC day.',
      },
      { kind: 'table', table },
    ],
    csv: table,
    signature: {
      title: 'Approvals',
      status: null,
      statusTone: null,
      entries,
      empty: 'No control has been approved yet.',
    },
  };
}
