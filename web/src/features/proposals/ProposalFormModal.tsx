// Dialogs of a scheme: assign a new one (lead unit, kind, deadline to submit), move it to another
// stage (with the conclusion's or the issued document's references where the stage needs them), and
// add a measure. Each body is checked with the zod schema of domain/proposals before it is sent.
import { DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import {
  PROPOSAL_KIND_LABELS,
  PROPOSAL_KINDS,
  type ProposalKind,
  STAGE_LABELS,
  STAGES,
  type Stage,
} from '../../../../domain/proposals/labels.ts';
import { addMeasureBody, createProposalBody, moveStageBody } from '../../../../domain/proposals/schemas.ts';
import { isAdopted, isBefore, stageIndex } from '../../../../domain/proposals/stages.ts';
import { DATE_FORMAT } from '../../lib/format.ts';
import { useMe } from '../auth/session.tsx';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import { OrgSelect } from '../orgs/OrgSelect.tsx';
import { type Proposal, type ProposalDetail, useCreateProposal, useProposalActions } from './api.ts';

interface CreateValues {
  orgId: number;
  kind: ProposalKind;
  title: string;
  summary?: string;
  dueOn?: Dayjs | null;
}

export function CreateProposalModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const me = useMe();
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateProposal();
  const navigate = useNavigate();
  return (
    <FormModal<CreateValues, Proposal>
      open={open}
      onClose={onClose}
      form={form}
      title="Giao xây dựng đề án, báo cáo chuyên đề"
      okText="Giao"
      successMessage={(p) => `Đã giao ${p.orgName} chủ trì «${p.title}».`}
      initialValues={{ orgId: me.user.orgId, kind: 'scheme' }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createProposalBody, {
            orgId: v.orgId,
            kind: v.kind,
            title: v.title ?? '',
            summary: v.summary || undefined,
            dueOn: isoOf(v.dueOn) ?? '',
          }),
        )
      }
      onSuccess={(p) => void navigate(`/de-an/${p.id}`)}
    >
      <Form.Item label="Loại" name="kind">
        <Radio.Group
          optionType="button"
          options={PROPOSAL_KINDS.map((k) => ({ value: k, label: PROPOSAL_KIND_LABELS[k] }))}
        />
      </Form.Item>
      <Form.Item label="Tên đề án, báo cáo" name="title" rules={[{ required: true, message: 'Nhập tên' }]}>
        <Input maxLength={500} data-testid="proposal-title" />
      </Form.Item>
      <Form.Item label="Đơn vị chủ trì" name="orgId" rules={[{ required: true, message: 'Chọn đơn vị' }]}>
        <OrgSelect placeholder="Chọn đơn vị chủ trì" />
      </Form.Item>
      <Form.Item label="Thời hạn trình" name="dueOn" rules={[{ required: true, message: 'Chọn thời hạn' }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} data-testid="proposal-due" />
      </Form.Item>
      <Form.Item label="Mục tiêu, nội dung chính" name="summary">
        <Input.TextArea rows={3} maxLength={4000} />
      </Form.Item>
    </FormModal>
  );
}

interface MoveValues {
  stage: Stage;
  note?: string;
  conclusionRef?: string;
  conclusionOn?: Dayjs | null;
  issuedRef?: string;
  issuedOn?: Dayjs | null;
}

/** Which stages the account may move the scheme to: the leader's acts only for a leader. */
function targetStages(p: ProposalDetail): Stage[] {
  return STAGES.filter((s) => s !== p.stage && (p.can.conclude || stageIndex(s) < stageIndex('conclusion')));
}

