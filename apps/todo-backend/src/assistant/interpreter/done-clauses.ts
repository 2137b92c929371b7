import type { Interpretation } from './offline-interpreter.ts';
import { thingDone } from './past-tense.ts';
import { englishTerms } from './word-roots.ts';

// A report of work done in a longer sentence: the task is named in the clause just before a closing clause that says
// the same of "it" ("…, the parcel is sent, you can tick it off", "I did manage to finish the budget spreadsheet, mark
// it off", "the essay is not finished yet, please make it open again"), or in the last clause before "is done" ("ok
// good news, the landlord signed, so the lease task is done").

/** A closing clause that marks "it" done, after a comma or a dash ("deleted the old emails - cross that off", "…, tick"). */
const DONE_AGAIN =
  /(?:\s*[,;.?]\s*|\s+[-–—]\s+)(?:so\s+|and\s+)?(?:(?:you\s+can|can\s+you|could\s+you|please)\s+)?(?:(?:tick|mark|check|cross)\s+(?:it|that|this)(?:\s+(?:one|task))?(?:\s+(?:off|done|as\s+(?:done|complete|completed|finished)|complete|completed))?|(?:tick|mark|check|cross)\s+off\s+(?:it|that|this)(?:\s+(?:one|task))?|(?:close|complete|finish)\s+(?:it|that|this)(?:\s+(?:one|task))?|(?:that|this|it)(?:\s+one|\s+task)?\s+is\s+(?:done|finished|complete)|it'?s\s+(?:done|finished)|(?:tick|cross)(?:\s+off)?)\s*$/i;
/**
 * "…, close the task", "… so that task is done", "…, the task can be closed", "…, that one can be ticked off": a
 * closing that names "the task" or "that one" rather than "it".
 */
const TASK_DONE_AGAIN =
  /(?:\s*[,;.?]\s*|\s+)(?:so\s+|and\s+)?(?:(?:you\s+can|can\s+you|could\s+you|please)\s+)*(?:(?:close|complete|finish|tick\s+off|check\s+off|cross\s+off|mark\s+off)\s+(?:the|that|this)\s+(?:task|one|todo)|(?:mark|tick|check|cross)\s+(?:the|that|this)\s+(?:task|one|todo)(?:\s+(?:off|done|as\s+(?:done|complete|completed|finished)|complete|completed))?|(?:the|that|this)\s+(?:task|one|todo)\s+(?:is|'s)\s+(?:done|finished|complete|completed)|(?:the|that|this)\s+(?:task|one|todo)\s+can\s+be\s+(?:closed|completed|ticked\s+off|checked\s+off|crossed\s+off|marked\s+(?:as\s+)?(?:done|complete|completed)))\s*$/i;
/** A closing clause that opens "it" again. */
const OPEN_AGAIN =
  /\s*[,;.]\s*(?:so\s+)?(?:(?:you\s+can|can\s+you|could\s+you|please)\s+)?(?:(?:make|set|mark)\s+(?:it|that|this)\s+(?:open|pending|not\s+done|undone)(?:\s+again)?|(?:reopen|re-open|uncheck|untick)\s+(?:it|that|this))\s*$/i;

/** Clause breaks, and the joins that start a new clause ("… and the parcel is sent", not "salt and pepper"). */
const CLAUSES = /\s*[,;.]\s+|\s*!+\s*|\s+(?:and|but|so|anyway)\s+(?=(?:the|my|our|i|we|it|that|this)\b)/i;
/**
 * A clause that names no task: one that only points back, one that only says the clause before it is what was
 * meant ("done with the dentist, that is", "…, I mean", "…, that is all"), or one that only says when it was done
 * ("cross off the seed order, did that ages ago").
 */
const POINTER =
  /^(?:(?:it|that|this)(?:\s+(?:one|task))?|that\s+is(?:\s+all)?|i\s+mean|you\s+know|(?:(?:i|we)\s+)?(?:did|done|finished|sorted)\s+(?:it|that|this)(?:\s+(?:already|ages\s+ago|a\s+while\s+(?:ago|back)|\S+\s+(?:days?|weeks?)\s+ago|yesterday|earlier|last\s+(?:week|night)|on\s+\S+day))?)$/i;
const JOIN = /^(?:so|and|but|anyway|then|now)\s+/i;
/** What a report may start with before the work: "I did manage to finish …", "I finally got round to …". */
const EFFORT = /^(?:(?:i|we)\s+)?(?:(?:did|finally|just|actually|also)\s+)*(?:(?:managed?|got\s+round|got\s+around)\s+to\s+)/i;

/** A verb and what it was done to, in a few words: "file the expenses". */
const THE_WORK = /^(?!(?:i|we|you|it|that|this|they)\b)[a-z]+\s+(?:the|my|our|a|an)\s+[^,;.!]+$/i;

/** The first verb in the past with what it was done to ("collected the old sofa" → the old sofa), or its subject. */
function workReported(said: string): string | undefined {
  const clause = said.replace(
    /\s+(?:this\s+(?:morning|afternoon|evening)|today|yesterday|last\s+night|earlier|on\s+time|at\s+last|finally)$/i,
    '',
  );
  const terms = englishTerms(clause);
  const at = terms.findIndex((term) => term.tags.includes('PastTense') && !term.tags.includes('Auxiliary'));
  if (at < 1 || !terms[0]?.tags.includes('Determiner')) return undefined;
  const words = (from: number, to?: number) =>
    terms
      .slice(from, to)
      .map((term) => `${term.pre ?? ''}${term.text}${term.post ?? ''}`)
      .join('')
      .trim();
  const after = terms.slice(at + 1).findIndex((term) => !term.tags.includes('Particle') && !/^(?:out|in|off|up|through)$/i.test(term.text));
  const next = terms[at + 1 + Math.max(after, 0)];
  if (after >= 0 && next?.tags.includes('Determiner')) return thingDone(words(at));
  const subject = words(0, at).replace(/\s+(?:finally|just|already|now)$/i, '');
  return subject.split(/\s+/).length >= 2 ? subject : undefined;
}

/**
 * "washed the car and walked the dog", "returned the library books and picked up the prescription": two things reported
 * done in one breath, each a verb in the past and what it was done to ("called mum"); "went to the bank and paid in the cheque" is
 * one errand, where it was done and what. Never one task called "car and walked the dog".
 */
export function twoDoneReported(said: string): boolean {
  const parts = said
    .trim()
    .replace(/[.!]+$/, '')
    .replace(/^(?:i|we)\s+(?:(?:just|also|finally)\s+)?/i, '')
    .split(/\s+and\s+(?:(?:i|we)\s+)?(?:(?:also|then|finally)\s+)?/i);
  if (parts.length !== 2) return false;
  return parts.every((part) => {
    const [verb] = englishTerms(part);
    return (
      verb?.tags.includes('PastTense') === true &&
      !verb.tags.includes('Auxiliary') &&
      /^\S+\s+(?:(?:up|off|out|in|back)\s+)?(?!(?:to|at|into|for|with|by|from|on)\b)\p{L}/iu.test(part)
    );
  });
}

/** The clause of the sentence that names the task: the last one, without the effort it took. */
export function lastClause(said: string): string {
  // "…, that one": a clause that only points back names no task.
  const clauses = said.split(CLAUSES).filter((clause) => clause.trim() !== '' && !POINTER.test(clause.trim()));
  return (clauses.at(-1) ?? said).trim().replace(JOIN, '').replace(EFFORT, '');
}

/** The reading of a report followed by a clause that says it again, or undefined. */
export function readDoneAgain(text: string, read: (report: string) => Interpretation): Interpretation | undefined {
  const done = DONE_AGAIN.exec(text) ?? TASK_DONE_AGAIN.exec(text.replace(/\s*[,;.]?\s*(?:it\s+is|it'?s)\s+(?:done|finished)$/i, ''));
  const open = done ? undefined : OPEN_AGAIN.exec(text);
  const closing = done ?? open;
  if (!closing) return undefined;
  const report = text.slice(0, closing.index);
  // "I didn't pay the gas bill, mark it done": the report and the request disagree.
  if (done && /\b(?:not|never|no)\b|n't\b/i.test(report))
    return { kind: 'help', reason: 'Is it done or not? Say "mark <words of its title> done" or "reopen <words of its title>".' };
  // Its last clause, or the whole report when that reads as one task ("the essay is not finished yet").
  const clause = lastClause(report);
  for (const said of [clause, report]) {
    const reading = read(said);
    if (reading.kind !== 'call' || reading.tool !== 'complete_task' || !reading.target) continue;
    if ('title' in reading.target && lastClause(reading.target.title) !== reading.target.title) continue;
    if ((reading.args.completed === false) === Boolean(open)) return reading;
  }
  // "… I managed to file the expenses, mark it done": the work itself, said as the task's words.
  if (done && THE_WORK.test(clause)) return { kind: 'call', tool: 'complete_task', args: {}, target: { title: thingDone(clause) } };
  // "the council collected the old sofa, …", "the invoice went out this morning, …": with "done" said after it, what
  // was done to is the task, or the one that did it when nothing was done to.
  const worked = done ? workReported(clause) : undefined;
  return worked ? { kind: 'call', tool: 'complete_task', args: {}, target: { title: worked } } : undefined;
}
