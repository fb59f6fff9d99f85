// The results panel: verdict with one-click fixes, memory bar, latency, throughput, cost, hybrid paths, warnings.
import { html, nothing, svg, type TemplateResult } from "lit";
import type { EstimateResult } from "./engine.js";
import { describe, gb, int, ms, num, params, pct, usd } from "./format.js";

type Band = { low: number; high: number } | null | undefined;
type Apply = (field: string, value: unknown) => void;

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

/** `paths` draws a hybrid's traffic split (./view-paths.js, with the panels chunk that blends hybrids). */
export function renderResults(r: EstimateResult | null, error: Error | null, apply: Apply, paths?: (p: NonNullable<EstimateResult["paths"]>) => TemplateResult): TemplateResult {
  if (!r) return html`<p class="error">No estimate: ${error?.message ?? "…"}</p>`;
  const [icon, word] = VERDICT[r.compatibility.verdict];
  const { latency: l, throughput: t, cost: c, errorBand: e } = r;
  return html`
    <div part="verdict" class="verdict v-${r.compatibility.verdict}">
      <p class="badge"><span aria-hidden="true">${icon}</span> ${word}</p>
      <p class="muted">${describe(r)} · ${params(r.model.totalParams)} parameters${r.model.activeParams < r.model.totalParams ? ` (${params(r.model.activeParams)} active)` : ""}</p>
      ${r.compatibility.reasons.length ? html`<ul>${r.compatibility.reasons.map((x) => html`<li>${x}</li>`)}</ul>` : nothing}
      ${r.compatibility.fixes.length
        ? html`<div class="actions" role="group" aria-label="Suggested fixes">
            ${r.compatibility.fixes.map(
              (f) => html`<button part="button fix-button" @click=${() => apply(f.field, f.value)}>Apply: ${f.label}</button>`,
            )}
          </div>`
        : r.compatibility.suggestions.length
          ? html`<ul>${r.compatibility.suggestions.map((x) => html`<li>${x}</li>`)}</ul>`
          : nothing}
    </div>
    ${renderMemory(r)}
    <div class="stats">
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
    </div>
    ${e ? html`<small>Accuracy: estimates like this are typically within ±${pct(e.typicalError)} of measurements. ${e.basis}</small>` : nothing}
    ${r.paths ? paths?.(r.paths) : nothing}
    ${r.warnings.length ? html`<ul class="muted">${r.warnings.map((w) => html`<li>${w}</li>`)}</ul>` : nothing}
  `;
}

function renderMemory(r: EstimateResult) {
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
  return html`<section part="memory">
    <h3>Memory per device</h3>
    <svg part="memory-bar" class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" role="img" aria-label=${label}>
      ${rects}<line class="cap" x1=${cap} x2=${cap} y1="0" y2="10"></line>
    </svg>
    <ul class="legend" aria-hidden="true">
      ${parts.map(([cls, name, v]) => html`<li><i class=${cls}></i>${name} ${gb(v)}</li>`)}
    </ul>
    <small>${gb(m.perDeviceGB)} of ${gb(m.capacityPerDeviceGB)} (${pct(m.utilization)}); the dashed line is the KV-cache reservation limit: ${pct(usable)} of what the weights, runtime and prefill workspace leave free.</small>
  </section>`;
}
