// The reader against the shared corpus: format, byte order, link types, packet counts and first /
// last times must agree with each capture's tshark truth (../shared/corpus/pcap/README.md).
// The captures are read where they are, never copied into the repository.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaptureFile } from './read-capture-file.js';

const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');

/** Truth names link types by Wireshark's encapsulation ("… (25 - linux-sll)"); map to DLT numbers. */
const DLT_BY_ENCAPSULATION_NAME: Record<string, number> = {
  null: 0,
  ether: 1,
  'linux-sll': 113,
  'bacnet-ms-tp': 165,
};

interface Truth {
  file: string;
  format: string;
  compression: string | null;
  endianness: string;
  link_types: string[];
  packet_count: number;
  first_packet_time: string;
  last_packet_time: string;
}

function dltOf(name: string): number | undefined {
  const short = /-\s*([\w-]+)\)$/.exec(name)?.[1];
  return short === undefined ? undefined : DLT_BY_ENCAPSULATION_NAME[short];
}

/** Truth times are capinfos' UTC "YYYY-MM-DD hh:mm:ss.ffffff"; ours are ISO with the file's digits. */
function atTruthPrecision(iso: string | null, truth: string): string | null {
  if (iso === null) return null;
  const digits = truth.split('.')[1]?.length ?? 0;
  const [whole, fraction = ''] = iso.replace('Z', '').split('.');
  return `${whole!.replace('T', ' ')}${digits ? '.' + fraction.padEnd(digits, '0').slice(0, digits) : ''}`;
}

const truthFiles = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => f.endsWith('.truth.json')) : [];
if (truthFiles.length === 0) console.warn(`pcap corpus tests skipped: no captures in ${CORPUS_DIR}`);

describe.skipIf(truthFiles.length === 0)('capture corpus', () => {
  for (const truthFile of truthFiles) {
    const truth = JSON.parse(readFileSync(join(CORPUS_DIR, truthFile), 'utf8')) as Truth;
    it(`agrees with the truth of ${truth.file}`, async () => {
      const summary = await readCaptureFile(join(CORPUS_DIR, truth.file));
      expect({
        format: summary.format,
        compressed: summary.compressed,
        byteOrder: summary.byteOrder,
        linkTypes: summary.linkTypes,
        packets: summary.packets,
        first: atTruthPrecision(summary.first, truth.first_packet_time),
        last: atTruthPrecision(summary.last, truth.last_packet_time),
        skipped: summary.skipped,
      }).toEqual({
        format: truth.format,
        compressed: truth.compression === 'gzip',
        byteOrder: truth.endianness,
        linkTypes: truth.link_types.map(dltOf),
        packets: truth.packet_count,
        first: truth.first_packet_time,
        last: truth.last_packet_time,
        skipped: 0,
      });
    });
  }
});
