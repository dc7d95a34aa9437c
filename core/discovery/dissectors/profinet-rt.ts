// PROFINET real-time frames on EtherType 0x8892 other than DCP (IEC 61158-6-10): cyclic RT data
// and alarms (`profinet-rt`), and the precision time protocol PTCP (`profinet-ptcp`). Both are
// told apart from DCP and from each other by the FrameID alone (see profinet-frame-id.ts).
// Cyclic frames arrive every few milliseconds, so parse reads two octets and reuses cached text.
import { u16be, type Dissector } from '../dissector.js';
import { ETHERTYPE_PROFINET, frameIdText, profinetFrameKind } from './profinet-frame-id.js';

/** Cyclic data: FrameID, at least one data octet, CycleCounter (2), DataStatus, TransferStatus. */
const MIN_CYCLIC = 2 + 1 + 4;

// PTCP: FrameID then a 20-octet header (reserved, sequence id, delay fields) before the TLVs.
const MIN_PTCP = 2 + 20;

function isRt(p: Uint8Array): boolean {
  const frameId = u16be(p, 0);
  return frameId !== undefined && profinetFrameKind(frameId) === 'rt' && p.length >= MIN_CYCLIC;
}

function isPtcp(p: Uint8Array): boolean {
  const frameId = u16be(p, 0);
  return frameId !== undefined && profinetFrameKind(frameId) === 'ptcp' && p.length >= MIN_PTCP;
}

export const profinetRtDissector: Dissector = {
  id: 'profinet-rt',
  transport: 'l2',
  ports: [],
  etherTypes: [ETHERTYPE_PROFINET],
  detect(payload) {
    return isRt(payload);
  },
  parse(payload, _ctx, out) {
    if (!isRt(payload)) return;
    const frameId = u16be(payload, 0)!;
    out.detail('frameIds', frameIdText(frameId));
    if (frameId === 0xfc01 || frameId === 0xfe01) out.flag('alarms', true);
  },
};

export const profinetPtcpDissector: Dissector = {
  id: 'profinet-ptcp',
  transport: 'l2',
  ports: [],
  etherTypes: [ETHERTYPE_PROFINET],
  detect(payload) {
    return isPtcp(payload);
  },
  parse(payload, _ctx, out) {
    if (!isPtcp(payload)) return;
    out.detail('frameIds', frameIdText(u16be(payload, 0)!));
  },
};
