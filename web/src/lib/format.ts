// Display helpers: every date on screen is DD/MM/YYYY (domain/dates.ts is the one rule).
export { formatDateTimeVi, formatDateVi, todayVn } from '../../../domain/dates.ts';
export { ORG_KIND_LABELS } from '../../../domain/orgs.ts';
export { ROLE_LABELS, SECRECY_LABELS, URGENCY_LABELS } from '../../../domain/roles.ts';
export { compareNames, compareVi, sortByName } from '../../../domain/text.ts';

/** antd DatePicker format. */
export const DATE_FORMAT = 'DD/MM/YYYY';
