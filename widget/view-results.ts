// The results panel: verdict with one-click fixes, memory bar, latency, throughput, cost, load, hybrid paths, warnings;
// for a setup that cannot run, why and its fixes instead of figures.
import { html, nothing, svg, type TemplateResult } from "lit";
import type { EstimateResult } from "./engine.js";
import { describe, gb, int, ms, num, params, pct, usd } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";

type Band = { low: number; high: number } | null | undefined;

const VERDICT = {
  compatible: ["✓", "Compatible"],
  marginal: ["!", "Marginal"],
  incompatible: ["✕", "Incompatible"],
} as const;
const BOUND: Record<string, string> = {
  compute: "compute-bound",
  memory: "memory-bandwidth-bound",
  communication: "communication-bound",
  published: "from published figures",
};
const BASIS: Record<string, string> = {
  api: "the provider's token prices",
  rental: "the device's hourly rental price",
  owned: "energy and depreciation of owned hardware",
};

/** "likely 66.6–82 ms": the unit once when both ends share it. */
function band(b: Band, f: (v: number) => string) {
  if (!b) return nothing;
  const [lo, loUnit] = f(b.low).split(" ");
  const hi = f(b.high);
  return html`<small>likely ${loUnit && hi.endsWith(" " + loUnit) ? lo : f(b.low)}–${hi}</small>`;
}
const row = (label: string, value: string, extra: unknown = nothing) => html`<dt>${label}</dt><dd>${value}${extra}</dd>`;

/**
 * The rarer parts come with the panels chunk: fixes and what the Hub publishes about a model read from it, a hybrid's
 * traffic split, the load, the memory bar's capacity mark past it. (Every result with fixes or past capacity needs that chunk's engine parts: it is in by then.)
 */
