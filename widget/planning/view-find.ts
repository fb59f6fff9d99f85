// Find a setup: a workload, latency targets and constraints in; the cheapest setups that meet them out, one click
// from the calculator.
import { html, nothing } from "lit";
import { field, numberInput, options, select } from "../controls.js";
import { int, ms, usd } from "../format.js";
import { HARDWARE, MODELS, QUALITY, qualityOf, type EstimateRequestInput, type RecommendRequestInput, type RecommendResult } from "./engine.js";
import type { LlmInferenceCalcPlanning } from "./element.js";

type Deployment = "cloud" | "local" | "edge";

export type FindForm = {
  inputTokens: number;
  outputTokens: number;
  requestsPerSecond: number;
  ttftMs?: number;
  tpotMs?: number;
  e2eMs?: number;
  deployment: Deployment;
  maxDevices: number;
  budgetUSDPerMonth?: number;
  /** Catalog ids to consider; empty = all. */
  models: string[];
  hardware: string[];
  /** Quality floor: a catalog model the options must score at least as high as ("" = none), and/or a score. */
  atLeastAsGoodAs: string;
  minQuality?: number;
};

/** Options shown: the cheapest ten. */
export const FIND_LIMIT = 10;

/** A starting point: the calculator's token counts, one request a second, interactive targets. */
export function defaultForm(r: EstimateRequestInput | null): FindForm {
  const d = r?.deployment;
  return {
    inputTokens: r?.inputTokens ?? 1000,
    outputTokens: r?.outputTokens ?? 500,
    requestsPerSecond: 1,
    ttftMs: 1000,
    tpotMs: 50,
    deployment: d === "local" || d === "edge" ? d : "cloud",
    maxDevices: 8,
    models: [],
    hardware: [],
    atLeastAsGoodAs: "",
  };
}

export function findRequest(f: FindForm): RecommendRequestInput {
  return {
    workload: { inputTokens: f.inputTokens, outputTokens: f.outputTokens, requestsPerSecond: f.requestsPerSecond },
    slo: { ttftMs: f.ttftMs, tpotMs: f.tpotMs, e2eMs: f.e2eMs },
    constraints: {
      deployment: f.deployment,
      maxDevices: f.maxDevices,
      budgetUSDPerMonth: f.budgetUSDPerMonth,
      models: f.models.length ? f.models : undefined,
      hardware: f.hardware.length ? f.hardware : undefined,
      atLeastAsGoodAs: f.atLeastAsGoodAs || undefined,
      minQuality: f.minQuality,
    },
    limit: FIND_LIMIT,
  };
}

const DEPLOYMENTS: [Deployment, string][] = [
  ["cloud", "Cloud: rent, or an API"],
  ["local", "Local: buy the hardware"],
  ["edge", "Edge: buy the device"],
];
const REASONS: [keyof RecommendResult["rejected"], string][] = [
  ["quality", "are below the quality floor or have no score"],
  ["memory", "do not fit in memory"],
  ["ttft", "miss the first-token target"],
  ["tpot", "miss the per-token target"],
  ["e2e", "miss the end-to-end target"],
  ["budget", "are over budget"],
  ["unavailable", "cannot run as asked (context window, price, heads across devices)"],
];

/** A tick box per catalog entry; none ticked means all. */
function picker(el: LlmInferenceCalcPlanning, key: "models" | "hardware", legend: string, entries: readonly { id: string; name?: string }[]) {
  const chosen = el._form![key];
  const toggle = (id: string, on: boolean) => el.setForm({ [key]: on ? [...chosen, id] : chosen.filter((x) => x !== id) });
  return html`<fieldset>
    <legend>${legend} (${chosen.length ? `${chosen.length} chosen` : "all"})</legend>
    <div class="checks">
      ${entries.map(
        (e) => html`<label class="check"><input type="checkbox" .checked=${chosen.includes(e.id)} @change=${(ev: Event) => toggle(e.id, (ev.target as HTMLInputElement).checked)} />${e.name ?? e.id}</label>`,
      )}
    </div>
  </fieldset>`;
}

