import { lastClause } from './done-clauses.ts';
import { dateAtEnd } from './whole-dates.ts';
import { englishTerms, isPastTenseWord } from './word-roots.ts';

// "I've paid the rent", "called mom", "booked the flights": saying a thing was done completes the task it names by
// the thing done ("rent", "mom"): the chat finds the task by those words, whatever verb its title uses ("Pay the
// rent", "Ring mom"). compromise tells a past-tense verb; a question, a negative or a verb that says something other
// than "done" ("forgot to call mom", "moved the dentist") completes nothing.

const LEAD =
  /^(?:(?:yay|yes|ok|okay|so|well|good news)[,!\s]+)?(?:(?:(?:after|before)\s+(?:work|school|lunch|dinner|breakfast)|this\s+(?:morning|afternoon)|earlier(?:\s+today)?|today|yesterday|last\s+night|at\s+lunch(?:time)?|on\s+(?:the|my)\s+way\s+(?:home|in|back))[,\s]+)?(?:(?:i|we)(?:'?ve|\s+have)?\s+)?(?:(?:just|already|finally|now|also)\s+)*/i;
/** "went to the post office and sent off the parcel": a trip, then the work done there, which names the task. */
const TRIP_THEN_WORK =
  /^(?:went|popped|nipped|headed|ran|drove|walked|cycled|got|been)\s+(?:over\s+|down\s+|out\s+|up\s+|round\s+)?(?:to|into|by|past)\s+.+?\s+(?:and|&)\s+(?:then\s+|finally\s+|also\s+)?(.+)$/i;
const NEGATIVE =
  /\b(?:not|never|no|nor|yet|almost|nearly|half|partly|partially|hardly|barely|cannot|dont|didnt|havent|hasnt|hadnt|wasnt|werent|couldnt)\b|n't\b|\b(?:un(?:finished|done|paid|sent|answered|resolved|fixed|booked|sorted|submitted|completed|handled|signed|checked|ticked|started|tested)|incomplete)\b/i;
/** What is left after the task: when it was done says nothing of which task. */
const WHEN_DONE =
  /(?:\s+|,\s*)(?:today|yesterday|this\s+(?:morning|afternoon|evening)|last\s+night|earlier(?:\s+today)?|already|at\s+last|finally|just\s+now|now|on\s+time|(?:on|during|at|over|after|before)\s+(?:my\s+|the\s+|our\s+)?(?:lunch(?:\s+break)?|(?:coffee\s+)?break|commute|way\s+(?:home|back|in|out|to\s+\S+)))$/i;

/** "painted the fence on saturday", "paid the rent last week": the day it was done, at the end, names no task. */
function withoutDayDone(said: string): string {
  const day = dateAtEnd(said);
  const before = day
    ? said
        .slice(0, day.index)
        .replace(/\s+(?:on|at|by|last|this)\s*$/i, '')
        .trim()
    : '';
  return day && before.split(/\s+/).length >= 2 ? before : said;
}
const CALLED_OFF =
  /\b(?:cancell?ed|called\s+off|postponed|put\s+off|rained\s+(?:off|out)|washed\s+out|scrapped|axed|shelved|scratched|nixed|scrubbed|abandoned)\b/i;
/** Past-tense verbs that report something other than a task done. */
const NOT_DONE = new Set(
  (
    'forget miss fail try want need start begin skip plan schedule reschedule move postpone delay push change rename add ' +
    'create set tag untag mark delete remove lose break think hope wish mean decide see hear say show list search sort ' +
    'filter update edit undo reopen like love hate assign share spell misspell misspelled misspelt type mistype mistyped ' +
    // What someone thought or noticed is no work done: "I realised the bank task needs more detail".
    'have realise realize notice think guess know learn discover wonder suppose ' +
    // A state that is no end of the work: "the printer is broken", "the project is stuck".
    'break broke block stick stall hold bore excite worry confuse stress overwhelm damage flood leak crash ' +
    // A kitchen mishap is no work done: "burnt the toast again", "spilt the gravy", "overcooked the rice".
    'burn burnt spill spilt smash ruin overcook undercook scorch shatter wreck stain overboil curdle ' +
    // "back in a bit": "a bit" is a while, never "bit" of "bite".
    'bite'
  ).split(' '),
);

/** What a report of a thing done names: "painting the fence" → "the fence", "took the bins out" → "the bins". */
export function thingDone(said: string): string {
  // "(sorted) out the car insurance yesterday": a particle left of a phrasal verb, and when it was done, go.
  const reference = said
    // "managed to do the taxes", "got round to calling the bank": the effort it took, and a verb of doing after it.
    .replace(
      /^(?:managed?|got\s+round|got\s+around|was\s+able|were\s+able)\s+to\s+(?:(?:do|finish|complete|get)\s+(?=(?:the|my|our|a|an)\s))?/i,
      '',
    )
    .replace(/^(?:out|up|off|away|in|back|over|down)\s+(?=(?:the|my|our|a|an|that|this)\s)/i, '')
    // "(managed to) call the landlord": the doing itself, before what it was done to.
    .replace(
      /^(?:call|ring|phone|email|text|visit|see|pay|book|fix|clean|finish|do|send|buy|get|pick\s+up|drop\s+off|file|submit|return)\s+(?=(?:the|my|our|a|an)\s)/i,
      '',
    )
    .replace(WHEN_DONE, '')
    .replace(/^.*$/, withoutDayDone)
    // "the report? done", "the report has been (done)", "bins are out (✔)": the state said of the thing goes too.
    .replace(
      /\s*[?:]$|\s+(?:has|have|had)\s+been$|\s+(?:is|are|was|were)(?:\s+(?:out|up|off|away|back|in|done|finished|completed?))?$/i,
      '',
    )
    .trim();
  const terms = englishTerms(reference);
  const [verb] = terms;
  // "the cleaning of the oven": a gerund after an article names the doing too.
  if (terms[0]?.tags.includes('Determiner') && terms[1]?.tags.includes('Gerund') && terms[2]?.normal === 'of')
    return thingDone(reference.replace(/^\S+\s+/, ''));
  // compromise may take "cleaning" there for a noun: "the <doing> of <thing>" still names the thing.
  const doingOf = /^(?:the\s+)?[a-z]{3,}ing\s+of\s+(.+)$/i.exec(reference);
  if (doingOf?.[1]) return doingOf[1];
  if (!verb || terms.length < 2 || !(verb.tags.includes('PastTense') || verb.tags.includes('Gerund'))) return withoutCompany(reference);
  // The verb and its particles ("picked up") go; so does a particle closing the sentence ("took the bins out").
  const particles = terms.slice(1).findIndex((term) => !term.tags.includes('Particle'));
  const kept = terms
    .slice(1 + Math.max(particles, 0))
    .map((term) => `${term.pre ?? ''}${term.text}${term.post ?? ''}`)
    .join('')
    .trim()
    // "fixed up the bike": a particle compromise did not tag as one.
    .replace(/^(?:up|out|off|away|down|in|back|over)\s+(?=(?:the|my|our|a|an|that|this)\s)/i, '')
    .replace(/(\S)\s+(?:out|up|off|away|back|down|in)$/i, '$1')
    // "cleaning of the oven": what was cleaned.
    .replace(/^(?:of|for)\s+/i, '')
    // "gave mum her evening meds", "read the kids their story": who it was given to goes; what was given is the task.
    .replace(/^(?:the\s+)?\p{L}+\s+(?:her|his|their)\s+(?=\S)/iu, '')
    // "finished painting the fence": the doing after the verb of finishing goes too.
    .replace(/^[a-z]{3,}ing\s+(?=(?:the|my|our|a|an|his|her|their)\s)/i, '');
  return withoutCompany(kept || reference);
}

/**
 * "(did) the homework with the kids", "(called) the insurance people": who it was done with, or "people" after the
 * one called, is no part of the task's name.
 */
function withoutCompany(thing: string): string {
  return thing
    .replace(/(\S)\s+with\s+(?:the\s+(?:kids|children|family|team|boys|girls)|my\s+\p{L}+|mum|mom|dad|him|her|them|friends)$/iu, '$1')
    .replace(/(\S)\s+(?:people|guys|folks)$/i, '$1');
}

/** A request to the chat in the same sentence: the past tense before it is the reason, not a report of work done. */
const REQUEST = /\b(?:can|could|would|will)\s+(?:you|u)\b|\bplease\b|\bpls\b/i;

/** The task a past-tense report names, by the thing done, or undefined when the sentence is no such report. */
export function pastTenseDone(said: string, text: string): string | undefined {
  if (/\?\s*$/.test(said) || NEGATIVE.test(text) || REQUEST.test(text)) return undefined;
  const rest = text.replace(LEAD, '').replace(WHEN_DONE, '').trim();
  const trip = TRIP_THEN_WORK.exec(rest);
  if (trip?.[1]) return pastTenseDone(said, trip[1]);
  // "had the car serviced", "got the boiler fixed": what was done to it, by someone else.
  const had = /^(?:had|got)\s+((?:the|my|our|a|an)\s+.+?)\s+([a-z]+)$/i.exec(rest);
  if (had?.[1] && had[2] && pastRoot(had[2]) && !NOT_DONE.has(pastRoot(had[2]) ?? '')) return had[1];
  const [verb, next] = englishTerms(rest);
  if (!verb || !next || !verb.tags.includes('PastTense') || verb.tags.includes('Auxiliary')) return undefined;
  // "I've got the MOT on monday": "have got" says what one has, not what was done ("I got the milk" was done).
  if (/^got$/i.test(verb.text) && /^\W*(?:i|we)(?:'ve|\s+have)\s+got\b/i.test(text)) return undefined;
  // "did I call mom": a question without its mark.
  if (next.tags.includes('Pronoun') && !/^(?:my|our|his|her|their)$/i.test(next.text)) return undefined;
  // compromise's root of a rare verb may be clipped ("misspelled" → "misspel"): the word as written is checked too.
  if ([verb.root, verb.normal, verb.text].some((form) => form && NOT_DONE.has(form.toLowerCase()))) return undefined;
  return thingDone(rest);
}

/** "mowed" → "mow": the root of a word English reads as a verb in the past after "we", or undefined. */
function pastRoot(word: string): string | undefined {
  const [verb] = englishTerms(`we ${word} it`).slice(1);
  return verb?.tags.includes('PastTense') ? (verb.root ?? verb.normal) : undefined;
}

/**
 * "the lists I've made", "show me what we wrote": the thing is described by what the speaker did to it, in a question
 * or a request to be shown, never reported done.
 */
const SPEAKER_DID_IT = /^(?:show|list|tell|remind|give|see)\b|\s(?:i|we|you)(?:'ve|'d|\s+have|\s+had)?$/i;

/** "the gutters are cleaned", "the car got washed", "the report is submitted, you can close it": the task, or undefined. */
export function passiveDone(said: string, reported: string): string | undefined {
  if (/\?\s*$/.test(said) || NEGATIVE.test(reported)) return undefined;
  // "the gym is cancelled", "the party got called off": what happened to it, not work done ("I cancelled the gym
  // membership" is, and is read as a past tense).
  if (CALLED_OFF.test(reported)) return undefined;
  // "the tax return is submitted 😅": a feeling after the report says nothing of the task.
  // "the plumber came round so the boiler is fixed": the thing reported done is in the last clause.
  const text = lastClause(reported.replace(/(?:\s|\p{Extended_Pictographic}|\u{FE0F}|\u{200D})+$/u, '')).replace(WHEN_DONE, '');
  // "gas bill paid", "dentist booked": without the verb "to be" too, when English knows the word as a past tense.
  // "rent: paid": the state may come after a colon or a dash.
  const bare = /^((?:the\s+|my\s+)?[\p{L}\p{N}' -]+?)(?:\s*[:–—-])?\s+([a-z]+)$/iu.exec(text.replace(/\s+done$/i, ''));
  const bareRoot =
    bare?.[2] && isPastTenseWord(bare[2])
      ? (englishTerms(`it was ${bare[2]}`)[2]?.root ?? bare[2])
      : bare?.[2]
        ? pastRoot(bare[2])
        : undefined;
  // "report's sorted": the "'s" is "is", no part of the task's name.
  const subject = (bare?.[1] ?? '').replace(/(\p{L})'s$/u, '$1');
  if (
    bareRoot &&
    (!NOT_DONE.has(bareRoot) || /^sorted$/i.test(bare?.[2] ?? '')) &&
    !/^(?:i|we|you|they|he|she|it|what|which|who|how|when|where|why|did|have|has)\b/i.test(subject) &&
    !/\s(?:is|are|was|were|got|been|be)$/i.test(subject) &&
    !SPEAKER_DID_IT.test(subject)
  )
    return subject;
  const match =
    /^([^,;]+?)(?:\s+(?:is|are|got|has\s+been|have\s+been|was|were)|'s\s+been)\s+(?:all\s+|now\s+|finally\s+)?([a-z]+)(?:\s+(?:up|out|off|away|in|down))?(?:\s*[,;]\s*(?:you\s+can\s+|so\s+|please\s+)?(?:close|complete|tick\s+off|mark)\s+(?:it|that)(?:\s+(?:off|done))?)?$/i.exec(
      text,
    );
  if (!match?.[1] || !match[2] || /^(?:what|which|who|when|where|how|is|are)\b/i.test(match[1])) return undefined;
  // "the boiler is fixed": compromise takes "fixed" after "was" for an adjective; after "we" it is the verb it is.
  const [passive] = englishTerms(`it was ${match[2]}`).slice(2);
  const [active] = englishTerms(`we ${match[2]} it`).slice(1);
  const verb = passive?.tags.includes('Verb') ? passive : active;
  // "the boiler service is sorted": said of a task, sorted is done (a sorted list is asked for with "sort").
  if (/^sorted$/i.test(match[2])) return match[1];
  if (!verb || !(verb.tags.includes('PastTense') || verb.tags.includes('Participle'))) return undefined;
  if (NOT_DONE.has((verb.root ?? verb.normal ?? verb.text).toLowerCase())) return undefined;
  return match[1];
}
