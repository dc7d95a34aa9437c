// The published JSON schema (docs/discovery.schema.json) describes what `c981 discover --json`
// prints: every corpus capture's document, and a hand-built capture's, must pass it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Compile } from 'typebox/compile';
import { describe, expect, it } from 'vitest';
import { discoverCaptureFiles } from './discover-files.js';
import { modbusExchange, telnetOpening, testCapture } from './test-traffic.js';

const schema = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../docs/discovery.schema.json'), 'utf8'),
) as object;
const check = Compile(schema as never);
const CORPUS_DIR = join(import.meta.dirname, '../../../shared/corpus/pcap');

describe('docs/discovery.schema.json', () => {
  it('accepts the document of a hand-built capture and refuses a broken one', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'c981-schema-'));
    const file = join(dir, 'plant.pcap');
    const a = { ip: '10.0.0.1', mac: '00:1b:1b:00:00:01' };
    const b = { ip: '10.0.0.2', mac: '00:1b:1b:00:00:02' };
    await writeFile(file, testCapture([...modbusExchange(a, b), ...telnetOpening(a, b)]));
    const report = await discoverCaptureFiles([file]);
    expect(report.flows.map((f) => f.protocol).sort()).toEqual(['modbus', 'telnet']);
    expect(check.Check(report)).toBe(true);
    expect(check.Check({ ...report, flows: [{ ...report.flows[0], protocol: 'gopher' }] })).toBe(false);
    expect(check.Check({ ...report, extra: 1 })).toBe(false);
  });

  const captures = existsSync(CORPUS_DIR) ? readdirSync(CORPUS_DIR).filter((f) => /\.pcap(ng)?(\.gz)?$/u.test(f)) : [];
  it.skipIf(captures.length === 0)('accepts the document of every corpus capture at once', async () => {
    const report = await discoverCaptureFiles(captures.map((f) => join(CORPUS_DIR, f)));
    expect(report.captures).toHaveLength(captures.length);
    expect(check.Check(report)).toBe(true);
  });
});
