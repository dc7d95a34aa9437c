// CIP vendor ids (ODVA-assigned, the "Vendor ID" of the Identity object) of common ICS vendors.
// Hand-picked, not the full ODVA list; anything else is reported as "Vendor 0x…".

const CIP_VENDORS: ReadonlyMap<number, string> = new Map([
  [1, 'Rockwell Automation/Allen-Bradley'],
  [5, 'Rockwell Automation/Reliance Electric'],
  [8, 'Molex'],
  [26, 'Festo'],
  [40, 'WAGO'],
  [43, 'Balluff'],
  [44, 'Yaskawa Electric America'],
  [46, 'ABB Industrial Systems'],
  [47, 'Omron'],
  [48, 'Turck'],
  [57, 'Pepperl+Fuchs'],
  [82, 'Mitsubishi Electric Automation'],
  [83, 'Opto 22'],
  [90, 'HMS Industrial Networks'],
  [95, 'Square D'],
  [97, 'Danfoss'],
  [108, 'Beckhoff Automation'],
  [109, 'National Instruments'],
  [145, 'Siemens Energy & Automation'],
  [161, 'Mitsubishi Electric'],
  [176, 'Red Lion Controls'],
  [181, 'Pilz'],
  [243, 'Schneider Automation'],
  [250, 'Yokogawa Electric'],
  [255, 'Bosch Rexroth'],
  [283, 'Hilscher'],
  [309, 'Prosoft Technology'],
  [315, 'SEW-Eurodrive'],
  [322, 'ifm efector'],
  [326, 'GE Fanuc Automation'],
]);

/** The vendor's name, or "Vendor 0x002a"-style text for ids not in the table. */
export function cipVendorName(id: number): string {
  return CIP_VENDORS.get(id) ?? `Vendor 0x${id.toString(16).padStart(4, '0')}`;
}
