import { type KnownNames, knownProject } from './project-names.ts';

// A number, code or reference said for a task is a detail for its notes: "add the quote number 4471 to the boiler task",
// "put the gate code 1234 on the delivery", "the plumber's number is 0777 123 456, put it on the plumber task". Read as
// it stood, the first was asked about (it could be a subtask), the second added a task.

/** What kind of number it is, a word or three before its digits: "quote number", "gate code", "PO". */
const NUMBER_NAMED = String.raw`(?:[\p{L}'’-]+\s+){0,3}?(?:number|no\.?|num|code|pin|ref(?:erence)?|account|po|invoice|order|policy|reg)\s*:?\s*#?[\p{L}\p{N}-]*\d[\p{N}\s-]*`;

/** "add the quote number 4471 to the boiler task": the number named, then the task. */
const NUMBER_ADDED = new RegExp(
  String.raw`^(?:add|put|stick|pop|save|attach)\s+(?:the\s+|a\s+|my\s+|his\s+|her\s+|their\s+)?(${NUMBER_NAMED}?)\s+(?:to|on|onto|in|into|against)\s+(?!(?:the\s+)?(?:list|notes?|description)\b)(.+?)(?:'s)?(?:\s+(?:notes?|description))?$`,
  'iu',
);

/** "the plumber's number is 0777 123 456, put it on the plumber task": the number said, then where it goes. */
const NUMBER_THEN_PUT =
  /^(?:the\s+|my\s+|his\s+|her\s+|their\s+)?[\p{L}'’\s-]+?\s+(?:is|are|'s)\s+(#?[\p{L}\p{N}-]*\d[\p{N}\s-]*)\s*[,;.–—-]\s*(?:so\s+)?(?:please\s+|pls\s+)?(?:(?:can|could)\s+you\s+)?(?:put|add|stick|pop|save|write)\s+(?:it|that|this|them)\s+(?:on|to|onto|in|into)\s+(.+?)(?:'s)?(?:\s+(?:notes?|description))?$/iu;

/** A project of the caller's ("add order number 55 to Groceries") is where a task goes, no task to note it on. */
const taskRef = (ref: string, known: KnownNames) =>
  knownProject(ref.replace(/^(?:the|my)\s+|\s+(?:list|project)$/gi, ''), known) ? undefined : ref;

export function numberAsNote(text: string, known: KnownNames): { ref: string; description: string } | undefined {
  const said = text.trim().replace(/[.!?]+$/, '');
  const added = NUMBER_ADDED.exec(said);
  const addedTo = added?.[2] ? taskRef(added[2], known) : undefined;
  if (added?.[1] && addedTo) return { ref: addedTo, description: added[1].trim() };
  const put = NUMBER_THEN_PUT.exec(said);
  const putOn = put?.[2] ? taskRef(put[2], known) : undefined;
  if (put?.[1] && putOn) return { ref: putOn, description: put[1].trim() };
  return undefined;
}
