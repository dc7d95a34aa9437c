// @vitest-environment happy-dom
// The cells of a finding that carry its urgency: exposure, the fix (or its absence) and triage.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { finding } from './fixtures.js';
import { DecisionChip, ExposureBadge, FixCell } from './FindingRow.js';

afterEach(cleanup);

describe('finding cells', () => {
  it('names the exposing zones, and shows nothing for an unexposed asset', () => {
    render(<ExposureBadge f={{ exposed: true, exposedVia: ['Business network', 'Remote access'] }} />);
    const badge = screen.getByText('exposed via Business network, Remote access');
    expect(badge.getAttribute('title')).toBe('Reachable through conduits from: Business network, Remote access');
    cleanup();
    const { container } = render(<ExposureBadge f={{ exposed: false, exposedVia: [] }} />);
    expect(container.textContent).toBe('');
  });

  it('shows the fixed versions, or that only compensating controls help', () => {
    render(<FixCell f={finding()} />);
    screen.getByText('fix available');
    screen.getByText('V33.015');
    screen.getByText('vendor fix');
    cleanup();
    render(
      <FixCell
        f={finding({ fixAvailable: false, fixedIn: [], remediations: ['mitigation', 'no_fix_planned', 'mitigation'] })}
      />,
    );
    screen.getByText('no fix — compensating controls only');
    // Each category once.
    expect(screen.getAllByText('mitigation')).toHaveLength(1);
    expect(screen.getByText('no fix planned').className).toBe('badge danger');
  });

  it('labels the triage decision', () => {
    render(
      <>
        <DecisionChip decision="now" />
        <DecisionChip decision={null} />
      </>,
    );
    expect(screen.getByText('Now').className).toBe('badge decision-now');
    screen.getByText('untriaged');
  });
});
