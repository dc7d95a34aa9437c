import { describe, expect, it } from 'vitest';
import { bytes, ctx, run } from './layer2-it-test-kit.js';
import { ftpDissector as ftp } from './ftp.js';

const client = ctx({ dstPort: 21 });
const server = ctx({ srcPort: 21, fromClient: false });

describe('ftp', () => {
  it('is asked on port 21 only and claims greetings and opening commands', () => {
    expect(ftp.portRequired).toBe(true);
    expect(ftp.detect(bytes('220 ProFTPD Server (PLC-FTP) [10.0.0.5]\r\n'), server)).toBe(true);
    expect(ftp.detect(bytes('220-Welcome\r\n220 Ready\r\n'), server)).toBe(true);
    expect(ftp.detect(bytes('USER anonymous\r\n'), client)).toBe(true);
    expect(ftp.detect(bytes('FEAT\r\n'), client)).toBe(true);
  });

  it('rejects other text and binary', () => {
    expect(ftp.detect(bytes('SSH-2.0-OpenSSH_9.6\r\n'), server)).toBe(false);
    expect(ftp.detect(bytes('220\r\n'), server)).toBe(false);
    expect(ftp.detect(bytes('FEATURES\r\n'), client)).toBe(false);
    expect(ftp.detect(Uint8Array.of(0x32, 0x32, 0x30, 0x20, 0x00, 0x0d, 0x0a), server)).toBe(false);
  });

  it('records commands and the user name, flags the clear-text password without keeping it', () => {
    const out = run(ftp, [
      [bytes('220 Service ready\r\n'), server],
      [bytes('USER maint\r\n'), client],
      [bytes('331 Password required\r\n'), server],
      [bytes('PASS hunter2\r\n'), client],
      [bytes('TYPE I\r\nPASV\r\nSTOR firmware.bin\r\n'), client],
    ]);
    expect(out.values('banners')).toEqual(['Service ready']);
    expect(out.values('commands')).toEqual(['USER', 'PASS', 'TYPE', 'PASV', 'STOR']);
    expect(out.values('usernames')).toEqual(['maint']);
    expect(out.flags.get('credentials')).toBe(true);
    expect(JSON.stringify([...out.details])).not.toContain('hunter2');
  });

  it('survives truncated lines', () => {
    const line = bytes('USER maint\r\n');
    for (let n = 0; n <= line.length; n += 1) expect(() => run(ftp, [[line.subarray(0, n), client]])).not.toThrow();
  });
});
