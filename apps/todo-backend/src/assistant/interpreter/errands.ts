import { ABOUT_A_TASK, EDIT_VERB, ERRAND } from './vocabulary.ts';
import { englishTerms } from './word-roots.ts';

// Whether a few words are something to do in the world, said as a request: "organise the garage sale", "cancel
// netflix", "repaint the shed". They start with a verb (as English reads it, or one of the everyday errands English
// takes for a noun: "book", "email"). A verb that changes the list ("move", "mark", "make", "finish") or only says
// "do it" ("deal with", "tackle") names a task already there, so such words are never a new task.

/** Verbs that change a task or the list: with them the words name a task already there. */
const LIST_VERB =
  /^(?:make|mark|set|flag|consider|rate|treat|change|switch|turn|give|put|move|bump|push|raise|lower|increase|decrease|reduce|boost|lessen|up|drop|knock|bring|kick|escalate|expedite|upgrade|downgrade|demote|shelve|star|unstar|unflag|prioriti[sz]e|de-?prioriti[sz]e|delay|defer|snooze|park|pause|archive|assign|share|unmark|uncheck|untick|restore|retitle|complete|finish(?:ed)?|done|tick|check|close|reopen|delete|remove|scrap|ditch|forget|show|list|find|search|sort(?!\s+(?:out\b|(?:the|my)\s+(?!(?:tasks|todos|to-dos|list|items|things)\b)))|tag|label|untag|rename|remind|is|are|was|were|can|could|should|would|will|do|does|did)\b/i;

/**
 * Verbs that say only "do it" ("deal with the report asap", "tackle the taxes first") or talk to the chat ("thank you
 * so much!!"): the words after them may name a task already there, and nothing says which is meant. "add …",
 * "jot down …" are read by the rules for new tasks.
 */
const NO_ERRAND =
  /^(?:add|create|new|todo|remind|remember|jot|note|pencil|slot|squeeze|scribble|(?:write|put)\s+(?:(?:this|that|it)\s+)?down|deal\s+with|handle|tackle|do|get\s+(?:to|on|going)|work\s+on|focus\s+on|take\s+care\s+of|see\s+to|attend\s+to|start|begin|look\s+(?:at|into)|thank|thanks|love|hate|like|hope|wish|want|need|help|let|tell|say|ask|guess|think|know|mean|wait|sorry|please)\b/i;

/** Whether the words are something to do: a verb first (as English or as an everyday errand), no task named. */
export function errandSaid(title: string): boolean {
  if (!title || LIST_VERB.test(title) || NO_ERRAND.test(title) || EDIT_VERB.test(title) || ABOUT_A_TASK.test(title)) return false;
  if (ERRAND.test(title)) return true;
  const words = title.split(/\s+/);
  if (words.length < 2) return false;
  // "repaint the shed", "reorder the filters": a verb said again is a verb.
  const again = /^re-?(\p{L}{4,})$/iu.exec(words[0] ?? '')?.[1];
  return doing(title) || (again !== undefined && doing([again, ...words.slice(1)].join(' ')));
}

/**
 * Whether English reads the first word as a verb said as a request ("organise", "cancel"), not "calling" or "called";
 * or a word it knows only as a thing, said before "the" or "my" as a verb is ("declutter the attic", "hoover my room").
 */
function doing(words: string): boolean {
  const [first, second] = englishTerms(words);
  if (first === undefined) return false;
  if (first.tags.includes('Verb'))
    return (first.tags.includes('Infinitive') || first.tags.includes('Imperative')) && !first.tags.includes('Gerund');
  return (
    first.tags.includes('Singular') &&
    !first.tags.some((tag) => tag === 'Actor' || tag === 'Person' || tag === 'ProperNoun') &&
    second !== undefined &&
    (second.tags.includes('Determiner') || second.tags.includes('Possessive'))
  );
}

/**
 * The question for an errand said alone ("buy milk", "call the plumber"), which is asked about rather than added (it
 * may be a request to the assistant, or a task already there): how to add it. Undefined for anything else.
 */
export function errandOffer(message: string): string | undefined {
  const errand = message
    .trim()
    .replace(/[.!\s]+$/, '')
    .replace(/^(?:please|pls)\s+/i, '');
  if (errand.length > 80 || /[?\n]/.test(errand) || !errandSaid(errand)) return undefined;
  return `Add "${errand}" as a task? Say "add ${errand}" and I will (with a day if it has one: "add ${errand} tomorrow").`;
}
