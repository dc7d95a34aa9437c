// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Checklist, type ChecklistProps } from './Checklist.js';
import { withStatus } from './checklist-model.js';
import type { ChecklistItem } from './zone-api.js';

const item = (id: string, fr: number, minSl: number, extra: Partial<ChecklistItem> = {}): ChecklistItem => ({
  id,
  fr,
  minSl,
  title: `Title of ${id}`,
  description: `What ${id} asks`,
  applies: minSl <= 2,
  result: null,
  controls: [],
  satisfied: false,
  ...extra,
});

const ITEMS: ChecklistItem[] = [
  item('SR 1.1', 1, 1, { result: { status: 'implemented' }, satisfied: true }),
  item('SR 1.2', 1, 2, {
    result: { status: 'partial', note: 'Only on HMIs', assessedBy: 'a.keller', assessedAt: '2026-01-02' },
  }),
  item('SR 1.3', 1, 1),
  item('SR 1.1 RE 2', 1, 3),
  item('SR 2.1', 2, 1, { result: { status: 'not-implemented' } }),
];

const WHO = { by: 'assessor@demo.c981.example', at: '2026-11-25' };

function setup(overrides: Partial<ChecklistProps> = {}) {
  const onSave = vi.fn<ChecklistProps['onSave']>(() => Promise.resolve());
  const props: ChecklistProps = {
    scope: 'bsl-ctl-api',
    items: ITEMS,
    blocking: ['SR 1.2', 'SR 1.3', 'SR 2.1'],
    slTarget: [2, 2, 2, 2, 2, 2, 2],
    slAchieved: [0, 0, 0, 0, 0, 0, 0],
    filters: {},
    canEdit: true,
    who: WHO,
    onSave,
    ...overrides,
  };
  render(<Checklist {...props} />);
  return { onSave };
}

const row = (id: string) => screen.getByRole('row', { name: new RegExp(`^${id.replace(/\./g, '\\.')} `) });

afterEach(cleanup);

