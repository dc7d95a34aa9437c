// Scalar schemas every document shape shares (site file, risk scenarios, API bodies). A module
// of its own so the site file can embed risk scenarios and the risk schemas can use these
// without an import cycle.
import Type from 'typebox';
import { ID_PATTERN } from './vocabulary.js';

export const Id = Type.String({ pattern: ID_PATTERN, description: 'lowercase slug id' });
export const Text = (maxLength: number, description?: string) =>
  Type.String({ maxLength, ...(description ? { description } : {}) });
/** ISO date (2026-03-01) or UTC timestamp (2026-03-01T10:00:00Z). */
export const DateString = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?Z)?$',
  description: 'ISO date (YYYY-MM-DD) or UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)',
});
