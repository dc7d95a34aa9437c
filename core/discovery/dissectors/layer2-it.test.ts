// The group as a whole: every dissector survives garbage, random bytes claim nothing, and each
// protocol's opening message is claimed by its own dissector only.
import { describe, expect, it } from 'vitest';
import { LAYER2_IT_DISSECTORS } from './layer2-it.js';
import { bytes, ctx, facts, hex, noise } from './layer2-it-test-kit.js';

const openings: [string, Uint8Array, number][] = [
  ['http', bytes('GET /index.html HTTP/1.1\r\nHost: plc\r\n\r\n'), 80],
  ['ftp', bytes('220 FTP server ready\r\n'), 21],
  ['telnet', hex('fffd18fffd20'), 23],
  ['ssh', bytes('SSH-2.0-OpenSSH_9.6\r\n'), 22],
  ['vnc', bytes('RFB 003.008\n'), 5900],
  ['rdp', hex('030000130ee000000000000100080003000000'), 3389],
  ['smb', bytes([0, 0, 0, 40, 0xfe, 0x53, 0x4d, 0x42], new Array<number>(36).fill(0)), 445],
];

describe('layer-2 and IT dissectors', () => {
  it('never throw on random bytes of any length', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const payload = noise(seed, seed % 97);
      for (const d of LAYER2_IT_DISSECTORS) {
        const c = ctx({ dstPort: d.ports[0] ?? 1 });
        expect(() => d.detect(payload, c)).not.toThrow();
        expect(() => d.parse(payload, c, facts(), d.createState?.())).not.toThrow();
      }
    }
  });

  it('claim no random TCP/UDP payloads, even on their own ports', () => {
    for (let seed = 1000; seed < 1500; seed += 1) {
      const payload = noise(seed, 20 + (seed % 200));
      for (const d of LAYER2_IT_DISSECTORS) {
        if (d.transport === 'l2') continue;
        expect(d.detect(payload, ctx({ dstPort: d.ports[0] ?? 1 })), `${d.id} seed ${seed}`).toBe(false);
      }
    }
  });

  it('each opening message is claimed by its own dissector only', () => {
    for (const [id, payload, port] of openings) {
      const claimers = LAYER2_IT_DISSECTORS.filter(
        (d) => d.transport === 'tcp' && d.detect(payload, ctx({ dstPort: port })),
      ).map((d) => d.id);
      expect(claimers, id).toEqual([id]);
    }
  });
});
