import { expect, it } from 'vitest';
import { modbusExchange, telnetOpening, testCapture } from '../../../core/discovery/test-traffic.js';
import { buildUser } from '../../../test/accounts.js';
import { useApp } from '../../../test/app.js';
import { forEachDialect, type DialectContext } from '../../../test/dialects.js';

// The factory site "plant": z-control (control; plc-1 at 10.1.1.10) and z-dmz, joined by
// c-dmz-control whose only channel is OPC UA from z-control to z-dmz.
const engineering = { ip: '10.2.0.5', mac: '00:0c:29:00:00:05' }; // in z-dmz's subnet, not an asset
const hmi = { ip: '10.1.1.10', mac: '00:1b:1b:00:00:10' }; // asset plc-1 (by IP: another MAC)
const plc = { ip: '10.1.1.77', mac: '00:1b:1b:00:00:77' }; // in z-control's subnet, not an asset

const capture = () =>
  Buffer.from(
    testCapture([
      ...modbusExchange(engineering, hmi),
      ...telnetOpening(engineering, plc),
      ...modbusExchange(hmi, plc, 2, 50200),
    ]),
  );
const octets = { 'content-type': 'application/octet-stream' };
const base = '/api/v1/sites/plant/discovery';

async function zoneSubnets(call: ReturnType<typeof useApp>['call']) {
  expect((await call('PATCH', '/api/v1/sites/plant/zones/z-control', { subnets: ['10.1.1.0/24'] })).status).toBe(200);
  expect((await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { subnets: ['10.2.0.0/24'] })).status).toBe(200);
}

const auditActions = (ctx: DialectContext) =>
  ctx.db.kysely
    .selectFrom('audit_events')
    .select(['action', 'reason'])
    .where('action', 'like', 'discovery.%')
    .orderBy('seq')
    .execute();

