import { Info } from 'luxon';

// The names of months and weekdays, spelled once for every reader of dates (chat and quick add): lists in lower case
// (index 0 is January, Monday) and regular-expression sources that match a name in any case with the `i` flag.

export const MONTH_NAMES: readonly string[] = Info.months('long', { locale: 'en' }).map((name) => name.toLowerCase());
export const WEEKDAY_NAMES: readonly string[] = Info.weekdays('long', { locale: 'en' }).map((name) => name.toLowerCase());

/** A month's whole name: "march", "september". */
export const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;
/** A month's name, whole or short: "sep", "sept", "september". */
export const MONTH_WORD = `(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)`;
/** A weekday's whole name: "monday". */
export const WEEKDAY_NAME = `(?:${WEEKDAY_NAMES.join('|')})`;
/** Tonight as people text it: chrono reads only "tonight", so a parser of ours reads these (calendar-phrases.ts). */
export const TEXTED_TONIGHT = '(?:tonite|tonit|2nite|2night|tnite)';

/** A month's number, 1 to 12, from its name whole or short ("sept", "March"); 0 for none. */
export const monthNumber = (word: string): number => MONTH_NAMES.findIndex((name) => name.startsWith(word.toLowerCase().slice(0, 3))) + 1;

/** A day of the month with its English suffix: "1st", "22nd", "13th". */
export const dayOrdinal = (day: number): string =>
  `${day}${day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th'}`;
