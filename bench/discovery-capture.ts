// Builds the large capture of the discovery benchmark (issue #9 performance): the corpus's
// Ethernet captures of Modbus, S7, EtherNet/IP and PROFINET plant traffic, rewritten again and
// again with shifted IPv4 addresses (another plant each time, so hosts and flows multiply like
// a real estate's) and shifted timestamps, written as one classic pcap. Deterministic.
import { createWriteStream, existsSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { readCaptureFile } from '../core/pcap/read-capture-file.js';

export const CORPUS = join(import.meta.dirname, '..', '..', 'shared', 'corpus', 'pcap');
const SOURCES = [
  'mixed-plant-modbus-s7-enip-pndcp.pcap',
  'modbus-tcp-multi-slave.pcap',
  'enip-cip-ip-address-change-listidentity.pcap',
  's7comm-s300-tia-goonline.pcapng',
  's7comm-im151-reading-plc-status.pcap',
  'iec104-test-dissect.pcap',
  'dnp3-values-master-outstation.pcap',
  'iec61850-goose-vlan.pcap',
];
const LINKTYPE_ETHERNET = 1;

interface Frame {
  data: Buffer;
  seconds: number;
  micros: number;
}

async function loadFrames(): Promise<Frame[]> {
  const frames: Frame[] = [];
  for (const name of SOURCES) {
    const first = frames.length;
    await readCaptureFile(join(CORPUS, name), (p) => {
      if (p.linkType !== LINKTYPE_ETHERNET) return;
      frames.push({ data: Buffer.from(p.data), seconds: p.tsSeconds, micros: Math.floor(p.tsFraction / 1000) });
    });
    // Each source starts at t = 0 so copies can be laid end to end.
    const t0 = frames[first]?.seconds ?? 0;
    for (let i = first; i < frames.length; i++) frames[i]!.seconds -= t0;
  }
  return frames;
}

/** Offsets of the IPv4 source/destination in an Ethernet frame (after 0–2 VLAN tags), or -1. */
function ipv4Offset(d: Buffer): number {
  let o = 12;
  for (
    let tags = 0;
    tags < 2 && d.length >= o + 4 && (d.readUInt16BE(o) === 0x8100 || d.readUInt16BE(o) === 0x88a8);
    tags++
  )
    o += 4;
  return d.length >= o + 22 && d.readUInt16BE(o) === 0x0800 ? o + 2 : -1;
}

/** Writes the capture (if it is not there with at least `minBytes`) and answers its size. */
export async function buildCapture(path: string, minBytes: number): Promise<number> {
  if (existsSync(path) && statSync(path).size >= minBytes) return statSync(path).size;
  const frames = await loadFrames();
  const out = createWriteStream(path);
  const header = Buffer.alloc(24);
  header.writeUInt32LE(0xa1b2c3d4, 0);
  header.writeUInt16LE(2, 4);
  header.writeUInt16LE(4, 6);
  header.writeUInt32LE(262144, 16);
  header.writeUInt32LE(LINKTYPE_ETHERNET, 20);
  out.write(header);
  let written = 24;
  const base = Date.UTC(2026, 0, 1) / 1000;
  for (let copy = 0; written < minBytes; copy++) {
    // Another plant per copy: the second octet of every IPv4 address moves (and the MACs' last
    // octet), so the engine sees new hosts, conversations and flows, not the same ones again.
    const shift = copy % 250;
    for (const f of frames) {
      const d = Buffer.from(f.data);
      const ip = ipv4Offset(d);
      if (ip >= 0) {
        d[ip + 13] = (d[ip + 13]! + shift) & 0xff;
        d[ip + 17] = (d[ip + 17]! + shift) & 0xff;
      }
      d[5] = (d[5]! + shift) & 0xff;
      d[11] = (d[11]! + shift) & 0xff;
      const rec = Buffer.alloc(16);
      rec.writeUInt32LE(base + copy * 600 + f.seconds, 0);
      rec.writeUInt32LE(f.micros, 4);
      rec.writeUInt32LE(d.length, 8);
      rec.writeUInt32LE(d.length, 12);
      out.write(rec);
      if (!out.write(d)) await once(out, 'drain');
      written += 16 + d.length;
    }
  }
  out.end();
  await once(out, 'finish');
  return written;
}
