// Hand-built frames for the decoder's unit and fuzz tests (checksums left zero: never verified).

export function bytes(...parts: (number[] | Uint8Array)[]): Uint8Array {
  return Uint8Array.from(parts.flatMap((p) => [...p]));
}

export const MAC_A = [0x00, 0x1b, 0x1b, 0x01, 0x02, 0x03];
export const MAC_B = [0x00, 0x00, 0xbc, 0xaa, 0xbb, 0xcc];

export function be16(v: number): number[] {
  return [(v >> 8) & 0xff, v & 0xff];
}

export function ethernet(etherType: number, payload: Uint8Array, tags: [number, number][] = []): Uint8Array {
  return bytes(MAC_B, MAC_A, ...tags.map(([tpid, vid]) => [...be16(tpid), ...be16(vid)]), be16(etherType), payload);
}

export interface Ipv4Options {
  protocol?: number;
  id?: number;
  more?: boolean;
  offset?: number;
  src?: number[];
  dst?: number[];
}

export function ipv4(payload: Uint8Array, o: Ipv4Options = {}): Uint8Array {
  const flags = (o.more === true ? 0x2000 : 0) | ((o.offset ?? 0) / 8);
  return bytes(
    [0x45, 0, ...be16(20 + payload.length), ...be16(o.id ?? 1), ...be16(flags), 64, o.protocol ?? 6, 0, 0],
    o.src ?? [192, 168, 0, 10],
    o.dst ?? [192, 168, 0, 20],
    payload,
  );
}

export const V6_SRC = [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1];
export const V6_DST = [0xfe, 0x80, 0, 0, 0, 0, 0, 0, 0x02, 0x1b, 0x1b, 0xff, 0xfe, 0x01, 0x02, 0x03];

export function ipv6(nextHeader: number, payload: Uint8Array): Uint8Array {
  return bytes([0x60, 0, 0, 0, ...be16(payload.length), nextHeader, 64], V6_SRC, V6_DST, payload);
}

export function tcp(srcPort: number, dstPort: number, flags: number, data: number[] = []): Uint8Array {
  return bytes(
    be16(srcPort),
    be16(dstPort),
    [0, 0, 0x10, 0x01],
    [0, 0, 0, 0],
    [0x50, flags],
    be16(8192),
    [0, 0, 0, 0],
    data,
  );
}

export function udp(srcPort: number, dstPort: number, data: number[] = []): Uint8Array {
  return bytes(be16(srcPort), be16(dstPort), be16(8 + data.length), [0, 0], data);
}
