import { describe, expect, it } from 'vitest';
import { emptyAssessment } from './assessment.js';
import { assumptionsFrom, buildCrs, type CrsInput, type RatedScenario } from './crs.js';

const scenario = (id: string, target: string, kind: 'zone' | 'conduit' = 'zone'): RatedScenario => ({
  id,
  title: `Scenario ${id}`,
  target: { kind, id: target },
  threatSource: { name: 'Ransomware crew', kind: 'criminal' },
  vector: 'remote-access',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4 },
  likelihood: 4,
  unmitigatedRisk: null,
  residualRisk: null,
});

function input(sucZones: string[]): CrsInput {
  const a = emptyAssessment();
  a.suc = { scope: 'Line 3', boundaries: 'Fence', accessPoints: 'VPN', zones: sucZones, assets: [] };
  a.steps.zcr1.notes = '- Only trained staff enter the control room\n\n* Cabinets are locked';
  a.steps.zcr6.notes = 'Remote access goes through the DMZ jump host';
  return {
    site: {
      id: 'plant',
      name: 'Plant',
      zones: [
        { id: 'z-control', name: 'Control', kind: 'control', slTarget: 2, rationale: 'from risk' },
        { id: 'z-dmz', name: 'DMZ', kind: 'dmz' },
        { id: 'z-sis', name: 'SIS', kind: 'safety', slTarget: [3, 3, 3, 2, 2, 2, 3] },
      ],
      conduits: [
        { id: 'c-1', zones: ['z-control', 'z-sis'], slTarget: 2, measures: ['firewall'] },
        { id: 'c-2', zones: ['z-control', 'z-dmz'] },
      ],
      assets: [
        { id: 'plc-1', name: 'PLC', type: 'plc', zone: 'z-control' },
        { id: 'sis-1', name: 'SIS', type: 'sis-controller', zone: 'z-sis' },
        { id: 'hmi-1', name: 'HMI', type: 'hmi', zone: 'z-sis', safety: true },
      ],
      compensatingControls: [
        { id: 'cc-1', scope: 'z-control', requirements: ['SR 1.2'], kind: 'jump-host', approvedBy: 'j.doe' },
        { id: 'cc-2', scope: 'c-2', requirements: ['SR 5.1'], kind: 'other' },
      ],
    },
    generatedAt: '2026-11-26T00:00:00Z',
    asOf: '2026-11-26',
    assessment: { version: 3, status: 'draft', lastApproval: null, suc: a.suc, steps: a.steps },
    evaluation: {
      zones: [
        {
          id: 'z-control',
          slTarget: [2, 2, 2, 2, 2, 2, 2],
          slAchieved: [1, 0, 0, 0, 0, 0, 0],
          slCapability: null,
          capabilityComplete: null,
          gap: [1, 2, 2, 2, 2, 2, 2],
          blocking: [],
          compensated: [],
          warnings: [],
        },
      ],
    },
    scenarios: [scenario('s-1', 'z-control'), scenario('s-2', 'z-dmz'), scenario('s-3', 'c-1', 'conduit')],
    riskMatrix: { source: 'default', tolerableRisk: 'medium' },
  };
}

describe('buildCrs (IEC 62443-3-2 ZCR 6)', () => {
  it('limits zones, conduits, threats and controls to the SUC zones', () => {
    const crs = buildCrs(input(['z-control', 'z-sis']));
    expect(crs.zones.map((z) => z.id)).toEqual(['z-control', 'z-sis']);
    // c-2 reaches the DMZ, outside the SUC.
    expect(crs.conduits.map((c) => c.id)).toEqual(['c-1']);
    expect(crs.threatEnvironment.map((t) => t.id)).toEqual(['s-1', 's-3']);
    expect(crs.compensatingControls.map((c) => c.id)).toEqual(['cc-1']);
    expect(crs.zones[0]).toEqual({
      id: 'z-control',
      name: 'Control',
      kind: 'control',
      slTarget: [2, 2, 2, 2, 2, 2, 2],
      rationale: 'from risk',
      slAchieved: [1, 0, 0, 0, 0, 0, 0],
      gap: [1, 2, 2, 2, 2, 2, 2],
      assets: 1,
      safetyAssets: 0,
    });
    // The SIS controller counts as a safety asset without the flag; no evaluation → null vectors.
    expect(crs.zones[1]).toMatchObject({ assets: 2, safetyAssets: 2, slAchieved: null, gap: null, rationale: null });
    expect(crs.conduits[0]).toEqual({
      id: 'c-1',
      name: null,
      zones: ['z-control', 'z-sis'],
      slTarget: [2, 2, 2, 2, 2, 2, 2],
      rationale: null,
      channels: [],
      measures: ['firewall'],
    });
    expect(crs.threatEnvironment[0]?.threatSource).toEqual({
      name: 'Ransomware crew',
      kind: 'criminal',
      capability: 3,
    });
    expect(crs.compensatingControls[0]).toEqual({
      id: 'cc-1',
      scope: 'z-control',
      requirements: ['SR 1.2'],
      kind: 'jump-host',
      approvedBy: 'j.doe',
      expires: null,
    });
  });

  it('covers the whole site when the SUC lists no zones', () => {
    const crs = buildCrs(input([]));
    expect(crs.zones.map((z) => z.id)).toEqual(['z-control', 'z-dmz', 'z-sis']);
    expect(crs.conduits.map((c) => c.id)).toEqual(['c-1', 'c-2']);
    expect(crs.threatEnvironment).toHaveLength(3);
    expect(crs.compensatingControls).toHaveLength(2);
    expect(crs.site).toEqual({ id: 'plant', name: 'Plant', regulated: false });
    expect(crs.assessment).toEqual({ version: 3, status: 'draft', lastApproval: null });
  });

  it('takes the assumptions line by line from the ZCR 1 and ZCR 6 notes', () => {
    expect(buildCrs(input([])).assumptions).toEqual([
      { step: 'zcr1', text: 'Only trained staff enter the control room' },
      { step: 'zcr1', text: 'Cabinets are locked' },
      { step: 'zcr6', text: 'Remote access goes through the DMZ jump host' },
    ]);
    expect(assumptionsFrom({ zcr2: { notes: 'not an assumption' } })).toEqual([]);
  });
});
