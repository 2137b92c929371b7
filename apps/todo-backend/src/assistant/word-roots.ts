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

/** The titles whose word roots include every root of the reference ("cleaning the garage" → "Clean the garage"). */
export async function titlesByRoots<T extends { title: string }>(reference: string, items: readonly T[]): Promise<T[]> {
  const wanted = await wordRoots(reference);
  if (wanted.length === 0) return [];
  const matched: T[] = [];
  for (const item of items) {
    const roots = new Set(await wordRoots(item.title));
    if (wanted.every((root) => roots.has(root))) matched.push(item);
  }
  return matched;
}
