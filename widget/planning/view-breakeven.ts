// Break-even: the calculator's self-hosted setup (rented and owned) against every API model, as a chart and a table.
import { html, nothing } from "lit";
import { short, usd } from "../format.js";
import { breakEvenChart, hostedLines, seriesClass } from "./chart-breakeven.js";
import { HARDWARE, MODELS, type BreakEvenRequestInput, type BreakEvenResult, type EstimateRequestInput } from "./engine.js";
import type { LlmInferenceCalcPlanning } from "./element.js";

/** The break-even question for the calculator's request: only an open catalog model on a catalog device has one. */
export function breakEvenRequest(r: EstimateRequestInput | null): BreakEvenRequestInput | null {
  if (!r || typeof r.model !== "string" || typeof r.hardware !== "string") return null;
  if (MODELS.find((m) => m.id === r.model)?.kind !== "open") return null;
  const p = r.precision ?? "fp16";
  return {
    workload: { inputTokens: r.inputTokens, outputTokens: r.outputTokens },
    selfHosted: {
      model: r.model,
      hardware: r.hardware,
      deviceCount: r.deviceCount ?? 1,
      precision: typeof p === "string" ? p : p.weights,
      ...(r.assumptions?.runtime ? { runtime: r.assumptions.runtime } : {}),
    },
  };
}

const tokens = (v: number | null) => (v === null ? "never" : `${short(v)} tokens`);

/** "Llama 3.1 8B on 2 × NVIDIA H100 SXM 80GB (fp8)", from the catalog's names. */
function setupName(q: BreakEvenRequestInput): string {
  const { model, hardware, deviceCount = 1, precision = "fp16" } = q.selfHosted;
  const name = (list: readonly { id: string; name?: string }[], id: string) => list.find((e) => e.id === id)?.name ?? id;
  return `${name(MODELS, model)} on ${deviceCount} × ${name(HARDWARE, hardware)} (${typeof precision === "string" ? precision : "custom"})`;
}

/** What the chart shows, in words, for its accessible name. */
function summary(r: BreakEvenResult, setup: string): string {
  const parts = hostedLines(r).map((h) => {
    const beats = r.api.filter((a) => (h.kind === "rent" ? a.rentBreakEvenOutputTokensPerMonth : a.ownBreakEvenOutputTokensPerMonth) !== null);
    return `${h.name}, ${setup} costs ${usd(h.monthlyUSD)} a month per replica and beats ${beats.length} of ${r.api.length} APIs above some volume`;
  });
  return `Break-even chart. ${parts.join(". ")}. The table below gives every volume.`;
}

export function renderBreakEven(el: LlmInferenceCalcPlanning) {
  const q = breakEvenRequest(el.request);
  const o = el._be;
  const r = o.served?.value;
  const setup = q ? setupName(q) : "";
  return html`<section aria-labelledby="be-h" aria-busy=${o.status === "running" ? "true" : "false"}>
    <h3 id="be-h">Break-even: self-hosting or an API</h3>
    ${!q
      ? html`<p class="muted">Break-even compares a self-hosted setup with the APIs: pick an open-weights model and a catalog device in the calculator above.</p>`
      : html`<p class="muted">
          ${setup}, ${q.workload.inputTokens} tokens in and ${q.workload.outputTokens} out per request, as set in the calculator above (with the
          default assumptions${q.selfHosted.runtime ? " and its serving engine" : ""}). A replica costs the same each month however little it serves;
          an API bills per token, so above some monthly volume the replica is cheaper.
        </p>`}
    ${o.status === "error" ? html`<p class="error">${o.error}</p>` : nothing}
    ${q && r ? renderResult(r, setup, o.served!.note, el._width) : q && o.status === "running" ? html`<p class="muted">Computing…</p>` : nothing}
  </section>`;
}

function renderResult(r: BreakEvenResult, setup: string, note: string, width: number) {
  const hosted = hostedLines(r);
  if (hosted.length === 0) {
    return html`<p>${setup} does not fit in memory, or has no price, so there is nothing to compare: try more devices or a lower precision.</p>`;
  }
  return html`${breakEvenChart(r, summary(r, setup), width)}
    <ul class="legend be-legend" aria-hidden="true">
      ${hosted.map((h) => html`<li><svg class="key" viewBox="0 0 28 10"><path class=${h.kind} d="M0 5H28"></path></svg>${h.name} (${setup})</li>`)}
      ${r.api.map((a, i) => html`<li><svg class="key" viewBox="0 0 28 10"><path class=${seriesClass(i)} d="M0 5H28"></path></svg>${a.name}</li>`)}
      <li><svg class="key" viewBox="0 0 28 10"><circle class="cross" cx="14" cy="5" r="4"></circle></svg>break-even</li>
    </ul>
    <ul class="facts">
      ${hosted.map(
        (h) => html`<li>
          <b>${h.name === "Rented" ? "Rented" : "Owned (energy and depreciation)"}:</b> ${usd(h.monthlyUSD)} a month per replica, up to
          ${short(h.capacity)} output tokens a month (${usd((h.monthlyUSD / h.capacity) * 1e6)} per million when fully used)
        </li>`,
      )}
    </ul>
    <div class="scroll" tabindex="0" role="region" aria-label="Break-even volumes">
      <table part="table" class="cards">
        <caption>Monthly output tokens above which self-hosting costs less than each API</caption>
        <thead><tr><th scope="col">API model</th><th scope="col">$ per M output tokens</th><th scope="col">Renting is cheaper above</th><th scope="col">Owning is cheaper above</th></tr></thead>
        <tbody>
          ${[...r.api]
            .sort((a, b) => b.usdPerMillionOutputTokens - a.usdPerMillionOutputTokens)
            .map(
              (a) => html`<tr>
                <th scope="row">${a.name}</th>
                <td data-label="$ per M output tokens">${usd(a.usdPerMillionOutputTokens)}</td>
                <td data-label="Renting is cheaper above">${r.selfHosted.rent ? tokens(a.rentBreakEvenOutputTokensPerMonth) : "—"}</td>
                <td data-label="Owning is cheaper above">${r.selfHosted.own ? tokens(a.ownBreakEvenOutputTokensPerMonth) : "—"}</td>
              </tr>`,
            )}
        </tbody>
      </table>
    </div>
    <p class="muted">Per month; "never" means the replica costs more per token even when fully used. The API prices include the input tokens; ${note}.</p>`;
}
