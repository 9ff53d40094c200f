export type CpuProfile = {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }[];
  samples: number[];
  timeDeltas: number[];
};
export type Run = { ms: number; atMs: number; frame: string; within: string };
export function longestRuns(profile: CpuProfile, options?: { fromMs?: number; top?: number }): Run[];
export function timeShares(
  profile: CpuProfile,
  patterns: Record<string, RegExp>,
  options?: { fromMs?: number },
): { seconds: Record<string, number>; total: number };
export function shortFrame(name: string): string;
