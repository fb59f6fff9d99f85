// Entry of the planning chunk (chunks/llm-inference-calc-planning-<hash>.js): <llm-inference-calc> imports it the first
// time a planning view opens. zod without eval (page CSPs; a no-op for the widget's own zod/mini), then a guarded
// registration.
import * as z from "zod/mini";
import { LlmInferenceCalcPlanning, PLANNER_TAG } from "./planning/element.js";

z.config({ jitless: true });

if (!customElements.get(PLANNER_TAG)) customElements.define(PLANNER_TAG, LlmInferenceCalcPlanning);

export { LlmInferenceCalcPlanning, PLANNER_TAG };

declare global {
  interface HTMLElementTagNameMap {
    "llm-inference-calc-planning": LlmInferenceCalcPlanning;
  }
}
