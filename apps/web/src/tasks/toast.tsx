import { useCallback, useEffect, useState } from 'react';

/** How long a toast stays, and so how long its Undo can be pressed. */
export const TOAST_MS = 6000;

export interface Toast {
  message: string;
  undo?: () => void;
}

/** One toast at a time: a new one replaces the last, and each goes away after `TOAST_MS`. */
export function useToast() {
  const [toast, setToast] = useState<Toast>();
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(undefined), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);
  const dismiss = useCallback(() => setToast(undefined), []);
  return { toast, show: setToast as (toast: Toast) => void, dismiss };
}

/** A status region that is always there, so a toast appearing in it is announced. */
export function ToastRegion({ toast }: { toast: Toast | undefined }) {
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="toast">
          <span>{toast.message}</span>
          {toast.undo && (
            <button type="button" onClick={toast.undo}>
              Undo
            </button>
          )}
        </div>
      )}
    </div>
  );
}
