import { createRequire } from 'node:module';

// Task titles matched by the roots of their words, so "I'm done cleaning the garage" finds "Clean the garage" and
// "washed the cars" finds "Wash car". The roots come from compromise (an English NLP library), loaded on first use:
// its load takes a few tenths of a second, which the app's start should not pay for a fallback few messages reach.
// It is loaded synchronously (its CommonJS build), so the interpreter, which reads a sentence without waiting, can
// use it too.

export type EnglishTerm = { text: string; pre?: string; post?: string; normal?: string; root?: string; tags: string[] };
type Nlp = ((text: string) => { compute(method: string): void; json(): { terms: EnglishTerm[] }[] }) & {
  world(): { model: { one: { lexicon: Record<string, string | undefined> } } };
};

let nlp: Nlp | undefined;

/** compromise, loaded on the first call. */
export function english(): Nlp {
  nlp ??= createRequire(import.meta.url)('compromise') as Nlp;
  return nlp;
}

/** A text's words as compromise tags them, with the root of each ("paid" → root "pay", tags Verb and PastTense). */
export function englishTerms(text: string): EnglishTerm[] {
  const doc = english()(text);
  doc.compute('root');
  return doc.json().flatMap((sentence) => sentence.terms);
}

/** Whether English knows the word as a verb's past tense ("sent", "paid"), not only as a guess from its ending. */
export function isPastTenseWord(word: string): boolean {
  return english().world().model.one.lexicon[word.toLowerCase()] === 'PastTense';
}

/** Words that say nothing about which task is meant. */
const FILLER = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'to', 'of', 'for', 'with', 'and', 'task', 'todo']);

/** The roots of a text's words, lower case, without fillers: "Cleaning the garages" → clean, garage. */
export async function wordRoots(text: string): Promise<string[]> {
  return englishTerms(text)
    .map((term) => (term.root ?? term.normal ?? '').toLowerCase())
    .filter((word) => word !== '' && !FILLER.has(word));
}

/** Edit distance counting a swap of neighbours as one edit ("serach" → "search"). */
export function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]?.[j] ?? Number.POSITIVE_INFINITY;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Two roots one typing slip apart name the same word when long enough to tell ("dentsit" is "dentist", "car" is not "bar"). */
function sameRoot(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  return shorter >= 5 && distance(a, b) <= (shorter >= 8 ? 2 : 1);
}

const hasRoot = (roots: readonly string[], root: string) => roots.some((other) => sameRoot(other, root));

/**
 * The titles a reference names by the roots of their words: every root of the reference in the title ("cleaning the
 * garage" → "Clean the garage"), then the same with a typing slip ("the dentsit" → "Dentist"); when no title has them
 * all, the titles whose every root is in the reference ("the dentist appointment" → "Dentist"), so extra words said
 * about a task do not lose it.
 */
export async function titlesByRoots<T extends { title: string }>(reference: string, items: readonly T[]): Promise<T[]> {
  return (await titlesNamedBy(reference, items)).items;
}

/** As titlesByRoots, saying whether the titles were found only through a typing slip or extra words (`loose`). */
export async function titlesNamedBy<T extends { title: string }>(
  reference: string,
  items: readonly T[],
): Promise<{ items: T[]; loose: boolean }> {
  const wanted = await wordRoots(reference);
  if (wanted.length === 0) return { items: [], loose: false };
  const titled: [T, string[]][] = [];
  for (const item of items) titled.push([item, await wordRoots(item.title)]);
  // Exact roots first: "the horse" names "Feed the horse", and "Clean the house" only when no title says "horse".
  const tiers = [
    titled.filter(([, roots]) => wanted.every((root) => roots.includes(root))),
    titled.filter(([, roots]) => wanted.every((root) => hasRoot(roots, root))),
    titled.filter(([, roots]) => roots.length > 0 && roots.every((root) => hasRoot(wanted, root))),
  ];
  const tier = tiers.findIndex((found) => found.length > 0);
  return { items: (tiers[tier] ?? []).map(([item]) => item), loose: tier > 0 };
}
