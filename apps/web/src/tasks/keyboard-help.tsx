import { useEffect, useRef } from 'react';

const SHORTCUTS = [
  ['n', 'New task'],
  ['/', 'Search'],
  ['?', 'This help'],
  ['Esc', 'Close a dialog'],
];

export function KeyboardHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (dialog.current && !dialog.current.open) dialog.current.showModal();
  }, []);
  return (
    <dialog ref={dialog} className="task-dialog help-dialog" aria-labelledby="keyboard-help-heading" onClose={onClose}>
      <h2 id="keyboard-help-heading">Keyboard shortcuts</h2>
      <dl className="shortcuts">
        {SHORTCUTS.map(([key, action]) => (
          <div key={key}>
            <dt>
              <kbd>{key}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
      <div className="actions">
        <button type="button" className="primary" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
