// What the push parser needs from each file format: consume whole records from a buffer and say
// where it stopped. A format parser never reads past `bytes.length` and never returns an offset
// lower than it was given, so the push loop always advances or waits for more data.
import type { PacketStats } from './packet-stats.js';
import type { InfoHandler, PacketHandler } from './types.js';

export interface FormatParser {
  /**
   * Parses complete records from `offset`; returns the offset of the first incomplete record
   * (or `bytes.length`). Records that cannot be trusted are skipped and counted in `sink.skipped`.
   */
  parse(bytes: Uint8Array, view: DataView, offset: number): number;
  /** True once the file cannot be read further (insane pcap header, unusable pcapng block). */
  readonly stopped: boolean;
}

export interface ParserSink {
  onPacket: PacketHandler;
  onInfo: InfoHandler;
  skipped: number;
  /** Every record handed to onPacket is noted here first. */
  readonly stats: PacketStats;
}
