// The CPU cost model of the API's budget (worker/cpu-budget.ts applies it): linear in the engine's steps
// (shared/work.ts) and in the bytes of the request and the answer, with rates that `npm run bench` measures in Node
// (the V8 that Workers run) and fails on if one here is optimistic. Also what a request will cost, predicted from its
// counts alone, before any work.
import { DEFAULT_OPTIONS, sweepPointCount } from "../shared/index.js";
import { grouped } from "../shared/grouped.js";

/** The Free plan's CPU time per request; wrangler.toml's CPU_BUDGET_MS overrides it (raise it on the Paid plan). */
export const DEFAULT_CPU_BUDGET_MS = 10;

/**
 * The share of the budget the model plans to use. The margin is in the rates instead: each is the worst this
 * machine measures (a 2-core shared VM; Cloudflare's servers run the same code faster), and startup warms the code.
 */
export const PLANNED_SHARE = 1;

/** CPU per unit of work, upper bounds of what `npm run bench` measures (it prints both). */
export const CPU_RATES = {
  /** Reading the request, routing and answering: the floor of any request. */
  fixedMs: 0.5,
  /** One engine step (shared/work.ts) where steps build results (estimate, compare, sweep, break-even). */
  usPerStep: 0.55,
  /** One step of recommend's search, mostly timings of one configuration at one batch (cheaper). */
  usPerSearchStep: 0.4,
  /** Building and serialising the answer, per byte of JSON. */
  nsPerResponseByte: 6,
  /** Parsing and validating the request, per byte of JSON. */
  nsPerRequestByte: 3,
};

/** Bytes of JSON per result, upper bounds: one configuration, and a hybrid one (two paths and their blend). */
const RESULT_BYTES = { single: 3_500, hybrid: 10_000 };
/**
 * Engine steps, upper bounds: per full result (a timing, its memory, the result, and the fixes looked for when it
 * does not fit), per point of a compact sweep (a timing, its memory, the point), and what batchSize "max" adds (a
 * timing per power of two up to the cap).
 */
const STEPS = { result: 28, point: 3, max: 22 };

export type Work = { steps: number; responseBytes: number; requestBytes: number; search?: boolean };

export const usPerStep = (search = false): number => (search ? CPU_RATES.usPerSearchStep : CPU_RATES.usPerStep);

export function cpuMs(work: Work): number {
  const r = CPU_RATES;
  return r.fixedMs + (work.steps * usPerStep(work.search)) / 1e3 + (work.responseBytes * r.nsPerResponseByte + work.requestBytes * r.nsPerRequestByte) / 1e6;
}

/**
 * What a request is predicted to cost before any work: its steps and answer bytes, from counts alone; what it is, and
 * how to ask for less, for the refusal.
 */
export type Prediction = { steps: number; responseBytes: number; what: string; less: string; path: string; search?: boolean };

const has = (value: unknown, needle: string): boolean => JSON.stringify(value ?? null).includes(needle);

/** A sweep: points x (steps, bytes) per point; the compact form answers a few bytes per field. */
export function predictSweep(body: unknown): Prediction {
  const b = (body ?? {}) as { base?: unknown; vary?: unknown; fields?: unknown };
  const points = sweepPointCount(body);
  const hybrid = has(b.base, '"hybrid"') || has(b.vary, '"hybrid"');
  const fields = Array.isArray(b.fields) ? b.fields.length : 0;
  const perPoint = (fields > 0 && !hybrid ? STEPS.point : STEPS.result) + (has(b, '"max"') ? STEPS.max : 0);
  const steps = points * perPoint * (hybrid ? 2 : 1);
  const bytesPerPoint = fields > 0 ? fields * 12 : hybrid ? RESULT_BYTES.hybrid : RESULT_BYTES.single;
  const what = `a ${grouped(points)}-point sweep${fields > 0 ? "" : " in the full form"}`;
  return { steps, responseBytes: points * bytesPerPoint, what, less: fields > 0 ? "fewer points or fields" : 'fewer points, or the compact form with "fields"', path: "vary" };
}

/** A compare: each scenario is one estimate. */
export function predictCompare(body: unknown): Prediction {
  const scenarios = (body as { scenarios?: unknown } | null)?.scenarios;
  const list = Array.isArray(scenarios) ? scenarios : [];
  let steps = 0;
  let responseBytes = 0;
  for (const s of list) {
    const hybrid = has(s, '"hybrid"');
    steps += (STEPS.result + (has(s, '"max"') ? STEPS.max : 0)) * (hybrid ? 2 : 1);
    responseBytes += hybrid ? RESULT_BYTES.hybrid : RESULT_BYTES.single;
  }
  return { steps, responseBytes, what: `a compare of ${list.length} scenarios`, less: "fewer scenarios", path: "scenarios" };
}

/** A recommend: its answer is `limit` full results; its search is bounded while it runs. */
export function predictRecommend(body: unknown): Prediction {
  const limit = (body as { limit?: unknown } | null)?.limit;
  const options = typeof limit === "number" && limit > 0 ? Math.min(limit, 200) : DEFAULT_OPTIONS;
  return { steps: 0, responseBytes: options * RESULT_BYTES.single, what: "this search", less: 'narrower constraints, or fewer options ("limit")', path: "", search: true };
}

/** A single estimate (or break-even): small by construction, bounded while it runs. */
export const predictSmall = (what: string): Prediction => ({ steps: 0, responseBytes: RESULT_BYTES.hybrid, what, less: "a simpler request", path: "" });

