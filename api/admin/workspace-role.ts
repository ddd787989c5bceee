import { ForbiddenError } from '../errors.ts';
import { isAdminEmail } from './admin-emails.ts';

/**
 * Who a signed-in person is in the workspace, read from configuration on every request (so
 * taking an address out of ADMIN_EMAILS or NETWORK_COORDINATORS changes it at once): a
 * campaigner may do everything; a network coordinator decides on the network's members and
 * sees nothing of letters. An address in both lists is a campaigner.
 */
export type WorkspaceRole = 'campaigner' | 'coordinator';
export type WorkspaceConfig = { adminEmails: readonly string[]; networkCoordinators?: readonly string[] };

/** Every address that may ask for a sign-in link and hold a session. */
export const workspaceEmails = (config: WorkspaceConfig): string[] => [...config.adminEmails, ...(config.networkCoordinators ?? [])];

export function roleOf(config: WorkspaceConfig, email: string): WorkspaceRole | undefined {
  if (isAdminEmail(config.adminEmails, email)) return 'campaigner';
  if (isAdminEmail(config.networkCoordinators ?? [], email)) return 'coordinator';
  return undefined;
}

/** A coordinator's whole workspace, as a path without its language or /api prefix: the network's pages and signing out. */
const coordinatorPaths = /^\/admin\/(network(\/|$)|sign-out\/?$)/;

/** Where a coordinator lands after signing in, and the one page the workspace bar offers them. */
export const coordinatorHome = '/admin/network';

export const mayReach = (role: WorkspaceRole, path: string): boolean => role === 'campaigner' || coordinatorPaths.test(path);

/**
 * The one rule both gates apply (createApi's for /api/admin, site/middleware.ts's for the
 * pages), each passing the path its router matched: a coordinator anywhere else is refused.
 */
export function assertMayReach(config: WorkspaceConfig, email: string, path: string): WorkspaceRole {
  const role = roleOf(config, email);
  if (!role || !mayReach(role, path)) throw new ForbiddenError();
  return role;
}
