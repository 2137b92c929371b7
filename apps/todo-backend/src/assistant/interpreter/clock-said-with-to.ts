// "remind me at quarter to six tomorrow to get up", "nudge me at ten to four to leave": "to" inside a clock time said in
// words is no "to" before the errand. Split there, the time was "at quarter" and the errand "six tomorrow to get up".

const MINUTES_BEFORE = String.raw`(?:quarter|ten|five|twenty(?:[\s-]five)?|\d{1,2})`;
const HOUR = String.raw`(?:1[0-2]|[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;

/**
 * The "to" that leads to the errand, as a pattern to put between the time and the errand: any "to" except one between
 * the minutes and the hour of a clock time ("quarter to six", "10 to 4").
 */
export const ERRAND_TO = String.raw`(?!(?<=\b${MINUTES_BEFORE}\s+)to\s+${HOUR}\b(?!\s*(?:mins?|minutes?|hours?|hrs?)\b))to`;
