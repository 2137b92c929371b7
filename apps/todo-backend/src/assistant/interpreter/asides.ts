import type { Interpretation } from './offline-interpreter.ts';
import { parseTaskRef } from './phrases.ts';
import { englishTerms } from './word-roots.ts';

// A request with an aside about the people or things around it: "make the vet high priority, Biscuit is limping",
// "bump the council tax up, final notice came", "Will's recital is done, he was brilliant", "we sold the car so delete
// the MOT task", "swimming stops after half term, just make it a one off". The aside has a subject and a verb of its own and is no part of the request; when the whole
// sentence is read with the aside inside a title or a task's name (or not read at all), the request is read alone.

/** Words that lead a clause of the request itself, never an aside: "…, so the lease task is done", "…, please …". */
const REQUEST_LEAD = /^(?:so|and|then|but|also|please|pls|just|can|could|would|will)\b/i;

/** A clause that ends at its verb, its rest said before: "the report is not urgent, the shed is". */
const ENDS_AT_VERB = /\b(?:is|are|was|were|does|do|did|has|have|had|can|will|would|should|could|must)(?:n'?t)?$/i;

/** A clause with a subject and its verb: "Biscuit is limping", "final notice came", "they've had toothache". */
function isClause(words: string): boolean {
  if (REQUEST_LEAD.test(words)) return false;
  // A contraction's verb ("he's") comes as a term of its own with no text: it is the clause's verb all the same.
  const terms = englishTerms(words).filter((term) => term.text !== '' || term.tags.includes('Verb'));
  let nouns = 0;
  for (const term of terms) {
    const is = (tag: string) => term.tags.includes(tag);
    // "the shed is", "Sam does": a clause that stops at its verb says the same of another task (asked elsewhere).
    if (is('Verb') && !is('Noun')) return nouns > 0 && !ENDS_AT_VERB.test(words.trim());
    if (is('Noun')) nouns++;
    else if (!is('Determiner') && !is('Adjective') && !is('Possessive')) return false;
  }
  return false;
}

/** "we sold the car so delete the MOT task": news, then " so " and a request that names its task. */
const NEWS_THEN_REQUEST =
  /^(.+?)\s+so\s+((?:(?:please|just)\s+)?(?:delete|remove|drop|scrap|cancel|bin|move|push|reschedule|mark|tick|complete|rename|tag|untag|make|set|lower|raise|bump)\s+.+)$/i;
/** A first clause that is a request of ours: "add pay the rent, then assign it to Sam" is two requests. */
const REQUEST_VERB =
  /^(?:add|create|new|put|make|set|change|move|rename|delete|remove|mark|tick|complete|finish|tag|untag|remind|assign|share|show|list)\b/i;
/** An aside, a clause break, then a task to add said with its verb. */
const ADD_AFTER_ASIDE = /^(.+?)(?:[,;]|[.!?]\s)\s*((?:add|create|put|new\s+task)\b.+)$/i;
/** A first clause that sets a condition or says "not" may change the request: never read past. */
const CONDITION_OR_NOT = /\b(?:if|unless|when|once|until|not|don'?t|never|no)\b|n't\b/i;

/** Whether the reading took the aside into a title, a task's name or a value. */
const holds = (reading: Interpretation, aside: string) =>
  reading.kind === 'call' && JSON.stringify([reading.args, reading.target]).toLowerCase().includes(aside.toLowerCase());

/** A change to one task named by its words or number, never "it": the aside cannot be what "it" points at. */
const namesItsTask = (reading: Interpretation) => reading.kind === 'call' && reading.target !== undefined && !('last' in reading.target);

/** A task of saying something to someone: what follows its comma may be what is to be said ("tell Jo, the boiler is off"). */
const SAYING = /^(?:tell|ask|let|text|message|email|remind|warn)\b/i;

/** Whether a task to add took the aside into its title: "call the vet about the booster, the letter came (today)". */
const titleHolds = (reading: Interpretation, aside: string) =>
  reading.kind === 'call' &&
  reading.tool === 'add_task' &&
  String(reading.args.title ?? '')
    .toLowerCase()
    .includes(`, ${aside.split(/\s+/).slice(0, 2).join(' ').toLowerCase()}`);

/** News, then a request pointing back at its task: "swimming stops after half term, just make it a one off". */
const NEWS_THEN_IT = /^(.+?)\s*[,;]\s+(?:(?:so|just|please)\s+)*(?!then\b)(\S.*\b(?:it|that|this)\b.*)$/i;

/**
 * The task news is about, when it starts the news without "the" or "my" (those are read by said-then-asked.ts): the
 * words before its first verb, names and nouns only ("swimming", "Emma's ballet", "piano lessons").
 */
function bareSubject(news: string): string | undefined {
  if (/^(?:the|my|our|this|that|i|we|you|he|she|they|it|there)\b/i.test(news) || REQUEST_VERB.test(news)) return undefined;
  // Read after "the", as a noun phrase: alone, "swimming stops" is tagged as a verb and a plural.
  const terms = englishTerms(`the ${news}`)
    .slice(1)
    .filter((term) => term.text !== '');
  const verb = terms.findIndex((term) => term.tags.includes('Verb'));
  if (verb < 1 || verb > 3) return undefined;
  const subject = terms.slice(0, verb);
  if (!subject.every((term) => term.tags.includes('Noun') && !term.tags.includes('Pronoun'))) return undefined;
  // "Ana will do the slides, assign it to her": a person acting is no task.
  if (subject.at(-1)?.tags.some((tag) => tag === 'Person' || tag === 'ProperNoun')) return undefined;
  return subject.map((term) => term.text).join(' ');
}

/**
 * Where the last aside starts: after a comma, or after a dash set off by spaces ("make the boiler high priority - the
 * part has arrived"); a dash inside quotes is a title's ("rename it to "gym - legs day"").
 */
function asideBreak(said: string): { at: number; length: number } | undefined {
  const comma = said.lastIndexOf(', ');
  const dash = /\s[-–—]\s(?!.*\s[-–—]\s)/.exec(said);
  const dashOutsideQuotes = dash && (said.slice(0, dash.index).match(/["“”]/g) ?? []).length % 2 === 0 ? dash : undefined;
  if (dashOutsideQuotes && dashOutsideQuotes.index > comma) return { at: dashOutsideQuotes.index, length: dashOutsideQuotes[0].length };
  return comma > 0 ? { at: comma, length: 2 } : undefined;
}

/**
 * Whether the reading completed or deleted a task found in the aside alone: "…, the part has arrived" read as the part
 * being done. A change of a task named in the aside ("I got the name wrong, the dentist task should be …") is the request.
 */
const targetInAside = (reading: Interpretation, aside: string) =>
  reading.kind === 'call' &&
  (reading.tool === 'complete_task' || reading.tool === 'delete_task') &&
  reading.target !== undefined &&
  'title' in reading.target &&
  aside.toLowerCase().includes(reading.target.title.toLowerCase());

/** The request read without its aside, or the whole reading when the aside changed nothing. */
export function withoutAside(sentence: string, read: (text: string) => Interpretation): Interpretation {
  const whole = read(sentence);
  const said = sentence.trim().replace(/[.!]+$/, '');
  const asideAt = asideBreak(said);
  const comma = asideAt?.at ?? -1;
  const aside = asideAt ? said.slice(asideAt.at + asideAt.length).trim() : '';
  // The break and the aside's first word: a reading holding them ran on past the request ("… high priority - part has
  // arrived" read as a task so titled being done).
  const breakWords = asideAt ? `${said.slice(asideAt.at, asideAt.at + asideAt.length).trim()} ${aside.split(/\s+/)[0]}` : '';
  // "note on the group project: Priya does the slides, Tom does the intro": a note's words are the user's, every clause.
  const inNote =
    whole.kind === 'call' &&
    String(whole.args.description ?? '')
      .toLowerCase()
      .includes(aside.toLowerCase());
  if (
    aside &&
    !inNote &&
    (whole.kind !== 'call' || holds(whole, aside) || targetInAside(whole, aside) || holds(whole, breakWords)) &&
    isClause(aside)
  ) {
    const request = read(said.slice(0, comma));
    if (namesItsTask(request)) return request;
  }
  // A task to add with an aside after it: the aside, and any date read from it, are no part of the task.
  // An aside that points back ("it's due back monday") says something of the task itself, and stays.
  if (
    aside &&
    titleHolds(whole, aside) &&
    !/[.!?;]\s|\bremind\b|^(?:it|its|it's|they|they're|that|that's|this)\b/i.test(aside) &&
    isClause(aside)
  ) {
    const request = read(said.slice(0, comma));
    if (request.kind === 'call' && request.tool === 'add_task' && !SAYING.test(String(request.args.title))) return request;
  }
  const news = NEWS_THEN_REQUEST.exec(said);
  if (
    news?.[1] &&
    news[2] &&
    !CONDITION_OR_NOT.test(news[1]) &&
    isClause(news[1]) &&
    (whole.kind !== 'call' || holds(whole, news[2].split(/\s+/).slice(0, 2).join(' ')))
  ) {
    const request = read(news[2]);
    if (namesItsTask(request)) return request;
  }
  // "sorry kids shouting, add get the windows cleaned": an aside first, then a task to add, never a task reported done.
  const addAfter = ADD_AFTER_ASIDE.exec(said);
  if (addAfter?.[1] && addAfter[2] && !CONDITION_OR_NOT.test(addAfter[1]) && holds(whole, addAfter[2].split(/\s+/).slice(0, 2).join(' '))) {
    const request = read(addAfter[2]);
    if (request.kind === 'call' && request.tool === 'add_task') return request;
  }
  const pointing = whole.kind === 'help' ? NEWS_THEN_IT.exec(said) : null;
  const subject = pointing?.[1] && !CONDITION_OR_NOT.test(pointing[1]) ? bareSubject(pointing[1]) : undefined;
  if (pointing?.[2] && subject) {
    const request = read(pointing[2]);
    const target = parseTaskRef(subject);
    if (request.kind === 'call' && request.target && 'last' in request.target && target) return { ...request, target };
  }
  return whole;
}
