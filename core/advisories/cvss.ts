// CVSS scores for advisories: CSAF 2.0 carries v2/v3 score objects, CISA links v4 vectors as FIRST
// calculator URLs. Scores are computed from vectors with ae-cvss-calculator when a document gives a
// vector without a usable number, so the triage order never rests on a missing score.
import cvssCalculator from 'ae-cvss-calculator';

// The package is a CommonJS bundle: its named exports are only reachable through the default import.
const { Cvss2, Cvss3P0, Cvss3P1, Cvss4P0 } = cvssCalculator;

/** Base score of a CVSS vector (2.0, 3.0, 3.1 or 4.0), or null when the vector does not parse. */
export function baseScoreOf(vector: string): number | null {
  try {
    const v = vector.trim();
    const calc = v.startsWith('CVSS:4.0/')
      ? new Cvss4P0(v)
      : v.startsWith('CVSS:3.1/')
        ? new Cvss3P1(v)
        : v.startsWith('CVSS:3.0/')
          ? new Cvss3P0(v)
          : /^AV:[LAN]\//.test(v)
            ? new Cvss2(v)
            : null;
    if (!calc) return null;
    const base = calc.calculateScores().base;
    return typeof base === 'number' && Number.isFinite(base) ? base : null;
  } catch {
    return null;
  }
}

const V4_IN_URL = /(CVSS:4\.0\/[A-Za-z:/]+)/;

/** A CVSS v4 vector inside a reference URL such as FIRST's calculator link. */
export function cvssV4FromUrl(url: string): string | null {
  const m = V4_IN_URL.exec(decodeURIComponentSafe(url));
  return m ? m[1]!.replace(/\/+$/, '') : null;
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
