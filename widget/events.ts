// The element's events, declared once with their detail types.
import type { EstimateRequestInput, EstimateResult } from "./engine.js";

/**
 * Which input the user changed (several joined by commas when a fix sets more than one, "*" for a loaded
 * configuration), and the request as it now stands.
 */
export type LlmCalcChangeDetail = { field: string; request: EstimateRequestInput };
/** A new estimate, and the request it answers. */
export type LlmCalcResultDetail = { request: EstimateRequestInput; result: EstimateResult };

export type LlmCalcEventMap = {
  "llm-calc-change": CustomEvent<LlmCalcChangeDetail>;
  "llm-calc-result": CustomEvent<LlmCalcResultDetail>;
};

declare global {
  // Listeners on the element, or on the document the events bubble to, get the detail type.
  interface HTMLElementEventMap extends LlmCalcEventMap {}
  interface DocumentEventMap extends LlmCalcEventMap {}
}

/** Bubbling and composed, so a listener on the page sees events from inside any shadow root. */
export function emit<K extends keyof LlmCalcEventMap>(el: HTMLElement, type: K, detail: LlmCalcEventMap[K]["detail"]): void {
  el.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
