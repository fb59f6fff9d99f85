// Entry of the widget bundle: zod without eval (page CSPs), then a guarded registration of <llm-inference-calc>.
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
