// The seven steps as a list down the side: each with its status, owner and date; the open step is
// in the URL (?step=zcr3) so a link shows the same panel.
import { Link } from '@tanstack/react-router';
import type { StepStatus, ZcrStep } from '../../../core/iec62443/risk/assessment.js';
import type { Assessment } from './assessment-api.js';
import { STEPS } from './steps.js';

const BADGE: Record<StepStatus, string> = { 'not-started': '', 'in-progress': 'warn', done: 'ok' };

export function StepList({ site, answer, open }: { site: string; answer: Assessment; open: ZcrStep }) {
  return (
    <nav className="panel ra-steps" aria-label="Assessment steps">
      <ol>
        {STEPS.map((s) => {
          const state = answer.steps[s.step];
          return (
            <li key={s.step}>
              <Link
                to="/sites/$site/risk-assessment"
                params={{ site }}
                search={{ step: s.step }}
                aria-current={s.step === open ? 'step' : undefined}
                className={s.step === open ? 'current' : undefined}
              >
                <span className="ra-step-title">
                  <strong>{s.label}</strong> {s.title}
                </span>
                <span className="ra-step-meta">
                  <span className={`badge ${BADGE[state.status]}`}>{state.status}</span>
                  {state.owner && <span>{state.owner}</span>}
                  {state.date && <span className="mono">{state.date}</span>}
                </span>
              </Link>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
