import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, run } from './layer2-it-test-kit.js';
import { smbDissector as smb } from './smb.js';

function session(message: Uint8Array): Uint8Array {
  const n = message.length;
  return bytes([0, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff], message);
}

/** SMB1 header ([MS-CIFS] §2.2.3.1): command, flags; the rest zero. */
function smb1(command: number, reply: boolean, body: Uint8Array): Uint8Array {
  const header = new Uint8Array(32);
  header.set([0xff, 0x53, 0x4d, 0x42, command]);
  header[9] = reply ? 0x98 : 0x18;
  return bytes(header, body);
}

/** SMB2 header ([MS-SMB2] §2.2.1): command, response flag; the rest zero. */
function smb2(command: number, response: boolean, body: Uint8Array): Uint8Array {
  const header = new Uint8Array(64);
  header.set([0xfe, 0x53, 0x4d, 0x42, 64, 0]);
  header[12] = command;
  header[16] = response ? 1 : 0;
  return bytes(header, body);
}

const dialects = bytes([2], 'PC NETWORK PROGRAM 1.0', [0, 2], 'LANMAN1.0', [0, 2], 'NT LM 0.12', [0]);
const negotiate1 = session(smb1(0x72, false, bytes([0, dialects.length, 0], dialects)));
const negotiate1Reply = session(smb1(0x72, true, bytes([17, 2, 0], new Array<number>(32).fill(0))));
const negotiate2Reply = session(smb2(0, true, bytes([65, 0, 1, 0, 0x11, 0x03], new Array<number>(58).fill(0))));
const client = ctx({ dstPort: 445 });
const server = ctx({ srcPort: 445, fromClient: false });

// "*SMBSERVER" and a calling name, first-level encoded (RFC 1001 §14.1).
const sessionRequest = bytes(
  [0x81, 0, 0, 68, 0x20],
  'CKFDENECFDEFFCFGEFFCCACACACACACA',
  [0, 0x20],
  'EOEFFEFCEFEOEDEFEOFEEFFCCACACAAA',
  [0],
);

describe('smb', () => {
  it('claims SMB1, SMB2 and the NetBIOS session start on 139', () => {
    expect(smb.detect(negotiate1, ctx({ dstPort: 12345 }))).toBe(true);
    expect(smb.detect(negotiate2Reply, server)).toBe(true);
    expect(smb.detect(sessionRequest, ctx({ dstPort: 139 }))).toBe(true);
    expect(smb.detect(hex('82000000'), ctx({ srcPort: 139, fromClient: false }))).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(smb.detect(sessionRequest, ctx({ dstPort: 445 }))).toBe(false);
    expect(smb.detect(hex('82000000'), client)).toBe(false);
    expect(smb.detect(hex('00000010 ef534d42 0000000000000000'), client)).toBe(false);
    expect(smb.detect(hex('0300001611e00000000100c1020100c2020102c0010a'), client)).toBe(false);
  });

  it('records versions and the negotiated SMB1 dialect', () => {
    const out = run(smb, [
      [negotiate1, client],
      [negotiate1Reply, server],
    ]);
    expect(out.values('versions')).toEqual([1]);
    expect(out.values('dialects')).toEqual(['NT LM 0.12']);
  });

  it('records the negotiated SMB2 dialect and encryption', () => {
    const transform = session(bytes([0xfd, 0x53, 0x4d, 0x42], new Array<number>(48).fill(0)));
    const out = run(smb, [[bytes(negotiate2Reply, transform), server]]);
    expect(out.values('versions')).toEqual([2]);
    expect(out.values('dialects')).toEqual(['3.1.1']);
    expect(out.flags.get('encrypted')).toBe(true);
  });

  it('survives truncation at every length', () => {
    for (const pdu of [negotiate1, negotiate1Reply, negotiate2Reply]) {
      for (let n = 0; n <= pdu.length; n += 1) {
        expect(() => run(smb, [[pdu.subarray(0, n), client]])).not.toThrow();
        smb.detect(pdu.subarray(0, n), client);
      }
    }
  });
});
