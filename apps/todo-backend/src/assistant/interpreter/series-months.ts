import { MONTH_WORD, monthNumber } from '../calendar-words.ts';

// The months a new series keeps to, said with its rule: "mow the lawn weekly from april to october", "every saturday
// between may and september", "water the tomatoes every day in july and august". They bound the rule (BYMONTH), never
// name its first due date ("from april" is not the start of a series that ends in October): the first date is left to
// the rule, found from today by the tool, so a season said in May starts this May, not next April.

export interface SeriesMonths {
  /** The words without the months. */
  text: string;
  /** The months, 1 to 12, in the order of the year from the first one said. */
  months: number[];
}

const MONTH = `(${MONTH_WORD})(?!\\s*\\d)`;
/** "from april to october", "between may and september", "april to october", "april-october". */
const RANGE = new RegExp(
  String.raw`(?:,\s*|\s+)(?:(?:from|between)\s+)?${MONTH}\s*(?:to|till|until|through|thru|-|–|and)\s*${MONTH}\b`,
  'i',
);
/**
 * "in july and august", "during june, july and august", "in may": the months named one by one ("starting in march" is
 * the series' start).
 */
const LISTED = new RegExp(
  String.raw`(?:,\s*|\s+)(?<!\b(?:starting|beginning|commencing|from)\s+)(?:in|during)\s+(${MONTH_WORD}(?:\s*(?:,|and|&)\s*${MONTH_WORD})*)\b(?!\s*\d)`,
  'i',
);

function monthsFrom(first: number, last: number): number[] {
  const months: number[] = [];
  for (let month = first; months.length < 12; month = (month % 12) + 1) {
    months.push(month);
    if (month === last) break;
  }
  return months;
}

/** The months a series keeps to, taken out of its words; a range that wraps the year ("october to march") wraps. */
export function seriesMonthsSaid(text: string): SeriesMonths | undefined {
  const range = RANGE.exec(text);
  // "from april and june" is no range: "and" joins two months only after "between".
  const joinsRange = range && !(/\band\b/i.test(range[0]) && !/\bbetween\b/i.test(range[0]));
  if (range?.[1] && range[2] && joinsRange) {
    return { text: text.replace(range[0], ' ').trim(), months: monthsFrom(monthNumber(range[1]), monthNumber(range[2])) };
  }
  const listed = LISTED.exec(text);
  if (!listed?.[1]) return undefined;
  const months = [...new Set(listed[1].split(/\s*(?:,|and|&)\s*/i).map(monthNumber))].filter((month) => month > 0);
  return { text: text.replace(listed[0], ' ').trim(), months };
}

const SHORT_RULES: Record<string, string> = { daily: 'FREQ=DAILY', weekly: 'FREQ=WEEKLY', monthly: 'FREQ=MONTHLY', yearly: 'FREQ=YEARLY' };

/**
 * The rule kept to its months. A yearly rule is left as it is: "every year in march" names a month without its day,
 * which is asked before this reads it.
 */
export function ruleInMonths(pattern: string, months: number[]): string | undefined {
  const rule = SHORT_RULES[pattern.toLowerCase()] ?? pattern;
  if (/FREQ=YEARLY|BYMONTH=/i.test(rule) || months.length === 0 || months.length === 12) return undefined;
  return `${rule};BYMONTH=${[...months].sort((a, b) => a - b).join(',')}`;
}
