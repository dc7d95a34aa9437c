// PROFINET frames share EtherType 0x8892; the 16-bit FrameID at the start of the payload says
// which service a frame belongs to (IEC 61158-6-10, FrameID ranges; PROFINET IO specification
// "FrameID" table). The three PROFINET layer-2 dissectors split the EtherType by these ranges.

export const ETHERTYPE_PROFINET = 0x8892;

export type ProfinetFrameKind = 'dcp' | 'ptcp' | 'rt' | 'other';

/** Which PROFINET service a FrameID belongs to. */
export function profinetFrameKind(frameId: number): ProfinetFrameKind {
  // RT_CLASS_3 synchronisation and its follow-up frames.
  if (frameId <= 0x00ff) return 'ptcp';
  // RT_CLASS_3 (isochronous) and RT_CLASS_2 cyclic data.
  if (frameId <= 0x7fff) return 'rt';
  // RT_CLASS_1 cyclic data (unicast, multicast and the range reserved for RT over UDP).
  if (frameId <= 0xfbff) return 'rt';
  // Acyclic alarms: high priority 0xFC01, low priority 0xFE01.
  if (frameId === 0xfc01 || frameId === 0xfe01) return 'rt';
  // DCP: Hello 0xFEFC, Get/Set 0xFEFD, Identify request 0xFEFE, Identify response 0xFEFF.
  if (frameId >= 0xfefc && frameId <= 0xfeff) return 'dcp';
  // PTCP Announce (0xFF00–0xFF1F), FollowUp (0xFF20–0xFF3F) and Delay (0xFF40–0xFF43).
  if (frameId >= 0xff00 && frameId <= 0xff43) return 'ptcp';
  // Fragmented RT frames.
  if (frameId >= 0xff80 && frameId <= 0xff8f) return 'rt';
  return 'other';
}

/** Texts made so far, so that a cyclic frame reports its FrameID without building a string. */
const FRAME_ID_TEXT: string[] = [];

/** FrameID as lowercase hex text ('0xfeff'), the form used in details. */
export function frameIdText(frameId: number): string {
  let t = FRAME_ID_TEXT[frameId];
  if (t === undefined) {
    t = `0x${frameId.toString(16).padStart(4, '0')}`;
    if (frameId >= 0 && frameId <= 0xffff) FRAME_ID_TEXT[frameId] = t;
  }
  return t;
}