forEachDialect('discovery API', (ctx) => {
  const { call, seed } = useApp(ctx);

  it('validates zone subnets: host bits, duplicates across zones; canonical form stored', async () => {
    await seed();
    const bad = await call('PATCH', '/api/v1/sites/plant/zones/z-control', { subnets: ['10.1.1.7/24'] });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('did you mean 10.1.1.0/24');
    await zoneSubnets(call);
    const twice = await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { subnets: ['10.1.1.0/24'] });
    expect(twice.status).toBe(400);
    expect(twice.body.error.message).toContain('already a subnet of zone "z-control"');
    const v6 = await call('PATCH', '/api/v1/sites/plant/zones/z-dmz', { subnets: ['10.2.0.0/24', 'FD00:0:0::/64'] });
    expect(v6.body.subnets).toEqual(['10.2.0.0/24', 'fd00::/64']);
  });

  it('analyses an upload against the site and files the drift findings once', async () => {
    await seed();
    await zoneSubnets(call);
    const res = await call('POST', `${base}/runs?file=plant-floor.pcap`, capture(), octets);
    expect(res.status, res.text).toBe(201);
    expect(res.body.run.captures[0]).toMatchObject({ file: 'plant-floor.pcap', format: 'pcap', packets: 12 });
    expect(res.body.run.summary).toMatchObject({ hosts: 3, matchedHosts: 1, unknownHosts: 2, findings: 5 });
    expect(res.body.findings).toEqual({ new: 5, seen: 0, open: 5 });

    const open = (await call('GET', `${base}/findings`)).body.items as { rule: string; subject: string }[];
    expect(open.map((f) => f.subject).sort()).toEqual([
      'FLOW-NOT-IN-CHANNEL|c-dmz-control|z-dmz|z-control|modbus|tcp|502',
      'FLOW-NOT-IN-CHANNEL|c-dmz-control|z-dmz|z-control|telnet|tcp|23',
      'HOST-UNKNOWN|10.1.1.77|',
      'HOST-UNKNOWN|10.2.0.5|',
      'REMOTE-ACCESS-INTO-CONTROL|telnet|10.2.0.5|10.1.1.77|23',
    ]);

    // The same capture again: the same findings, seen twice, nothing new.
    const again = await call('POST', `${base}/runs`, capture(), octets);
    expect(again.body.findings).toEqual({ new: 0, seen: 5, open: 5 });
    const runs = (await call('GET', `${base}/runs`)).body.items as { id: string }[];
    expect(runs).toHaveLength(2);
    const detail = (await call('GET', `${base}/runs/${runs[0]!.id}`)).body;
    expect(detail.hosts.find((h: { ip: string }) => h.ip === '10.1.1.10')).toMatchObject({
      asset: 'plc-1',
      matchedBy: 'ip',
      zone: 'z-control',
    });
    expect(detail.flows.find((f: { protocol: string }) => f.protocol === 'telnet')).toMatchObject({
      clientZone: 'z-dmz',
      serverZone: 'z-control',
      conduit: 'c-dmz-control',
      verdict: 'not-in-channel',
    });

    // Not a capture: a clear error, nothing stored.
    const junk = await call('POST', `${base}/runs`, Buffer.from('hello, this is not a pcap'), octets);
    expect(junk.status).toBe(400);
    expect(junk.body.error.code).toBe('C981_ERR_CAPTURE_FORMAT');
    expect((await call('GET', `${base}/runs`)).body.items).toHaveLength(2);
    expect((await auditActions(ctx)).map((a) => a.action)).toEqual(['discovery.run', 'discovery.run']);
  });

  it('accepts findings into the model, rejects with a reason, and shows observed vs approved', async () => {
    await seed();
    await zoneSubnets(call);
    await call('POST', `${base}/runs`, capture(), octets);
    const items = (await call('GET', `${base}/findings`)).body.items as { id: string; subject: string }[];
    const id = (prefix: string) => items.find((f) => f.subject.startsWith(prefix))!.id;

    let traffic = (await call('GET', `${base}/zone-traffic`)).body.items;
    expect(traffic).toEqual([
      expect.objectContaining({
        from: 'z-dmz',
        to: 'z-control',
        verdict: 'not-in-channel',
        protocols: ['modbus', 'telnet'],
      }),
    ]);

    const host = await call('POST', `${base}/findings/${id('HOST-UNKNOWN|10.1.1.77')}/accept`, {
      asset: { name: 'Filler PLC', type: 'plc' },
    });
    expect(host.status, host.text).toBe(200);
    expect(host.body).toMatchObject({ applied: 'model', entity: { kind: 'asset', id: 'obs-10-1-1-77' } });
    expect(host.body.finding).toMatchObject({ status: 'accepted', abilities: [] });
    const asset = (await call('GET', '/api/v1/sites/plant/assets/obs-10-1-1-77')).body;
    expect(asset).toMatchObject({ name: 'Filler PLC', type: 'plc', zone: 'z-control', ip: ['10.1.1.77'] });
    expect(asset.mac).toEqual(['00:1b:1b:00:00:77']);

    for (const p of [
      'FLOW-NOT-IN-CHANNEL|c-dmz-control|z-dmz|z-control|modbus',
      'FLOW-NOT-IN-CHANNEL|c-dmz-control|z-dmz|z-control|telnet',
    ]) {
      const r = await call('POST', `${base}/findings/${id(p)}/accept`, {});
      expect(r.status, r.text).toBe(200);
    }
    const conduit = (await call('GET', '/api/v1/sites/plant/conduits/c-dmz-control')).body;
    expect(
      conduit.channels.map(
        (c: { protocol: string; port?: number; from: string }) => `${c.protocol}/${c.port}/${c.from}`,
      ),
    ).toEqual(['opc-ua/4840/z-control', 'modbus/502/z-dmz', 'telnet/23/z-dmz']);
    traffic = (await call('GET', `${base}/zone-traffic`)).body.items;
    expect(traffic[0]).toMatchObject({ verdict: 'allowed', conduit: 'c-dmz-control' });

    const remote = id('REMOTE-ACCESS-INTO-CONTROL');
    const noReason = await call('POST', `${base}/findings/${remote}/reject`, { reason: ' ' });
    expect(noReason.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const ack = await call('POST', `${base}/findings/${remote}/accept`, {});
    expect(ack.body.error.code).toBe('C981_ERR_REASON_REQUIRED');
    const rejected = await call('POST', `${base}/findings/${remote}/reject`, {
      reason: 'Telnet is being removed (CR 12)',
    });
    expect(rejected.body.finding).toMatchObject({ status: 'rejected', reason: 'Telnet is being removed (CR 12)' });
    expect((await call('POST', `${base}/findings/${remote}/accept`, { reason: 'x' })).status).toBe(409);

    const decided = (await call('GET', `${base}/findings?status=all`)).body.items as { status: string }[];
    expect(decided.map((f) => f.status).sort()).toEqual(['accepted', 'accepted', 'accepted', 'open', 'rejected']);
    expect((await call('GET', `${base}/findings?status=maybe`)).status).toBe(400);
    expect((await auditActions(ctx)).map((a) => a.action)).toEqual([
      'discovery.run',
      'discovery.finding.accept',
      'discovery.finding.accept',
      'discovery.finding.accept',
      'discovery.finding.reject',
    ]);
  });

  it('files a change request instead on a site under change control', async () => {
    await seed();
    await zoneSubnets(call);
    await call('POST', `${base}/runs`, capture(), octets);
    expect((await call('PUT', '/api/v1/sites/plant/change-control', { enabled: true })).status).toBe(200);
    const items = (await call('GET', `${base}/findings`)).body.items as { id: string; subject: string }[];
    const f = items.find((i) => i.subject === 'HOST-UNKNOWN|10.2.0.5|')!;
    const res = await call('POST', `${base}/findings/${f.id}/accept`, { reason: 'engineering laptop' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ applied: 'change-request', changeRequestId: 1 });
    expect(res.body.finding.changeRequestId).toBe(1);
    expect((await call('GET', '/api/v1/sites/plant/assets/obs-10-2-0-5')).status).toBe(404);
    const cr = (await call('GET', '/api/v1/sites/plant/change-requests/1')).body;
    expect(cr).toMatchObject({ status: 'open' });
    expect(cr.ops[0]).toMatchObject({ op: 'create', kind: 'asset', entity: { id: 'obs-10-2-0-5', zone: 'z-dmz' } });
  });

  it('lets assessors upload but only site-admins decide; viewers only read', async () => {
    await seed();
    await zoneSubnets(call);
    const viewer = await buildUser(ctx.db, { plant: 'viewer' });
    const assessor = await buildUser(ctx.db, { plant: 'assessor' });
    const as = (u: { token: string }) => ({ ...octets, authorization: `Bearer ${u.token}` });
    expect((await call('POST', `${base}/runs`, capture(), as(viewer))).status).toBe(403);
    expect((await call('POST', `${base}/runs`, capture(), as(assessor))).status).toBe(201);
    const items = (await call('GET', `${base}/findings`, undefined, { authorization: `Bearer ${viewer.token}` })).body
      .items as { id: string; abilities: string[] }[];
    expect(items[0]!.abilities).toEqual([]);
    const denied = await call(
      'POST',
      `${base}/findings/${items[0]!.id}/reject`,
      { reason: 'no' },
      {
        authorization: `Bearer ${assessor.token}`,
      },
    );
    expect(denied.status).toBe(403);
    expect((await call('GET', '/api/v1/sites/nowhere/discovery/findings')).status).toBe(404);
  });
});
