// Import an asset list from a spreadsheet into one site (issue #8 item 2): choose the file, check
// the column mapping the server guessed, preview the rows (a dry run: counts and every row error),
// then import, all or nothing, with a reason on regulated sites.
import { Link, getRouteApi } from '@tanstack/react-router';
import { useCan } from '../../auth/session.js';
import { SiteNav } from '../../components/SiteNav.js';
import { ErrorBox, Loading } from '../../components/states.js';
import { changeCount, rowErrors, type AssetImportAnswer } from './asset-import-api.js';
import { FilePicker } from './FilePicker.js';
import { MappingStep } from './MappingStep.js';
import { ImportCounts, PreviewTable, RowErrorsTable } from './PreviewStep.js';
import type { AssetImportSearch } from './search.js';
import { useAssetImport, type Phase } from './use-asset-import.js';
import '../../components/modal.css';
import '../site-files/site-files.css';
import './asset-import.css';

const route = getRouteApi('/app/sites/$site/import-assets');

const STEPS: [Phase, string][] = [
  ['choose', 'File'],
  ['mapping', 'Columns'],
  ['preview', 'Preview'],
  ['done', 'Imported'],
];

export function AssetImportPage() {
  const { site } = route.useParams();
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const may = useCan('asset.create', site);
  const key = search.key ?? 'id';
  const flow = useAssetImport(site, key);
  const onKey = (next: AssetImportSearch['key']) => {
    void navigate({ search: { key: next === 'id' ? undefined : next }, replace: true });
    flow.recheckWithKey(next ?? 'id');
  };

  return (
    <div className="asset-import-page">
      <SiteNav site={site} title="Import assets from a spreadsheet" />
      {!may ? (
        <p className="notice info">
          You may not add assets to this site: assessors and site administrators import asset lists.
        </p>
      ) : (
        <section className="panel" aria-label="Import assets">
          <ol className="import-steps">
            {STEPS.map(([phase, label], i) => (
              <li key={phase} aria-current={flow.phase === phase ? 'step' : undefined}>
                {i + 1}. {label}
              </li>
            ))}
          </ol>
          {flow.phase !== 'done' && <FilePicker file={flow.file} busy={flow.busy} onFile={flow.chooseFile} />}
          {flow.busy && <Loading what={flow.file ? `and checking ${flow.file.name}` : 'the file'} />}
          {flow.error !== null && <Failure error={flow.error} />}
          {flow.answer && flow.phase === 'mapping' && (
            <>
              <MappingStep
                columns={flow.answer.columns}
                importKey={key}
                busy={flow.busy}
                onField={flow.setField}
                onKey={onKey}
              />
              <HeaderProblems answer={flow.answer} />
              <div className="toolbar">
                <button type="button" className="primary" disabled={flow.busy} onClick={flow.toPreview}>
                  Preview rows
                </button>
                <span className="muted small">Nothing is saved before you import.</span>
              </div>
            </>
          )}
          {flow.answer && flow.phase === 'preview' && (
            <Preview answer={flow.answer} busy={flow.busy} onImport={flow.commit} onBack={flow.toMapping} />
          )}
          {flow.answer && flow.phase === 'done' && (
            <div className="import-done" role="status">
              <p className="notice ok">
                <strong>Imported {flow.file?.name}:</strong> {flow.answer.rows.create} created,{' '}
                {flow.answer.rows.update} updated, {flow.answer.rows.unchanged} unchanged. The audit trail has the
                record.
              </p>
              <div className="toolbar">
                <Link to="/inventory" search={{ site }} className="button primary-link">
                  Show in the inventory
                </Link>
                <button type="button" onClick={flow.restart}>
                  Import another file
                </button>
              </div>
            </div>
          )}
        </section>
      )}
    </div>
  );
}

function Failure({ error }: { error: unknown }) {
  const rows = rowErrors(error);
  return rows.length > 0 ? (
    <RowErrorsTable errors={rows} total={new Set(rows.map((r) => r.row)).size} />
  ) : (
    <ErrorBox error={error} />
  );
}

/** Problems of the header row itself (a mapping naming a missing column, no key column). */
function HeaderProblems({ answer }: { answer: AssetImportAnswer }) {
  if (answer.preview.length > 0 || answer.errors.length === 0) return null;
  return (
    <div className="notice danger" role="alert">
      {answer.errors.map((e) => (
        <div key={e.message}>
          Row {e.row}: {e.message}
        </div>
      ))}
    </div>
  );
}

function Preview({
  answer,
  busy,
  onImport,
  onBack,
}: {
  answer: AssetImportAnswer;
  busy: boolean;
  onImport: () => void;
  onBack: () => void;
}) {
  const changes = changeCount(answer);
  return (
    <div className="asset-preview">
      <ImportCounts answer={answer} />
      {answer.errors.length > 0 && <RowErrorsTable errors={answer.errors} total={answer.rows.errors} />}
      {answer.errors.length === 0 && changes === 0 && (
        <p className="notice info">Every row matches the site already: importing would change nothing.</p>
      )}
      {answer.reasonRequired && answer.errors.length === 0 && (
        <p className="notice info">This site is regulated: Import asks for the reason, kept in the audit trail.</p>
      )}
      <h3>
        First rows <span className="muted small">(of {answer.rows.total})</span>
      </h3>
      <PreviewTable rows={answer.preview} />
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={busy || answer.errors.length > 0 || changes === 0}
          onClick={onImport}
        >
          Import {answer.rows.create} new and {answer.rows.update} updated assets
        </button>
        <button type="button" onClick={onBack} disabled={busy}>
          Back to the columns
        </button>
      </div>
    </div>
  );
}