export function renderResults(el: LlmInferenceCalc, r: EstimateResult | null, error: Error | null): TemplateResult {
  if (!r) return html`<p class="error">No estimate: ${error?.message ?? "…"}</p>`;
  const more = typeof el._panels === "string" ? undefined : el._panels;
  const v = r.compatibility.verdict;
  const [icon, word] = VERDICT[v];
  const { latency: l, throughput: t, cost: c, errorBand: e } = r;
  return html`
    <div part="verdict" class="verdict v-${v}" tabindex="-1">
      <p class="badge"><span aria-hidden="true">${icon}</span> ${word}</p>
      <p class="muted">${describe(r)} · ${params(r.model.totalParams)} parameters${r.model.activeParams < r.model.totalParams ? ` (${params(r.model.activeParams)} active)` : ""}</p>
      ${r.compatibility.reasons.length ? html`<ul>${r.compatibility.reasons.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
      ${more?.renderVerdictMore(el, r)}
    </div>
    ${renderMemory(r, more?.capacityMark)}
    ${v === "incompatible"
      ? // Figures for a setup that cannot run would only mislead: the panels chunk says why there are none.
        more?.noFigures
      : html`<div class="stats">
            <section part="latency">
              <h3>Latency</h3>
              <dl>
                ${row("First token", ms(l.ttftMs), band(e?.ttftMs, ms))}
                ${row("Per output token", ms(l.tpotMs), band(e?.tpotMs, ms))}
                ${row("End to end", ms(l.e2eMs))}
              </dl>
              <small>Prefill ${ms(l.prefillMs)}, ${BOUND[l.prefillBound]}; decode ${ms(l.decodeMs)}, ${BOUND[l.decodeBound]}${l.networkMs ? `; includes ${ms(l.networkMs)} network` : ""}.</small>
            </section>
            <section part="throughput">
              <h3>Throughput</h3>
              <dl>
                ${row("All sequences", num(t.outputTokensPerSec, " tok/s"), band(e?.outputTokensPerSec, (v) => num(v)))}
                ${row("Per request", num(t.perRequestTokensPerSec, " tok/s"))}
                ${row("Requests", num(t.requestsPerSec, " /s"))}
                ${row("Batch", int(t.batchSize), t.maxBatchSize !== null ? html`<small>${int(t.maxBatchSize)} fit</small>` : nothing)}
              </dl>
            </section>
            <section part="cost">
              <h3>Cost</h3>
              <dl>
                ${row("Per request", usd(c.perRequestUSD))}
                ${row("Per million output tokens", usd(c.perMillionOutputTokensUSD))}
                ${row("Per hour", usd(c.perHourUSD))}
              </dl>
              <small>From ${BASIS[c.basis]}${c.perRequestUSD === null ? "; no price is known for this device" : ""}.</small>
            </section>
            ${more?.renderLoad(el, r)}
          </div>
          ${e ? html`<small>Accuracy: estimates like this are typically within ±${pct(e.typicalError)} of measurements. ${e.basis}</small>` : nothing}
          ${r.paths ? more?.renderPaths(r.paths) : nothing}`}
    ${r.warnings.length ? html`<ul class="muted">${r.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
  `;
}

/**
 * What the panels chunk draws for a need past the device's capacity (at `capX` of the bar's 100): a line on the
 * bar, and what it marks, in place of the reservation limit and its note.
 */
export type CapacityMark = (r: EstimateResult, capX: number) => { line: unknown; label: unknown };

function renderMemory(r: EstimateResult, mark?: CapacityMark) {
  const m = r.memory;
  if (m.capacityPerDeviceGB === 0) return html`<p class="muted" part="memory">Runs on the provider's servers: there is no memory to plan.</p>`;
  const scale = Math.max(m.capacityPerDeviceGB, m.perDeviceGB);
  const usable = r.assumptions.usableMemoryFraction;
  const n = r.inputs.deviceCount;
  // activationsGB and overheadGB count every device; the bar shows one.
  const parts = [
    ["w", "Weights", m.weightsPerDeviceGB],
    ["k", "KV cache", m.kvCachePerDeviceGB],
    ["a", "Activations", m.activationsGB / n],
    ["o", "Runtime", m.overheadGB / n],
  ] as const;
  const label = `${parts.map(([, name, v]) => `${name} ${gb(v)}`).join(", ")}: ${gb(m.perDeviceGB)} of ${gb(m.capacityPerDeviceGB)}`;
  // An SVG bar (attributes, not inline styles: fine under a strict style-src CSP).
  let x = 0;
  const rects = parts.map(([cls, , v]) => {
    const w = (v / scale) * 100;
    x += w;
    return svg`<rect class=${cls} x=${x - w} width=${w} height="10"></rect>`;
  });
  // Like TensorRT-LLM, the engine gives the KV cache a share of what the weights, runtime and prefill workspace leave
  // free; maxBatchSize is the batch whose KV cache fits in that reservation.
  const fixed = parts[0][2] + parts[2][2] + parts[3][2];
  const cap = ((fixed + usable * Math.max(0, m.capacityPerDeviceGB - fixed)) * 100) / scale;
  // Past capacity, the bar is scaled to the need and the capacity marked on it.
  const over = m.perDeviceGB > m.capacityPerDeviceGB ? mark?.(r, (m.capacityPerDeviceGB * 100) / scale) : undefined;
  return html`<section part="memory">
    <h3>Memory per device</h3>
    <svg part="memory-bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${label}>
      ${rects}${over ? over.line : svg`<line class="cap" x1=${cap} x2=${cap} y1="0" y2="10"></line>`}
    </svg>
    <ul class="legend" aria-hidden="true">
      ${parts.map(([cls, name, v]) => html`<li><i class=${cls}></i>${name} ${gb(v)}</li>`)}
    </ul>
    ${over
      ? over.label
      : html`<small>${gb(m.perDeviceGB)} of ${gb(m.capacityPerDeviceGB)} (${pct(m.utilization)}); the dashed line is the KV-cache reservation limit: ${pct(usable)} of what the weights, runtime and prefill workspace leave free.</small>`}
  </section>`;
}
