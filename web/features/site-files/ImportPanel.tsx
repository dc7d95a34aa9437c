// Import a site file in two steps: a dry run shows what would change (or where the file is wrong,
// by line and column) and saves nothing; Apply then writes it, with a reason when a regulated site
// changes (DESIGN §4: an invalid file changes nothing; import makes each named site equal to it).
import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../api/client.js';
import { invalidateSite, sitesQuery } from '../../api/queries.js';
import { Cancelled, useReason } from '../../components/Dialogs.js';
import { ErrorBox, Loading } from '../../components/states.js';
import { FileDropZone } from '../../components/upload/FileDropZone.js';
import { ChangesTable, IssuesTable } from './ImportPreview.js';
import {
  applyImport,
  ENTITY_KINDS,
  locatedIssues,
  previewImport,
  totalChanges,
  type ImportResult,
  type Preview,
} from './site-files-api.js';

type Step =
  | { kind: 'idle' }
  | { kind: 'checking'; file: File }
  | { kind: 'preview'; file: File; preview: Preview }
  | { kind: 'invalid'; file: File; error: unknown }
  | { kind: 'applying'; file: File; preview: Preview }
  | { kind: 'apply-failed'; file: File; preview: Preview; error: unknown }
  | { kind: 'done'; file: File; result: ImportResult };

const ACCEPT = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';

export function ImportPanel() {
  const queryClient = useQueryClient();
  const sites = useQuery(sitesQuery);
  const askReason = useReason();
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  const check = async (file: File) => {
    setStep({ kind: 'checking', file });
    try {
      setStep({ kind: 'preview', file, preview: await previewImport(file, file.name) });
    } catch (error) {
      setStep({ kind: 'invalid', file, error });
    }
  };

  const apply = async (file: File, preview: Preview) => {
    let reason: string | undefined;
    try {
      reason = preview.reasonRequired ? await askReason({ regulated: true }, 'import this site file') : undefined;
    } catch (e) {
      if (e instanceof Cancelled) return;
      throw e;
    }
    setStep({ kind: 'applying', file, preview });
    try {
      let result: ImportResult;
      try {
        result = await applyImport(file, file.name, reason);
      } catch (e) {
        // A site became regulated since the preview: ask now rather than fail.
        if (!(e instanceof ApiError && e.code === 'C981_ERR_REASON_REQUIRED' && reason === undefined)) throw e;
        const late = await askReason({ regulated: true }, 'import this site file').catch(() => undefined);
        if (late === undefined) {
          setStep({ kind: 'preview', file, preview: { ...preview, reasonRequired: true } });
          return;
        }
        result = await applyImport(file, file.name, late);
      }
      setStep({ kind: 'done', file, result });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['sites'] }),
        queryClient.invalidateQueries({ queryKey: ['audit'] }),
        ...result.sites.map((c) => invalidateSite(queryClient, c.site)),
      ]);
    } catch (error) {
      setStep({ kind: 'apply-failed', file, preview, error });
    }
  };

  const reset = () => setStep({ kind: 'idle' });
  const busy = step.kind === 'checking' || step.kind === 'applying';

  return (
    <section className="panel import-panel" aria-label="Import">
      <h2>Import</h2>
      <p className="muted small">
        Each site named in the file becomes equal to the file: entities missing from it are removed from that site;
        sites not named stay as they are. Nothing is saved before you apply.
      </p>
      {(step.kind === 'idle' || step.kind === 'invalid' || step.kind === 'done') && (
        <FileDropZone
          accept={ACCEPT}
          label="Site file to import"
          disabled={busy}
          onFiles={([file]) => void check(file)}
        >
          <strong>Choose a site file</strong> or drop it here — YAML or JSON (<code>c981: 1</code>)
        </FileDropZone>
      )}
      {step.kind === 'checking' && <Loading what={`and checking ${step.file.name}`} />}
      {step.kind === 'invalid' && <InvalidFile file={step.file} error={step.error} />}
      {(step.kind === 'preview' || step.kind === 'applying' || step.kind === 'apply-failed') && (
        <PreviewView
          file={step.file}
          preview={step.preview}
          sites={sites.data}
          applying={step.kind === 'applying'}
          error={step.kind === 'apply-failed' ? step.error : null}
          onApply={() => void apply(step.file, step.preview)}
          onCancel={reset}
        />
      )}
      {step.kind === 'done' && (
        <div className="import-done" role="status">
          <p className="notice ok">
            <strong>Imported {step.file.name}.</strong>{' '}
            {step.result.sites.length === 0
              ? 'Nothing changed.'
              : `${step.result.sites.length} site${step.result.sites.length === 1 ? '' : 's'} changed; the audit trail has the record.`}
          </p>
          {step.result.sites.length + step.result.unchanged.length > 0 && (
            <ChangesTable result={step.result} sites={sites.data} />
          )}
        </div>
      )}
    </section>
  );
}

function InvalidFile({ file, error }: { file: File; error: unknown }) {
  const issues = locatedIssues(error);
  if (issues.length === 0) return <ErrorBox error={error} />;
  return (
    <div className="import-invalid" role="alert">
      <p className="notice danger">
        <strong>{file.name} is not valid: nothing was imported.</strong> {issues.length} problem
        {issues.length === 1 ? '' : 's'}:
      </p>
      <IssuesTable issues={issues} />
    </div>
  );
}

function PreviewView({
  file,
  preview,
  sites,
  applying,
  error,
  onApply,
  onCancel,
}: {
  file: File;
  preview: Preview;
  sites: Parameters<typeof ChangesTable>[0]['sites'];
  applying: boolean;
  error: unknown;
  onApply: () => void;
  onCancel: () => void;
}) {
  const { result } = preview;
  const changes =
    result.sites.reduce((n, c) => n + totalChanges(c), 0) + (result.organizationRiskMatrixChanged ? 1 : 0);
  const removals = result.sites.some((c) => ENTITY_KINDS.some((k) => c[k].removed > 0));
  return (
    <div className="import-preview">
      <h3>
        Preview of <span className="mono">{file.name}</span>{' '}
        <span className="muted small">({(file.size / 1024).toFixed(1)} KB) — not saved yet</span>
      </h3>
      {result.sites.length === 0 ? (
        <p className="notice info">The file matches the database: importing it would change nothing.</p>
      ) : (
        <ChangesTable result={result} sites={sites} />
      )}
      {removals && (
        <p className="notice warn">
          Some entities are missing from the file and will be <strong>removed</strong> (−). Check that the file is
          complete.
        </p>
      )}
      {preview.reasonRequired && (
        <p className="notice info">A regulated site changes: Apply asks for the reason, kept in the audit trail.</p>
      )}
      {error !== null && <ErrorBox error={error} />}
      <div className="toolbar">
        <button type="button" className="primary" onClick={onApply} disabled={applying || changes === 0}>
          {applying ? 'Applying…' : 'Apply'}
        </button>
        <button type="button" onClick={onCancel} disabled={applying}>
          Choose another file
        </button>
      </div>
    </div>
  );
}
