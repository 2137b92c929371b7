import { MAX_RECURRENCE_INTERVAL, RuleError } from '@doable/contracts';
import { useId, useState } from 'react';
import {
  draftFromRule,
  type Ends,
  type Frequency,
  type MonthlyOn,
  newDraft,
  type RecurrenceDraft,
  ruleFromDraft,
  type Weekday,
} from './recurrence-draft.ts';

/** The Repeat menu's choices; `kept` is a stored rule the editor cannot show, left as it is. */
type Choice = '' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'custom' | 'kept';

const PRESET_RULES: Partial<Record<Choice, string>> = { daily: 'daily', weekly: 'weekly', monthly: 'monthly', yearly: 'FREQ=YEARLY' };
const UNITS: Record<Frequency, string> = { DAILY: 'days', WEEKLY: 'weeks', MONTHLY: 'months', YEARLY: 'years' };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const NTH = [
  { value: 1, label: 'first' },
  { value: 2, label: 'second' },
  { value: 3, label: 'third' },
  { value: 4, label: 'fourth' },
  { value: -1, label: 'last' },
];

interface RecurrenceEditorProps {
  /** The task's stored rule, or '' for a task that does not repeat. */
  initial: string;
  /** The due date as the form holds it (`YYYY-MM-DDTHH:mm`, or ''): a new custom rule starts on its weekday. */
  due: string;
  /** Called with the rule to save ('' for none) whenever the choice changes. */
  onChange: (rule: string) => void;
}

