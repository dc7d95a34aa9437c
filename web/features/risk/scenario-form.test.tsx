// @vitest-environment happy-dom
// What the scenario dialog sends: the document when adding, and when editing only the fields that
// changed, with null for the optional ones emptied (PATCH …/risks/{id} replaces top-level fields).
import { describe, expect, it } from 'vitest';
import type { ThreatScenarioDoc } from '../../../core/schemas/risk-scenario.js';
import {
  docOf,
  editPatch,
  emptyForm,
  formComplete,
  formOf,
  parseRequirements,
  scenarioPatch,
  type ScenarioForm,
} from './scenario-form.js';

const STORED: ThreatScenarioDoc = {
  id: 'r-ransomware',
  title: 'Ransomware stops the line',
  description: 'Encrypts the HMIs',
  target: { kind: 'zone', id: 'z-ctl' },
  threatSource: { name: 'Ransomware crew', kind: 'criminal', description: 'money-driven' },
  vector: 'remote-access',
  vulnerability: 'Shared VPN account',
  affectedFrs: [1, 3],
  consequence: { 'production-financial': 4, reputation: 2 },
  likelihood: 4,
  countermeasures: { assets: ['fw-01'], requirements: ['SR 1.1'], compensatingControls: ['cc-jump'] },
  residualLikelihood: 2,
  residualConsequence: { 'production-financial': 3 },
};

const edit = (changes: Partial<ScenarioForm>) => editPatch(STORED, { ...formOf(STORED), ...changes });

describe('formOf / docOf', () => {
  it('round-trips a stored scenario, keeping what the form does not edit', () => {
    expect(docOf(formOf(STORED))).toEqual(STORED);
  });

  it('leaves empty optional fields out of a new scenario', () => {
    const doc = docOf({
      ...emptyForm(),
      id: ' r-1 ',
      title: 'T',
      target: 'conduit:c-1',
      sourceName: 'Insider',
      sourceKind: 'insider',
      affectedFrs: [3, 1],
      consequence: { environment: 2 },
      description: '   ',
      requirements: ' , ',
    });
    expect(doc).toStrictEqual({
      id: 'r-1',
      title: 'T',
      target: { kind: 'conduit', id: 'c-1' },
      threatSource: { name: 'Insider', kind: 'insider' },
      vector: 'network',
      affectedFrs: [1, 3],
      consequence: { environment: 2 },
      likelihood: 3,
    });
  });

  it('parses comma-separated requirement ids into the catalog spelling, each once', () => {
    expect(parseRequirements('sr 1.1,  SR 5.1   re 1;SR 1.1\n')).toEqual(['SR 1.1', 'SR 5.1 RE 1']);
  });

  it('requires a capability when the kind gives none', () => {
    const base = { ...formOf(STORED), sourceKind: 'other' as const };
    expect(formComplete(base)).toBe(false);
    expect(formComplete({ ...base, capability: 4 })).toBe(true);
    expect(formComplete(formOf(STORED))).toBe(true);
  });
});

describe('editPatch', () => {
  it('sends nothing when nothing changed', () => {
    expect(edit({})).toEqual({});
    // The same requirements typed differently are no change.
    expect(edit({ requirements: 'sr 1.1 ,' })).toEqual({});
  });

  it('sends the changed fields whole, nothing else', () => {
    expect(edit({ likelihood: 2, requirements: 'SR 1.1, SR 5.1 RE 1' })).toStrictEqual({
      likelihood: 2,
      countermeasures: {
        assets: ['fw-01'],
        requirements: ['SR 1.1', 'SR 5.1 RE 1'],
        compensatingControls: ['cc-jump'],
      },
    });
    // The threat source is replaced whole on the server: its description must travel along.
    expect(edit({ capability: 4 })).toStrictEqual({
      threatSource: { name: 'Ransomware crew', kind: 'criminal', capability: 4, description: 'money-driven' },
    });
  });

  it('clears emptied optional fields with null', () => {
    expect(
      edit({
        description: ' ',
        vulnerability: '',
        assets: [],
        requirements: '',
        compensatingControls: [],
        residualLikelihood: '',
        residualConsequence: {},
      }),
    ).toStrictEqual({
      description: null,
      vulnerability: null,
      countermeasures: null,
      residualLikelihood: null,
      residualConsequence: null,
    });
  });

  it('keeps countermeasures when only some lists are emptied', () => {
    expect(edit({ assets: [], compensatingControls: [] })).toStrictEqual({
      countermeasures: { requirements: ['SR 1.1'] },
    });
  });
});

describe('scenarioPatch', () => {
  it('ignores key order and never sends null for a required field', () => {
    const reordered = { ...STORED, consequence: { reputation: 2, 'production-financial': 4 } };
    expect(scenarioPatch(STORED, reordered)).toEqual({});
    const untitled = { ...STORED, title: undefined } as unknown as ThreatScenarioDoc;
    expect(scenarioPatch(STORED, untitled)).toEqual({});
  });
});
