// The sweep panel: throughput and latency against batch size or context length, with the memory limit marked; and
// how the element runs the sweep it shows.
import { html, nothing } from "lit";
import type { EstimateResult, SweepColumns, SweepResultField } from "./engine.js";
import { MODELS } from "./engine-panels.js";
import { lineChart } from "./chart.js";
import { field, options, select } from "./controls.js";
import { download, toCsv, type Cell } from "./download.js";
import { CSV_COLUMNS } from "./figures.js";
import { ms, num } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import { ownModel } from "./own-model.js";
import type { SweepField } from "./state.js";
import { runSweep, type SweepOutcome } from "./sweep-client.js";

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

const BATCH = "throughput.batchSize";
const MAX_BATCH = "throughput.maxBatchSize";
/** What the sweep asks for: exactly what its charts, memory limit and CSV show (the compact form, one column each). */
export const SWEEP_FIELDS: SweepResultField[] = [...CSV_COLUMNS.map(([, path]) => path), BATCH, MAX_BATCH];

const column = (o: SweepColumns, path: SweepResultField) => (o.columns[path] ?? []) as (number | null)[];

/**
 * The largest x that fits (the batch's KV cache fits in the engine's reservation, maxBatchSize), or null when every
 * point fits. Both figures are integers, rounded like every column to 4 significant digits: exact below 10,000, and a
 * batch larger than that is beyond every runtime's default cap (2,048).
 */
function limitOf(x: number[], o: SweepColumns): number | null {
  const batch = column(o, BATCH);
  const max = column(o, MAX_BATCH);
  const fits = x.map((_, i) => batch[i]! <= (max[i] ?? Infinity));
  if (fits.every(Boolean)) return null;
  return fits.reduce((last, ok, i) => (ok ? x[i]! : last), 0);
}

/** Run the panel's sweep around `result` (the element's estimate), its state shown as it goes; null when aborted. */
export async function sweepFor(el: LlmInferenceCalc, result: EstimateResult | null, signal: AbortSignal, say: (text: string) => void): Promise<SweepOutcome | null> {
  const s = el._sweep;
  if (!result) {
    el._sweep = { ...s, status: "error", message: "Fix the inputs first: there is no estimate to sweep." };
    return null;
  }
  const values = sweepValues(s.field, s.points, result);
  el._sweep = { ...s, status: "running", done: 0, total: values.length, message: "" };
  try {
    const outcome = await runSweep(
      // A Hub model goes as the config.json the page read (./own-model.js), to the API too: the same model as the
      // estimate shown (the same commit, from the same Hub), so both paths give the same columns.
      { base: ownModel(el, el.request()), vary: { [s.field]: values }, fields: SWEEP_FIELDS },
      { apiBase: el.apiBase, threshold: el.sweepThreshold, signal, onProgress: (done) => (el._sweep = { ...el._sweep, done }) },
    );
    el._sweep = { ...el._sweep, status: "done", outcome, message: outcome.note };
    say(`Sweep ready: ${outcome.note}.`);
    return outcome;
  } catch (e) {
    if (!signal.aborted) el._sweep = { ...el._sweep, status: "error", message: (e as Error).message };
    return null;
  }
}

function exportSweep(el: LlmInferenceCalc, kind: "csv" | "json") {
  const o = el.sweepOutcome!;
  if (kind === "json") return download("llm-calc-sweep.json", JSON.stringify({ served: o.via, ...o.result }, null, 2), "application/json");
  const r = o.result;
  const columns = CSV_COLUMNS.map(([, path]) => r.columns[path] ?? []);
  // The grid's points, last axis fastest, each row led by its value on every axis (the widget varies one).
  const rows = Array.from({ length: r.count }, (_, i) => [...axisValues(r, i), ...columns.map((c) => c[i])]);
  download("llm-calc-sweep.csv", toCsv([...r.axes.map((a) => a.field), ...CSV_COLUMNS.map(([n]) => n)], rows), "text/csv");
}

/** Point i's value on each axis (the last turns fastest). */
function axisValues(r: SweepColumns, i: number): Cell[] {
  const out: Cell[] = [];
  for (let a = r.axes.length - 1; a >= 0; a--) {
    const values = r.axes[a]!.values;
    out.unshift(values[i % values.length] as Cell);
    i = Math.floor(i / values.length);
  }
  return out;
}

export function renderSweep(el: LlmInferenceCalc) {
  const s = el._sweep;
  const o = s.outcome?.result;
  const x = o ? (o.axes[0]?.values as number[]) : [];
  const limitX = o ? limitOf(x, o) : null;
  const xName = X_NAMES[s.field];
  const running = s.status === "running";
  const charts = o && s.status === "done" && x.length > 0;
  const y = (path: SweepResultField) => (o ? column(o, path) : []);
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
            ${lineChart({ title: "Throughput, output tokens/s", unit: (v) => num(v, " tokens/s"), xName, x, y: y("throughput.outputTokensPerSec"), limitX })}
            ${lineChart({ title: "Time to first token, ms", unit: ms, xName, x, y: y("latency.ttftMs"), limitX })}
            ${lineChart({ title: "Time per output token, ms", unit: ms, xName, x, y: y("latency.tpotMs"), limitX })}
          </div>
          <div class="actions">
            <button part="button" @click=${() => exportSweep(el, "csv")}>Download CSV</button>
            <button part="button" @click=${() => exportSweep(el, "json")}>Download JSON</button>
          </div>`
      : nothing}
  </section>`;
}
