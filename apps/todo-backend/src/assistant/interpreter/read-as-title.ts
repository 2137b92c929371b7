import { englishTerms } from './word-roots.ts';

// "change the reading list task to read ch 5-7 of Sapolsky": "read" before a thing to read starts the new title (a task
// to read it). Before a request ("change 12 to read renew car insurance"), "to read" gives the wording, and the title is
// what follows it, which the rename rules read.

const CHANGED_TO_READ =
  /^(?:change|make|edit|update|fix|set|amend)\s+(?!(?:it|that|this)\b|(?:the\s+)?(?:wording|text|title|name)\s+(?:of|on|for)\s)([^,;:]+?)\s+to\s+read\s+(?![:"'“‘])(.+)$/i;

export function readAsTitle(text: string): { ref: string; title: string } | undefined {
  const said = CHANGED_TO_READ.exec(text.trim());
  if (!said?.[1] || !said[2]) return undefined;
  const first = englishTerms(said[2])[0];
  if (!first || first.tags.includes('Verb')) return undefined;
  return { ref: said[1], title: `read ${said[2].trim()}` };
}
