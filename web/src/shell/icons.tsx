// The first screen's few icons as plain SVG, in the same 1em box as antd's: @ant-design/icons brings
// its context and helpers, weight a phone's first load need not carry. Decorative: hidden from
// screen readers (the buttons carry their own labels).
import type { ReactNode } from 'react';

function Svg({ children }: { children: ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="1em"
      height="1em"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

export const MenuIcon = () => (
  <Svg>
    <path d="M3 5.5h18v2H3zm0 5.5h18v2H3zm0 5.5h18v2H3z" />
  </Svg>
);
export const UserIcon = () => (
  <Svg>
    <path d="M12 12.5a5 5 0 1 0 0-10 5 5 0 0 0 0 10zm0 2c-4.4 0-9 2.2-9 5.2V22h18v-2.3c0-3-4.6-5.2-9-5.2z" />
  </Svg>
);
export const BellIcon = () => (
  <Svg>
    <path d="M12 22.5a2.5 2.5 0 0 0 2.45-2h-4.9a2.5 2.5 0 0 0 2.45 2zM19 16.5V11a7 7 0 0 0-5.5-6.84V3a1.5 1.5 0 0 0-3 0v1.16A7 7 0 0 0 5 11v5.5L3 18.5v1h18v-1z" />
  </Svg>
);
export const CheckIcon = () => (
  <Svg>
    <path d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
  </Svg>
);
export const FileIcon = () => (
  <Svg>
    <path d="M14 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V8zm4 18H6V4h7v5h5zM8 12h8v2H8zm0 4h8v2H8z" />
  </Svg>
);

/** A spinner for what is still loading, in CSS (styles.css: .vp-spin). */
export function Spinner() {
  return <span className="vp-spin" role="status" aria-label="Đang tải" />;
}
