// The comparison panel: pinned configurations side by side, the best in each column marked, CSV/JSON export.
import { html } from "lit";
import { bestOf, type EstimateRequestInput, type EstimateResult } from "./engine.js";
import { download, toCsv, type Cell } from "./download.js";
import { ms, num, usd } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import { describe } from "./view-results.js";

export type Pinned = { request: EstimateRequestInput; result: EstimateResult | null; error: string };

type Column = [name: string, value: (r: EstimateResult) => number | null, format: (v: number | null) => string, lowerIsBetter: boolean];

/** The figures compared side by side, also the columns of both CSV downloads. */
export const COLUMNS: Column[] = [
  ["First token", (r) => r.latency.ttftMs, ms, true],
  ["Per output token", (r) => r.latency.tpotMs, ms, true],
  ["End to end", (r) => r.latency.e2eMs, ms, true],
  ["Tokens/s", (r) => r.throughput.outputTokensPerSec, (v) => num(v), false],
  ["$ per request", (r) => r.cost.perRequestUSD, usd, true],
  ["$ per M output tokens", (r) => r.cost.perMillionOutputTokensUSD, usd, true],
  ["$ per hour", (r) => r.cost.perHourUSD, usd, true],
];

/** CSV: a first column, the verdict, per-device memory, then every figure in its raw unit (ms, tokens/s, USD). */
export function csvOf(first: string, rows: [Cell, EstimateResult | null][]): string {
  const header = [first, "verdict", "memory per device GB", ...COLUMNS.map(([n]) => n.replace("$", "USD"))];
  return toCsv(header, rows.map(([c, r]) => [c, r?.compatibility.verdict, r?.memory.perDeviceGB, ...COLUMNS.map(([, v]) => (r ? v(r) : null))]));
}

const details = (r: EstimateResult) =>
  `${describe(r).split(" · ").slice(1).join(" · ")} · batch ${r.throughput.batchSize} · ${r.inputs.inputTokens}→${r.inputs.outputTokens} tokens · ${r.inputs.deployment}`;
const label = (p: Pinned) => (p.result ? `${p.result.model.name} · ${details(p.result)}` : `invalid: ${p.error}`);

/** Per column, the row index of the best value among rows that fit (null when none has one). */
export function bestPerColumn(rows: Pinned[]): (number | null)[] {
  return COLUMNS.map(([, value, , lower]) => {
    let best: number | null = null;
    rows.forEach((p, i) => {
      const v = p.result && p.result.compatibility.verdict !== "incompatible" ? value(p.result) : null;
      const b = best === null ? null : value(rows[best]!.result!);
      if (v !== null && (b === null || (lower ? v < b : v > b))) best = i;
    });
    return best;
  });
}

function exportCsv(rows: Pinned[]) {
  download("llm-calc-comparison.csv", csvOf("configuration", rows.map((p) => [label(p), p.result])), "text/csv");
}

/** The shape of the engine's compare(): scenarios, results and the best index per measure. */
function exportJson(rows: Pinned[]) {
  const ok = rows.filter((p) => p.result);
  const json = { scenarios: ok.map((p) => p.request), results: ok.map((p) => p.result), best: bestOf(ok.map((p) => p.result!)) };
  download("llm-calc-comparison.json", JSON.stringify(json, null, 2), "application/json");
}

export function renderCompare(el: LlmInferenceCalc, rows: Pinned[]) {
  const best = bestPerColumn(rows);
  return html`<section part="compare" class="panel wide" aria-labelledby="compare-h">
    <h2 id="compare-h">Compare</h2>
    ${rows.length === 0
      ? html`<p class="muted">Pin the current configuration, change the inputs, and pin again to see them side by side.</p>`
      : html`<div class="scroll" tabindex="0" role="region" aria-label="Comparison table">
            <table part="compare-table" class="cards">
              <thead>
                <tr><th scope="col">Configuration</th><th scope="col">Verdict</th>${COLUMNS.map(([n]) => html`<th scope="col">${n}</th>`)}</tr>
              </thead>
              <tbody>
                ${rows.map(
                  (p, i) => html`<tr>
                    <th scope="row">
                      <b>${p.result?.model.name ?? "Invalid"}</b> ${p.result ? details(p.result) : p.error}
                      <span>
                        <button part="button" @click=${() => el.load(p.request)} aria-label="Load configuration ${i + 1}">Load</button>
                        <button part="button" @click=${() => el.unpin(i)} aria-label="Remove configuration ${i + 1}">Remove</button>
                      </span>
                    </th>
                    <td data-label="Verdict">${p.result?.compatibility.verdict ?? "—"}</td>
                    ${COLUMNS.map(([name, value, format], c) =>
                      best[c] === i
                        ? html`<td part="best" class="best" data-label=${name}><span>${format(value(p.result!))} <span aria-hidden="true">★</span><span class="sr-only">(best)</span></span></td>`
                        : html`<td data-label=${name}>${p.result ? format(value(p.result)) : "—"}</td>`,
                    )}
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>
          <p class="muted">★ marks the best value in each column among configurations that fit.</p>
          <div class="actions">
            <button part="button" @click=${() => exportCsv(rows)}>Download CSV</button>
            <button part="button" @click=${() => exportJson(rows)}>Download JSON</button>
          </div>`}
  </section>`;
}
