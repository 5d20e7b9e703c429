import { Result } from 'antd';
import type { Area } from './areas.tsx';

/** What a deep link into an area that is not built yet shows: plainly absent, nothing pretended. */
export function NotBuilt({ area }: { area: Area }) {
  return (
    <Result
      status="info"
      title={`Phần «${area.label}» chưa được triển khai`}
      subTitle={`Khi hoàn thành, phần này sẽ gồm: ${area.purpose}`}
    />
  );
}
