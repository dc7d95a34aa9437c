// The inventory table's columns: header, width, sort key and how a cell shows asset `i`.
import type { ReactNode } from 'react';
import { valueOf, type Inventory } from './inventory-data.js';
import type { SortKey } from './search.js';

export interface Column {
  key: string;
  label: string;
  /** A CSS grid track. */
  width: string;
  sort?: SortKey;
  /** Cell text (also its tooltip, since cells cut long values short). */
  text?: (inv: Inventory, i: number) => string;
  render?: (inv: Inventory, i: number) => ReactNode;
  className?: string;
}

const dict =
  (key: 'zone' | 'type' | 'vendor' | 'model' | 'firmware' | 'lifecycle' | 'site') => (inv: Inventory, i: number) =>
    valueOf(inv[key], i) ?? '';

export const SITE_COLUMN: Column = { key: 'site', label: 'Site', width: '92px', sort: 'site', text: dict('site') };

export const COLUMNS: Column[] = [
  { key: 'id', label: 'ID', width: '108px', sort: 'id', className: 'mono' },
  { key: 'name', label: 'Name', width: 'minmax(140px, 1.6fr)', sort: 'name', text: (inv, i) => inv.name[i] ?? '' },
  { key: 'zone', label: 'Zone', width: '92px', sort: 'zone', text: dict('zone') },
  { key: 'type', label: 'Type', width: '100px', sort: 'type', text: dict('type') },
  { key: 'vendor', label: 'Vendor', width: 'minmax(96px, 1fr)', sort: 'vendor', text: dict('vendor') },
  { key: 'model', label: 'Model', width: 'minmax(104px, 1.1fr)', sort: 'model', text: dict('model') },
  { key: 'firmware', label: 'Firmware', width: '104px', sort: 'firmware', text: dict('firmware') },
  { key: 'ip', label: 'IP', width: '108px', sort: 'ip', text: (inv, i) => inv.ip[i] ?? '', className: 'mono' },
  { key: 'mac', label: 'MAC', width: '140px', sort: 'mac', text: (inv, i) => inv.mac[i] ?? '', className: 'mono' },
  { key: 'lifecycle', label: 'Lifecycle', width: '108px', sort: 'lifecycle', text: dict('lifecycle') },
  {
    key: 'criticality',
    label: 'Crit.',
    width: '44px',
    sort: 'criticality',
    text: (inv, i) => String(inv.criticality[i] ?? ''),
    className: 'num',
  },
  {
    key: 'flags',
    label: 'Flags',
    width: '100px',
    render: (inv, i) => (
      <>
        {inv.safety[i] === 1 && (
          <span className="badge info" title="Part of the safety system">
            safety
          </span>
        )}
        {inv.legacy[i] === 1 && (
          <span className="badge warn" title="Legacy: cannot meet current security requirements by itself">
            legacy
          </span>
        )}
      </>
    ),
  },
];

const CHECKBOX_WIDTH = 30;
/** The least a track takes: its fixed width, or the minimum of a minmax(). */
const minPx = (track: string): number => Number(/(\d+)px/.exec(track)?.[1] ?? 0);

/**
 * Grid tracks shared by the header and every row. Every track has a definite size (no content
 * sizing), so all rows line up and laying out a row never measures its text.
 */
export function gridStyle(columns: Column[], checkbox: boolean): { gridTemplateColumns: string; minWidth: number } {
  const tracks = [...(checkbox ? [`${CHECKBOX_WIDTH}px`] : []), ...columns.map((c) => c.width)];
  return { gridTemplateColumns: tracks.join(' '), minWidth: tracks.reduce((n, t) => n + minPx(t), 0) };
}
