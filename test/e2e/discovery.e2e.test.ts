// Passive discovery (issue #9) in the browser: a site-admin of the regulated Basel site uploads a
// capture built here (and a file that is no capture, which is refused), works through the drift
// queue (rejects one finding, accepts an unknown host as a new asset), sees the observed traffic
// drawn over the zone & conduit diagram, and gets the API's complaint about a zone subnet at the
// Subnets field.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { describeE2E, screenshot, SCREENSHOTS } from './harness.js';

const SITE = 'basel';
// Addresses no demo asset owns: 10.10.20.0/24 is bsl-sup (supervisory), 10.10.30.0/24 bsl-ctl-api
// (control), 10.10.40.0/24 bsl-sis (safety). bsl-sup-api carries s7comm and opc-ua only, and no
// conduit joins bsl-sup and bsl-sis.
const ENGINEERING = '10.10.20.50';
const GATEWAY = '10.10.30.77';
const SIS_HOST = '10.10.40.66';

// ---- a classic pcap (little-endian, microseconds, LINKTYPE_ETHERNET) ----

const ip4 = (a: string) => a.split('.').map(Number);
const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const u32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
const macOf = (ip: string) => [0x02, 0x00, ...ip4(ip).slice(0, 4)];
const SYN = 0x02;
const ACK = 0x10;
const PSH_ACK = 0x18;

function ipChecksum(header: number[]): number {
  let sum = 0;
  for (let i = 0; i < header.length; i += 2) sum += (header[i]! << 8) + header[i + 1]!;
  while (sum > 0xffff) sum = (sum & 0xffff) + (sum >>> 16);
  return ~sum & 0xffff;
}

interface Segment {
  src: string;
  dst: string;
  sport: number;
  dport: number;
  flags: number;
  payload?: number[];
}

function frame(s: Segment, seq: number): number[] {
  const payload = s.payload ?? [];
  const tcp = [...u16(s.sport), ...u16(s.dport), ...u32(seq), ...u32(0), 0x50, s.flags, ...u16(64240), 0, 0, 0, 0];
  const ipHeader = [0x45, 0, ...u16(20 + tcp.length + payload.length), ...u16(seq & 0xffff), 0x40, 0, 64, 6, 0, 0];
  ipHeader.push(...ip4(s.src), ...ip4(s.dst));
  const sum = ipChecksum(ipHeader);
  ipHeader[10] = sum >> 8;
  ipHeader[11] = sum & 0xff;
  return [...macOf(s.dst), ...macOf(s.src), 0x08, 0x00, ...ipHeader, ...tcp, ...payload];
}

/** A TCP conversation: SYN, SYN-ACK, ACK, then the payloads in order. */
function conversation(client: string, cport: number, server: string, sport: number, exchange: [boolean, number[]][]) {
  const c2s = (flags: number, payload?: number[]): Segment => ({
    src: client,
    dst: server,
    sport: cport,
    dport: sport,
    flags,
    ...(payload ? { payload } : {}),
  });
  const s2c = (flags: number, payload?: number[]): Segment => ({
    src: server,
    dst: client,
    sport,
    dport: cport,
    flags,
    ...(payload ? { payload } : {}),
  });
  return [
    c2s(SYN),
    s2c(SYN | ACK),
    c2s(ACK),
    ...exchange.map(([fromClient, p]) => (fromClient ? c2s(PSH_ACK, p) : s2c(PSH_ACK, p))),
  ];
}

// Modbus/TCP read holding registers: MBAP transaction 1, protocol 0, length 6, unit 1, FC 3, addr 0, qty 10.
const MODBUS_REQUEST = [0, 1, 0, 0, 0, 6, 1, 3, 0, 0, 0, 10];
const MODBUS_RESPONSE = [0, 1, 0, 0, 0, 23, 1, 3, 20, ...new Array<number>(20).fill(0)];
// Telnet option negotiation: the server asks DO TERMINAL-TYPE, DO TERMINAL-SPEED; the client refuses.
const TELNET_SERVER = [0xff, 0xfd, 0x18, 0xff, 0xfd, 0x20];
const TELNET_CLIENT = [0xff, 0xfc, 0x18, 0xff, 0xfc, 0x20];