export function renderFind(el: LlmInferenceCalcPlanning) {
  const f = el._form!;
  const set = (key: keyof FindForm) => (v: unknown) => el.setForm({ [key]: v });
  const err = (path: string) => el.findErrorFor(path);
  const num = (id: string, label: string, key: keyof FindForm, path: string, extra = {}) =>
    field(id, label, numberInput(id, f[key] as number | undefined, set(key), { error: err(path), ...extra }), err(path));
  const optional = { step: "any", min: 0, placeholder: "none" } as const;
  const running = el._found.status === "running";
  return html`<section aria-labelledby="find-h">
    <h3 id="find-h">Find a setup</h3>
    <p class="muted">
      Every model, device, device count and precision allowed is tried at the largest batch that still meets the targets, with as many
      replicas as the load needs; the cheapest setups come first.
    </p>
    <form
      @submit=${(e: Event) => {
        e.preventDefault();
        void el.find();
      }}
    >
      <fieldset class="fields">
        <legend>Workload</legend>
        ${num("f-in", "Input tokens", "inputTokens", "workload.inputTokens")}
        ${num("f-out", "Output tokens", "outputTokens", "workload.outputTokens")}
        ${num("f-rps", "Requests per second", "requestsPerSecond", "workload.requestsPerSecond", { step: "any", min: 0 })}
      </fieldset>
      <fieldset class="fields">
        <legend>Latency targets (empty: none)</legend>
        ${num("f-ttft", "First token, ms", "ttftMs", "slo.ttftMs", optional)}
        ${num("f-tpot", "Per output token, ms", "tpotMs", "slo.tpotMs", optional)}
        ${num("f-e2e", "End to end, ms", "e2eMs", "slo.e2eMs", optional)}
      </fieldset>
      <fieldset class="fields">
        <legend>Constraints</legend>
        <div class="field span2" part="field">
          <label part="label" for="f-deploy">Deployment</label>${select("f-deploy", options(DEPLOYMENTS, f.deployment), set("deployment"))}
        </div>
        ${field("f-devices", "Devices per replica, at most", select("f-devices", options([1, 2, 4, 8, 16, 32, 64].map((n) => [String(n), String(n)]), String(f.maxDevices)), (v) => el.setForm({ maxDevices: Number(v) })))}
        ${num("f-budget", "Budget, $ a month", "budgetUSDPerMonth", "constraints.budgetUSDPerMonth", optional)}
      </fieldset>
      ${renderQualityFloor(el)}
      <details class="filters">
        <summary>Models and hardware to consider</summary>
        ${picker(el, "models", "Models", MODELS)} ${picker(el, "hardware", "Hardware", HARDWARE)}
      </details>
      <div class="actions">
        <button part="button" class="primary" type="submit" ?disabled=${running}>${running ? "Searching…" : "Find setups"}</button>
      </div>
    </form>
    ${renderFound(el)}
  </section>`;
}

/** The scored models, best first, as "Claude Sonnet 4.5 (1,450)": the choices of "at least as good as". */
const SCORED: [string, string][] = MODELS.flatMap((m) => {
  const q = qualityOf(m.id);
  return q === null ? [] : [[m.id, `${m.name} (${int(q)})`, q] as const];
})
  .sort((a, b) => b[2] - a[2])
  .map(([id, label]) => [id, label]);

