// The comparison panel: pinned configurations side by side, the best in each column marked, CSV/JSON export.
import { html } from "lit";
import { bestOf } from "./engine-panels.js";
import type { EstimateRequestInput, EstimateResult } from "./engine.js";
import { download, toCsv, type Cell } from "./download.js";
import { CSV_COLUMNS, FIGURES, valueAt } from "./figures.js";
import { describe } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";

export type Pinned = { request: EstimateRequestInput; result: EstimateResult | null; error: string };

const value = (r: EstimateResult, path: Parameters<typeof valueAt>[1]) => valueAt(r, path) as number | null;

/** CSV: the configuration, the verdict, per-device memory, then every figure in its raw unit (ms, tokens/s, USD). */
function csvOf(rows: [Cell, EstimateResult | null][]): string {
  return toCsv(["configuration", ...CSV_COLUMNS.map(([n]) => n)], rows.map(([c, r]) => [c, ...CSV_COLUMNS.map(([, path]) => (r ? valueAt(r, path) : null))]));
}

// An API model is one stream (its provider batches requests itself), whatever batch the configuration had.
const details = (r: EstimateResult) =>
  `${describe(r).split(" · ").slice(1).join(" · ")} · ${r.hardware.spec ? `batch ${r.throughput.batchSize}` : "one stream"} · ${r.inputs.inputTokens}→${r.inputs.outputTokens} tokens · ${r.inputs.deployment}`;
const VERDICTS = { compatible: "✓ compatible", marginal: "! marginal", incompatible: "✕ does not run" };
const label = (p: Pinned) => (p.result ? `${p.result.model.name} · ${details(p.result)}` : `invalid: ${p.error}`);

/** Per column, the row index of the best value among rows that fit (null when none has one). */
export function bestPerColumn(rows: Pinned[]): (number | null)[] {
  return FIGURES.map(([, path, , lower]) => {
    let best: number | null = null;
    rows.forEach((p, i) => {
      const v = p.result && p.result.compatibility.verdict !== "incompatible" ? value(p.result, path) : null;
      const b = best === null ? null : value(rows[best]!.result!, path);
      if (v !== null && (b === null || (lower ? v < b : v > b))) best = i;
    });
    return best;
  });
}

function exportCsv(rows: Pinned[]) {
  download("llm-calc-comparison.csv", csvOf(rows.map((p) => [label(p), p.result])), "text/csv");
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
                <tr><th scope="col">Configuration</th><th scope="col">Verdict</th>${FIGURES.map(([n]) => html`<th scope="col">${n}</th>`)}</tr>
              </thead>
              <tbody>
                ${rows.map((p, i) => {
                  // A configuration that cannot run has no figures to compare: its row says so instead.
                  const blocked = p.result?.compatibility.verdict === "incompatible";
                  return html`<tr class=${blocked ? "blocked" : ""}>
                    <th scope="row">
                      <b>${p.result?.model.name ?? "Invalid"}</b> ${p.result ? details(p.result) : p.error}
                      <span>
                        <button part="button" @click=${() => el.load(p.request)} aria-label="Load configuration ${i + 1}">Load</button>
                        <button part="button" @click=${() => el.unpin(i)} aria-label="Remove configuration ${i + 1}">Remove</button>
                      </span>
                    </th>
                    <td data-label="Verdict" class=${p.result ? `v-${p.result.compatibility.verdict}` : ""}>${p.result ? VERDICTS[p.result.compatibility.verdict] : "—"}</td>
                    ${FIGURES.map(([name, path, format], c) =>
                      best[c] === i
                        ? html`<td part="best" class="best" data-label=${name}><span>${format(value(p.result!, path))} <span aria-hidden="true">★</span><span class="sr-only">(best)</span></span></td>`
                        : html`<td data-label=${name}>${p.result && !blocked ? format(value(p.result, path)) : "—"}</td>`,
                    )}
                  </tr>`;
                })}
              </tbody>
            </table>
          </div>
          <p class="muted">★ marks the best value in each column among configurations that fit; one that does not run shows no figures.</p>
          <div class="actions">
            <button part="button" @click=${() => exportCsv(rows)}>Download CSV</button>
            <button part="button" @click=${() => exportJson(rows)}>Download JSON</button>
          </div>`}
  </section>`;
}
