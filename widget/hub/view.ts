// The Hub model field under the model picker (the ARIA combobox pattern: a text input, the list of models found, the
// active one named by aria-activedescendant; ./combobox.js has its behaviour), and the state of the model chosen:
// being read, read (from where, at which commit), or why it could not be, with pasting its config.json instead.
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { EngineError } from "../../shared/errors.js";
import { HUB_REPO_ID } from "../../shared/hub-id.js";
import type { EstimateResult } from "../engine.js";
import { short } from "../format.js";
import type { LlmInferenceCalc } from "../llm-inference-calc.js";
import { adoptPanelStyles } from "../panels.js";
import type { HubModelRef } from "../state.js";
import { choose, onBlur, onInput, onKey, searchOf } from "./combobox.js";
import { forgetPassing, hubOf, isPassing, isReading } from "./models.js";
import { hubRules } from "./styles.js";

const READING = "Reading config.json from the Hugging Face Hub…";

const styled = new WeakSet<LlmInferenceCalc>();

/** The field's styles join the element's the first time it shows the field. */
function adoptOnce(el: LlmInferenceCalc): void {
  if (styled.has(el)) return;
  styled.add(el);
  adoptPanelStyles(el.renderRoot as ShadowRoot, hubRules);
}

/** Paste the model's config.json instead: the config.json area, focused. */
async function pasteInstead(el: LlmInferenceCalc): Promise<void> {
  el.set("model", "custom");
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLElement>("#config")?.focus();
}

/** Read the model again (its last answer was the moment's: a timeout, the Hub down). */
function retry(el: LlmInferenceCalc, ref: HubModelRef): void {
  forgetPassing(el, ref);
  el.set("hubModel", { ...ref });
}

/** Why the model could not be read (the engine's message), with what to do instead. */
function renderFailure(el: LlmInferenceCalc, ref: HubModelRef, error: string) {
  const code = el.error instanceof EngineError ? el.error.code : "";
  // Where a person who may read it (signed in, terms accepted) finds the file to paste.
  const file = code !== "hub_not_found" && HUB_REPO_ID.test(ref.hf) ? `${hubOf(el)}/${ref.hf}/blob/${encodeURIComponent(ref.revision ?? "main")}/config.json` : "";
  return html`<div class="hub-failure">
    <p class="error" id="hub-err">${error}</p>
    <div class="actions">
      <button part="button" class="primary" @click=${() => pasteInstead(el)}>Paste config.json instead</button>
      ${isPassing(el, ref) ? html`<button part="button" @click=${() => retry(el, ref)}>Try again</button>` : nothing}
      ${file ? html`<a href=${file} target="_blank" rel="noopener noreferrer">Open config.json on the Hub</a>` : nothing}
    </div>
  </div>`;
}

/** Where the model is read from; once read, at which commit, and what the engine read in it. */
function renderSource(el: LlmInferenceCalc, r: EstimateResult | null) {
  const from = hubOf(el).replace(/^https?:\/\//, "");
  const hub = r?.model.hub;
  if (!hub) return html`<small class="hub-read">This browser reads the model's config.json and published parameter count from ${from}.</small>`;
  const a = r.model.architecture;
  const at = `${hub.revision === "main" ? "" : ` at revision ${hub.revision}`}${hub.sha ? `, commit ${hub.sha.slice(0, 7)}` : ""}`;
  return html`<small class="hub-read">Read by this browser from ${from}${at}: ${a?.numLayers} layers, hidden size ${a?.hiddenSize}.</small>`;
}

export function renderHub(el: LlmInferenceCalc, result: EstimateResult | null) {
  adoptOnce(el);
  const s = searchOf(el);
  const ref = el.hubModel;
  const reading = ref !== null && isReading(el, ref);
  // With no model named yet, the results say what to do; the field shows no error for it.
  const error = ref ? el.errorFor("model") : "";
  const active = s.open && s.active >= 0 ? `hub-opt-${s.active}` : nothing;
  return html`<div class="field full hub" part="field">
    <label part="label" for="hub-id" id="hub-label">Hugging Face model</label>
    <div class="combo">
      <input
        id="hub-id"
        part="input"
        type="text"
        role="combobox"
        autocomplete="off"
        autocapitalize="off"
        spellcheck="false"
        placeholder="Search, or owner/name"
        aria-autocomplete="list"
        aria-controls="hub-list"
        aria-expanded=${s.open ? "true" : "false"}
        aria-activedescendant=${active}
        aria-invalid=${error ? "true" : "false"}
        aria-describedby="hub-hint hub-state${error ? " hub-err" : ""}"
        .value=${live(s.text)}
        @input=${(e: Event) => onInput(el, (e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => onKey(el, e)}
        @blur=${() => onBlur(el)}
      />
      <ul id="hub-list" part="listbox" role="listbox" aria-labelledby="hub-label" ?hidden=${!s.open}>
        ${s.found.map(
          (m, i) => html`<li
            id="hub-opt-${i}"
            part="option"
            role="option"
            class=${i === s.active ? "active" : ""}
            aria-selected=${i === s.active ? "true" : "false"}
            @pointerdown=${(e: Event) => e.preventDefault()}
            @click=${() => choose(el, m.id)}
          >
            <span>${m.id}</span><small>${m.downloads === null ? "" : `${short(m.downloads)} downloads`}${m.gated ? " · gated" : ""}</small>
          </li>`,
        )}
      </ul>
    </div>
    <small id="hub-hint">Type to search the Hub's text-generation models, or type an id (owner/name) and press Enter.</small>
    <p id="hub-state" class="muted" role="status">${reading ? READING : s.status}</p>
    ${error && ref ? renderFailure(el, ref, error) : renderSource(el, ref && !reading ? result : null)}
  </div>`;
}
