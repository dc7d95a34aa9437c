// PROFINET DCP (Discovery and basic Configuration Protocol, IEC 61158-6-10 §4.3): Identify, Hello,
// Get and Set over EtherType 0x8892 with FrameIDs 0xFEFC–0xFEFF.
//
// Only what a station says about ITSELF becomes an identity: Identify and Get responses and Hello.
// An Identify request carries the NameOfStation the sender is looking for, i.e. some OTHER
// station's name, so it is kept as `requestedNames` and never attributed to the sender.
import { text, u16be, type Dissector, type FactSink } from '../dissector.js';
import type { Identity } from '../types.js';
import { ETHERTYPE_PROFINET, frameIdText, profinetFrameKind } from './profinet-frame-id.js';
import { profinetVendorName } from './profinet-vendors.js';

const SERVICE_GET = 3;
const SERVICE_SET = 4;
const SERVICE_IDENTIFY = 5;
const SERVICE_HELLO = 6;
const TYPE_REQUEST = 0;
const TYPE_RESPONSE_SUCCESS = 1;

// Options and suboptions (IEC 61158-6-10, DCP block options).
const OPT_IP = 1;
const SUB_IP_PARAMETER = 2;
const OPT_DEVICE = 2;
const SUB_TYPE_OF_STATION = 1;
const SUB_NAME_OF_STATION = 2;
const SUB_DEVICE_ID = 3;
const SUB_DEVICE_ROLE = 4;

/** FrameID (2) + ServiceID, ServiceType, Xid (4), ResponseDelay (2), DCPDataLength (2). */
const HEADER = 12;

/** Room for a NameOfStation (240 octets max) and a vendor text; longer values are cut. */
const MAX_TEXT = 240;

function hex4(v: number): string {
  return `0x${v.toString(16).padStart(4, '0')}`;
}

function ipText(d: Uint8Array, o: number): string {
  return `${d[o]}.${d[o + 1]}.${d[o + 2]}.${d[o + 3]}`;
}

function isDcpHeader(p: Uint8Array): boolean {
  const frameId = u16be(p, 0);
  if (frameId === undefined || profinetFrameKind(frameId) !== 'dcp' || p.length < HEADER) return false;
  const serviceId = p[2]!;
  const serviceType = p[3]!;
  if (serviceId < SERVICE_GET || serviceId > SERVICE_HELLO) return false;
  // Bit 0: response; bit 2 of a response: "request not supported"; the other bits are reserved.
  if ((serviceType & ~0x05) !== 0) return false;
  const dataLength = u16be(p, 10)!;
  // Frames are padded to the Ethernet minimum, so the payload may be longer than the DCP data.
  return HEADER + dataLength <= p.length;
}

/** Walks DCP blocks (option, suboption, length, value, padding to an even length). */
function parseBlocks(p: Uint8Array, out: FactSink, serviceId: number, serviceType: number): void {
  const end = Math.min(p.length, HEADER + u16be(p, 10)!);
  // Response and Hello blocks start with a 2-octet BlockInfo; Set request blocks with a
  // 2-octet BlockQualifier; Identify request (filter) blocks carry the bare value.
  const fromStation =
    (serviceType === TYPE_RESPONSE_SUCCESS && (serviceId === SERVICE_IDENTIFY || serviceId === SERVICE_GET)) ||
    (serviceId === SERVICE_HELLO && serviceType === TYPE_REQUEST);
  const isSetRequest = serviceId === SERVICE_SET && serviceType === TYPE_REQUEST;
  const isIdentifyRequest = serviceId === SERVICE_IDENTIFY && serviceType === TYPE_REQUEST;
  if (!fromStation && !isSetRequest && !isIdentifyRequest) return;
  const skip = isIdentifyRequest ? 0 : 2;

  let name: string | undefined;
  let product: string | undefined;
  let vendorId: number | undefined;
  let o = HEADER;
  while (o + 4 <= end) {
    const option = p[o]!;
    const suboption = p[o + 1]!;
    const length = u16be(p, o + 2)!;
    const value = o + 4 + skip;
    const valueLength = length - skip;
    if (o + 4 + length > end) break;
    if (valueLength >= 0 && option === OPT_DEVICE) {
      if (suboption === SUB_NAME_OF_STATION && valueLength > 0) {
        const n = text(p, value, Math.min(valueLength, MAX_TEXT));
        if (n) {
          if (fromStation) name = n;
          else if (isIdentifyRequest) out.detail('requestedNames', n);
          else out.detail('setNames', n);
        }
      } else if (fromStation && suboption === SUB_TYPE_OF_STATION && valueLength > 0) {
        product = text(p, value, Math.min(valueLength, MAX_TEXT)) || undefined;
      } else if (fromStation && suboption === SUB_DEVICE_ID && valueLength >= 4) {
        vendorId = u16be(p, value)!;
        out.detail('vendorIds', hex4(vendorId));
        out.detail('deviceIds', hex4(u16be(p, value + 2)!));
      } else if (fromStation && suboption === SUB_DEVICE_ROLE && valueLength >= 1) {
        out.detail('deviceRoles', p[value]!);
      }
    } else if (valueLength >= 12 && option === OPT_IP && suboption === SUB_IP_PARAMETER) {
      if (fromStation) out.detail('ipAddresses', ipText(p, value));
      else if (isSetRequest) out.detail('setIpAddresses', ipText(p, value));
    }
    o += 4 + length + (length & 1);
  }

  if (fromStation && (name !== undefined || product !== undefined || vendorId !== undefined)) {
    const identity: Identity = { protocol: 'profinet-dcp' };
    if (name !== undefined) identity.name = name;
    if (vendorId !== undefined) identity.vendor = profinetVendorName(vendorId);
    if (product !== undefined) identity.product = product;
    out.identity('sender', identity);
  }
}

export const profinetDcpDissector: Dissector = {
  id: 'profinet-dcp',
  transport: 'l2',
  ports: [],
  etherTypes: [ETHERTYPE_PROFINET],
  detect(payload) {
    return isDcpHeader(payload);
  },
  parse(payload, _ctx, out) {
    // The engine may hand us every frame of a MAC pair; other FrameIDs belong to RT/PTCP.
    if (!isDcpHeader(payload)) return;
    const serviceId = payload[2]!;
    const serviceType = payload[3]!;
    out.detail('serviceIds', serviceId);
    out.detail('frameIds', frameIdText(u16be(payload, 0)!));
    if (serviceId === SERVICE_SET && serviceType === TYPE_REQUEST) out.flag('setRequests', true);
    parseBlocks(payload, out, serviceId, serviceType);
  },
};
