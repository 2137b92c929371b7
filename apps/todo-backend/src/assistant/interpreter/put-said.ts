import { COUNT_WORD } from '../number-words.ts';
import { stripPoliteness } from './politeness.ts';
import { PRIORITY_VALUE } from './priority-words.ts';
import { isWholeDate } from './whole-dates.ts';

// "put" with a particle: a priority put up or down ("put up the priority of 5"), a task put off ("put off the vet",
// "put the vet off": postponed, to a day the sentence may not say) or put a span of time out ("put the school forms
// two weeks out"), or a chore to add, titled with its verb ("put the
// bins out on monday", "put up the shelves", "put the heating on"). Without one, "put" files something ("put milk on
// the list", "put bananas in Groceries") or moves a task ("put the dentist on monday"), and the other rules read it.

/** "put up the priority of 5", "put the gym's priority down": said the way the priority rules read it. */
const PRIORITY_UP_OR_DOWN = [
  /^put\s+(up|down)\s+(the\s+priority\s+(?:of|on|for)\s+.+)$/i,
  /^put\s+(the\s+priority\s+(?:of|on|for)\s+.+?|.+?'s\s+priority)\s+(up|down)$/i,
];

/** A field of a task after the particle is a change to it ("put up the priority of 5"), never a chore. */
const TASK_FIELD = /\b(?:priority|prio|due\s+date|deadline|reminder|tags?|labels?|task\s+\d+)\b/i;
/** "put up the shelves", "put away the shopping": the particle first. */
const PARTICLE_FIRST = /^put\s+(?:up|away|out|together|aside)\s+([^,;:]+)/i;
/** "put the bins out on monday", "put the tent up": the particle after the thing, maybe with when after it. */
const PARTICLE_AFTER = /^put\s+((?:the|my|our|a|an|some|his|her|their)\s+[^,;:]+?)\s+(?:out|away|up|together|aside)(?:\s|$)/i;
/** "put the heating on", "put the slow cooker on": "on" ending the sentence. */
const ON_AT_END = /^put\s+((?:the|my|our|a|an|some)\s+[^,;:]+?)\s+on$/i;

/** "put off the vet", "put the vet off until friday": "off" says postponed, never done nor a title's word. */
const PUT_OFF = [
  /^put\s+off\s+(?!by\b)([^,;:]+)$/i,
  /^put\s+((?:the|my|our|that|this|it|task)\b[^,;:]*?)\s+off(\s+(?:until|till|til|to)\s+[^,;:]+)?$/i,
];

/** "put the school pick up back to normal": a level at the end says a priority, whatever particle the title has. */
const LEVEL_AT_END = new RegExp(
  String.raw`\s(?:back\s+|down\s+|up\s+)?(?:to|at|on|as|into)\s+(?:a\s+)?${PRIORITY_VALUE}(?:\s+(?:priority|prio))?$`,
  'i',
);

/** "put the school forms two weeks out": a task named with "the"/"my", then a span of time and "out". */
const PUT_SPAN_OUT = new RegExp(
  String.raw`^put\s+((?:the|my)\s+[^,;:]+?)\s+((?:\d{1,3}|${COUNT_WORD})\s+(?:days?|weeks?|months?))\s+out$`,
  'i',
);

/**
 * "put the vet back, I ticked it by accident": a task put back after a tick said to be a mistake is reopened, never a
 * chore "put the vet back" to add.
 */
const PUT_BACK_AFTER_A_TICK =
  /^put\s+([^,;]+?)\s+back(?:\s+(?:on|onto)\s+(?:my|the)\s+list)?\s*(?:[,;.]|\s[-–—])?\s*(?:(?:i|we)\s+(?:\w+\s+)?(?:ticked|checked|crossed|marked|completed|closed)\b(?=.*\b(?:by\s+(?:accident|mistake)|accidentally|wrongly|in\s+error)\b).*)$/i;

/**
 * "put the dentist on friday instead", "can you put the vet on monday instead?": "instead" says the task is on another
 * day already, so it is moved there, never a task "the dentist instead" to add.
 */
const PUT_ON_A_DAY_INSTEAD = /^put\s+((?:the|my|our|that|this|task)\b.+?|#?\d+)\s+(?:on|for|to)\s+(.+?)\s+instead$/i;

/** "take the urgent tag back off the report", "put the home tag back on 5": "back" says again, and changes nothing. */
const BACK_ON_OR_OFF = /(^|\s)(put|take)\s+((?:the|my|its|that|this)\s+[^,;]+?)\s+back\s+(on|onto|off)\s+(?=\S)/i;

/** The sentence said the way the rules read it when "put" has a particle; otherwise as said. */
/**
 * "chuck the bike task in home projects", "bung the report into Work": a verb of throwing with a place after it puts the
 * task there ("chuck the bike task in the bin" is read by the rules for deleting).
 */
const THROWN_IN =
  /^(?:chuck|throw|toss|bung|shove|stick|pop)\s+((?:the|my|this|that)\s+.+?\s+(?:task|todo|one)|it|that|#?\d+|task\s+\d+)\s+(in|into|onto|under)\s+(?!(?:the\s+)?(?:bin|trash|rubbish|garbage|skip|recycling|bin\s+.*)$)(.+)$/i;

/**
 * "put in "haircut" next tues", "put "check smoke alarms" in Home Projects, twice a year", "chuck 'book flights' in as
 * high pri": a title in quotes put in, or put somewhere, is a task to add; a level it goes in "as" is its priority.
 */
const QUOTED_PUT_IN = /^(?:put|stick|chuck|pop|bung|throw|jot)\s+(?:in|down)\s+(["“'‘].+)$/i;
// A bare "put 'fix gate' under Home Projects" moves a task there is; with a when, a rule or a level after the place,
// it adds one.
const QUOTED_PUT_SOMEWHERE =
  /^(?:put|stick|chuck|pop|bung|throw)\s+(["“'‘][^"”'’]+["”'’]\s+(?:in|into|on|onto|under)\s+(?!as\b)\S[^,]*?(?:,(?!\s*(?:not|rather\s+than|instead\s+of)\b)|\s(?:for|every|each|twice|once|due|by|at|tomorrow|today|tonight|next|this)\b).*)$/i;
const IN_AS_A_LEVEL = new RegExp(
  String.raw`^(?:put|stick|chuck|pop|bung|throw)\s+(.+?)\s+in\s+as\s+(?:an?\s+)?(${PRIORITY_VALUE}|urgent|top)(?:\s+(?:pri|prio|priority))?(?=\s*(?:[,;.!]|$))(.*)$`,
  'i',
);

export function putSaid(sentence: string): string {
  const level = IN_AS_A_LEVEL.exec(sentence.trim());
  // What follows the level is a field of the task ("…, due friday") or a reason for it ("…, need it done before prices
  // go up"), which names nothing of it.
  const after =
    level?.[3] && /^\s*,?\s*(?:due|by|on|at|for|tomorrow|today|tonight|next|this|every|in\s+\d)\b/i.test(level[3]) ? level[3] : '';
  if (level?.[1] && level[2]) return `add ${level[1]}, ${level[2]} priority${after}`;
  const quotedIn = QUOTED_PUT_IN.exec(sentence.trim())?.[1];
  if (quotedIn) return `add ${quotedIn}`;
  const quoted = QUOTED_PUT_SOMEWHERE.exec(sentence.trim())?.[1];
  if (quoted) return `add ${quoted}`;
  const thrown = THROWN_IN.exec(sentence.trim());
  if (thrown?.[1] && thrown[3]) return `put ${thrown[1]} ${thrown[2]} ${thrown[3]}`;
  const reopened = PUT_BACK_AFTER_A_TICK.exec(stripPoliteness(sentence.trim()))?.[1];
  if (reopened) return `reopen ${reopened}`;
  const onADay = PUT_ON_A_DAY_INSTEAD.exec(stripPoliteness(sentence.trim()).replace(/[?!.]+$/, ''));
  if (onADay?.[1] && onADay[2] && isWholeDate(onADay[2])) return `move ${onADay[1]} to ${onADay[2]}`;
  const text = sentence.replace(BACK_ON_OR_OFF, '$1$2 $3 $4 ');
  const said = text.trim();
  for (const [index, shape] of PRIORITY_UP_OR_DOWN.entries()) {
    const match = shape.exec(said);
    if (!match?.[1] || !match[2]) continue;
    const [way, field] = index === 0 ? [match[1], match[2]] : [match[2], match[1]];
    const named = /^the\s+priority\s+(?:of|on|for)\s+/i.test(field) ? field : `the priority of ${field.replace(/'s\s+priority$/i, '')}`;
    return `${/^up$/i.test(way) ? 'raise' : 'lower'} ${named}`;
  }
  if (LEVEL_AT_END.test(said)) return text;
  for (const shape of PUT_OFF) {
    const match = shape.exec(said);
    if (match?.[1]) return `postpone ${match[1]}${match[2] ?? ''}`;
  }
  // "put the school forms two weeks out": a task put a span of time ahead is moved there, never a chore "put … out".
  const spanOut = PUT_SPAN_OUT.exec(said);
  if (spanOut?.[1] && spanOut[2]) return `move ${spanOut[1]} to ${spanOut[2]} from now`;
  const thing = (PARTICLE_FIRST.exec(said) ?? PARTICLE_AFTER.exec(said) ?? ON_AT_END.exec(said))?.[1];
  return thing && !TASK_FIELD.test(thing) ? `add ${said}` : text;
}
