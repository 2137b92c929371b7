import { findRecurrences } from '../../quick-add/quick-add-syntax.ts';

// "every weekday except for fridays", "every day other than sunday": the days of a rule said by the ones left out,
// written as the days that are left, so the rules for listed days read them. The forms the rule reader reads itself
// ("every weekday except friday", "every day but sunday") stay as said: a rule said so names no first day.

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const SHORT: Record<string, (typeof DAYS)[number]> = {
  mon: 'monday',
  tue: 'tuesday',
  tues: 'tuesday',
  wed: 'wednesday',
  thu: 'thursday',
  thur: 'thursday',
  thurs: 'thursday',
  fri: 'friday',
  sat: 'saturday',
  sun: 'sunday',
};
const DAY = String.raw`(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?s?`;
const LEFT_OUT = new RegExp(
  String.raw`\b(every|each)\s+(week\s*day|day)\s*,?\s+(?:but\s+not|except(?:\s+for)?|apart\s+from|other\s+than|bar|but)\s+(?:on\s+)?(${DAY}(?:\s*(?:,|and|or)\s*${DAY})*)\b`,
  'gi',
);

const dayOf = (word: string) => {
  const stem = word.toLowerCase().replace(/s$/, '').replace(/day$/, '');
  return DAYS.find((day) => day.startsWith(stem)) ?? SHORT[stem];
};

/** The sentence with a rule's days left out written as the days that are left. */
export function withDaysLeftOut(text: string): string {
  return text.replace(LEFT_OUT, (all, every: string, span: string, out: string) => {
    const [read] = findRecurrences(all);
    if (read && read.start === 0 && read.end === all.length) return all;
    const from = /week/i.test(span) ? DAYS.slice(0, 5) : DAYS;
    const left = new Set(out.split(/\s*(?:,|\band\b|\bor\b)\s*/i).map(dayOf));
    if (left.has(undefined)) return all;
    const kept = from.filter((day) => !left.has(day));
    if (kept.length === 0 || kept.length === from.length) return all;
    return `${every} ${kept.slice(0, -1).join(', ')}${kept.length > 1 ? ' and ' : ''}${kept.at(-1)}`;
  });
}
