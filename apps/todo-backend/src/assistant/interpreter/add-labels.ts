import { dateReader } from '../dates.ts';
import { extractDate } from './phrases.ts';
import { priorityWord } from './priority-words.ts';
import { ABOUT_TASKS } from './vocabulary.ts';
import { englishTerms } from './word-roots.ts';

// How people say a task to add besides the verb: when it is due as a label before the words ("a todo for Friday:
// collect the blazer", "new task for next monday - renew the gym pass", "tomorrow: go to the bank"), a wish that
// something gets done ("make sure I pay the window cleaner", "remember I need to buy a charger", "I'll have to go to
// the bank tomorrow", "on friday I have to call the bank") and an appointment with its time ("dentist appointment
// friday 3pm"). Each gives the words the caller reads the task from, dates and all. A day said first is read as every
// date is ("the weekend after next I need to pack", "2moro: call the bank").

/** "for Friday: …", "on my list for tomorrow: …", "next monday - …", "for tomorrow to …": a label before the task. */
const LABEL_FIRST =
  /^(?:(?:on|to|onto)\s+(?:my|the)\s+(?:todo\s+|to-do\s+)?list\s+)?(?:for|on|by|due)?\s*([^:–—-]+?)\s*(?::|\s[-–—]|\s+to(?=\s))\s+(.+)$/i;

/**
 * The words of a task whose due date is said as a label before them, with the date after the title ("for Friday:
 * collect the blazer" → "collect the blazer Friday"), or the words as they are. Only a label that is all date is
 * moved: "note to Sam: call back" keeps its words.
 */
export function dateLabelLast(said: string): string {
  // "to my tasks: …": where it goes is said by adding it.
  const body = said.replace(/^(?:(?:on|to|onto|in)\s+)?(?:my\s+|the\s+)?(?:todo\s+|to-do\s+)?(?:list|tasks|todos)\s*:\s*/i, '');
  const label = LABEL_FIRST.exec(body);
  const when = label?.[1]?.trim();
  if (!label?.[2] || !when) return body;
  const read = dateReader.parse(when, new Date(), { forwardDate: true });
  if (read.length !== 1 || read[0]?.text.length !== when.length) return body;
  return `${label[2].trim()} ${when}`;
}

/** "I'll have to", "we're going to need to", "I should probably", "I still need to": something to be done. */
const OBLIGED = String.raw`(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to)?\s+(?:(?:also|really|still|definitely|just|probably|maybe|absolutely|seriously)\s+)*(?:need\s+to|have\s+to|must|should|gotta|got\s+to|ought\s+to)\s+(?:(?:also|really|probably|definitely)\s+)?`;
/**
 * "make sure I pay the window cleaner", "ensure that we renew the lease", "make sure to call the vet", "can you make
 * sure I don't forget to call the bank", "remember I need to buy a new charger", "I also need to buy stamps".
 */
const WISH = new RegExp(
  String.raw`^(?:(?:help\s+me\s+remember|keep\s+in\s+mind)\s+(?:to\s+|that\s+)?(?:${OBLIGED})?|(?:make\s+sure|ensure|see\s+to\s+it)\s+(?:that\s+)?(?:(?:i|we)\s+(?:(?:don'?t|do\s+not)\s+forget\s+to\s+|remember\s+to\s+)?|to\s+)|remember\s+(?:that\s+)?${OBLIGED}|${OBLIGED}|(?:should|ought\s+to)\s+(?!(?:i|we|you|it|the|my|this|that)\b))(.+)$`,
  'i',
);

/**
 * The words of the task a wish names, or undefined; a day said before it goes after them ("tomorrow I need to go to
 * the bank" → "go to the bank tomorrow").
 */
export function wishedTask(text: string): string | undefined {
  const first = dateReader.parse(text, new Date(), { forwardDate: true })[0];
  const dayFirst = first?.index === 0 ? /^\s*[,:-]?\s*(.+)$/.exec(text.slice(first.text.length))?.[1] : undefined;
  const wish = WISH.exec(dayFirst ?? text)?.[1];
  return wish && dayFirst && first ? `${wish} ${first.text}` : wish;
}

