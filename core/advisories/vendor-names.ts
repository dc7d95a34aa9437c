// Vendor names as advisories and inventories write them (issue #10 item 2): "Siemens" and
// "Siemens AG", "Schneider Electric " with a trailing space, "Digi International, Inc.",
// CISA's mojibake ("GeutebrÃ¼ck"), multi-vendor strings ("ABB, Phoenix Contact, … and WAGO"),
// rebrands (ABB Power Grids → Hitachi Energy, Wonderware → AVEVA, Innominate → Phoenix Contact).
// Everything reduces to a canonical key; two names denote the same vendor when their keys meet.

/** Legal-form and filler words that never tell two vendors apart. */
const LEGAL = new Set([
  'ag',
  'gmbh',
  'mbh',
  'kg',
  'co',
  'company',
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'corp',
  'corporation',
  'sa',
  'sas',
  'se',
  'spa',
  'srl',
  'plc',
  'bv',
  'nv',
  'ab',
  'as',
  'asa',
  'oy',
  'kk',
  'pty',
  'pte',
  'group',
  'holding',
  'holdings',
  'international',
  'intl',
  'the',
  'technologies',
]);

/** Canonical key → the keys that mean it (subsidiaries, former names, brands sold under). */
const ALIASES: Record<string, readonly string[]> = {
  'general electric': ['ge', 'ge digital', 'ge vernova', 'ge grid solutions', 'ge multilin', 'multilin'],
  'rockwell automation': ['rockwell', 'allen bradley', 'allenbradley', 'rockwell software'],
  'schneider electric': ['schneider', 'schneider electric software', 'square d', 'telemecanique', 'modicon'],
  aveva: ['aveva software', 'wonderware', 'osisoft'],
  'hitachi energy': ['abb power grids', 'hitachi abb power grids'],
  'phoenix contact': ['phoenix', 'innominate', 'innominate security', 'phoenix contact innominate security'],
  codesys: ['3s smart software solutions', '3s smart software', '3s'],
  'mitsubishi electric': [
    'mitsubishi',
    'mitsubishi electric europe',
    'mitsubishi electric iconics digital solutions',
    'iconics',
  ],
  'johnson controls': ['johnson controls inc', 'jci', 'tyco'],
  digi: ['digi international'],
  'delta electronics': ['delta'],
  yokogawa: ['yokogawa electric'],
  honeywell: ['honeywell process solutions', 'honeywell international'],
  emerson: ['emerson electric', 'emerson process management'],
  omron: ['omron industrial automation'],
  moxa: ['moxa inc'],
  wago: ['wago kontakttechnik'],
  beckhoff: ['beckhoff automation'],
  siemens: ['siemens industry', 'siemens digital industries'],
  abb: ['asea brown boveri'],
  'opc foundation': ['opcfoundation'],
};

const CANONICAL = new Map<string, string>();
for (const [canon, aliases] of Object.entries(ALIASES)) {
  CANONICAL.set(canon, canon);
  for (const a of aliases) CANONICAL.set(a, canon);
}

/** Undo the common UTF-8-read-as-Latin-1 damage ("GeutebrÃ¼ck" → "Geutebrück"). */
export function repairMojibake(s: string): string {
  if (!/[ÃÂ][\u0080-\u00ff]/.test(s)) return s;
  const bytes = new Uint8Array([...s].map((c) => c.charCodeAt(0) & 0xff));
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(bytes);
  return decoded.includes('\ufffd') ? s : decoded;
}

function words(s: string): string[] {
  return repairMojibake(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter((w) => w !== '');
}

/** One vendor name → its canonical key ('' when nothing is left). */
export function vendorKey(name: string): string {
  const ws = words(name);
  while (ws.length > 1 && LEGAL.has(ws[ws.length - 1]!)) ws.pop();
  const key = ws.filter((w, i) => i === 0 || !LEGAL.has(w)).join(' ');
  if (CANONICAL.has(key)) return CANONICAL.get(key)!;
  // "Siemens Energy" stays itself; "Rockwell Automation Inc" was handled above; a known
  // canonical name followed by a division word ("Honeywell Building Technologies") is that vendor.
  for (let n = ws.length - 1; n >= 1; n--) {
    const head = ws.slice(0, n).join(' ');
    const canon = CANONICAL.get(head);
    if (canon && head !== 'abb' && head !== 'hitachi') return canon;
  }
  return key;
}

/**
 * Every vendor a vendor field names: CISA joins co-affected vendors with commas and "and"
 * ("ABB, Phoenix Contact, Schneider Electric, Siemens, and WAGO"), while "CODESYS, GmbH" and
 * "Digi International, Inc." are one vendor with a legal suffix after the comma.
 */
export function vendorKeys(field: string): string[] {
  const parts = repairMojibake(field)
    .split(/\s*(?:,|;|\/|&|\band\b)\s*/i)
    .map((p) => vendorKey(p))
    .filter((k) => k !== '' && !LEGAL.has(k));
  const keys = new Set(parts);
  const whole = vendorKey(field);
  if (whole !== '') keys.add(whole);
  return [...keys];
}

/** Whether `key` (canonical) also appears as words inside a product name ("Rockwell Automation ControlLogix"). */
export function vendorWords(key: string): string[] {
  const out = new Set(key.split(' '));
  for (const [alias, canon] of CANONICAL) if (canon === key) for (const w of alias.split(' ')) out.add(w);
  return [...out];
}

/**
 * Do two vendor keys name the same vendor? Equal, or one is the other's leading words ("moxa" and
 * "moxa technologies"): a shortened spelling in an inventory must not hide an advisory.
 */
/**
 * Vendors whose products moved between them (ABB's power-grid business became Hitachi Energy,
 * Schneider Electric's software became AVEVA's): an older inventory names the former vendor.
 */
const RELATED: readonly (readonly [string, string])[] = [
  ['abb', 'hitachi energy'],
  ['schneider electric', 'aveva'],
];

export function vendorsMeet(a: string, b: string): boolean {
  if (a === b) return true;
  for (const [x, y] of RELATED) if ((a === x && b === y) || (a === y && b === x)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 3 && long.startsWith(`${short} `);
}
