import { formatDuration, parseDuration } from '@doable/contracts';
import { DateTime } from 'luxon';
import { dateReader, resolveDate } from '../dates.ts';
import { COUNT_WORD, numberOf } from '../number-words.ts';
import { dateWordStartsAName } from './date-words-in-names.ts';
import { lengthNamesAThing } from './lengths-in-names.ts';
import { monthNamesSomeone } from './months-as-names.ts';
import type { TaskRef } from './offline-interpreter.ts';
import { pastDateNamesAThing } from './past-dates-in-names.ts';
import { timeBeforeADay } from './time-before-a-day.ts';

// The pieces of a sentence the interpreter reads: task references, tags, durations, reminders and dates (priorities:
// priority-words.ts).

export const WEEKDAYS: Record<string, string> = {
  monday: 'MO',
  mon: 'MO',
  tuesday: 'TU',
  tue: 'TU',
  tues: 'TU',
  wednesday: 'WE',
  wed: 'WE',
  thursday: 'TH',
  thu: 'TH',
  thurs: 'TH',
  friday: 'FR',
  fri: 'FR',
  saturday: 'SA',
  sat: 'SA',
  sunday: 'SU',
  sun: 'SU',
};

export const WEEKDAY_WORD = '(?:mon|tue|tues|wed|thu|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?';

