// The Word outputs of this area (draft sơ kết/tổng kết report, weekly schedule): their fixed texts
// and the Party layout they are printed in. Fonts, sizes and margins are the Party layout's
// (domain/party-layout.ts, the one place for Hướng dẫn 36-HD/VPTW); the kit (server/office) lays
// the page out from it.
import { PARTY_LAYOUT, type PartyLayout } from '../party-layout.ts';

export interface ReportLayout {
  /** The page: font, sizes, margins; another may be given (another font, other margins). */
  party: PartyLayout;
  reportTypeName: string;
  signatureAuthority: string;
  signatureTitle: string;
  /** Where the specialist completes the draft. */
  toComplete: string;
  schedule: { landscape: boolean; typeName: string; conflictMark: string };
}

export const REPORT_LAYOUT: ReportLayout = {
  party: PARTY_LAYOUT,
  reportTypeName: 'Báo cáo',
  signatureAuthority: 'T/M Ban Thường vụ',
  signatureTitle: 'Bí thư',
  toComplete: '(Chuyên viên bổ sung)',
  /** The weekly schedule is a wide table: landscape A4, same margins. */
  schedule: {
    landscape: true,
    typeName: 'Lịch công tác tuần',
    conflictMark: '(trùng lịch)',
  },
};
