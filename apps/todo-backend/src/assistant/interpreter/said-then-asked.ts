import type { Interpretation } from './offline-interpreter.ts';
import { parseTaskRef } from './phrases.ts';
import { type EnglishTerm, english, englishTerms } from './word-roots.ts';

// News about a task, then a request pointing back at it, as people say it aloud: "the tax return is urgent now, can you
// bump it up", "the plumber can't come on friday anymore, can you move it to monday", "I ticked off the laundry by
// accident, can you put it back". The request says what to do; the news says which task: its subject ("the tax
// return") or, when the news is a request of its own ("I ticked off the laundry by accident"), the task that names.

/** The news, a clause break, and a request after it. */
const NEWS_THEN_REQUEST = /^(.+?)\s*[,;]\s+(?:so\s+)?(.+)$/i;
/** Points back at the task of the news. */
const POINTS_BACK = /\b(?:it|that|them|this)\b/i;
/** News with more than one clause ("my boss says the audit …", "the client called and the proposal …"): not read. */
const CLAUSES_IN_NEWS = /\b(?:and|but|says|said|told|thinks|reckons|called|asked|wants)\b/i;
/** "the thing I called vet", "the one about …": the subject is no task's words. */
const NO_TASK_WORDS = /^(?:the|my|this|that)\s+(?:thing|one|stuff)$/i;
/** A request that only says the news again: "put it back", "you can cross them off", "turn it off". */
const SAYS_IT_AGAIN = /^(?:(?:you|u)\s+can\s+|(?:can|could)\s+(?:you|u)\s+)?\w+\s+(?:it|that|them)\s+(?:off|back)$/i;
/** Said against the request ("don't tick it off") or a task's state said ("the essay is not done"): never guessed. */
const NOT_SAID = /\b(?:not|never|no|don'?t|dont|doesn'?t|isn'?t|aren'?t|won'?t|still|should)\b|n't\b/i;

/**
 * "the haircut clashes with …": a verb in -s taken for a plural noun, between a singular noun and a preposition, when
 * English knows no noun of that spelling ("the car keys in the drawer" stays a noun).
 */
function presentTenseAsPlural(terms: EnglishTerm[], index: number): boolean {
  const word = (terms[index]?.normal ?? terms[index]?.text ?? '').toLowerCase();
  const lexicon = english().world().model.one.lexicon;
  const knownNoun = (w: string) => lexicon[w] === 'Plural' || lexicon[w] === 'Singular';
  return (
    terms[index]?.tags.includes('Plural') === true &&
    terms[index - 1]?.tags.includes('Singular') === true &&
    terms[index + 1]?.tags.includes('Preposition') === true &&
    !knownNoun(word) &&
    !knownNoun(word.replace(/e?s$/, ''))
  );
}

/** The words before the news' first verb, when the news starts with them ("the plumber" of "the plumber can't come"). */
function subjectOf(news: string): string | undefined {
  if (!/^(?:the|my|this|that)\s/i.test(news) || CLAUSES_IN_NEWS.test(news)) return undefined;
  const terms = englishTerms(news);
  const verb = terms.findIndex(
    (term, index) =>
      index > 1 &&
      (['Verb', 'Copula', 'Pronoun', 'Adverb', 'Modal'].some((tag) => term.tags.includes(tag)) || presentTenseAsPlural(terms, index)),
  );
  if (verb < 2 || verb > 6) return undefined;
  const subject = terms
    .slice(0, verb)
    .map((term) => term.text)
    .join(' ');
  return NO_TASK_WORDS.test(subject) ? undefined : subject;
}

/** Changes the news may report itself ("I finally called the bank"): done, or not needed any more. */
const REPORTS = new Set(['complete_task', 'delete_task']);
/** News said as a guess ("the report should be done now"): the request is not read on it. */
const GUESSED = /\b(?:should|might|may|probably|maybe|perhaps)\b/i;

const concrete = (reading: Interpretation) =>
  reading.kind === 'call' && reading.target !== undefined && !('last' in reading.target) ? reading : undefined;

/** A reading that went wrong on the news: asked, or a task named by a whole clause ("plumber can't come on friday"). */
const misread = (reading: Interpretation) =>
  (reading.kind === 'help' && !reading.reason) ||
  (reading.kind === 'call' &&
    reading.target !== undefined &&
    'title' in reading.target &&
    (reading.target.title.split(/\s+/).length > 4 || POINTS_BACK.test(reading.target.title)));

/**
 * The reading of news and a request about it, when the sentence read whole went wrong (`whole`), or undefined. A
 * request said against the news ("the essay is not done, tick it off") is asked by the rules for it, never guessed.
 */
export function readNewsThenRequest(
  sentence: string,
  read: (said: string) => Interpretation,
  whole: Interpretation,
): Interpretation | undefined {
  if (!misread(whole)) return undefined;
  const said = NEWS_THEN_REQUEST.exec(sentence);
  if (!said?.[1] || !said[2] || NOT_SAID.test(said[2]) || GUESSED.test(said[1])) return undefined;
  // "can you take the work tag off": off the task of the news.
  const asked = POINTS_BACK.test(said[2])
    ? said[2].replace(/\bthem\b/gi, 'it')
    : /\s(?:off|back)$/i.test(said[2])
      ? `${said[2]} it`
      : undefined;
  if (!asked) return undefined;
  const request = read(asked);
  const subject = subjectOf(said[1]);
  if (request.kind === 'call' && request.target && 'last' in request.target) {
    const news = subject ? undefined : concrete(read(said[1]));
    // "I finally called the bank, that one's done": news that reads as the same change says which task.
    const reported = news?.kind === 'call' && news.tool === request.tool && REPORTS.has(news.tool);
    const target = subject ? parseTaskRef(subject) : reported ? news.target : undefined;
    return target ? { ...request, target } : undefined;
  }
  // "I ticked off the laundry by accident, can you put it back": the request only says the news again.
  if (request.kind !== 'call' && SAYS_IT_AGAIN.test(asked)) return concrete(read(said[1]));
  return undefined;
}
