// The asset inventory. Built for 100,000 assets (issue #8 item 4): the caller hands in batches of
// assets as it reads them, and the rows are made batch by batch as a renderer pulls them, so no
// more than one batch is ever held here.
import { REPORT_INFO } from './kinds.js';
import {
  makeHeader,
  type ReportColumn,
  type ReportContext,
  type ReportDocument,
  type ReportRow,
  type ReportTable,
} from './model.js';

/** One asset as the inventory reads it (the columns of the inventory table, with its site). */
export interface InventoryAsset {
  site: string;
  id: string;
  name: string;
  zone: string | null;
  type: string;
  componentClass: string | null;
  vendor: string | null;
  model: string | null;
  firmware: string | null;
  orderNumber: string | null;
  serial: string | null;
  ip: readonly string[];
  mac: readonly string[];
  lifecycle: string | null;
  criticality: number | null;
  legacy: boolean;
  safety: boolean;
  lastSeen: string | null;
}

export interface InventoryReportInput {
  context: ReportContext;
  /** The sites covered, with their zone names. */
  sites: readonly { id: string; name: string; zones: Readonly<Record<string, string>> }[];
  total: number;
  batches: AsyncIterable<readonly InventoryAsset[]>;
}

export const INVENTORY_COLUMNS: readonly ReportColumn[] = [
  { title: 'Site', kind: 'text', width: 'auto' },
  { title: 'Id', kind: 'text', width: 62 },
  { title: 'Name', kind: 'text', width: 95 },
  { title: 'Zone', kind: 'text', width: 'auto', printed: false },
  { title: 'Zone name', kind: 'text', width: 70 },
  { title: 'Type', kind: 'text', width: 'auto' },
  { title: 'Component class', kind: 'text', width: 'auto', printed: false },
  { title: 'Vendor', kind: 'text', width: 'auto' },
  { title: 'Model', kind: 'text', width: '*' },
  { title: 'Firmware', kind: 'text', width: 'auto' },
  { title: 'Order number', kind: 'text', width: 'auto', printed: false },
  { title: 'Serial', kind: 'text', width: 'auto', printed: false },
  { title: 'IP', kind: 'list', width: 'auto' },
  { title: 'MAC', kind: 'list', width: 'auto', printed: false },
  { title: 'Lifecycle', kind: 'text', width: 'auto' },
  { title: 'Criticality', kind: 'number', width: 'auto' },
  { title: 'Legacy', kind: 'flag', width: 'auto' },
  { title: 'Safety', kind: 'flag', width: 'auto' },
  { title: 'Last seen', kind: 'date', width: 'auto' },
];

/** The row of one asset; `zoneName` resolves the zone id of its site. */
export function inventoryRow(a: InventoryAsset, zoneName: (site: string, zone: string) => string | null): ReportRow {
  return [
    a.site,
    a.id,
    a.name,
    a.zone,
    a.zone === null ? null : zoneName(a.site, a.zone),
    a.type,
    a.componentClass,
    a.vendor,
    a.model,
    a.firmware,
    a.orderNumber,
    a.serial,
    a.ip,
    a.mac,
    a.lifecycle,
    a.criticality,
    a.legacy,
    a.safety,
    a.lastSeen,
  ];
}

async function* rowBatches(input: InventoryReportInput): AsyncGenerator<readonly ReportRow[]> {
  const zones = new Map(input.sites.map((s) => [s.id, s.zones]));
  const zoneName = (site: string, zone: string): string | null => zones.get(site)?.[zone] ?? null;
  for await (const batch of input.batches) yield batch.map((a) => inventoryRow(a, zoneName));
}

export function buildInventoryReport(input: InventoryReportInput): ReportDocument {
  const table: ReportTable = {
    id: 'Assets',
    title: 'Assets',
    columns: INVENTORY_COLUMNS,
    rows: { total: input.total, batches: rowBatches(input) },
    empty: 'No assets.',
  };
  const context =
    input.context.site === null
      ? {
          ...input.context,
          scope: input.context.scope ?? `${input.sites.length} site${input.sites.length === 1 ? '' : 's'}`,
        }
      : input.context;
  return {
    kind: 'inventory',
    header: makeHeader(context, REPORT_INFO.inventory.title),
    orientation: 'landscape',
    blocks: [
      {
        kind: 'facts',
        facts: [
          { label: 'Assets', value: String(input.total) },
          ...(input.sites.length > 1 ? [{ label: 'Sites', value: String(input.sites.length) }] : []),
        ],
      },
      {
        kind: 'text',
        tone: 'muted',
        text: 'The printed formats leave out component class, order number, serial and MAC addresses; XLSX and CSV hold every column.',
      },
      { kind: 'table', table },
    ],
    csv: table,
    signature: null,
  };
}
