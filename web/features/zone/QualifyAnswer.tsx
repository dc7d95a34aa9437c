// The qualification answer, FR by FR: target, the candidate's capability, and the 4-2 items it
// lacks for the zone's SL-T.
import { SlChip } from '../../components/Sl.js';
import { FR_NAMES, FR_SHORT } from '../../components/sl-scale.js';

export interface Qualification {
  componentClass: string;
  slTarget: number[];
  slCapability: number[];
  meets: boolean;
  fr: {
    fr: number;
    target: number;
    capability: number;
    meets: boolean;
    shortfall: { id: string; minSl: number; title: string }[];
  }[];
}

export function QualifyAnswer({ answer, detailed }: { answer: Qualification; detailed: boolean }) {
  const short = answer.fr.filter((f) => !f.meets);
  return (
    <section className="qualify-answer" aria-label="Qualification result" aria-live="polite">
      <p>
        {answer.meets ? (
          <span className="badge ok">Qualifies</span>
        ) : (
          <span className="badge danger">Does not qualify</span>
        )}{' '}
        {answer.meets
          ? 'The candidate meets the SL-T of every FR.'
          : `Short of the SL-T in ${short.map((f) => `FR ${f.fr} ${FR_SHORT[f.fr]}`).join(', ')}.`}
      </p>
      <table className="data">
        <thead>
          <tr>
            <th scope="col">FR</th>
            <th scope="col" className="num">
              SL-T
            </th>
            <th scope="col" className="num">
              SL-C
            </th>
            <th scope="col">Result</th>
            <th scope="col">{detailed ? 'Missing 4-2 requirements' : ''}</th>
          </tr>
        </thead>
        <tbody>
          {answer.fr.map((f) => (
            <tr key={f.fr}>
              <th scope="row" title={FR_NAMES[f.fr]}>
                FR {f.fr} {FR_SHORT[f.fr]}
              </th>
              <td className="num">
                <SlChip value={f.target} />
              </td>
              <td className="num">
                <SlChip value={f.capability} />
              </td>
              <td>{f.meets ? <span className="badge ok">meets</span> : <span className="badge danger">short</span>}</td>
              <td className="small">
                {f.shortfall.map((s) => (
                  <code key={s.id} className="req-chip" title={`${s.title} (from SL ${s.minSl})`}>
                    {s.id}
                  </code>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {!detailed && (
        <p className="muted small">
          A declared SL-C answers per FR only; describe the candidate by 4-2 requirements to see what it lacks.
        </p>
      )}
    </section>
  );
}
