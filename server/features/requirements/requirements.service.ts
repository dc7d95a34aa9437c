import { countedItems, CLASS_TYPE } from '../../../core/iec62443/capability.js';
import { CATALOG_3_3, CATALOG_4_2, describe } from '../../../core/iec62443/catalog.js';
import { AppError } from '../../errors.js';

export interface RequirementView {
  id: string;
  type: string;
  fr: number;
  minSl: number | null;
  title: string;
  /** One line in our own words (never the standard's text). */
  description: string | null;
  appliesTo?: readonly string[];
}

export interface RequirementQuery {
  standard: '3-3' | '4-2';
  fr?: number;
  sl?: number;
  componentClass?: string;
}

/** DESIGN §6: `?standard=3-3&fr=1&sl=2` lists the items of FR 1 required at SL ≤ 2. */
export function listRequirements(q: RequirementQuery): { items: RequirementView[]; nextCursor: null } {
  let items: RequirementView[];
  const view = <T extends { id: string }>(i: T) => ({ ...i, description: describe(i.id) ?? null });
  if (q.standard === '3-3') items = CATALOG_3_3.map(view);
  else if (q.componentClass !== undefined) {
    if (!(q.componentClass in CLASS_TYPE))
      throw new AppError('C981_ERR_VALIDATION', `componentClass must be one of ${Object.keys(CLASS_TYPE).join(', ')}`, [
        { path: 'componentClass', message: 'unknown class' },
      ]);
    items = countedItems(q.componentClass as keyof typeof CLASS_TYPE).map(view);
  } else items = CATALOG_4_2.map(view);
  if (q.fr !== undefined) items = items.filter((i) => i.fr === q.fr);
  const sl = q.sl;
  if (sl !== undefined) items = items.filter((i) => i.minSl !== null && i.minSl <= sl);
  return { items, nextCursor: null };
}
