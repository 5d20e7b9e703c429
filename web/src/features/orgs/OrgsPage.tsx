// «Tổ chức»: the organisation tree on the left, the selected unit (by default the user's own) on the right. The selection is in
// the address (?don-vi=ID) so that it survives a reload and can be shared.
import { Card, Empty, Typography } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useMe } from '../auth/session.tsx';
import { useLargeTree, useOrgTree } from './api.ts';
import { OrgDetailPanel } from './OrgDetailPanel.tsx';
import { OrgTreePanel } from './OrgTreePanel.tsx';
import { indexTree } from './tree.ts';

export function OrgsPage() {
  const me = useMe();
  const large = useLargeTree(me.user.orgId);
  // A large tree is not loaded whole here (OrgTreePanel reads it one level at a time).
  const tree = useOrgTree({}, large === false);
  const [params, setParams] = useSearchParams();
  const fromUrl = Number(params.get('don-vi'));
  const index = useMemo(() => indexTree(tree.data), [tree.data]);
  // By default the user's own unit (where an admin works), else the root.
  const fallback = large || index.has(me.user.orgId) ? me.user.orgId : (tree.data?.[0]?.id ?? null);
  const selected = Number.isInteger(fromUrl) && fromUrl > 0 ? fromUrl : fallback;
  const select = (id: number) => setParams({ 'don-vi': String(id) });

  return (
    <div>
      <div className="page-header">
        <Typography.Title level={3}>Tổ chức</Typography.Title>
      </div>
      <div className="org-layout">
        <OrgTreePanel selectedId={selected} onSelect={select} />
        {selected !== null ? (
          <OrgDetailPanel id={selected} onSelect={select} />
        ) : (
          <Card>
            <Empty description="Chọn một đơn vị trong cây để xem chi tiết" />
          </Card>
        )}
      </div>
    </div>
  );
}
