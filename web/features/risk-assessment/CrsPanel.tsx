// ZCR 6: the cyber security requirements specification (CRS) is generated from the assessment,
// the zones and conduits (IEC 62443-3-2 ZCR 6.x); this step links the document and tracks the step.
import { sitePath } from '../../api/queries.js';
import type { Assessment } from './assessment-api.js';
import { StepForm } from './StepForm.js';

export function CrsPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  return (
    <StepForm site={site} answer={answer} step="zcr6" canEdit={canEdit}>
      <p>
        <a className="button" href={`${sitePath(site, 'crs')}?format=html`} target="_blank" rel="noreferrer">
          Download CRS
        </a>{' '}
        <span className="muted small">the requirements per zone and conduit, as of the current model</span>
      </p>
    </StepForm>
  );
}
