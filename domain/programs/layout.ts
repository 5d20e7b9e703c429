// Layout of the Word outputs of this area (draft sơ kết/tổng kết report, weekly schedule): every
// font, size, margin and fixed text in one data object. The Party values (font, A4, margins, heading
// sizes) come from domain/party-layout.ts, the one place for Hướng dẫn 36-HD/VPTW.
import { PARTY_LAYOUT } from '../party-layout.ts';

export interface ReportLayout {
  font: string;
  page: { widthMm: number; heightMm: number };
  marginsMm: { top: number; bottom: number; left: number; right: number };
  sizes: Record<
    | 'nationalHeading'
    | 'superiorBody'
    | 'issuingBody'
    | 'symbol'
    | 'placeDate'
    | 'typeName'
    | 'summary'
    | 'heading'
    | 'body'
    | 'table'
    | 'signature'
    | 'recipients',
    number
  >;
  lineSpacing: number;
  firstLineIndentMm: number;
  nationalHeading: string;
  recipientsLabel: string;
  reportTypeName: string;
  signatureAuthority: string;
  signatureTitle: string;
  toComplete: string;
  schedule: { landscape: boolean; typeName: string; table: number; conflictMark: string };
}

export const REPORT_LAYOUT: ReportLayout = {
  font: PARTY_LAYOUT.font,
  page: { widthMm: PARTY_LAYOUT.page.widthMm, heightMm: PARTY_LAYOUT.page.heightMm },
  marginsMm: { ...PARTY_LAYOUT.marginsMm },
  /** Sizes in points. */
  sizes: {
    nationalHeading: PARTY_LAYOUT.sizes.nationalHeading,
    superiorBody: PARTY_LAYOUT.sizes.superiorBody,
    issuingBody: PARTY_LAYOUT.sizes.issuingBody,
    symbol: PARTY_LAYOUT.sizes.symbol,
    placeDate: PARTY_LAYOUT.sizes.placeDate,
    typeName: PARTY_LAYOUT.sizes.typeName,
    summary: PARTY_LAYOUT.sizes.summary,
    heading: PARTY_LAYOUT.sizes.body,
    body: PARTY_LAYOUT.sizes.body,
    table: 12,
    signature: PARTY_LAYOUT.sizes.signature,
    recipients: PARTY_LAYOUT.sizes.recipients,
  },
  lineSpacing: PARTY_LAYOUT.lineSpacing,
  firstLineIndentMm: PARTY_LAYOUT.firstLineIndentMm,
  nationalHeading: PARTY_LAYOUT.nationalHeading,
  recipientsLabel: PARTY_LAYOUT.recipientsLabel,
  reportTypeName: 'BÁO CÁO',
  signatureAuthority: 'T/M BAN THƯỜNG VỤ',
  signatureTitle: 'BÍ THƯ',
  /** Where the specialist completes the draft. */
  toComplete: '(Chuyên viên bổ sung)',
  /** The weekly schedule is a wide table: landscape A4, same margins. */
  schedule: {
    landscape: true,
    typeName: 'LỊCH CÔNG TÁC TUẦN',
    table: 12,
    conflictMark: '(trùng lịch)',
  },
};

/** Millimetres to twentieths of a point (twips), the unit of Word page settings. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4);
}

/** Points to half-points, the unit of Word font sizes. */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2);
}
