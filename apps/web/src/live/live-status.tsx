import { useEffect, useState } from 'react';
import type { LiveStatus } from './live-connection.ts';

/** Quiet while live; says so when changes from elsewhere are not arriving. A status region, so it is announced. */
export function LiveStatusIndicator({ status }: { status: LiveStatus }) {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const down = status === 'reconnecting';
  return (
    <span role="status" className={`live-status${down ? ' down' : ''}`} data-live={status}>
      {down && (
        <>
          <span className="live-dot" aria-hidden="true" />
          <span className="live-label">{online ? 'Reconnecting…' : 'Offline'}</span>
          <span className="visually-hidden"> — changes made elsewhere will show when the connection is back</span>
        </>
      )}
    </span>
  );
}
