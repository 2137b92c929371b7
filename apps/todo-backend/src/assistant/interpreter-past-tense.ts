import { englishTerms } from './word-roots.ts';

// "I've paid the rent", "called mom", "booked the flights": saying a thing was done completes the task written as
// the thing to do ("pay the rent"). compromise tells a past-tense verb and its root; a question, a negative or a verb
// that says something other than "done" ("forgot to call mom", "moved the dentist") completes nothing.

const LEAD = /^(?:(?:yay|yes|ok|okay|so|well|good news)[,!\s]+)?(?:(?:i|we)(?:'ve|\s+have)?\s+)?(?:(?:just|already|finally|now|also)\s+)*/i;
const NEGATIVE =
  /\b(?:not|never|no|nor|yet|almost|nearly|half|partly|partially|hardly|barely|cannot|dont|didnt|havent|hasnt|hadnt|wasnt|werent|couldnt)\b|n't\b/i;
/** What is left after the task: when it was done says nothing of which task. */
const WHEN_DONE =
  /(?:\s+|,\s*)(?:today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|earlier(?:\s+today)?|already|at\s+last|finally|just\s+now|now)$/i;
/** Past-tense verbs that report something other than a task done. */
const NOT_DONE = new Set(
  (
    'forget miss fail try want need start begin skip plan schedule reschedule move postpone delay push change rename add ' +
    'create set tag untag mark delete remove lose break think hope wish mean decide see hear say show list search sort ' +
    'filter update edit undo reopen like love hate assign share'
  ).split(' '),
);

/** The task a past-tense report names, as it is written ("pay the rent"), or undefined when the sentence is no such report. */
export function pastTenseDone(said: string, text: string): string | undefined {
  if (/\?\s*$/.test(said) || NEGATIVE.test(text)) return undefined;
  const rest = text.replace(LEAD, '').replace(WHEN_DONE, '').trim();
  const [verb, next] = englishTerms(rest);
  if (!verb || !next || !verb.tags.includes('PastTense') || verb.tags.includes('Auxiliary')) return undefined;
  // "did I call mom": a question without its mark.
  if (next.tags.includes('Pronoun') && !/^(?:my|our|his|her|their)$/i.test(next.text)) return undefined;
  const root = (verb.root ?? verb.normal ?? verb.text).toLowerCase();
  if (NOT_DONE.has(root)) return undefined;
  return `${root} ${rest.slice(rest.toLowerCase().indexOf(verb.text.toLowerCase()) + verb.text.length).trim()}`;
}
