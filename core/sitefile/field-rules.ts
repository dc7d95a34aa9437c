// Checks on single entities that a schema cannot express. Shared by site-file validation and
// the API, so both reject the same things with the same words.
import { CLASS_TYPE } from '../iec62443/capability.js';
import { isValidDate } from '../iec62443/dates.js';
import { requirement33, requirement42 } from '../iec62443/catalog.js';
import type { Path } from '../schemas/explain.js';
import type { Issue } from './issue.js';

export function checkDate(value: string | undefined, path: Path, out: Issue[]): void {
  if (value !== undefined && !isValidDate(value)) out.push({ path, message: `"${value}" is not a real date` });
}

const IPV4 = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

export function isIp(value: string): boolean {
  if (IPV4.test(value)) return true;
  // IPv6: hex groups with at most one "::" (an embedded IPv4 tail is allowed).
  if (!/^[0-9a-fA-F:.]+$/.test(value) || !value.includes(':')) return false;
  const doubles = value.split('::').length - 1;
  if (doubles > 1) return false;
  const groups = value.split(':').filter((g) => g !== '');
  const tail = groups[groups.length - 1];
  const v4Tail = tail !== undefined && tail.includes('.');
  if (v4Tail && !IPV4.test(tail)) return false;
  const hexGroups = v4Tail ? groups.slice(0, -1) : groups;
  if (!hexGroups.every((g) => /^[0-9a-fA-F]{1,4}$/.test(g))) return false;
  const count = hexGroups.length + (v4Tail ? 2 : 0);
  return doubles === 1 ? count < 8 : count === 8;
}

const MAC = /^[0-9a-fA-F]{2}([:-])[0-9a-fA-F]{2}(\1[0-9a-fA-F]{2}){4}$/;
export const isMac = (value: string): boolean => MAC.test(value);
/** Canonical MAC form: lowercase, colon-separated. */
export const normalizeMac = (value: string): string => value.toLowerCase().replaceAll('-', ':');

interface AssetLike {
  type?: string;
  safety?: boolean;
  componentClass?: string;
  capabilities?: Record<string, string>;
  ip?: string[];
  mac?: string[];
  lastSeen?: string;
}

export function checkAssetFields(a: AssetLike, path: Path, out: Issue[]): void {
  // IEC 62443-3-2 ZCR 3.3: safety-related assets belong to safety zones; an SIS controller is
  // by definition part of the safety system, so declaring otherwise is a contradiction.
  if (a.type === 'sis-controller' && a.safety === false)
    out.push({
      path: [...path, 'safety'],
      message: 'a sis-controller is always part of the safety system; remove "safety: false"',
    });
  if (a.capabilities && Object.keys(a.capabilities).length > 0 && !a.componentClass)
    out.push({
      path,
      message: '"componentClass" is required when "capabilities" is given (it selects the 4-2 requirements that count)',
    });
  for (const id of Object.keys(a.capabilities ?? {})) {
    const item = requirement42(id);
    if (!item)
      out.push({
        path: [...path, 'capabilities', id],
        key: true,
        message: `"${id}" is not an IEC 62443-4-2 requirement id (e.g. "CR 1.1", "CR 1.1 RE 1", "EDR 3.12")`,
      });
    else if (a.componentClass) {
      const type = CLASS_TYPE[a.componentClass as keyof typeof CLASS_TYPE];
      const own = item.type.startsWith(type);
      const common = item.type.startsWith('CR') && item.appliesTo.includes(type);
      if (!own && !common)
        out.push({
          path: [...path, 'capabilities', id],
          key: true,
          message: `"${id}" does not apply to a ${a.componentClass} (${type})`,
        });
    }
  }
  (a.ip ?? []).forEach((ip, i) => {
    if (!isIp(ip)) out.push({ path: [...path, 'ip', i], message: `"${ip}" is not an IPv4 or IPv6 address` });
  });
  (a.mac ?? []).forEach((mac, i) => {
    if (!isMac(mac))
      out.push({ path: [...path, 'mac', i], message: `"${mac}" is not a MAC address (e.g. "00:1b:1b:12:34:56")` });
  });
  checkDate(a.lastSeen, [...path, 'lastSeen'], out);
}

export function checkRequirementIds33(ids: Iterable<string>, path: Path, asKeys: boolean, out: Issue[]): void {
  let i = 0;
  for (const id of ids) {
    if (!requirement33(id))
      out.push({
        path: asKeys ? [...path, id] : [...path, i],
        key: asKeys,
        message: `"${id}" is not an IEC 62443-3-3 requirement id (e.g. "SR 1.1", "SR 1.1 RE 1")`,
      });
    i++;
  }
}

type ResultLike = string | { assessedAt?: string } | null;

export function checkResults(results: Record<string, ResultLike>, path: Path, out: Issue[]): void {
  checkRequirementIds33(Object.keys(results), path, true, out);
  for (const [id, r] of Object.entries(results)) {
    if (r && typeof r === 'object') checkDate(r.assessedAt, [...path, id, 'assessedAt'], out);
  }
}

interface ControlLike {
  requirements?: string[];
  approvedAt?: string;
  expires?: string;
}

export function checkControlFields(c: ControlLike, path: Path, out: Issue[]): void {
  checkRequirementIds33(c.requirements ?? [], [...path, 'requirements'], false, out);
  checkDate(c.approvedAt, [...path, 'approvedAt'], out);
  checkDate(c.expires, [...path, 'expires'], out);
}
