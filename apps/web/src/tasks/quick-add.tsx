import type { chatResponseSchema } from '@doable/contracts';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import { ApiError, apiRequest } from '../api/api-client.ts';

type ChatResponse = z.infer<typeof chatResponseSchema>;
const STARTS_WITH_VERB = /^(add|create|remind|new|todo|schedule)\b/i;

/** One line of plain English, read by the same interpreter as the chat ("pay rent every month on the 1st, high"). */
export function QuickAdd({ onAdded }: { onAdded: (reply: string) => void }) {
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    const line = text.trim();
    if (!line) return;
    setBusy(true);
    setError(undefined);
    try {
      const answer = await apiRequest<ChatResponse>('POST', '/api/v1/chat', {
        message: STARTS_WITH_VERB.test(line) ? line : `add ${line}`,
      });
      if (answer.tool_calls.some((call) => call.ok)) {
        setText('');
        onAdded(answer.reply);
      } else {
        setError(answer.reply);
      }
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : 'Could not add the task.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="quick-add-form" onSubmit={submit}>
      <div className="quick-add">
        <label htmlFor="quick-add" className="visually-hidden">
          Quick add
        </label>
        <input
          id="quick-add"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Quick add: “call mum tomorrow 6pm #family”"
          autoComplete="off"
        />
        <button type="submit" disabled={busy || !text.trim()}>
          Add
        </button>
      </div>
      {error && (
        <p role="alert" className="error quick-add-error">
          {error}
        </p>
      )}
    </form>
  );
}
