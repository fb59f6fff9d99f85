// Running an element's sweep (with the panels chunk; the element's runSweep() calls it): one at a time, a newer run
// aborting the one before, and after a change of input again once typing pauses.
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { SweepOutcome } from "./sweep-client.js";
import { sweepFor } from "./view-sweep.js";

/** Typing pauses this long before a shown sweep is run again with the new inputs. */
export const SWEEP_AGAIN_MS = 250;

type Running = { ctl: AbortController | null; timer: number };
const runs = new WeakMap<LlmInferenceCalc, Running>();

/** Abort the element's sweep (if one runs) and the run waiting for typing to pause. */
export function stopSweep(el: LlmInferenceCalc): Running {
  let run = runs.get(el);
  if (!run) runs.set(el, (run = { ctl: null, timer: 0 }));
  run.ctl?.abort();
  clearTimeout(run.timer);
  return run;
}

/** Run the panel's sweep around the element's estimate; null when a newer run or input aborted it. */
export function runSweep(el: LlmInferenceCalc, say: (text: string) => void): Promise<SweepOutcome | null> {
  const run = stopSweep(el);
  const ctl = (run.ctl = new AbortController());
  return sweepFor(el, el.result, ctl.signal, say);
}

/** An input changed: the shown sweep is stale at once, and runs again when typing pauses. */
export function sweepAgain(el: LlmInferenceCalc): void {
  stopSweep(el).timer = window.setTimeout(() => void el.runSweep(), SWEEP_AGAIN_MS);
}
