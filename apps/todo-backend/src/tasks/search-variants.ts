/** Searches longer than this are matched as typed: each extra variant is one more trigram condition. */
const MAX_VARIED_LENGTH = 40;

/**
 * The search as typed, then once with each pair of neighbouring letters swapped ("paspsort" → … "passport").
 * Trigram similarity forgives a wrong, missing or extra letter but scores a swap poorly (two trigrams lost on
 * each side of it), and swapped letters are among the commonest typing slips.
 */
export function searchVariants(search: string): string[] {
  const variants = [search];
  if (search.length > MAX_VARIED_LENGTH) return variants;
  const letters = [...search];
  for (let i = 0; i + 1 < letters.length; i++) {
    const [a, b] = [letters[i] as string, letters[i + 1] as string];
    if (a === b || !/\p{L}/u.test(a) || !/\p{L}/u.test(b)) continue;
    variants.push([...letters.slice(0, i), b, a, ...letters.slice(i + 2)].join(''));
  }
  return [...new Set(variants)];
}
