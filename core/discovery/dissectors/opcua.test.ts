import { describe, expect, it } from 'vitest';
import { isOpcua, opcuaDissector } from './opcua.js';
import { ascii, concat, context, hex, recorder, survivesTruncationAndNoise } from './utility-building-test-kit.js';

const HELLO = hex(
  '48454c463e000000 00000000 ffff0000 ffff0000 00000000 00000000' +
    '1e000000 6f70632e7463703a2f2f3139322e3136382e3232342e3130323a34383430',
);
const ACK = hex('41434b461c000000 00000000 ffff0000 ffff0000 00000000 00000000');
const NONE = 'http://opcfoundation.org/UA/SecurityPolicy#None';
const BASIC256 = 'http://opcfoundation.org/UA/SecurityPolicy#Basic256Sha256';

// A GetEndpointsResponse (431) from open62541 with one endpoint, SecurityPolicy None.
const GET_ENDPOINTS_RESPONSE = hex(`
4d534746e2010000090000000900000002000000020000000100af012e26f0edde0cd601010000000000000000ffffffff000000010000001e000000
6f70632e7463703a2f2f3139322e3136382e3232342e3130323a343834302000000075726e3a6f70656e36323534312e7365727665722e6170706c69
636174696f6e14000000687474703a2f2f6f70656e36323534312e6f72670302000000656e220000006f70656e36323534312d6261736564204f5043
205541204170706c69636174696f6e00000000ffffffffffffffffffffffffffffffff010000002f000000687474703a2f2f6f7063666f756e646174
696f6e2e6f72672f55412f5365637572697479506f6c696379234e6f6e65020000001a0000006f70656e36323534312d616e6f6e796d6f75732d706f
6c69637900000000ffffffffffffffffffffffff190000006f70656e36323534312d757365726e616d652d706f6c69637901000000ffffffffffffff
ff2f000000687474703a2f2f6f7063666f756e646174696f6e2e6f72672f55412f5365637572697479506f6c696379234e6f6e654100000068747470
3a2f2f6f7063666f756e646174696f6e2e6f72672f55412d50726f66696c652f5472616e73706f72742f75617463702d756173632d756162696e6172
7901`);

function u32(v: number): number[] {
  return [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];
}
function str(s: string | null): number[] {
  return s === null ? u32(0xffffffff) : [...u32(s.length), ...ascii(s)];
}
function message(type: string, body: number[]): Uint8Array {
  return Uint8Array.from([...ascii(type), ...u32(8 + body.length), ...body]);
}

function openSecureChannel(policy: string): Uint8Array {
  // Channel 0, policy, no certificate, no thumbprint, sequence header, OpenSecureChannelRequest (446).
  return message('OPNF', [...u32(0), ...str(policy), ...str(null), ...str(null), ...u32(1), ...u32(1), 1, 0, 0xbe, 1]);
}

/** CreateSessionRequest (461) whose ClientDescription names the client. */
function createSessionRequest(): Uint8Array {
  const requestHeader = [0, 0, ...new Array<number>(16).fill(0), ...str(null), ...u32(10000), 0, 0, 0];
  const client = [...str('urn:example:hmi'), ...str('urn:example:product'), 0x02, ...str('Example HMI'), ...u32(1)];
  const rest = [...str(null), ...str(null), ...u32(0xffffffff), ...str(null), ...str('opc.tcp://plc:4840')];
  return message('MSGF', [
    ...u32(9),
    ...u32(9),
    ...u32(3),
    ...u32(3),
    1,
    0,
    0xcd,
    1,
    ...requestHeader,
    ...client,
    ...rest,
  ]);
}

function run(segments: Uint8Array[], fromClient: boolean[], state = opcuaDissector.createState!()) {
  const out = recorder();
  segments.forEach((s, i) => opcuaDissector.parse(s, context({ fromClient: fromClient[i] }), out, state));
  return { out, state };
}

describe('opcua dissector', () => {
  it('detects handshake and service messages by their header and size', () => {
    for (const m of [HELLO, ACK, openSecureChannel(NONE), GET_ENDPOINTS_RESPONSE, createSessionRequest()]) {
      expect(opcuaDissector.detect(m, context())).toBe(true);
    }
    expect(isOpcua(concat(HELLO, ACK))).toBe(true);
  });

  it('rejects inconsistent sizes and look-alike text', () => {
    const badSize = ACK.slice();
    badSize[4] = 0x1d;
    expect(isOpcua(badSize)).toBe(false);
    expect(isOpcua(hex('48454c4608000000'))).toBe(false); // Hello too short for its URL
    expect(isOpcua(hex('4d534758' + '18000000'))).toBe(false); // chunk type 'X'
    expect(isOpcua(Uint8Array.from(ascii('MSGF hello there, not OPC UA at all')))).toBe(false);
    expect(isOpcua(Uint8Array.from(ascii('HELO mail.example.com\r\n')))).toBe(false);
  });

  it('records message types, the Hello endpoint URL and the security policy', () => {
    const { out } = run([HELLO, ACK, openSecureChannel(NONE)], [true, false, true]);
    expect(out.values('messageTypes')).toEqual(['HEL', 'ACK', 'OPN']);
    expect(out.values('endpointUrls')).toEqual(['opc.tcp://192.168.224.102:4840']);
    expect(out.values('securityPolicies')).toEqual([NONE]);
    expect(out.values('serviceNodeIds')).toEqual([446]);
  });

  it('reads the server ApplicationDescription from a GetEndpointsResponse', () => {
    const { out } = run([openSecureChannel(NONE), GET_ENDPOINTS_RESPONSE], [true, false]);
    expect(out.values('serviceNodeIds')).toEqual([446, 431]);
    expect(out.identities).toEqual([
      {
        of: 'sender',
        identity: {
          protocol: 'opcua',
          applicationUri: 'urn:open62541.server.application',
          productUri: 'http://open62541.org',
          product: 'open62541-based OPC UA Application',
        },
      },
    ]);
  });

  it('reads the client ApplicationDescription from a CreateSessionRequest', () => {
    const { out } = run([createSessionRequest()], [true]);
    expect(out.identities[0]?.identity).toEqual({
      protocol: 'opcua',
      applicationUri: 'urn:example:hmi',
      productUri: 'urn:example:product',
      product: 'Example HMI',
    });
  });

  it('collects a response split over TCP segments before reading it', () => {
    const a = GET_ENDPOINTS_RESPONSE.subarray(0, 200);
    const b = GET_ENDPOINTS_RESPONSE.subarray(200);
    const { out, state } = run([a, b], [false, false]);
    expect(out.identities).toHaveLength(1);
    expect(state.pending).toEqual([undefined, undefined]);
  });

  it('leaves message bodies alone once a secure channel uses a real policy', () => {
    const { out } = run([openSecureChannel(BASIC256), GET_ENDPOINTS_RESPONSE], [true, false]);
    expect(out.values('securityPolicies')).toEqual([BASIC256]);
    expect(out.values('serviceNodeIds')).toEqual([]);
    expect(out.identities).toEqual([]);
  });

  it('never throws on truncated or random input', () => {
    const state = opcuaDissector.createState!();
    survivesTruncationAndNoise((p) => {
      opcuaDissector.detect(p, context());
      opcuaDissector.parse(p, context({ fromClient: false }), recorder(), state);
      opcuaDissector.parse(p, context(), recorder(), opcuaDissector.createState!());
    }, GET_ENDPOINTS_RESPONSE);
    survivesTruncationAndNoise(
      (p) => opcuaDissector.parse(p, context(), recorder(), opcuaDissector.createState!()),
      createSessionRequest(),
    );
  });
});
