// The simple unit dialogs: add a subordinate unit, rename, move, dissolve.
import { Alert, Form, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import type { OrgKind } from '../../../../domain/orgs.ts';
import { createOrgBody, moveOrgBody, renameOrgBody } from '../../../../domain/schemas/orgs.ts';
import { isoDate, z } from '../../../../domain/validation.ts';
import { FormModal } from '../FormModal.tsx';
import { checked, isoOf } from '../forms.ts';
import {
  type Org,
  type OrgDetail,
  useCreateOrg,
  useDissolveOrg,
  useMoveOrg,
  useOrgTree,
  useRenameOrg,
} from './api.ts';
import { OrgSelect } from './OrgSelect.tsx';
import { EffectiveDateField, KindField, NameField, PlaceField, ShortCodeField } from './orgFields.tsx';
import { subtreeIds } from './tree.ts';

export interface OrgModalProps {
  org: OrgDetail;
  open: boolean;
  onClose: () => void;
  /** After a change: refresh the tree and select a unit (the new one, or keep the current). */
  onDone: (selectId?: number) => void;
}

interface CreateValues {
  name: string;
  shortCode: string;
  kind: OrgKind;
  place?: string;
  on?: Dayjs | null;
}

export function CreateOrgModal({ org, open, onClose, onDone }: OrgModalProps) {
  const [form] = Form.useForm<CreateValues>();
  const create = useCreateOrg();
  return (
    <FormModal<CreateValues, Org>
      open={open}
      onClose={onClose}
      form={form}
      title="Thêm đơn vị trực thuộc"
      okText="Thêm đơn vị"
      successMessage={(o) => `Đã thêm «${o.name}».`}
      initialValues={{ kind: defaultChildKind(org.kind) }}
      submit={(v) =>
        create.mutateAsync(
          checked(form, createOrgBody, {
            name: v.name,
            shortCode: v.shortCode,
            kind: v.kind,
            parentId: org.id,
            on: isoOf(v.on),
            place: v.place || undefined,
          }),
        )
      }
      onSuccess={(o) => onDone(o.id)}
    >
      <Typography.Paragraph>
        Đơn vị cấp trên: <strong>{org.name}</strong>
      </Typography.Paragraph>
      <NameField autoFocus />
      <ShortCodeField />
      <KindField parentKind={org.kind} />
      <PlaceField inherited={org.effectivePlace} />
      <EffectiveDateField help="Ngày thành lập; để trống nếu là hôm nay." />
    </FormModal>
  );
}

function defaultChildKind(kind: OrgKind): OrgKind {
  return kind === 'provincial' || kind === 'central' ? 'direct_committee' : 'cell';
}

interface RenameValues {
  name: string;
  shortCode: string;
  place?: string;
  on?: Dayjs | null;
}

export function RenameOrgModal({ org, open, onClose, onDone }: OrgModalProps) {
  const [form] = Form.useForm<RenameValues>();
  const rename = useRenameOrg(org.id);
  return (
    <FormModal<RenameValues, Org>
      open={open}
      onClose={onClose}
      form={form}
      title={`Sửa tên, địa danh «${org.name}»`}
      okText="Lưu"
      successMessage={(o) => `Đã đổi tên thành «${o.name}».`}
      initialValues={{ name: org.name, shortCode: org.shortCode, place: org.place ?? '' }}
      submit={(v) =>
        rename.mutateAsync(
          checked(form, renameOrgBody, {
            name: v.name,
            shortCode: v.shortCode || undefined,
            place: v.place ?? '',
            on: isoOf(v.on),
          }),
        )
      }
      onSuccess={() => onDone()}
    >
      <NameField autoFocus />
      <ShortCodeField required={false} />
      <PlaceField />
      <EffectiveDateField help="Tên cũ vẫn được giữ trong lịch sử đến trước ngày này. Để trống nếu là hôm nay." />
    </FormModal>
  );
}

interface MoveValues {
  parentId: number;
  on?: Dayjs | null;
}

export function MoveOrgModal({ org, open, onClose, onDone }: OrgModalProps) {
  const [form] = Form.useForm<MoveValues>();
  const move = useMoveOrg(org.id);
  const tree = useOrgTree();
  // A unit cannot go under itself or one of its own units.
  const own = (() => {
    const find = (nodes: NonNullable<typeof tree.data>): Set<number> | null => {
      for (const n of nodes) {
        if (n.id === org.id) return subtreeIds(n);
        const inner = find(n.children);
        if (inner) return inner;
      }
      return null;
    };
    return find(tree.data ?? []) ?? new Set([org.id]);
  })();
  return (
    <FormModal<MoveValues, Org>
      open={open}
      onClose={onClose}
      form={form}
      title={`Chuyển «${org.name}»`}
      okText="Chuyển đơn vị"
      successMessage="Đã chuyển đơn vị."
      submit={(v) => move.mutateAsync(checked(form, moveOrgBody, { parentId: v.parentId, on: isoOf(v.on) }))}
      onSuccess={() => onDone()}
    >
      <Typography.Paragraph>
        Đơn vị được chuyển cùng toàn bộ đơn vị trực thuộc và tài khoản của nó.
      </Typography.Paragraph>
      <Form.Item
        label="Chuyển đến đơn vị cấp trên"
        name="parentId"
        rules={[{ required: true, message: 'Chọn đơn vị cấp trên mới' }]}
      >
        <OrgSelect
          autoFocus
          isDisabled={(n) => own.has(n.id) || n.id === org.parentId}
          placeholder="Chọn đơn vị cấp trên mới"
        />
      </Form.Item>
      <EffectiveDateField />
    </FormModal>
  );
}

const dissolveBody = z.object({ on: isoDate.optional() });

export function DissolveOrgModal({ org, open, onClose, onDone }: OrgModalProps) {
  const [form] = Form.useForm<{ on?: Dayjs | null }>();
  const dissolve = useDissolveOrg(org.id);
  const busy = org.counts.children > 0 || org.counts.users > 0;
  return (
    <FormModal<{ on?: Dayjs | null }, Org>
      open={open}
      onClose={onClose}
      form={form}
      title={`Giải thể «${org.name}»`}
      okText="Giải thể"
      danger
      successMessage={`Đã giải thể «${org.name}».`}
      submit={(v) => dissolve.mutateAsync(checked(form, dissolveBody, { on: isoOf(v.on) }))}
      onSuccess={() => onDone()}
    >
      <Alert
        type={busy ? 'warning' : 'info'}
        showIcon
        style={{ marginBottom: 16 }}
        title={
          busy
            ? `Đơn vị còn ${org.counts.children} đơn vị trực thuộc và ${org.counts.users} tài khoản: hãy chuyển đi trước khi giải thể.`
            : 'Đơn vị ngừng hoạt động từ ngày hiệu lực; hồ sơ, lịch sử của đơn vị vẫn được giữ.'
        }
      />
      <EffectiveDateField />
    </FormModal>
  );
}
