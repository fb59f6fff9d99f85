// The sweep panel: throughput and latency against batch size or context length, with the memory limit marked.
import { html, nothing } from "lit";
import { MODELS, type EstimateResult, type SweepResult } from "./engine.js";
import { lineChart } from "./chart.js";
import { field, options, select } from "./controls.js";
import { download } from "./download.js";
import { csvOf } from "./view-compare.js";
import { ms, num } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { SweepField } from "./state.js";

const X_NAMES: Record<SweepField, string> = { batchSize: "batch size", inputTokens: "input tokens" };
export const POINTS = [16, 32, 128, 512];

/** Geometric spacing from lo to hi, rounded to distinct integers. */
export function geometric(lo: number, hi: number, n: number): number[] {
  const out = new Set<number>();
  for (let i = 0; i < n; i++) out.add(Math.round(lo * (hi / lo) ** (n > 1 ? i / (n - 1) : 0)));
  return [...out];
}

/** The x values of a sweep: batch up to twice what fits (within the engine's cap), context up to the model's window. */
export function sweepValues(f: SweepField, n: number, r: EstimateResult): number[] {
  if (f === "batchSize") {
    const cap = r.assumptions.maxBatchSize;
    return geometric(1, Math.max(1, Math.min(cap, Math.max(16, 2 * (r.throughput.maxBatchSize ?? 8)))), n);
  }
  const api = MODELS.find((m) => m.id === r.model.id);
  const window = r.model.architecture?.maxContextTokens ?? (api?.kind === "api" ? api.contextWindowTokens : 131_072);
  return geometric(Math.min(64, window), Math.max(64, window - r.inputs.outputTokens), n);
}

/** Fits when the batch's KV cache fits in the engine's reservation (maxBatchSize). */
const fits = (r: EstimateResult) => r.throughput.batchSize <= (r.throughput.maxBatchSize ?? Infinity);

/** The largest x that fits, or null when every point fits. */
function limitOf(x: number[], points: SweepResult["points"]): number | null {
  if (points.every((p) => fits(p.result))) return null;
  let last = 0;
  points.forEach((p, i) => {
    if (fits(p.result)) last = x[i]!;
  });
  return last;
}

function exportSweep(el: LlmInferenceCalc, kind: "csv" | "json") {
  const o = el.sweepOutcome!;
  const f = el._sweep.field;
  if (kind === "json") download("llm-calc-sweep.json", JSON.stringify({ served: o.via, ...o.result }, null, 2), "application/json");
  else download("llm-calc-sweep.csv", csvOf(f, o.result.points.map((p) => [p.inputs[f] as number, p.result])), "text/csv");
}

export function renderSweep(el: LlmInferenceCalc) {
  const s = el._sweep;
  const o = s.outcome;
  const x = o ? o.result.points.map((p) => p.inputs[s.field] as number) : [];
  const ys = o ? o.result.points.map((p) => p.result) : [];
  const limitX = o ? limitOf(x, o.result.points) : null;
  const xName = X_NAMES[s.field];
  const running = s.status === "running";
  const charts = o && s.status === "done" && x.length > 0;
  return html`<section part="sweep" class="panel wide" aria-labelledby="sweep-h">
    <h2 id="sweep-h">Sweep</h2>
    <div class="fields">
      ${field("sweep-x", "Vary", select("sweep-x", options([["batchSize", "Batch size"], ["inputTokens", "Context length"]], s.field), (v) => el.setSweep({ field: v as SweepField })))}
      ${field("sweep-n", "Points", select("sweep-n", options(POINTS.map((p) => [String(p), String(p)]), String(s.points)), (v) => el.setSweep({ points: Number(v) })))}
      <div class="field end"><button part="button" class="primary" ?disabled=${running} @click=${() => el.runSweep()}>Run sweep</button></div>
    </div>
    ${running
      ? html`<p id="sweep-status"><label for="sweep-progress">${el.apiBase && s.total > el.sweepThreshold ? "Asking the API" : "Computing in this browser"}: ${s.done} of ${s.total} points</label>
          <progress id="sweep-progress" part="progress" max=${s.total} value=${s.done}></progress></p>`
      : html`<p id="sweep-status" class=${s.status === "error" ? "error" : "muted"}>${
          s.message || `Up to ${el.sweepThreshold} points are computed in this browser${el.apiBase ? "; larger sweeps go to the API" : ""}.`
        }</p>`}
    ${charts
      ? html`<div class="charts">
            ${lineChart({ title: "Throughput, output tokens/s", unit: (v) => num(v, " tokens/s"), xName, x, y: ys.map((r) => r.throughput.outputTokensPerSec), limitX })}
            ${lineChart({ title: "Time to first token, ms", unit: ms, xName, x, y: ys.map((r) => r.latency.ttftMs), limitX })}
            ${lineChart({ title: "Time per output token, ms", unit: ms, xName, x, y: ys.map((r) => r.latency.tpotMs), limitX })}
          </div>
          <div class="actions">
            <button part="button" @click=${() => exportSweep(el, "csv")}>Download CSV</button>
            <button part="button" @click=${() => exportSweep(el, "json")}>Download JSON</button>
          </div>`
      : nothing}
  </section>`;
}
