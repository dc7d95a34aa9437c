// A zone's IEC 62443-3-3 checklist as GET …/zones/{zone}/requirements answers it, shared by the
// server that builds it and the zone page that edits it.
import type { ControlValidity } from '../iec62443/controls.js';
import type { ResultDoc } from '../schemas/site-file.js';

export interface ChecklistItem {
  id: string;
  fr: number;
  minSl: number;
  title: string;
  description: string | null;
  /** Required at the zone's SL-T for this FR (false when the zone has no SL-T). */
  applies: boolean;
  result: ResultDoc | null;
  controls: { id: string; validity: ControlValidity }[];
  /** Implemented, not applicable, or covered by a valid control (DESIGN §3.1). */
  satisfied: boolean;
}

export interface Checklist {
  site: string;
  zone: string;
  asOf: string;
  slTarget: number[] | null;
  items: ChecklistItem[];
}
