// BACnet (ASHRAE 135): BACnet/IP on UDP 47808 (BVLC), BACnet/Ethernet (802.2 LLC SAP 0x82) and
// BACnet MS/TP frames (link type 165), all feeding one NPDU/APDU parser that records services and
// the device instance and vendor announced in I-Am.
import type { Dissector, FactSink, PacketContext } from '../dissector.js';
import { u16be, u32be } from '../dissector.js';

const BACNET_IP_PORT = 47808;
/** BVLC type octet for BACnet/IP (ASHRAE 135 Annex J.2). */
const BVLC_TYPE_BIP = 0x81;
const BVLC_HEADER_BYTES = 4;
/** Forwarded-NPDU: the header is followed by the original source B/IP address (6 bytes) (J.2.9). */
const BVLC_FORWARDED_NPDU = 0x04;
const BIP_ADDRESS_BYTES = 6;
/** NPDU control bits (ASHRAE 135 §6.2.2): network message, DNET, SNET; 0x50 are reserved zeros. */
const NPCI_NETWORK_MESSAGE = 0x80;
const NPCI_DNET = 0x20;
const NPCI_SNET = 0x08;
const NPCI_RESERVED = 0x50;
/** APDU types (ASHRAE 135 §20.1). */
const PDU_CONFIRMED_REQUEST = 0;
const PDU_UNCONFIRMED_REQUEST = 1;
const PDU_SIMPLE_ACK = 2;
const PDU_COMPLEX_ACK = 3;
const PDU_ERROR = 5;
const PDU_SEGMENTED = 0x08;
/** Highest service choices accepted as plausible (135-2020 defines 0–33 and 0–15). */
const MAX_CONFIRMED_SERVICE = 40;
const MAX_UNCONFIRMED_SERVICE = 20;
const UNCONFIRMED_I_AM = 0;
/** Object type 8 is Device; an object identifier is type (10 bits) and instance (22 bits) (§20.2.14). */
const OBJECT_TYPE_DEVICE = 8;
/** Application tags: BACnetObjectIdentifier 12, Unsigned 2 (§20.2.1.4). */
const TAG_OBJECT_ID = 12;
const TAG_UNSIGNED = 2;

/** A few BACnet vendor identifiers (ASHRAE's registry) common in building automation. */
const BACNET_VENDORS: ReadonlyMap<number, string> = new Map([
  [0, 'ASHRAE'],
  [2, 'The Trane Company'],
  [5, 'Johnson Controls, Inc.'],
  [6, 'American Auto-Matrix'],
  [7, 'Siemens Schweiz AG'],
  [8, 'Delta Controls'],
  [9, 'Siemens Schweiz AG'],
  [10, 'Schneider Electric'],
  [11, 'TAC'],
  [14, 'Cimetrics Technology'],
  [16, 'United Technologies Carrier'],
  [17, 'Honeywell Inc.'],
  [18, 'Alerton / Honeywell'],
  [19, 'TAC AB'],
  [22, 'Siemens Schweiz AG'],
  [24, 'Automated Logic Corporation'],
  [26, 'Phoenix Controls Corporation'],
  [28, 'KMC Controls, Inc.'],
  [35, 'Reliable Controls Corporation'],
  [36, 'Tridium Inc.'],
  [37, 'Sierra Monitor Corporation'],
  [39, 'Kieback & Peter GmbH & Co KG'],
  [42, 'Acuity Brands Lighting, Inc.'],
  [51, 'SAMSON AG'],
  [53, 'DAIKIN Industries Ltd.'],
  [74, 'KNX Association cvba'],
]);

export function bacnetVendorName(id: number): string {
  return BACNET_VENDORS.get(id) ?? `Vendor ${id}`;
}

/** Offset just past a well-formed NPCI at `o` (the APDU or network message type), or undefined. */
function npciEnd(d: Uint8Array, o: number): number | undefined {
  if (o + 2 > d.length || d[o] !== 0x01) return undefined;
  const control = d[o + 1]!;
  if ((control & NPCI_RESERVED) !== 0) return undefined;
  let p = o + 2;
  if ((control & NPCI_DNET) !== 0) {
    if (p + 3 > d.length) return undefined;
    p += 3 + d[p + 2]!;
  }
  if ((control & NPCI_SNET) !== 0) {
    if (p + 3 > d.length) return undefined;
    const slen = d[p + 2]!;
    // A source address is never a broadcast: SLEN 0 is invalid (§6.2.2.1).
    if (slen === 0) return undefined;
    p += 3 + slen;
  }
  if ((control & NPCI_DNET) !== 0) p += 1; // hop count
  return p < d.length ? p : undefined;
}

