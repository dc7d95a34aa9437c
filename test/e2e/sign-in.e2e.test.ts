// Sign-in, the account menu, sign-out, deep links and wrong passwords, in a real browser.
import { expect, it } from 'vitest';
import { DEMO_PASSWORD, describeE2E, screenshot } from './harness.js';

describeE2E('signing in and out', (e2e) => {
  it('sends an anonymous visitor of a deep link to sign in, then back to the page', async () => {
    const { page } = await e2e.newPage();
    await page.goto('/audit?site=basel');
    await page.waitForURL(/\/login\?redirect=/);
    await screenshot(page, 'login');
    await page.getByLabel('Email').fill('viewer@demo.c981.example');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/audit' && url.searchParams.get('site') === 'basel');
  });

  it("shows the API's message for a wrong password", async () => {
    const { page } = await e2e.newPage();
    await page.goto('/login');
    await page.getByLabel('Email').fill('viewer@demo.c981.example');
    await page.getByLabel('Password').fill('not the password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/password/i);
  });

  it('signs out from the account menu', async () => {
    const page = await e2e.signedIn('assessor');
    await page.getByRole('button', { name: 'Ines Integrator' }).first().click();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await page.waitForURL(/\/login/);
    const me = await page.evaluate(async () => (await fetch('/api/v1/auth/me')).status);
    expect(me).toBe(401);
  });
});
