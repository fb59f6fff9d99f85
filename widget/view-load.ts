// Serving a load (with the panels chunk, which brings the engine's queueing): a request rate and optional replicas in,
// the replicas it needs, their utilization and time to first token with queueing out, beside the single request's.
import { html, nothing } from "lit";
import type { EstimateResult } from "./engine.js";
import { field, numberInput } from "./controls.js";
import { int, ms, num, pct } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { Load } from "./state.js";

type Single = NonNullable<EstimateResult["paths"]>[number]["result"];
const row = (label: string, value: string, extra: unknown = nothing) => html`<dt>${label}</dt><dd>${value}${extra}</dd>`;

/**
 * One configuration's figures at its share of the load, as two lists: serving (replicas, utilization, sequences in
 * flight) and waiting (time to first token with queueing, beside the single request's). Null: the engine's warning
 * (in the notes under the results) says why there are none.
 */
function figures(r: Single) {
  const l = r.load;
  if (!l) return [html`<small>Not modelled for this configuration: see the notes below the results.</small>`];
  const serving = html`<dl>
    ${row("Replicas used", int(l.replicas), html`<small>${num(l.perReplicaRequestsPerSec)} req/s each</small>`)}
    ${row("Utilization", pct(l.utilization))}
    ${l.overloaded ? nothing : row("In flight", num(l.concurrency), html`<small>sequences per replica</small>`)}
  </dl>`;
  if (l.overloaded) {
    return [serving, html`<p class="error">Overloaded: each replica sustains at most ${num(l.capacityRequestsPerSec)} requests/s, so the queue grows without bound.</p>`];
  }
  return [
    serving,
    html`<dl>
      ${row("First token, median", ms(l.ttftP50Ms), html`<small>alone ${ms(r.latency.ttftMs)}</small>`)}
      ${row("First token, p95", ms(l.ttftP95Ms))}
      ${row("Per output token", ms(l.tpotMs), html`<small>alone ${ms(r.latency.tpotMs)}</small>`)}
    </dl>`,
  ];
}

export function renderLoad(el: LlmInferenceCalc, r: EstimateResult) {
  const load = el._load;
  const set = (next: Partial<Load>) => {
    const merged = { ...load, ...next };
    if (merged.replicas === undefined) delete merged.replicas;
    el.set("_load", merged.requestsPerSecond === undefined ? undefined : merged);
  };
  const rpsError = el.errorFor("load.requestsPerSecond");
  const replicasError = el.errorFor("load.replicas");
  // A row of its own under latency, throughput and cost: the inputs, then each configuration's figures in columns.
  return html`<section part="load" class="load">
    <div>
      <h3>Load</h3>
      <div class="fields">
        ${field("rps", "Requests/s", numberInput("rps", load?.requestsPerSecond, (v) => set({ requestsPerSecond: v }), { min: 0, step: "any", placeholder: "none", error: rpsError }), rpsError)}
        ${field("replicas", "Replicas", numberInput("replicas", load?.replicas, (v) => set({ replicas: v }), { placeholder: "auto", disabled: !load, error: replicasError }), replicasError)}
      </div>
      ${load ? nothing : html`<small>Give a request rate (Poisson arrivals) to see the replicas it needs and the time to first token once requests queue.</small>`}
    </div>
    ${!load
      ? nothing
      : r.paths
        ? r.paths.map((p, i) => html`<div><h4>${i ? "Second" : "First"} configuration, ${pct(p.share)} of requests</h4>${figures(p.result)}</div>`)
        : figures(r).map((column) => html`<div>${column}</div>`)}
  </section>`;
}
