// PROFINET IO context management (IEC 61158-6-10 §5.1, "RPC"): connectionless DCE/RPC (The Open
// Group C706 §12.5) over UDP, the well-known endpoint being 34964. The controller connects to the
// device on 34964, the device answers from an ephemeral port and later calls back the controller's
// own interface (ApplicationReady), so the port is only a hint: the PNIO interface UUID decides.
import { u16be, u16le, type Dissector, type PacketContext } from '../dissector.js';
import { profinetVendorName } from './profinet-vendors.js';

export const PNIO_CM_PORT = 34964;

/** The connectionless PDU header is 80 octets (C706 §12.5.1). */
const DG_HEADER = 80;
const OFF_PTYPE = 1;
const OFF_DREP = 4;
const OFF_OBJECT = 8;
const OFF_INTERFACE = 24;
const OFF_OPNUM = 68;
const OFF_LEN = 74;
/** Highest connectionless PDU type (cancel_ack, C706 §12.5.3). */
const MAX_PTYPE = 10;
const PTYPE_REQUEST = 0;
const PTYPE_RESPONSE = 2;

// UUID fields after the first three: identical in both byte orders. PNIO interface and object
// UUIDs are DEA0000x-6C97-11D1-8271-…; the endpoint mapper is E1AF8308-5D1F-11C9-91A4-08002B14A0FA.
const PNIO_NODE = [0x82, 0x71, 0x00, 0xa0, 0x24, 0x42, 0xdf, 0x7d] as const;
const EPM_NODE = [0x91, 0xa4, 0x08, 0x00, 0x2b, 0x14, 0xa0, 0xfa] as const;

const INTERFACES = ['', 'device', 'controller', 'supervisor', 'parameterServer'] as const;

// PNIO operation numbers (IEC 61158-6-10, RPC interface operations).
const OPERATIONS = ['Connect', 'Release', 'Read', 'Write', 'Control', 'ReadImplicit', 'ReadConnectionless'];

interface IoCmState {
  identityDone: boolean;
}

/** The first three UUID fields of `d` at `o` in the PDU's byte order (C706 §14.2.5, NDR). */
function uuidHead(d: Uint8Array, o: number, littleEndian: boolean): [number, number, number] {
  if (littleEndian) {
    const time = (d[o]! | (d[o + 1]! << 8) | (d[o + 2]! << 16) | (d[o + 3]! << 24)) >>> 0;
    return [time, u16le(d, o + 4)!, u16le(d, o + 6)!];
  }
  const time = ((d[o]! << 24) >>> 0) + ((d[o + 1]! << 16) | (d[o + 2]! << 8) | d[o + 3]!);
  return [time, u16be(d, o + 4)!, u16be(d, o + 6)!];
}

function nodeEquals(d: Uint8Array, o: number, node: readonly number[]): boolean {
  for (let i = 0; i < 8; i += 1) if (d[o + 8 + i] !== node[i]) return false;
  return true;
}

/** 1–4 for the PNIO device/controller/supervisor/parameter-server interfaces, else -1. */
function pnioUuidKind(d: Uint8Array, o: number, littleEndian: boolean): number {
  if (!nodeEquals(d, o, PNIO_NODE)) return -1;
  const [time, mid, hi] = uuidHead(d, o, littleEndian);
  if (mid !== 0x6c97 || hi !== 0x11d1 || time < 0xdea00001 || time > 0xdea00004) return -1;
  return time - 0xdea00000;
}

/** The PNIO object UUID DEA00000-6C97-11D1-8271-<instance><device id><vendor id> (IEC 61158-6-10). */
function isPnioObject(d: Uint8Array, o: number, littleEndian: boolean): boolean {
  if (d[o + 8] !== PNIO_NODE[0] || d[o + 9] !== PNIO_NODE[1]) return false;
  const [time, mid, hi] = uuidHead(d, o, littleEndian);
  return time === 0xdea00000 && mid === 0x6c97 && hi === 0x11d1;
}

function isEndpointMapper(d: Uint8Array, o: number, littleEndian: boolean): boolean {
  if (!nodeEquals(d, o, EPM_NODE)) return false;
  const [time, mid, hi] = uuidHead(d, o, littleEndian);
  return time === 0xe1af8308 && mid === 0x5d1f && hi === 0x11c9;
}

function isLittleEndian(d: Uint8Array): boolean {
  return (d[OFF_DREP]! & 0xf0) === 0x10;
}

function isPnioCm(d: Uint8Array, ctx: PacketContext): boolean {
  if (d.length < DG_HEADER || d[0] !== 4 || d[OFF_PTYPE]! > MAX_PTYPE) return false;
  const drep = d[OFF_DREP]!;
  // Integer representation: big- or little-endian; character set ASCII or EBCDIC (C706 §14.1).
  if ((drep & 0xe0) !== 0 || (drep & 0x0e) !== 0) return false;
  const le = isLittleEndian(d);
  const bodyLength = le ? u16le(d, OFF_LEN)! : u16be(d, OFF_LEN)!;
  if (DG_HEADER + bodyLength > d.length) return false;
  const kind = pnioUuidKind(d, OFF_INTERFACE, le);
  if (kind >= 1) return true;
  // PNIO controllers look the device up through the endpoint mapper on the PNIO port.
  const onPnioPort = ctx.packet.srcPort === PNIO_CM_PORT || ctx.packet.dstPort === PNIO_CM_PORT;
  return onPnioPort && isEndpointMapper(d, OFF_INTERFACE, le);
}

export const profinetIoCmDissector: Dissector<IoCmState> = {
  id: 'profinet-io',
  transport: 'udp',
  ports: [PNIO_CM_PORT],
  detect(payload, ctx) {
    return isPnioCm(payload, ctx);
  },
  createState() {
    return { identityDone: false };
  },
  parse(payload, ctx, out, state) {
    if (!isPnioCm(payload, ctx)) return;
    const le = isLittleEndian(payload);
    const ptype = payload[OFF_PTYPE]!;
    const kind = pnioUuidKind(payload, OFF_INTERFACE, le);
    if (kind < 1) {
      out.detail('interfaces', 'endpointMapper');
      return;
    }
    out.detail('interfaces', INTERFACES[kind]!);
    if (ptype === PTYPE_REQUEST || ptype === PTYPE_RESPONSE) {
      const opnum = le ? u16le(payload, OFF_OPNUM)! : u16be(payload, OFF_OPNUM)!;
      out.detail('operations', OPERATIONS[opnum] ?? `opnum ${opnum}`);
    }
    // The object UUID names the called station: DEA00000-6C97-11D1-8271-<instance><device><vendor>.
    if (!state.identityDone && (ptype === PTYPE_REQUEST || ptype === PTYPE_RESPONSE)) {
      if (isPnioObject(payload, OFF_OBJECT, le)) {
        state.identityDone = true;
        const deviceId = u16be(payload, OFF_OBJECT + 12)!;
        const vendorId = u16be(payload, OFF_OBJECT + 14)!;
        out.detail('vendorIds', `0x${vendorId.toString(16).padStart(4, '0')}`);
        out.detail('deviceIds', `0x${deviceId.toString(16).padStart(4, '0')}`);
        out.identity(ptype === PTYPE_REQUEST ? 'receiver' : 'sender', {
          protocol: 'profinet-io',
          vendor: profinetVendorName(vendorId),
        });
      }
    }
  },
};
