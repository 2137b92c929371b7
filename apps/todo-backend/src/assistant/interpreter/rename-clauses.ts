// Renames said as a correction over several clauses: which task is wrong, then what it should say. "typo in 18, it
// should say Buy bread", "I spelled dentsit wrong, can you rename it to dentist", "wrong name on the vet one - should
// be vet (booster jab)", "I would like to change the task 2, new title is …", "the task should be called X, not Y",
// "change the name from X to Y".

import { titleWithoutChatter } from './renames.ts';

/** Clauses: a comma, a semicolon, a dash or a full stop between them; a colon when nothing else parts them. */
const CLAUSE_BREAK = /\s*[,;]\s+|\s+[-–—]\s+|\.\s+/;

/** A clause that says the title is wrong, naming the task (the first group). */
const WRONG_TITLE = [
  /^(?:there'?s\s+a\s+)?typo\s+in\s+(.+)$/i,
  /^wrong\s+(?:name|title|wording)\s+(?:on|for|of|in)\s+(.+)$/i,
  // "the bike task has the wrong name", "the title of the bike task is wrong".
  /^(.+?)\s+has\s+(?:the\s+|a\s+)?wrong\s+(?:name|title|wording)$/i,
  /^the\s+(?:name|title|wording)\s+(?:of|on)\s+(.+?)\s+is\s+(?:wrong|off|not\s+right)$/i,
  /^(?:.*?\b)?(?:i|we)\s+(?:spelled|spelt|typed|wrote|misspelled|misspelt|named|called|mistyped)\s+(.+?)\s+(?:wrong(?:ly)?|incorrectly|badly)$/i,
  /^(?:.*?\b)?the\s+(?:thing|task|one|todo)\s+(?:i|we)\s+(?:called|named|titled)\s+(.+?)(?:\s+(?:is|was)\b.*)?$/i,
  // "I misspelled recieve in task 4": the word, then the task it is in.
  /^(?:.*?\b)?(?:i|we)\s+(?:spelled|spelt|typed|wrote|misspelled|misspelt|mistyped)\s+\S+(?:\s+wrong(?:ly)?)?\s+in\s+(.+)$/i,
];
/** "change task 2", "I'd like to fix 5": a change of anything; only a clause naming the title makes it a rename. */
const CHANGE_TASK = /^(?:i\s+(?:would|'d)\s+like\s+to\s+|i\s+want\s+to\s+)?(?:change|fix|edit|correct|rename|retitle)\s+(.+)$/i;

/** The clause saying the new title in words only a title takes ("should say", "new title is", "rename it to"). */
const NEW_TITLE =
  /^(?:(?:it|that|this)\s+)?(?:should\s+(?:say|read)|(?:it'?s|it\s+is)\s+(?:meant|supposed)\s+to\s+(?:say|read)|(?:the\s+)?new\s+(?:title|name)\s*(?:is|should\s+be|will\s+be|:)?|(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:rename|call|retitle)\s+it(?:\s+(?:to|in|into|as))?)\s*:?\s+(.+)$/i;
/** After a clause saying the title is wrong, "should be …" says the title too. */
const SHOULD_BE =
  /^(?:(?:it|that|this)\s+)?(?:should\s+be|(?:it'?s|it\s+is)\s+(?:meant|supposed)\s+to\s+be|(?:it'?s|it\s+is)(?:\s+actually)?)\s*:?\s+(.+)$/i;

/** A closing "could you fix that": says again what the clauses asked. */
const FIX_THAT =
  /^(?:(?:can|could|would)\s+(?:you|u)\s+)?(?:please\s+)?(?:fix|change|correct|update|sort)\s+(?:that|it|this)(?:\s+(?:out|please))?$/i;

/** "change the name from buy milk to buy milk and bread". */
const FROM_TO = /^(?:change|fix|update|edit)\s+(?:the\s+)?(?:name|title)\s+from\s+(.+?)\s+to\s+(.+)$/i;
/** "(my wife says) the task should be called paint the nursery, not paint the spare room". */
const NOT_THAT =
  /^(?:.*?\bsays?\s+)?(?:the\s+task|it|that)\s+should\s+(?:be\s+called|be\s+named|say|read)\s+(.+?),?\s+(?:not|instead\s+of)\s+(.+)$/i;

/** "I got the name wrong, the dentist task should be orthodontist": the task and its title in the second clause. */
const NAME_WRONG =
  /^(?:(?:oops|sorry|ah|argh)[,!\s]+)?(?:i|we)\s+(?:got|have|had|put|typed|wrote|spelled|spelt)\s+(?:the\s+)?(?:name|title|spelling)\s+wrong\s*[,;.:–—-]+\s*(.+?)\s+should\s+(?:be\s+called|be\s+named|say|read|be)\s*:?\s+(.+)$/i;

/** A title said to be wrong, then the task and what it should be, read before "I got …" says a task is done. */
export function readNameWrong(text: string): { ref: string; title: string } | undefined {
  const said = NAME_WRONG.exec(text);
  return said?.[1] && said[2] ? { ref: said[1], title: said[2] } : undefined;
}

/** A clause saying the title of the task the conversation is about is wrong: "wrong title", "that title's not right". */
const WRONG_TITLE_OF_LAST =
  /^(?:(?:hmm+|oops|ah|oh|sorry)[,!\s]+)?(?:wrong\s+(?:title|name)|(?:that'?s|that\s+is|it'?s|it\s+is)\s+the\s+wrong\s+(?:title|name)|(?:that|the|its)\s+(?:title|name)(?:'s|\s+is)\s+(?:wrong|not\s+right|off)|(?:(?:can|could)\s+(?:you|u)\s+)?(?:please\s+)?fix\s+the\s+(?:title|name)(?:\s+please)?)$/i;

/** "wrong title - should be Call the bank", "can you fix the title? it should be …": the task the conversation is about. */
export function wrongTitleOfLast(text: string): { ref: string; title: string } | undefined {
  const [wrong = '', right = '', ...more] = text.split(/\s*[,;?]\s+|\s+[-–—]\s+|\.\s+/);
  if (more.length > 0 || !WRONG_TITLE_OF_LAST.test(wrong)) return undefined;
  const title = NEW_TITLE.exec(right)?.[1] ?? SHOULD_BE.exec(right)?.[1] ?? /^should\s+(?:say|read|be)\s*:?\s+(.+)$/i.exec(right)?.[1];
  return title ? { ref: 'it', title: unquoted(title) } : undefined;
}

/** "rename to Buy paint", "change the title to …", "title: …": the new title of the task the conversation is about. */
const TITLE_OF_LAST = [
  /^(?:rename|retitle)(?:\s+(?:it|this|that)(?:\s+one)?)?\s*(?::|\s+(?:to|as|into)\b)\s*:?\s*(.+)$/i,
  /^(?:change|set|update|edit|make)\s+(?:the\s+|its\s+)?(?:title|name)(?!\s+(?:of|for|on|from|in)\b)\s*(?:(?:to|as|into)\s*:?\s+|:\s*|\s+(?=\S))(.+)$/i,
  /^(?:the\s+)?(?:new\s+)?(?:title|name)\s*:\s*(.+)$/i,
];

/**
 * "actually it should say …", "oops, that one should be …": a correction of the task the conversation is about. "should
 * be" alone says a title only after a word owning up to a slip ("oops it should be high priority" is no title).
 */
const CORRECTED =
  /^(?:(?:actually|oops|whoops|sorry|ah|oh|hmm+|wait|no|ok(?:ay)?\s+so)[,!.\s]+)+(?:it|that|this)(?:\s+one)?\s+(should\s+(?:say|read|be\s+called|be\s+named|be))\s*:?\s+(.+)$/i;
/** After "should be", words saying a level, a date or a state, never a title. */
const NOT_A_TITLE =
  /^(?:done|finished|due|high|low|medium|normal|urgent|important|p[1-4]|a\s+(?:high|low|medium|top)|(?:on|at|by|in|for|every|tomorrow|today|tonight|next|this)\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b)/i;

const unquoted = (text: string) => text.trim().replace(/^["“'](.*)["”']$/, '$1');

/** The task and its new title when the sentence corrects a title over several clauses, or undefined. */
export function readRenameClauses(text: string): { ref: string; title: string } | undefined {
  const ofLast = TITLE_OF_LAST.map((pattern) => pattern.exec(text)?.[1]).find(Boolean);
  if (ofLast) return { ref: 'it', title: unquoted(titleWithoutChatter(ofLast)) };
  const corrected = CORRECTED.exec(text);
  if (corrected?.[2] && !(/be$/i.test(corrected[1] ?? '') && NOT_A_TITLE.test(corrected[2])))
    return { ref: 'it', title: unquoted(titleWithoutChatter(corrected[2])) };
  const fromTo = FROM_TO.exec(text);
  if (fromTo?.[1] && fromTo[2]) return { ref: unquoted(fromTo[1]), title: unquoted(fromTo[2]) };
  const notThat = NOT_THAT.exec(text);
  if (notThat?.[1] && notThat[2]) return { ref: unquoted(notThat[2]), title: unquoted(notThat[1]) };
  let clauses = text.split(CLAUSE_BREAK).filter((clause) => !FIX_THAT.test(clause));
  // "typo in 6: should be Order cake": the colon parts the clauses; "…, new title: X" keeps it inside one.
  if (clauses.length === 1) clauses = text.split(/\s*:\s+/);
  if (clauses.length !== 2) return undefined;
  const [wrong = '', right = ''] = clauses;
  const wrongTitle = WRONG_TITLE.map((pattern) => pattern.exec(wrong)?.[1]).find(Boolean);
  const ref = wrongTitle ?? CHANGE_TASK.exec(wrong)?.[1];
  const title = NEW_TITLE.exec(right)?.[1] ?? (wrongTitle ? SHOULD_BE.exec(right)?.[1] : undefined);
  return ref && title ? { ref: unquoted(ref), title: unquoted(title) } : undefined;
}
