// How much work the engine does, counted in steps of roughly equal CPU cost: timing one scenario at one batch size,
// sizing its memory, assembling a result or a sweep point. A caller that must stay within a CPU budget (the API on a
// Workers plan) runs the engine under a limit of steps, and the engine stops with a typed error at the first step
// past it, before the time runs out.
import { EngineError } from "./errors.js";

// Steps done since the engine loaded, and the limit, in a typed array: a fractional count kept in a variable would
// allocate a number at each step (a search counts tens of thousands).
const counts = new Float64Array([0, Number.POSITIVE_INFINITY]);
const DONE = 0;
const LIMIT = 1;
let refusal = "";

/** Called for each step of work (`n` for a step that costs about n). */
export function countSteps(n = 1): void {
  const done = (counts[DONE] = counts[DONE]! + n);
  if (done > counts[LIMIT]!) {
    counts[LIMIT] = Number.POSITIVE_INFINITY;
    throw new EngineError("over_cpu_budget", refusal, "");
  }
}

/** Steps since the engine loaded (differences between two readings are what a call did). */
export const stepsDone = (): number => counts[DONE]!;

/**
 * Run `work` (synchronous engine code) allowing at most `maxSteps` steps; past that it throws over_cpu_budget with
 * `message`. Returns the value and the steps it took.
 */
export function withWorkLimit<T>(maxSteps: number, message: string, work: () => T): { value: T; steps: number } {
  const start = counts[DONE]!;
  const outer = [counts[LIMIT]!, refusal] as const;
  counts[LIMIT] = start + maxSteps;
  refusal = message;
  try {
    return { value: work(), steps: counts[DONE]! - start };
  } finally {
    [counts[LIMIT], refusal] = outer;
  }
}
