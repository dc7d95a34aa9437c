// Packet decoding below the protocol dissectors (issue #9 item 1): link, VLAN, IP, TCP/UDP.
export { createNetDecoder, type NetDecoder } from './decoder.js';
export { formatIpv6 } from './ip-text.js';
export * from './types.js';
