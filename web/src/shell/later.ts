// What can wait: parts of the shell that the first screen does not need (the menus' antd code) are
// loaded once the page has loaded and the browser is idle, so they do not compete with the page's
// own data on a slow phone connection.
import { useEffect, useState } from 'react';

/** True once the page has loaded and the browser had a moment of idleness. */
export function useAfterLoad(): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const idle = () => {
      const later = window.requestIdleCallback ?? ((f: () => void) => window.setTimeout(f, 300));
      later(() => {
        if (!cancelled) setReady(true);
      });
    };
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', idle);
    };
  }, []);
  return ready;
}