/** The quality floor: at least as good as a catalog model, and/or a minimum score on the leaderboard's scale. */
function renderQualityFloor(el: LlmInferenceCalcPlanning) {
  const f = el._form!;
  const err = (path: string) => el.findErrorFor(path);
  return html`<fieldset class="fields">
    <legend>Quality (empty: any)</legend>
    <p class="muted span2" id="f-quality-note">
      Scores are the <a href=${QUALITY.url} target="_blank" rel="noopener">LMArena text leaderboard</a> of ${QUALITY.date} (higher is better;
      under about 10 points apart is a tie). With a floor, models the leaderboard does not list are left out.
    </p>
    <div class="field span2" part="field">
      <label part="label" for="f-as-good">At least as good as</label>${select(
        "f-as-good",
        options([["", "Any model (no floor)"], ...SCORED], f.atLeastAsGoodAs),
        (v) => el.setForm({ atLeastAsGoodAs: v }),
        false,
        err("constraints.atLeastAsGoodAs"),
      )}${err("constraints.atLeastAsGoodAs") ? html`<p class="error" id="f-as-good-err">${err("constraints.atLeastAsGoodAs")}</p>` : nothing}
    </div>
    ${field(
      "f-min-quality",
      "Minimum quality score",
      numberInput("f-min-quality", f.minQuality, (v) => el.setForm({ minQuality: v }), { step: "any", min: 0, placeholder: "none", error: err("constraints.minQuality") }),
      err("constraints.minQuality"),
    )}
  </fieldset>`;
}

/** "2 × NVIDIA L4 · fp8 · batch 24", or the provider's API. */
function where(o: RecommendResult["options"][number]): string {
  const r = o.result;
  if (r.cost.basis === "api") return "through the provider's API";
  const p = r.inputs.precision;
  return `${r.inputs.deviceCount} × ${r.hardware.name} · ${p.weights}${p.kvCache === p.weights ? "" : `/${p.kvCache} KV`} · batch ${r.throughput.batchSize}`;
}

function renderFound(el: LlmInferenceCalcPlanning) {
  const o = el._found;
  if (o.status === "error") return html`<p class="error">No search: ${o.error}</p>`;
  const s = o.served;
  if (!s) return nothing;
  const r = s.value;
  const turnedDown = REASONS.filter(([k]) => r.rejected[k]).map(([k, why]) => `${int(r.rejected[k])} ${why}`);
  return html`<div aria-busy=${o.status === "running" ? "true" : "false"}>
    <p>
      ${int(r.candidates)} setups searched; ${int(r.feasible)} meet every requirement${r.feasible > r.options.length ? `, the cheapest ${r.options.length} below` : ""}.
      ${r.qualityFloor === null ? "" : `Quality floor: ${int(r.qualityFloor)}.`}
      ${turnedDown.length ? `Turned down at the first requirement they miss: ${turnedDown.join(", ")}.` : ""}
      <span class="muted">(${s.note[0]!.toUpperCase() + s.note.slice(1)}.)</span>
    </p>
    ${r.options.length === 0
      ? html`<p><b>No setup meets every requirement.</b> Relax a latency target, allow more devices or another deployment, raise the budget, or lower the quality floor.</p>`
      : html`<div class="scroll" tabindex="0" role="region" aria-label="Setups found, cheapest first">
          <table part="table" class="cards">
            <thead>
              <tr>
                <th scope="col">Setup</th><th scope="col">Quality</th><th scope="col">Replicas</th><th scope="col">$ a month</th><th scope="col">$ per M output tokens</th>
                <th scope="col">First token</th><th scope="col">Per output token</th><th scope="col">End to end</th>
              </tr>
            </thead>
            <tbody>
              ${r.options.map(
                (opt, i) => html`<tr>
                  <th scope="row">
                    <b>${i + 1}. ${opt.result.model.name}</b> ${where(opt)}
                    <span>${el.loadButton(opt.request, `option ${i + 1}`, `${opt.result.model.name}, ${where(opt)}`)}</span>
                  </th>
                  <td data-label="Quality">${opt.quality === null ? html`<span class="muted">not rated</span>` : int(opt.quality)}</td>
                  <td data-label="Replicas">${opt.result.cost.basis === "api" ? "—" : int(opt.replicas)}</td>
                  <td data-label="$ a month">${usd(opt.monthlyUSD)}</td>
                  <td data-label="$ per M output tokens">${usd(opt.usdPerMillionOutputTokens)}</td>
                  <td data-label="First token">${ms(opt.result.latency.ttftMs)}</td>
                  <td data-label="Per output token">${ms(opt.result.latency.tpotMs)}</td>
                  <td data-label="End to end">${ms(opt.result.latency.e2eMs)}</td>
                </tr>`,
              )}
            </tbody>
          </table>
        </div>`}
  </div>`;
}
