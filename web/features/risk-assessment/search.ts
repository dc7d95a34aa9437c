import { ZCR_STEPS, type ZcrStep } from '../../../core/iec62443/risk/assessment.js';
import { compact, oneOf, type Search } from '../../search.js';

/** Risk assessment page: the ZCR step whose panel is open (shareable link to one step). */
export interface AssessmentSearch {
  step?: ZcrStep;
}
export const validateAssessmentSearch = (s: Search): AssessmentSearch => compact({ step: oneOf(s, 'step', ZCR_STEPS) });
