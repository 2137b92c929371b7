// Task titles matched by the roots of their words, so "I'm done cleaning the garage" finds "Clean the garage" and
// "washed the cars" finds "Wash car". The roots come from compromise (an English NLP library), loaded on first use:
// its import takes most of a second, which the app's start should not pay for a fallback few messages reach.

type Nlp = (text: string) => { compute(method: string): void; json(): { terms: { normal?: string; root?: string }[] }[] };

let loading: Promise<Nlp> | undefined;
const load = () => {
  loading ??= import('compromise').then((module) => module.default as unknown as Nlp);
  return loading;
};

/** Words that say nothing about which task is meant. */
const FILLER = new Set(['the', 'a', 'an', 'my', 'our', 'your', 'this', 'that', 'to', 'of', 'for', 'with', 'and', 'task', 'todo']);

/** The roots of a text's words, lower case, without fillers: "Cleaning the garages" → clean, garage. */
export async function wordRoots(text: string): Promise<string[]> {
  const nlp = await load();
  const doc = nlp(text);
  doc.compute('root');
  return doc
    .json()
    .flatMap((sentence) => sentence.terms)
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
