export type KnownFixed = { name: string; fixed: string[]; advisories: string };
export type Package = { name: string; version: string };
export type NpmLsTree = {
  dependencies?: Record<string, { version?: string; dependencies?: NpmLsTree['dependencies'] }>;
};
export type AuditOutput =
  | { kind: 'report'; counts: Record<string, number>; highOrCritical: string[] }
  | { kind: 'unavailable'; reason: string };
export const KNOWN_FIXED: KnownFixed[];
export const SQLITE_FIXED: string;
export function compareVersions(a: string, b: string): -1 | 0 | 1;
export function requiredVersion(name: string, version: string, table?: KnownFixed[]): string | null;
export function packagesOf(tree: NpmLsTree): Package[];
export function belowFloor(
  packages: Package[],
  table?: KnownFixed[],
): (Package & { required: string; advisories: string })[];
export function readAuditOutput(stdout: string): AuditOutput;
