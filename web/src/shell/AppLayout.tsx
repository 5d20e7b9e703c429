// The frame of every signed-in page. From the lg breakpoint up: the Sider with the menu of areas,
// and a header with the unit, the bell and the user. Below it (phones, small tablets): no Sider, a
// menu button in the header opens the same menu in a Drawer, and the header keeps only what fits.
// The menu's code is its own chunk: on a phone it loads after the page (or at the first tap on the
// menu button), so the first screen does not wait for it.
import { Grid, Layout } from 'antd';
import { lazy, Suspense, useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from './AppHeader.tsx';
import { Brand } from './Brand.tsx';
import { useAfterLoad } from './later.ts';
import './shell.css';
import './phone.css';

const { Sider, Content } = Layout;
const AreaMenu = lazy(async () => ({ default: (await import('./AreaMenu.tsx')).AreaMenu }));
const AreaDrawer = lazy(async () => ({ default: (await import('./AreaMenu.tsx')).AreaDrawer }));

/** antd's breakpoint lg (992 px), read at once: the first render must not guess «wide» on a phone. */
const LG = '(min-width: 992px)';

export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? window.matchMedia(LG).matches;
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
    <Layout className="app-root">
      {wide && (
        <Sider width={236} theme="light" className="app-sider">
          <Brand />
          <Suspense fallback={null}>
            <AreaMenu />
          </Suspense>
        </Sider>
      )}
      <Layout className="app-main">
        <AppHeader
          wide={wide}
          narrow={!screens.sm}
          onMenu={() => {
            setDrawerWanted(true);
            setDrawerOpen(true);
          }}
        />
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
      {!wide && (drawerWanted || afterLoad) && (
        <Suspense fallback={null}>
          <AreaDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />
        </Suspense>
      )}
    </Layout>
  );
}
