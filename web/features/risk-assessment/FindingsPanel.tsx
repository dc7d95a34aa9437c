// ZCR 3: the partitioning findings of the site's zones and conduits (the lint rules, e.g. a safety
// zone sharing with others; IEC 62443-3-2 ZCR 3.x), each with the assessor's decision and note.
import { useState } from 'react';
import { FINDING_DECISIONS, type FindingDecision } from '../../../core/iec62443/risk/assessment.js';
import { Empty } from '../../components/states.js';
import type { Assessment } from './assessment-api.js';
import { decisionsPatch, type DecisionDraft } from './patches.js';
import { StepForm } from './StepForm.js';

type Draft = Record<string, DecisionDraft>;

export function FindingsPanel({ site, answer, canEdit }: { site: string; answer: Assessment; canEdit: boolean }) {
  const findings = answer.computed.zcr3;
  const [draft, setDraft] = useState<Draft>(() =>
    Object.fromEntries(
      findings.map((f) => [f.key, { decision: f.decision?.decision ?? '', note: f.decision?.note ?? '' }]),
    ),
  );
  const set = (key: string, patch: Partial<Draft[string]>) =>
    setDraft({ ...draft, [key]: { decision: '', note: '', ...draft[key], ...patch } });
  const patch = () => ({ decisions: decisionsPatch(findings, draft) });
  return (
    <StepForm site={site} answer={answer} step="zcr3" canEdit={canEdit} contentPatch={patch}>
      {findings.length === 0 ? (
        <Empty>No findings on the zones and conduits of this site.</Empty>
      ) : (
        <div className="ra-scroll">
          <table className="data" aria-label="Partitioning findings">
            <thead>
              <tr>
                <th scope="col">Rule</th>
                <th scope="col">Severity</th>
                <th scope="col">Subject</th>
                <th scope="col">Finding</th>
                <th scope="col">Clause</th>
                <th scope="col">Decision</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {findings.map((f) => (
                <tr key={f.key}>
                  <td className="mono">{f.rule}</td>
                  <td>
                    <span className={`badge ${f.severity === 'error' ? 'danger' : 'warn'}`}>{f.severity}</span>
                  </td>
                  <td className="mono">
                    {f.subject.kind} {f.subject.id}
                  </td>
                  <td>{f.message}</td>
                  <td className="small">{f.clause ?? '–'}</td>
                  <td>
                    <select
                      aria-label={`Decision on ${f.key}`}
                      value={draft[f.key]?.decision ?? ''}
                      onChange={(e) => set(f.key, { decision: e.target.value as FindingDecision | '' })}
                    >
                      <option value="">undecided</option>
                      {FINDING_DECISIONS.map((d) => (
                        <option key={d} value={d}>
                          {d}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <input
                      aria-label={`Note on ${f.key}`}
                      value={draft[f.key]?.note ?? ''}
                      onChange={(e) => set(f.key, { note: e.target.value })}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </StepForm>
  );
}
