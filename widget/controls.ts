// Small labelled form controls shared by the input and sweep panels and the planning views, and the catalog's model,
// hardware and deployment choices (the inputs' and the hybrid's second configuration's).
import { html, nothing, type TemplateResult } from "lit";
import { DEPLOYMENTS, FORMATS, HARDWARE, MODELS, PRECISIONS, WEIGHT_FORMATS } from "./engine.js";
import { formatName } from "./format.js";

export type Choice = readonly [value: string, label: string];

export const options = (choices: readonly Choice[], selected: string) =>
  choices.map(([value, label]) => html`<option value=${value} ?selected=${value === selected}>${label}</option>`);

/** A labelled field; `error` shows under the control and is linked to it with aria-describedby. */
export function field(id: string, label: string, control: TemplateResult, error = "", wide = false): TemplateResult {
  return html`<div class="field ${wide ? "full" : ""}" part="field">
    <label part="label" for=${id}>${label}</label>${control}${error ? html`<p class="error" id="${id}-err">${error}</p>` : nothing}
  </div>`;
}

export type NumberOptions = { min?: number; max?: number; step?: number | "any"; disabled?: boolean; placeholder?: string; error?: string };

/** A number input that reports only parseable values (an empty or partial entry is left alone). */
export function numberInput(id: string, value: number | string | undefined, onValue: (v: number | undefined) => void, o: NumberOptions = {}) {
  return html`<input
    id=${id}
    part="input"
    type="number"
    inputmode="decimal"
    min=${o.min ?? 1}
    max=${o.max ?? nothing}
    step=${o.step ?? 1}
    placeholder=${o.placeholder ?? nothing}
    .value=${value === undefined || Number.isNaN(value) ? "" : String(value)}
    ?disabled=${o.disabled}
    aria-invalid=${o.error ? "true" : "false"}
    aria-describedby=${o.error ? `${id}-err` : nothing}
    @input=${(e: Event) => {
      const input = e.target as HTMLInputElement;
      if (input.value === "") return void (o.placeholder !== undefined && onValue(undefined));
      if (!Number.isNaN(input.valueAsNumber)) onValue(input.valueAsNumber);
    }}
  />`;
}

export function select(id: string, choices: TemplateResult | unknown[], onValue: (v: string) => void, disabled = false, error = "") {
  return html`<select
    id=${id}
    part="select"
    ?disabled=${disabled}
    aria-invalid=${error ? "true" : "false"}
    aria-describedby=${error ? `${id}-err` : nothing}
    @change=${(e: Event) => onValue((e.target as HTMLSelectElement).value)}
  >${choices}</select>`;
}

const KINDS: Choice[] = [
  ["datacenter-gpu", "Data-center GPUs"],
  ["workstation-gpu", "Workstation GPUs"],
  ["tpu", "TPUs"],
  ["accelerator", "Other AI accelerators"],
  ["apple", "Apple silicon"],
  ["cpu", "CPUs"],
  ["edge", "Edge devices"],
];

/** Whether a catalog model is reached only through its provider's API (one stream; no devices or formats). */
export const isApi = (model: string): boolean => MODELS.find((m) => m.id === model)?.kind === "api";

/** Weight formats by name, with the bits a weight takes (block scales included): "AWQ · 4.16 bits". */
export const weightChoices: Choice[] = WEIGHT_FORMATS.map((p) => [p, `${formatName(p)} · ${+FORMATS[p].bitsPerWeight.toFixed(2)} bits`]);
export const kvChoices: Choice[] = PRECISIONS.map((p) => [p, formatName(p)]);

/** How each deployment is paid for, in the order of DEPLOYMENTS (the hybrid's second path takes the first three). */
export const deploymentChoices = (count: number = DEPLOYMENTS.length): Choice[] =>
  ["Local (owned hardware)", "Cloud (rented, or an API)", "Edge device", "Hybrid (split traffic)"].slice(0, count).map((label, i) => [DEPLOYMENTS[i]!, label]);

export const modelChoices = (selected: string, withCustom: boolean) => html`
  <optgroup label="Open weights">${options(MODELS.filter((m) => m.kind === "open").map((m) => [m.id, m.name]), selected)}</optgroup>
  <optgroup label="API only">${options(MODELS.filter((m) => m.kind === "api").map((m) => [m.id, m.name]), selected)}</optgroup>
  ${withCustom ? options([["hf", "Hugging Face model…"], ["custom", "Custom: paste a config.json…"]], selected) : nothing}`;

export const hardwareChoices = (selected: string, withCustom: boolean) => html`
  ${KINDS.map(
    ([kind, label]) => html`<optgroup label=${label}>${options(HARDWARE.filter((h) => h.kind === kind).map((h): Choice => [h.id, h.name ?? h.id]), selected)}</optgroup>`,
  )}
  ${withCustom ? options([["custom", "Custom device…"]], selected) : nothing}`;