/** "tomorrow add buy bread", "for friday, put call the bank": the day, then the request to add. */
const ADD_AFTER_DAY =
  /^\s*,?\s+(?:please\s+)?(?:add|put|create|new)\s+(?:a\s+)?(?:new\s+)?(?:(?:task|todo|to-do|item)\s*:?\s+)?(?:to\s+)?(.+)$/i;

/** The words of a task to add said after its day ("tomorrow add buy bread" → "buy bread tomorrow"), or undefined. */
export function addAfterDay(text: string): string | undefined {
  const lead = /^(?:for|on|by)\s+/i.exec(text)?.[0] ?? '';
  const first = dateReader.parse(text.slice(lead.length), new Date(), { forwardDate: true })[0];
  if (first?.index !== 0) return undefined;
  const rest = ADD_AFTER_DAY.exec(text.slice(lead.length + first.text.length))?.[1];
  return rest ? `${rest} ${first.text}` : undefined;
}

/**
 * "tomorrow: go to the bank", "next week - renew insurance", "due the sunday after next: renew badge": a day as a label
 * (said with "due", "for" or "by" or without), then the task.
 */
export function taskUnderDay(text: string): string | undefined {
  const lead = /^(?:due(?:\s+(?:on|by))?|for|by)\s+/i.exec(text)?.[0] ?? '';
  const first = dateReader.parse(text.slice(lead.length), new Date(), { forwardDate: true })[0];
  if (first?.index !== 0) return undefined;
  const rest = /^\s*(?::|\s[-–—])\s+(.+)$/.exec(text.slice(lead.length + first.text.length))?.[1];
  return rest && !/^(?:what|which|show|list|how|anything|any)\b/i.test(rest) ? `${rest} ${first.text}` : undefined;
}

/**
 * "dentist appointment friday 3pm", "team lunch on thursday": a thing and when it is, and nothing else (no verb, no
 * question, no word about the list, no quality), is an appointment to put on the list.
 */
export function appointmentSaid(said: string): boolean {
  // "car svc tues", "dentist thurs": the days as the date reader spells them.
  const text = said
    .replace(/\btues\b/gi, 'tuesday')
    .replace(/\bthurs?\b/gi, 'thursday')
    .replace(/\bweds\b/gi, 'wednesday');
  const when = dateReader.parse(text, new Date(), { forwardDate: true })[0];
  // chrono reads no day of the month alone ("costume for Mia by the 3rd"); the task's date rule does.
  const dayOfMonth = when ? undefined : extractDate(text);
  if (!when && !dayOfMonth?.date?.startsWith('the ')) return false;
  const apart = when ? text.slice(0, when.index) + text.slice(when.index + when.text.length) : (dayOfMonth?.text ?? '');
  // "dentist on the 3rd at 11": chrono takes the hour and leaves the day of the month after "on", which the task's date
  // rule reads.
  const leftDay = when && /\bon\s+the\s+\d/i.test(apart) ? extractDate(apart) : undefined;
  const thing = (leftDay?.date?.startsWith('the ') ? leftDay.text : apart).replace(/\s+(?:on|at|for)$/i, '').trim();
  // The words about the list are looked for outside the date: "dentist next tuesday" is an appointment, "what's next" not.
  if (ABOUT_TASKS.test(thing)) return false;
  // "birthday present for Sam's party": after a noun, a word English also has as a verb is read as a noun when the
  // words are read as one thing ("a birthday present"); a first word that is a verb ("move the dentist") stays one.
  const [first, second] = englishTerms(thing);
  // "meeting with Sarah", "training at the club", "drinks with Jen": a word in -ing, or in -s (no command is said so),
  // before who or where is the event, a noun.
  const eventWord = first?.tags.includes('Gerund') || (first?.tags.includes('PresentTense') && /s$/i.test(first.text));
  const eventInIng = eventWord && /^(?:with|at|about|in)$/i.test(second?.text ?? '');
  const asAThing = ((first?.tags.includes('Noun') && !first.tags.includes('Verb')) || eventInIng) && !/^(?:an?|the|my|our)\s/i.test(thing);
  const terms = asAThing ? englishTerms(`a ${thing}`).slice(1) : englishTerms(thing);
  return (
    terms.length > 0 &&
    terms.some((term) => term.tags.includes('Noun') && !term.tags.includes('Pronoun')) &&
    // Only things: "nice weather today" and "busy day tomorrow" say how it is, not what to do. An amount of money is
    // the thing's ("school trip money £12 by wed").
    terms.every(
      (term) =>
        ['Noun', 'Determiner', 'Preposition', 'Possessive', 'Money'].some((tag) => term.tags.includes(tag)) &&
        !['Verb', 'QuestionWord', 'Adjective'].some((tag) => term.tags.includes(tag)) &&
        // "world book day costume": a date word inside a thing's name, the thing's date read apart.
        (!['Date', 'Duration'].some((tag) => term.tags.includes(tag)) || (term !== terms[0] && term.tags.includes('Noun'))),
    )
  );
}

