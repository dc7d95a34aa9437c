import { describe, expect, it } from 'vitest';
import { passwordProblems } from './password-policy.js';
import { hashPassword, verifyPassword } from './passwords.js';

describe('password policy', () => {
  it('accepts a long passphrase', () => {
    expect(passwordProblems('violet-kettle-harbour-42', { email: 'ann@example.com', name: 'Ann Berg' })).toEqual([]);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(passwordProblems('🔒🔑🚪🧯🛡🧭')).toEqual([expect.stringMatching(/at least 12 characters; got 6/)]);
    expect(passwordProblems('grüße-aus-zürich')).toEqual([]);
  });

  it('refuses common passwords however they are written', () => {
    for (const p of [
      'password1234',
      'Password 1234',
      'correcthorsebatterystaple',
      'Correct Horse Battery Staple',
      'qwertyuiop12',
      '123456789012',
      'letmein12345',
    ])
      expect(passwordProblems(p), p).toEqual(['is a commonly used password; choose another']);
  });

  it("refuses a short pattern repeated and the owner's address or name", () => {
    expect(passwordProblems('abcabcabcabc')).toEqual(['must not be one short pattern repeated']);
    const owner = { email: 'anna.berg@example.com', name: 'Anna Berg' };
    expect(passwordProblems('x-anna.berg@example.com', owner)).toEqual([
      'must not contain your email address',
      'must not contain your name',
    ]);
    expect(passwordProblems('Berg-is-my-secret', owner)).toEqual(['must not contain your name']);
    // Short name parts are ordinary syllables, not the name.
    expect(passwordProblems('violet-kettle-harbour-42', { email: 'al@example.com', name: 'Al Li' })).toEqual([]);
  });

  it('never puts the password into a message', () => {
    const p = 'password1234';
    expect(passwordProblems(p, { email: 'password1234@example.com' }).join(' ')).not.toContain(p);
  });
});

describe('password hashing', () => {
  it('stores a salted argon2id hash that verifies, and rejects garbage hashes', async () => {
    const a = await hashPassword('violet-kettle-harbour-42');
    const b = await hashPassword('violet-kettle-harbour-42');
    expect(a).toMatch(/^\$argon2id\$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword(a, 'violet-kettle-harbour-42')).toBe(true);
    expect(await verifyPassword(a, 'violet-kettle-harbour-43')).toBe(false);
    expect(await verifyPassword('not a hash', 'violet-kettle-harbour-42')).toBe(false);
  });

  it('verifies the same password typed in another Unicode form', async () => {
    const composed = 'zürich-harbour-lamp'.normalize('NFC');
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    expect(await verifyPassword(await hashPassword(composed), decomposed)).toBe(true);
  });
});
