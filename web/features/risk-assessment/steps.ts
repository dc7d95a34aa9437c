// The seven workflow steps of IEC 62443-3-2 (ZCR 1–7) as the page names them. Titles are short
// descriptions in our own words; the clause numbers are the standard's.
import type { ZcrStep } from '../../../core/iec62443/risk/assessment.js';

export interface StepInfo {
  step: ZcrStep;
  label: string;
  title: string;
  /** What the step asks for, in a sentence. */
  purpose: string;
}

export const STEPS: StepInfo[] = [
  {
    step: 'zcr1',
    label: 'ZCR 1',
    title: 'System under consideration',
    purpose: 'Say what is assessed: its scope, where its boundary runs, how it is reached, and its zones and assets.',
  },
  {
    step: 'zcr2',
    label: 'ZCR 2',
    title: 'Initial risk',
    purpose:
      'Rate each zone before any countermeasure: its likelihood and its worst credible consequence per category.',
  },
  {
    step: 'zcr3',
    label: 'ZCR 3',
    title: 'Zones and conduits',
    purpose: 'Review the partitioning findings and decide for each: fix it, accept it, or not applicable.',
  },
  {
    step: 'zcr4',
    label: 'ZCR 4',
    title: 'Compare with tolerable risk',
    purpose: 'Zones whose initial risk lies above the tolerable line need the detailed assessment.',
  },
  {
    step: 'zcr5',
    label: 'ZCR 5',
    title: 'Detailed risk assessment',
    purpose: 'Threat scenarios with their likelihood, consequence and countermeasures live in the risk register.',
  },
  {
    step: 'zcr6',
    label: 'ZCR 6',
    title: 'Cyber security requirements',
    purpose: 'Document the requirements per zone and conduit (the CRS) that come out of the assessment.',
  },
  {
    step: 'zcr7',
    label: 'ZCR 7',
    title: 'Asset owner approval',
    purpose: 'The asset owner signs the assessment off; someone other than its last editor signs.',
  },
];

export const stepInfo = (step: ZcrStep): StepInfo => STEPS.find((s) => s.step === step) ?? (STEPS[0] as StepInfo);