/** "a home task: buy milk": a kind of task said before the colon, as a noun, is its tag ("an urgent task": a level). */
const KIND_FIRST = /^(?:an?\s+)?([\p{L}-]+)\s+(?:task|todo|to-do|item|errand)\s*:\s*(.+)$/iu;
/**
 * "… in the home category", "…, home tag", "…, file under diy", "… and categorise it as diy": a tag said in words
 * after the task ("under diy" may already read "#diy").
 */
const TAG_AFTER =
  /(?:\s+in\s+(?:the\s+|my\s+)?|\s*,\s*)([\p{L}-]+)\s+(?:category|tag|label)$|(?:\s*,\s*|\s+and\s+)(?:file|categori[sz]e|classify|put(?=\s+(?:it|this|that)\s))\s+(?:it\s+|this\s+|that\s+)?(?:(?:under|as)\s+[#@]?|[#@])([\p{L}\p{N}_-]+)$|\s+with\s+(?:the|a|an)\s+([\p{L}-]+)\s+(?:tag|label)$|(?:\s*,\s*(?:category|tag|label)\s*:?\s*|\s+(?:category|tag|label):)([\p{L}\p{N}_-]+)$|\s*\((?:tags?|labels?)\s*:?\s*([\p{L}\p{N}_,&\s-]+)\)$/iu;

/** The words of a task with a tag said in words written as "#tag", which the caller reads as tags. */
export function tagsAsMarks(said: string): string {
  // "call mum tagged #family": the marks say it; the word before them goes.
  const body = said.replace(/\s+(?:tagged|labell?ed|tags?|labels?)\s*:?\s+(?=[#@]\p{L})/giu, ' ');
  const after = TAG_AFTER.exec(body);
  // "(tags: home, outdoor)": several, each written as a mark.
  const tag =
    after?.[1] ??
    after?.[2] ??
    after?.[3] ??
    after?.[4] ??
    after?.[5]
      ?.trim()
      .split(/\s*(?:,|&|\band\b)\s*|\s+/)
      .join(' @');
  // Written "@tag": a tag said in words is a tag even when a project has its name ("#work" would name the project).
  const tagged = after && tag ? `${body.slice(0, after.index)} @${tag}` : body;
  const kind = KIND_FIRST.exec(tagged);
  if (!kind?.[1] || !kind[2]) return tagged;
  // "an urgent task: …" is its priority, read as if said after the words; "a quick task: …" says nothing to keep.
  if (priorityWord(kind[1])) return `${kind[2]}, ${kind[1]}`;
  const [term] = englishTerms(kind[1]);
  return term?.tags.includes('Noun') && !term.tags.includes('Adjective') ? `${kind[2]} #${kind[1]}` : kind[2];
}
