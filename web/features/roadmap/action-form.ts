// The action dialog's form and what it sends: the whole document when adding (POST), and when
// editing only the fields the user changed, with null for optional fields emptied (PATCH
// …/roadmap/actions/{id}, docs/api.md). Pure, so the rules are unit-tested (action-form.test.tsx).
import type { ActionStatus, RoadmapActionDoc } from '../../../core/schemas/roadmap-action.js';

export interface ActionForm {
  id: string;
  title: string;
  description: string;
  owner: string;
  /** YYYY-MM-DD or ''. */
  due: string;
  status: ActionStatus;
  /** As typed: '' for none. */
  effortDays: string;
  cost: string;
  /** Zone or conduit id; '' until chosen. */
  scope: string;
  /** Asset ids, comma-separated. */
  assets: string;
  /** IEC 62443-3-3 ids, comma-separated ("SR 1.1, SR 1.1 RE 1"). */
  satisfies: string;
  retires: string[];
}

export type ActionPatch = { [K in Exclude<keyof RoadmapActionDoc, 'id'>]?: RoadmapActionDoc[K] | null };

export const emptyForm = (scope = ''): ActionForm => ({
  id: '',
  title: '',
  description: '',
  owner: '',
  due: '',
  status: 'planned',
  effortDays: '',
  cost: '',
  scope,
  assets: '',
  satisfies: '',
  retires: [],
});

export const formOf = (a: RoadmapActionDoc): ActionForm => ({
  id: a.id,
  title: a.title,
  description: a.description ?? '',
  owner: a.owner ?? '',
  due: a.due ?? '',
  status: a.status,
  effortDays: a.effortDays === undefined ? '' : String(a.effortDays),
  cost: a.cost === undefined ? '' : String(a.cost),
  scope: a.scope,
  assets: (a.assets ?? []).join(', '),
  satisfies: (a.satisfies ?? []).join(', '),
  retires: [...(a.retires ?? [])],
});

const split = (text: string): string[] =>
  text
    .split(/[,;\n]+/)
    .map((v) => v.trim().replace(/\s+/g, ' '))
    .filter((v) => v !== '');

/** "sr 1.1,  SR 1.1  re 1" → ["SR 1.1", "SR 1.1 RE 1"]: the catalog's spelling, each once. */
export const parseRequirements = (text: string): string[] => [...new Set(split(text).map((v) => v.toUpperCase()))];

export const parseIds = (text: string): string[] => [...new Set(split(text))];

/** '' → undefined; anything else a number (NaN when it is not one: formComplete refuses it). */
const number = (v: string): number | undefined => (v.trim() === '' ? undefined : Number(v));
const text = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
const list = <T>(l: T[]): T[] | undefined => (l.length > 0 ? l : undefined);

/** What the server requires that the form can check before sending. */
export const formComplete = (f: ActionForm): boolean =>
  f.id.trim() !== '' &&
  f.title.trim() !== '' &&
  f.scope !== '' &&
  [f.effortDays, f.cost].every((v) => v.trim() === '' || Number.isFinite(Number(v)));

/** The action document the form describes (keys in the schema's order, absent when empty). */
export function docOf(f: ActionForm): RoadmapActionDoc {
  const doc: Record<string, unknown> = {
    id: f.id.trim(),
    title: f.title.trim(),
    description: text(f.description),
    owner: text(f.owner),
    due: text(f.due),
    status: f.status,
    effortDays: number(f.effortDays),
    cost: number(f.cost),
    scope: f.scope,
    assets: list(parseIds(f.assets)),
    satisfies: list(parseRequirements(f.satisfies)),
    retires: list(f.retires),
  };
  return Object.fromEntries(Object.entries(doc).filter(([, v]) => v !== undefined)) as RoadmapActionDoc;
}

/** The fields that changed, null for the ones emptied; {} when nothing changed. */
export function editPatch(existing: RoadmapActionDoc, f: ActionForm): ActionPatch {
  const next = docOf({ ...f, id: existing.id }) as Record<string, unknown>;
  const before = existing as Record<string, unknown>;
  const patch: Record<string, unknown> = {};
  for (const key of [
    'title',
    'description',
    'owner',
    'due',
    'status',
    'effortDays',
    'cost',
    'scope',
    'assets',
    'satisfies',
    'retires',
  ])
    if (JSON.stringify(next[key]) !== JSON.stringify(before[key])) patch[key] = next[key] ?? null;
  return patch;
}
