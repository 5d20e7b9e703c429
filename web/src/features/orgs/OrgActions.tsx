// The admin's actions on the selected unit, each in its own dialog; deletion behind a confirmation.
import {
  DeleteOutlined,
  EditOutlined,
  MergeCellsOutlined,
  PlusOutlined,
  ScissorOutlined,
  StopOutlined,
  SwapOutlined,
} from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Tooltip } from 'antd';
import { type ReactElement, useState } from 'react';
import { canBeChildOf, ORG_KINDS } from '../../../../domain/orgs.ts';
import { errorText } from '../forms.ts';
import { type OrgDetail, useDeleteOrg } from './api.ts';
import { MergeOrgModal } from './MergeOrgModal.tsx';
import { CreateOrgModal, DissolveOrgModal, MoveOrgModal, RenameOrgModal } from './OrgModals.tsx';
import { SplitOrgModal } from './SplitOrgModal.tsx';

type Dialog = 'create' | 'rename' | 'move' | 'merge' | 'split' | 'dissolve';

interface Props {
  org: OrgDetail;
  onSelect: (id: number) => void;
}

export function OrgActions({ org, onSelect }: Props) {
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const isRoot = org.parentId === null;
  const canHaveChildren = ORG_KINDS.some((k) => canBeChildOf(k, org.kind));

  // The tree and the accounts are refreshed by the mutations themselves (api.ts).
  const done = (selectId?: number) => {
    if (selectId !== undefined) onSelect(selectId);
  };

  const remove = useDeleteOrg(org.id);
  const confirmRemove = () =>
    remove.mutateAsync().then(
      () => {
        void message.success(`Đã xóa «${org.name}».`);
        done(org.parentId ?? undefined);
      },
      (err: unknown) => {
        void message.error({ content: errorText(err), duration: 8 });
      },
    );

  const modalProps = { org, onClose: () => setDialog(null), onDone: done };
  const why = (blocked: string | false, button: ReactElement) =>
    blocked ? <Tooltip title={blocked}>{button}</Tooltip> : button;
  const inactive = !org.active && 'Đơn vị đã ngừng hoạt động.';
  const root = isRoot && 'Không áp dụng cho đơn vị gốc.';

  return (
    <>
      <Space wrap className="org-actions">
        {why(
          inactive || (!canHaveChildren && 'Loại đơn vị này không có đơn vị trực thuộc.'),
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setDialog('create')}
            disabled={!org.active || !canHaveChildren}
            data-testid="org-add"
          >
            Thêm đơn vị trực thuộc
          </Button>,
        )}
        {why(
          inactive,
          <Button icon={<EditOutlined />} onClick={() => setDialog('rename')} disabled={!org.active}>
            Sửa tên, địa danh
          </Button>,
        )}
        {why(
          inactive || root,
          <Button icon={<SwapOutlined />} onClick={() => setDialog('move')} disabled={!org.active || isRoot}>
            Chuyển đơn vị
          </Button>,
        )}
        {why(
          inactive || root,
          <Button
            icon={<MergeCellsOutlined />}
            onClick={() => setDialog('merge')}
            disabled={!org.active || isRoot}
          >
            Hợp nhất
          </Button>,
        )}
        {why(
          inactive || root,
          <Button
            icon={<ScissorOutlined />}
            onClick={() => setDialog('split')}
            disabled={!org.active || isRoot}
          >
            Chia tách
          </Button>,
        )}
        {why(
          inactive || root,
          <Button
            icon={<StopOutlined />}
            onClick={() => setDialog('dissolve')}
            disabled={!org.active || isRoot}
            danger
          >
            Giải thể
          </Button>,
        )}
        {why(
          root,
          <Popconfirm
            title={`Xóa «${org.name}»?`}
            description="Chỉ xóa được đơn vị nhập nhầm, chưa có dữ liệu. Đơn vị đã có dữ liệu thì giải thể, hợp nhất hoặc chia tách."
            okText="Xóa"
            cancelText="Hủy"
            okButtonProps={{ danger: true, loading: remove.isPending }}
            onConfirm={confirmRemove}
            disabled={isRoot}
          >
            <Button icon={<DeleteOutlined />} danger type="text" disabled={isRoot} data-testid="org-delete">
              Xóa
            </Button>
          </Popconfirm>,
        )}
      </Space>
      <CreateOrgModal {...modalProps} open={dialog === 'create'} />
      <RenameOrgModal {...modalProps} open={dialog === 'rename'} />
      <MoveOrgModal {...modalProps} open={dialog === 'move'} />
      <MergeOrgModal {...modalProps} open={dialog === 'merge'} />
      <SplitOrgModal {...modalProps} open={dialog === 'split'} />
      <DissolveOrgModal {...modalProps} open={dialog === 'dissolve'} />
    </>
  );
}
