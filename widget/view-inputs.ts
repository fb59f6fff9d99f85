// The input panel: model, hardware, devices, precision, tokens, batch, deployment (with hybrid) and assumptions.
import { html, nothing } from "lit";
import { DEPLOYMENTS, HARDWARE, MODELS, PRECISIONS, RUNTIME_PROFILES, type EstimateResult } from "./engine.js";
import { field, numberInput, options, select, type Choice } from "./controls.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { CustomModel } from "./state.js";

const KINDS: Choice[] = [
  ["datacenter-gpu", "Data-center GPUs"],
  ["workstation-gpu", "Workstation GPUs"],
  ["tpu", "TPUs"],
  ["accelerator", "Other AI accelerators"],
  ["apple", "Apple silicon"],
  ["cpu", "CPUs"],
  ["edge", "Edge devices"],
];
const DEPLOYMENT_LABELS = ["Local (owned hardware)", "Cloud (rented, or an API)", "Edge device", "Hybrid (split traffic)"];

const modelChoices = (selected: string, withCustom: boolean) => html`
  <optgroup label="Open weights">${options(MODELS.filter((m) => m.kind === "open").map((m) => [m.id, m.name]), selected)}</optgroup>
  <optgroup label="API only">${options(MODELS.filter((m) => m.kind === "api").map((m) => [m.id, m.name]), selected)}</optgroup>
  ${withCustom ? options([["custom", "Custom: paste a config.json…"]], selected) : nothing}`;

const hardwareChoices = (selected: string, withCustom: boolean) => html`
  ${KINDS.map(
    ([kind, label]) => html`<optgroup label=${label}>${options(HARDWARE.filter((h) => h.kind === kind).map((h): Choice => [h.id, h.name ?? h.id]), selected)}</optgroup>`,
  )}
  ${withCustom ? options([["custom", "Custom device…"]], selected) : nothing}`;

const precisionChoices: Choice[] = PRECISIONS.map((p) => [p, p]);

/** Custom device fields: spec key (tflops16/8 set both formats of that width), label, optional. */
const DEVICE: [string, string, boolean][] = [
  ["memoryGB", "Memory, GB", false],
  ["bandwidthGBps", "Bandwidth, GB/s", false],
  ["fp16", "TFLOPS, fp16/bf16", false],
  ["fp8", "TFLOPS, fp8/int8", true],
  ["hourlyUSD", "Rental, $/hour", true],
  ["powerW", "Power, W", true],
];
const PAIRS: Record<string, string> = { fp16: "bf16", fp8: "int8" };

/** Assumptions a person is most likely to change, with the unit in the label. */
const ASSUMED: [string, string][] = [
  ["computeEfficiency", "Compute efficiency (MFU, 0–1)"],
  ["bandwidthEfficiency", "Bandwidth efficiency (MBU, 0–1)"],
  ["usableMemoryFraction", "KV-cache share of free memory (0–1)"],
  ["runtimeOverheadGB", "Runtime overhead, GB"],
  ["networkRoundTripMs", "Network round trip, ms"],
  ["electricityUSDPerKWh", "Electricity, $/kWh"],
  ["lifetimeYears", "Hardware lifetime, years"],
  ["dutyCycle", "Duty cycle (0–1)"],
];

/** Read pasted text as a config.json, or as an architecture object when it has camelCase fields. */
export function readPaste(text: string): { model: CustomModel | null; error: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { model: null, error: text.trim() ? `This is not valid JSON: ${(e as Error).message}` : "" };
  }
  if (typeof value !== "object" || !value || Array.isArray(value)) {
    return { model: null, error: 'A config.json is a JSON object: { "hidden_size": …, "num_hidden_layers": …, … }' };
  }
  return { model: ("hfConfig" in value || "hiddenSize" in value ? value : { hfConfig: value }) as CustomModel, error: "" };
}

/** A copy of `obj` with `key` set, or removed when `v` is undefined (an emptied optional field). */
const withKey = (obj: object, key: string, v: unknown) => {
  const next: Record<string, unknown> = { ...obj, [key]: v };
  if (v === undefined) delete next[key];
  return next;
};

