// The phrasing grids (`*-grid.test.ts`) build sentences as combinations of independent choices (how a value is said,
// where it sits, which task, what wraps the request). All combinations are too many; a fixed, seeded sample of them
// is read, the same on every run, so a failure names a sentence that fails again.

/** A small linear congruential generator: numbers in [0, 1), the same for the same seed. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

export function pick<T>(items: readonly T[], random: () => number): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

/** Lead-ins and tails a request can come with; none of them changes its meaning. */
export const CAN_YOU = (said: string) => `can you ${said}?`;
export const WRAPS: readonly ((said: string) => string)[] = [
  (said) => said,
  (said) => `please ${said}`,
  CAN_YOU,
  (said) => `${said} pls`,
  (said) => `${said}, thanks`,
  (said) => `oh and ${said}`,
  (said) => `ok ${said}`,
];

/** Rows keyed by phrase, so a phrase drawn twice is read once; `size` rows drawn by `draw`, after the fixed ones. */
export function sample<Row>(fixed: readonly [string, Row][], size: number, draw: () => [string, Row]): [string, Row][] {
  const rows = new Map<string, Row>(fixed);
  const wanted = rows.size + size;
  for (let tries = 0; rows.size < wanted && tries < size * 20; tries++) {
    const [phrase, row] = draw();
    rows.set(phrase, row);
  }
  return [...rows.entries()];
}
