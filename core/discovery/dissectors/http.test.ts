import { describe, expect, it } from 'vitest';
import { bytes, ctx, hex, noise, run } from './layer2-it-test-kit.js';
import { httpDissector as http } from './http.js';

const request = bytes(
  'POST /cgi-bin/config.cgi HTTP/1.1\r\n',
  'Host: 10.1.2.3:8080\r\n',
  'User-Agent: curl/8.5.0\r\n',
  // "operator:s3cret" in Base64.
  'Authorization: Basic b3BlcmF0b3I6czNjcmV0\r\n',
  'Content-Type: application/x-www-form-urlencoded; charset=utf-8\r\n',
  'Content-Length: 3\r\n\r\na=1',
);
const response = bytes('HTTP/1.1 401 Unauthorized\r\nServer: Boa/0.94.14rc21\r\nContent-Length: 0\r\n\r\n');
const client = ctx({ dstPort: 80 });
const server = ctx({ srcPort: 80, fromClient: false });

describe('http', () => {
  it('claims request and status lines on any port', () => {
    expect(http.detect(request, client)).toBe(true);
    expect(http.detect(response, server)).toBe(true);
    expect(http.detect(bytes('GET / HTTP/1.0\r\n\r\n'), ctx({ dstPort: 12345 }))).toBe(true);
  });

  it('rejects look-alikes', () => {
    expect(http.detect(bytes('GET / RTSP/1.0\r\n'), client)).toBe(false);
    expect(http.detect(bytes('FETCH / HTTP/1.1\r\n'), client)).toBe(false);
    expect(http.detect(bytes('GET  HTTP/1.1\r\n'), client)).toBe(false);
    expect(http.detect(bytes('GET / HTTP/1.1'), client)).toBe(false); // line not complete yet
    expect(http.detect(bytes('HTTP/1.1 2x0 OK\r\n'), server)).toBe(false);
    expect(http.detect(hex('0300001611e00000000100c1020100c2020102c0010a'), client)).toBe(false);
    expect(http.detect(noise(1, 200), client)).toBe(false);
  });

  it('records methods, headers and the Basic user name, never the password', () => {
    const out = run(http, [
      [request, client],
      [response, server],
      [bytes('<html>body</html>'), server],
    ]);
    expect(out.values('methods')).toEqual(['POST']);
    expect(out.values('hosts')).toEqual(['10.1.2.3:8080']);
    expect(out.values('userAgents')).toEqual(['curl/8.5.0']);
    expect(out.values('servers')).toEqual(['Boa/0.94.14rc21']);
    expect(out.values('statusCodes')).toEqual([401]);
    expect(out.values('contentTypes')).toEqual(['application/x-www-form-urlencoded']);
    expect(out.values('usernames')).toEqual(['operator']);
    expect(out.flags.get('credentials')).toBe(true);
    expect(JSON.stringify([...out.details])).not.toContain('s3cret');
  });

  it('reads a WAP MMS POST as plain HTTP', () => {
    const mms = bytes('POST /mms HTTP/1.1\r\nContent-Type: application/vnd.wap.mms-message\r\n\r\n', hex('8c80'));
    expect(http.detect(mms, client)).toBe(true);
    expect(run(http, [[mms, client]]).values('contentTypes')).toEqual(['application/vnd.wap.mms-message']);
  });

  it('survives truncation at every length', () => {
    for (let n = 0; n <= request.length; n += 1) {
      expect(() => run(http, [[request.subarray(0, n), client]])).not.toThrow();
      http.detect(request.subarray(0, n), client);
    }
  });
});
