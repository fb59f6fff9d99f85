// A setup that does not fit (with the panels chunk, which brings the engine's fixes): the fixes as buttons that apply
// every change each lists, and the device's capacity marked on a memory bar scaled to the need.
import { html, nothing, svg } from "lit";
import type { EstimateResult } from "./engine.js";
import { gb, num } from "./format.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";

type Fix = EstimateResult["compatibility"]["fixes"][number];

/** Apply all of a fix's changes in one step, then focus the verdict (the button itself is gone with the problem). */
async function applyFix(el: LlmInferenceCalc, fix: Fix) {
  el.apply(fix.changes);
  await el.updateComplete;
  el.shadowRoot?.querySelector<HTMLElement>("[part~=verdict]")?.focus();
}

/** In place of the figures of a setup that cannot run (they would only mislead). */
export const noFigures = html`<p class="muted">It cannot run as set up, so there is no latency, throughput or cost to show: apply a fix above, or change the inputs.</p>`;

/** The engine's fixes (one change, two at once, another catalog device), or its suggestions in prose when none applies. */
export function renderFixes(el: LlmInferenceCalc, r: EstimateResult) {
  const { fixes, suggestions, verdict } = r.compatibility;
  if (fixes.length === 0) return suggestions.length ? html`<ul>${suggestions.map((x) => html`<li>${x}</li>`)}</ul>` : nothing;
  const blocked = verdict === "incompatible";
  return html`<div class="fixes" role="group" aria-labelledby="fixes-h">
    <p id="fixes-h" class="fixes-h">${blocked ? "Fixes that make it run" : "Suggested fixes"}</p>
    <div class="actions">
      ${fixes.map(
        (f, i) => html`<button part="button fix-button" class=${blocked && i === 0 ? "primary" : ""} @click=${() => applyFix(el, f)}>Apply: ${f.label}</button>`,
      )}
    </div>
  </div>`;
}

/**
 * The capacity line on a bar scaled to a need past it, the part past it faded and hatched (not tinted: a tint would
 * mix with the segments' colours into the legend's), and a note that says what they mark.
 */
export function capacityMark(r: EstimateResult, capX: number) {
  const m = r.memory;
  let hatch = "";
  for (let x = capX; x < 100; x += 1.5) hatch += `M${x.toFixed(2)} 10l1 -10`;
  return {
    line: svg`<rect class="over" x=${capX} width=${100 - capX} height="10"></rect><path class="hatch" d=${hatch}></path>
      <line class="capacity" x1=${capX} x2=${capX} y1="0" y2="10"></line>`,
    label: html`<p class="capacity-note"><b>Needs ${gb(m.perDeviceGB)} per device: ${num(m.utilization)} × the ${gb(m.capacityPerDeviceGB)} of one ${r.hardware.name}.</b>
      The red line marks that capacity; the hatched part of the bar does not fit.</p>`,
  };
}
