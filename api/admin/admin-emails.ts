/** ADMIN_EMAILS decides who may use the workspace; addresses are compared without regard to case. */
export const normaliseAdminEmail = (email: string): string => email.trim().toLowerCase();

export const isAdminEmail = (adminEmails: readonly string[], email: string): boolean =>
  adminEmails.some((a) => normaliseAdminEmail(a) === normaliseAdminEmail(email));
