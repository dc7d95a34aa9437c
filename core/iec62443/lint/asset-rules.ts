// Inventory rules about single assets.
import type { LintRule } from './rule.js';
import { isDecommissioned } from './site-index.js';

export const ASSET_NO_ZONE: LintRule = {
  id: 'ASSET-NO-ZONE',
  severity: 'warning',
  subject: 'asset',
  // IEC 62443-3-2 ZCR 3.1: every asset of the system under consideration is assigned to a zone;
  // one outside every zone escapes the zone's target and assessment.
  clause: 'IEC 62443-3-2 ZCR 3.1',
  summary: 'An asset that is not decommissioned belongs to no zone.',
  check(index) {
    return index.assets
      .filter((a) => a.zone === undefined && !isDecommissioned(a))
      .map((a) => ({
        subjectId: a.id,
        message: `Asset ${a.id} (${a.type}) belongs to no zone; assign it to one, or mark it decommissioned.`,
      }));
  },
};
