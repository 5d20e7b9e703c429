// The frame of every signed-in page. From 992 px up: the side column with the menu of areas, and a
// header with the unit, the bell and the user. Below it (phones, small tablets): no side column, a
// menu button in the header opens the same menu in a drawer, and the header keeps only what fits.
// Plain markup: the menu's code (antd's Menu and Drawer) is its own chunk, loaded after the page (or
// at the first tap on the menu button), so a phone's first screen waits for none of antd.
import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from './AppHeader.tsx';
import { Brand } from './Brand.tsx';
import { useAfterLoad } from './later.ts';
import './shell.css';
import './phone.css';

const AreaMenu = lazy(async () => ({ default: (await import('./AreaMenu.tsx')).AreaMenu }));
const AreaDrawer = lazy(async () => ({ default: (await import('./AreaMenu.tsx')).AreaDrawer }));

/** antd's breakpoints lg (992 px) and sm (576 px), the ones the pages' grids use too. */
const LG = '(min-width: 992px)';
const SM = '(min-width: 576px)';

/** Whether a media query matches now, followed as the window changes. Read at once on first render. */
function useMedia(query: string): boolean {
  const [matches, setMatches] = useState(() => window.matchMedia(query).matches);
  useEffect(() => {
    const mq = window.matchMedia(query);
    const change = () => setMatches(mq.matches);
    change();
    mq.addEventListener('change', change);
    return () => mq.removeEventListener('change', change);
  }, [query]);
  return matches;
}

export function AppLayout() {
  const wide = useMedia(LG);
  const small = useMedia(SM);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [drawerWanted, setDrawerWanted] = useState(false);
  const afterLoad = useAfterLoad();
  const { pathname } = useLocation();

  // A link followed from inside the page (or the browser's back button) closes the drawer too.
  useEffect(() => {
    void pathname;
    setDrawerOpen(false);
  }, [pathname]);

  return (
    <div className="app-root">
      {wide && (
        <aside className="app-sider">
          <Brand />
          <Suspense fallback={null}>
            <AreaMenu />
          </Suspense>
        </aside>
      )}
      <div className="app-main">
        <AppHeader
          wide={wide}
          narrow={!small}
          onMenu={() => {
            setDrawerWanted(true);
            setDrawerOpen(true);
          }}
        />
        <main className="app-content">
          <Outlet />
        </main>
      </div>
      {!wide && (drawerWanted || afterLoad) && (
        <Suspense fallback={null}>
          <AreaDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
