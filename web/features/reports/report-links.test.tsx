// @vitest-environment happy-dom
// The download links of the Reports tab and the portfolio: one per format, to the report routes.
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { PortfolioReportLinks } from './PortfolioReportLinks.js';
import { portfolioReportHref, siteReportHref } from './report-links.js';

afterEach(cleanup);

describe('report links', () => {
  it('point at the site report routes with the format, ids encoded', () => {
    expect(siteReportHref('basel', 'gaps', 'pdf')).toBe('/api/v1/sites/basel/reports/gaps?format=pdf');
    expect(siteReportHref('a b', 'zones', 'xlsx')).toBe('/api/v1/sites/a%20b/reports/zones?format=xlsx');
    expect(portfolioReportHref('csv')).toBe('/api/v1/reports/portfolio?format=csv');
  });

  it('offer the portfolio summary in every format as a download', () => {
    render(<PortfolioReportLinks />);
    const links = screen.getAllByRole('link');
    expect(links.map((a) => a.getAttribute('aria-label'))).toEqual([
      'Executive portfolio summary as PDF',
      'Executive portfolio summary as XLSX',
      'Executive portfolio summary as CSV',
      'Executive portfolio summary as HTML',
    ]);
    expect(links.every((a) => a.hasAttribute('download'))).toBe(true);
    expect(links[0]?.getAttribute('href')).toBe('/api/v1/reports/portfolio?format=pdf');
  });
});
