// Column headers → asset fields. Asset lists come from scanners, CMDB exports and hand-kept
// spreadsheets, each spelling its headers its own way; the common spellings are recognised
// regardless of case, spaces and punctuation ("IP Address", "ip_address", "IP-Adresse" is not).
import { IMPORT_FIELDS, isImportField, type ImportField } from './fields.js';

/** "IP Address" → "ipaddress", "S/N" → "sn", "Firmware-Version" → "firmwareversion". */
export const normalizeHeader = (header: string): string =>
  header
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/** Normalized spellings of each field; the field's own name (normalized) always counts too. */
const SPELLINGS: Record<ImportField, readonly string[]> = {
  id: ['assetid', 'assettag', 'tag', 'tagname', 'tagnumber', 'tagno', 'assetnumber', 'assetno', 'identifier'],
  name: ['hostname', 'host', 'devicename', 'assetname', 'computername', 'displayname', 'device', 'nodename'],
  zone: ['securityzone', 'zoneid', 'zonename', 'networkzone', 'iec62443zone'],
  type: ['devicetype', 'assettype', 'category', 'devicecategory', 'assetcategory', 'kind', 'deviceclass'],
  componentClass: ['componentclass', 'iec62443class', '62443class', 'componenttype', '42class'],
  vendor: ['manufacturer', 'make', 'brand', 'oem', 'hersteller', 'vendorname', 'manufacturername'],
  model: ['product', 'productname', 'modelname', 'devicemodel', 'hardware', 'hardwaremodel', 'producttype'],
  firmware: [
    'firmwareversion',
    'fw',
    'fwversion',
    'version',
    'softwareversion',
    'swversion',
    'osversion',
    'firmwarerevision',
  ],
  orderNumber: [
    'ordernumber',
    'orderno',
    'ordercode',
    'articlenumber',
    'articleno',
    'mlfb',
    'partnumber',
    'partno',
    'catalognumber',
    'catalogno',
    'sku',
    'productcode',
  ],
  serial: ['serialnumber', 'serialno', 'sn', 'sno', 'serialnr'],
  ip: ['ipaddress', 'ipaddresses', 'ipv4', 'ipv4address', 'ipv6', 'ipv6address', 'ipaddr', 'ips'],
  mac: ['macaddress', 'macaddresses', 'hwaddress', 'hardwareaddress', 'physicaladdress', 'ethernetaddress', 'macs'],
  // Not "Status": in scanner exports it says online/offline, not a lifecycle state.
  lifecycle: ['lifecyclestate', 'lifecyclestatus', 'lifecyclephase', 'assetstatus'],
  legacy: ['islegacy', 'legacysystem', 'legacydevice'],
  safety: ['safetyrelated', 'safetysystem', 'safetycritical', 'sis', 'issafety', 'safetyinstrumented'],
  criticality: ['crit', 'criticalityrating', 'assetcriticality', 'importance'],
  owner: ['assetowner', 'responsible', 'responsibleperson', 'contact', 'ownername'],
  location: ['area', 'room', 'building', 'physicallocation', 'plantarea', 'locationname'],
  notes: ['note', 'comment', 'comments', 'remarks', 'remark', 'description'],
  lastSeen: ['lastseenat', 'lastseendate', 'lastscan', 'lastscanned', 'lastcontact', 'lastactivity', 'seen'],
};

const BY_SPELLING: ReadonlyMap<string, ImportField> = new Map(
  IMPORT_FIELDS.flatMap((f) => [normalizeHeader(f), ...SPELLINGS[f]].map((s) => [s, f] as const)),
);

/** The field a header most likely means, or null. */
export const guessField = (header: string): ImportField | null => BY_SPELLING.get(normalizeHeader(header)) ?? null;

/** One column of the file and the field it fills. */
export interface ColumnMapping {
  /** 0-based position in the row. */
  index: number;
  /** The header as written in the file ("" for a column without one). */
  header: string;
  /** null: the column is ignored. */
  field: ImportField | null;
  /** The field was guessed from the header rather than given in the mapping. */
  guessed: boolean;
  /** Why a column is ignored when that is not obvious (a second column for the same field). */
  note?: string;
  /** The column's first value, to help whoever checks the mapping. */
  sample?: string;
}

