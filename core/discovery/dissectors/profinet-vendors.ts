// A small map of PROFINET vendor ids (assigned by PROFIBUS & PROFINET International and carried
// in the DCP DeviceID block and GSDML files) to vendor names, for the vendors common in plants.

const PROFINET_VENDORS: ReadonlyMap<number, string> = new Map([
  [0x002a, 'Siemens'],
  [0x00b0, 'Phoenix Contact'],
  [0x010a, 'SEW-EURODRIVE'],
  [0x010c, 'HMS Industrial Networks'],
  // VersaMax IC200PNS001 (profinet-io-cm-mixed in the corpus) announces this id.
  [0x015a, 'GE Intelligent Platforms'],
  [0x0493, 'RT-Labs'],
]);

/** The vendor's name, or 'Vendor 0x1234' for an id not in the map. */
export function profinetVendorName(vendorId: number): string {
  return PROFINET_VENDORS.get(vendorId) ?? `Vendor 0x${vendorId.toString(16).padStart(4, '0')}`;
}
