import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { telnetDissector as telnet } from './telnet.js';

const client = ctx({ dstPort: 23 });
const server = ctx({ srcPort: 23, fromClient: false });

describe('telnet', () => {
  it('is asked on port 23 only and claims negotiation or a login prompt', () => {
    expect(telnet.portRequired).toBe(true);
    expect(telnet.detect(hex('fffd18 fffd20 fffd23 fffd27'), server)).toBe(true);
    expect(telnet.detect(bytes('\r\nUser Access Verification\r\n\r\nUsername: '), server)).toBe(true);
    expect(telnet.detect(bytes('\r\nlogin: '), server)).toBe(true);
  });

  it('rejects other content', () => {
    expect(telnet.detect(hex('ff01'), server)).toBe(false);
    expect(telnet.detect(bytes('hello world\r\n'), server)).toBe(false);
    expect(telnet.detect(bytes('SSH-2.0-dropbear\r\n'), server)).toBe(false);
    expect(telnet.detect(hex('0300001611e0'), client)).toBe(false);
  });

  it('records options and flags a login exchange without keeping what was typed', () => {
    const out = run(telnet, [
      [hex('fffd18 fffb01 fffa1801fff0'), server],
      [hex('fffc18 fffd01'), client],
      [bytes('login: '), server],
      [bytes('admin\r\n'), client],
      [bytes('Password: '), server],
      [bytes('letmein\r\n'), client],
    ]);
    expect(out.values('options')).toEqual([24, 1]);
    expect(out.flags.get('loginPrompt')).toBe(true);
    expect(out.flags.get('credentials')).toBe(true);
    expect(JSON.stringify([...out.details])).not.toContain('letmein');
  });

  it('does not flag credentials without a password prompt', () => {
    const out = run(telnet, [
      [bytes('Welcome\r\n> '), server],
      [bytes('show version\r\n'), client],
    ]);
    expect(out.flags.get('credentials')).toBeUndefined();
  });

  it('survives truncated negotiation', () => {
    for (const p of [hex('ff'), hex('fffd'), hex('fffa18'), hex('fffa1801ff')]) {
      expect(() => run(telnet, [[p, server]])).not.toThrow();
    }
  });
});