function isNetworkMessage(d: Uint8Array, o: number): boolean {
  return (d[o + 1]! & NPCI_NETWORK_MESSAGE) !== 0;
}

/** Offset of the service choice for APDUs that carry one, or undefined. */
function serviceOffset(d: Uint8Array, p: number): number | undefined {
  const type = d[p]! >> 4;
  const segmented = (d[p]! & PDU_SEGMENTED) !== 0;
  switch (type) {
    case PDU_CONFIRMED_REQUEST:
      // Flags, max segments/APDU, invoke id, [sequence number, proposed window], service (§20.1.2).
      return p + (segmented ? 5 : 3);
    case PDU_UNCONFIRMED_REQUEST:
      return p + 1;
    case PDU_SIMPLE_ACK:
    case PDU_ERROR:
      return p + 2;
    case PDU_COMPLEX_ACK:
      return p + (segmented ? 4 : 2);
    default:
      return undefined;
  }
}

/** Strict structural check of an NPDU (and its APDU header) for detection. */
export function isBacnetNpdu(d: Uint8Array, o = 0): boolean {
  const p = npciEnd(d, o);
  if (p === undefined) return false;
  if (isNetworkMessage(d, o)) return true;
  const type = d[p]! >> 4;
  if (type > 7) return false;
  const s = serviceOffset(d, p);
  if (s === undefined) return true;
  if (s >= d.length) return false;
  const limit = type === PDU_UNCONFIRMED_REQUEST ? MAX_UNCONFIRMED_SERVICE : MAX_CONFIRMED_SERVICE;
  return d[s]! <= limit;
}

/** Tag header at `p`: returns [tag number, value offset, value length] for an application tag. */
function applicationTag(d: Uint8Array, p: number): [number, number, number] | undefined {
  if (p >= d.length) return undefined;
  const b = d[p]!;
  if ((b & 0x08) !== 0) return undefined; // context-specific, not an application tag
  let length = b & 0x07;
  let value = p + 1;
  if (length === 5) {
    if (value >= d.length) return undefined;
    length = d[value]!;
    value += 1;
    if (length >= 254) return undefined; // I-Am fields are never this long
  }
  return value + length <= d.length ? [b >> 4, value, length] : undefined;
}

function unsignedValue(d: Uint8Array, o: number, n: number): number | undefined {
  if (n < 1 || n > 4) return undefined;
  let v = 0;
  for (let i = 0; i < n; i += 1) v = v * 256 + d[o + i]!;
  return v;
}

/** I-Am: device object id, max APDU, segmentation, vendor id — all application tagged (§16.10). */
function parseIAm(d: Uint8Array, p: number, out: FactSink): void {
  const objectTag = applicationTag(d, p);
  if (objectTag === undefined || objectTag[0] !== TAG_OBJECT_ID || objectTag[2] !== 4) return;
  const objectId = u32be(d, objectTag[1]);
  if (objectId === undefined || objectId >>> 22 !== OBJECT_TYPE_DEVICE) return;
  const instance = objectId & 0x3fffff;
  out.detail('deviceInstances', instance);
  let vendor: string | null = null;
  const maxApdu = applicationTag(d, objectTag[1] + objectTag[2]);
  const segmentation = maxApdu && applicationTag(d, maxApdu[1] + maxApdu[2]);
  const vendorTag = segmentation && applicationTag(d, segmentation[1] + segmentation[2]);
  if (vendorTag !== undefined && vendorTag[0] === TAG_UNSIGNED) {
    const vendorId = unsignedValue(d, vendorTag[1], vendorTag[2]);
    if (vendorId !== undefined) {
      out.detail('vendorIds', vendorId);
      vendor = bacnetVendorName(vendorId);
    }
  }
  out.identity('sender', { protocol: 'bacnet', name: `device ${instance}`, vendor });
}

function parseFromNpci(d: Uint8Array, o: number, out: FactSink): boolean {
  const p = npciEnd(d, o);
  if (p === undefined) return false;
  if (isNetworkMessage(d, o)) {
    // Network layer messages (Who-Is-Router-To-Network …): the type follows the NPCI (§6.2.4).
    out.detail('networkMessages', d[p]!);
    return true;
  }
  const s = serviceOffset(d, p);
  if (s === undefined || s >= d.length) return true;
  if (d[p]! >> 4 === PDU_UNCONFIRMED_REQUEST) {
    out.detail('unconfirmedServices', d[s]!);
    if (d[s] === UNCONFIRMED_I_AM) parseIAm(d, s + 1, out);
  } else {
    out.detail('confirmedServices', d[s]!);
  }
  return true;
}

