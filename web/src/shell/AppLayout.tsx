// The frame of every signed-in page. From the lg breakpoint up: the Sider with the menu of areas,
// and a header with the unit, the bell and the user. Below it (phones, small tablets): no Sider, a
// menu button in the header opens the same menu in a Drawer, and the header keeps only what fits.
import { Grid, Layout } from 'antd';
import { useEffect, useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { AppHeader } from './AppHeader.tsx';
import { AreaDrawer, AreaMenu, Brand } from './AreaMenu.tsx';
import './shell.css';
import './phone.css';

const { Sider, Content } = Layout;

export function AppLayout() {
  const screens = Grid.useBreakpoint();
  // Before the first measurement (screens is empty) assume a wide screen, as before.
  const wide = screens.lg ?? true;
  const [drawerOpen, setDrawerOpen] = useState(false);
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
          <AreaMenu />
        </Sider>
      )}
      <Layout className="app-main">
        <AppHeader wide={wide} narrow={!screens.sm} onMenu={() => setDrawerOpen(true)} />
        <Content className="app-content">
          <Outlet />
        </Content>
      </Layout>
      {!wide && <AreaDrawer open={drawerOpen} onClose={() => setDrawerOpen(false)} />}
    </Layout>
  );
}
