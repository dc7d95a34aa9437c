// A zone's subnets as typed in the zone forms (comma, semicolon, space or newline separated) and
// the API's answer about them: a 400 C981_ERR_VALIDATION whose details name the paths
// `subnets[i]` (or ['subnets', i]) with messages such as '"10.1.2.3/24" has host bits set; did you
// mean 10.1.2.0/24?', shown at the field instead of at the form's foot.
import { ApiError } from '../../api/client.js';

export const parseSubnets = (text: string): string[] => [
  ...new Set(
    text
      .split(/[\s,;]+/)
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ),
];

export const subnetsText = (subnets: readonly string[] | undefined): string => (subnets ?? []).join('\n');

export const sameSubnets = (a: readonly string[], b: readonly string[] | undefined): boolean =>
  a.length === (b ?? []).length && a.every((s, i) => s === b?.[i]);

interface Detail {
  path?: unknown;
  message?: unknown;
}

const isSubnetPath = (path: unknown): boolean =>
  (Array.isArray(path) && path[0] === 'subnets') ||
  (typeof path === 'string' && (path === 'subnets' || path.startsWith('subnets[') || path.startsWith('subnets.')));

/** The messages of an API error about the subnets field; empty when the error is about something else. */
export function subnetErrors(error: unknown): string[] {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return [];
  return (error.details as Detail[])
    .filter((d) => isSubnetPath(d.path) && typeof d.message === 'string')
    .map((d) => d.message as string);
}
