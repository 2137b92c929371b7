import { WEEKDAY_NAMES } from '../calendar-words.ts';
import type { Interpretation } from './offline-interpreter.ts';

// A time only the caller knows: "on my day off", "after my shift", "before I leave", "when I'm off", "the day before I
// fly", "before my flight". The chat knows no rota and no travel plans, so a date, a reminder or a listing said by one
// is asked about, never guessed or taken into a title. What is only for that time ("bread for after my shift") names no
// time, and a change that needs none (a due date cleared, a task done) is read as said. "before the flight" names a
// task's own words ("tag the suitcases before the flight"); only the caller's own journey is a time they know, unless
// its day is said ("before our flight on saturday at 7am").

/** Each kind of time only the caller knows, with what the chat does not know of it. */
const PERSONAL_TIMES: [pattern: RegExp, unknown: string][] = [
  [
    /\b(?:on|to|till|until|for|over|during|by)\s+my\s+(?:next\s+)?(?:days?\s+off|rest\s+days?|weekend\s+off)\b|(?<!\bfor\s+)\b(?:after|before|when)\s+(?:my|the)\s+(?:next\s+)?shift\b|\bbefore\s+i\s+(?:leave|go|head\s+out|start)\b|\bwhen\s+i(?:'?m|\s+am)\s+(?:off|home|back)\b/i,
    'your shifts or days off',
  ],
  [
    /(?<!\bfor\s+)\b(?:before|after)\s+(?:(?:i|we)\s+(?:fly|travel|set\s+off|go\s+away)|(?:my|our)\s+(?:flight|trip|holiday|travels))\b(?!\s+(?:on|at|this|next|tomorrow|tonight|today|in)\b)/i,
    'your travel plans',
  ],
];

/** Tools whose request needs the time said: a due date, a reminder or the day a listing is for. */
const NEEDS_A_TIME = new Set([
  'add_task',
  'create_recurring',
  'set_due_date',
  'postpone_task',
  'set_reminder',
  'filter_tasks',
  'list_tasks',
  'search_tasks',
]);

/** Arguments that say when: a reading with one of them took its time from other words ("…, what's on for tomorrow?"). */
const TIME_KEYS = ['due', 'due_date', 'date', 'at', 'due_before', 'due_after'];

export function timesOnlyYouKnow(message: string, reading: Interpretation): Interpretation {
  const [said, unknown] =
    PERSONAL_TIMES.map(([pattern, unknown]) => [pattern.exec(message), unknown] as const).find(([found]) => found) ?? [];
  if (!said || (reading.kind !== 'call' && reading.kind !== 'help')) return reading;
  if (reading.kind === 'call') {
    if (!NEEDS_A_TIME.has(reading.tool) || (reading.tool === 'set_due_date' && reading.args.date === null)) return reading;
    // The time's own words ("days off", "shift", "leave") read as a title, a search or a date: never kept.
    const timeWords = said[0].replace(/^\S+\s+(?:my|our|the|i|we)\s+(?:next\s+)?/i, '').toLowerCase();
    const tookTimeWords = JSON.stringify([reading.args, reading.target ?? null])
      .toLowerCase()
      .includes(timeWords);
    if (!tookTimeWords && TIME_KEYS.some((key) => reading.args[key] !== undefined)) return reading;
  }
  return {
    kind: 'help',
    reason: `When is "${said[0].trim()}"? I don't know ${unknown}: say a day or a time, for example "saturday 9am".`,
  };
}

/**
 * "the saturday before", "the day after the trip", "the weekend before half term": a day counted from an event the
 * chat has no date for. Said as a reminder before a task ("ping me the day before the school trip") it is the
 * reminder's length; read as a date or taken into a title it would be a guess, so it is asked. "the monday after next"
 * and "the day after tomorrow" count from a day the date reader knows.
 */
/** After "before" or "after", a day the date reader counts from: "the day after tomorrow", "the monday after next". */
const KNOWN_DAY_AFTER = String.raw`(?!\s+(?:next|tomorrow|today|tonight|that|this|\d))`;
const DAY_OF_AN_EVENT = new RegExp(
  String.raw`\bthe\s+(?:day|night|morning|evening|weekend|week|${WEEKDAY_NAMES.join('|')})\s+(?:before|after)\b${KNOWN_DAY_AFTER}`,
  'i',
);

/** "saturday before", "the day after the trip": a day counted from something, in a reading's date or title. */
const COUNTED_DAY = new RegExp(String.raw`\b(?:before|after)\b${KNOWN_DAY_AFTER}`, 'i');

/** The arguments a day counted from an event would land in when read as a date or a title. */
const DATED_KEYS = ['due_date', 'date', 'at', 'due_before', 'due_after', 'title', 'query'];

export function dayOfAnEventAsked(message: string, reading: Interpretation): Interpretation {
  const said = DAY_OF_AN_EVENT.exec(message);
  if (!said || reading.kind !== 'call') return reading;
  // "the day before my flight on friday": the event's own day is said, and read by the date rules.
  if (/\b(?:on|this|next)\s+\w|\b(?:tomorrow|today|tonight)\b/i.test(message.slice(said.index + said[0].length))) return reading;
  const tookTheDay = DATED_KEYS.some((key) => {
    const value = reading.args[key];
    return typeof value === 'string' && COUNTED_DAY.test(value);
  });
  if (!tookTheDay) return reading;
  return {
    kind: 'help',
    reason: `When is "${said[0].trim()}"? I don't know the date it counts from: say a day, for example "saturday 9am".`,
  };
}