/** "Repeat": presets, a custom rule built from controls (RRULE behind it), or a stored rule it cannot show, kept. */
export function RecurrenceEditor({ initial, due, onChange }: RecurrenceEditorProps) {
  const ids = useId();
  const [choice, setChoice] = useState<Choice>(() => initialChoice(initial));
  const [draft, setDraft] = useState<RecurrenceDraft>(() => draftFromRule(initial) ?? newDraft(due));

  function choose(next: Choice) {
    setChoice(next);
    onChange(next === 'custom' ? safeRule(draft) : next === 'kept' ? initial : (PRESET_RULES[next] ?? ''));
  }

  function edit(change: Partial<RecurrenceDraft>) {
    const next = { ...draft, ...change };
    next.interval = Math.min(Math.max(1, Math.trunc(next.interval) || 1), MAX_RECURRENCE_INTERVAL[next.frequency]);
    setDraft(next);
    onChange(safeRule(next));
  }

  const setMonthlyOn = (monthlyOn: MonthlyOn) => edit({ monthlyOn });
  const setEnds = (ends: Ends) => edit({ ends });
  const on = draft.monthlyOn;

  return (
    <>
      <div className="field">
        <label htmlFor={`${ids}-repeat`}>Repeat</label>
        <select id={`${ids}-repeat`} value={choice} onChange={(event) => choose(event.target.value as Choice)}>
          <option value="">Does not repeat</option>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
          <option value="monthly">Monthly</option>
          <option value="yearly">Yearly</option>
          <option value="custom">Custom…</option>
          {initialChoice(initial) === 'kept' && <option value="kept">As set elsewhere</option>}
        </select>
      </div>
      {choice === 'kept' && (
        <p className="hint">
          This rule was made outside this form (through the API or a calendar app). It stays as it is unless you pick another.
        </p>
      )}
      {choice === 'custom' && (
        <fieldset className="recurrence-editor stack">
          <legend>Custom repeat</legend>
          <div className="field">
            <label htmlFor={`${ids}-interval`}>Every</label>
            <div className="inline">
              <input
                id={`${ids}-interval`}
                type="number"
                inputMode="numeric"
                min={1}
                max={MAX_RECURRENCE_INTERVAL[draft.frequency]}
                value={draft.interval}
                onChange={(event) => edit({ interval: Number(event.target.value) })}
                required
              />
              <select value={draft.frequency} onChange={(event) => edit({ frequency: event.target.value as Frequency })} aria-label="Unit">
                {Object.entries(UNITS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {draft.frequency === 'WEEKLY' && (
            <fieldset className="segmented weekdays">
              <legend>On</legend>
              {WEEKDAYS.map((name, index) => (
                <label key={name} className="segment">
                  <input
                    type="checkbox"
                    aria-label={name}
                    checked={draft.weekdays.includes(index as Weekday)}
                    onChange={(event) =>
                      edit({
                        weekdays: event.target.checked
                          ? [...draft.weekdays, index as Weekday]
                          : draft.weekdays.filter((day) => day !== index),
                      })
                    }
                  />
                  {name.slice(0, 3)}
                </label>
              ))}
              {draft.weekdays.length === 0 && <p className="hint">No day ticked: the due date's weekday.</p>}
            </fieldset>
          )}
          {draft.frequency === 'MONTHLY' && (
            <fieldset className="choices">
              <legend>On</legend>
              <label className="choice">
                <input
                  type="radio"
                  name={`${ids}-month`}
                  checked={on.kind === 'due-day'}
                  onChange={() => setMonthlyOn({ kind: 'due-day' })}
                />
                the due date's day
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={`${ids}-month`}
                  checked={on.kind === 'day'}
                  onChange={() => setMonthlyOn({ kind: 'day', day: on.kind === 'day' ? on.day : 1 })}
                />
                day
                <input
                  type="number"
                  inputMode="numeric"
                  aria-label="Day of the month"
                  min={1}
                  max={31}
                  value={on.kind === 'day' ? on.day : 1}
                  disabled={on.kind !== 'day'}
                  onChange={(event) => setMonthlyOn({ kind: 'day', day: Math.min(31, Math.max(1, Number(event.target.value) || 1)) })}
                  required
                />
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={`${ids}-month`}
                  checked={on.kind === 'last-day'}
                  onChange={() => setMonthlyOn({ kind: 'last-day' })}
                />
                the last day
              </label>
              <label className="choice">
                <input
                  type="radio"
                  name={`${ids}-month`}
                  aria-label="A weekday of the month"
                  checked={on.kind === 'weekday'}
                  onChange={() => setMonthlyOn(on.kind === 'weekday' ? on : { kind: 'weekday', nth: 1, weekday: 0 })}
                />
                the
                <select
                  aria-label="Which one"
                  value={on.kind === 'weekday' ? on.nth : 1}
                  disabled={on.kind !== 'weekday'}
                  onChange={(event) => on.kind === 'weekday' && setMonthlyOn({ ...on, nth: Number(event.target.value) })}
                >
                  {NTH.map((nth) => (
                    <option key={nth.value} value={nth.value}>
                      {nth.label}
                    </option>
                  ))}
                </select>
                <select
                  aria-label="Weekday"
                  value={on.kind === 'weekday' ? on.weekday : 0}
                  disabled={on.kind !== 'weekday'}
                  onChange={(event) => on.kind === 'weekday' && setMonthlyOn({ ...on, weekday: Number(event.target.value) as Weekday })}
                >
                  {WEEKDAYS.map((name, index) => (
                    <option key={name} value={index}>
                      {name}
                    </option>
                  ))}
                </select>
              </label>
            </fieldset>
          )}
          <fieldset className="choices">
            <legend>Ends</legend>
            <label className="choice">
              <input type="radio" name={`${ids}-ends`} checked={draft.ends.kind === 'never'} onChange={() => setEnds({ kind: 'never' })} />
              never
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${ids}-ends`}
                checked={draft.ends.kind === 'count'}
                onChange={() => setEnds({ kind: 'count', count: 10 })}
              />
              after
              <input
                type="number"
                inputMode="numeric"
                aria-label="Number of times"
                min={1}
                max={10_000}
                value={draft.ends.kind === 'count' ? draft.ends.count : 10}
                disabled={draft.ends.kind !== 'count'}
                onChange={(event) => setEnds({ kind: 'count', count: Math.min(10_000, Math.max(1, Number(event.target.value) || 1)) })}
                required
              />
              times
            </label>
            <label className="choice">
              <input
                type="radio"
                name={`${ids}-ends`}
                checked={draft.ends.kind === 'until'}
                onChange={() => setEnds({ kind: 'until', date: due.slice(0, 10) })}
              />
              on
              <input
                type="date"
                aria-label="End date"
                value={draft.ends.kind === 'until' ? draft.ends.date : ''}
                disabled={draft.ends.kind !== 'until'}
                onChange={(event) => setEnds({ kind: 'until', date: event.target.value })}
                required
              />
            </label>
          </fieldset>
        </fieldset>
      )}
    </>
  );
}

function initialChoice(rule: string): Choice {
  if (rule === '') return '';
  const preset = (Object.entries(PRESET_RULES) as [Choice, string][]).find(([, text]) => text === rule);
  if (preset) return preset[0];
  return draftFromRule(rule) ? 'custom' : 'kept';
}

/** The draft's rule, or '' while it is incomplete (an end date not yet picked); the form's required fields say so. */
function safeRule(draft: RecurrenceDraft): string {
  try {
    return ruleFromDraft(draft);
  } catch (error) {
    if (error instanceof RuleError) return '';
    throw error;
  }
}
