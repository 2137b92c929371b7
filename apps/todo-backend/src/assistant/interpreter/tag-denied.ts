import { type KnownNames, knownProject } from './projects.ts';

// A task said not to be what its tag says, then the tag taken off: "the portfolio update is not billable, take the tag
// off", "12 isn't urgent any more - untag it", "the vet isn't a work thing, drop the work tag". The tag is the word the
// first clause denies; "the tag" points back to it.
// A word that names one of the caller's projects ("the report is not work any more") may mean the project: asked.

const DENIED =
  /^(.+?)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not|'s\s+not|(?:is|are|'s)\s+no\s+longer)\s+(?:an?\s+(?=\S+\s+(?:thing|task|job|one|item)\b))?#?(\p{L}[\p{L}\p{N}_-]*)(?:\s+(?:thing|task|job|one|item))?(?:\s+any\s*more)?\s*(?:[,;.–—-]+\s*|\s+(?:so|and)\s+)(?:so\s+|please\s+|just\s+)?(?:(?:take|remove|drop|strip|clear|lose|get\s+rid\s+of)\s+(?:the|that|its)\s+(?:#?(\p{L}[\p{L}\p{N}_-]*)\s+)?(?:tag|label)(?:\s+off)?|take\s+(?:the|that|its)\s+(?:#?(\p{L}[\p{L}\p{N}_-]*)\s+)?(?:tag|label)\s+off|(?:untag|unlabel)\s+it)$/iu;

/** The task and the tag it loses, or undefined when the sentence is not one said so. */
export function tagDenied(text: string, known: KnownNames): { ref: string; tag: string } | undefined {
  const said = DENIED.exec(text);
  if (!said?.[1] || !said[2]) return undefined;
  // "… drop the work tag": the tag named again is that tag, whatever projects there are; another word is not it.
  const namedAgain = said[3] ?? said[4];
  if (namedAgain ? namedAgain.toLowerCase() !== said[2].toLowerCase() : knownProject(said[2], known)) return undefined;
  return { ref: said[1], tag: said[2].toLowerCase() };
}
