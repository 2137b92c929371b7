// Dates and times as most of the world writes them. The day before the month ("3/2" is 3 February) everywhere but
// where people write the month first (the United States and its territories, the Philippines), told by the user's
// time zone; the 24-hour clock as South Africa and France write it ("13h00", "09h30") and as India, Nigeria and the
// forces say it ("0900 hrs"); and the Scots "the morn" (tomorrow).

/** Time zones whose people write the month first. */
const MONTH_FIRST_ZONE =
  /^(?:America\/(?:New_York|Chicago|Denver|Los_Angeles|Phoenix|Anchorage|Juneau|Sitka|Metlakatla|Yakutat|Nome|Adak|Boise|Detroit|Menominee|Puerto_Rico|Indiana\/\w+|Kentucky\/\w+|North_Dakota\/\w+)|Pacific\/(?:Honolulu|Guam|Saipan|Pago_Pago)|Asia\/Manila|US\/\w+|EST5EDT|CST6CDT|MST7MDT|PST8PDT|HST|EST|MST)$/;

/**
 * A day and a month that read either way round ("3/2", "03/02/2026"), never part of a longer number or a fraction
 * of an amount ("1/2 hour", "1/2 cup").
 */
const EITHER_WAY =
  /(?<![\d/.:])(0?[1-9]|1[0-2])\/(0?[1-9]|1[0-2])(\/(?:\d{4}|\d{2}))?(?![\d/]|\s*(?:hours?|hrs?|cups?|tsp|tbsp|teaspoons?|tablespoons?|inch(?:es)?|miles?|kg|lbs?|pounds?)\b)/g;

/**
 * The text with each date that reads either way round written month first, the way the date reader reads it, where the
 * user's zone writes the day first: "3/2" is 3 February in London, Lagos or Berlin, 2 March in New York.
 */
export function dayFirstWhereWritten(text: string, timeZone: string): string {
  if (MONTH_FIRST_ZONE.test(timeZone)) return text;
  return text.replace(EITHER_WAY, (_all, day: string, month: string, year = '') => `${month}/${day}${year}`);
}

/**
 * "13h00", "09h30", "0900 hrs", "1730 hours", "the morn": spellings the date reader does not know. A count of hours
 * ("in 1000 hours") stays one.
 */
export const WORLD_CLOCK =
  /(?<!\b(?:in|for|after|within|about|over|under)\s+)\b([01]\d|2[0-3])h([0-5]\d)\b|(?<!\b(?:in|for|after|within|about|over|under)\s+)\b([01]\d|2[0-3])([0-5]\d)\s*(?:hrs|hours|h)\b|\bthe\s+morr?(?:n|a)\b/giu;

/** What a spelling matched by WORLD_CLOCK means, in words the date reader knows. */
export function worldClock(said: string, hour?: string, minutes?: string, hour24?: string, minutes24?: string): string {
  if (hour !== undefined) return `${hour}:${minutes}`;
  if (hour24 !== undefined) return `${hour24}:${minutes24}`;
  return /^the\s+morr?(?:n|a)$/i.test(said) ? 'tmr' : said;
}
