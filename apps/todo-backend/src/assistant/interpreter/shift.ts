import { numberOf } from '../number-words.ts';
import { readMoveSaid } from './move-said.ts';
import type { Interpretation } from './offline-interpreter.ts';

// "push the dentist back 2 days", "bring the meeting forward an hour", "move X a day later": the due date moves by an
// amount from where it is, never to a date read from the amount ("an hour" is not "in an hour").

export type ShiftReading =
  | { kind: 'shift'; ref: string; by: string }
  | { kind: 'move'; ref: string; date: string }
  | { kind: 'help'; reason: string };

/** An amount always says how many ("a day", "2 days"): "to next month" names a date, not a shift. */
const AMOUNT = String.raw`(?:a\s+couple(?:\s+of)?|couple\s+of|half\s+an?|\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty-five)\s+(?:(?:more|extra)\s+)?(?:minutes?|mins?|hours?|hrs?|days?|weeks?|fortnights?|months?|years?)`;
const LATER_WORDS = /^(?:back|out|later|off|down\s+the\s+road)$/i;
const EARLIER_WORDS = /^(?:forward|earlier|sooner|up)$/i;
/** Verbs that say the direction themselves: postponing is always later, bringing forward always earlier. */
const LATER_VERBS = /^(?:postpone|delay|defer|put\s+off|push|bump|kick|slide|shove|shunt|snooze)$/i;

const SHIFT = new RegExp(
  // "kick the grout job down the road a couple weeks": the idiom says later.
  String.raw`^(postpone|delay|defer|put\s+off|push|bump|kick|slide|shove|shunt|snooze|move|shift|reschedule|bring|make)\s+(?:(back|out|forward|up|off)\s+)?(.+?)\s+(?:(back|out|forward|up|later|earlier|sooner|off|down\s+the\s+road)\s+)?(?:by\s+|for\s+|to\s+)?(${AMOUNT})(?:\s+(later|earlier|sooner|back|forward|out))?$`,
  'i',
);

const UNITS: [RegExp, (count: number) => string][] = [
  [/^min/i, (n) => `PT${n}M`],
  [/^(?:hour|hr)/i, (n) => `PT${n}H`],
  [/^day/i, (n) => `P${n}D`],
  [/^fortnight/i, (n) => `P${2 * n}W`],
  [/^week/i, (n) => `P${n}W`],
  [/^month/i, (n) => `P${n}M`],
  [/^year/i, (n) => `P${n}Y`],
];

/** "2 days" → "P2D", "an hour" → "PT1H", "half an hour" → "PT30M", "a couple of weeks" → "P2W". */
export function amountAsDuration(amount: string): string | undefined {
  const words = amount.trim().toLowerCase().split(/\s+/);
  const unit = words.at(-1) ?? '';
  // "one more day", "two extra weeks": as many as said.
  const said = words
    .slice(0, -1)
    .filter((word) => !/^(?:more|extra)$/.test(word))
    .join(' ');
  if (/^half\s+an?$/.test(said) && /^(?:hour|hr)/.test(unit)) return 'PT30M';
  const count = /couple/.test(said) ? 2 : numberOf(said);
  if (count === undefined || count <= 0) return undefined;
  return UNITS.find(([pattern]) => pattern.test(unit))?.[1](count);
}

/** A move of a task's due date by an amount or to a date, or undefined when the sentence says none. */
export function readShift(text: string): ShiftReading | undefined {
  const moved = readMoveSaid(text);
  return shiftBy(text) ?? (moved ? { kind: 'move', ...moved } : undefined);
}

/** "the day after", "the day before" said alone: next to the day the task is on. */
const DAY_NEXT_TO_ITS_OWN = /^(?:to\s+|till\s+|until\s+)?the\s+day\s+(after|before)$/i;

const AMOUNT_AND_WAY = new RegExp(String.raw`^(${AMOUNT})\s+(later|earlier|sooner)$`, 'i');

/**
 * "can we do the plumber a day later": a new due date that is an amount and a way moves the task by that amount from
 * its own date, never to "a day later" than now.
 */
export function shiftNotDate(reading: Interpretation): Interpretation {
  if (reading.kind !== 'call' || reading.tool !== 'set_due_date' || typeof reading.args.date !== 'string') return reading;
  // "the dentist can go the day after", "push it to the day before": the day after the task's own date, not tomorrow.
  const dayNextTo = DAY_NEXT_TO_ITS_OWN.exec(reading.args.date.trim())?.[1];
  if (dayNextTo) return { ...reading, tool: 'postpone_task', args: { by: /after/i.test(dayNextTo) ? 'P1D' : '-P1D' } };
  const [, amount = '', way = ''] = AMOUNT_AND_WAY.exec(reading.args.date.trim()) ?? [];
  const by = amountAsDuration(amount);
  if (!by) return reading;
  return { ...reading, tool: 'postpone_task', args: { by: /later/i.test(way) ? by : `-${by}` } };
}

/** "VAT return one day earlier pls": the task and how far, with no verb; the way said says the move. */
const WITHOUT_VERB = new RegExp(
  String.raw`^(?!(?:add|create|new|remind|todo|to-do|every|each|ping|nudge|alert|tell|wake|can|could|would|will|shall|let'?s|lets|please|pls|we|i|you|u|do)\b)(.+?)\s+(${AMOUNT})\s+(later|earlier|sooner)(?:\s+(?:pls|please|thanks))?$`,
  'i',
);

function shiftWithoutVerb(text: string): ShiftReading | undefined {
  const said = WITHOUT_VERB.exec(text.trim());
  const by = said?.[2] ? amountAsDuration(said[2]) : undefined;
  if (!said?.[1] || !by) return undefined;
  return { kind: 'shift', ref: said[1], by: /later/i.test(said[3] ?? '') ? by : `-${by}` };
}

/** A relative move of a task's due date, or undefined when the sentence says none. */
function shiftBy(text: string): ShiftReading | undefined {
  const match = SHIFT.exec(text);
  if (!match?.[1] || !match[3] || !match[5]) return shiftWithoutVerb(text);
  const verb = match[1].toLowerCase().replace(/\s+/g, ' ');
  const directions = [match[2], match[4], match[6]].filter((word): word is string => word !== undefined);
  const later = directions.some((word) => LATER_WORDS.test(word));
  const earlier = directions.some((word) => EARLIER_WORDS.test(word)) || (verb === 'bring' && directions.length === 0);
  if (verb === 'bring' && !earlier) return undefined;
  // "make the dentist an hour later": "make" moves only with the way said after the amount ("make it 2 days" is no move).
  if (verb === 'make' && !/^(?:later|earlier|sooner)$/i.test(match[6] ?? '')) return undefined;
  const by = amountAsDuration(match[5]);
  if (!by) return undefined;
  if (later && earlier) return { kind: 'help', reason: `Earlier or later? Say for example "move it ${match[5]} later".` };
  if (earlier) return { kind: 'shift', ref: match[3], by: `-${by}` };
  if (later || LATER_VERBS.test(verb)) return { kind: 'shift', ref: match[3], by };
  // "move the meeting an hour": which way is not said.
  return { kind: 'help', reason: `Earlier or later? Say for example "move it ${match[5]} later" or "${match[5]} earlier".` };
}
