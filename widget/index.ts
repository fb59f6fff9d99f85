// Entry of the widget (llm-inference-calc.js): zod without eval (page CSPs; a no-op for the widget's own zod/mini, which
// the built widget uses), then a guarded registration of <llm-inference-calc>.
import * as z from "zod/mini";
import { LlmInferenceCalc, TAG } from "./llm-inference-calc.js";

z.config({ jitless: true });

// A second copy of the script on the page must do no harm.
if (!customElements.get(TAG)) customElements.define(TAG, LlmInferenceCalc);

export { LlmInferenceCalc, TAG };
export type { LlmCalcChangeDetail, LlmCalcResultDetail, LlmCalcEventMap } from "./events.js";

declare global {
  interface HTMLElementTagNameMap {
    "llm-inference-calc": LlmInferenceCalc;
  }
}
