// The inputs beyond the common ones, with the panels chunk: a pasted config.json, a custom device, a hybrid's second
// configuration and the assumptions. The first result needs none of their controls (only their values, which the
// element holds).
import { html, nothing } from "lit";
import { RUNTIME_PROFILES, type EstimateResult, type HardwareSpecInput } from "./engine.js";
import { deploymentChoices, field, hardwareChoices, isApi, modelChoices, numberInput, options, select, weightChoices, type Choice } from "./controls.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { CustomModel } from "./state.js";

/**
 * Custom device fields: spec key (fp16/fp8 set both formats of that width, fp4 its own TFLOPS), label, optional. A
 * custom device has every figure it is costed, timed or linked with here, so none is hidden.
 */
const DEVICE: [string, string, boolean][] = [
  ["memoryGB", "Memory, GB", false],
  ["bandwidthGBps", "Bandwidth, GB/s", false],
  ["fp16", "TFLOPS, fp16/bf16", false],
  ["fp8", "TFLOPS, fp8/int8", true],
  ["fp4", "TFLOPS, fp4", true],
  ["interconnectGBps", "Interconnect, GB/s", true],
  ["hourlyUSD", "Rental, $/hour", true],
  ["purchaseUSD", "Purchase price, $", true],
  ["powerW", "Power, W", true],
];
const PAIRS: Record<string, string> = { fp16: "bf16", fp8: "int8", fp4: "fp4" };

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

/** The config.json area of a custom model, with what the engine read from it. */
export function renderPaste(el: LlmInferenceCalc, result: EstimateResult | null) {
  const cm = el.customModel;
  const modelError = el.errorFor("model");
  return html`<div class="field full" part="field">
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
  </div>`;
}

/** The fields of a custom device. */
export function renderDevice(el: LlmInferenceCalc, spec: HardwareSpecInput) {
  return html`<fieldset class="full fields" aria-describedby="hw-note">
    <legend>Custom device</legend>
    <p class="muted full" id="hw-note">
      Memory, bandwidth and TFLOPS start as the device selected before; nothing else is carried over. Empty fields are
      unknown: no price means no cost, no link speed means devices talk over PCIe (64 GB/s).
    </p>
    ${field("hw-name", "Name", html`<input id="hw-name" part="input" maxlength="200" .value=${spec.name ?? ""}
        @input=${(e: Event) => el.set("customHardware", { ...spec, name: (e.target as HTMLInputElement).value })} />`, "", true)}
    ${DEVICE.map(([key, label, optional]) => {
      const id = `hw-${key}`;
      const pair = PAIRS[key];
      const error = el.errorFor(`hardware.${pair ? "tflops" : key}`);
      const value = pair ? spec.tflops[key as "fp16"] : (spec[key as "memoryGB"] as number | undefined);
      const onValue = (v: number | undefined) =>
        el.set("customHardware", pair ? { ...spec, tflops: withKey(withKey(spec.tflops, key, v), pair, v) } : withKey(spec, key, v));
      return field(id, label, numberInput(id, value, onValue, { step: "any", min: 0, error, placeholder: optional ? "unknown" : undefined }), error);
    })}
  </fieldset>`;
}

export function renderHybrid(el: LlmInferenceCalc) {
  const alt = el._alt;
  const setAlt = (key: string) => (v: unknown) => el.set("_alt", { ...alt, [key]: v === "" ? undefined : v });
  const error = el.errorFor("hybrid");
  const api = isApi(alt.model);
  const paths = deploymentChoices(3);
  return html`${field("primary", "First configuration is paid as", select("primary", options(paths, el._primary), (v) => el.set("_primary", v)), "", true)}
  <fieldset class="full fields">
    <legend>Second configuration</legend>
    ${field("alt-model", "Model", select("alt-model", modelChoices(alt.model, false), setAlt("model")), "", true)}
    ${field("alt-hw", "Hardware", select("alt-hw", hardwareChoices(alt.hardware, false), setAlt("hardware"), api), "", true)}
    ${field("alt-devices", "Devices", numberInput("alt-devices", alt.deviceCount, setAlt("deviceCount"), { max: 1024, disabled: api }))}
    ${field("alt-deploy", "Deployment", select("alt-deploy", options(paths, alt.deployment), setAlt("deployment")))}
    ${field("alt-precision", "Weights format", select("alt-precision", options([["", "as the first"], ...weightChoices], api ? "" : (alt.precision ?? "")), setAlt("precision"), api))}
    ${field("alt-batch", "Batch size", numberInput("alt-batch", api ? 1 : alt.batchSize === "max" ? undefined : alt.batchSize, setAlt("batchSize"), {
      placeholder: "as the first",
      disabled: api,
    }))}
    ${field("share", `Traffic to it: ${Math.round(el._share * 100)}%`, html`<input id="share" part="input" type="range" min="0" max="100" step="5" .value=${String(Math.round(el._share * 100))}
        @input=${(e: Event) => el.set("_share", (e.target as HTMLInputElement).valueAsNumber / 100)} />`, error, true)}
  </fieldset>`;
}

export function renderAssumptions(el: LlmInferenceCalc, result: EstimateResult | null) {
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
