import { useEffect, useId, useState } from 'react';

/** A read-only value with its label and a Copy button; without clipboard access the value is selected instead. */
export function CopyField({ label, value, hint }: { label: string; value: string; hint?: string }) {
  const id = useId();
  const [copied, setCopied] = useState(false);
  // A new value (another view, new links) has not been copied yet.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs for each new value on purpose
  useEffect(() => setCopied(false), [value]);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
    } catch {
      // No clipboard permission (an insecure origin): the value is selected for the user to copy.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  }
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <span id={`${id}-hint`} className="copy-hint">
          {hint}
        </span>
      )}
      <div className="row">
        <input
          id={id}
          className="copy-field-input"
          readOnly
          value={value}
          spellCheck={false}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onFocus={(event) => event.currentTarget.select()}
        />
        <button type="button" onClick={() => void copy()} aria-label={`Copy ${label}`}>
          Copy
        </button>
      </div>
      <div role="status" className="copy-status">
        {copied ? 'Copied.' : ''}
      </div>
    </div>
  );
}
