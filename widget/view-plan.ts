// The planning panel (with the panels chunk): three toggles; the views themselves live in
// llm-inference-calc-planning.js, a chunk this one loads on first use.
import { html } from "lit";
import type { EstimateRequestInput } from "./engine.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import type { Plan } from "./state.js";

/** Fetch the planning views' chunk (after this one, which installs the parts of the engine they run); again after a failure. */
export function loadPlanner(el: LlmInferenceCalc): void {
  import("./llm-inference-calc-planning.js").then(
    () => (el._planner = "ok"),
    (e: Error) => (el._planner = `The planner could not be loaded: ${e.message}`),
  );
}

export const PLAN_LABELS: Record<Exclude<Plan, "">, string> = { find: "Find a setup", scenarios: "Scenarios", breakeven: "Break-even" };

export function renderPlan(el: LlmInferenceCalc, request: EstimateRequestInput | null) {
  const plan = el.plan;
  return html`<section part="plan" class="panel wide" aria-labelledby="plan-h">
    <h2 id="plan-h">Plan</h2>
    <div class="actions">
      ${Object.entries(PLAN_LABELS).map(([v, label]) => html`<button part="button" class=${plan === v ? "primary" : ""} aria-pressed=${plan === v} @click=${() => el.openPlan(plan === v ? "" : (v as Plan))}>${label}</button>`)}
    </div>
    ${!plan
      ? ""
      : el._planner === "ok"
        ? html`<llm-inference-calc-planning part="planning" .calc=${el} .request=${request} view=${plan}></llm-inference-calc-planning>`
        : html`<p class=${el._planner ? "error" : "muted"}>${el._planner || "Loading the planner…"}</p>`}
  </section>`;
}
