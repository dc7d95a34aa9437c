// Zones' subnets (issue #9 item 4): each must be a valid prefix with its host bits clear, and one
// prefix belongs to one zone. Nested prefixes in different zones are allowed on purpose (a control
// zone carved out of a supervisory /16): the most specific prefix decides where a host lands.
import { parseCidr } from '../net/cidr.js';
import type { Path } from '../schemas/explain.js';
import type { ZoneDoc } from '../schemas/site-file.js';
import type { Issue } from './issue.js';

/** Issues of `zone`'s subnets (paths start at `base`), given the prefixes other zones already hold. */
export function subnetIssues(zone: ZoneDoc, others: readonly ZoneDoc[], base: Path = []): Issue[] {
  const out: Issue[] = [];
  const owner = new Map<string, string>();
  for (const z of others) {
    if (z.id === zone.id) continue;
    for (const text of z.subnets ?? []) {
      const parsed = parseCidr(text);
      if (parsed.ok && !owner.has(parsed.cidr.text)) owner.set(parsed.cidr.text, z.id);
    }
  }
  const own = new Set<string>();
  (zone.subnets ?? []).forEach((text, j) => {
    const path = [...base, 'subnets', j];
    const parsed = parseCidr(text);
    if (!parsed.ok) return out.push({ path, message: parsed.message });
    const canonical = parsed.cidr.text;
    if (own.has(canonical)) return out.push({ path, message: `${canonical} is listed twice` });
    own.add(canonical);
    const other = owner.get(canonical);
    if (other !== undefined) out.push({ path, message: `${canonical} is already a subnet of zone "${other}"` });
    return undefined;
  });
  return out;
}
