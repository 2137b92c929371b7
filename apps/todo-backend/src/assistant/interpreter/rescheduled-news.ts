import { isWholeDate } from './whole-dates.ts';

// News that a task's day changed, told as what happened: "the plumber rang, he's coming wednesday now instead",
// "dentist cancelled on me, rebooked for next tues at 3", "plumber just texted, he can't make it until next wednesday".
// The call or the cancellation is how the news came, never the task done or deleted: the task moves to the day said
// after it.

const NEWS_OF_A_CHANGE = new RegExp(
  String.raw`^(?:(?:so|ok|okay|right|well)[,\s]+)*((?:the|my)\s+[^,;]+?|[\p{L}'’]+)\s+(?:just\s+|has\s+)?(?:rang|called|phoned|texted|emailed|messaged|got\s+in\s+touch|cancell?ed(?:\s+on\s+(?:me|us))?)\b[^,;.]*[,;.]\s*(?:and\s+|so\s+)?` +
    String.raw`(?:(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+will\s+be|'ll\s+be)\s+(?:now\s+)?(?:coming|here|booked\s+in|booked|doing\s+it)|(?:it'?s|it\s+is)(?:\s+now)?|(?:i\s+|we\s+)?(?:re-?booked|re-?arranged|moved)(?:\s+(?:it|him|her|them))?|(?:he|she|they)(?:'ve|’ve|\s+have|'s|’s|\s+has)\s+(?:moved|re-?booked|rescheduled|put)\s+(?:me|us|it|him|her|them)|(?:he|she|they)\s+(?:can['’]?t|cannot|won['’]?t\s+be\s+able\s+to)\s+(?:make\s+it|come|do\s+it|fit\s+(?:me|us)\s+in)\s+(?:until|till|til)|now)\s+(?:(?:for|to|on)\s+)?(.+?)(?:\s+(?:now|instead))*[.!]*$`,
  'iu',
);

/** The news said as the move it asks ("move the plumber to wednesday"), or as it came. */
export function rescheduledNews(text: string): string {
  const news = NEWS_OF_A_CHANGE.exec(text.trim());
  const when = news?.[2]?.replace(/\s+(?:lol|haha|ugh)$/i, '').trim();
  if (!news?.[1] || !when || !isWholeDate(when)) return text;
  return `move ${news[1]} to ${when}`;
}