function capture(): Buffer {
  const segments = [
    ...conversation(ENGINEERING, 50200, GATEWAY, 502, [
      [true, MODBUS_REQUEST],
      [false, MODBUS_RESPONSE],
    ]),
    ...conversation(ENGINEERING, 50300, GATEWAY, 23, [
      [false, TELNET_SERVER],
      [true, TELNET_CLIENT],
    ]),
    ...conversation(ENGINEERING, 50400, SIS_HOST, 502, [
      [true, MODBUS_REQUEST],
      [false, MODBUS_RESPONSE],
    ]),
  ];
  const header = Buffer.alloc(24);
  header.writeUInt32LE(0xa1b2c3d4, 0);
  header.writeUInt16LE(2, 4);
  header.writeUInt16LE(4, 6);
  header.writeUInt32LE(65535, 16);
  header.writeUInt32LE(1, 20);
  const start = Date.UTC(2025, 2, 4, 9, 30, 0) / 1000;
  const records = segments.map((s, i) => {
    const bytes = Buffer.from(frame(s, 1000 + i));
    const rec = Buffer.alloc(16);
    rec.writeUInt32LE(start + i, 0);
    rec.writeUInt32LE(i * 1000, 4);
    rec.writeUInt32LE(bytes.length, 8);
    rec.writeUInt32LE(bytes.length, 12);
    return Buffer.concat([rec, bytes]);
  });
  return Buffer.concat([header, ...records]);
}

/** A screenshot of one part of the page (test-artifacts/screenshots/NAME.png). */
const shoot = (part: Locator, name: string) => part.screenshot({ path: join(SCREENSHOTS, `${name}.png`) });

