// antd's theme and Vietnamese locale, around what uses antd: each page (PageApp), the menus, the
// user's menu and the bell's list. Not around the whole app: the first screen of a phone (the shell
// and the member's home) is plain markup, and ConfigProvider alone would bring antd's general code
// (its form library among it) into the first chunk.
import { ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/vi';
import type { ReactNode } from 'react';

dayjs.locale('vi');

const THEME = {
  token: { colorPrimary: '#b71c1c', fontFamily: "'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif" },
};

export function Themed({ children }: { children: ReactNode }) {
  return (
    <ConfigProvider locale={viVN} theme={THEME}>
      {children}
    </ConfigProvider>
  );
}
