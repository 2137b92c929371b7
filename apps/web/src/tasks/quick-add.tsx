import type { QuickAddParse, QuickAddResponse, Task } from '@doable/contracts';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { ApiError, apiRequest } from '../api/api-client.ts';
import { describeToken, keptRejections, type RejectedSpan } from './quick-add-chips.ts';

/** How long typing pauses before the line is read again for its chips. */
const PARSE_DELAY_MS = 250;

/**
 * One line in Todoist-style syntax on plain English ("call mum tomorrow 6pm p1 #family"). What the server reads shows
 * as chips; clicking one keeps that text in the title, Esc brings back the last one clicked, Enter saves.
 */
export function QuickAdd({
  timeZone,
  project,
  onAdded,
}: {
  timeZone: string;
  /** The project the task goes to, when not the Inbox. */
  project?: { id: number; name: string } | undefined;
  onAdded: (task: Task) => void;
}) {
  const [text, setText] = useState('');
  const [rejected, setRejected] = useState<RejectedSpan[]>([]);
  const [parse, setParse] = useState<QuickAddParse>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const latest = useRef(0);

  useEffect(() => {
    const line = text;
    const ignore = rejected.map(({ start, end }) => ({ start, end }));
    if (!line.trim()) {
      setParse(undefined);
      return;
    }
    const request = ++latest.current;
    const timer = setTimeout(() => {
      apiRequest<QuickAddParse>('POST', '/api/v1/tasks/quick/parse', { text: line, ignore })
        .then((answer) => {
          // An older answer arriving late must not show chips for text that is no longer there.
          if (request === latest.current) setParse(answer);
        })
        .catch(() => {
          if (request === latest.current) setParse(undefined);
        });
    }, PARSE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, rejected]);

  function edit(value: string) {
    setText(value);
    setRejected((spans) => keptRejections(spans, value));
    setError(undefined);
  }

  function reject(span: RejectedSpan) {
    setRejected((spans) => [...spans, span]);
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'Escape' && rejected.length > 0) {
      // Undo the last chip rejection (and nothing else: Esc elsewhere closes what is open).
      event.preventDefault();
      event.stopPropagation();
      setRejected((spans) => spans.slice(0, -1));
    }
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!text.trim() || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      const ignore = rejected.map(({ start, end }) => ({ start, end }));
      // One request: the server reads the line and creates the task in the project (or the Inbox), so members see one "added".
      const body = { text, ignore, ...(project ? { project_id: project.id } : {}) };
      const { task } = await apiRequest<QuickAddResponse>('POST', '/api/v1/tasks/quick', body);
      latest.current += 1;
      setText('');
      setRejected([]);
      setParse(undefined);
      onAdded(task);
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not add the task.');
    } finally {
      setBusy(false);
    }
  }

  // Only chips that still match the text as typed (the answer may be a keystroke behind).
  const tokens = (parse?.tokens ?? []).filter((token) => text.slice(token.start, token.end) === token.text);
  return (
    <form className="quick-add-form" onSubmit={submit}>
      <div className="quick-add">
        <label htmlFor="quick-add" className="visually-hidden">
          Quick add
        </label>
        <input
          id="quick-add"
          ref={input}
          value={text}
          onChange={(event) => edit(event.target.value)}
          onKeyDown={onKeyDown}
          placeholder={project ? `Quick add to ${project.name}` : 'Quick add: “call mum tomorrow 6pm p1 #family”'}
          autoComplete="off"
          aria-describedby="quick-add-help"
        />
        <button type="submit" disabled={busy || !text.trim()}>
          Add
        </button>
      </div>
      <p id="quick-add-help" className="visually-hidden">
        Dates, p1 to p4, @labels, #tags, every …, remind me … before, and {'//description'} are read as you type and shown as chips. Choose
        a chip to keep its words in the title; Escape brings the last one back.
      </p>
      {tokens.length > 0 && (
        <ul className="quick-add-chips" aria-label="Read from your line">
          {tokens.map((token) => {
            const meaning = describeToken(token, timeZone);
            return (
              <li key={`${token.start}-${token.end}`}>
                <button
                  type="button"
                  className={`quick-add-chip quick-add-chip-${token.kind}`}
                  data-priority={token.kind === 'priority' ? token.value : undefined}
                  title="Keep as title text"
                  onClick={() => reject({ start: token.start, end: token.end, text: token.text })}
                >
                  {/* The name is what shows, then what choosing it does: "p1 Priority high (keep as title text)". */}
                  <span className="quick-add-chip-text">{token.text}</span>
                  <span className="quick-add-chip-meaning">
                    {meaning}
                    <span className="visually-hidden"> (keep as title text)</span>
                  </span>
                  <span aria-hidden="true">×</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {parse && rejected.length > 0 && (
        <p className="quick-add-undo muted" aria-live="polite">
          {rejected.length === 1 ? '1 chip kept as text' : `${rejected.length} chips kept as text`} · Esc to undo
        </p>
      )}
      {error && (
        <p role="alert" className="error quick-add-error">
          {error}
        </p>
      )}
    </form>
  );
}