export const clean = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    // "mow the lawn, , low", "when he comes , £15": the words read out before a comma leave it where it was.
    .replace(/\s*,(?:\s*,)*/g, ',')
    .replace(/^[\s,;:.–—-]+|[\s,;:.–—-]+$/g, '')
    .replace(/^(?:and|with|to)\s+|\s+(?:and|with)$/gi, '')
    .replace(/^["'“‘](.*)["'”’]$/, '$1')
    .trim();

/** "1 hour", "an hour", "half an hour", "90 minutes", "2 days", "1h" → "1h", "30m", "1h30m", "2d", "1h". */
export function toDuration(text: string): string | undefined {
  const said = text.trim().toLowerCase();
  if (/^half\s+an?\s+hour$/.test(said)) return '30m';
  const compact = /^(\d+)\s*([wdhm])$/.exec(said);
  const match = compact ?? new RegExp(`^(\\d+|${COUNT_WORD})\\s*-?\\s*(minutes?|mins?|hours?|hrs?|days?|weeks?)$`).exec(said);
  if (!match) return undefined;
  const [, amount = '', unit = ''] = match;
  const count = numberOf(amount) ?? 1;
  const letter = unit.startsWith('min') ? 'm' : unit.startsWith('h') ? 'h' : unit[0];
  // In the shortest spelling, as the API answers it: "90 minutes" is 1h30m.
  const seconds = parseDuration(`${count}${letter}`);
  return seconds === undefined ? undefined : formatDuration(seconds);
}

/** Words after a length that make it a reminder's lead time: "1h before", "a day ahead", "30m b4". */
export const BEFORE = '(?:before|beforehand|b4|ahead|early|earlier|in\\s+advance|prior)';
/** Who asks for a reminder: "remind me", "ping me", or the verb alone before a lead time ("ping 1h b4"). */
export const REMIND_VERB =
  '(?:(?:remind|ping|alert|nudge|notify|warn)(?:\\s+me)?|give\\s+me\\s+(?:a\\s+)?(?:heads[\\s-]?up|nudge|shout|ping|reminder)|(?:a\\s+)?heads[\\s-]?up)';

export const DURATION = `(?:half\\s+an?\\s+hour|(?:\\d+|${COUNT_WORD})\\s*-?\\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|[wdhm]))`;

/** Words that point at the task the conversation is about; "the whole task" is all of it, never one titled "whole". */
const POINTS_BACK =
  /^(?:it|that|this|that one|this one|last one|same one|same task|that task|this task|(?:whole|entire)\s+(?:task|thing|one|item))$/i;
/** "this one occurrence", "just this one": one date of the series the conversation is about, never a title. */
const ONE_OCCURRENCE = /^(?:just\s+|only\s+)?(?:this|that)(?:\s+one)?(?:\s+(?:single\s+)?(?:occurrence|instance|time))?$/i;

/** A title in quotes: its words exactly, "thing" and "stuff" and all. */
const QUOTED_TITLE = /^\s*["“‘']([^"“”‘’']*[^\s"“”‘’'][^"“”‘’']*)["”’']\s*$/u;

/** 'get rid of "learn guitar" lets be honest': a title in double quotes first, remarks after it. */
const QUOTED_THEN_REMARK = /^\s*["“]([^"“”]*[^\s"“”][^"“”]*)["”]\s+[^"“”]+$/u;

export function parseTaskRef(text: string): TaskRef | undefined {
  const quoted = QUOTED_TITLE.exec(text)?.[1] ?? QUOTED_THEN_REMARK.exec(text)?.[1];
  if (quoted && !/^#?\d+$/.test(quoted.trim())) return { title: quoted.trim() };
  const ref = clean(text)
    // "the dentist? move it to friday": the mark that asked about it is no part of it.
    .replace(/\s*[?!]+$/, '')
    // "the passport renewal, so you may remove it", "the login fix, close it": what follows the comma is said of it.
    .replace(/\s*,\s*(?:(?:so|and|but|because|as|since)\s|(?:close|tick|check|mark|cross|clear|remove|delete)\s+(?:it|that)\b).*$/i, '')
    .replace(/^(?:the|my)\s+/i, '')
    // "this task 12": a number names the task whatever points at it; "that dentist task": the task so named.
    .replace(/^(?:this|that)\s+(?=(?:task|todo)\s*#?\d+$|\S+(?:\s+\S+)*\s+(?:task|todo|item)$)/i, '')
    .trim();
  const id = /^(?:(?:task|todo|item)\s*)?(?:#|no\.?\s*|number\s*)?(\d+)$/i.exec(ref);
  if (id) return { id: Number(id[1]) };
  // "task six", "task number eight", "task twenty three": a number written in words, after "task" or "number" only ("the
  // six" could be a title).
  const spelt = /^(?:task\s+(?:number\s+|no\.?\s+)?|number\s+|no\.?\s+)([a-z-]+(?:\s+[a-z]+)?)$/i.exec(ref);
  const count = spelt?.[1] && !/^an?$/i.test(spelt[1]) ? numberOf(spelt[1]) : undefined;
  if (count !== undefined) return { id: count };
  if (POINTS_BACK.test(ref) || ONE_OCCURRENCE.test(ref)) return { last: true };
  // "that last one", "the one I just added", "the task we talked about": the task the conversation last touched.
  if (
    /^(?:that\s+|this\s+)?(?:last|latest)\s+(?:one|task|todo|item)$|^(?:one|task|todo|item)\s+(?:that\s+)?(?:i|we|you)\s+(?:just\s+)?(?:added|created|made|mentioned|wrote|entered|put\s+in|talked\s+about)(?:\s+(?:just\s+now|earlier|before|a\s+moment\s+ago))?$/i.test(
      ref,
    )
  )
    return { last: true };
  // "the second one", "the other task": a place in a list shown earlier, which a sentence alone cannot tell.
  if (/^(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th|other|next|previous|top|bottom)\s+(?:one|task|todo|item)$/i.test(ref))
    return undefined;
  const title = clean(
    ref
      // "tick off the bank thing": "thing" names the task as "task" does.
      .replace(/\s+(?:task|todo|one|item|thing|stuff)$/i, '')
      // "the grant deadline", "the deadline on the report", "the tax return's due date": a deadline is its task's date,
      // so the words name the task ("deadline" alone, or inside a title, stays: "chase the deadline extension"). After an
      // acronym it is the deadline's own name ("the VAT deadline", "the UCAS deadline"), which a task is called by.
      .replace(/(\S+?)(?:'s)?\s+(?:deadline|due\s+date|hand[\s-]?in\s+date)$/iu, (all, before: string) =>
        /^\p{Lu}{2,}$/u.test(before) ? all : before,
      )
      // "the due time for pay rent", "the date of the meeting", "the priority of renew passport": the field named first.
      .replace(/^(?:deadline|(?:due\s+)?(?:date|time)|hand[\s-]?in\s+date|priority)\s+(?:on|for|of)\s+(?:the\s+|my\s+)?(?=\S)/i, '')
      // "renew passport from high (to medium)": the level it had is no part of its name.
      .replace(/\s+from\s+(?:high|medium|low|normal|urgent|top)(?:\s+priority)?$/i, '')
      // "the task that says complete the tax return": what it says is its title.
      .replace(
        /^(?:(?:task|todo|one|thing)\s+(?:(?:currently|now)\s+(?:called|named|titled)|called|named|titled|about|of|for|with|(?:that|which)\s+(?:says|reads)|saying)|(?:task|todo)|(?:currently|now)\s+(?:called|named|titled))\s+(?:the\s+)?/i,
        '',
      )
      // "the one with receipts in the name": the words in it.
      .replace(/\s+in\s+(?:the|its)\s+(?:name|title)$/i, '')
      // A reaction after the words ("the thesis 🎓") is no part of a task's name.
      .replace(/(?:\s*(?:\p{Extended_Pictographic}|\u{FE0F}|\u{200D}))+$/u, ''),
  );
  return title ? { title } : undefined;
}

export function splitTags(list: string): string[] {
  return list
    .split(/\s*(?:,|\band\b|&|\s)\s*/i)
    .map((tag) => tag.replace(/^#/, '').trim().toLowerCase())
    .filter((tag) => tag !== '' && tag !== 'and');
}

/** A time written after "@" ("@10am", "@7pm"), which is no tag. */
export const TIME_TAG = /^\d{1,2}(?:[:.]\d{2})?\s*[ap]m$/i;

export function extractTags(text: string): { text: string; tags: string[] } {
  const tags: string[] = [];
  let rest = text.replace(/(?:^|\s)[#@]([\p{L}\p{N}_-]*\p{L}[\p{L}\p{N}_-]*)/gu, (all, tag: string) => {
    // "@10am" is a time, not a tag.
    if (TIME_TAG.test(tag)) return all;
    tags.push(tag.toLowerCase());
    return '';
  });
  // "weekly review every friday, tag #planning": the word that said the "#" tags were tags.
  if (tags.length > 0)
    rest = rest.replace(/(?:,\s*|\s+)(?:and\s+)?(?:tag(?:ged)?|tags|labels?|labell?ed)(?:\s+(?:it|as|with))*(?=\s*(?:$|[,;]))/i, '');
  // "tagged client and due soon", "tagged diy and by friday": a word that says a state, a date or a level after "and"
  // starts another filter. "sew name labels into the PE kit", "print labels for the jars": labels so used are things,
  // and a word that only joins ("into", "for", the "as" of "what did I tag as someday") is never a tag.
  const clause =
    /(?:,\s*|\s+)(?:with\s+|and\s+)?(?:the\s+)?(?:(?:tag|label)\s+it(?:\s+(?:as|with))?|(?:tags?|tagged|labels?|labelled|labeled)(?:\s+(?:with|as))?)\s*:?\s+(?!(?:into|in|on|onto|for|to|from|off|of|the|an?|and|or)\s)([\p{L}\p{N}_-]+(?:(?:\s*,\s*|\s+and\s+|\s*&\s*)(?!(?:due|overdue|late|high|low|medium|urgent|important|pending|open|done|completed|finished|not|still|that|which|is|are)\b|(?:by|on|at|before|until|till|every|today|tomorrow|tonight)(?![\p{L}\p{N}_-]))[\p{L}\p{N}_-]+)*)/iu;
  const match = clause.exec(rest);
  if (match?.[1]) {
    tags.push(...splitTags(match[1]));
    rest = rest.slice(0, match.index) + rest.slice(match.index + match[0].length);
  }
  return { text: rest, tags: [...new Set(tags)] };
}

/** "…, remind me at 4pm": a reminder at a time, said after the task and its due date. */
const REMIND_AT_CLAUSE = new RegExp(
  String.raw`(?:,\s*|;\s*|\s*\+\s*|\s+)(?:and\s+)?(?:i'?d\s+like\s+|i\s+(?:want|need|would\s+like)\s+)?(?:${REMIND_VERB}|(?:with\s+)?(?:a\s+)?reminder)\s+((?:at|on|@|in|tomorrow|tonight|next)\s+\S.*?|tomorrow|tonight)\s*$`,
  'i',
);
/**
 * Any fixed instant, for words only checked to be a date or times compared on one day ("the day before at 9"), never
 * placed in time.
 */
export const SOME_DAY = new Date(Date.UTC(2026, 0, 1, 12));

/** "at 6 the morning of", "at 7 that morning", "at 8 on the day": the day the task is due, said after the time. */
const ON_THE_DUE_DAY = /\s+(?:(?:on\s+)?the\s+(morning)\s+of(?:\s+it)?|that\s+(morning)|on\s+the\s+day)$/i;

/**
 * A reminder at a time after a due date with its own ("call Sam tomorrow 5pm, remind me at 4pm"): the lead time
 * between the two on the due day (1h), since a task is added with a lead time only. A reminder on another day, or
 * after the due time, is asked about: its time is never the due date.
 */
function reminderAtClause(text: string): { text: string; before?: string; ask?: string } | undefined {
  const clause = REMIND_AT_CLAUSE.exec(text);
  if (!clause?.[1]) return undefined;
  const rest = text.slice(0, clause.index);
  const ask = 'When should I remind you? Say how long before it is due, for example "remind me 1 hour before".';
  const due = extractDate(rest).date;
  const sameDay = ON_THE_DUE_DAY.exec(clause[1]);
  const atSaid = sameDay ? clause[1].slice(0, sameDay.index) : clause[1];
  // "at 6 the morning of": a bare hour that morning is the morning's.
  const said = (sameDay?.[1] ? atSaid.replace(/(\d)$/, '$1am') : atSaid).replace(/^@\s*/, 'at ');
  // "renew passport, remind me in 2 weeks": without a date of its own, the task is due then, as "remind me in 2 weeks
  // to renew passport" is.
  if (!due && extractDate(said).date) return { text: `${rest} ${said}`, before: '0m' };
  const [at] = dateReader.parse(said, SOME_DAY);
  if (!due || !at || at.start.isCertain('day') || at.start.isCertain('weekday') || !at.start.isCertain('hour')) return { text: rest, ask };
  // "take the chicken out tonight, remind me at 6", "pay the milkman friday, remind me at 9": a due day (or part of one)
  // with no time of its own, and a reminder at a time that day: the time is when it is due, reminded then.
  const [dueSaid] = dateReader.parse(due, SOME_DAY);
  if (dueSaid && !dueSaid.start.isCertain('hour') && !dueSaid.start.isCertain('minute')) return { text: `${rest} ${said}`, before: '0m' };
  try {
    const dueAt = DateTime.fromJSDate(resolveDate(due, 'UTC', SOME_DAY), { zone: 'UTC' });
    const remindAt = DateTime.fromJSDate(resolveDate(said, 'UTC', SOME_DAY), { zone: 'UTC' });
    const minutes = dueAt.hour * 60 + dueAt.minute - (remindAt.hour * 60 + remindAt.minute);
    const before = minutes > 0 ? toDuration(`${minutes} minutes`) : undefined;
    return before ? { text: rest, before } : { text: rest, ask };
  } catch {
    return { text: rest, ask };
  }
}

/** "call mum at 6 and remind me": a reminder asked for at the time the task is due. */
const REMIND_ME_THEN = /[,;]?\s+(?:and\s+)?(?:remind|ping|nudge|alert|notify)\s+me(?:\s+(?:then|too|please|pls|about\s+it))?$/i;

// "…, a reminder 45 min before would be great": the courtesy after the lead goes with it, no part of the title; "with a
// 1 hour warning": the lead time said before its noun.
export function extractRemindBefore(text: string): { text: string; before?: string; ask?: string } {
  const at = reminderAtClause(text);
  if (at) return at;
  const then = REMIND_ME_THEN.exec(text);
  if (then && extractDate(text.slice(0, then.index)).date) return { text: text.slice(0, then.index), before: '0m' };
  const match = new RegExp(
    `(?:,\\s*|;\\s*|\\s*\\+\\s*|\\s+)(?:and\\s+|with\\s+|plus\\s+|i'?d\\s+like\\s+|i\\s+(?:want|need|would\\s+like)\\s+)?(?:${REMIND_VERB}|(?:(?:set|add|put)\\s+)?(?:a\\s+)?reminder(?:\\s+for)?)\\s+(?:(${DURATION})|the\\s+(day|night|week))\\s+${BEFORE}\\b(?:\\s+(?:would|will|'d)\\s+be\\s+(?:great|nice|good|helpful|handy|ideal|perfect|lovely|fine))?|(?:,\\s*|\\s*\\+\\s*|\\s+)(?:with|and|plus)\\s+an?\\s+(${DURATION})\\s+(?:reminder|warning|heads[\\s-]?up|notice|alert|nudge|ping)\\b`,
    'i',
  ).exec(text);
  const amount = match?.[1] ?? match?.[3];
  if (!match || (!amount && !match[2])) return { text };
  const before = amount ? (toDuration(amount) ?? amount) : match[2]?.toLowerCase() === 'week' ? '1w' : '1d';
  return { text: text.slice(0, match.index) + text.slice(match.index + match[0].length), before };
}

/** Words that make "the weekend" a date: "over the weekend", "by the weekend". */
const SPAN_LEAD = /\b(?:by|over|during|on|for|until|till|til|before)\s+(?:the\s+)?$/i;

/** The last date phrase chrono finds, with a "due"/"by"/"on" before it, removed from the text. */
export function extractDate(said: string): { text: string; date?: string } {
  // "on monday the 2nd": the weekday only agrees with the day of the month; the day of the month is read.
  const text = said.replace(new RegExp(String.raw`\b(?:${WEEKDAY_WORD}),?\s+(?=the\s+\d{1,2}(?:st|nd|rd|th)\b)`, 'i'), '');
  // "by (the) end of the week": chrono reads "the week" alone; resolveDate reads the whole phrase.
  const endOf =
    /(?:,\s*|\s+|^)(?:due\s+)?(?:by\s+|before\s+|at\s+)?(?:(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(week|month|quarter)|eo(w|m|q))\b/i.exec(
      text,
    );
  const period = endOf?.[1] ?? (endOf?.[2] ? { w: 'week', m: 'month', q: 'quarter' }[endOf[2].toLowerCase()] : undefined);
  if (endOf && period) {
    return { text: text.slice(0, endOf.index) + text.slice(endOf.index + endOf[0].length), date: `end of the ${period.toLowerCase()}` };
  }
  // "plan the week", "review the month": a span named alone is a title's word, not a date ("over the weekend" is one).
  const results = dateReader.parse(text, new Date(), { forwardDate: true }).filter(
    (result) =>
      result.text.length >= 3 &&
      // "gym 3 times a week": a rhythm, never a due date a week from now.
      !/^(?:an?|one|per)\s+(?:day|week|month|year)$/i.test(result.text.trim()) &&
      // "send the 1099s", "file the 1040s": a form's number in the plural, never a clock time.
      !/^\d{3,4}s$/i.test(result.text.trim()) &&
      // "do 10 minutes of german", "the missing 12.5 hrs": an amount of the errand, never a due date ("in 10 minutes" is).
      !/^\d+(?:\.\d+)?\s+(?:minutes?|mins?|hours?|hrs?)$/i.test(result.text.trim()) &&
      // "get a second quote", "buy a second fridge": an ordinal of the errand, never a moment from now ("in a second" is).
      !/^an?\s+(?:second|sec|minute|min|moment)$/i.test(result.text.trim()) &&
      // "… set a reminder for 30 min before": a lead time, never a due date.
      !new RegExp(String.raw`\b${BEFORE}\s*$`, 'i').test(result.text) &&
      !monthNamesSomeone(text.slice(0, result.index), result.text) &&
      !pastDateNamesAThing(text.slice(0, result.index), result.text) &&
      !dateWordStartsAName(text.slice(0, result.index), result.text, text.slice(result.index + result.text.length)) &&
      !lengthNamesAThing(text.slice(0, result.index), result.text, text.slice(result.index + result.text.length)) &&
      (!/^(?:the\s+)?(?:week|month|year|day|weekend)$/i.test(result.text.trim()) ||
        (/weekend/i.test(result.text) && SPAN_LEAD.test(text.slice(0, result.index)))),
  );
  const result = results.at(-1);
  if (!result) {
    // chrono does not read a day of the month alone ("on the 1st"); resolveDate does. As in quick add, it is a day only
    // after a word that leads to one or with nothing of the title after it: "fix the 2nd floor light" has no date.
    const dayOfMonth =
      /(?:,\s*|\s+)(?:due\s+)?(?:on\s+|for\s+|by\s+|until\s+|till\s+|before\s+|from\s+)(the\s+\d{1,2}(?:st|nd|rd|th))\b|(?:,\s*|\s+)(?:due\s+)?(the\s+\d{1,2}(?:st|nd|rd|th))(?=\s*(?:[,;.]|$))/i.exec(
        text,
      );
    const day = dayOfMonth?.[1] ?? dayOfMonth?.[2];
    if (!dayOfMonth || !day) return { text };
    return { text: text.slice(0, dayOfMonth.index) + text.slice(dayOfMonth.index + dayOfMonth[0].length), date: day };
  }
  let start = result.index;
  // "on the 20th at 6am": chrono reads only the time; the day of the month before it belongs to the same date.
  // "on the 5th of next month": the same; so does "on the 10th, 5.40pm", the time after a comma.
  // "before the 15th of next month", "by the 1st of next month": the word that leads the day goes with it.
  // "due 1st of next month": without "the", "of" says it is the month's day.
  const day =
    /(?:,\s*|\s+)(?:due\s+)?(?:(?:on|by|before|until|till|for)\s+)?(the\s+\d{1,2}(?:st|nd|rd|th)|\d{1,2}(?:st|nd|rd|th)(?=\s+of\s*$))(\s+of)?(?:\s*,)?\s*$/i.exec(
      text.slice(0, start),
    );
  if (day?.[1] && !result.start.isCertain('day')) {
    const rest = text.slice(0, day.index) + text.slice(result.index + result.text.length);
    return { text: rest, date: `${day[1]}${day[2] ? ' of' : ''} ${result.text.trim()}` };
  }
  const before = text.slice(0, start);
  const clock = result.start.isCertain('hour') ? undefined : timeBeforeADay(before);
  if (clock) {
    const rest = text.slice(0, clock.index) + text.slice(result.index + result.text.length);
    return { text: rest, date: `${result.text.trim().replace(/^(?:on|by)\s+/i, '')} ${clock.time}` };
  }
  // "on the 3rd of february", "by friday", ", closes friday": the words that lead the date go with it; "in 20 minutes"
  // has its own.
  const lead =
    /(?:,\s*|\s+)(?:(?:due(?:\s+(?:on|by|at|before))?|by|on|for|until|till|before|at|over|during|no\s+later\s+than|not\s+later\s+than)(?:\s+the)?|(?:this\s+)?coming|later|first\s+thing|(?:for\s+|by\s+)?some\s*time|(?<=,\s*)(?:closes|closing(?:\s+date)?|deadline|last\s+date)(?:\s+is)?(?:\s+(?:on|by|at))?)\s*$/i.exec(
      before,
    );
  if (lead && !/^(?:in|on|at|by|for)\s/i.test(result.text)) start = lead.index;
  // "sometime in the next 2 weeks", "within the coming month": the words that lead to a span ahead go with it.
  const within = /(?:,\s*|\s+)(?:(?:some\s*time|any\s*time)\s+)?(?:with)?in\s+the\s*$/i.exec(before);
  if (within && /^(?:next|coming|following)\b/i.test(result.text)) start = within.index;
  // "book the flu jab sometime in october": "sometime" goes with a date that has its own "in".
  const sometime = /(?:,\s*|\s+)(?:some\s*time|any\s*time)\s*$/i.exec(before);
  if (sometime && /^in\s/i.test(result.text)) start = sometime.index;
  const end = result.index + result.text.length;
  // "closes 11:59pm on the 30th": a time, then the day of the month it falls on (which chrono does not read alone).
  const dayAfter = /^\s*,?\s*(?:on\s+(the\s+\d{1,2}(?:st|nd|rd|th))\b|(the\s+\d{1,2}(?:st|nd|rd|th))(?=\s*(?:[,;.!?]|$)))/i.exec(
    text.slice(end),
  );
  const dayOfTime = dayAfter?.[1] ?? dayAfter?.[2];
  if (dayAfter && dayOfTime && result.start.isCertain('hour') && !result.start.isCertain('day')) {
    const time = result.text.trim().replace(/^(?:at|by|on)\s+/i, '');
    return { text: text.slice(0, start) + text.slice(end + dayAfter[0].length), date: `${dayOfTime} at ${time}` };
  }
  const rest = text.slice(0, start) + text.slice(end);
  return { text: rest, date: result.text.trim().replace(/^(?:on|by)\s+/i, '') };
}
