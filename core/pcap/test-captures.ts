// Builds small captures as byte arrays for the reader's tests: classic pcap records and pcapng
// blocks in either byte order, so each test states exactly the bytes it feeds the parser.
import type { ByteOrder, CapturePacket } from './types.js';

class ByteWriter {
  private readonly bytes: number[] = [];
  constructor(private readonly little: boolean) {}
  u8(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  u16(value: number): this {
    const view = new DataView(new ArrayBuffer(2));
    view.setUint16(0, value, this.little);
    return this.raw(new Uint8Array(view.buffer));
  }
  u32(value: number): this {
    const view = new DataView(new ArrayBuffer(4));
    view.setUint32(0, value >>> 0, this.little);
    return this.raw(new Uint8Array(view.buffer));
  }
  raw(data: Uint8Array | number[]): this {
    for (const b of data) this.bytes.push(b);
    return this;
  }
  pad4(): this {
    while (this.bytes.length % 4 !== 0) this.bytes.push(0);
    return this;
  }
  get length(): number {
    return this.bytes.length;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

export interface TestRecord {
  seconds: number;
  fraction: number;
  data: number[];
  originalLength?: number;
}

export function classicPcap(byteOrder: ByteOrder, nanosecond: boolean, linkType: number, records: TestRecord[]) {
  const w = new ByteWriter(byteOrder === 'little');
  w.u32(nanosecond ? 0xa1b23c4d : 0xa1b2c3d4)
    .u16(2)
    .u16(4)
    .u32(0)
    .u32(0)
    .u32(65535)
    .u32(linkType);
  for (const r of records)
    w.u32(r.seconds)
      .u32(r.fraction)
      .u32(r.data.length)
      .u32(r.originalLength ?? r.data.length)
      .raw(r.data);
  return w.done();
}

function block(little: boolean, type: number, body: (w: ByteWriter) => void): Uint8Array {
  const inner = new ByteWriter(little);
  body(inner);
  inner.pad4();
  const length = inner.length + 12;
  return new ByteWriter(little).u32(type).u32(length).raw(inner.done()).u32(length).done();
}

export const pcapng = {
  shb: (byteOrder: ByteOrder) =>
    block(byteOrder === 'little', 0x0a0d0d0a, (w) => w.u32(0x1a2b3c4d).u16(1).u16(0).u32(0xffffffff).u32(0xffffffff)),
  idb: (byteOrder: ByteOrder, linkType: number, tsresol?: number, snapLength = 0) =>
    block(byteOrder === 'little', 1, (w) => {
      w.u16(linkType).u16(0).u32(snapLength);
      if (tsresol !== undefined) w.u16(9).u16(1).u8(tsresol).pad4().u16(0).u16(0);
    }),
  epb: (byteOrder: ByteOrder, interfaceId: number, units: bigint, data: number[]) =>
    block(byteOrder === 'little', 6, (w) =>
      w
        .u32(interfaceId)
        .u32(Number(units >> 32n))
        .u32(Number(units & 0xffffffffn))
        .u32(data.length)
        .u32(data.length)
        .raw(data),
    ),
  spb: (byteOrder: ByteOrder, data: number[]) => block(byteOrder === 'little', 3, (w) => w.u32(data.length).raw(data)),
  unknown: (byteOrder: ByteOrder, type: number, body: number[]) =>
    block(byteOrder === 'little', type, (w) => w.raw(body)),
};

export function joinBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A packet as plain data (its bytes copied to an array) so tests can compare them with toEqual. */
export function plainPacket(packet: CapturePacket) {
  // Without buffer/offset: where a record sat in a pushed chunk depends on the chunking.
  return {
    linkType: packet.linkType,
    tsSeconds: packet.tsSeconds,
    tsFraction: packet.tsFraction,
    tsDigits: packet.tsDigits,
    timestampKnown: packet.timestampKnown,
    capturedLength: packet.capturedLength,
    originalLength: packet.originalLength,
    data: Array.from(packet.data),
    interfaceId: packet.interfaceId,
  };
}
