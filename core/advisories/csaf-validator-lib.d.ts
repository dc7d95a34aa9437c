// Types for the parts of @secvisogram/csaf-validator-lib (plain JavaScript, no declarations) that
// validate.ts uses: the test runner and the CSAF 2.0 schema and mandatory tests.

declare module '@secvisogram/csaf-validator-lib/validate.js' {
  export interface CsafTestMessage {
    instancePath: string;
    message: string;
    keyword?: string;
    params?: Record<string, unknown>;
  }
  export interface CsafTestResult {
    name: string;
    isValid: boolean;
    errors: CsafTestMessage[];
    warnings: CsafTestMessage[];
    infos: CsafTestMessage[];
  }
  export type CsafDocumentTest = (doc: unknown) => unknown;
  export default function validate(
    tests: readonly CsafDocumentTest[],
    doc: unknown,
  ): Promise<{ tests: CsafTestResult[]; isValid: boolean }>;
}

declare module '@secvisogram/csaf-validator-lib/schemaTests.js' {
  import type { CsafDocumentTest } from '@secvisogram/csaf-validator-lib/validate.js';
  export const csaf_2_0: CsafDocumentTest;
  export const csaf_2_0_strict: CsafDocumentTest;
}

declare module '@secvisogram/csaf-validator-lib/mandatoryTests.js' {
  import type { CsafDocumentTest } from '@secvisogram/csaf-validator-lib/validate.js';
  export const mandatoryTest_6_1_1: CsafDocumentTest;
  export const mandatoryTest_6_1_2: CsafDocumentTest;
  export const mandatoryTest_6_1_3: CsafDocumentTest;
  export const mandatoryTest_6_1_4: CsafDocumentTest;
  export const mandatoryTest_6_1_5: CsafDocumentTest;
  export const mandatoryTest_6_1_6: CsafDocumentTest;
  export const mandatoryTest_6_1_7: CsafDocumentTest;
  export const mandatoryTest_6_1_8: CsafDocumentTest;
  export const mandatoryTest_6_1_9: CsafDocumentTest;
  export const mandatoryTest_6_1_10: CsafDocumentTest;
  export const mandatoryTest_6_1_11: CsafDocumentTest;
  export const mandatoryTest_6_1_12: CsafDocumentTest;
  export const mandatoryTest_6_1_13: CsafDocumentTest;
  export const mandatoryTest_6_1_14: CsafDocumentTest;
  export const mandatoryTest_6_1_15: CsafDocumentTest;
  export const mandatoryTest_6_1_16: CsafDocumentTest;
  export const mandatoryTest_6_1_17: CsafDocumentTest;
  export const mandatoryTest_6_1_18: CsafDocumentTest;
  export const mandatoryTest_6_1_19: CsafDocumentTest;
  export const mandatoryTest_6_1_20: CsafDocumentTest;
  export const mandatoryTest_6_1_21: CsafDocumentTest;
  export const mandatoryTest_6_1_22: CsafDocumentTest;
  export const mandatoryTest_6_1_23: CsafDocumentTest;
  export const mandatoryTest_6_1_24: CsafDocumentTest;
  export const mandatoryTest_6_1_25: CsafDocumentTest;
  export const mandatoryTest_6_1_26: CsafDocumentTest;
  export const mandatoryTest_6_1_27_1: CsafDocumentTest;
  export const mandatoryTest_6_1_27_2: CsafDocumentTest;
  export const mandatoryTest_6_1_27_3: CsafDocumentTest;
  export const mandatoryTest_6_1_27_4: CsafDocumentTest;
  export const mandatoryTest_6_1_27_5: CsafDocumentTest;
  export const mandatoryTest_6_1_27_6: CsafDocumentTest;
  export const mandatoryTest_6_1_27_7: CsafDocumentTest;
  export const mandatoryTest_6_1_27_8: CsafDocumentTest;
  export const mandatoryTest_6_1_27_9: CsafDocumentTest;
  export const mandatoryTest_6_1_27_10: CsafDocumentTest;
  export const mandatoryTest_6_1_27_11: CsafDocumentTest;
  export const mandatoryTest_6_1_28: CsafDocumentTest;
  export const mandatoryTest_6_1_29: CsafDocumentTest;
  export const mandatoryTest_6_1_30: CsafDocumentTest;
  export const mandatoryTest_6_1_31: CsafDocumentTest;
  export const mandatoryTest_6_1_32: CsafDocumentTest;
  export const mandatoryTest_6_1_33: CsafDocumentTest;
}
