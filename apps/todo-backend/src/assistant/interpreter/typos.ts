import { distance, english, isPastTenseWord } from './word-roots.ts';

// Typing mistakes in the words the interpreter keys on ("complte", "tomorow"), corrected before parsing.

export const VERBS = [
  'add',
  'create',
  'new',
  'show',
  'list',
  'display',
  'search',
  'find',
  'sort',
  'order',
  'mark',
  'complete',
  'finish',
  'finished',
  'completed',
  'done',
  'reopen',
  'uncomplete',
  'delete',
  'remove',
  'erase',
  'tag',
  'untag',
  'move',
  'share',
  'invite',
  'assign',
  'unassign',
  'reassign',
  'reschedule',
  'postpone',
  'push',
  'set',
  'change',
  'make',
  'rename',
  'update',
  'remind',
  'prioritize',
  'prioritise',
  'deprioritize',
  'deprioritise',
  'what',
  'whats',
  'which',
  'every',
  'tasks',
  'overdue',
  'priority',
];

export const KNOWN_WORDS = new Set([
  // "last saturday of the month - car boot sale": a rule said first, never a misspelt "list".
  'last',
  // "very urgent: call the school": how much, never a misspelt "every".
  'very',
  'that',
  'thats',
  'its',
  'dont',
  'tags',
  'labels',
  'todos',
  'todo',
  'task',
  'help',
  'hello',
  'anything',
  'ship',
  'take',
  'water',
  'read',
  'call',
  'pick',
  'book',
  'wash',
  'feed',
  'send',
  'clean',
  'fix',
  'buy',
  'pay',
  // "mist the ferns every other morning": a plant chore, never a misspelt "list".
  'mist',
  // "mate, the bbq prep isn't till sunday": a friend addressed, never a misspelt "make".
  'mate',
  // Verbs the interpreter reads that are one or two letters from another ("delegate" is not "delete").
  'delegate',
  'unschedule',
  'hand',
  'give',
  'retag',
  'relabel',
  'jot',
  'note',
  'file',
  'strip',
  'edit',
  'wrapped',
  'knocked',
  'crossed',
  'gotta',
  'need',
  // Coursework shorthand: "pset due friday" is a problem set, "assgn" an assignment, never "set" or "assign".
  'pset',
  'psets',
  'assgn',
  'assgns',
  // "mind the gap" is no misspelt "find".
  'mind',
  // "shelve the newsletter until next week", "snooze the bins till friday": new dates, not misspelt verbs.
  'shelve',
  'snooze',
  // "tone down the newsletter" lowers it; it is no misspelt "done".
  'tone',
  // "the bake sale thing is done", "bake sale is at 3": a cake stall, never a misspelt "make"; nor is the cake.
  'bake',
  'cake',
]);

export const KEYWORDS = ['priority', 'tomorrow', 'overdue', 'reminder', 'deadline', 'description'];

/** The words that end "mark 7 as …": a misspelling there ("doen", "compelte", "finsihed") is one of them. */
const STATES = ['done', 'complete', 'completed', 'finished'];