describe('Checklist', () => {
  it('groups the required items by FR with counts and highlights blocking ones', () => {
    setup();
    expect(screen.getByText(/FR 1 IAC/)).toBeTruthy();
    expect(screen.getByText(/FR 2 UC/)).toBeTruthy();
    expect(screen.getByText(/1 of 3 satisfied/)).toBeTruthy();
    // SR 1.1 RE 2 is an SL-3 item: not required at SL-T 2, hidden by default.
    expect(screen.queryByRole('row', { name: /^SR 1\.1 RE 2 / })).toBeNull();
    expect(row('SR 1.3').className).toContain('blocking');
    expect(row('SR 1.1').className).not.toContain('blocking');
  });

  it('shows items above the SL-T on request and filters by FR, status and text', () => {
    setup({ filters: { all: true } });
    expect(row('SR 1.1 RE 2')).toBeTruthy();
    cleanup();
    setup({ filters: { status: 'blocking' } });
    expect(screen.getAllByRole('row', { name: /^SR / }).map((r) => r.dataset.id)).toEqual([
      'SR 1.2',
      'SR 1.3',
      'SR 2.1',
    ]);
    cleanup();
    setup({ filters: { fr: 2 } });
    expect(screen.getAllByRole('row', { name: /^SR / }).map((r) => r.dataset.id)).toEqual(['SR 2.1']);
    cleanup();
    setup({ filters: { q: 'hmis' } });
    expect(screen.getAllByRole('row', { name: /^SR / }).map((r) => r.dataset.id)).toEqual(['SR 1.2']);
    cleanup();
    setup({ filters: { status: 'unassessed' } });
    expect(screen.getAllByRole('row', { name: /^SR / }).map((r) => r.dataset.id)).toEqual(['SR 1.3']);
  });

  it('keeps one row in the tab order and moves focus with arrows and j/k', () => {
    setup();
    const rows = screen.getAllByRole('row', { name: /^SR / });
    expect(rows.map((r) => r.tabIndex)).toEqual([0, -1, -1, -1]);
    rows[0]!.focus();
    fireEvent.keyDown(rows[0]!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('SR 1.2'));
    fireEvent.keyDown(row('SR 1.2'), { key: 'j' });
    expect(document.activeElement).toBe(row('SR 1.3'));
    fireEvent.keyDown(row('SR 1.3'), { key: 'k' });
    expect(document.activeElement).toBe(row('SR 1.2'));
    fireEvent.keyDown(row('SR 1.2'), { key: 'ArrowUp' });
    expect(document.activeElement).toBe(row('SR 1.1'));
    fireEvent.keyDown(row('SR 1.1'), { key: 'End' });
    expect(document.activeElement).toBe(row('SR 2.1'));
    expect(row('SR 2.1').tabIndex).toBe(0);
    expect(row('SR 1.1').tabIndex).toBe(-1);
  });

  it('saves the status of the focused row from one key and moves to the next row', async () => {
    const { onSave } = setup();
    row('SR 1.3').focus();
    await act(async () => {
      fireEvent.keyDown(row('SR 1.3'), { key: 'i' });
    });
    expect(onSave).toHaveBeenCalledWith({ scope: 'bsl-ctl-api', results: { 'SR 1.3': 'implemented' } });
    expect(document.activeElement).toBe(row('SR 2.1'));
    await act(async () => {
      fireEvent.keyDown(row('SR 2.1'), { key: 'l' });
    });
    expect(onSave).toHaveBeenLastCalledWith({ scope: 'bsl-ctl-api', results: { 'SR 2.1': 'planned' } });
    // x clears a result.
    row('SR 1.1').focus();
    await act(async () => {
      fireEvent.keyDown(row('SR 1.1'), { key: 'x' });
    });
    expect(onSave).toHaveBeenLastCalledWith({ scope: 'bsl-ctl-api', results: { 'SR 1.1': null } });
  });

  it('keeps notes when a key changes the status, and records who changed it', async () => {
    const { onSave } = setup();
    row('SR 1.2').focus();
    await act(async () => {
      fireEvent.keyDown(row('SR 1.2'), { key: 'i' });
    });
    expect(onSave).toHaveBeenCalledWith({
      scope: 'bsl-ctl-api',
      results: {
        'SR 1.2': { status: 'implemented', note: 'Only on HMIs', assessedBy: WHO.by, assessedAt: WHO.at },
      },
    });
  });

  it('shows the new status while saving and the error with a retry when saving fails', async () => {
    let fail!: (e: Error) => void;
    const onSave = vi.fn(() => new Promise<void>((_, reject) => (fail = reject)));
    setup({ onSave });
    fireEvent.change(screen.getByLabelText('Status of SR 1.3'), { target: { value: 'partial' } });
    expect(screen.getByLabelText<HTMLSelectElement>('Status of SR 1.3').value).toBe('partial');
    expect(within(row('SR 1.3')).getByText(/Saving/)).toBeTruthy();
    await act(async () => fail(new Error('scope "x" is not a zone')));
    await waitFor(() => expect(within(row('SR 1.3')).getByRole('alert').textContent).toContain('is not a zone'));
    expect(screen.getByLabelText<HTMLSelectElement>('Status of SR 1.3').value).toBe('');
    expect(within(row('SR 1.3')).getByRole('button', { name: 'Retry' })).toBeTruthy();
  });

  it('edits notes and evidence in the row detail and saves the object form', async () => {
    const { onSave } = setup();
    row('SR 2.1').focus();
    fireEvent.keyDown(row('SR 2.1'), { key: 'Enter' });
    fireEvent.change(screen.getByLabelText('Notes on SR 2.1'), { target: { value: 'Roles defined in the DCS' } });
    const evidence = screen.getByLabelText('New evidence for SR 2.1');
    fireEvent.change(evidence, { target: { value: 'https://dms.example/doc/42' } });
    fireEvent.keyDown(evidence, { key: 'Enter' });
    fireEvent.change(evidence, { target: { value: 'CHG-2026-114' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add evidence' }));
    fireEvent.click(screen.getByRole('button', { name: 'Remove evidence CHG-2026-114' }));
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save details' }));
    });
    expect(onSave).toHaveBeenCalledWith({
      scope: 'bsl-ctl-api',
      results: {
        'SR 2.1': {
          status: 'not-implemented',
          note: 'Roles defined in the DCS',
          evidence: ['https://dms.example/doc/42'],
          assessedBy: WHO.by,
          assessedAt: WHO.at,
        },
      },
    });
  });

  it('is read-only without result.update: no editors, keys change nothing', () => {
    const { onSave } = setup({ canEdit: false });
    expect(screen.queryAllByRole('combobox')).toHaveLength(0);
    row('SR 1.3').focus();
    fireEvent.keyDown(row('SR 1.3'), { key: 'i' });
    expect(onSave).not.toHaveBeenCalled();
    // Details still open, showing notes without a textbox.
    fireEvent.keyDown(row('SR 1.2'), { key: 'Enter' });
    expect(screen.getByText('Only on HMIs', { selector: 'p' })).toBeTruthy();
    expect(screen.queryAllByRole('textbox')).toHaveLength(0);
    expect(screen.queryByRole('button', { name: /Save/ })).toBeNull();
  });
});

describe('withStatus', () => {
  it('writes a bare status unless the result carries details', () => {
    expect(withStatus(null, 'planned', WHO)).toBe('planned');
    expect(withStatus({ status: 'partial' }, 'implemented', WHO)).toBe('implemented');
    expect(withStatus({ status: 'partial', evidence: ['a'] }, 'implemented', WHO)).toEqual({
      status: 'implemented',
      evidence: ['a'],
    });
    expect(withStatus({ status: 'partial', note: 'n' }, null, WHO)).toBeNull();
  });
});
