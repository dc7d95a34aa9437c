import { IMPORT_KEYS, type ImportKey } from '../../../core/asset-import/fields.js';
import { oneOf, type Search } from '../../search.js';

/** Import page: the key rows are matched by, so a link can preset it (`?key=ip`). */
export interface AssetImportSearch {
  /** Absent: id (kept out of the URL). */
  key?: ImportKey;
}

/**
 * Unknown values are dropped (the page then matches by id), never an error. Every key is
 * returned, undefined when dropped: the router lays the validated search over the raw one, so a
 * key left out would let the raw value (`?key=name`) through to the page.
 */
export const validateAssetImportSearch = (s: Search): AssetImportSearch => {
  const key = oneOf(s, 'key', IMPORT_KEYS);
  return { key: key === 'id' ? undefined : key };
};