const dir = mkdtempSync(join(tmpdir(), 'c981-discovery-e2e-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const finding = (page: Page, rule: string, text: string) =>
  page
    .getByRole('list', { name: 'Findings' })
    .getByRole('listitem', { name: new RegExp(`^${rule}: .*${text.replace(/\./g, '\\.')}`) });

describeE2E('passive discovery', (e2e) => {
  it('analyses a capture, works the drift queue and shows observed traffic on the diagram', async () => {
    const pcap = join(dir, 'plant-bus.pcap');
    writeFileSync(pcap, capture());
    const notCapture = join(dir, 'notes.txt');
    writeFileSync(notCapture, 'these are not packets\n'.repeat(20));

    const page = await e2e.signedIn('siteadmin');
    await page.goto(`/sites/${SITE}`);
    await page.getByRole('navigation', { name: 'Site' }).getByRole('link', { name: 'Discovery' }).click();
    await page.waitForURL((u) => u.pathname === `/sites/${SITE}/discovery`);
    await page.getByText('No captures analysed yet for this site.').waitFor();

    // Two files at once: analysed one after the other; the text file is refused, nothing stored.
    await page.getByLabel('Capture files to analyse').setInputFiles([notCapture, pcap]);
    const uploads = page.getByRole('list', { name: 'Uploads' });
    const refused = uploads.getByRole('listitem').filter({ hasText: 'notes.txt' });
    await expect(refused.getByRole('alert').textContent()).resolves.toContain('not a pcap or pcapng capture');
    const analysed = uploads.getByRole('listitem').filter({ hasText: 'plant-bus.pcap' });
    await analysed.getByText(/Analysed: 3 hosts/).waitFor();
    expect(await analysed.getByRole('progressbar').getAttribute('value')).toBe('100');

    // The drift queue: both unknown hosts, Modbus outside bsl-sup-api's channels, Modbus into the
    // SIS without any conduit, and a telnet session into a control zone.
    await finding(page, 'HOST-UNKNOWN', ENGINEERING).waitFor();
    await finding(page, 'HOST-UNKNOWN', GATEWAY).waitFor();
    await finding(page, 'FLOW-NOT-IN-CHANNEL', 'modbus/502').waitFor();
    await finding(page, 'FLOW-NO-CONDUIT', 'bsl-sis').waitFor();
    await finding(page, 'REMOTE-ACCESS-INTO-CONTROL', 'telnet').waitFor();
    const modbus = finding(page, 'FLOW-NOT-IN-CHANNEL', 'modbus/502');
    await modbus.getByText('Details').click();
    await modbus.getByRole('table', { name: 'Host pairs' }).getByRole('cell', { name: GATEWAY }).waitFor();
    await screenshot(page, 'discovery-queue');

    // Reject: the SIS Modbus host is a test rig (the reason is required).
    const sisHost = finding(page, 'HOST-UNKNOWN', SIS_HOST);
    await sisHost.getByRole('button', { name: /^Reject/ }).click();
    const rejectDialog = page.getByRole('dialog', { name: 'Reject finding' });
    await rejectDialog.getByLabel('Reason').fill('Vendor test rig on the bench network, removed after FAT');
    await rejectDialog.getByRole('button', { name: 'Reject' }).click();
    await sisHost.waitFor({ state: 'detached' });

    // Accept: the gateway becomes an asset of bsl-ctl-api (prefilled), under its own name.
    await finding(page, 'HOST-UNKNOWN', GATEWAY)
      .getByRole('button', { name: /^Accept/ })
      .click();
    const accept = page.getByRole('dialog', { name: 'Accept: Host not in the inventory' });
    await accept.getByText('Accepting adds the host to the asset inventory').waitFor();
    expect(await accept.getByLabel('Zone').inputValue()).toBe('bsl-ctl-api');
    await accept.getByLabel('Asset name').fill('Reactor 3 Modbus gateway');
    await accept.getByLabel('Asset type').selectOption('iiot-gateway');
    // Regulated site: the reason is required before accepting.
    expect(await accept.getByRole('button', { name: 'Accept' }).isDisabled()).toBe(true);
    await accept.getByLabel('Reason').fill('Gateway installed with the R-3 dosing skid (MOC-2291)');
    await screenshot(page, 'discovery-accept-dialog');
    await accept.getByRole('button', { name: 'Accept' }).click();
    await accept.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: /Accepted: asset|change request #/ })
      .waitFor();

    // Decided findings keep who, when and why.
    await page.getByLabel('Filter by status').selectOption('all');
    await page.waitForURL((u) => u.searchParams.get('status') === 'all');
    const rejected = finding(page, 'HOST-UNKNOWN', SIS_HOST);
    await rejected.getByText(/Rejected by Sam Siteadmin on .*Vendor test rig/).waitFor();

    // The run's detail: hosts with their zone, flows with the verdict.
    await page
      .getByRole('table', { name: 'Analysis runs' })
      .getByRole('button', { name: /^Open run/ })
      .click();
    await page.waitForURL((u) => u.searchParams.has('run'));
    const flows = page.getByRole('table', { name: 'Flows of the run' });
    await flows
      .getByRole('row')
      .filter({ hasText: 'modbus' })
      .filter({ hasText: 'not in a channel' })
      .first()
      .waitFor();
    await flows.getByRole('row').filter({ hasText: SIS_HOST }).getByText('no conduit').waitFor();
    await screenshot(page, 'discovery-run');

    // The accepted host is in the inventory.
    await page.goto(`/inventory?site=${SITE}&q=${GATEWAY}`);
    await page.getByText('Reactor 3 Modbus gateway').first().waitFor();

    // The diagram's overlay: dashed edges per observed zone pair, kept in the URL.
    await page.goto(`/sites/${SITE}`);
    await page.getByLabel('Observed traffic', { exact: true }).check();
    await page.waitForURL((u) => u.searchParams.get('observed') === 'true');
    const toControl = page.getByRole('note', { name: /^Observed traffic bsl-sup to bsl-ctl-api/ });
    await toControl.waitFor();
    expect(await toControl.getAttribute('title')).toContain('modbus');
    await page.getByRole('note', { name: /^Observed traffic bsl-sup to bsl-sis/ }).waitFor();
    expect(await page.locator('.observed-label.observed-no-conduit').count()).toBeGreaterThan(0);
    await screenshot(page, 'discovery-observed-traffic');
    await shoot(page.locator('.diagram'), 'discovery-observed-traffic-diagram');
    await page.reload();
    await toControl.waitFor();

    // Zone subnets: the API's complaint shows at the field.
    await page.goto(`/sites/${SITE}?zone=bsl-sup`);
    const form = page.getByRole('form', { name: 'Edit bsl-sup' });
    const subnets = form.getByLabel('Subnets');
    expect(await subnets.inputValue()).toBe('10.10.20.0/24');
    await subnets.fill('10.10.20.0/24\n10.10.21.3/24');
    await form.getByRole('button', { name: 'Save' }).click();
    const reason = page.getByRole('dialog', { name: 'Reason for change' });
    await reason.getByLabel('Reason').fill('Second engineering VLAN');
    await reason.getByRole('button', { name: 'Save change' }).click();
    await expect(form.getByRole('alert').textContent()).resolves.toContain('did you mean 10.10.21.0/24');
    await subnets.scrollIntoViewIfNeeded();
    await shoot(page.getByRole('complementary', { name: 'Selection' }), 'discovery-zone-subnets-error');
    await subnets.fill('10.10.20.0/24, 10.10.21.0/24');
    await form.getByRole('button', { name: 'Save' }).click();
    await reason.getByLabel('Reason').fill('Second engineering VLAN');
    await reason.getByRole('button', { name: 'Save change' }).click();
    await reason.waitFor({ state: 'detached' });
    await expect
      .poll(() => form.getByLabel('Subnets').inputValue(), { timeout: 10_000 })
      .toBe('10.10.20.0/24\n10.10.21.0/24');
  });
});
