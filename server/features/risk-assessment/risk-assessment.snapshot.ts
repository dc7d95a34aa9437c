// What an approval freezes (IEC 62443-3-2 ZCR 7): the assessment data and the material model it
// was made on, in canonical JSON so the signature's content hash can be recomputed from storage.
import { canonicalJson, type AssessmentData } from '../../../core/iec62443/risk/assessment.js';
import { materialModel, type MaterialModel } from '../../../core/iec62443/risk/material-model.js';
import type { Queryable } from '../../db/batch.js';
import { notFound } from '../../errors.js';
import { loadSite } from '../site-files/site-loader.js';

export interface AssessmentSnapshot {
  site: string;
  version: number;
  assessment: AssessmentData;
  model: MaterialModel;
}

/** The site's material model as stored now. */
export async function currentModel(db: Queryable, siteId: string): Promise<MaterialModel> {
  const site = await loadSite(db, siteId);
  if (!site) throw notFound('site', siteId);
  return materialModel(site);
}

/** The snapshot and its canonical text (what is hashed and signed). */
export function buildSnapshot(
  siteId: string,
  version: number,
  assessment: AssessmentData,
  model: MaterialModel,
): { snapshot: AssessmentSnapshot; text: string } {
  const snapshot: AssessmentSnapshot = { site: siteId, version, assessment, model };
  return { snapshot, text: canonicalJson(snapshot) };
}
