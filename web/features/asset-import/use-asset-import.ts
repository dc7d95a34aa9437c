// The import's steps as state: the chosen file, the mapping the user changed, the last dry run
// and the step shown. Every change of file, column or key is checked at once by a dry run, so what
// the preview shows is what Import writes.
import { useCallback, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ImportField, ImportKey } from '../../../core/asset-import/fields.js';
import { ApiError } from '../../api/client.js';
import { invalidateSite } from '../../api/queries.js';
import { useReason } from '../../components/Dialogs.js';
import { useSubmit } from '../../components/useSubmit.js';
import { overridesFor, uploadAssets, type AssetImportAnswer, type Overrides } from './asset-import-api.js';

export type Phase = 'choose' | 'mapping' | 'preview' | 'done';

interface State {
  file: File | null;
  answer: AssetImportAnswer | null;
  overrides: Overrides;
  phase: Phase;
}

const START: State = { file: null, answer: null, overrides: {}, phase: 'choose' };

export function useAssetImport(site: string, key: ImportKey) {
  const queryClient = useQueryClient();
  const askReason = useReason();
  const submit = useSubmit();
  const [state, setState] = useState<State>(START);
  const { run } = submit;

  const check = useCallback(
    (file: File, overrides: Overrides, importKey: ImportKey, phase: Phase) =>
      run(async () => {
        let answer = await uploadAssets(site, file, { key: importKey, overrides: {}, dryRun: true });
        // Mappings made for another file carry over where that file has the same headers.
        const kept = overridesFor(
          overrides,
          answer.columns.map((c) => c.header),
        );
        if (Object.keys(kept).length > 0)
          answer = await uploadAssets(site, file, { key: importKey, overrides: kept, dryRun: true });
        setState({ file, answer, overrides: kept, phase });
      }),
    [run, site],
  );

  const chooseFile = (file: File) =>
    void check(file, state.overrides, key, state.phase === 'preview' ? 'preview' : 'mapping');

  const setField = (header: string, field: ImportField | null) => {
    if (!state.file) return;
    void check(state.file, { ...state.overrides, [header]: field }, key, state.phase);
  };

  const recheckWithKey = (next: ImportKey) => {
    if (state.file) void check(state.file, state.overrides, next, state.phase);
  };

  const commit = () =>
    run(async () => {
      const { file, answer, overrides } = state;
      if (!file || !answer) return;
      // Throws Cancelled (which useSubmit ignores) when the user backs out.
      let reason = answer.reasonRequired ? await askReason({ regulated: true }, 'import these assets') : undefined;
      let done: AssetImportAnswer;
      try {
        done = await uploadAssets(site, file, { key, overrides, dryRun: false, reason });
      } catch (e) {
        // The site became regulated since the dry run: ask now rather than fail.
        if (!(e instanceof ApiError && e.code === 'C981_ERR_REASON_REQUIRED' && reason === undefined)) throw e;
        reason = await askReason({ regulated: true }, 'import these assets');
        done = await uploadAssets(site, file, { key, overrides, dryRun: false, reason });
      }
      setState({ ...state, answer: done, phase: 'done' });
      await Promise.all([invalidateSite(queryClient, site), queryClient.invalidateQueries({ queryKey: ['audit'] })]);
    });

  return {
    ...state,
    busy: submit.busy,
    error: submit.error,
    chooseFile,
    setField,
    recheckWithKey,
    commit: () => void commit(),
    toPreview: () => setState((s) => ({ ...s, phase: 'preview' })),
    toMapping: () => setState((s) => ({ ...s, phase: 'mapping' })),
    restart: () => setState(START),
  };
}
