// Every dissector, in the order they are asked when ports give no hint (issue #9 item 2): the
// industrial protocols first, IT services last, so a generic text protocol never claims ICS traffic.
import type { Dissector } from '../dissector.js';
import { ISO_ENIP_FAMILY_DISSECTORS } from './iso-enip-family.js';
import { LAYER2_IT_DISSECTORS } from './layer2-it.js';
import { UTILITY_BUILDING_DISSECTORS } from './utility-building.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each dissector has its own state type
export const ALL_DISSECTORS: readonly Dissector<any>[] = [
  ...ISO_ENIP_FAMILY_DISSECTORS,
  ...UTILITY_BUILDING_DISSECTORS,
  ...LAYER2_IT_DISSECTORS,
];
