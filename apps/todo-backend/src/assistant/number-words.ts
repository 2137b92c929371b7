// Numbers said in words, one table for the chat and quick add alike: "for seven days", "every nine weeks", "the next
// fifteen days", "twenty-five past 3". One to ninety-nine, with a hyphen or a space between the tens and the units.

const UNITS =
  'one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen';
const TENS = 'twenty thirty forty fifty sixty seventy eighty ninety';

function numberTable(): Record<string, number> {
  const units = UNITS.split(' ');
  const table: Record<string, number> = Object.fromEntries(units.map((word, at) => [word, at + 1]));
  TENS.split(' ').forEach((ten, at) => {
    const value = 20 + 10 * at;
    table[ten] = value;
    units.slice(0, 9).forEach((unit, step) => {
      table[`${ten}-${unit}`] = value + step + 1;
      table[`${ten} ${unit}`] = value + step + 1;
    });
  });
  return table;
}

/** "seven" → 7, "twenty-five" and "twenty five" → 25. */
const NUMBER_WORDS: Record<string, number> = numberTable();

const LONGEST_FIRST = Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|');
/** The number words for a regular expression, longest first, so "twenty-five" is read whole and never "twenty". */
export const NUMBER_WORD = `(?:${LONGEST_FIRST})`;
/** A count said as a number word, "a" or "an" ("an hour", "a week"): for a regular expression. */
export const COUNT_WORD = `(?:${LONGEST_FIRST}|an?)`;

/** The number said in digits or in words ("a" and "an" are one), or undefined. */
export function numberOf(said: string): number | undefined {
  const words = said.trim().toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(words)) return Number(words);
  return /^an?$/.test(words) ? 1 : NUMBER_WORDS[words];
}

/** The letters after a day's number: "1st", "2nd", "3rd", "11th", "22nd". */
export function ordinalSuffix(n: number): string {
  if (n % 10 === 1 && n % 100 !== 11) return 'st';
  if (n % 10 === 2 && n % 100 !== 12) return 'nd';
  if (n % 10 === 3 && n % 100 !== 13) return 'rd';
  return 'th';
}

/** The days of a month said as words, "first" … "thirty first" (a hyphen or a space between the parts: look up with one space). */
export const ORDINAL_DAYS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  'twenty first': 21,
  'twenty second': 22,
  'twenty third': 23,
  'twenty fourth': 24,
  'twenty fifth': 25,
  'twenty sixth': 26,
  'twenty seventh': 27,
  'twenty eighth': 28,
  'twenty ninth': 29,
  thirtieth: 30,
  'thirty first': 31,
};
