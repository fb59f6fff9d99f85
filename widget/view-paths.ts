// A hybrid deployment's traffic split: each path's share and figures. With the panels chunk, which also brings the
// blending that makes such a result.
import { html } from "lit";
import type { EstimateResult } from "./engine.js";
import { describe, ms, pct, usd } from "./format.js";

export const renderPaths = (paths: NonNullable<EstimateResult["paths"]>) =>
  html`<h3>Traffic split</h3>
    <ul>${paths.map(
      ({ label, share, result: p }) =>
        html`<li>${label}, ${pct(share)}: ${describe(p)} (${p.compatibility.verdict}): first token ${ms(p.latency.ttftMs)}, ${ms(p.latency.tpotMs)} per token, ${usd(p.cost.perRequestUSD)} per request</li>`,
    )}</ul>`;
