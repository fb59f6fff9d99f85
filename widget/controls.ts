// Small labelled form controls shared by the input and sweep panels.
import { html, nothing, type TemplateResult } from "lit";

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
