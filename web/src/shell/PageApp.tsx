// antd's theme and App (the holder of message, notification and modal for App.useApp()) around each
// page, loaded with the pages rather than with the first screen: the home needs none of it.
import { App } from 'antd';
import type { ReactNode } from 'react';
import { Themed } from './Themed.tsx';

export function PageApp({ children }: { children: ReactNode }) {
  return (
    <Themed>
      <App>{children}</App>
    </Themed>
  );
}
