// "Work offline" on the zone page (issue #8 item 3): download the zone's checklist as an XLSX
// workbook to fill away from C-981, then upload the filled file. Uploading runs a dry run first:
// the preview lists the changes and the conflicts (requirements changed in C-981 since the
// export), the assessor decides each conflict, and only then does Import write anything.
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { invalidateSite, siteQuery } from '../../api/queries.js';
import { useCan } from '../../auth/session.js';
import { Cancelled, useReason } from '../../components/Dialogs.js';
import { ErrorBox, Loading } from '../../components/states.js';
import {
  checklistUrl,
  importChecklist,
  previewChecklist,
  type ChecklistImportAnswer,
  type Resolution,
} from './offline-api.js';
import { ChangesTable, ConflictsTable, ErrorsTable, PreviewSummary } from './OfflinePreview.js';
// The .notice styles live with the dialogs; pages that show notices import them (as the site-files page does).
import '../../components/modal.css';
import './offline.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; file: File }
  | { kind: 'invalid'; file: File; error: unknown }
  | { kind: 'preview'; file: File; answer: ChecklistImportAnswer; error?: unknown; importing?: boolean }
  | { kind: 'done'; file: File; answer: ChecklistImportAnswer };

export function OfflinePanel({ site, zone }: { site: string; zone: string }) {
  const canImport = useCan('result.update', site);
  const siteInfo = useQuery(siteQuery(site));
  const queryClient = useQueryClient();
  const askReason = useReason();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [choices, setChoices] = useState<Record<string, Resolution>>({});

  const check = async (file: File) => {
    setChoices({});
    setStep({ kind: 'checking', file });
    try {
      setStep({ kind: 'preview', file, answer: await previewChecklist(site, zone, file) });
    } catch (error) {
      setStep({ kind: 'invalid', file, error });
    }
  };

  const apply = async (file: File, answer: ChecklistImportAnswer) => {
    let reason: string | undefined;
    try {
      // Asks only on a regulated site; conflicts taken from the file are writes too, so the dry
      // run's reasonRequired (counted before any choice) is only the fallback.
      reason = await askReason(siteInfo.data ?? { regulated: answer.reasonRequired }, 'import this checklist');
    } catch (e) {
      if (e instanceof Cancelled) return;
      throw e;
    }
    setStep({ kind: 'preview', file, answer, importing: true });
    try {
      const done = await importChecklist(site, zone, file, { choices, reason });
      setStep({ kind: 'done', file, answer: done });
      await invalidateSite(queryClient, site);
    } catch (error) {
      setStep({ kind: 'preview', file, answer, error });
    }
  };

  return (
    <section className="panel offline-panel" aria-labelledby="offline-title">
      <h2 id="offline-title">Work offline</h2>
      <div className="toolbar">
        <a className="button" href={checklistUrl(site, zone)} download>
          Download checklist (XLSX)
        </a>
        {canImport && step.kind !== 'checking' && (
          <label className="button offline-upload">
            <input
              type="file"
              accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
              aria-label="Upload filled checklist"
              onChange={(e) => {
                const file = e.target.files?.[0];
                e.target.value = '';
                if (file) void check(file);
              }}
            />
            Upload filled checklist
          </label>
        )}
        <span className="muted small">
          One sheet per FR; fill status, note, evidence, assessor and date, then upload it here. Only the rows you
          change are imported.
        </span>
      </div>
      {step.kind === 'checking' && <Loading what={`and checking ${step.file.name}`} />}
      {step.kind === 'invalid' && <ErrorBox error={step.error} />}
      {step.kind === 'preview' && (
        <Preview
          step={step}
          choices={choices}
          onChoose={(id, c) => setChoices((prev) => ({ ...prev, [id]: c }))}
          onChooseAll={(c) => setChoices(Object.fromEntries(step.answer.conflicts.map((x) => [x.requirement, c])))}
          onImport={() => void apply(step.file, step.answer)}
          onCancel={() => setStep({ kind: 'idle' })}
        />
      )}
      {step.kind === 'done' && (
        <p className="notice ok" role="status">
          <strong>Imported {step.file.name}.</strong>{' '}
          {step.answer.changed.length === 0
            ? 'Nothing changed.'
            : `${step.answer.changed.length} result${step.answer.changed.length === 1 ? '' : 's'} changed; the audit trail has the record.`}
        </p>
      )}
    </section>
  );
}

function Preview({
  step,
  choices,
  onChoose,
  onChooseAll,
  onImport,
  onCancel,
}: {
  step: Extract<Step, { kind: 'preview' }>;
  choices: Record<string, Resolution>;
  onChoose: (requirement: string, choice: Resolution) => void;
  onChooseAll: (choice: Resolution) => void;
  onImport: () => void;
  onCancel: () => void;
}) {
  const { answer, file } = step;
  const open = answer.conflicts.filter((c) => choices[c.requirement] === undefined).length;
  const fromFile = answer.conflicts.filter((c) => choices[c.requirement] === 'file').length;
  const writes = answer.changed.length + fromFile;
  const blocked = answer.errors.length > 0 || open > 0 || writes === 0;
  return (
    <div className="offline-preview" role="region" aria-label="Checklist import preview">
      <h3>
        Preview of <span className="mono">{file.name}</span> <span className="muted small">— not saved yet</span>
      </h3>
      <PreviewSummary answer={answer} />
      {answer.errors.length > 0 && (
        <>
          <p className="notice danger">
            Fix these cells in the file and upload it again: nothing is imported meanwhile.
          </p>
          <ErrorsTable errors={answer.errors} />
        </>
      )}
      {answer.conflicts.length > 0 && (
        <>
          <p className="notice warn">
            Changed both in the file and in C-981 since the export: choose which value to keep.{' '}
            <button type="button" onClick={() => onChooseAll('database')}>
              Keep C-981 for all
            </button>{' '}
            <button type="button" onClick={() => onChooseAll('file')}>
              Take the file for all
            </button>
          </p>
          <ConflictsTable conflicts={answer.conflicts} choices={choices} onChoose={onChoose} />
        </>
      )}
      {answer.changed.length > 0 && <ChangesTable changes={answer.changed} />}
      {answer.changed.length === 0 && answer.conflicts.length === 0 && answer.errors.length === 0 && (
        <p className="notice info">The file changes nothing: every row is as exported or already in C-981.</p>
      )}
      {step.error !== undefined && <ErrorBox error={step.error} />}
      <div className="toolbar">
        <button type="button" className="primary" onClick={onImport} disabled={blocked || step.importing === true}>
          {step.importing ? 'Importing…' : `Import ${writes} change${writes === 1 ? '' : 's'}`}
        </button>
        <button type="button" onClick={onCancel} disabled={step.importing === true}>
          Cancel
        </button>
        {open > 0 && <span className="muted small">Choose a side for {open} conflict(s) first.</span>}
        {answer.reasonRequired && (
          <span className="muted small">This site is regulated: Import asks for a reason.</span>
        )}
      </div>
    </div>
  );
}
