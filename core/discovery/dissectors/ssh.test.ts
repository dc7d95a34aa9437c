import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { sshDissector as ssh } from './ssh.js';

describe('ssh', () => {
  it('claims identification strings on any port', () => {
    expect(ssh.detect(bytes('SSH-2.0-OpenSSH_8.9p1 Ubuntu-3ubuntu0.6\r\n'), ctx({ srcPort: 22 }))).toBe(true);
    expect(ssh.detect(bytes('SSH-1.99-Cisco-1.25\r\n'), ctx({ srcPort: 2222 }))).toBe(true);
    expect(ssh.detect(bytes('SSH-2.0-'), ctx())).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(ssh.detect(bytes('SSH-3.0-x\r\n'), ctx())).toBe(false);
    expect(ssh.detect(bytes('SSH-2.0-x', [0x01], '\r\n'), ctx())).toBe(false);
    expect(ssh.detect(hex('0000001c0a14'), ctx())).toBe(false);
  });

  it('records versions and software banners, cut to 64 characters', () => {
    const long = `SSH-2.0-${'x'.repeat(100)}\r\n`;
    const out = run(ssh, [
      [bytes('SSH-2.0-dropbear_2020.81\r\n'), ctx({ fromClient: false })],
      [bytes('SSH-2.0-PuTTY_Release_0.80\r\n'), ctx()],
      [hex('000003fc0a14'), ctx()],
      [bytes(long), ctx()],
    ]);
    expect(out.values('versions')).toEqual(['2.0']);
    expect(out.values('banners')).toEqual(['dropbear_2020.81', 'PuTTY_Release_0.80', 'x'.repeat(64)]);
  });
});
