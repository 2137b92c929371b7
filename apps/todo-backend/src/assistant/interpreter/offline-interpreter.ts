import type { Priority, ToolName } from '@doable/contracts';
import * as chrono from 'chrono-node/en';
import { dateReader } from '../dates.ts';
import { addAfterStory } from './add-after-story.ts';
import { destinationAsked, underAProject } from './add-destinations.ts';
import { appointmentSaid, dateLabelLast, tagsAsMarks } from './add-labels.ts';
import { readAddRequest, writtenDown } from './add-verbs.ts';
import { answeredOwnQuestion } from './answered-own-question.ts';
import { withoutAside } from './asides.ts';
import { beforeATimedEvent } from './before-a-timed-event.ts';
import { withoutListPlace } from './checked-off-list.ts';
import { isChoreWithRule } from './chores.ts';
import { ERRAND_TO } from './clock-said-with-to.ts';
import { isClockTimeOnly } from './clock-time-only.ts';
import { withoutClosingRemark } from './closing-remarks.ts';
import { inCommandLine } from './command-line.ts';
import { doneBeforeAfterword, doneForAPeriodSaid, doneOfNoTaskAsked, withoutCircumstance } from './completion-circumstances.ts';
import { didSaid, notAllDone, readCompletion, requestedPlainly, withoutHedge } from './completions.ts';
import { conditionAsked } from './conditions.ts';
import { contractedVerbSaid } from './contracted-verbs.ts';
import { withoutContrast } from './contrast-tails.ts';
import { correctedRequest } from './corrected-request.ts';
import { courseCodeAsked } from './course-codes.ts';
import { inCourteousEnglish } from './courteous-english.ts';
import { dateSaidAgain } from './date-said-again.ts';
import { dayListSaid } from './day-list.ts';
import { daySaidFirst } from './day-said-first.ts';
import { deadlineClauseSaid } from './deadline-clauses.ts';
import { deadlineGiven } from './deadline-given.ts';
import { deadlinesAsked } from './deadlines-asked.ts';
import { neverMindAsked, taskDeletedForReason, taskNotNeeded } from './delete-reasons.ts';
import {
  binNamesAThing,
  cancelIsAnErrand,
  fieldRemovedWithRemark,
  projectTaskDeleted,
  severalDeleted,
  slangDeleteRef,
} from './delete-verbs.ts';
import { neverDeleteOnADate } from './delete-with-date.ts';
import { fromDictation } from './dictation.ts';
import { lastClause, readDoneAgain, twoDoneReported } from './done-clauses.ts';
import { doneOnesSaid } from './done-ones.ts';
import { donePointedBackSaid } from './done-pointed-back.ts';
import { withoutDoneRestated } from './done-restated-after.ts';
import { addedWithDue, titleWithDue } from './due-after-title.ts';
import { dueRange } from './due-range.ts';
import { NEWS_BEARER, readDueSaid } from './due-said.ts';
import { duplicatesAsked } from './duplicates-said.ts';
import { readAfterLeadIn } from './edit-lead-ins.ts';
import { neverAddFromChange } from './edit-never-adds.ts';
import { readEditSaid } from './edit-said.ts';
import { keepValueInTitle } from './edit-value-in-title.ts';
import { trolleyAsAdd, withoutEmojiBetweenWords } from './emoji-between-words.ts';
import { errandBeforeAnEventAsked } from './errand-before-an-event.ts';
import { withoutEventBeforeADay } from './event-on-a-day.ts';
import { withoutEventVerb } from './event-verbs.ts';
import { everydayFirst } from './everyday-first.ts';
import { fieldCorrected } from './field-corrected.ts';
import { readFieldNamed, readLevelOrDateNamed } from './field-named.ts';
import { fieldNews } from './field-news.ts';
import { fieldOutOfDate } from './field-out-of-date.ts';
import { inFieldWords } from './field-says.ts';
import { fieldSentencesJoined } from './field-sentences.ts';
import { fieldsCleared } from './fields-cleared.ts';
import { withClockColons } from './four-digit-clock.ts';
import { guardSentence, howToAsked, memberRemovalAsked, projectChangeAsked } from './guards.ts';
import { handedIn } from './handed-in.ts';
import { importantNotUrgentSaid } from './important-not-urgent.ts';
import { impossibleDateAsked } from './impossible-dates.ts';
import { inDirectWords } from './indirect-requests.ts';
import { keptTaskChanged } from './kept-task-changed.ts';
import { inLearnersEnglish } from './learners-english.ts';
import { topicLeftAsked } from './left-on-a-topic.ts';
import { levelOrRuleAfterIt } from './level-or-rule-after-it.ts';
import { levelSaidAfter } from './level-said-after.ts';
import { levelHeadingAsked, levelSaidLoosely } from './level-said-loosely.ts';
import { levelsAsked } from './levels-asked.ts';
import { manyLevelledAsked } from './levels-for-many.ts';
import { kindFiltersSaid, kindOfTaskAsked } from './list-filters-said.ts';
import { orderAsked, orderSaid, projectSorted, sortedByTimeSaid, unsortableAsked, withoutOrderWords } from './list-order.ts';
import { kindThenWindowAsked, listingAsked, tagsAsked, wholeListWithDoneAsked } from './listing-asked.ts';
import { makeItAfterANeed } from './make-it-after-a-need.ts';
import { marksInWords } from './marks-for-words.ts';
import { meantNotThat, withoutInsteadAfterAChange } from './meant-not-that.ts';
import { monthDayMoved } from './month-day-moved.ts';
import { moveWithoutDateAsked } from './move-without-date.ts';
import { movedBySomeone } from './moved-by-someone.ts';
import { movedTimeSaid } from './moved-time-said.ts';
import { musingSaid } from './musings.ts';
import { newDateUnread } from './new-date-unread.ts';
import { newTaskAsked } from './new-task-asked.ts';
import { newsThenChangeIt } from './news-then-change-it.ts';
import { noDateCleared, undatedSaid, undatedUntilSaid, withoutNoDateField } from './no-date-said.ts';
import { notDoneYetSaid } from './not-done-yet.ts';
import { noteAfterTaskWord } from './note-after-task-word.ts';
import { noteToSelfSaid } from './note-to-self.ts';
import { noteOnTaskCalledProject } from './notes-on-project-titles.ts';
import { numberAsNote } from './numbers-as-notes.ts';
import { offAListSaid } from './off-a-list.ts';
import { inPlainOfficeWords } from './office-english.ts';
import { thingOnTheListAsked } from './on-the-list.ts';
import { notOneTask, pointingBack, secondRequestIn, severalTasksNamed, stuffAboutAThing, twoAddsAsOne, withoutReason } from './one-task.ts';
import { readOnlyTags } from './only-tags.ts';
import { paidSaid } from './paid-said.ts';
import { withoutPastAside } from './past-asides.ts';
import { passiveDone, pastTenseDone, thingDone } from './past-tense.ts';
import { dayAskedForSomeone, forSomeoneAsked } from './people-asked.ts';
import { clean, DURATION, extractDate, extractRemindBefore, extractTags, parseTaskRef, toDuration, WEEKDAY_WORD } from './phrases.ts';
import { stripPoliteness, withoutCourtesyFrame } from './politeness.ts';
import { readPriorityCeased } from './priority-ceased.ts';
import { newTaskLevelSaid } from './priority-new-task.ts';
import { priorityLabelFirst, readPrioritySaid } from './priority-said.ts';
import { extractPriority, PRIORITY_VALUE, priorityValue, priorityWord } from './priority-words.ts';
import { projectAfterIt } from './project-after-it.ts';
import { projectCorrected } from './project-corrected.ts';
import { extractListProject, extractProject, interpretProjectPhrase, type KnownNames, knownProject, projectSaidFirst } from './projects.ts';
import { putSaid } from './put-said.ts';
import {
  countToShow,
  fewFirstAsked,
  leftOutAsked,
  notFilterableAsked,
  prioritiesNamedFirst,
  readSearchBack,
  searchedTopic,
} from './query-details.ts';
import { inPlainWords } from './query-said.ts';
import { questionSaidAloud } from './question-said-aloud.ts';
import { questionAboutOneTask, withoutQuestionLabel } from './questions.ts';
import { quotedSpeechAsked } from './quoted-speech.ts';
import { readAsTitle } from './read-as-title.ts';
import { readRequestAfterReason } from './reason-first.ts';
import { reasonMarkedOff } from './reason-without-comma.ts';
import { recurrencePattern } from './recurrence.ts';
import { readRelayedRequest } from './relayed-requests.ts';
import { withoutRelief } from './relief-tails.ts';
import { withoutDayRemark } from './remarks-around-a-change.ts';
import { reminderBeforeDatedEvent } from './reminder-before-dated-event.ts';
import { dayBeforeAtClause } from './reminder-day-before.ts';
import { reminderInstead } from './reminder-instead.ts';
import { reminderCleared, reminderOwner } from './reminder-named.ts';
import { reminderSetWords } from './reminder-requests.ts';
import { reminderSnoozed } from './reminder-snoozed.ts';
import { noticeAsReminder, plainReminderWords } from './reminder-words.ts';
import { remindersAsTasks } from './reminders-asked.ts';
import { removalFromProjectAsked, removedFromProject } from './removed-from-project.ts';
import { readNameWrong, readRenameClauses } from './rename-clauses.ts';
import { renameOverNotes } from './rename-over-notes.ts';
import { renameUndone, renameValueRead } from './rename-values.ts';
import { renamedIt } from './renamed-it.ts';
import { readRename, renameAfterLeadIn, titleWithoutChatter } from './renames.ts';
import { reopeningTitleDone } from './reopening-title-done.ts';
import { requestSaidOver } from './request-said-over.ts';
import { rescheduledNews } from './rescheduled-news.ts';
import { rhythmOnlyInAName } from './rhythm-in-a-name.ts';
import { ruleAgainstRule } from './rule-against-rule.ts';
import { ruleAsAKind } from './rule-as-a-kind.ts';
import { readRuleChange } from './rule-changes.ts';
import { ruleDayNamed } from './rule-day-named.ts';
import { seriesEndSaid, startOnRule } from './rule-end.ts';
import {
  cancelAsErrand,
  daysListedUnclear,
  hourWithDayPart,
  recurringBodyOf,
  ruleLeftUnclear,
  ruleSaidFirst,
  twoTimesSaid,
  withoutRuleChatter,
} from './rule-first.ts';
import { fromCompletionAsked } from './rule-from-completion.ts';
import { ruleFromEventsAsked } from './rule-from-events.ts';
import { seriesWithReminder } from './rule-with-reminder.ts';
import { readNewsThenRequest } from './said-then-asked.ts';
import { saidOnce } from './said-twice.ts';
import { seasonAsked, seriesPeriodAsked } from './season-said.ts';
import { inPlainerEnglish } from './second-language.ts';
import { secondSeriesAsked } from './second-series.ts';
import { ruleInMonths, seriesMonthsSaid } from './series-months.ts';
import { readShift, shiftNotDate } from './shift.ts';
import { skippedOnce } from './skipped-once.ts';
import { sometimeWithinDate } from './sometime-within.ts';
import { statementAskedSaid } from './statement-asked.ts';
import { stillOnAsked } from './still-on.ts';
import { interpretSubtaskPhrase } from './subtasks.ts';
import { fieldsSwappedAsked, swapSaid } from './swapped-titles.ts';
import { tagByMistake } from './tag-by-mistake.ts';
import { tagDenied } from './tag-denied.ts';
import { tagSwapAsked } from './tag-swapped.ts';
import { tagsNamedFirst } from './tags-named-first.ts';
import { readTagSaid } from './tags-said.ts';
import { isTakenBack, TAKEN_BACK_SAID } from './taken-back.ts';
import { taskWordsOnly } from './target-words.ts';
import { withoutTaskPlace } from './task-in-project.ts';
import { taskNumberSign } from './task-number-sign.ts';
import { taskSaidByItsDate } from './task-said-by-its-date.ts';
import { inTeamWords } from './team-words.ts';
import { keepTypedWords, readTextSpeak } from './text-speak.ts';
import { withoutTextedAsides } from './texted-asides.ts';
import { thatAsANote } from './that-as-a-note.ts';
import { thingNotToForgetSaid } from './thing-not-to-forget.ts';
import { readTimeLeft } from './time-left.ts';
import { dayOfAnEventAsked, timesOnlyYouKnow } from './times-only-you-know.ts';
import { titleActuallySaid } from './title-actually.ts';
import { newTaskWithoutAside } from './title-asides.ts';
import { readTopicFirst, topicPointedBack } from './topic-first.ts';
import { triageAsked } from './triage-asked.ts';
import { readTwoChanges } from './two-changes.ts';
import { TWO_LEADS_ASKED, twoLeadTimesSaid } from './two-lead-times.ts';
import { correctKeywords, correctVerb } from './typos.ts';
import { readUnder } from './under.ts';
import { readValueDecides, readWithoutValueNotMeant } from './value-decides.ts';
import { valueSaidFirst } from './value-said-first.ts';
import { ABOUT_A_TASK, ABOUT_TASKS, EDIT_VERB, ERRAND, LIST_NOUNS, MANY_TASKS, NOT_TAGS } from './vocabulary.ts';
import { withoutWakeWord } from './wake-words.ts';
import { weekOfAsked } from './week-of-asked.ts';
import { dateAtEnd, isWholeDate } from './whole-dates.ts';
import { isWish, WISH_ASKED } from './wished-done.ts';
import { wordsInAField } from './words-in-a-field.ts';
import { addOfSomethingSaid, namesSomethingSaid, SAID_ASKED } from './words-not-tasks.ts';
import { inWorldEnglish } from './world-english.ts';

export type { KnownNames } from './projects.ts';

/** A task as the user named it: by id, by words of its title, or "it" (the task the conversation last touched). */
export type TaskRef = { id: number } | { title: string } | { last: true };

export type Interpretation =
  | { kind: 'call'; tool: ToolName; args: Record<string, unknown>; target?: TaskRef }
  | { kind: 'help'; reason?: string }
  /** A change to many tasks at once ("delete everything"): never done before the user confirms the count. */
  | { kind: 'bulk'; action: BulkAction; completedOnly?: true; project?: string }
  /** Take back the last change this conversation made. */
  | { kind: 'undo' };

export type BulkAction = 'delete' | 'complete';

