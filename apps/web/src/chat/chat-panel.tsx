import type { ChatMessage, chatResponseSchema } from '@doable/contracts';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import { ApiError, apiRequest } from '../api/api-client.ts';

type ChatResponse = z.infer<typeof chatResponseSchema>;

/** A conversation with the assistant; tasks it touches refresh the list. */
export function ChatPanel({ onTasksChanged, onClose }: { onTasksChanged: () => void; onClose: () => void }) {
  const [conversationId, setConversationId] = useState<string>();
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [draft, setDraft] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);
  const log = useRef<HTMLOListElement>(null);

  useEffect(() => input.current?.focus(), []);
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
        <button type="button" onClick={onClose} aria-label="Close the assistant">
          ×
        </button>
      </div>
      <ol className="chat-log" ref={log}>
        {messages.length === 0 && (
          <li className="muted hint">Try “add buy milk tomorrow at 5pm #errands”, “what’s overdue?” or “complete 3”.</li>
        )}
        {messages.map((message, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: messages are only appended.
          <li key={index} className={`bubble ${message.role}`}>
            <span className="visually-hidden">{message.role === 'user' ? 'You:' : 'Assistant:'}</span>
            {message.content}
          </li>
        ))}
        {busy && <li className="bubble assistant muted">…</li>}
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
