// Qualifier tokens of ICS versions (service packs, updates, hotfixes, …) and their order.
//
// Ranks decide between two *different* qualifiers at the same position, e.g. `V15.1 SP1` vs
// `V15.1 Update 4`: a service pack is a bigger step than an update, so SP sorts higher. Equal
// qualifiers compare by their number. All ranks are non-zero: 0 is the implicit END of a list,
// so positive qualifiers sort after the bare base version and pre-releases (negative) before it.

const RANKS: Readonly<Record<string, number>> = {
  w: 1, // unknown word: after the base so distinct texts stay distinct, compared by spelling
  num: 2, // a bare number after the release: "2.11 R3 2259", Linux-style "1.9-40", "(10)"
  letter: 3, // "1.04E": a letter as a minor step
  build: 4,
  rev: 5, // revision / rebuild, "MX-V4.0.2.33.r2" is tagged r though, see below
  hf: 6, // hotfix "V4.93 HF7", "R510.2_HF14"
  p: 7, // patch "2020 R2 P01", "V3.15 P018"
  update: 8, // "V15.1 Update 4", "V15.1 Upd 4", "V4.1_Update_2"
  tcu: 9, // Honeywell "R511.5_TCU4_HF4"
  fp: 10, // feature pack "3.8.0_Feature_Pack_1", "FP2"
  sp: 11, // service pack "V14 SP1"
  r: 12, // release "2020 R2" (and Mobotix ".r2" rebuilds, which only ever follow a full release)
};

const WORDS: Readonly<Record<string, string>> = {
  upd: 'update',
  update: 'update',
  hf: 'hf',
  hotfix: 'hf',
  p: 'p',
  patch: 'p',
  r: 'r',
  rel: 'r',
  release: 'r',
  rev: 'rev',
  build: 'build',
  tcu: 'tcu',
  fp: 'fp',
  sp: 'sp',
};

/** Rank of a qualifier word as written (lowercase), or undefined when it is not a qualifier. */
export function qualifierRank(word: string): number | undefined {
  const tag = WORDS[word];
  return tag === undefined ? undefined : RANKS[tag];
}

/** The canonical tag for a qualifier word (`upd` → `update`), or the word itself. */
export function canonicalTag(word: string): string {
  return WORDS[word] ?? word;
}

function rankOf(tag: string): number {
  if (tag.startsWith('pre:')) return -1;
  if (tag.startsWith('w:')) return RANKS.w!;
  return RANKS[tag] ?? RANKS.w!;
}

function cmp<T extends number | string>(a: T, b: T): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Compares two qualifier lists [tag, number, tag, number, …] lexicographically, each ending in an
 * implicit END token of rank 0. Tokens compare by rank, then tag spelling (for words and
 * pre-releases), then number.
 */
export function compareTagged(a: readonly (number | string)[], b: readonly (number | string)[]): number {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i += 2) {
    const ta = a[i];
    const tb = b[i];
    const ra = typeof ta === 'string' ? rankOf(ta) : 0;
    const rb = typeof tb === 'string' ? rankOf(tb) : 0;
    if (ra !== rb) return ra < rb ? -1 : 1;
    if (ra === 0) return 0; // both ended
    const byTag = cmp(String(ta), String(tb));
    if (byTag !== 0) return byTag;
    const na = typeof a[i + 1] === 'number' ? (a[i + 1] as number) : 0;
    const nb = typeof b[i + 1] === 'number' ? (b[i + 1] as number) : 0;
    if (na !== nb) return na < nb ? -1 : 1;
  }
  return 0;
}
