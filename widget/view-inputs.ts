// The input panel: model, hardware, devices, precision, tokens, batch and deployment; the rarer inputs (a pasted
// config.json, a custom device, a hybrid's second configuration, the assumptions) are in ./view-inputs-more.js.
import { html, nothing } from "lit";
import { type EstimateResult } from "./engine.js";
import { deploymentChoices, field, hardwareChoices, isApi, kvChoices, modelChoices, numberInput, options, select, weightChoices } from "./controls.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";

export function renderInputs(el: LlmInferenceCalc, result: EstimateResult | null) {
  // The rarer inputs (config.json, custom device, hybrid, assumptions) come with the panels chunk.
  const more = typeof el._panels === "string" ? undefined : el._panels;
  const set = (f: string) => (v: unknown) => el.set(f, v);
  const err = (path: string) => el.errorFor(path);
  const api = isApi(el.model);
  // A model the person supplies (pasted, or on the Hub: ./own-model.js) has its field, which shows its errors.
  const supplied = more?.renderModel(el, result);
  const spec = el.customHardware;
  const modelError = err("model");
  const num = (id: string, label: string, key: string, value: number | undefined, extra = {}) =>
    field(id, label, numberInput(id, value, set(key), { error: err(key), ...extra }), err(key));

  return html`<section part="inputs" class="panel" aria-labelledby="inputs-h">
    <h2 id="inputs-h">Inputs</h2>
    <div class="fields">
      ${field("model", "Model", select("model", modelChoices(el.model, true), set("model"), false, supplied ? "" : modelError), supplied ? "" : modelError, true)}
      ${supplied}
      ${api ? html`<p class="muted full">Served through the provider's API as one stream: hardware, devices, formats and batch do not apply.</p>` : nothing}
      ${field("hardware", "Hardware", select("hardware", hardwareChoices(el.hardware, true), set("hardware"), api), "", true)}
      ${el.hardware === "custom" && spec
        ? more?.renderDevice(el, spec)
        : err("hardware") ? html`<p class="error full">${err("hardware")}</p>` : nothing}
      ${num("devices", "Devices", "deviceCount", el.deviceCount, { max: 1024, disabled: api })}
      <div class="field" part="field">
        <label part="label" for="batch">Batch size</label>
        ${numberInput("batch", api ? 1 : el.batchSize === "max" ? result?.throughput.batchSize : el.batchSize, set("batchSize"), {
          disabled: el.batchSize === "max" || api,
          error: err("batchSize"),
        })}
        <label class="check"><input type="checkbox" ?disabled=${api} .checked=${el.batchSize === "max"} @change=${(e: Event) => el.set("batchSize", (e.target as HTMLInputElement).checked ? "max" : (result?.throughput.batchSize ?? 1))} />Max that fits</label>
        ${err("batchSize") ? html`<p class="error" id="batch-err">${err("batchSize")}</p>` : nothing}
      </div>
      ${field("precision", "Weights format", select("precision", options(weightChoices, el.precision), set("precision"), api, err("precision")), err("precision"))}
      ${field("kv", "KV cache precision", select("kv", options([["", "as weights"], ...kvChoices], el.kvPrecision), set("kvPrecision"), api))}
      ${num("input-tokens", "Input tokens", "inputTokens", el.inputTokens)}
      ${num("output-tokens", "Output tokens", "outputTokens", el.outputTokens)}
      ${field("deployment", "Deployment", select("deployment", options(deploymentChoices(), el.deployment), set("deployment")), "", true)}
      ${el.deployment === "hybrid" ? more?.renderHybrid(el) : nothing}
    </div>
    ${more?.renderAssumptions(el, result)}
  </section>`;
}

