// A small deterministic random generator (mulberry32): the same seed number gives the same sequence, so a
// generated corpus or a fuzz run can be reproduced exactly.
export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** Any one of the items, uniformly. */
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** An index in [0, size) skewed toward 0 (u^power): a few items get most of the picks, as actors do in news. */
  skewed(size: number, power?: number): number;
}

export function random(seed: number): Random {
  let state = seed | 0;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)],
    chance: (p) => next() < p,
    skewed: (size, power = 3) => Math.floor(size * next() ** power),
  };
}
