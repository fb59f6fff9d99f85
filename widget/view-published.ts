// What the Hugging Face Hub publishes about a model read from it (the result's `model.hub`), beside what the engine
// counts from its config.json: shown in the verdict, never used in place of the engine's count.
import { html, nothing } from "lit";
import type { EstimateResult } from "./engine.js";
import { params } from "./format.js";

/** "0.4% below" the published count, or "the same" when it rounds to it. */
function apart(diff: number): string {
  const percent = Math.abs(diff * 100).toFixed(1);
  return percent === "0.0" ? "the same count" : `${percent}% ${diff < 0 ? "below" : "above"} it`;
}

export function renderPublished(r: EstimateResult) {
  const hub = r.model.hub;
  if (!hub) return nothing;
  const total = hub.publishedTotalParams;
  const counted = `${params(r.model.totalParams)} counted from config.json`;
  return html`<p class="muted" part="published">
    ${total === null || hub.differenceFromPublished === null
      ? `The Hugging Face Hub publishes no parameter count for it (no safetensors files, or its model API did not answer); ${counted}.`
      : `Published on the Hugging Face Hub: ${params(total)} parameters in its safetensors files${hub.checkpointDtype ? ` (mostly ${hub.checkpointDtype})` : ""}; ${counted}, ${apart(hub.differenceFromPublished)}.`}
  </p>`;
}