/**
 * Records what one NPDU (network header plus APDU) says: services, network messages, and the I-Am
 * identity of the sender. For BACnet/IP, BACnet/Ethernet and MS/TP alike. False when malformed.
 */
export function parseBacnetNpdu(npdu: Uint8Array, out: FactSink): boolean {
  return parseFromNpci(npdu, 0, out);
}

/** Offset of the NPDU inside a BVLC message, -1 for BVLL-only functions, undefined if invalid. */
function bvlcNpduOffset(d: Uint8Array): number | undefined {
  if (d.length < BVLC_HEADER_BYTES || d[0] !== BVLC_TYPE_BIP) return undefined;
  const fn = d[1]!;
  // The BVLC length covers the whole UDP payload (J.2).
  if (u16be(d, 2) !== d.length) return undefined;
  const n = d.length;
  switch (fn) {
    case 0x00: // BVLC-Result
    case 0x05: // Register-Foreign-Device
      return n === 6 ? -1 : undefined;
    case 0x02: // Read-Broadcast-Distribution-Table
    case 0x06: // Read-Foreign-Device-Table
      return n === 4 ? -1 : undefined;
    case 0x08: // Delete-Foreign-Device-Table-Entry
      return n === 10 ? -1 : undefined;
    case 0x01: // Write-Broadcast-Distribution-Table
    case 0x03: // Read-Broadcast-Distribution-Table-Ack
    case 0x07: // Read-Foreign-Device-Table-Ack (entries are 10 bytes too)
      return (n - BVLC_HEADER_BYTES) % 10 === 0 ? -1 : undefined;
    case BVLC_FORWARDED_NPDU:
      return BVLC_HEADER_BYTES + BIP_ADDRESS_BYTES;
    case 0x09: // Distribute-Broadcast-To-Network
    case 0x0a: // Original-Unicast-NPDU
    case 0x0b: // Original-Broadcast-NPDU
      return BVLC_HEADER_BYTES;
    default:
      return undefined; // Secure-BVLL (0x0c) and unknown functions: too weak to claim
  }
}

export function isBacnetIp(payload: Uint8Array): boolean {
  const o = bvlcNpduOffset(payload);
  return o !== undefined && (o === -1 || isBacnetNpdu(payload, o));
}

export const bacnetIpDissector: Dissector<undefined> = {
  id: 'bacnet',
  transport: 'udp',
  ports: [BACNET_IP_PORT],
  detect: (payload: Uint8Array, _ctx: PacketContext) => isBacnetIp(payload),
  parse(payload: Uint8Array, _ctx: PacketContext, out: FactSink) {
    const o = bvlcNpduOffset(payload);
    if (o === undefined) return;
    out.detail('bvlcFunctions', payload[1]!);
    if (o >= 0) parseFromNpci(payload, o, out);
  },
};

/** BACnet/Ethernet: 802.3 length frame, LLC DSAP = SSAP = 0x82, UI control 0x03 (ASHRAE 135 §7). */
const LLC_BACNET_SAP = 0x82;
const LLC_UI = 0x03;
const LLC_BYTES = 3;

function isBacnetLlc(payload: Uint8Array): boolean {
  return (
    payload.length > LLC_BYTES &&
    payload[0] === LLC_BACNET_SAP &&
    payload[1] === LLC_BACNET_SAP &&
    payload[2] === LLC_UI &&
    isBacnetNpdu(payload, LLC_BYTES)
  );
}

/**
 * BACnet/Ethernet frames have no EtherType (802.3 length + LLC), so `etherTypes` is empty: the
 * engine has to offer it frames whose `etherType` is absent for this to be reached.
 */
export const bacnetEthernetDissector: Dissector<undefined> = {
  id: 'bacnet',
  transport: 'l2',
  ports: [],
  etherTypes: [],
  detect: (payload: Uint8Array, _ctx: PacketContext) => isBacnetLlc(payload),
  parse(payload: Uint8Array, _ctx: PacketContext, out: FactSink) {
    if (isBacnetLlc(payload)) parseFromNpci(payload, LLC_BYTES, out);
  },
};

export { decodeMstpFrame, type MstpFrame } from './bacnet-mstp.js';
