// The offline assessment round trip in a real browser: an assessor downloads a zone's checklist
// from the zone page, fills it in a spreadsheet (exceljs here) while a colleague changes one of
// the same requirements in C-981, uploads it, sees the change and the conflict in the preview,
// lets the file win, imports, and finds the checklist updated.
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { expect, it } from 'vitest';
import { LOCAL_ACTOR } from '../../server/actor.js';
import { putResults } from '../../server/features/results/results.service.js';
import { describeE2E, screenshot, SCREENSHOTS } from './harness.js';

const SITE = 'emmen-packaging';
const ZONE = 'emm-ctl-fill';
// FR 1 only: both requirements the test changes are there, and the screenshots stay short.
const PAGE = `/sites/${SITE}/zones/${ZONE}?fr=1`;

/** Types one requirement's status and note into its FR sheet. */
function fill(wb: ExcelJS.Workbook, requirement: string, status: string, note: string, evidence?: string): void {
  const ws = wb.worksheets.find((w) => w.name.startsWith(`FR ${requirement.slice(3, 4)} `));
  ws?.eachRow((row) => {
    if (row.getCell(1).value !== requirement) return;
    row.getCell(6).value = status;
    row.getCell(7).value = note;
    if (evidence) row.getCell(8).value = evidence;
  });
}

describeE2E('offline assessment', (e2e) => {
  it('downloads the checklist, imports the filled workbook with a conflict resolved, and shows the new results', async () => {
    const page = await e2e.signedIn('assessor');
    await page.goto(PAGE);
    const panel = page.getByRole('region', { name: 'Work offline' });
    const link = panel.getByRole('link', { name: 'Download checklist (XLSX)' });
    await link.waitFor();
    await screenshot(page, 'offline-panel');

    // The link's file, fetched by the page with the session cookie as a click would.
    const href = await link.getAttribute('href');
    const bytes = await page.evaluate(async (url) => {
      const res = await fetch(url ?? '');
      if (!res.ok) throw new Error(`${res.status}`);
      return [res.headers.get('content-disposition'), Array.from(new Uint8Array(await res.arrayBuffer()))] as const;
    }, href);
    expect(bytes[0]).toMatch(
      new RegExp(`^attachment; filename="checklist-${SITE}-${ZONE}-\\d{4}-\\d{2}-\\d{2}\\.xlsx"$`),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(bytes[1]) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((w) => w.name)).toContain('FR 7 RA');
    fill(wb, 'SR 1.9', 'implemented', 'Central PKI in place since the spring shutdown.', 'https://dms.example/emm/pki');
    fill(wb, 'SR 1.13', 'implemented', 'OEM eWON removed; remote access only through the jump host.');
    const filled = Buffer.from(await wb.xlsx.writeBuffer());

    // Meanwhile a colleague records something else for SR 1.13 in C-981.
    await putResults(e2e.db, LOCAL_ACTOR, SITE, {
      scope: ZONE,
      results: { 'SR 1.13': { status: 'not-implemented', note: 'eWON found powered on during the audit.' } },
    });

    await panel.getByLabel('Upload filled checklist').setInputFiles({
      name: 'checklist-filled.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: filled,
    });
    const preview = page.getByRole('region', { name: 'Checklist import preview' });
    await preview.getByRole('row', { name: /^Change of SR 1\.9/ }).waitFor();
    const conflict = preview.getByRole('row', { name: /^Conflict on SR 1\.13/ });
    expect(await conflict.textContent()).toContain('eWON found powered on during the audit.');
    const importButton = preview.getByRole('button', { name: /^Import/ });
    expect(await importButton.isDisabled()).toBe(true);
    await conflict.getByLabel('File').check();
    expect(await importButton.textContent()).toBe('Import 2 changes');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'offline-preview');
    await panel.screenshot({ path: join(SCREENSHOTS, 'offline-preview-panel.png') });

    await importButton.click();
    await panel.getByText('Imported checklist-filled.xlsx.').waitFor();
    expect(await panel.getByRole('status').textContent()).toContain('2 results changed');
    await expect.poll(() => page.getByLabel('Status of SR 1.9', { exact: true }).inputValue()).toBe('implemented');
    expect(await page.getByLabel('Status of SR 1.13', { exact: true }).inputValue()).toBe('implemented');
    // From the top: a full-page shot taken scrolled down draws the sticky header mid-page.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'offline-imported');
  });

  it('lets a viewer download the checklist but offers no upload', async () => {
    const page = await e2e.signedIn('viewer');
    await page.goto(PAGE);
    const panel = page.getByRole('region', { name: 'Work offline' });
    await panel.getByRole('link', { name: 'Download checklist (XLSX)' }).waitFor();
    expect(await panel.getByLabel('Upload filled checklist').count()).toBe(0);
  });
});
