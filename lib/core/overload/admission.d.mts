export type RequestKind = 'asset' | 'sign-in' | 'action' | 'work';
export type OverloadBudget = { maxInFlight: number; maxLagMs: number; maxPassMs: number };
export type Admission = { admit: true } | { admit: false; retryAfterSeconds: number; pressure: number };

export const DEFAULT_OVERLOAD_BUDGET: Readonly<OverloadBudget>;
export function classifyRequest(pathname: string, request?: { method?: string; serverAction?: boolean }): RequestKind;
export function standingLagMs(recentLagsMs: readonly number[]): number;
export function currentLagMs(
  input: {
    recentLagsMs: readonly number[];
    lastTickAt: number;
    tickMs: number;
    now: number;
    requestsThisPass: number;
    passCpuMs: number;
  },
  budget?: OverloadBudget,
): number;
export function decideAdmission(
  input: { kind: RequestKind; inFlight: number; lagMs: number },
  budget?: OverloadBudget,
): Admission;
export function parseOverloadBudget(env: Record<string, string | undefined>): OverloadBudget | null;
