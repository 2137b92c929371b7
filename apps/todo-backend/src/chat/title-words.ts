// How a task reference's words are found in a title: each word whole ("car" is not in "Scarf shopping"), and without
// the articles and possessives a sentence wraps them in ("the old sofa" names "Take old sofa to the tip").

/** Words that only point: a title need not have them to be the one named. */
const POINTING = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that']);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The words of a reference to look for, lower case; all of them when they only point ("that one"). */
export function referenceWords(reference: string): string[] {
  const words = reference.toLowerCase().split(/\s+/).filter(Boolean);
  const named = words.filter((word) => !POINTING.has(word));
  return named.length > 0 ? named : words;
}

/** Every word appears as a whole word of the title. */
export function titleHasWords(title: string, words: string[]): boolean {
  return words.every((word) => new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRegExp(word)}(?:$|[^\\p{L}\\p{N}])`, 'iu').test(title));
}
