import type { ChatMessage, Conversation, chatResponseSchema, conversationListSchema, Task } from '@doable/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError, apiRequest } from '../api/api-client.ts';

type ChatResponse = z.infer<typeof chatResponseSchema>;
type ConversationList = z.infer<typeof conversationListSchema>;

/** A conversation with the assistant; tasks it touches refresh the list. */
export function ChatPanel({ onTasksChanged, onClose }: { onTasksChanged: () => void; onClose: () => void }) {
  const [conversationId, setConversationId] = useState<string>();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  /** Until the latest conversation has been fetched (or found missing), the log is still filling in. */
  const [historyLoaded, setHistoryLoaded] = useState(false);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => input.current?.focus(), []);
  // Pick up the latest conversation where it was left (the server keeps the history).
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const { items } = await apiRequest<ConversationList>('GET', '/api/v1/conversations');
      const latest = items[0];
      if (!latest || cancelled) return;
      const conversation = await apiRequest<Conversation>('GET', `/api/v1/conversations/${latest.id}`);
      if (cancelled) return;
      setConversationId(conversation.id);
      setMessages((current) => (current.length ? current : conversation.messages));
    })()
      .catch(() => {})
      .finally(() => {
        if (!cancelled) setHistoryLoaded(true);
      });
    return () => {
      cancelled = true;
    };
  }, []);
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll whenever a message arrives.
  useEffect(() => {
    log.current?.lastElementChild?.scrollIntoView({ block: 'end' });
  }, [messages]);

  async function send(event: FormEvent) {
    event.preventDefault();
    const message = draft.trim();
    if (!message) return;
    setDraft('');
    setBusy(true);
    setError(undefined);
    setMessages((current) => [...current, { role: 'user', content: message, created_at: new Date().toISOString() }]);
    try {
      const answer = await apiRequest<ChatResponse>('POST', '/api/v1/chat', {
        message,
        ...(conversationId ? { conversation_id: conversationId } : {}),
      });
      setConversationId(answer.conversation_id);
      setMessages((current) => [
        ...current,
        { role: 'assistant', content: answer.reply, tool_calls: answer.tool_calls, created_at: new Date().toISOString() },
      ]);
      if (answer.tool_calls.some((call) => call.ok)) onTasksChanged();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'The assistant could not be reached.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <aside className="chat" aria-label="Assistant">
      <div className="chat-head">
        <h2>Assistant</h2>
        <button
          type="button"
          className="new-conversation"
          onClick={() => {
            setConversationId(undefined);
            setMessages([]);
            input.current?.focus();
          }}
        >
          New conversation
        </button>
        <button type="button" onClick={onClose} aria-label="Close the assistant">
          ×
        </button>
      </div>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll it (WCAG 2.1.1). */}
      <ol className="chat-log" ref={log} tabIndex={0} aria-label="Conversation" aria-busy={busy || !historyLoaded}>
        {messages.length === 0 && (
          <li className="muted hint">Try “add buy milk tomorrow at 5pm #errands”, “what’s overdue?” or “complete 3”.</li>
        )}
        {messages.map((message, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages are only appended.
          <li key={index} className={`bubble ${message.role}`}>
            <span className="visually-hidden">{message.role === 'user' ? 'You:' : 'Assistant:'}</span>
            {message.content}
            {message.tool_calls?.flatMap((call) => taskCards(call.result)).length ? (
              <ul className="tool-cards" aria-label="Tasks in this answer">
                {message.tool_calls
                  .flatMap((call) => taskCards(call.result))
                  .map((task) => (
                    <li key={task.id} className={`tool-card priority-${task.priority}${task.completed ? ' completed' : ''}`}>
                      <span className="muted">#{task.id}</span> {task.title}
                      <span className="tool-card-meta">
                        {task.priority}
                        {task.due_date
                          ? ` · due ${new Date(task.due_date).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`
                          : ''}
                        {task.completed ? ' · done' : ''}
                      </span>
                    </li>
                  ))}
              </ul>
            ) : null}
          </li>
        ))}
        {busy && (
          <li className="bubble assistant muted pending" aria-label="The assistant is answering">
            …
          </li>
        )}
      </ol>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <form onSubmit={send} className="chat-form">
        <label htmlFor="chat-input" className="visually-hidden">
          Message the assistant
        </label>
        <input
          id="chat-input"
          ref={input}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="Ask or tell…"
          autoComplete="off"
        />
        <button type="submit" className="primary" disabled={busy || !draft.trim()}>
          Send
        </button>
      </form>
    </aside>
  );
}

/** The tasks a tool returned (one task, or a page of them), shown as compact cards under the reply. */
function taskCards(result: unknown): Task[] {
  const isTask = (value: unknown): value is Task =>
    typeof value === 'object' && value !== null && 'id' in value && 'title' in value && 'priority' in value;
  if (isTask(result)) return [result];
  if (typeof result === 'object' && result !== null && 'items' in result && Array.isArray(result.items)) {
    return result.items.filter(isTask).slice(0, 8);
  }
  return [];
}
