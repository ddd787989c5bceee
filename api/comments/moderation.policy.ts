/**
 * How readers' reports weigh: `reportsToHide` open reports from different people hide a
 * published comment until a campaigner decides (COMMENT_REPORTS_TO_HIDE); `reportsPerHour` is
 * as many as one address may send in an hour, so one person cannot hide comments on their own.
 */
export type ModerationPolicy = { reportsToHide: number; reportsPerHour: number };

export const defaultModerationPolicy: ModerationPolicy = { reportsToHide: 3, reportsPerHour: 10 };