export function MoveStageModal({
  p,
  open,
  onClose,
}: {
  p: ProposalDetail;
  open: boolean;
  onClose: () => void;
}) {
  const [form] = Form.useForm<MoveValues>();
  const { move } = useProposalActions(p.id);
  const stage = Form.useWatch('stage', form);
  const next = STAGES[stageIndex(p.stage) + 1];
  const back = stage !== undefined && isBefore(stage, p.stage);
  const leaderAct = stage !== undefined && stageIndex(stage) >= stageIndex('conclusion');
  return (
    <FormModal<MoveValues, ProposalDetail>
      open={open}
      onClose={onClose}
      form={form}
      title="Chuyển bước"
      okText="Chuyển"
      successMessage={(d) => `Đề án đã sang bước «${d.stageLabel}».`}
      initialValues={{ stage: next && targetStages(p).includes(next) ? next : undefined }}
      submit={(v) =>
        move.mutateAsync(
          checked(form, moveStageBody, {
            stage: v.stage,
            note: v.note || undefined,
            conclusionRef: v.conclusionRef || undefined,
            conclusionOn: isoOf(v.conclusionOn),
            issuedRef: v.issuedRef || undefined,
            issuedOn: isoOf(v.issuedOn),
          }),
        )
      }
    >
      <Form.Item label="Sang bước" name="stage" rules={[{ required: true, message: 'Chọn bước' }]}>
        <Select
          options={targetStages(p).map((s) => ({ value: s, label: STAGE_LABELS[s] }))}
          data-testid="move-stage"
        />
      </Form.Item>
      {leaderAct && (
        <div className="pp-two">
          <Form.Item
            label="Số thông báo kết luận"
            name="conclusionRef"
            initialValue={p.conclusionRef ?? undefined}
          >
            <Input maxLength={100} placeholder="Ví dụ: 125-TB/TU" />
          </Form.Item>
          <Form.Item label="Ngày kết luận" name="conclusionOn">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      )}
      {stage !== undefined && isAdopted(stage) && (
        <div className="pp-two">
          <Form.Item
            label="Số ký hiệu văn bản ban hành"
            name="issuedRef"
            initialValue={p.issuedRef ?? undefined}
          >
            <Input maxLength={100} placeholder="Ví dụ: 05-ĐA/TU" />
          </Form.Item>
          <Form.Item label="Ngày ban hành" name="issuedOn">
            <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
          </Form.Item>
        </div>
      )}
      <Form.Item
        label={back ? 'Lý do trả về' : 'Ghi chú'}
        name="note"
        rules={back ? [{ required: true, message: 'Ghi rõ lý do trả về' }] : []}
      >
        <Input.TextArea rows={2} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

interface MeasureValues {
  title: string;
  leadOrgId: number;
  dueOn?: Dayjs | null;
}

export function MeasureModal({ id, open, onClose }: { id: number; open: boolean; onClose: () => void }) {
  const [form] = Form.useForm<MeasureValues>();
  const { addMeasure } = useProposalActions(id);
  return (
    <FormModal<MeasureValues, unknown>
      open={open}
      onClose={onClose}
      form={form}
      title="Thêm giải pháp, nhiệm vụ"
      okText="Thêm"
      successMessage="Đã thêm giải pháp."
      submit={(v) =>
        addMeasure.mutateAsync(
          checked(form, addMeasureBody, {
            title: v.title ?? '',
            leadOrgId: v.leadOrgId,
            dueOn: isoOf(v.dueOn) ?? '',
          }),
        )
      }
    >
      <Form.Item
        label="Giải pháp, nhiệm vụ"
        name="title"
        rules={[{ required: true, message: 'Nhập nội dung' }]}
      >
        <Input.TextArea rows={2} maxLength={1000} />
      </Form.Item>
      <Form.Item
        label="Đơn vị chủ trì thực hiện"
        name="leadOrgId"
        rules={[{ required: true, message: 'Chọn đơn vị' }]}
      >
        <OrgSelect placeholder="Chọn đơn vị" />
      </Form.Item>
      <Form.Item label="Thời hạn" name="dueOn" rules={[{ required: true, message: 'Chọn thời hạn' }]}>
        <DatePicker format={DATE_FORMAT} style={{ width: '100%' }} />
      </Form.Item>
    </FormModal>
  );
}
