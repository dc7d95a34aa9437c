// Builds small captures of conversations between named hosts for discovery's tests: Ethernet +
// IPv4 + TCP/UDP frames (checksums zero: never verified), written as a classic pcap.
import { classicPcap, type TestRecord } from '../pcap/test-captures.js';

export interface TestHost {
  ip: string;
  mac: string;
}

const macBytes = (mac: string) => mac.split(':').map((h) => parseInt(h, 16));
const ipBytes = (ip: string) => ip.split('.').map(Number);
const be16 = (v: number) => [(v >> 8) & 0xff, v & 0xff];

export const SYN = 0x02;
export const ACK = 0x10;
export const PSH_ACK = 0x18;

export function tcpFrame(
  from: TestHost,
  to: TestHost,
  sport: number,
  dport: number,
  flags: number,
  data: number[] = [],
) {
  const tcp = [
    ...be16(sport),
    ...be16(dport),
    0,
    0,
    0x10,
    0x01,
    0,
    0,
    0,
    0,
    0x50,
    flags,
    ...be16(8192),
    0,
    0,
    0,
    0,
    ...data,
  ];
  return ipFrame(from, to, 6, tcp);
}

export function udpFrame(from: TestHost, to: TestHost, sport: number, dport: number, data: number[] = []) {
  return ipFrame(from, to, 17, [...be16(sport), ...be16(dport), ...be16(8 + data.length), 0, 0, ...data]);
}

function ipFrame(from: TestHost, to: TestHost, protocol: number, payload: number[]): number[] {
  const ip = [
    0x45,
    0,
    ...be16(20 + payload.length),
    0,
    1,
    0,
    0,
    64,
    protocol,
    0,
    0,
    ...ipBytes(from.ip),
    ...ipBytes(to.ip),
  ];
  return [...macBytes(to.mac), ...macBytes(from.mac), 0x08, 0x00, ...ip, ...payload];
}

/** A capture of the frames one second apart from 2026-11-01T08:00:00Z. */
export function testCapture(frames: number[][]): Uint8Array {
  const start = Date.UTC(2026, 10, 1, 8) / 1000;
  const records: TestRecord[] = frames.map((data, i) => ({ seconds: start + i, fraction: 0, data }));
  return classicPcap('little', false, 1, records);
}

/** A Modbus/TCP read holding registers request and its answer (Modbus Application Protocol §6.3). */
export function modbusExchange(client: TestHost, server: TestHost, unit = 1, sport = 50123): number[][] {
  return [
    tcpFrame(client, server, sport, 502, SYN),
    tcpFrame(server, client, 502, sport, SYN | ACK),
    tcpFrame(client, server, sport, 502, PSH_ACK, [0, 1, 0, 0, 0, 6, unit, 3, 0, 0, 0, 10]),
    tcpFrame(server, client, 502, sport, PSH_ACK, [0, 1, 0, 0, 0, 7, unit, 3, 4, 0, 1, 0, 2]),
  ];
}

/** A telnet session opening (RFC 854 option negotiation) from `client`. */
export function telnetOpening(client: TestHost, server: TestHost, sport = 40000): number[][] {
  return [
    tcpFrame(client, server, sport, 23, SYN),
    tcpFrame(server, client, 23, sport, SYN | ACK),
    tcpFrame(server, client, 23, sport, PSH_ACK, [0xff, 0xfd, 0x18, 0xff, 0xfd, 0x20, 0xff, 0xfd, 0x23]),
    tcpFrame(client, server, sport, 23, PSH_ACK, [0xff, 0xfb, 0x18]),
  ];
}
