// How much work the engine does, counted in steps of roughly equal CPU cost: timing one scenario at one batch size,
// sizing its memory, assembling a result or a sweep point. A caller that must stay within a CPU budget (the API on a
// Workers plan) runs the engine under a limit of steps, and the engine stops with a typed error at the first step
// past it, before the time runs out.
import { EngineError } from "./errors.js";

let done = 0;
let limit = Number.POSITIVE_INFINITY;
let refusal = "";

/** Called for each step of work (`n` for a step that costs about n). */
export function countSteps(n = 1): void {
  done += n;
  if (done > limit) {
    limit = Number.POSITIVE_INFINITY;
    throw new EngineError("over_cpu_budget", refusal, "");
  }
}

/** Steps since the engine loaded (differences between two readings are what a call did). */
export const stepsDone = (): number => done;

/**
 * Run `work` (synchronous engine code) allowing at most `maxSteps` steps; past that it throws over_cpu_budget with
 * `message`. Returns the value and the steps it took.
 */
export function withWorkLimit<T>(maxSteps: number, message: string, work: () => T): { value: T; steps: number } {
  const start = done;
  const outer = [limit, refusal] as const;
  limit = start + maxSteps;
  refusal = message;
  try {
    return { value: work(), steps: done - start };
  } finally {
    [limit, refusal] = outer;
  }
}
