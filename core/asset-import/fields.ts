// The asset fields a spreadsheet column can fill (issue #8 item 2), and the keys an import can
// match existing assets by. Shared by the server, the CLI and the web app's mapping step, so the
// three offer exactly the same choices.

/** Asset fields a column can map to: the site file's asset keys that fit in one cell. */
export const IMPORT_FIELDS = [
  'id',
  'name',
  'zone',
  'type',
  'componentClass',
  'vendor',
  'model',
  'firmware',
  'orderNumber',
  'serial',
  'ip',
  'mac',
  'lifecycle',
  'legacy',
  'safety',
  'criticality',
  'owner',
  'location',
  'notes',
  'lastSeen',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const isImportField = (value: string): value is ImportField =>
  (IMPORT_FIELDS as readonly string[]).includes(value);

/** What the mapping step shows next to each field. */
export const FIELD_LABELS: Record<ImportField, string> = {
  id: 'Id',
  name: 'Name',
  zone: 'Zone',
  type: 'Type',
  componentClass: 'Component class (4-2)',
  vendor: 'Vendor',
  model: 'Model',
  firmware: 'Firmware',
  orderNumber: 'Order number',
  serial: 'Serial number',
  ip: 'IP addresses',
  mac: 'MAC addresses',
  lifecycle: 'Lifecycle',
  legacy: 'Legacy',
  safety: 'Safety',
  criticality: 'Criticality 1–5',
  owner: 'Owner',
  location: 'Location',
  notes: 'Notes',
  lastSeen: 'Last seen',
};

/**
 * Upsert keys: a row updates the existing asset of the site with the same id, IP address, MAC
 * address or serial number, and creates a new asset when none matches.
 */
export const IMPORT_KEYS = ['id', 'ip', 'mac', 'serial'] as const;
export type ImportKey = (typeof IMPORT_KEYS)[number];

export const isImportKey = (value: string): value is ImportKey => (IMPORT_KEYS as readonly string[]).includes(value);

export const KEY_LABELS: Record<ImportKey, string> = {
  id: 'Id',
  ip: 'IP address',
  mac: 'MAC address',
  serial: 'Serial number',
};

/** How the rows of a plan are shown and counted. */
export type RowAction = 'create' | 'update' | 'unchanged' | 'skip' | 'error';
