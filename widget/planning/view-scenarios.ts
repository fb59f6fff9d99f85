// Scenarios: the three reference scenarios, each with its requirements, the options compared and the recommendation
// with its reasons; one click loads an option into the calculator.
import { html, nothing } from "lit";
import { ms, usd } from "../format.js";
import type { ScenarioResult } from "./engine.js";
import type { LlmInferenceCalcPlanning } from "./element.js";

export function renderScenarios(el: LlmInferenceCalcPlanning) {
  const o = el._scenarios;
  return html`<section aria-labelledby="sc-h" aria-busy=${o.status === "running" ? "true" : "false"}>
    <h3 id="sc-h">Reference scenarios</h3>
    ${o.status === "error" ? html`<p class="error">${o.error}</p>` : nothing}
    ${o.served
      ? html`<p class="muted">
            Three common deployments, each option costed at the scenario's own volume and checked against its requirements; the cheapest that
            meets them all is recommended (${o.served.note}).
          </p>
          ${o.served.value.scenarios.map((s) => scenario(el, s))}`
      : o.status === "running"
        ? html`<p class="muted">Evaluating the scenarios…</p>`
        : nothing}
  </section>`;
}

function scenario(el: LlmInferenceCalcPlanning, s: ScenarioResult) {
  const rec = s.recommendation;
  return html`<article class="scenario" aria-labelledby="sc-${s.id}">
    <h4 id="sc-${s.id}">${s.name}</h4>
    <p>${s.summary}</p>
    <p class="label">Requirements</p>
    <ul>
      ${s.requirements.map((r) => html`<li>${r}</li>`)}
    </ul>
    <p class="muted">Framed around ${s.reference.label} at $${s.reference.perRequestUSD} a request (the figure the scenario starts from).</p>
    <div class="scroll" tabindex="0" role="region" aria-label="Options compared for ${s.name}">
      <table part="table" class="cards">
        <thead>
          <tr>
            <th scope="col">Option</th><th scope="col">Meets the requirements</th><th scope="col">$ a month</th><th scope="col">$ a request</th>
            <th scope="col">First token</th><th scope="col">Per output token</th>
          </tr>
        </thead>
        <tbody>
          ${s.options.map(
            (opt, i) => html`<tr class=${rec?.index === i ? "chosen" : ""}>
              <th scope="row">
                <b>${opt.label}</b>${rec?.index === i ? html`<span class="tag">recommended</span>` : nothing}
                ${opt.notes.length ? html`<small>${opt.notes.join("; ")}</small>` : nothing}
                <span>${el.loadButton(opt.request, `${opt.label} (${s.name})`, opt.label)}</span>
              </th>
              <td data-label="Meets the requirements" class=${opt.eligible ? "ok" : "bad"}><span><span aria-hidden="true">${opt.eligible ? "✓" : "✕"}</span> ${opt.eligible ? "yes" : "no"}</span></td>
              <td data-label="$ a month">${usd(opt.monthlyUSD)}</td>
              <td data-label="$ a request">${usd(opt.perRequestUSD)}</td>
              <td data-label="First token">${ms(opt.result.latency.ttftMs)}</td>
              <td data-label="Per output token">${ms(opt.result.latency.tpotMs)}</td>
            </tr>`,
          )}
        </tbody>
      </table>
    </div>
    ${rec
      ? html`<div class="rec">
          <p><b>Recommendation: ${rec.label}</b></p>
          <ul>
            ${rec.reasons.map((r) => html`<li>${r}</li>`)}
          </ul>
        </div>`
      : html`<p class="rec"><b>No option meets every requirement.</b></p>`}
  </article>`;
}
