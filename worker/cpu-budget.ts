// The CPU budget of one request (wrangler.toml CPU_BUDGET_MS: 10 ms on the Workers Free plan). Cloudflare kills a
// request past its plan's CPU limit with error 1102 and no body of ours, so the API keeps inside the budget itself:
// - up front, a request whose size alone says it needs more (a sweep's points, a compare's scenarios, the bytes of
//   the answer) is refused with 413 over_cpu_budget, naming the limit, before any work;
// - while computing, the engine runs under a limit of steps (shared/work.ts) that stops it with the
//   same error before the budget is spent (recommend's search, whose size depends on what it finds);
// - every answer says in a Server-Timing header what it cost by the same model, which the tests check.
// The cost model and its measured rates are in worker/cpu-model.ts.
import type { Context } from "hono";
import { EngineError, withWorkLimit } from "../shared/index.js";
import { cpuMs, DEFAULT_CPU_BUDGET_MS, PLANNED_SHARE, usPerStep, type Prediction } from "./cpu-model.js";
import type { AppEnv } from "./env.js";

/** An answer's JSON and the headers it carries. */
export type Rendered = { body: string; headers: Record<string, string> };

export function cpuBudgetMs(c: Context<AppEnv>): number {
  const configured = Number(c.env?.CPU_BUDGET_MS);
  return Number.isFinite(configured) && configured > 0 ? configured : DEFAULT_CPU_BUDGET_MS;
}

/** The refusal names the limit, where it is set, and what to do. `neededMs` is null when the work ran over. */
function refusal(predicted: Prediction, neededMs: number | null, budgetMs: number): string {
  const needs = neededMs === null ? "needs more CPU than" : `needs about ${neededMs.toFixed(0)} ms of CPU, over`;
  return (
    `${predicted.what} ${needs} the ${budgetMs} ms per request this deployment allows (CPU_BUDGET_MS; Cloudflare's ` +
    `Free plan limit is 10 ms). Ask for less (${predicted.less}), or raise CPU_BUDGET_MS together with [limits] cpu_ms ` +
    `on a paid plan.`
  );
}

/**
 * Run one engine call within the request's CPU budget and answer its JSON with a Server-Timing header:
 * refused before any work when the prediction is over, stopped by the engine's work limit when the search runs over.
 */
export function withinBudget(c: Context<AppEnv>, predicted: Prediction, compute: () => unknown): Rendered {
  const requestBytes = c.get("bodyBytes") ?? 0;
  const budget = cpuBudgetMs(c);
  const planned = budget * PLANNED_SHARE;
  const search = predicted.search;
  const before = cpuMs({ steps: predicted.steps, responseBytes: predicted.responseBytes, requestBytes, search });
  if (before > planned) throw new EngineError("over_cpu_budget", refusal(predicted, before, budget), predicted.path);
  // The steps the rest of the plan leaves room for.
  const spare = planned - cpuMs({ steps: 0, responseBytes: predicted.responseBytes, requestBytes, search });
  const maxSteps = Math.max(1, Math.floor((spare * 1e3) / usPerStep(search)));
  const { value, steps } = withWorkLimit(maxSteps, refusal(predicted, null, budget), compute);
  const body = JSON.stringify(value);
  const ms = cpuMs({ steps, responseBytes: body.length, requestBytes, search });
  return { body, headers: { "Server-Timing": serverTiming(ms, steps, budget) } };
}

/** Answer an engine call within the budget (for routes whose answers are not cached at the edge). */
export function budgetedJson(c: Context<AppEnv>, predicted: Prediction, compute: () => unknown): Response {
  const { body, headers } = withinBudget(c, predicted, compute);
  return c.body(body, 200, { ...headers, "Content-Type": "application/json; charset=utf-8" });
}

/** `cpu;dur=<ms>;desc="..."`: the request's CPU time as the budget model counts it, and the budget. */
export const serverTiming = (ms: number, steps: number, budgetMs: number): string =>
  `cpu;dur=${ms.toFixed(2)};desc="estimated from ${steps} engine steps and the bytes in and out; budget ${budgetMs} ms"`;
