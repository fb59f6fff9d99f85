// The models a person supplies instead of picking one from the catalog, with the panels chunk: a pasted config.json
// (its text must read) and a model on the Hugging Face Hub (`{ hf }`), whose field, search and reading are the hub
// chunk's (./hub-chunk.js). Every estimate the element makes goes through ownModel first.
import { html } from "lit";
import { EngineError } from "../shared/errors.js";
import { NotLoadedYet } from "./deferred.js";
import type { EstimateRequestInput, EstimateResult } from "./engine.js";
import { hubChunk, loadHub } from "./hub-chunk.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { HubModelRef } from "./state.js";
import { renderPaste } from "./view-inputs-more.js";

export const isHubModel = (m: unknown): m is HubModelRef => typeof m === "object" && m !== null && "hf" in m;

/**
 * The request to estimate: as it is, or with its Hub model read (NotLoadedYet while the hub chunk loads or the
 * model is read; the Hub's error once reading it failed). `own`: the inputs' request, whose pasted text must read
 * and whose Hub entry must name a model.
 */
export function ownModel(el: LlmInferenceCalc, request: EstimateRequestInput, own = false): EstimateRequestInput {
  if (own && el.model === "custom" && (el._paste.error || !el.customModel)) {
    throw new EngineError("invalid_hf_config", el._paste.error || "Paste a Hugging Face config.json to use a custom model.", "model");
  }
  if (own && el.model === "hf" && !el.hubModel) {
    throw new EngineError("invalid_input", "Search the Hugging Face Hub for a model, or type its id (owner/name) and press Enter.", "model.hf");
  }
  if (!isHubModel(request.model)) return request;
  const hub = hubChunk();
  if (typeof hub === "string") throw new EngineError("hub_unavailable", hub, "model.hf");
  if (!hub) throw new NotLoadedYet("the Hugging Face Hub reader", loadHub());
  return hub.withHubModel(el, request);
}

/** The supplied model's field under the model picker: the config.json area, or the Hub model field; none for the catalog's. */
export function renderModel(el: LlmInferenceCalc, result: EstimateResult | null) {
  if (el.model === "custom") return renderPaste(el, result);
  if (el.model !== "hf") return undefined;
  const hub = hubChunk();
  if (typeof hub === "object") return hub.renderHub(el, result);
  // The field is the first thing that needs the chunk when the entry is picked: fetch it now (once), show it when in.
  const retry = () => void loadHub().then(() => el.requestUpdate(), () => el.requestUpdate());
  if (!hub) {
    retry();
    return html`<p class="muted full">Loading the Hugging Face Hub search…</p>`;
  }
  return html`<p class="error full">${hub} <button part="button" @click=${retry}>Try again</button></p>`;
}