/** Shorthand people type for dates: "tmrw", "2moro", "tonite", "nxt wk", "@ 5" (a time, not a tag). */
const SHORTHAND: [RegExp, string][] = [
  [/\b(?:tmrw|tmr|tmrow|tmoro|2moro|2morrow|2morow|tomoz)'?s\b/gi, "tomorrow's"],
  [/\b(?:tmrw|tmr|tmrow|tmoro|2moro|2morrow|2morow|tomoz)\b/gi, 'tomorrow'],
  [/\b(?:tonite|2nite)\b/gi, 'tonight'],
  [/\b2day\b/gi, 'today'],
  // "ring the gp 2moro am", "sat pm": the half of the day after a day, as its part of the day.
  [/\b(tomorrow|today|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\s+am\b(?!\s*\d)/gi, '$1 morning'],
  [/\b(tomorrow|today|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?)\s+pm\b(?!\s*\d)/gi, '$1 afternoon'],
  [/\bnxt\b/gi, 'next'],
  [/\b(next|this|a|per)\s+wk\b/gi, '$1 week'],
  [/\s@\s+(?=\d)/g, ' at '],
  [/\bb4\b/gi, 'before'],
  [/\b(?:evry|evrey|evey)\b/gi, 'every'],
  [/\babt\b/gi, 'about'],
  [/^rmd\b/gi, 'remind'],
  [/^chg\b/gi, 'change'],
  [/^mv\b/gi, 'move'],
  [/^resched\b/gi, 'reschedule'],
  [/^re-name\b/gi, 'rename'],
  [/\bteh\b/gi, 'the'],
  [/\b(?:shl?d|shud)\b/gi, 'should'],
  [/\bfrm\b/gi, 'from'],
  [/^ths\b/gi, 'this'],
  [/\bdesc\b/gi, 'description'],
  // A digit for the word it sounds like, only where the word is sure: "need 2 renew" (not "buy 2 lemons").
  [/\b(need|have|got|want|going|remember|forget|how)\s+2\s+(?=[a-z])/gi, '$1 to '],
  [/\btsk\b/gi, 'task'],
  // "snd quote to smith tmrw": the verb with its vowel left out.
  [/^snd\b/gi, 'send'],
  // "rename item 7 to …", "make todo #7 urgent": a task's number named with another noun (never first: "todo 20 pushups").
  [/(?<=\S\s+)(?:item|todo|to-do)\s+#?(?=\d+\b(?!\s*(?:x|times|mins?|minutes|hours?|days?|pushups|reps)\b))/gi, 'task '],
  [/\b(?:tsks|tasgs|taks)\b/gi, 'tasks'],
  [/\bwot'?s\b/gi, "what's"],
  [/\bwot\b/gi, 'what'],
  [/^wat'?s\b/gi, "what's"],
  [/^(?:wat|wut|wht)\b/gi, 'what'],
];

/** Fixes misspelt keywords anywhere ("prority", "tommorow") and a misspelt state after "as" at the end ("as doen"). */
export function correctKeywords(said: string): string {
  let text = said;
  for (const [pattern, word] of SHORTHAND) text = text.replace(pattern, word);
  // "mark 7 as dne", "mark as dne 9", "the report is doen", "report: donee": the state at the end, or before the
  // task's number.
  // "mrk 4 dnoe": after "mark" and the task, the last word is the state too.
  const state =
    /(\b(?:as|is|are|was|been)\s+|'s\s+|\s*[:–—-]\s*|(?<=^(?:mark|mrk|mrak)\s+\S.*?)\s+)([a-z]{3,})(\s+(?:task\s+)?#?\d+)?$/i.exec(text);
  // A state with a prefix ("incomplete", "unfinished", "undone") says the opposite: it is a word, never a typo.
  const word = state?.[2]?.toLowerCase() ?? '';
  if (state && !STATES.some((s) => word.endsWith(s))) {
    const sorted = (w: string) => [...w].sort().join('');
    // A vowel left out: "dne" is done.
    const vowelDropped = (s: string) => [...s].some((letter, i) => /[aeiou]/.test(letter) && s.slice(0, i) + s.slice(i + 1) === word);
    // Letters swapped, a vowel left out, or one or two edits in a longer word: "doen", "dne" → done, but "dine" or
    // "gone" stay as they are.
    // A letter held down: "donee", "doone".
    const single = (w: string) => w.replace(/(.)\1+/g, '$1');
    const fixed = STATES.find(
      (s) => sorted(s) === sorted(word) || vowelDropped(s) || single(word) === single(s) || (word.length >= 6 && distance(word, s) <= 2),
    );
    if (fixed) text = text.slice(0, state.index) + state[1] + fixed + (state[3] ?? '');
  }
  // Only where a date goes: after "by", "on", "next", … or before a time ("buy a sundae" keeps its sundae).
  text = text.replace(
    // "add wash car sundy": or last, where a phone typist leaves the day, spelt to end as a day does ("buy a sundae" stays).
    /\b((?:by|on|due|next|this|until|till|before|after|every|from)\s+)([a-z]{5,})\b|\b([a-z]{5,})(?=\s+(?:at\s+)?\d)|(?<!\b(?:a|an|the|my|your|our|some|of|this|that)\s+)\b([a-z]{4,}y)$/gi,
    (_all, before: string | undefined, afterWord: string | undefined, beforeTime: string | undefined, last: string | undefined) =>
      before && afterWord ? before + correctWeekday(afterWord) : correctWeekday(beforeTime ?? last ?? ''),
  );
  return text.replace(/\b[a-z]{6,}\b/gi, (word) => {
    const lower = word.toLowerCase();
    if (KEYWORDS.includes(lower)) return word;
    // A typo keeps the first letter: "prescription" is a word of its own, not "description" misspelt.
    const match = KEYWORDS.find((keyword) => keyword[0] === lower[0] && distance(lower, keyword) <= (lower.length >= 8 ? 2 : 1));
    // "prioritse" is a misspelt verb ("prioritise"), nearer to it than to the keyword "priority".
    if (match && VERBS.some((verb) => distance(lower, verb) < distance(lower, match))) return word;
    return match ?? word;
  });
}

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** "frday", "thrusday": a weekday misspelt, unless English knows the word ("mondays"). */
function correctWeekday(word: string): string {
  const lower = word.toLowerCase();
  if (WEEKDAYS.includes(lower) || english().world().model.one.lexicon[lower] !== undefined) return word;
  const allowed = lower.length >= 8 ? 2 : 1;
  const [only, other] = WEEKDAYS.filter((day) => day[0] === lower[0] && distance(lower, day) <= allowed);
  return only && !other ? only : word;
}

/** Verbs that say what "change" says: "modify the title of 5 to …", "adjust the priority of the budget to medium". */
const SAME_AS_CHANGE = /^(?:modify|alter|amend|tweak|adjust|revise)(?=\s)/i;

/**
 * "pull up my work tasks", "bring up the overdue stuff", "gimme today's stuff": verbs that say "show", before the
 * list or a kind of task ("bring up the budget at the meeting" stays what it is).
 */
const SAME_AS_SHOW =
  /^(?:(?:pull|bring|call)\s+up|gimme)(?=\s+(?:(?:all\s+)?(?:my|the|all)\s+)?(?:tasks|todos|list|to-?do\s+list|everything|anything|overdue|late|urgent|important|high|low|completed|done|open|pending|today|tomorrow|what|which|[\p{L}-]+\s+(?:tasks|todos|stuff|items|ones))\b)/iu;
/** "dig up the visa task", "hunt for anything about the boiler": verbs that say "find", before a task or "anything". */
const SAME_AS_FIND =
  /^(?:dig\s+up|dig\s+out|hunt\s+(?:for|down)|track\s+down|locate|search\s+out)(?=\s+(?:(?:the|my)\s+.+\s+(?:task|todo|one)$|anything|everything|something|tasks))/i;
/** "park the newsletter until next week": a verb of putting off, kept when "until" says till when (not "mark"). */
const PUT_OFF_UNTIL = /^(?:park|defer)\s.*\s(?:until|till|til)\s/i;

/** "deleted my old emails": a deletion said in the past reports work done, never the verb "delete" misspelt. */
const DELETED = /^(?:deleted|removed|erased)$/;

/** Fixes a misspelt leading verb ("compelte", "serach", "delte"): one edit for short words, two for long ones. */
export function correctVerb(said: string): string {
  const text = said.replace(SAME_AS_CHANGE, 'change').replace(SAME_AS_SHOW, 'show').replace(SAME_AS_FIND, 'find');
  if (PUT_OFF_UNTIL.test(text)) return text;
  const match = /^([a-z']+)(.*)$/is.exec(text);
  if (!match) return text;
  const [, word = '', rest = ''] = match;
  const lower = word.toLowerCase().replace(/'/g, '');
  // "sent the invoice" is no misspelt "set": a word English knows as a past tense is kept.
  if (VERBS.includes(lower) || KNOWN_WORDS.has(lower) || isPastTenseWord(lower) || DELETED.test(lower)) return text;
  // Written without its vowels ("shw", "lst", "rmv", "srch") or with two letters swapped ("sreach"): the verb it keeps
  // the letters of, when only one verb does.
  const consonants = (w: string) => w.replace(/[aeiou]/g, '');
  const sortedLetters = (w: string) => [...w].sort().join('');
  const shortened = /^[^aeiouy]{3,}$/.test(lower) ? VERBS.filter((verb) => verb !== lower && consonants(verb) === lower) : [];
  const swapped = lower.length >= 5 ? VERBS.filter((verb) => verb[0] === lower[0] && sortedLetters(verb) === sortedLetters(lower)) : [];
  const [only, other] = [...shortened, ...swapped];
  if (only && !other) return only + rest;
  const typo = vowelSlip(lower);
  if (typo) return typo + rest;
  if (lower.length < 4) {
    // A vowel left out inside the verb ("mve", "mrk"): the one verb it leaves, when only one does.
    const vowelLeftOut = VERBS.filter(
      (verb) =>
        verb.length === lower.length + 1 &&
        [...verb].some(
          (letter, i) => i > 0 && i < verb.length - 1 && /[aeiou]/.test(letter) && verb.slice(0, i) + verb.slice(i + 1) === lower,
        ),
    );
    if (vowelLeftOut.length === 1) return vowelLeftOut[0] + rest;
    const completed = VERBS.find(
      (verb) =>
        (verb.length === lower.length + 1 && verb.startsWith(lower)) ||
        (verb.length === lower.length && sortedLetters(verb) === sortedLetters(lower)),
    );
    return lower.length >= 2 && completed ? completed + rest : text;
  }
  // Two edits only in a long word: "invoice" is no misspelt "invite".
  const allowed = lower.length >= 8 ? 2 : 1;
  // "unfinished", "redo": a verb with a prefix is a word of its own, not the verb misspelt.
  if (VERBS.some((verb) => verb.length >= 4 && lower.length > verb.length && lower.endsWith(verb))) return text;
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const verb of VERBS) {
    const d = distance(lower, verb);
    if (d < bestDistance) {
      best = verb;
      bestDistance = d;
    }
  }
  return best ? best + rest : text;
}

/** Verbs a phone typist drops a vowel from ("lowr", "remnd") besides the ones above. */
const VOWEL_SLIP_VERBS = [...VERBS, 'lower', 'raise', 'bump', 'reschedule'];

/**
 * "remnd", "lowr": a verb with one vowel left out; "dleet": its consonants in order with the vowels misplaced. Only
 * for a word English does not know ("dealt" is no "delete") and only when one verb fits.
 */
function vowelSlip(word: string): string | undefined {
  if (word.length < 4 || english().world().model.one.lexicon[word] !== undefined) return undefined;
  const consonants = (w: string) => w.replace(/[aeiou]/g, '');
  const fits = VOWEL_SLIP_VERBS.filter(
    (verb) =>
      verb[0] === word[0] &&
      ([...verb].some((letter, i) => /[aeiou]/.test(letter) && verb.slice(0, i) + verb.slice(i + 1) === word) ||
        (consonants(verb) === consonants(word) && consonants(word).length >= 3 && Math.abs(verb.length - word.length) <= 1)),
  );
  return fits.length === 1 ? fits[0] : undefined;
}