export function renderInputs(el: LlmInferenceCalc, result: EstimateResult | null) {
  const set = (f: string) => (v: unknown) => el.set(f, v);
  const err = (path: string) => el.errorFor(path);
  const api = MODELS.find((m) => m.id === el.model)?.kind === "api";
  const custom = el.model === "custom";
  const spec = el.customHardware;
  const cm = el.customModel;
  const modelError = err("model");
  const num = (id: string, label: string, key: string, value: number | undefined, extra = {}) =>
    field(id, label, numberInput(id, value, set(key), { error: err(key), ...extra }), err(key));

  return html`<section part="inputs" class="panel" aria-labelledby="inputs-h">
    <h2 id="inputs-h">Inputs</h2>
    <div class="fields">
      ${field("model", "Model", select("model", modelChoices(el.model, true), set("model"), false, custom ? "" : modelError), custom ? "" : modelError, true)}
      ${custom
        ? html`<div class="field full" part="field">
            <label part="label" for="config">Hugging Face config.json</label>
            <small id="config-hint">Paste the model's config.json (or an architecture object); unknown keys are ignored.</small>
            <textarea
              id="config"
              part="textarea"
              spellcheck="false"
              aria-invalid=${modelError ? "true" : "false"}
              aria-describedby="config-hint ${modelError ? "config-err" : ""}"
              .value=${el._paste.text ?? (cm ? JSON.stringify("hfConfig" in cm ? cm.hfConfig : cm, null, 2) : "")}
              @input=${(e: Event) => {
                const text = (e.target as HTMLTextAreaElement).value;
                const { model, error } = readPaste(text);
                // Invalid text shows its error (and no stale result); valid text becomes the custom model.
                el._paste = { text, error };
                if (model) el.set("customModel", model);
              }}
            ></textarea>
            ${modelError
              ? html`<p class="error" id="config-err">${modelError}</p>`
              : result
                ? html`<small>Read as ${result.model.name}: ${result.model.architecture?.numLayers} layers, hidden size ${result.model.architecture?.hiddenSize}.</small>`
                : nothing}
          </div>`
        : nothing}
      ${api ? html`<p class="muted full">Served through the provider's API: hardware, devices, precision and batch do not apply.</p>` : nothing}
      ${field("hardware", "Hardware", select("hardware", hardwareChoices(el.hardware, true), set("hardware"), api), "", true)}
      ${el.hardware === "custom" && spec
        ? html`<fieldset class="full fields">
            <legend>Custom device</legend>
            ${DEVICE.map(([key, label, optional]) => {
              const id = `hw-${key}`;
              const pair = PAIRS[key];
              const error = err(`hardware.${pair ? "tflops" : key}`);
              const value = pair ? spec.tflops[key as "fp16"] : (spec[key as "memoryGB"] as number | undefined);
              const onValue = (v: number | undefined) =>
                el.set("customHardware", pair ? { ...spec, tflops: withKey(withKey(spec.tflops, key, v), pair, v) } : withKey(spec, key, v));
              return field(id, label, numberInput(id, value, onValue, { step: "any", min: 0, error, placeholder: optional ? "unknown" : undefined }), error);
            })}
          </fieldset>`
        : err("hardware") ? html`<p class="error full">${err("hardware")}</p>` : nothing}
      ${num("devices", "Devices", "deviceCount", el.deviceCount, { max: 1024, disabled: api })}
      <div class="field" part="field">
        <label part="label" for="batch">Batch size</label>
        ${numberInput("batch", el.batchSize === "max" ? result?.throughput.batchSize : el.batchSize, set("batchSize"), {
          disabled: el.batchSize === "max" || api,
          error: err("batchSize"),
        })}
        <label class="check"><input type="checkbox" ?disabled=${api} .checked=${el.batchSize === "max"} @change=${(e: Event) => el.set("batchSize", (e.target as HTMLInputElement).checked ? "max" : (result?.throughput.batchSize ?? 1))} />Max that fits</label>
        ${err("batchSize") ? html`<p class="error" id="batch-err">${err("batchSize")}</p>` : nothing}
      </div>
      ${field("precision", "Weights precision", select("precision", options(precisionChoices, el.precision), set("precision"), api, err("precision")), err("precision"))}
      ${field("kv", "KV cache precision", select("kv", options([["", "as weights"], ...precisionChoices], el.kvPrecision), set("kvPrecision"), api))}
      ${num("input-tokens", "Input tokens", "inputTokens", el.inputTokens)}
      ${num("output-tokens", "Output tokens", "outputTokens", el.outputTokens)}
      ${field("deployment", "Deployment", select("deployment", options(DEPLOYMENTS.map((d, i) => [d, DEPLOYMENT_LABELS[i]!]), el.deployment), set("deployment")), "", true)}
      ${el.deployment === "hybrid" ? renderHybrid(el) : nothing}
    </div>
    ${renderAssumptions(el, result)}
  </section>`;
}

function renderHybrid(el: LlmInferenceCalc) {
  const alt = el._alt;
  const setAlt = (key: string) => (v: unknown) => el.set("_alt", { ...alt, [key]: v });
  const error = el.errorFor("hybrid");
  return html`<fieldset class="full fields">
    <legend>Second configuration</legend>
    ${field("alt-model", "Model", select("alt-model", modelChoices(alt.model, false), setAlt("model")), "", true)}
    ${field("alt-hw", "Hardware", select("alt-hw", hardwareChoices(alt.hardware, false), setAlt("hardware")), "", true)}
    ${field("alt-devices", "Devices", numberInput("alt-devices", alt.deviceCount, setAlt("deviceCount"), { max: 1024 }))}
    ${field("alt-deploy", "Deployment", select("alt-deploy", options(DEPLOYMENTS.slice(0, 3).map((d, i) => [d, DEPLOYMENT_LABELS[i]!]), alt.deployment), setAlt("deployment")))}
    ${field("share", `Traffic to it: ${Math.round(el._share * 100)}%`, html`<input id="share" part="input" type="range" min="0" max="100" step="5" .value=${String(Math.round(el._share * 100))}
        @input=${(e: Event) => el.set("_share", (e.target as HTMLInputElement).valueAsNumber / 100)} />`, error, true)}
  </fieldset>`;
}

function renderAssumptions(el: LlmInferenceCalc, result: EstimateResult | null) {
  const a = el._assume as Record<string, unknown>;
  const used = result?.assumptions as Record<string, unknown> | undefined;
  const setA = (key: string) => (v: unknown) => el.set("_assume", withKey(a, key, v === "" ? undefined : v));
  return html`<details part="assumptions">
    <summary>Assumptions</summary>
    <p class="muted">Empty fields use the default shown; change any to see its effect.</p>
    <div class="fields">
      ${field("runtime", "Serving engine", select("runtime", options([["", "Default (optimized)"], ...Object.entries(RUNTIME_PROFILES).map(([k, p]): Choice => [k, p.label])], String(a.runtime ?? "")), setA("runtime")), "", true)}
      ${ASSUMED.map(([key, label]) => {
        const error = el.errorFor(`assumptions.${key}`);
        return field(`a-${key}`, label, numberInput(`a-${key}`, a[key] as number | undefined, setA(key), {
          step: "any",
          min: 0,
          placeholder: used ? String(+Number(used[key]).toPrecision(4)) : "",
          error,
        }), error);
      })}
    </div>
  </details>`;
}
