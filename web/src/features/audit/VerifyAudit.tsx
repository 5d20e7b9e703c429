// «Kiểm tra toàn vẹn»: walks the hash chain and the anchors on the server and shows the verdict.
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { type AuditVerifyReport, useVerifyAudit } from './api.ts';

export function VerifyButton({ onResult }: { onResult: (r: VerifyState) => void }) {
  const verify = useVerifyAudit();
  return (
    <Button
      icon={<SafetyCertificateOutlined />}
      loading={verify.isPending}
      onClick={() =>
        verify.mutate(undefined, {
          onSuccess: (report) => onResult({ report }),
          onError: (err) => onResult({ error: err.message }),
        })
      }
      data-testid="audit-verify"
    >
      Kiểm tra toàn vẹn
    </Button>
  );
}

export type VerifyState = { report: AuditVerifyReport } | { error: string };

export function VerifyResult({ state, onClose }: { state: VerifyState; onClose: () => void }) {
  return (
    <div data-testid="audit-verify-result" className="audit-verify">
      <VerifyAlert state={state} onClose={onClose} />
    </div>
  );
}

function VerifyAlert({ state, onClose }: { state: VerifyState; onClose: () => void }) {
  const closable = { onClose };
  if ('error' in state) {
    return <Alert type="error" showIcon closable={closable} title={state.error} />;
  }
  const r = state.report;
  if (r.ok) {
    return (
      <Alert
        type="success"
        showIcon
        closable={closable}
        title={`Nhật ký toàn vẹn: ${r.rows} dòng, ${r.anchors} mốc neo`}
        description={
          r.unanchored > 0
            ? `${r.unanchored} dòng mới nhất chưa được neo (sẽ được neo ở lần ghi tiếp theo).`
            : 'Chuỗi băm liền mạch và khớp mọi mốc neo.'
        }
      />
    );
  }
  return (
    <Alert
      type="error"
      showIcon
      closable={closable}
      title={`Nhật ký không toàn vẹn tại dòng #${r.broken?.id ?? '?'}`}
      description={`${r.broken?.reason ?? 'Không rõ lý do'}. Đã kiểm tra ${r.rows} dòng liền mạch, ${r.anchors} mốc neo.`}
    />
  );
}
