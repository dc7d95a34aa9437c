// Identity records in S7 system status lists (SZL): a PLC answers "read SZL" with lists whose
// record layouts are fixed per SZL id (Siemens "System Software for S7-300/400, System and Standard
// Functions", chapter on the system status list: SZL-ID W#16#xy11 module identification and
// W#16#xy1C component identification).
import { u16be } from '../dissector.js';

/** What the SZL responses of one connection told us so far about the PLC. */
export interface S7IdentityParts {
  orderNumber?: string;
  firmware?: string;
  name?: string;
  product?: string;
  serial?: string;
}

/** Text of a fixed-width field, cut at the first NUL (padding is NULs or spaces) and trimmed. */
function fieldText(d: Uint8Array, o: number, n: number): string {
  let s = '';
  for (let i = 0; i < n && o + i < d.length; i += 1) {
    const c = d[o + i]!;
    if (c === 0) break;
    if (c >= 0x20 && c < 0x7f) s += String.fromCharCode(c);
  }
  return s.trim();
}

/**
 * Reads the records of an SZL response (`count` records of `recLen` bytes from `o`) into `parts`.
 * Returns true when something new was learned. Unknown SZL ids are ignored.
 */
export function readSzlIdentity(
  d: Uint8Array,
  szlId: number,
  o: number,
  recLen: number,
  count: number,
  end: number,
  parts: S7IdentityParts,
): boolean {
  // The low byte is the list number; the high byte only selects which records (all, one index …).
  const list = szlId & 0xff;
  if (list !== 0x11 && list !== 0x1c) return false;
  let changed = false;
  for (let i = 0; i < count; i += 1) {
    const r = o + i * recLen;
    if (r + recLen > end || r + recLen > d.length) break;
    const index = u16be(d, r);
    if (list === 0x11 && recLen >= 28) {
      // Module identification: index, 20-char order number (MLFB), BGTyp, Ausbg, Ausbe.
      if (index === 0x0001) {
        const order = fieldText(d, r + 2, 20);
        if (order !== '' && parts.orderNumber !== order) {
          parts.orderNumber = order;
          changed = true;
        }
      } else if (index === 0x0007) {
        // Firmware record: Ausbg's high byte is 'V', its low byte and Ausbe give "Vx.y.z".
        const ausbg = u16be(d, r + 24)!;
        const ausbe = u16be(d, r + 26)!;
        if (ausbg >> 8 === 0x56) {
          const fw = `V${ausbg & 0xff}.${ausbe >> 8}.${ausbe & 0xff}`;
          if (parts.firmware !== fw) {
            parts.firmware = fw;
            changed = true;
          }
        }
      }
    } else if (list === 0x1c && recLen >= 34) {
      // Component identification: index, then 32 characters (index 9/10 hold numbers, not text).
      const key =
        index === 1 ? 'system' : index === 2 ? 'name' : index === 5 ? 'serial' : index === 7 ? 'product' : undefined;
      if (key === undefined) continue;
      const value = fieldText(d, r + 2, 32);
      if (value === '') continue;
      if (key === 'system') {
        // The automation-system (station) name only stands in when no module name is configured.
        if (parts.name === undefined) {
          parts.name = value;
          changed = true;
        }
      } else if (parts[key] !== value) {
        parts[key] = value;
        changed = true;
      }
    }
  }
  return changed;
}
