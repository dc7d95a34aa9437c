// @vitest-environment happy-dom
// The triage dialog: opens on the decision picked, offers the site's compensating controls (the
// asset's zone first) and roadmap actions, and hands back the form.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { controlsQuery, type Control } from '../controls/controls-api.js';
import { actionsQuery, type ActionView } from '../roadmap/roadmap-api.js';
import { finding } from './fixtures.js';
import type { TriageForm } from './triage-form.js';
import { TriageDialog } from './TriageDialog.js';

afterEach(cleanup);

const control = (id: string, scope: string): Control => ({
  site: 'basel',
  id,
  scope,
  requirements: ['SR 1.1'],
  kind: 'segmentation',
  description: `Control ${id}`,
  abilities: [],
});

function setup(decision?: 'now' | 'next' | 'never') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false, staleTime: Infinity } } });
  client.setQueryData(controlsQuery('basel').queryKey, [
    control('cc-other', 'bsl-ent'),
    control('cc-solv', 'bsl-ctl-solv'),
  ]);
  client.setQueryData(actionsQuery('basel').queryKey, [
    {
      id: 'a-fw-upgrade',
      title: 'Upgrade Logix firmware',
      scope: 'bsl-ctl-solv',
      status: 'planned',
      due: '2027-02-01',
    },
  ] as unknown as ActionView[]);
  const onSubmit = vi.fn<(form: TriageForm) => void>();
  render(
    <QueryClientProvider client={client}>
      <TriageDialog
        site="basel"
        finding={finding()}
        decision={decision}
        onSubmit={onSubmit}
        onCancel={() => undefined}
        error={null}
        busy={false}
      />
    </QueryClientProvider>,
  );
  return { onSubmit };
}

describe('TriageDialog', () => {
  it('starts on the decision picked and sends owner, due date and links', () => {
    const { onSubmit } = setup('now');
    const dialog = screen.getByRole('dialog', { name: 'Triage ICSA-24-214-09 on Solvent recovery PLC 3' });
    expect(within(dialog).getByRole<HTMLInputElement>('radio', { name: /^Now/ }).checked).toBe(true);
    fireEvent.change(within(dialog).getByLabelText('Owner'), { target: { value: 'Production engineering' } });
    fireEvent.change(within(dialog).getByLabelText('Due'), { target: { value: '2026-12-15' } });
    const controls = within(dialog).getByLabelText<HTMLSelectElement>('Compensating control');
    // The asset's zone's controls come first.
    expect([...controls.options].map((o) => o.value)).toEqual(['', 'cc-solv', 'cc-other']);
    fireEvent.change(controls, { target: { value: 'cc-solv' } });
    fireEvent.change(within(dialog).getByLabelText('Roadmap action'), { target: { value: 'a-fw-upgrade' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save triage' }));
    expect(onSubmit).toHaveBeenCalledWith({
      decision: 'now',
      owner: 'Production engineering',
      due: '2026-12-15',
      note: '',
      compensatingControlId: 'cc-solv',
      roadmapActionId: 'a-fw-upgrade',
    });
  });

  it('can leave a finding undecided', () => {
    const { onSubmit } = setup();
    fireEvent.click(screen.getByRole('radio', { name: /Never/ }));
    fireEvent.click(screen.getByRole('radio', { name: /Undecided/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Save triage' }));
    expect(onSubmit.mock.calls[0]?.[0].decision).toBeNull();
  });
});