/** An explicit mapping: header → field, or null to ignore the column. */
export type ExplicitMap = ReadonlyMap<string, ImportField | null>;

export interface MappingResult {
  columns: ColumnMapping[];
  /** Problems of the mapping itself, reported on the header row. */
  problems: string[];
}

/**
 * Maps each header to a field: the explicit mapping first (matched exactly, then ignoring case and
 * punctuation), then the guess. A field is filled by one column only: an explicit mapping wins over
 * a guess, and of two guessed columns the first (leftmost) wins.
 */
export function mapColumns(headers: readonly string[], explicit: ExplicitMap = new Map()): MappingResult {
  const problems: string[] = [];
  const explicitFor = new Map<number, ImportField | null>();
  for (const [given, field] of explicit) {
    let index = headers.findIndex((h) => h.trim() === given.trim());
    if (index < 0) index = headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(given));
    if (index < 0) {
      const known = headers.filter((h) => h.trim() !== '').map((h) => `"${h.trim()}"`);
      problems.push(
        `the mapping names column "${given}", which the file does not have (its columns: ${known.join(', ')})`,
      );
    } else explicitFor.set(index, field);
  }
  const claimedBy = new Map<ImportField, number>();
  for (const [index, field] of explicitFor) {
    if (field === null) continue;
    const other = claimedBy.get(field);
    if (other !== undefined)
      problems.push(
        `columns "${headers[other]?.trim()}" and "${headers[index]?.trim()}" are both mapped to ${field}; map one of them elsewhere`,
      );
    else claimedBy.set(field, index);
  }
  const columns = headers.map((raw, index): ColumnMapping => {
    const header = raw.trim();
    if (explicitFor.has(index)) return { index, header, field: explicitFor.get(index) ?? null, guessed: false };
    const guess = header === '' ? null : guessField(header);
    if (guess === null) return { index, header, field: null, guessed: false };
    const owner = claimedBy.get(guess);
    if (owner !== undefined)
      return {
        index,
        header,
        field: null,
        guessed: false,
        note: `looks like ${guess}, which column "${headers[owner]?.trim()}" already fills`,
      };
    claimedBy.set(guess, index);
    return { index, header, field: guess, guessed: true };
  });
  return { columns, problems };
}

/** Words that ignore a column in a mapping ("Comment:-", "Rack:ignore"). */
const IGNORE = new Set(['', '-', 'ignore', 'none', 'skip']);

/**
 * Parses "IP Address:ip,Hostname:name,Rack:-": pairs split on commas, header and field on the last
 * colon, so headers may contain colons. Headers with commas need the JSON form,
 * {"Name, full": "name", "Rack": null}, which the web app always sends. Throws nothing: problems
 * are returned for the caller to report as a usage error.
 */
export function parseMapSpec(spec: string): { map: Map<string, ImportField | null>; problems: string[] } {
  const map = new Map<string, ImportField | null>();
  const problems: string[] = [];
  const add = (header: string, field: string) => {
    if (IGNORE.has(field.toLowerCase())) map.set(header, null);
    else if (isImportField(field)) map.set(header, field);
    else {
      const byCase = IMPORT_FIELDS.find((f) => f.toLowerCase() === field.toLowerCase());
      if (byCase) map.set(header, byCase);
      else
        problems.push(
          `"${field}" (for column "${header}") is not a field; use one of ${IMPORT_FIELDS.join(', ')}, or - to ignore`,
        );
    }
  };
  if (spec.trim().startsWith('{')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(spec);
    } catch {
      parsed = null;
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      return { map, problems: ['a JSON mapping is an object of header → field (or null to ignore)'] };
    for (const [header, field] of Object.entries(parsed)) {
      if (field === null) map.set(header, null);
      else if (typeof field === 'string') add(header, field.trim());
      else problems.push(`the field for column "${header}" must be text or null`);
    }
    return { map, problems };
  }
  for (const pair of spec.split(',')) {
    if (pair.trim() === '') continue;
    const colon = pair.lastIndexOf(':');
    if (colon <= 0) problems.push(`"${pair.trim()}" is not "Header:field"`);
    else add(pair.slice(0, colon).trim(), pair.slice(colon + 1).trim());
  }
  return { map, problems };
}