/** "… and delete the old task", "… then mark 5 done": a second request joined to the first. */
const SECOND_REQUEST =
  /^(?:(?:add|create|new|put|every|remind)\b.*\s(?:and|then|,)\s+(?:then\s+|also\s+)?(?:delete|remove|complete|mark|move|rename|reschedule|untag)\s+(?:the|my|it|that|task|#?\d)|(?:finished|completed|done|tick\s+off|check\s+off|mark|complete|delete|remove|set|move|rename)\b.*\s(?:and|then)\s+(?:then\s+|also\s+)?(?:delete|remove|complete|mark|move|rename|reschedule|tick\s+off|set|make)\s+(?:the|my|it|that|task|#?\d)|(?:set|make|change)\s+\S+\s+to\s+\w+\s+and\s+\S+\s+to\s+\w+$)/i;

/**
 * "show me the essay task", "pull up the boiler one": one task named to be seen is found by its words; "show me the
 * next task" or "the overdue one" are asked of the list.
 */
const ONE_TASK_SHOWN =
  /^(?:show|display|open|view|pull\s+up|bring\s+up|get)\s+(?:me\s+)?(?:the|my)\s+(?!.*\b(?:next|first|last|latest|newest|oldest|top|most|only|other|urgent|important|overdue|late|high|low|medium|priority|completed|done|finished|pending|open|recurring|repeating|due|tagged|today'?s|tomorrow'?s)\b)(.+?)\s+(?:task|todo|to-do|item|one)$/i;

/** A lead-in of when or why, then a colon and a question: "Before my 2pm call: what's due today?", "Quick q: any …?". */
const LEAD_IN_THEN_QUESTION =
  /^(?:before|after|ahead\s+of|quick(?:\s+(?:q|question|one))?|question|q|btw|ok|okay|so|right|hey|morning|afternoon|evening)\b[^:?]{0,40}:\s+((?:what|what's|whats|which|any|anything|how|is|are|do|does|did|have|when|where|show|list)\b.*)$/i;
/** "before xmas what do I need to get done", "this weekend... anything?": the question with its day said first. */
const DAY_THEN_QUESTION =
  /^((?:before|by|after|until|till|on|over|for|during)\s+[^,:?.…!]{1,30}?|(?:this|next)\s+[\p{L}]+|tomorrow|tmrw|today|tonight)(?:\s*(?:,|\.{2,}|…)\s*|\s+)((?:what|what's|whats|which|anything|any|is\s+there|are\s+there|do\s+(?:i|we)\s+have|have\s+(?:i|we)\s+got)\b[^?]*)\?*$/iu;
/** "chase the claim every monday until it's paid": the end said as how things will stand, never news of them now. */
const UNTIL_IT_IS =
  /\s+(?:until|till|til)\s+(?:it|they|he|she)(?:'s|’s|'re|’re|\s+is|\s+are|\s+gets?|\s+has\s+been|\s+have\s+been)\s+[\p{L}]+[.!]*$/iu;

/** "how much is on my plate this week", "how much have I got on tomorrow": what is on, never a task to add. */
const HOW_MUCH_ON =
  /^how\s+much\s+(?:(is|'s|’s)|(?:have|do)\s+(?:i|we)\s+(?:got|have)|(?:i|we)\s+(?:have\s+)?got)\s+(?=on\b|to\s+do\b|due\b|left\b)/i;

/** "dentist is done, invoice is done", "the gym's sorted and the vet is done": two tasks, each reported done. */
const TWO_DONE =
  /\S\s*(?:\s(?:is|are)|'s)\s+(?:all\s+)?(?:done|finished|completed?|sorted)\b[^,;.]*?(?:,|;|\.|\band\b)\s*(?:and\s+)?(?:the\s+|my\s+)?[\p{L}\p{N}][^,;.]*?(?:\s(?:is|are)|'s)\s+(?:all\s+)?(?:done|finished|completed?|sorted)\b/iu;

/** Words that name tasks at large and nothing to do: "things due", "all my stuff". */
const LIST_WORDS_ONLY =
  /^(?:(?:all|any|my|the|everything|anything|something|things|stuff|tasks?|todos?|items?|what|due|overdue|open|pending|is|are|there|left)\b\s*)*$/i;

/** The calls that move a task in time: news of a move is read only as one of them. */
const MOVES = new Set<ToolName>(['set_due_date', 'postpone_task', 'update_task']);

/**
 * "undo", "undo that", "oops, revert it", "take that back", "bring it back", "scrap that last change", "didn't mean to
 * delete that", "restore the task I just deleted": the last change, whatever it was.
 */
const UNDO =
  /^(?:oops[,!.\s]*)?(?:undo|revert|reverse|roll\s*back)(?:\s+(?:that|it|this|the\s+last\s+(?:change|one|thing)|my\s+last\s+change))?[.!]*$|^(?:take|put|bring)\s+(?:that|it)\s+back[.!]*$|^(?:oops[,!.\s]*)?(?:scrap|scratch|strike|cancel|ditch|drop|take\s+back)\s+(?:that|the|my)\s+last\s+(?:change|edit|action)[.!]*$|^(?:oops[,!.\s]*)?(?:i\s+)?did\s*n[o']?t\s+mean\s+(?:to\s+)?(?:do|delete|remove|complete|change|move|tick|check|mark|finish|close)\s+(?:that|it)(?:\s+(?:off|done))?(?:[,.!;]*\s*(?:(?:please|pls)\s+)?(?:bring|put)\s+it\s+back)?[.!]*$|^(?:restore|undelete|recover|bring\s+back|get\s+back)\s+(?:the\s+(?:task|one|thing)|what)\s+(?:that\s+)?i\s+(?:just\s+)?(?:deleted|removed)[.!]*$|^undelete\s+(?:it|that)[.!]*$/i;

/**
 * "revert the report to how it was", "roll the dentist back": which change to take back is not said, so it is asked
 * ("revert the title change on the vet - it was called …" says it, and is read elsewhere).
 */
const REVERTED_TASK =
  /^(?:oops[,!.\s]*)?(?:revert|restore|roll\s*back|reset)\s+(?!(?:that|it|this|the\s+last\s+(?:change|one|thing)|my\s+last\s+change)\b)([^,;:–—-]+?)\s+(?:to\s+(?:how|what|the\s+way)\s+(?:it|they)\s+(?:was|were)|back|to\s+before)[.!]*$/i;

export const CAPABILITIES = [
  'add buy milk tomorrow at 5pm, high priority, tags home and errands',
  'every monday at 9am standup',
  "show my high priority work tasks due this week · what's overdue? · search milk · sort by due date",
  'mark buy milk as done · complete 12 · tag 12 urgent · untag 12 home · set priority of 12 to low',
  'move 12 to next friday · remind me 1 hour before · rename 12 to … · delete the dentist task · list my tags',
  "create a project called Garden · add milk to Groceries · what's in the Work project? · list my projects",
  'share Groceries with sam@example.com · make an invite link for Groceries · assign the report to Sam · move the report to Work',
  'add a subtask to plan trip: book hotel · add book hotel under plan trip · move book hotel after pack bags',
];

// An article before an amount ("a bag of potatoes", "a dozen eggs") is the amount's and stays in the title. "make" is a
// verb of adding only before a task ("make a task to …"): "make the bed every morning" is a chore so called.
const STRIP_ADD =
  /^(?:please\s+)?(?:add|create|new|make(?=\s+(?:an?\s+)?(?:[a-z-]+\s+)?(?:task|todo|to-do|item|reminder)\b)|put|todo|to-do|set\s+up)\s+(?:to\s+(?:my\s+(?:todo\s+|to-do\s+)?list|(?:the\s+)?(?:to\s?do|to-do)(?:\s+list)?)\s*:\s*)?(?:an?\s+(?!(?:bag|box|loaf|pint|bottle|jar|tin|can|packet|pack|bunch|carton|tub|punnet|kilo|pound|sack|roll|bar|pair)\s+of\b|dozen\b)|the\s+(?=(?:new\s+)?(?:task|todo|to-do|item)\s))?(?:new\s+(?=(?:task|todo|to-do|item|reminder)\b|one\s*:))?(?:task|todo|to-do|item|reminder|one(?=\s*:))?\s*(?::|to\s+|called\s+|named\s+|(?<=\b(?:task|todo|to-do)\s+)for\s+(?=(?:pay|buy|call|book|get|send|make|fix|clean|do|check|renew|pick|collect|order)\b))?/i;

/** "remind me at 1900 and 2300 to take my tablets": a task is due at one time, never the first of two said. */
const TWO_TIMES_ASKED = 'A task is due at one time: which one? Or add one task for each.';

function addTask(text: string, said: string, known: KnownNames): Interpretation {
  const destination = destinationAsked(said, known);
  if (destination) return { kind: 'help', reason: destination };
  const season = seasonAsked(said);
  if (season) return { kind: 'help', reason: season };
  const body = tagsAsMarks(dateLabelLast(said));
  const args: Record<string, unknown> = {};
  // A quoted title is taken as is: its words are never read as dates, tags or priorities.
  const quoted = /["“]([^"”]+)["”]|(?:^|\s)'([^']+)'(?=\s|,|$)/.exec(body);
  const quotedTitle = quoted ? (quoted[1] ?? quoted[2])?.trim() : undefined;
  let rest = quoted && quotedTitle ? body.slice(0, quoted.index) + body.slice(quoted.index + quoted[0].length) : body;
  const project = extractProject(rest, known);
  rest = project.text;
  const reminder = dayBeforeAtClause(rest) ?? extractRemindBefore(rest);
  if (reminder.ask) return { kind: 'help', reason: reminder.ask };
  rest = reminder.text;
  const priority = extractPriority(rest);
  rest = priority.text;
  const tags = extractTags(rest);
  rest = tags.text;
  if (twoTimesSaid(rest)) return { kind: 'help', reason: TWO_TIMES_ASKED };
  const date = extractDate(rest);
  // "call the vet due in two weeks": "due" said before the date is no part of the title.
  // "…, they're due friday", "… which is due monday": the same, said as a clause of its own.
  rest = date.date
    ? date.text.replace(
        /(?:(?:,?\s+(?:and|as|since|because)\s+|,\s*)(?:it|they|that)(?:'s|'re|\s+is|\s+are)|,?\s+which\s+(?:is|are))(?:\s+due(?:\s+(?:on|by))?)?\s*$|\s+due(?:\s+(?:on|by))?\s*$/i,
        '',
      )
    : date.text;
  const title = clean(
    rest
      .replace(/\s+(?:to|on|onto|in|into)\s+(?:my|the)\s+(?:[\p{L}-]+\s+)?(?:list|todo list|to-do list|tasks)$/iu, '')
      .replace(/^(?:to|for(?=\s+\w+ing\b)|that\s+(?:i|we)(?:\s+(?:need|have|must|should)\s+to)?|i\s+(?:need|have)\s+to)\s+/i, '')
      // "I have to remember that I bring the documents": what is to be remembered is the task.
      .replace(/^(?:remember|not\s+forget)\s+(?:to|that\s+(?:i|we)(?:\s+(?:need\s+to|have\s+to|must|should|will))?)\s+/i, '')
      // "renew my licence before it runs out": the task's own lapse, said without a day, is why, not what.
      .replace(/\s+before\s+(?:it|they)(?:'s|\s+(?:is|are))?\s+(?:runs?\s+out|expires?|lapses?|goes\s+off|out\s+of\s+date)$/i, '')
      // "i have the MOT on monday at 11": who has the appointment is no part of it.
      .replace(date.date ? /^(?:i|we)(?:'ve|\s+have)(?:\s+got)?\s+(?:(?:the|an?)\s+|(?=(?:my|our)\s))/i : /$^/, ''),
  );
  // "add that", "add it to task 5": the words point at something said elsewhere; no task is named so.
  // "put it back a week", "put that off till friday": a task there is, moved; never one titled "it back a week".
  // "add a task for friday": a word that only joins the task to its day names nothing.
  if (
    (!title ||
      /^(?:that|it|this|them|those)(?:\s+(?:to|on|in|into|for|under|back|forward|off)\b.*)?$|^(?:for|on|at|by|to|in|the|a|an)$/i.test(
        title,
      )) &&
    !quotedTitle
  )
    return { kind: 'help', reason: `I could not find a title in "${text}".` };
  // A quoted part keeps its place: "read \"The 5th Wave\"" is titled so, not "The 5th Wave read".
  const quotedFirst = quoted ? clean(body.slice(0, quoted.index)) === '' || title === '' : true;
  // 'put "1:1 prep - Alex" on for tomorrow': a particle left from "put … on" is no word of the quoted title.
  const after = quotedFirst && /^(?:on|in|up|down|in\s+there)$/i.test(title) ? '' : title;
  args.title = quotedTitle ? (quotedFirst ? [quotedTitle, after] : [title, `"${quotedTitle}"`]).filter(Boolean).join(' ') : title;
  if (priority.priority) args.priority = priority.priority;
  if (tags.tags.length > 0) args.tags = tags.tags;
  if (date.date) args.due_date = date.date;
  if (reminder.before) args.remind_before = reminder.before;
  if (project.project) args.project = project.project;
  return { kind: 'call', tool: 'add_task', args };
}

function createRecurring(said: string, known: KnownNames): Interpretation | undefined {
  if (rhythmOnlyInAName(said)) return undefined;
  const withReminder = seriesWithReminder(said, (rest) => createRecurring(rest, known));
  if (withReminder) return withReminder;
  // "weekly from april to october": the months bound the rule, and are no date of its.
  const months = seriesMonthsSaid(said);
  const monthsRule = months ? recurrencePattern(months.text) : undefined;
  const bounded = months && monthsRule ? ruleInMonths(monthsRule.pattern, months.months) : undefined;
  // "every mon wed fri": days listed with spaces only, read as "every mon, wed, fri".
  const body = hourWithDayPart(bounded && months ? months.text : said).replace(
    DAYS_BY_SPACES,
    (_all, every: string, days: string) => `${every}${days.trim().split(/\s+/).join(', ')}`,
  );
  const recurrence = recurrencePattern(body);
  const unclear = ruleLeftUnclear(body, recurrence?.pattern);
  if (unclear) return { kind: 'help', reason: unclear };
  if (!recurrence) return undefined;
  const period = seriesPeriodAsked(body);
  if (period) return { kind: 'help', reason: period };
  const project = extractProject(body.replace(recurrence.matched, ' '), known);
  const end = seriesEndSaid(project.text, bounded ?? recurrence.pattern);
  if (end.ask) return { kind: 'help', reason: end.ask };
  let rest = end.text;
  const args: Record<string, unknown> = {};
  const priority = extractPriority(rest);
  rest = priority.text;
  const tags = extractTags(rest);
  rest = tags.text;
  const time =
    /(?:\s+|^)(?:at\s+)?(\d{1,2}(?::\d{2})?\s*(?:am|pm)|\d{1,2}:\d{2}|noon|midnight)\b|(?:\s+|^)at\s+(\d{1,2})\b(?![:.]\d)/i.exec(rest);
  let timeText: string | undefined;
  if (time?.[1] ?? time?.[2]) {
    timeText = time?.[1] ?? time?.[2];
    rest = rest.slice(0, time.index) + rest.slice(time.index + time[0].length);
  }
  // "every sunday evening plan the week": the part of the day said with the rule is its time, on the rule's day.
  const partOfDay = /\b(morning|afternoon|evening|night)$/i.exec(recurrence.matched.trim());
  if (!timeText && partOfDay?.[1] && recurrence.weekday) timeText = partOfDay[1].toLowerCase();
  // "every evening at 9", "every morning at 6:45": a bare hour takes the rule's part of the day, as in quick add.
  if (timeText && /^(?:1[0-2]|0?\d)(?::\d{2})?$/.test(timeText) && partOfDay?.[1])
    timeText += /^morning$/i.test(partOfDay[1]) ? 'am' : 'pm';
  const start = /(?:,\s*|\s+)(?:starting|from|beginning)\s+(.+)$/i.exec(rest);
  let startText: string | undefined;
  if (start?.[1] && chrono.parse(start[1]).length > 0) {
    startText = startOnRule(start[1].trim(), recurrence);
    rest = rest.slice(0, start.index);
  }
  // What is left may still name the first day ("tomorrow", "on the 1st"), as a task to add would.
  // "every evening 9pm: plan tomorrow": what follows a colon after the rule is the title, dates and all.
  const read = startText || /^\s*:/.test(rest) ? { text: rest } : extractDate(rest);
  rest = read.text;
  const clockOnly = !timeText && read.date && (recurrence.weekday || recurrence.timedDay) && isClockTimeOnly(read.date);
  if (clockOnly) timeText = read.date?.replace(/^at\s+/i, '');
  const date = clockOnly ? { text: read.text } : read;
  const title = withoutRuleChatter(
    clean(
      rest
        .trim()
        .replace(/^(?:a\s+)?(?:recurring\s+)?(?:task|todo)\s*(?::|to|called)?\s*/i, '')
        // "repeat weekly: meal prep": the rule went; its verb and colon go with it.
        .replace(/^(?:repeat|recurring|repeating)?\s*:\s*/i, '')
        .replace(/\s+(?:task|reminder)$/i, ''),
    ),
  );
  if (!title) return { kind: 'help', reason: 'What should repeat? Say for example "every monday at 9am standup".' };
  const second = secondSeriesAsked(title);
  if (second) return { kind: 'help', reason: second };
  args.title = title;
  args.pattern = end.pattern ?? bounded ?? recurrence.pattern;
  // A rule kept to some months finds its own first date in them; its weekday from today might fall outside.
  const firstDay = startText ?? date.date ?? (bounded ? undefined : (recurrence.weekday ?? recurrence.monthDay));
  const at = timeText && /^(?:morning|afternoon|evening|night)$/.test(timeText) ? timeText : timeText ? `at ${timeText}` : undefined;
  if (firstDay || at) args.due_date = [firstDay ?? (at ? recurrence.timedDay : undefined), at].filter(Boolean).join(' ');
  if (priority.priority) args.priority = priority.priority;
  if (tags.tags.length > 0) args.tags = tags.tags;
  if (project.project) args.project = project.project;
  return { kind: 'call', tool: 'create_recurring', args };
}

/** "finished with the report, mark it done": the clause after the comma says the same of "it"; the task is before it. */
const withoutRestatement = (ref: string) =>
  ref.replace(
    /(?:\s*[,;]\s*|\s+(?:so|and)\s+)(?:(?:so\s+)?(?:please\s+)?(?:you\s+can\s+|(?:can|could)\s+you\s+)?(?:mark|tick|check|cross|set|close|complete)\s+(?:it|that|this)\b.*|(?:it'?s|that'?s|it\s+is)\s+(?:done|finished|complete).*)$/i,
    '',
  );

/** "add a task that repeats every 2 weeks …", "make a recurring reminder …": a new series, never a task so named. */
const NEW_SERIES = /^(?:add|create|new|a|an|up|me\s+an?)\b|\b(?:task|todo|reminder|one|thing)\s+(?:that|which)$/i;

const DAYS_BY_SPACES = new RegExp(`\\b((?:every|each)!?\\s+)(${WEEKDAY_WORD}(?:\\s+${WEEKDAY_WORD})+)\\b`, 'i');

/**
 * The task a delete names, without where it is ("from my list") or a reason after a comma or a dash ("the car insurance
 * task, it's sorted elsewhere", "12 - we're not doing it"), but with the numbers of a list ("tasks 3, 4 and 5"), or "about <doing> X" ("the task about renewing the TV licence" → the TV licence).
 */
function deletedRef(ref: string): string {
  const named = ref
    .replace(/\s*[,;]\s+(?!(?:and\s+)?(?:task\s+)?#?\d+\b).*$|\s+[-–—]\s+.*$/, '')
    .replace(/\s+(?:from|off)\s+(?:of\s+)?(?:my|the)\s+(?:todo\s+|to-do\s+|task\s+)?list$/i, '');
  const about = /^(?:the\s+)?(?:task|todo|one)\s+(?:about|for)\s+(.+)$/i.exec(named);
  return about?.[1] ? thingDone(about[1]) : named;
}

/**
 * "never mind the party planning, delete it": the task is named in the clause before "delete it". Said aloud the pause
 * may go unwritten ("never mind the car boot sale scratch it").
 */
const DELETE_IT =
  /^(?:never\s*mind|forget(?:\s+about)?|i\s+changed\s+my\s+mind\s+(?:about|on)|i\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:need|want|be\s+doing|do)|we(?:'re|\s+are)?\s+not\s+doing|i(?:'m|\s+am)\s+not\s+doing|no\s+need\s+for)\s+(.+?)(?:\s+(?:any\s*more|after\s+all))?(?:\s*[,;.]\s*|\s+)(?:so\s+|just\s+|please\s+|you\s+can\s+)?(?:delete|remove|drop|scrap|scratch|ditch|bin|trash|get\s+rid\s+of|cancel)\s+(?:it|that|this)(?:\s+(?:task|one))?$/i;

function withTarget(tool: ToolName, refText: string, args: Record<string, unknown> = {}): Interpretation {
  // A change to many tasks: deleting or completing them is confirmed with their count first; anything else is asked.
  if (MANY_TASKS.test(refText.trim())) {
    if (tool === 'delete_task') return { kind: 'bulk', action: 'delete' };
    if (tool === 'complete_task' && args.completed !== false) return { kind: 'bulk', action: 'complete' };
    return { kind: 'help', reason: 'Which task? I change one task at a time: give its number or words of its title.' };
  }
  if (tool === 'complete_task' && isWish(refText)) return { kind: 'help', reason: WISH_ASKED };
  // "I've done enough adulting for one day", "done plenty today": how much was done, never which task.
  if (tool === 'complete_task' && /^(?:enough|plenty|loads|lots|heaps|a\s+lot|too\s+much|so\s+much)\b/i.test(refText.trim()))
    return { kind: 'help' };
  // "Nan's eye drops is twice a day now, morning and night": a rhythm said inside the task's words is no one time.
  if (
    (tool === 'set_due_date' || tool === 'update_task') &&
    /\b(?:twice|three\s+times|\d+\s+times)\s+(?:a|per|every)\s+(?:day|week)\b/i.test(refText)
  )
    return { kind: 'help', reason: TWO_TIMES_ASKED };
  // "Cancelled Sky, 40 mins on hold but its done", "booked for the 12th, £80 deposit paid": an amount of time or money
  // is how it went, never the task done.
  if (
    (tool === 'complete_task' || tool === 'delete_task') &&
    /^(?:[£$€]\s?\d|\d+(?:\.\d+)?\s*(?:mins?|minutes?|hrs?|hours?|secs?|seconds?|quid|pounds?|dollars?|euros?|bucks)\b)/i.test(
      refText.trim(),
    )
  )
    return { kind: 'help' };
  // "completed last month": when, with no task named.
  if (
    tool === 'complete_task' &&
    /^(?:yesterday|today|earlier|last\s+(?:week|month|night)|this\s+(?:week|month|morning))$/i.test(refText.trim())
  )
    return { kind: 'help' };
  if ((tool === 'delete_task' || tool === 'complete_task') && namesSomethingSaid(refText)) return { kind: 'help', reason: SAID_ASKED };
  // "delete the gym stuff": many tasks gone is harm; "the bank stuff is super important" and "the passport stuff is
  // sorted" say something of one thing.
  const several = notOneTask(refText, [args.date, args.at]) ?? (tool === 'delete_task' ? stuffAboutAThing(refText) : undefined);
  if (several) return { kind: 'help', reason: several };
  const named = pointingBack(withoutReason(refText));
  const target = parseTaskRef(tool === 'delete_task' ? named : reminderOwner(named));
  if (!target) return { kind: 'help', reason: 'Which task? Give its number or words of its title.' };
  return { kind: 'call', tool, args, target };
}

const A_DAY_WORD = /^(?:today|tomorrow|tonight|yesterday|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)$/i;
/** Two tags joined by "or": after "tagged", or before the list's noun. The noun stays for the rules after. */
const EITHER_TAG =
  /(?:\s+(?:tagged|labell?ed|with\s+(?:the\s+)?tags?)\s+#?(\p{L}[\p{L}\p{N}_-]*)\s+or\s+#?(\p{L}[\p{L}\p{N}_-]*)\b|\b(?<!\bor\s)(\p{L}[\p{L}\p{N}_-]*)\s+or\s+(\p{L}[\p{L}\p{N}_-]*)(?=\s+(?:tasks|todos|items|stuff|things)\b))/iu;

/** ", sorted by date", "in date order": an order by due date said after a question. */
const DUE_ORDER_WORDS =
  /\s*,?\s*\b(?:(?:sorted|ordered|arranged)\s+by\s+(?:the\s+)?(?:due\s+)?(?:date|deadline|time)s?|in\s+(?:date|due\s+date)\s+order)\b/i;
/** A window of due dates a question names: such a list comes in due-date order. */
const DUE_WINDOW = /\b(?:due|overdue|today|tomorrow|this\s+(?:week|weekend|month)|next\s+(?:week|month))\b/i;

const SORT_FIELDS: [RegExp, string][] = [
  [/\b(?:updated|modified|changed|last change)/i, 'updated_at'],
  // "latest tasks" are the newest; "by due date, latest first" is an order of the dates.
  [/\b(?:created|creation|newest|oldest|latest(?=\s+(?:tasks?|todos?|ones|items|stuff|things)\b)|age|added)/i, 'created_at'],
  [/\b(?:due|deadline|date)/i, 'due_date'],
  [/\b(?:priority|importance|prio|high(?:est)?\s+to\s+low|low(?:est)?\s+to\s+high)/i, 'priority'],
  [/\b(?:title|name|alphabetical|alphabetically|alphabet|a-z|a to z|z-a|z to a)/i, 'title'],
];

function statusOf(text: string): 'pending' | 'completed' | 'all' | undefined {
  // "to do" is not a status: "what do I have to do today" and "my todo list" ask for the list, done or not; "still … to
  // do", "unpaid" and "hanging around" say it is not done yet.
  if (
    /\b(?:not done|not yet done|undone|incomplete|unfinished|open|pending|remaining|outstanding|left|unpaid|hanging\s+around)\b|\bstill\s+(?:(?:have|got|need)\s+)?to\s+do\b|\b(?:haven'?t|have\s+not|didn'?t|did\s+not)\s+(?:yet\s+)?(?:done|finished|completed|do|finish|complete)\b/i.test(
      text,
    )
  )
    return 'pending';
  if (/\bincluding\s+(?:the\s+)?(?:completed|done|finished|closed)(?:\s+ones)?\b/i.test(text)) return 'all';
  if (/\b(?:completed|done|finished|closed)\b|\bdid\s+i\s+(?:complete|finish|do|close)\b/i.test(text)) return 'completed';
  // "no deadline at all", "nothing at all": "at all" says how much, not which tasks.
  if (/\ball\b(?<!\bat\s+all)/i.test(text)) return 'all';
  return undefined;
}

/** A phrase naming a time of day already is its own bound ("before friday 3pm", "after now", "in 3 hours"). */
const NAMES_A_TIME =
  /\d\s*(?:am|pm)\b|\d:\d{2}\b|^now$|\b(?:hours?|hrs?|minutes?|mins?)$|\b(?:noon|midnight|morning|afternoon|evening|tonight|night|eod|cob|close\s+of\s+(?:business|play)|end\s+of\s+(?:the\s+)?(?:work(?:ing)?\s+)?day)\b/i;

/** A period ahead said as a whole: "next month", "the coming week". */
const NEXT_PERIOD = /^(?:the\s+)?(?:next|coming)\s+(week|month|year)$/i;

/**
 * "before monday" is before Monday starts and "after friday" from Saturday on: a bare day bounds the window at its
 * start or its end (ISO 8601's 24:00), never at the hour a due date without a time gets.
 */
function dayBound(phrase: string, side: 'start' | 'end'): string {
  if (NAMES_A_TIME.test(phrase)) return phrase;
  // "before next month", "by next week": before that period starts, not a month or a week from today.
  const period = NEXT_PERIOD.exec(phrase)?.[1];
  if (period) return `the start of next ${period.toLowerCase()} 00:00`;
  return `${phrase} ${side === 'start' ? '00:00' : '24:00'}`;
}

/** "after next month": once that period is over; a week ends on Sunday, as the list's weeks do. */
function afterPeriod(phrase: string): string | undefined {
  const period = NEXT_PERIOD.exec(phrase)?.[1]?.toLowerCase();
  if (period === 'month') return 'the end of next month 24:00';
  if (period === 'week') return 'monday 00:00 after the start of next week';
  return undefined;
}

function filterOrList(said: string, known: KnownNames): Interpretation {
  // "what's due this month sorted by date": a list of due dates comes in their order anyway.
  const unordered = DUE_WINDOW.test(said) ? said.replace(DUE_ORDER_WORDS, '') : said;
  // "what have i ticked off this month 💪": an emoji says how the asker feels, nothing of which tasks.
  // "what's tagged "school"?": the quotes only mark the word.
  const sentence = inPlainWords(
    unordered
      .replace(/\s*(?:\p{Extended_Pictographic}[\uFE0F\u200D]*)+/gu, ' ')
      .replace(/["“”]([\p{L}\p{N}_-]+)["“”]/gu, '$1')
      .trim(),
  );
  if (leftOutAsked(sentence)) return { kind: 'help', reason: leftOutAsked(sentence) };
  const noFilter = notFilterableAsked(sentence);
  if (noFilter) return { kind: 'help', reason: noFilter };
  // "show me what is due this week and delete the old ones": two requests, asked one at a time.
  const second = secondRequestIn(sentence);
  if (second) return { kind: 'help', reason: second };
  const { text: listText, project } = extractListProject(sentence, known);
  const args: Record<string, unknown> = {};
  const status = statusOf(listText);
  // "tagged diy or home", "diy or home tasks": tasks with either tag.
  const eitherTag = EITHER_TAG.exec(listText);
  const either = (eitherTag?.[1] ? eitherTag.slice(1, 3) : (eitherTag?.slice(3, 5) ?? []))
    .filter((tag): tag is string => tag !== undefined && !NOT_TAGS.has(tag.toLowerCase()) && !priorityWord(tag) && !A_DAY_WORD.test(tag))
    .map((tag) => tag.toLowerCase());
  const fullText = eitherTag && either.length === 2 ? listText.replace(eitherTag[0], ' ') : listText;
  const tags = extractTags(` ${fullText}`).tags;
  const text = extractTags(` ${fullText}`).text.trim();
  if (either.length === 2) {
    tags.push(...either);
    args.tags_match = 'any';
  }
  const priorities = [
    ...text.matchAll(
      /\b(high|medium|low|urgent|important)\b(?=[\s-]*(?:(?:and|or|,)\s*(?:high|medium|low)\s*)*[\s-]*(?:priority|prio|pri)?)/gi,
    ),
  ]
    .filter((match) => /priority|prio|urgent|important/i.test(text.slice(match.index)))
    .map((match) => priorityWord(match[1] ?? ''))
    .filter((p): p is Priority => p !== undefined);
  priorities.push(...prioritiesNamedFirst(text));
  // "my p1 tasks", "!1 items": Todoist's codes name a priority, never a tag.
  for (const code of text.matchAll(/(?:^|\s)(p[1-4]|![1-3])(?=\s|$)/gi)) {
    const level = priorityValue(code[1] ?? '');
    if (level) priorities.push(level);
  }
  // The word before "tasks", not the end of another ("today's tasks" names no tag "s").
  const before = /(?<![\p{L}'])(\p{L}[\p{L}\p{N}_-]*)\s+(?:tasks|todos|items|stuff|things)\b/iu.exec(text);
  if (
    before?.[1] &&
    !NOT_TAGS.has(before[1].toLowerCase()) &&
    !LIST_NOUNS.test(before[1]) &&
    !priorityWord(before[1]) &&
    !priorityValue(before[1])
  )
    tags.push(before[1].toLowerCase());
  // "my low priority errands": the word after a priority names a tag, as it would before "tasks".
  const afterPriority = /\b(?:high|medium|low|urgent|important)[\s-]*(?:priority|prio)?\s+(\p{L}[\p{L}\p{N}_-]*)$/iu.exec(text);
  if (
    afterPriority?.[1] &&
    !NOT_TAGS.has(afterPriority[1].toLowerCase()) &&
    !LIST_NOUNS.test(afterPriority[1]) &&
    !priorityWord(afterPriority[1])
  )
    tags.push(afterPriority[1].toLowerCase());
  // "show my errands due today", "any errands this week?", "show bills due friday": the word after "my" (or a plural
  // after "any" or a listing verb) before when they are due names a tag.
  const myWord =
    /(?:(?<!\b(?:on|in|off|at)\s)\bmy\s+(\p{L}[\p{L}\p{N}_-]*)|(?:\bany\s+|^(?:show|list)\s+)(?!(?:us|its|this|his|ours|yours|theirs)\b)(\p{L}[\p{L}\p{N}_-]*s))\s+(?:due|for\s+(?:today|tomorrow|this|next)|this\s+week|next\s+week|today|tomorrow)\b/iu.exec(
      text,
    );
  const myTag = myWord?.[1] ?? myWord?.[2];
  if (myTag && !NOT_TAGS.has(myTag.toLowerCase()) && !LIST_NOUNS.test(myTag) && !priorityWord(myTag)) tags.push(myTag.toLowerCase());
  // "which tasks have the home tag": the word before "tag" names it.
  const namedTag = /\b(\p{L}[\p{L}\p{N}_-]*)\s+(?:tag|label)\b/iu.exec(text);
  if (namedTag?.[1] && !NOT_TAGS.has(namedTag[1].toLowerCase()) && !/^(?:a|an|any|which|what|no|that|this|one)$/i.test(namedTag[1]))
    tags.push(namedTag[1].toLowerCase());
  const inTag = /\b(?:tasks?|todos?|anything|items?)\s+(?:in|for|under|about)\s+(\p{L}[\p{L}\p{N}_-]*)$/iu.exec(text);
  if (inTag?.[1] && !/^(?:today|tomorrow|this|next)$/i.test(inTag[1])) tags.push(inTag[1].toLowerCase());
  let due: string | undefined;
  // "due in late march" is a part of a month, not late.
  if (/\b(?:overdue|late(?![\s-]+(?:in\s+)?(?:next|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\b)|past due|behind)\b/i.test(text))
    due = 'overdue';
  else if (/\bnext week\b/i.test(text)) due = 'next_week';
  else if (/\bthis week\b|\bweek\b/i.test(text)) due = 'this_week';
  else if (/\btomorrow\b/i.test(text)) due = 'tomorrow';
  else if (/\btoday'?s?\b|\btonight\b/i.test(text)) due = 'today';
  // "… due by sunday for the house", "due before friday that's high priority", "due by sunday? trying to plan", "… on
  // saturday or am I free": what the tasks are for, said of them, another question or what follows a break is no part
  // of the date.
  // A comma before a year ("march 3rd, 2027") is the date's own.
  const dueBefore = /\bdue\s+(?:before|by)\s+(.+?)(?:\s*(?:[;?!]|,(?!\s*\d)).*|\s+(?:tagged|with|and|or|for|that|which)\b.*)?$/i.exec(text);
  const dueAfter = /\bdue\s+after\s+(.+?)(?:\s*(?:[;?!]|,(?!\s*\d)).*|\s+(?:tagged|with|and|or|that|which)\b.*)?$/i.exec(text);
  // "overdue since last month": still overdue, within the bound; any other window the bound replaces.
  const overdue = due === 'overdue' ? due : undefined;
  if (dueBefore?.[1]) {
    args.due_before = dayBound(dueBefore[1].trim(), /\bby\s/i.test(dueBefore[0]) ? 'end' : 'start');
    due = overdue;
  }
  if (dueAfter?.[1]) {
    args.due_after = afterPeriod(dueAfter[1].trim()) ?? dayBound(dueAfter[1].trim(), 'end');
    due = undefined;
  }
  const range = dueRange(text, dayBound);
  if (range) {
    Object.assign(args, range);
    due = undefined;
  }
  const kinds = kindFiltersSaid(text, status);
  // "what did I finish yesterday", "… this month": the days are when the tasks were done, not when they are due (a
  // completion window is read only where nothing is said to be due).
  if (kinds.completed) {
    due = undefined;
    delete args.due_before;
    delete args.due_after;
  }
  Object.assign(args, kinds);
  if (priorities.length > 0) args.priority = [...new Set(priorities)];
  if (tags.length > 0) args.tags = [...new Set(tags)];
  if (due) args.due = due;
  const filtered = Object.keys(args).length > 0;
  if (status && (filtered || status !== 'all')) args.status = status;
  // "what do I have to do?" is what is still open; "… to do today" is the day's agenda, done or not.
  else if (!filtered && /\b(?:have|got|need|left|still)\s+to\s+do\b/i.test(text)) args.status = 'pending';
  if (project) args.project = project;
  const count = countToShow(text);
  if (count) args.limit = count;
  return { kind: 'call', tool: filtered ? 'filter_tasks' : 'list_tasks', args };
}

/** A message said in the words the rules read, before any of them reads it: the order matters ("important, not urgent"
 * before a tail of what is not meant). */
const SAID_PLAINLY: ((text: string) => string)[] = [
  // "first thing saturday, 0730": a rota's time is a time to every rule, not only to those after the sentence is read.
  withClockColons,
  meantNotThat,
  withoutInsteadAfterAChange,
  dateSaidAgain,
  // "a week's notice before the passport expires on 2 march": a reminder asked in other words, read as one.
  noticeAsReminder,
  rescheduledNews,
  fieldSentencesJoined,
  // "add the essay, has to be in by the 14th": a deadline said as a clause after a new task's title is its due date.
  deadlineClauseSaid,
  inLearnersEnglish,
  saidOnce,
  noteToSelfSaid,
  thingNotToForgetSaid,
  newTaskAsked,
  daySaidFirst,
  contractedVerbSaid,
  titleActuallySaid,
  trolleyAsAdd,
  withoutRelief,
  withoutDoneRestated,
  keptTaskChanged,
  importantNotUrgentSaid,
  makeItAfterANeed,
  ruleAgainstRule,
  withoutContrast,
  withoutPastAside,
  doneOnesSaid,
  levelSaidLoosely,
  withoutEmojiBetweenWords,
  offAListSaid,
  swapSaid,
  putSaid,
  dayListSaid,
  doneForAPeriodSaid,
  monthDayMoved,
  withoutEventBeforeADay,
  everydayFirst,
  donePointedBackSaid,
  statementAskedSaid,
  undatedSaid,
  withoutNoDateField,
  undatedUntilSaid,
  taskNumberSign,
  ruleDayNamed,
  ruleAsAKind,
  sometimeWithinDate,
  reminderInstead,
  valueSaidFirst,
  sortedByTimeSaid,
  fieldNews,
  tagsNamedFirst,
  fieldCorrected,
];

/**
 * Reads one message of plain English as one tool call (or asks for help). Pure: no I/O, no clock. `known` holds the
 * caller's project names, so "add milk to Groceries" names a project only when the caller has one called that.
 */
export function interpret(text: string, known: KnownNames = {}): Interpretation {
  // A message typed like a text to a friend, read as said plainly: its hedges and held-down keys gone, its marks and
  // slang verbs in words, a reason after it marked off. Every rule after this reads the plain sentence.
  const message = topicPointedBack(reasonMarkedOff(marksInWords(withoutTextedAsides(text))));
  if (isTakenBack(message)) return { kind: 'help', reason: TAKEN_BACK_SAID };
  if (musingSaid(message)) return { kind: 'help' };
  // "Before my 2pm call: what Work tasks are due today?": a question after a lead-in; the lead-in names no task.
  const leadIn = LEAD_IN_THEN_QUESTION.exec(message.trim());
  if (leadIn?.[1]) return interpret(leadIn[1], known);
  if (UNTIL_IT_IS.test(message)) return interpret(message.replace(UNTIL_IT_IS, ''), known);
  if (wholeListWithDoneAsked(message)) return { kind: 'call', tool: 'list_tasks', args: {} };
  const howMuch = HOW_MUCH_ON.exec(message.trim());
  if (howMuch) return interpret(`${howMuch[1] ? "what's" : 'what have I got'} ${message.trim().slice(howMuch[0].length)}`, known);
  const levels = levelsAsked(message);
  if (levels) return interpret(levels, known);
  const toWriteDown = writtenDown(message);
  if (toWriteDown) return interpret(`add ${toWriteDown}`, known);
  const noteOfThat = thatAsANote(message);
  if (noteOfThat) return noteOfThat;
  const dayFirst = DAY_THEN_QUESTION.exec(message.trim());
  if (dayFirst?.[1] && dayFirst[2]) return interpret(`${dayFirst[2]} ${dayFirst[1]}?`, known);
  // "dentist is done, invoice is done": two tasks reported done, never the first alone or one named "dentist is done
  // and …".
  if (TWO_DONE.test(message) || twoDoneReported(message))
    return { kind: 'help', reason: 'One thing at a time, please: which task first? Say one request, then the other.' };
  const memberRemoval = memberRemovalAsked(message, known);
  if (memberRemoval) return { kind: 'help', reason: memberRemoval };
  const projectChange = projectChangeAsked(message, known);
  if (projectChange) return { kind: 'help', reason: projectChange };
  const levelHeading = levelHeadingAsked(message);
  if (levelHeading) return { kind: 'help', reason: levelHeading };
  const tagSwap = tagSwapAsked(message);
  if (tagSwap) return { kind: 'help', reason: tagSwap };
  const corrected = correctedRequest(message);
  if (corrected) return interpret(corrected, known);
  const saidOver = requestSaidOver(message) ?? answeredOwnQuestion(message);
  if (typeof saidOver === 'object') return { kind: 'help', reason: saidOver.ask };
  if (saidOver) return interpret(saidOver, known);
  const said = SAID_PLAINLY.reduce((text, rewrite) => rewrite(text), withoutCourtesyFrame(message));
  // "give me until thursday on the report", "can I have 2 more days on the budget": a deadline said as time left, read
  // before "give me …" is taken for "show me …" and "can I have …" for a request to the assistant.
  const timeLeft = readTimeLeft(stripPoliteness(said));
  if (timeLeft?.tool === 'set_due_date') return withTarget('set_due_date', timeLeft.ref, { date: timeLeft.date });
  if (timeLeft) return withTarget('postpone_task', timeLeft.ref, { by: timeLeft.by });
  // "give the bid a deadline of friday 3pm and a note: …": a deadline given to a task, before "… to Karen" is a hand-over.
  const given = deadlineGiven(stripPoliteness(said));
  if (given?.description !== undefined)
    return withTarget('update_task', given.ref, { due_date: given.date, description: given.description });
  if (given) return withTarget('set_due_date', given.ref, { date: given.date });
  const quotedSpeech = quotedSpeechAsked(said);
  if (quotedSpeech) return { kind: 'help', reason: quotedSpeech };
  const relayed = readRelayedRequest(said, (request) => interpret(request, known));
  if (relayed) return relayed;
  const typed = inDirectWords(
    fromDictation(
      inCommandLine(
        withoutTaskPlace(
          projectCorrected(
            withoutListPlace(
              underAProject(projectAfterIt(levelOrRuleAfterIt(noteAfterTaskWord(remindersAsTasks(withoutWakeWord(said)))), known), known),
              known,
            ),
            known,
          ),
          known,
        ),
        known,
      ),
    ),
  );
  if ('ask' in typed) return { kind: 'help', reason: typed.ask };
  const reading = readAfterLeadIn(
    inPlainerEnglish(inWorldEnglish(inPlainOfficeWords(inCourteousEnglish(inFieldWords(typed.text))))),
    (said) =>
      withoutDayRemark(said, (day) =>
        withoutClosingRemark(day, (remarked) =>
          addAfterStory(
            remarked,
            (story) => withoutAside(story, (text) => interpretWhole(text, known)),
            (request) => interpret(request, known),
          ),
        ),
      ),
    (rest) => interpret(rest, known),
  );
  return doneOfNoTaskAsked(
    message,
    taskWordsOnly(
      keepTypedWords(
        message,
        questionSaidAloud(
          message,
          timesOnlyYouKnow(
            message,
            dayOfAnEventAsked(
              message,
              doneBeforeAfterword(
                message,
                withoutCircumstance(
                  message,
                  neverDeleteOnADate(
                    newDateUnread(
                      taskSaidByItsDate(
                        message,
                        neverAddFromChange(
                          message,
                          addOfSomethingSaid(
                            twoAddsAsOne(
                              shiftNotDate(keepValueInTitle(noDateCleared(renameValueRead(newTaskWithoutAside(reading), message)))),
                            ),
                          ),
                        ),
                      ),
                    ),
                  ),
                ),
                (clause) => interpret(clause, known),
              ),
            ),
          ),
        ),
      ),
    ),
    (request) => interpret(request, known),
  );
}

function interpretWhole(said: string, known: KnownNames): Interpretation {
  const message = withoutQuestionLabel(said);
  const noSuchDay = impossibleDateAsked(message);
  if (noSuchDay) return { kind: 'help', reason: noSuchDay };
  // "what's my next deadline", "which deadlines did I miss": deadlines are due dates, asked in the list's words.
  const deadlines = deadlinesAsked(message);
  if (deadlines) return interpret(deadlines, known);
  // "which tasks repeat weekly", "tasks I finished yesterday": a kind of task asked for, before any rule reads a change.
  const kindAsked = kindOfTaskAsked(message);
  if (kindAsked) return filterOrList(kindAsked, known);
  // "anything critical?", "what's slipping": a question in the words of sorting out what matters, before any rule
  // reads "on fire in Work" as a search or "critical" as a tag.
  const triage = triageAsked(message);
  if (triage) return filterOrList(triage, known);
  const datedEvent = reminderBeforeDatedEvent(message);
  if (datedEvent) return readSentence(datedEvent, known);
  const condition = conditionAsked(message, (request) => readSentence(request, known));
  if (condition) return { kind: 'help', reason: condition };
  // "the dentist - friday instead, and it is urgent": two changes whose first names its task, each read as if said
  // alone, are one update, before the words ending in "it" are taken for a task said first.
  const twoNamed = readTwoChanges(message.trim().replace(/[?!.]+$/, ''), (change) => interpret(change, known));
  if (twoNamed?.kind === 'call' && twoNamed.target && !('last' in twoNamed.target)) return twoNamed;
  // "the parents evening: rename it … and move it to …": the request after the task may be two changes.
  const topicFirst = readTopicFirst(
    stripPoliteness(message.trim().replace(/[?!.]+$/, '')),
    (request) => readTwoChanges(request, (change) => readSentence(change, known)) ?? readSentence(request, known),
  );
  if (topicFirst) return topicFirst;
  const searchBack = readSearchBack(message.trim().replace(/[?!.]+$/, ''));
  if (searchBack) return { kind: 'call', tool: 'search_tasks', args: { query: searchBack } };
  const twoChanges = readTwoChanges(message.trim().replace(/[?!.]+$/, ''), (change) => readSentence(change, known));
  if (twoChanges) return twoChanges;
  const levelAfter = levelSaidAfter(message.trim().replace(/[?!.]+$/, ''), (change) => readSentence(change, known));
  if (levelAfter) return levelAfter;
  const changeIt = newsThenChangeIt(stripPoliteness(message.trim().replace(/[?!.]+$/, '')), (news) => readSentence(news, known));
  if (changeIt) return changeIt;
  const reading = readSentence(message, known);
  const news = readNewsThenRequest(
    stripPoliteness(message.trim().replace(/[?!.]+$/, '')),
    (request) => readSentence(request, known),
    reading,
  );
  if (news) return news;
  // Not understood at all (a refusal says why): maybe a reason came first.
  if (reading.kind !== 'help' || reading.reason) return reading;
  return readRequestAfterReason(message.trim(), (request) => readSentence(request, known)) ?? reading;
}

function readSentence(message: string, known: KnownNames): Interpretation {
  const original = message
    .trim()
    .replace(/[?!.]+$/, '')
    .replace(/\s+/g, ' ')
    .replace(/[’‘]/g, "'")
    // A tick after the words says "done" ("12 ✅"), unless they already say so ("the taxes are done ✅", "i finished the
    // haircut one ✅") or add a task ("add water plants ✅"); a reaction after them ("thanks 👍") adds nothing.
    .replace(/(?:\s*[👍🎉]\uFE0F?)+$/u, '')
    .replace(
      /(\b(?:done|finished|completed?)\s*)?(?:[✅✔☑✓]\uFE0F?\s*)+(?:[,!.]*\s*(?:thanks|thank\s+you|thx|ty|cheers)[!.]*)?$/iu,
      (_all, said?: string) =>
        said
          ? said.trim()
          : /^\s*(?:please\s+)?(?:add|create|new|put|todo|remind)\b|\b(?:done|finished|completed?)\b/i.test(message)
            ? ''
            : ' done',
    )
    .replace(/[?!.]+$/, '');
  if (!original) return { kind: 'help' };
  const text = correctVerb(
    plainReminderWords(
      reminderSetWords(
        withClockColons(correctKeywords(readTextSpeak(withoutHedge(stripPoliteness(original)), known)))
          .replace(/^(?:please|pls|plz|can you|could you|would you|hey|ok|okay)[,\s]+/i, '')
          .replace(/^(?:please|pls)\s+/i, ''),
      ),
    ),
  );
  const lower = text.toLowerCase();
  if (howToAsked(text)) return { kind: 'help' };
  if (twoLeadTimesSaid(text)) return { kind: 'help', reason: TWO_LEADS_ASKED };
  const teamWords = inTeamWords(text, known);
  if (teamWords) return interpret(teamWords, known);
  const overNotes = renameOverNotes(text);
  if (overNotes) return withTarget('update_task', overNotes.ref, { title: clean(overNotes.title) });
  const stillOn = stillOnAsked(text);
  if (stillOn) return { kind: 'call', tool: 'search_tasks', args: { query: stillOn } };
  const onTheList = thingOnTheListAsked(text, known);
  if (onTheList) return { kind: 'call', tool: 'search_tasks', args: onTheList };

  if (/^(?:help|hi|hello|hey|what can you do|how does this work|commands|\?)$/i.test(lower)) return { kind: 'help' };
  if (UNDO.test(lower)) return { kind: 'undo' };
  if (REVERTED_TASK.test(text))
    return { kind: 'help', reason: 'Which change should I take back? Say it, for example "rename the report back to …".' };
  const clearedReminder = reminderCleared(text);
  if (clearedReminder)
    return 'ask' in clearedReminder
      ? { kind: 'help', reason: clearedReminder.ask }
      : withTarget('set_reminder', clearedReminder.ref, { clear: true });
  const snoozedUntil = reminderSnoozed(text);
  if (snoozedUntil) return withTarget('set_reminder', 'it', { at: snoozedUntil });
  const timedEvent = beforeATimedEvent(text);
  if (timedEvent) return interpret(timedEvent, known);
  const movedNews = movedBySomeone(text);
  const movedReading = movedNews ? interpret(movedNews, known) : undefined;
  if (movedReading?.kind === 'call' && MOVES.has(movedReading.tool)) return movedReading;
  const payer = paidSaid(text, message);
  if (payer) return withTarget('complete_task', payer);
  const addedDue = addedWithDue(text);
  if (addedDue) return interpret(addedDue, known);
  const fromCompletion = fromCompletionAsked(text) ?? ruleFromEventsAsked(text);
  if (fromCompletion) return fromCompletion;
  const cancelled = cancelAsErrand(text, (said) => extractRemindBefore(said).before);
  if (cancelled) return interpret(cancelled, known);
  const daysUnclear = daysListedUnclear(text) ?? weekOfAsked(text);
  if (daysUnclear) return { kind: 'help', reason: daysUnclear };
  const duplicates = duplicatesAsked(text);
  if (duplicates) return { kind: 'help', reason: duplicates };
  const cleared = fieldsCleared(text);
  if (cleared) return withTarget('update_task', cleared.ref, cleared.args);
  const outOfDate = fieldOutOfDate(text);
  if (outOfDate) return withTarget('update_task', outOfDate.ref, outOfDate.args);
  const inAField = wordsInAField(text);
  if (inAField)
    return 'ask' in inAField ? { kind: 'help', reason: inAField.ask } : withTarget('update_task', inAField.ref, { title: inAField.title });
  const ruleChange = readRuleChange(text);
  if (ruleChange)
    return withTarget('update_task', ruleChange.ref, {
      recurring: ruleChange.recurring,
      ...(ruleChange.at ? { due_date: ruleChange.at } : {}),
    });
  const fieldNamed = readFieldNamed(text);
  if (fieldNamed) return withTarget('update_task', fieldNamed.ref, fieldNamed.args);
  const levelOrDate = readLevelOrDateNamed(text);
  if (levelOrDate) return withTarget(levelOrDate.tool, levelOrDate.ref, levelOrDate.args);
  const skipped = skippedOnce(text);
  if (skipped) return withTarget('postpone_task', skipped.ref, { by: skipped.by });
  const moved = movedTimeSaid(text);
  if (moved) return withTarget('set_due_date', moved.ref, { date: moved.date });
  const meant = readWithoutValueNotMeant(text, (said) => interpret(said, known));
  if (meant) return meant;
  const decided = readValueDecides(text, known);
  if (decided) return withTarget(decided.tool, decided.ref, decided.args);
  const undone = renameUndone(text);
  if (undone)
    return 'ask' in undone ? { kind: 'help', reason: undone.ask } : withTarget('update_task', undone.ref, { title: clean(undone.title) });
  const newTitle = renamedIt(text);
  if (newTitle) return withTarget('update_task', 'it', { title: clean(newTitle) });
  // Before any verb is read: "delete everything", "is the report done?", "don't delete the report" call nothing.
  const deleteIt = DELETE_IT.exec(text);
  if (deleteIt?.[1]) return withTarget('delete_task', deletedRef(deleteIt[1]));
  if (neverMindAsked(text)) return { kind: 'help', reason: neverMindAsked(text) };
  const deletedForReason = taskDeletedForReason(text) ?? taskNotNeeded(text);
  if (deletedForReason) return withTarget('delete_task', deletedRef(deletedForReason));
  const question = questionAboutOneTask(text, known);
  if (question) return question;
  const nameWrong = readNameWrong(text);
  if (nameWrong) return withTarget('update_task', nameWrong.ref, { title: clean(nameWrong.title) });
  const notYet = notDoneYetSaid(text);
  if (notYet) return interpret(notYet, known);
  const inNow = /\?\s*$/.test(message) ? undefined : handedIn(text);
  if (inNow) return interpret(inNow, known);
  const didThing = didSaid(text, message);
  if (didThing) return withTarget('complete_task', didThing);
  const fromProject = removedFromProject(text, known);
  if (fromProject) return withTarget('delete_task', fromProject);
  const outOfProject = removalFromProjectAsked(text, known);
  if (outOfProject) return { kind: 'help', reason: outOfProject };
  const projectTask = projectTaskDeleted(text, known);
  if (projectTask) return withTarget('delete_task', projectTask);
  const guarded = guardSentence(text);
  if (guarded) return guarded;
  const swapped = fieldsSwappedAsked(text);
  if (swapped) return { kind: 'help', reason: swapped };
  const manyLevelled = manyLevelledAsked(text);
  if (manyLevelled) return { kind: 'help', reason: manyLevelled };
  const ceased = readPriorityCeased(text);
  if (ceased) return withTarget('set_priority', ceased.ref, { priority: ceased.priority });
  // "I just want to clear the whole list and start again": a change to many tasks inside a longer sentence is asked.
  if (
    /\b(?:delete|remove|clear|wipe(?:\s+out)?|erase|empty|trash|nix|axe|zap|junk|scrap|bin|ditch|dump|get\s+rid\s+of)\s+(?:all|everything|the\s+(?:whole|entire)\s+list|my\s+(?:whole\s+|entire\s+)?list)\b(?!\s+(?:of\s+)?(?:the\s+|its\s+|my\s+)?(?:tags|labels|reminders?|due\s+dates?)\b)/i.test(
      text,
    )
  )
    return {
      kind: 'help',
      reason:
        'Which task? I change many tasks at once only when asked plainly: "delete everything", "delete all completed tasks" or "remove all tasks from Groceries".',
    };
  // "add … and delete the old meds task": two requests at once are asked one at a time, never read as one title.
  if (SECOND_REQUEST.test(text))
    return { kind: 'help', reason: 'One thing at a time, please: which task first? Say one request, then the other.' };

  // Projects: before the task phrases, so "move the report to Work" is a move when the caller has a project "Work".
  const projectNote = noteOnTaskCalledProject(text, known);
  if (projectNote) return withTarget('update_task', projectNote.ref, { description: projectNote.description });
  const aboutProjects = interpretProjectPhrase(text, known);
  if (aboutProjects) return aboutProjects;
  const reordered = projectSaidFirst(text, known);
  if (reordered) return interpret(reordered, known);
  // "under X": a tag, a project or a parent task, before the subtask rules read every "under" as a parent.
  const under = readUnder(text, known);
  if (under?.kind === 'help') return under;
  if (under && 'text' in under) return interpret(under.text, known);
  if (under?.kind === 'tag-existing') return withTarget('add_tag', under.ref, { tag: under.tag });
  if (under?.kind === 'move-existing') return withTarget('move_task', under.ref, { project: under.project });
  const denied = tagDenied(text, known) ?? tagByMistake(text, known);
  if (denied) return withTarget('remove_tag', denied.ref, { tag: denied.tag });
  const tagSaid = readTagSaid(text);
  if (tagSaid) return 'ask' in tagSaid ? { kind: 'help', reason: tagSaid.ask } : withTarget(tagSaid.tool, tagSaid.ref, tagSaid.args);
  // Subtasks and order: before "add …", so "add book hotel under plan trip" is a subtask, not a task so titled.
  const aboutSubtasks = interpretSubtaskPhrase(text);
  if (aboutSubtasks) return aboutSubtasks;
  if (tagsAsked(text)) return { kind: 'call', tool: 'list_tags', args: {} };
  const dayForSomeone = dayAskedForSomeone(text);
  if (dayForSomeone) return interpret(dayForSomeone, known);
  const forSomeone = forSomeoneAsked(text, known);
  if (forSomeone) return forSomeone;
  const topicLeft = topicLeftAsked(text, known);
  if (topicLeft) return { kind: 'call', tool: 'search_tasks', args: { ...topicLeft, status: 'pending' } };
  const shown = ONE_TASK_SHOWN.exec(text);
  if (shown?.[1]) return { kind: 'call', tool: 'search_tasks', args: { query: clean(shown[1]) } };
  const listing = listingAsked(text) ?? kindThenWindowAsked(text, /\?\s*$/.test(message));
  if (listing) return filterOrList(listing, known);

  // Tags
  if (
    /^(?:(?:list|show|display|what are|which are|what)\s+)?(?:all\s+)?(?:of\s+)?(?:my\s+)?(?:tags|labels)(?:\s+(?:do i have|are there|i use|in use))?$/i.test(
      lower,
    ) ||
    /^(?:what|which) (?:tags|labels)\b/i.test(lower)
  ) {
    return { kind: 'call', tool: 'list_tags', args: {} };
  }

  // Reminders
  const clearReminder =
    /^(?:remove|delete|clear|cancel|drop|turn off|mute|silence|get rid of|switch off|disable)\s+(?:the\s+|my\s+|its\s+)?reminders?\s+(?:for|from|on|of|about)\s+(.+)$/i.exec(
      text,
    ) ??
    /^(?:turn|switch)\s+(?:the\s+|my\s+)?reminders?\s+off\s+(?:for|on|of)\s+(.+)$/i.exec(text) ??
    /^(?:i\s+)?(?:don'?t|do\s+not)\s+need\s+(?:a\s+|the\s+|any\s+)?reminders?\s+(?:for|on|about|of)\s+(.+?)(?:\s+any\s*more)?$/i.exec(
      text,
    ) ??
    /^(?:don't|do not|dont) remind me (?:about|of)\s+(.+)$/i.exec(text) ??
    /^no\s+(?:more\s+)?reminders?\s+(?:for|on|about|of)\s+(.+)$/i.exec(text) ??
    /^(?:stop|quit)\s+reminding\s+me\s+(?:about|of)\s+(.+)$/i.exec(text);
  if (clearReminder?.[1]) return withTarget('set_reminder', clearReminder[1], { clear: true });
  // "remove its reminder": the reminder goes, never the task it is on.
  if (/^(?:remove|delete|clear|cancel|drop|turn\s+off|get\s+rid\s+of|switch\s+off|disable)\s+(?:its|the|that)\s+reminders?$/i.test(text))
    return withTarget('set_reminder', 'it', { clear: true });
  if (dayBeforeAtClause(text)?.ask) return { kind: 'help', reason: dayBeforeAtClause(text)?.ask };
  const remindBefore = new RegExp(
    `^(?:(?:remind|ping|alert|nudge|notify)\\s+me|set\\s+(?:a\\s+)?reminder|add\\s+(?:a\\s+)?reminder)\\s+(?:(?:about|for|of|on)\\s+)?(.*?)\\s*(${DURATION})\\s+(?:before|ahead|early|earlier)(?:\\s+(?:it'?s?\\s+due|the\\s+due\\s+date|(?:about|for|of|on)?\\s*(.+)))?$`,
    'i',
  ).exec(text);
  if (remindBefore) {
    const before = toDuration(remindBefore[2] ?? '') ?? remindBefore[2];
    const errand = remindBefore[1]?.trim() ? undefined : errandBeforeAnEventAsked(remindBefore[3] ?? '');
    if (errand) return { kind: 'help', reason: errand };
    const refText = (remindBefore[1] ?? '').trim() || withoutEventVerb(remindBefore[3] ?? '').trim() || 'it';
    return withTarget('set_reminder', refText, { before });
  }
  // "remind me about the dentist the day before": the day before it is due, not a date.
  const dayBefore = /^(?:remind|ping|alert|nudge|notify)\s+me\s+(?:about|of|for)\s+(.+?)\s+the\s+(day|night|week)\s+before$/i.exec(text);
  if (dayBefore?.[1] && dayBefore[2])
    return withTarget('set_reminder', dayBefore[1], { before: dayBefore[2].toLowerCase() === 'week' ? '1w' : '1d' });
  // "remind me about 7 tomorrow at 8am": the time is the date phrase that ends the sentence, the task what precedes it.
  const remindAbout = /^(?:(?:remind|ping|alert|nudge|notify)\s+me|set\s+(?:a\s+)?reminder)\s+(?:about|for|of|on)\s+(.+)$/i.exec(text);
  const remindTime = remindAbout?.[1] ? dateAtEnd(remindAbout[1]) : undefined;
  if (remindAbout?.[1] && remindTime && remindTime.index > 0 && remindTime.index + remindTime.text.length === remindAbout[1].length) {
    const ref = remindAbout[1].slice(0, remindTime.index).replace(/\s+(?:at|on|for)\s*$/i, '');
    if (ref.trim()) return withTarget('set_reminder', ref, { at: remindTime.text.replace(/^at\s+(?!\d{1,2}(?::\d\d)?$)/i, '').trim() });
  }
  const remindAtFirst = /^(?:remind\s+me|set\s+(?:a\s+)?reminder)\s+(?:at\s+|on\s+)(.+?)\s+(?:about|for|of)\s+(.+)$/i.exec(text);
  if (remindAtFirst?.[1] && remindAtFirst[2] && isWholeDate(remindAtFirst[1]))
    return withTarget('set_reminder', remindAtFirst[2], { at: remindAtFirst[1].trim() });
  const remindWhenTo = new RegExp(String.raw`^(?:remind|ping|nudge|alert|notify)\s+me\s+(.+?)\s+${ERRAND_TO}\s+(.+)$`, 'i').exec(text);
  // "set a reminder to stretch in 45 minutes": the time after the thing to do.
  const reminderTo = /^(?:set|add)\s+(?:a\s+)?reminder\s+to\s+(.+?)\s+((?:in|at|on|tomorrow|tonight|today|next)\b.*)$/i.exec(text);
  const remindWhen = remindWhenTo?.[1] ?? reminderTo?.[2];
  const remindWhat = remindWhenTo?.[2] ?? reminderTo?.[1];
  // "remind me every sunday evening to plan the week": a rule, never a due date read from "every …".
  if (remindWhen && remindWhat && recurrencePattern(remindWhen)) {
    const recurring = createRecurring(`${remindWhat} ${remindWhen}`, known);
    if (recurring) return recurring;
  }
  if (remindWhen && remindWhat && !/^to\b/i.test(remindWhen) && dateReader.parse(remindWhen).length > 0) {
    if (twoTimesSaid(remindWhen)) return { kind: 'help', reason: TWO_TIMES_ASKED };
    return {
      kind: 'call',
      tool: 'add_task',
      args: { title: clean(remindWhat), due_date: remindWhen.trim(), remind_before: '0m' },
    };
  }
  const remindTo = /^remind\s+me\s+to\s+(.+)$/i.exec(text);
  if (remindTo?.[1]) {
    const recurring = createRecurring(remindTo[1], known);
    if (recurring) return recurring;
    const added = addTask(text, remindTo[1], known);
    if (added.kind === 'call' && added.args.due_date && !added.args.remind_before) added.args.remind_before = '0m';
    return added;
  }

  // "remove all the tags from 5", "get rid of every label on it": the task loses its tags and stays (before delete,
  // which would read "remove …").
  const clearTags =
    /^(?:remove|delete|clear(?:\s+off|\s+out)?|drop|strip(?:\s+off)?|take\s+(?:off|away)|get\s+rid\s+of|nix|wipe(?:\s+off)?|scrap|ditch|lose|erase)\s+(?:all\s+|every\s+|each\s+|any\s+)?(?:of\s+)?(?:the\s+|its\s+|my\s+)?(?:tags?|labels?)\s+(?:from|on|off|of)\s+(.+)$/i.exec(
      text,
    ) ??
    /^(?:untag|unlabel|clear\s+the\s+tags\s+of)\s+(.+?)\s+(?:completely|entirely)$/i.exec(text) ??
    // "untag everything on the milk": every tag of that task, not every task.
    /^(?:untag|unlabel)\s+(?:everything|all(?:\s+of\s+it)?)\s+(?:on|from|of)\s+(.+)$/i.exec(text) ??
    /^(?:strip|clear)\s+(.+?)\s+of\s+(?:all\s+)?(?:its\s+)?(?:tags|labels)$/i.exec(text);
  if (clearTags?.[1]) return withTarget('update_task', clearTags[1], { tags: [] });
  const onlyTags = readOnlyTags(text);
  if (onlyTags) return withTarget('update_task', onlyTags.ref, { tags: onlyTags.tags });
  // "replace the tags on 5 with home", "swap the tags on 9 for garden and weekend", "the tags for 8 should just
  // be errands": the task's tags become those, and only those.
  const setTags =
    /^(?:replace|set|change|make|swap)\s+(?:the\s+|its\s+)?(?:tags|labels)\s+(?:on|of|for)\s+(.+?)\s+(?:with|to|for)\s+(?:just\s+|only\s+)?(.+)$/i.exec(
      text,
    ) ?? /^(?:the\s+)?(?:tags|labels)\s+(?:on|of|for)\s+(.+?)\s+should\s+(?:just\s+|only\s+)?be\s+(?:just\s+|only\s+)?(.+)$/i.exec(text);
  if (setTags?.[1] && setTags[2] && /^#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)*$/iu.test(setTags[2])) {
    const tags = setTags[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((tag) => tag.replace(/^#/, '').toLowerCase());
    return withTarget('update_task', setTags[1], { tags: [...new Set(tags)] });
  }

  // Tags on a task (before add/remove so "add tag x to 12" is a tag)
  // "untag work from the report" names the tag first, "untag 14 from home" the task: a single word before "from" with
  // a task after it ("the …", a number, "it") is the tag.
  // "untag errands from everything": a tag taken off many tasks is asked, never read as a task called "errands".
  const untagMany = /^(?:untag|unlabel)\s+\S.*?\s+from\s+(.+)$/i.exec(text);
  if (untagMany?.[1] && MANY_TASKS.test(untagMany[1].trim()))
    return { kind: 'help', reason: 'Which task? I take a tag off one task at a time: give its number or words of its title.' };
  const untagFirst = /^(?:untag|unlabel)\s+#?([\p{L}\p{N}_-]+)\s+from\s+((?:the|my|task)\b.+|#?\d+|it|that)$/iu.exec(text);
  if (untagFirst?.[1] && untagFirst[2] && !/^\d+$/.test(untagFirst[1]))
    return withTarget('remove_tag', untagFirst[2], { tag: untagFirst[1].toLowerCase() });
  // "untag the gym from health, it's more of a social thing": why, after the comma, names no tag.
  const untag = /^(?:untag|unlabel)\s+(.+?)\s+(?:from\s+)?#?([\p{L}\p{N}_-]+)$/iu.exec(
    text.replace(/\s*,\s*(?:it'?s|it\s+is|its|they'?re|because|since|as|bc|cos|cuz)\s.*$/i, ''),
  );
  if (untag?.[1] && untag[2]) return withTarget('remove_tag', untag[1], { tag: untag[2].toLowerCase() });
  const removeTag =
    /^(?:remove|delete|drop|take off|clear)\s+(?:the\s+)?(?:tag|label)\s+#?([\p{L}\p{N}_-]+)\s+(?:from|on|off)\s+(.+)$/iu.exec(text) ??
    /^(?:remove|delete|drop|take(?:\s+off)?|strip|pull)\s+(?:the\s+)?#?(?!(?:the|its|that|this)\s)([\p{L}\p{N}_-]+)\s+(?:tag|label)\s+(?:from|on|off)(?:\s+of)?\s+(.+)$/iu.exec(
      text,
    ) ??
    // "remove #work from 8": a "#" word is a tag, never the title of a task to delete.
    /^(?:remove|delete|drop|take(?:\s+off)?|rm|del|strip)\s+#(?!\d+\s)([\p{L}\p{N}_-]+)\s+(?:from|on|off)\s+(.+)$/iu.exec(text);
  if (removeTag?.[1] && removeTag[2]) return withTarget('remove_tag', removeTag[2], { tag: removeTag[1].toLowerCase() });
  // "tag the bike as hobby and outdoors", "label it home, errands": several tags, one change.
  const TAG_LIST = String.raw`(#?[\p{L}\p{N}_-]+(?:(?:\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+)#?[\p{L}\p{N}_-]+)+)`;
  const manyTags =
    new RegExp(String.raw`^(?:tag|label|retag|relabel)\s+(.+?)\s+(?:as|with)\s+${TAG_LIST}$`, 'iu').exec(text) ??
    new RegExp(String.raw`^(?:tag|label|retag|relabel)\s+(it|that|this)\s+${TAG_LIST}$`, 'iu').exec(text);
  if (manyTags?.[1] && manyTags[2]) {
    const tags = manyTags[2].split(/\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+/i).map((tag) => tag.replace(/^#/, '').toLowerCase());
    return withTarget('add_tag', manyTags[1], { tags: [...new Set(tags)] });
  }
  const tagAs =
    /^(?:tag|label|retag|relabel|categori[sz]e|file)\s+(.+?)\s+(?:as|with)\s+#?([\p{L}\p{N}_-]+)$/iu.exec(text) ??
    /^(?:mark|flag)\s+(.+?)\s+with\s+#([\p{L}\p{N}_-]+)$/iu.exec(text) ??
    // "the boiler service should be tagged house", "the car service needs tagging as car".
    /^(.+?)\s+(?:(?:should\s+be|needs\s+to\s+be|is\s+now)\s+(?:tagged|labell?ed)|needs\s+(?:tagging|labell?ing))\s+(?:as\s+|with\s+)?#?([\p{L}\p{N}_-]+)$/iu.exec(
      text,
    ) ??
    // "tag the bike hobby": never across a comma ("tag it uni, low priority for now" says two things of "it").
    /^(?:tag|label)\s+(?!(?:it|that|this)\s+(?!one\s)\S+\s)([^,;]+?)(?<!\s(?:&|\+|and))\s+#?([\p{L}\p{N}_-]+)$/iu.exec(text);
  if (tagAs?.[1] && tagAs[2]) return withTarget('add_tag', tagAs[1], { tag: tagAs[2].toLowerCase() });
  const addTag =
    /^(?:add|put|give)\s+(?:the\s+|a\s+)?(?:tag|label)\s+#?([\p{L}\p{N}_-]+)\s+(?:to|on)\s+(.+)$/iu.exec(text) ??
    /^(?:add|put|give|stick|slap|pop)\s+(?:the\s+|a\s+|an\s+)?#?([\p{L}\p{N}_-]+)\s+(?:tag|label)\s+(?:to|on|onto)\s+(.+)$/iu.exec(text) ??
    /^(?:add|put|stick|slap|pop|throw)\s+#([\p{L}\p{N}_-]+)\s+(?:to|on|onto)\s+(.+)$/iu.exec(text) ??
    // "add tag home": to the task the conversation is about.
    /^(?:add|put|give\s+it)\s+(?:the\s+|a\s+)?(?:tag|label)\s+#?([\p{L}\p{N}_-]+)()$/iu.exec(text);
  const giveTag =
    /^give\s+(.+?)\s+the\s+(?:tag|label)\s+#?([\p{L}\p{N}_-]+)$/iu.exec(text) ??
    // "give the invoice a finance label".
    /^give\s+(.+?)\s+(?:a|an|the)\s+#?([\p{L}\p{N}_-]+)\s+(?:tag|label)$/iu.exec(text);
  if (giveTag?.[1] && giveTag[2]) return withTarget('add_tag', giveTag[1], { tag: giveTag[2].toLowerCase() });
  if (addTag?.[1]) return withTarget('add_tag', addTag[2] || 'it', { tag: addTag[1].toLowerCase() });

  // "push the dentist back 2 days", "bring the meeting forward an hour": the due date moves by an amount.
  const shift = readShift(text);
  if (shift?.kind === 'help') return shift;
  if (shift?.kind === 'move') return withTarget('set_due_date', shift.ref, { date: shift.date });
  if (shift) return withTarget('postpone_task', shift.ref, { by: shift.by });
  // "bump the report to tomorrow": a date after "to" moves it; "bump the report to high" is a priority (below).
  const bumpTo = /^(?:bump|kick)\s+(.+?)\s+(?:to|till|until)\s+(.+)$/i.exec(text);
  if (bumpTo?.[1] && bumpTo[2] && !priorityWord(bumpTo[2].replace(/\s+(?:priority|prio)$/i, '')) && chrono.parse(bumpTo[2]).length > 0)
    return withTarget('set_due_date', bumpTo[1], { date: bumpTo[2].trim() });

  // Priority
  const levelled = newTaskLevelSaid(text, message);
  if (levelled) return interpret(levelled, known);
  const prioritySaid = readPrioritySaid(text);
  if (prioritySaid)
    return 'ask' in prioritySaid
      ? { kind: 'help', reason: prioritySaid.ask }
      : withTarget('set_priority', prioritySaid.ref, { priority: prioritySaid.priority });
  const priorityOfLast = /^(?:set|change|update|make)\s+(?:the\s+|its\s+)?(?:priority|prio)\s+(?:to|as|=)\s+(\w+)$/i.exec(text);
  if (priorityOfLast?.[1] && priorityWord(priorityOfLast[1]))
    return withTarget('set_priority', 'it', { priority: priorityWord(priorityOfLast[1]) });
  const setPriority =
    /^(?:set|change|update|make)\s+(?:the\s+)?(?:priority|prio)\s+(?:of|for|on)\s+(.+?)\s+(?:to|as|=)\s+(\w+)$/i.exec(text) ??
    /^(?:set|change|update)\s+(.+?)(?:'s)?\s+(?:priority|prio)\s+(?:to|as|=)\s+(\w+)$/i.exec(text) ??
    /^(?:set|change|make)\s+(.+?)\s+(?:to|as)\s+(high|medium|low|normal|urgent|important)(?:\s+priority)?$/i.exec(text);
  if (setPriority?.[1] && setPriority[2]) {
    const priority = priorityWord(setPriority[2]);
    if (priority) return withTarget('set_priority', setPriority[1], { priority });
    return { kind: 'help', reason: `"${setPriority[2]}" is not a priority; use high, medium or low.` };
  }
  // "drop the vet to low priority", "knock the gym down to low", "set 7 to p1", "give the passport task top priority",
  // "priority high on 11": a level after the task is its priority (before "drop …" deletes and "put …" adds).
  const toLevel =
    new RegExp(
      String.raw`^(?:set|make|put|mark|drop|knock|bring|move|bump|turn|change|switch)\s+(.+?)\s+(?:down\s+|up\s+|back\s+)?(?:to|on|at|as|into)\s+(?:a\s+)?(${PRIORITY_VALUE})(?:\s+priority)?$`,
      'i',
    ).exec(text) ??
    new RegExp(String.raw`^(?:make)\s+(.+?)\s+(${PRIORITY_VALUE})$`, 'i').exec(text) ??
    new RegExp(String.raw`^give\s+(.+?)\s+(?:a\s+)?(${PRIORITY_VALUE})\s+priority$`, 'i').exec(text);
  // "set 8 !1", "give the shed !2", "gym to low prio": a code after the task, or "<task> to <level> priority".
  const codeAfter =
    /^(?:set|give|make|mark)\s+(.+?)\s+(p[1-4]|![1-3])$/i.exec(text) ??
    new RegExp(
      String.raw`^(?!(?:set|give|make|mark|drop|knock|bring|move|bump|turn|change|switch|put)\s)(.+?)\s+to\s+(${PRIORITY_VALUE})\s+(?:priority|prio)$`,
      'i',
    ).exec(text);
  const levelFirst =
    new RegExp(String.raw`^(?:priority|prio)\s+(${PRIORITY_VALUE})\s+(?:on|for)\s+(.+)$`, 'i').exec(text) ??
    new RegExp(String.raw`^(${PRIORITY_VALUE})\s+(?:priority|prio)\s+(?:on|for)\s+(.+)$`, 'i').exec(text);

  // "move it to the top" is an order in the list, not a priority.
  const onTop = toLevel?.[2]?.toLowerCase() === 'top' && !/\bpriority$/i.test(text);
  const level = toLevel?.[2] && !onTop ? priorityValue(toLevel[2]) : levelFirst?.[1] ? priorityValue(levelFirst[1]) : undefined;
  const levelRef = toLevel?.[1] ?? levelFirst?.[2];
  if (!level && codeAfter?.[1] && codeAfter[2] && !/\s(?:to|as|at)$/i.test(codeAfter[1]) && priorityValue(codeAfter[2]))
    return withTarget('set_priority', codeAfter[1], { priority: priorityValue(codeAfter[2]) });
  if (level && levelRef && !/^(?:priority|prio)$/i.test(levelRef)) return withTarget('set_priority', levelRef, { priority: level });
  // "make the dentist less important", "the tax return isn't urgent anymore", "the boiler is no longer a priority": low.
  const lessImportant =
    /^(?:make|mark|set)\s+(.+?)\s+(?:less|not\s+as)\s+(?:important|urgent|of\s+a\s+priority)$/i.exec(text) ??
    /^(.+?)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:urgent|important|a\s+priority)\s+any\s*more$/i.exec(text) ??
    /^(.+?)\s+(?:is|are)\s+no\s+longer\s+(?:urgent|important|a\s+priority)$/i.exec(text);
  if (lessImportant?.[1]) return withTarget('set_priority', lessImportant[1], { priority: 'low' });
  // "mark the newsletter as not urgent": a negated level is low, never the level it negates.
  const notUrgent =
    /^(?:mark|set|make|flag)\s+(.+?)\s+(?:as\s+)?not\s+(?:(?:very|that|super|so|really|too|terribly|all\s+that)\s+)?(?:urgent|important|a\s+priority)$/i.exec(
      text,
    );
  if (notUrgent?.[1]) return withTarget('set_priority', notUrgent[1], { priority: 'low' });
  const makePriority =
    /^(?:make|mark|set|flag)\s+(.+?)\s+(?:as\s+)?(high|top|medium|normal|low|urgent|important)(?:[\s-]*(?:priority|prio))?$/i.exec(text);
  if (makePriority?.[1] && makePriority[2] && !/\b(?:done|complete)\b/i.test(makePriority[2])) {
    return withTarget('set_priority', makePriority[1], { priority: priorityWord(makePriority[2]) });
  }
  const isPriority =
    /^(?!(?:new|add|create)\s)(.+?)\s+(?:is|can\s+be|should\s+be)\s+(?:really\s+|very\s+|super\s+)?(high|top|medium|low|urgent|important)(?:\s+priority)?(?:\s*,\s*(?:so\s+)?(?:make|set|mark)\s+it\s+(?:high|urgent|top)(?:\s+priority)?)?$/i.exec(
      text,
    );
  // "tasks where priority is medium" asks for a listing; it changes no task.
  if (
    isPriority?.[1] &&
    isPriority[2] &&
    !/^(?:what|which|who|tasks|todos|items|anything|everything|show|list)\b|\bwhere\b/i.test(isPriority[1])
  ) {
    return withTarget('set_priority', isPriority[1], { priority: priorityWord(isPriority[2]) });
  }
  const notImportant =
    /^(.+?)\s+(?:(?:is|are)\s+(?:not\s+(?:very\s+|that\s+)?(?:important|urgent)|no\s+rush|low\s+priority)|(?:isn't|aren't)\s+(?:very\s+|that\s+)?(?:important|urgent))$/i.exec(
      text,
    );
  if (notImportant?.[1] && !/^(?:what|which|who)\b/i.test(notImportant[1]))
    return withTarget('set_priority', notImportant[1], { priority: 'low' });
  const priorityFor = /^(?:set|change|make)\s+(?:the\s+)?(?:priority|prio)\s+(high|medium|normal|low)\s+(?:for|of|on)\s+(.+)$/i.exec(text);
  if (priorityFor?.[1] && priorityFor[2]) return withTarget('set_priority', priorityFor[2], { priority: priorityWord(priorityFor[1]) });
  // "raise taxes to high": the level said after "to" is the value, not words of the title.
  const prioritize =
    /^(prioriti[sz]e|deprioriti[sz]e|un-?urgent|raise|lower|bump|downgrade|upgrade|up)\s+(?:up\s+|down\s+)?(?:(?:the\s+)?(?:priority|prio)\s+(?:of|on|for)\s+)?(.+?)(?:'s priority)?(?:\s+(?:up|down))?(?:\s+(?:to|as)\s+(high|top|medium|normal|low)(?:\s+priority)?)?$/i.exec(
      text,
    );
  if (prioritize?.[1] && prioritize[2]) {
    const said = prioritize[3] ? priorityWord(prioritize[3]) : undefined;
    const priority = said ?? (/^(?:deprioriti|un-?urgent|lower|downgrade)/i.test(prioritize[1]) ? 'low' : 'high');
    return withTarget('set_priority', prioritize[2], { priority });
  }

  // Due dates
  const dueSaid = readDueSaid(text);
  if (dueSaid) return withTarget('set_due_date', dueSaid.ref, { date: dueSaid.date });
  const DUE = String.raw`(?:due\s+date|deadline|date)`;
  const clearDue =
    // "drop the date off the reading list", "lose the deadline on 5": the date goes, the task stays.
    new RegExp(
      String.raw`^(?:clear|remove|delete|drop|lose|ditch|scrap|get\s+rid\s+of|take(?:\s+off)?)\s+(?:the\s+)?${DUE}\s+(?:of|from|for|on|off)\s+(.+)$`,
      'i',
    ).exec(text) ??
    // "clear its due date", "no deadline for 7", "unschedule the shed", "the passport task doesn't need a date".
    new RegExp(String.raw`^(?:clear|remove|delete|drop)\s+(its)\s+${DUE}$`, 'i').exec(text) ??
    // "no date for the kitchen fitter yet": how long it stays so is no part of the task.
    new RegExp(String.raw`^no\s+(?:more\s+)?${DUE}\s+(?:for|on)\s+(.+?)(?:\s+(?:yet|for\s+now|just\s+yet))?$`, 'i').exec(text) ??
    /^(?:unschedule|undate)\s+(.+)$/i.exec(text) ??
    new RegExp(String.raw`^(.+?)\s+(?:doesn'?t|does\s+not|don'?t|do\s+not)\s+need\s+(?:a\s+|any\s+)?${DUE}(?:\s+any\s*more)?$`, 'i').exec(
      text,
    );
  if (clearDue?.[1]) return withTarget('set_due_date', clearDue[1].toLowerCase() === 'its' ? 'it' : clearDue[1], { date: null });
  const move =
    /^(?:move|reschedule|postpone|push|delay|shift|defer)\s+(.+?)\s+(?:to|till|until|for|back to)\s+(.+)$/i.exec(text) ??
    /^(?:set|change|update)\s+(?:the\s+)?(?:due\s+date|deadline|date)\s+(?:of|for|on)\s+(.+?)\s+(?:to|as)\s+(.+)$/i.exec(text) ??
    /^(?:set|change|update)\s+(.+?)(?:'s)?\s+(?:due\s+date|deadline)\s+(?:to|as)\s+(.+)$/i.exec(text) ??
    /^(?:make)\s+(.+?)\s+due\s+(?:on\s+|by\s+|at\s+)?(.+)$/i.exec(text);
  if (move?.[1] && move[2]) {
    // "move the invoice to the finance tag", "move the report to Marketing" (no such project): no date, so asked.
    // Only after "move"/"shift", which may name a place as well as a date: "make X due …" and "set the due date …"
    // say a date, and the tool's answer says why it could not read one.
    const either = /^(?:move|shift)\b/i.test(text);
    if (either && dateReader.parse(move[2]).length === 0 && !/\bthe\s+\d{1,2}(?:st|nd|rd|th)\b|\bend\s+of\b/i.test(move[2]))
      return { kind: 'help', reason: `I could not read "${move[2].trim()}" as a date or one of your projects.` };
    return withTarget('set_due_date', move[1], { date: move[2].trim() });
  }
  // "change the gym to thursday": a due date only when all that follows "to" is a date.
  const changeTo = /^(?:change|switch)\s+(.+?)\s+to\s+(.+)$/i.exec(text);
  if (changeTo?.[1] && changeTo[2] && chrono.parse(changeTo[2])[0]?.text.length === changeTo[2].trim().length) {
    return withTarget('set_due_date', changeTo[1], { date: changeTo[2].trim() });
  }
  const isDue = /^(.+?)\s+(?:is|are)\s+(?:now\s+)?due\s+(?:on\s+|by\s+|at\s+)?(.+)$/i.exec(text);
  if (
    isDue?.[1] &&
    isDue[2] &&
    !/^(?:what|which|show|list|display|give|tell|find|everything|anything|sort|order)\b|\b(?:what|which)$/i.test(isDue[1])
  )
    return withTarget('set_due_date', isDue[1].replace(NEWS_BEARER, ''), { date: isDue[2].trim() });

  // Recurrence of an existing task
  const stopRepeating =
    /^(?:stop\s+repeating|don't\s+repeat|do not repeat|unrepeat)\s+(.+?)(?:\s+any\s*more)?$/i.exec(text) ??
    /^stop\s+(.+?)\s+(?:from\s+)?(?:repeating|recurring)$/i.exec(text) ??
    /^(.+?)\s+should\s+(?:stop|not)\s+(?:repeating|recurring|repeat|recur)(?:\s+any\s*more)?$/i.exec(text) ??
    /^make\s+(.+?)\s+(?:not\s+recurring|not\s+repeat(?:ing)?|(?:a\s+)?one-?(?:off|time)(?:\s+(?:task|thing))?)$/i.exec(text);
  if (stopRepeating?.[1]) return withTarget('update_task', stopRepeating[1], { recurring: null });
  const newRecurring =
    /^(?:make|create|add|set\s+up)\s+(?:a\s+)?(?:new\s+)?(?:recurring|repeating)\s+(?:task|todo)\s*(?::|to\s+|called\s+)?\s*(.+)$/i.exec(
      text,
    );
  if (newRecurring?.[1]) {
    const recurring = createRecurring(newRecurring[1], known);
    if (recurring) return recurring;
  }
  const makeRecur =
    /^(?:make|set)\s+(.+?)(?:\s+to)?\s+(?:recur|repeat|recurring|repeating)\s+(.+)$/i.exec(text) ??
    // "change the standup to every weekday": a new rule for that task, never a task titled so.
    /^(?:change|switch|set|update|move|make)\s+(.+?)\s+(?:to|into)\s+((?:(?:repeat|recur)\s+)?(?:every|each|daily|weekly|biweekly|fortnightly|monthly|yearly|annually)\b.*)$/i.exec(
      text,
    ) ??
    /^(.+?)\s+(?:repeats|recurs|should\s+(?:repeat|recur))\s+(.+)$/i.exec(text) ??
    /^have\s+(.+?)\s+(?:repeat|recur)\s+(.+)$/i.exec(text);
  if (makeRecur?.[1] && makeRecur[2] && !NEW_SERIES.test(makeRecur[1])) {
    const recurrence = recurrencePattern(makeRecur[2]);
    if (recurrence) return withTarget('update_task', makeRecur[1], { recurring: recurrence.pattern });
  }

  // "the description for the lease one should say …", "give the dentist task a note: …", "in the notes of 7 write: …":
  // the notes named as such, before a rename reads "… should say …".
  const number = numberAsNote(text, known);
  if (number) return withTarget('update_task', number.ref, { description: number.description });
  const readTitle = readAsTitle(text);
  if (readTitle) return withTarget('update_task', readTitle.ref, { title: readTitle.title });
  const editSaid = readEditSaid(text);
  if (editSaid) return 'ask' in editSaid ? { kind: 'help', reason: editSaid.ask } : withTarget('update_task', editSaid.ref, editSaid.args);
  const notesSaid =
    /^(?:the\s+)?(?:description|notes?|details?)\s+(?:for|of|on)\s+(.+?)\s+should\s+(?:say|read|be)\s*:?\s+(.+)$/i.exec(text) ??
    // 'give the boiler task the note "part number 4471"': a quoted note needs no colon.
    /^(?:give|add)\s+(.+?)\s+(?:a|an|the|some)\s+(?:description|notes?|details?|comments?)\s*(?::\s*|\s+(?=["“][^"“”]+["”]$))(.+)$/i.exec(
      text,
    ) ??
    /^in\s+(?:the\s+)?(?:description|notes?|details?)\s+(?:of|for|on)\s+(.+?),?\s+(?:write|put|add|say)\s*:?\s+(.+)$/i.exec(text);
  if (notesSaid?.[1] && notesSaid[2])
    return withTarget('update_task', notesSaid[1], { description: notesSaid[2].trim().replace(/^["“]([^"“”]+)["”]$/, '$1') });

  // Rename / update
  const correction = readRenameClauses(text);
  if (correction) return withTarget('update_task', correction.ref, { title: clean(correction.title) });
  const rename =
    /^(?:rename|retitle)\s+(.+?)\s+(?:to|as|into)\s+(.+)$/i.exec(text) ??
    /^(?:change|set|update|edit|fix)\s+(?:the\s+)?(?:title|name)\s+(?:of|for|on)\s+(.+?)\s+to\s+(.+)$/i.exec(text) ??
    /^(?:call|name|title|retitle)\s+(that one|this one|it|that|this)\s+(.+?)(?:\s+instead)?$/i.exec(text) ??
    /^(?:change|set|update)\s+(.+?)(?:'s)?\s+(?:title|name)\s+to\s+(.+)$/i.exec(text) ??
    // "change the wording of task 7 to …", "rename buy bread → buy sourdough", "the bank task should be called …",
    // "let's call the passport task …", "update 22: title …".
    /^(?:change|fix|update|edit)\s+(?:the\s+)?(?:wording|text)\s+(?:of|on|for)\s+(.+?)\s+to\s+(.+)$/i.exec(text) ??
    /^(?:rename|retitle|change|edit)\s+(.+?)\s*(?:→|->|=>)\s*(.+)$/i.exec(text) ??
    /^([^,]+?)(?:'s)?(?:\s+(?:title|name))?\s+should\s+(?:be\s+called|be\s+named|say|read)\s+(.+)$/i.exec(text) ??
    /^(?:call|name)\s+(.+?\s+(?:task|todo|one))\s+(.+)$/i.exec(text) ??
    /^(?:update|edit|change)\s+(.+?)\s*:\s*(?:title|name)\s+(.+)$/i.exec(text);
  if (rename?.[1] && rename[2]) return withTarget('update_task', rename[1], { title: clean(titleWithoutChatter(rename[2])) });
  const renameSaid = readRename(text);
  if (renameSaid) return withTarget('update_task', renameSaid.ref, { title: clean(renameSaid.title) });
  const renameAgain = renameAfterLeadIn(text);
  if (renameAgain) return interpret(renameAgain, known);
  // "add a note to the report: …", "set the description of 5 to …": the task's description, never a new task.
  const NOTES = String.raw`(?:description|notes?|details?|comments?)`;
  const describe =
    new RegExp(
      String.raw`^(?:set|change|update|add|edit|write|put|leave|stick)\s+(?:to\s+|in\s+|into\s+)?(?:the\s+|a\s+|some\s+)?${NOTES}\s+(?:of|for|to|on)\s+(.+?)(?:\s*:\s*|\s+[-–—]\s+|\s+to\s+|\s+saying\s+|\s+that\s+says\s+|\s+that\s+)(.+)$`,
      'i',
    ).exec(text) ??
    new RegExp(String.raw`^${NOTES}\s+(?:on|for|of)\s+(.+?)\s*:\s*(.+)$`, 'i').exec(text) ??
    // "add to the budget task notes: …": the task, then its notes; "put in the notes: …" names no task but the one
    // spoken of (below), never a task called "the".
    new RegExp(
      String.raw`^(?:add|put|write)\s+(?:to|in|into|on)\s+(?!(?:the|its)\s+${NOTES}\b)(.+?)(?:'s)?\s+${NOTES}\s*:\s*(.+)$`,
      'i',
    ).exec(text) ??
    new RegExp(String.raw`^make\s+the\s+${NOTES}\s+(?:of|for|on)\s+(.+?)\s+(?:say|read)\s+(.+)$`, 'i').exec(text) ??
    new RegExp(String.raw`^(?:set|change|update|edit)\s+(its)\s+${NOTES}\s*(?:(?:to|in|into)(?:\s*:\s*|\s+)|:\s*)(.+)$`, 'i').exec(text);
  // "put "gate code 4491" in the description of the party task": the words first, then the task; "put the tracking
  // number in the notes for 16: JD0123456789": what follows the colon is what the notes say.
  const describeFirst = new RegExp(
    String.raw`^(?:put|add|write|stick)\s+(.+?)\s+(?:in|into|to|on)\s+(?:the\s+)?${NOTES}\s+(?:of|for|on)\s+(.+?)(?:\s*:\s*(.+))?$`,
    'i',
  ).exec(text);
  if (describeFirst?.[1] && describeFirst[2]) {
    const said = describeFirst[3] ?? describeFirst[1].replace(/^["“](.+)["”]$/, '$1');
    return withTarget('update_task', describeFirst[2], { description: said.trim() });
  }
  const notesOfIt = new RegExp(String.raw`^(?:add|put|write)\s+(?:to|in|into|on)\s+(?:the|its)\s+${NOTES}\s*:\s*(.+)$`, 'i').exec(text);
  if (notesOfIt?.[1]) return withTarget('update_task', 'it', { description: notesOfIt[1].trim() });
  if (describe?.[1] && describe[2]) {
    return withTarget('update_task', describe[1].toLowerCase() === 'its' ? 'it' : describe[1], { description: describe[2].trim() });
  }

  // Complete / reopen
  const reopeningTitle = reopeningTitleDone(text);
  if (reopeningTitle) return withTarget('complete_task', reopeningTitle);
  const completion = readCompletion(text, /\?\s*$/.test(message));
  if (completion)
    return 'ask' in completion ? { kind: 'help', reason: completion.ask } : withTarget('complete_task', completion.ref, completion.args);
  const doneAgain = readDoneAgain(text, (report) => readSentence(report, known));
  if (doneAgain) return doneAgain;
  const reopen =
    /^(?:reopen|re-open|uncomplete|un-complete|undo|unmark|uncheck|untick|unfinish|restore)\s+(.+?)(?:\s+as\s+done)?$/i.exec(text) ??
    /^mark\s+(.+?)\s+(?:as\s+)?(?:not\s+(?:done|finished|complete(?:d)?)|undone|incomplete|pending|open|unfinished|to\s?do)$/i.exec(text) ??
    // "essay, mark it as not done", "the essay isn't done, set it back to open": the task said first.
    /^(.+?)(?:\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:actually\s+|really\s+)?(?:done|finished|complete(?:d)?)(?:\s+yet)?)?\s*[,;:.!–—-]+\s*(?:(?:so|please|pls|can\s+you|could\s+you)\s+)*(?:mark|set|make|put|turn)\s+(?:it|that|this|them)\s+(?:back\s+)?(?:as\s+|to\s+)?(?:not\s+(?:done|finished|complete(?:d)?)|undone|incomplete|unfinished|open)(?:\s+again)?$/i.exec(
      text,
    ) ??
    // "12 isn't done yet", "the essay is not finished": said of a task, it is open again.
    /^(.+?)\s+(?:isn'?t|is\s+not|aren'?t|are\s+not)\s+(?:actually\s+|really\s+)?(?:done|finished|complete(?:d)?)(?:\s+yet)?$/i.exec(text) ??
    /^i\s+(?:didn'?t|did\s+not|haven'?t|have\s+not)\s+(?:actually\s+|really\s+)?(?:finish(?:ed)?|complete(?:d)?|do(?:ne)?)\s+(.+?)(?:\s+yet)?\s*(?:[,;]\s*(?:please\s+)?(?:reopen|re-open|unmark|uncheck)\s+(?:it|that))?$/i.exec(
      text,
    );
  if (reopen?.[1]) return withTarget('complete_task', reopen[1], { completed: false });
  const completeSaid =
    /^(?:that'?s|that\s+is|it'?s|it\s+is|that\s+one\s+is|this\s+one\s+is|that\s+one'?s)\s+()(?:done|finished|complete|completed)(?:\s+(?:too|as\s+well|now))?$/i.exec(
      text,
    ) ??
    /^(?:mark|set)\s+(?:as\s+)?(?:done|complete|completed|finished)\s*:\s*(.+)$/i.exec(text) ??
    /^(?:mark|set|check|tick|cross|put)\s+(?:off\s+)?(.+?)\s+(?:as\s+|to\s+)?(?:done|complete|completed|finished|off)$/i.exec(text) ??
    /^(?:(?:mark|set)\s+(?:as\s+)?(?:done|complete|completed|finished)|mark\s+off)\s+(.+)$/i.exec(text) ??
    /^consider\s+(.+?)\s+(?:done|finished|complete|completed)$/i.exec(text) ??
    /^make\s+(.+?)\s+(?:done|finished|complete|completed)$/i.exec(text) ??
    /^(?:i(?:'m|\s+am)\s+|we(?:'re|\s+are)\s+|all\s+)(?:(?:all|finally|just)\s+)?(?:done|finished|sorted)\s+(?:with\s+|w\/?\s+)?(.+)$/i.exec(
      text,
    ) ??
    /^(?:check|tick|cross)(?:ed)?\s+off\s+(.+)$/i.exec(text) ??
    /^(?:i\s+)?(?:wrapped\s+up|knocked\s+out|knocked\s+off|ticked\s+off|checked\s+off|crossed\s+off|nailed|sorted)\s+(.+)$/i.exec(text) ??
    /^(?:i\s+)?got\s+(.+?)\s+(?:done|sorted|finished)$/i.exec(text) ??
    /^(?:complete|finish|done|close(?:\s+out)?|finished|completed|tick|did)\s+(?:with\s+|w\/\s*)?(.+)$/i.exec(text) ??
    /^(?:i|we)(?:'ve|ve|\s+have)?\s+(?:just\s+|already\s+|finally\s+)?(?:finished|completed|done|did)\s+(.+)$/i.exec(text) ??
    /^(.+?)(?:'s|\s+(?:is|are))?\s+(?:(?:all|now|finally)\s+)?(?:done|finished|completed|complete)(?:\s+(?:now|already|at last|today))?$/i.exec(
      text,
    );
  // "… not done", "… isn't finished": whatever else is said, no completion.
  const complete = /\b(?:not|n't|never)\s+(?:(?:yet|actually|really|been)\s+)*(?:done|finished|completed?)(?:\s+(?:yet|again))?$/i.test(
    text,
  )
    ? null
    : completeSaid;
  if (complete && complete[1] === '') return withTarget('complete_task', 'it');
  // "I'm done" may end the chat as well as a task: asked, never a task titled "I'm".
  if (complete?.[1] && /^(?:i'?m|i\s+am|we'?re|we\s+are|all|i)$/i.test(complete[1].trim()))
    return { kind: 'help', reason: 'Done with which task? Say "done with <words of its title>" or its number.' };
  // "tasks I finished", "low prio stuff I haven't done": a listing of what someone did or did not do, never a completion.
  if (
    complete?.[1] &&
    /\b(?:i|we|you)(?:\s+(?:haven'?t|havent|have|had|did|didn'?t|already|just|got|should|must|was\s+supposed\s+to))*$/i.test(
      complete[1].trim(),
    )
  )
    return filterOrList(lower, known);
  if (complete?.[1] && !/^(?:what|which|show|list)\b/i.test(complete[1])) {
    // "ok good news, the landlord signed, so the lease task is done": the task is in the last clause.
    const ref = withoutRestatement(complete[1]);
    // "mark 3 and 4 done": said which, so the answer says why.
    const several = severalTasksNamed(ref);
    if (several) return { kind: 'help', reason: several };
    // "oops ticked off the wrong one, reopen the gym task": the request after the report is read alone (by the caller).
    if (notOneTask(ref)) return { kind: 'help' };
    if (notAllDone(text)) return { kind: 'help', reason: notAllDone(text) };
    // "the dentist one, is it done?": a question, never a completion.
    if ((/\?\s*$/.test(message) && !requestedPlainly(text)) || /^(?:is|are|was|were|has|have|did)\b/i.test(lastClause(ref)))
      return { kind: 'help', reason: 'I can show you: try "search <words>"; I mark a task done only when you ask me to.' };
    const named = /[,;.!]\s/.test(ref) ? lastClause(ref) : ref;
    // "dentist booked ✅": the thing reported done, without the verb that reports it.
    return withTarget('complete_task', thingDone(passiveDone(named, named) ?? named));
  }

  // Delete
  const slang = slangDeleteRef(text);
  if (slang) return withTarget('delete_task', deletedRef(slang));
  const remove =
    /^(?:delete|del|rm|remove|drop|erase|trash|cancel|get rid of|scrap|discard|nuke|kill|bin|forget about|scratch|ditch|toss|wipe|strike|throw away|throw out|forget)\s+(.+)$/i.exec(
      text,
    ) ??
    // "take the gym off my list", "get the charity run off my todo list".
    /^(?:take|get|strike)\s+(.+?)\s+off\s+(?:of\s+)?(?:my|the)\s+(?:todo\s+|to-do\s+|task\s+)?list$/i.exec(text) ??
    /^(.+?)\s+(?:can|needs\s+to|has\s+to|must|should)\s+go$/i.exec(text);
  if (remove?.[1] && severalDeleted(remove[1])) return { kind: 'help', reason: severalDeleted(remove[1]) };
  const fieldRemoved = remove?.[1] ? fieldRemovedWithRemark(text, deletedRef(remove[1]), (said) => readSentence(said, known)) : undefined;
  if (fieldRemoved) return fieldRemoved;
  if (
    remove?.[1] &&
    !(/^forget\b/i.test(text) && /^(?:it|that|this)$/i.test(remove[1])) &&
    !cancelIsAnErrand(text) &&
    !binNamesAThing(text)
  )
    return withTarget('delete_task', deletedRef(remove[1]));

  const fewFirst = fewFirstAsked(lower);
  if (fewFirst) return { kind: 'call', tool: 'sort_tasks', args: fewFirst };
  // Sort ("sort out the priorities for me" asks for judgement, never an order of the list)
  if (
    (!/^sort\s+out\b(?!.*\bby\b)/i.test(lower) &&
      /^(?:sort|order|arrange|rank)\b|\b(?:sorted|ordered)\s+by\b|\b(?:newest|oldest|latest|earliest)(?:\s+(?:tasks?|todos?|ones?|items?|stuff|things))?\s+first\b|^(?:(?:show|list|give)\s+(?:me\s+)?|what\s+are\s+)?(?:my\s+|the\s+)?(?:newest|oldest|latest)\s+(?:tasks?|todos?|ones|items|stuff|things)\??$|\bby\s+(?:due date|priority|title|name)\b/i.test(
        lower,
      )) ||
    orderAsked(lower)
  ) {
    // "order dog food by friday, medium priority": a level said with "priority" is the task's, never the order's field.
    const orderWords = withoutOrderWords(lower)
      .replace(/^(?:sort|order|arrange|rank)\w*/, '')
      .replace(/\b(?:high|medium|med|normal|low|top)\s+(?:priority|prio|pri)\b(?!\s+(?:first|last|on\s+top|at\s+the\s+top))/g, '');
    // "everything due this week sorted by priority": the field said after the last "by" is the order's.
    const byWhat = /.*\bby\s+(.+)$/.exec(orderWords)?.[1];
    const fieldIn = (words: string) => SORT_FIELDS.find(([pattern]) => pattern.test(words))?.[1];
    const field = (byWhat ? fieldIn(byWhat) : undefined) ?? fieldIn(orderWords);
    // "what's due this month sorted by date": a window of due dates is listed by due date already; the window is read.
    const unsorted = text.replace(DUE_ORDER_WORDS, '');
    if (field === 'due_date' && unsorted !== text && DUE_WINDOW.test(unsorted)) return interpret(unsorted, known);
    if (field) {
      const args: Record<string, unknown> = { field };
      const said = orderSaid(lower);
      if (said) args.order = said;
      else if (
        /\b(?:desc|descending|z-a|z to a|highest first|high(?:est)? to low(?:est)?|newest first|latest first|most recent(?:ly)?|reverse|last first)\b/i.test(
          lower,
        )
      )
        args.order = 'desc';
      else if (
        /\b(?:asc|ascending|a-z|a to z|lowest first|low(?:est)? to high(?:est)?|oldest first|earliest first|soonest first|soonest)\b/i.test(
          lower,
        )
      )
        args.order = 'asc';
      else if (field === 'created_at' && /\b(?:newest|latest)\b/i.test(lower)) args.order = 'desc';
      else if (field === 'created_at' && /\boldest\b/i.test(lower)) args.order = 'asc';
      const status = statusOf(lower.replace(/\b(?:sort|order)\w*\s+/, ''));
      if (status && status !== 'all') args.status = status;
      const project = projectSorted(text, known);
      if (project) args.project = project;
      // "top 5 by priority": how many, as a listing reads it.
      const count = countToShow(lower);
      if (count) args.limit = count;
      return { kind: 'call', tool: 'sort_tasks', args };
    }
    if (unsortableAsked(lower)) return { kind: 'help', reason: unsortableAsked(lower) };
  }

  // Recurring (before add: "add standup every monday")
  const recurringBody = recurringBodyOf(text, text.replace(STRIP_ADD, ''));
  const everyInside =
    /\b(?:every|each)!?\s|\b(?:daily|weekly|biweekly|fortnightly|monthly|yearly|annually|half[\s-]?yearly)\b|\bonce\s+(?:a|an|per)\s+(?:day|week|month|year)\b|\btwice\s+(?:a|per)\s+year\b/i.test(
      lower,
    ) &&
    // "sort the ref rota every other sunday" sorts out a thing; "sort my weekly tasks by date" sorts the list.
    !/^(?:show|list|what|which|find|search|look|sort(?!\s+out\b)(?=\s+(?:by|my|them|it|these|those|all|everything|the\s+(?:list|tasks?|todos?|items|lot|ones))\b|\s*$)|how)\b/i.test(
      lower,
    ) &&
    (!EDIT_VERB.test(lower) || isChoreWithRule(lower));
  if (
    /^(?:every|each|daily|weekly|biweekly|fortnightly|monthly|yearly|annually|once\s+(?:a|an|per)\s+(?:day|week|month|year))\b/i.test(
      lower,
    ) ||
    ruleSaidFirst(text) ||
    ((STRIP_ADD.test(text) || everyInside) && (recurrencePattern(recurringBody) || ruleLeftUnclear(recurringBody, undefined)))
  ) {
    const recurring = createRecurring(recurringBody, known);
    if (recurring) return recurring;
  }

  // Search
  const search =
    /^(?:search|find|look\s+for|look\s+up|lookup|grep)\s+(?:for\s+)?(?:(?:the\s+|my\s+)?tasks?\s+(?:about|with|containing|mentioning|named|called|for|of)\s+)?(.+)$/i.exec(
      text,
    ) ??
    /^(?:any|anything|tasks?|todos?)(?:\s+(?:tasks?|todos?))?\s+(?:about|mentioning|containing|with the word|called|named|matching)\s+(.+)$/i.exec(
      text,
    ) ??
    /^(?:do i have|is there)\s+(?:a|an|any)\s+(?:task|todo)s?\s+(?:about|for|called|named|mentioning)\s+(.+)$/i.exec(text) ??
    // "show tasks with "insurance" in them": quoted words are searched for.
    /^(?:show|list|find|get)\s+(?:me\s+)?(?:my\s+|the\s+)?(?:tasks?|todos?|anything|everything|ones)\s+(?:with|containing|mentioning)\s+(["“][^"”]+["”])(?:\s+in\s+(?:them|it|(?:the|their)\s+(?:title|name)s?))?$/i.exec(
      text,
    );
  if (search?.[1]) {
    const query = clean(
      search[1]
        .replace(/^(?:anything|everything|something|stuff)\s+(?:about|on|with|for|mentioning|containing)\s+/i, '')
        .replace(/^the\s+/i, ''),
    );
    // "find the dentist task": "task" closing the words names no filter.
    const words = query.replace(/\s+(?:task|todo|item)s?(?=\s+in\s|$)/i, '');
    const looksLikeFilter = /\b(?:priority|tagged|overdue|due|completed|pending|tasks?)\b/i.test(words);
    if (!looksLikeFilter) {
      const inProject = extractProject(words, known);
      const query = searchedTopic(clean(inProject.text).replace(/^["']|["']$/g, ''), text);
      if (!query) return { kind: 'help', reason: 'What should I search for? Say for example "search insurance".' };
      const args: Record<string, unknown> = { query };
      if (inProject.project) args.project = inProject.project;
      return { kind: 'call', tool: 'search_tasks', args };
    }
    return filterOrList(text, known);
  }

  // Add
  if (priorityLabelFirst(text)) return addTask(text, text, known);
  const addSaid = readAddRequest(text);
  if (addSaid && 'ask' in addSaid) return { kind: 'help', reason: addSaid.ask };
  if (addSaid) return addTask(text, addSaid.body, known);
  if (
    STRIP_ADD.test(text) &&
    /^(?:please\s+)?(?:add|create|new|put|todo|to-do|(?:make|set\s+up)\s+(?:a\s+|an\s+)?(?:new\s+)?(?:task|todo|to-do|item))\b/i.test(text)
  )
    return addTask(text, text.replace(STRIP_ADD, ''), known);
  const need =
    /^(?:(?:i\s+)?(?:gotta|need\s+to|have\s+to|want\s+to|wanna)|jot\s+down|write\s+down|note\s+to\s+self|note\s+down|make\s+a\s+note\s+to)\s*:?\s+(.+)$/i.exec(
      text,
    ) ??
    /^(?:i\s+(?:need|have|must|should|gotta|got|ought)\s+to|i\s+(?:must|should|need\s+to|have\s+to)\s+remember\s+(?:to|that\s+(?:i|we)(?:\s+(?:need\s+to|have\s+to|must|should|will))?)|i\s+(?:should|must)|must|remember\s+to|remember\s*:|don'?t\s+(?:let\s+me\s+)?forget\s+to|do\s+not\s+(?:let\s+me\s+)?forget\s+to|todo:?|quick\s+one\s*[-–—:,])\s+(.+)$/i.exec(
      text,
    );
  if (need?.[1]) return addTask(text, need[1], known);
  // "pop "renew the permit" on my list", "stick pasta on the groceries list": a thing put on a list is a task to add.
  const onList =
    /^(?:pop|stick|put|throw|jot|write)\s+(.+?)\s+(?:on|onto|in|to)\s+(?:my|the)\s+(?:(.+?)\s+)?(?:list|todo\s+list|to-do\s+list)$/i.exec(
      text,
    );
  if (onList?.[1]) {
    const listProject = onList[2] ? knownProject(onList[2], known) : undefined;
    if (!onList[2] || listProject) return addTask(text, listProject ? `${onList[1]} to ${listProject}` : onList[1], known);
  }

  // "I've paid the rent", "called mom": a thing reported done completes the task written as the thing to do.
  const reportedDone = pastTenseDone(message, text) ?? passiveDone(message, text);
  if (reportedDone) return withTarget('complete_task', reportedDone);

  // "call the bank thursday 10am, ping me 20 min before": a task with a date and a reminder clause, said without "add".
  const withReminder = extractRemindBefore(text);
  if (withReminder.before && extractDate(withReminder.text).date) return addTask(text, text, known);
  // "call mom tomorrow", "book flights asap": an everyday errand with a date or a priority is a task to add. Without
  // one ("send an email to my boss") it may be a request to the assistant itself, and is asked about.
  // "important: send the tax form": a level said first, then the errand.
  // "submit the lab report tomorrow, tag it school": its tags said with it are the new task's.
  const errand = extractPriority(text);
  if (ERRAND.test(errand.text.trim()) && !ABOUT_A_TASK.test(extractTags(text).text) && (extractDate(text).date || errand.priority))
    return addTask(text, text, known);
  if (!/\?\s*$/.test(message) && !extractListProject(text, known).project && appointmentSaid(text)) return addTask(text, text, known);
  const titleDue = titleWithDue(text);
  if (titleDue) return interpret(titleDue, known);

  const courseCode = courseCodeAsked(text);
  if (courseCode) return { kind: 'call', tool: 'search_tasks', args: { query: courseCode } };
  // "how do I share a project?", "what does p1 mean?": questions about the app, answered with help, not a listing.
  if (/^(?:how\s+(?:do|can|should|would)\s+(?:i|you|we)|what\s+(?:does|do|is)\s+.+\s+mean|what\s+is\s+(?:a|an)\s)\b/i.test(lower))
    return { kind: 'help' };

  // Show / filter / list
  // "my dog ate my homework": a sentence about the user's life, not about the list, is no listing either.
  if (/^(?:what|what's|whats|which|how|my)\b/i.test(lower) && !ABOUT_TASKS.test(lower) && !extractListProject(text, known).project)
    return { kind: 'help', reason: 'I only know about your tasks and projects.' };
  if (
    /^(?:(?:just|only)\s+(?:the\s+|my\s+)?(?=(?:high|low|medium|urgent|overdue|pending|completed|tasks|todos|ones)\b))?(?:show|list|display|view|see|get(?=\s+(?:me|my|all|every|the\s+list|tasks|todos|anything|overdue|pending|completed)\b)|give\s+me|what|what's|whats|which|do i have|how many|how\s+(?:does|do|is)\s+(?:my|the)|my|all|any|tasks|todos|anything|(?:everything|stuff|things)(?=\s+(?:due|for|overdue|this|next|today|tomorrow)\b)|overdue|pending|completed|high|low|medium|upcoming|agenda)\b/i.test(
      lower,
    ) ||
    /\b(?:tasks|todos|to-dos|to dos)\b/i.test(lower)
  ) {
    return filterOrList(lower, known);
  }
  // "file expense report by friday 5pm in Work", "prune the roses in late february, Garden Club": something with a date
  // put in one of the caller's projects is a task to add there.
  // "things in work due friday" asks for a list: its words are about tasks at large.
  const placed = extractProject(text, known);
  const placedDate = placed.project ? extractDate(placed.text) : undefined;
  if (placedDate?.date && !/\?\s*$/.test(message) && !LIST_WORDS_ONLY.test(placedDate.text.trim())) return addTask(text, text, known);
  // "Groceries?" or "Work list": a project's name on its own shows that project; "work stuff for tomorrow": with the
  // rest of the question as its filters.
  const named = extractListProject(`show ${text}`, known);
  if (named.project) return filterOrList(`show ${text}`, known);
  const moveWithoutDate = moveWithoutDateAsked(text);
  if (moveWithoutDate) return { kind: 'help', reason: moveWithoutDate };
  // "remind me about the dentist": a reminder without its time is asked for the time.
  const remindAboutAlone =
    /^(?:(?:remind|ping|nudge|alert)\s+me|set\s+(?:a\s+)?reminder)\s+(?:about|of|for)\s+((?:the|my)\s+[^,;:?!]+?)[.!]*$/i.exec(text)?.[1];
  if (remindAboutAlone)
    return {
      kind: 'help',
      reason: `When should I remind you about ${remindAboutAlone}? Say a time ("remind me about ${remindAboutAlone} tomorrow at 9") or how long before it is due ("… an hour before").`,
    };
  return { kind: 'help' };
}

export function helpText(reason?: string): string {
  const intro = reason ? `${reason}\n\n` : "I didn't understand that. ";
  return `${intro}I can add, list, search, filter, sort, complete, reopen, rename, tag, prioritise, reschedule, remind, assign, nest, order and delete tasks, and create, share and list projects. Try:\n${CAPABILITIES.map((line) => `- ${line}`).join('\n')}`;
}
