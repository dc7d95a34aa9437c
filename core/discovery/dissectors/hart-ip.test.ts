import { describe, expect, it } from 'vitest';
import { hartIpTcpDissector, hartIpUdpDissector, isHartIpSegment } from './hart-ip.js';
import { concat, context, hammer, hex, parseAll } from './iso-enip-test-kit.js';

const toGateway = context({ transport: 'udp', srcPort: 49905, dstPort: 5094, fromClient: true });
const fromGateway = context({ transport: 'udp', srcPort: 5094, dstPort: 49905, fromClient: false });

const sessionInitiate = hex('01 00 00 00 0002 000d 01 00007530');
const sessionReply = hex('01 01 00 00 0002 000d 01 0000ea60');
// Token-passing PDU: long-frame STX, command 0 (read unique identifier), and the ACK reply.
const command0 = hex('01 00 03 00 0003 0011 82 264e0000d2 00 00 38');
const command0Reply = hex(
  '01 01 03 00 0003 0029 86 264e0000d2 00 18 00d0 fe264e050704010e0c0000d205020002d00026002684 e4',
);
// Short-frame STX (polling address 0) and command 31 carrying extended command 0x0400.
const shortFrame = hex('01 00 03 00 0004 000d 02 00 00 00 02');
const extended = hex('01 00 03 00 0005 0013 82 264e0000d2 1f 02 0400 ff');
const keepAlive = hex('01 00 02 00 000c 0008');

describe('hart-ip detect', () => {
  it('claims whole HART-IP messages, several per segment', () => {
    expect(hartIpUdpDissector.detect(sessionInitiate, toGateway)).toBe(true);
    expect(hartIpUdpDissector.detect(command0Reply, fromGateway)).toBe(true);
    expect(hartIpTcpDissector.detect(concat(keepAlive, command0), toGateway)).toBe(true);
  });

  it('rejects wrong versions, unknown message types or ids and length mismatches', () => {
    expect(isHartIpSegment(hex('03 00 00 00 0002 0008'))).toBe(false);
    expect(isHartIpSegment(hex('01 07 00 00 0002 0008'))).toBe(false);
    expect(isHartIpSegment(hex('01 00 09 00 0002 0008'))).toBe(false);
    expect(isHartIpSegment(hex('01 00 02 00 0002 0009'))).toBe(false);
    expect(isHartIpSegment(hex('01 00 02 00 0002 0004 00 00'))).toBe(false);
    expect(isHartIpSegment(new TextEncoder().encode('SSH-2.0-OpenSSH_9.6\r\n'))).toBe(false);
  });
});

describe('hart-ip parse', () => {
  it('records message ids and HART commands, including extended ones', () => {
    const out = parseAll(hartIpUdpDissector, [
      [sessionInitiate, toGateway],
      [sessionReply, fromGateway],
      [command0, toGateway],
      [command0Reply, fromGateway],
      [shortFrame, toGateway],
      [extended, toGateway],
      [keepAlive, toGateway],
    ]);
    expect(out.values('messageIds')).toEqual([0, 2, 3]);
    expect(out.values('commands')).toEqual([0, 0x0400]);
  });

  it('never throws on truncated or corrupted input', () => {
    expect(() => hammer(hartIpTcpDissector, [command0Reply, extended, shortFrame], fromGateway)).not.toThrow();
  });
});
