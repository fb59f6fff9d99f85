// What the element may need after its first result, as one chunk it starts loading when it connects: the comparison,
// sweep and planning panels with the sweep's client, the rarer inputs, fixes and the load, a shared link's checks, and
// the parts of the engine the main bundle defers (./deferred.js), which `install` hands over.
import { adoptStyles, html } from "lit";
import type { EstimateRequestInput } from "./engine.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import { styles } from "./styles.js";
import { panelRules } from "./styles-panels.js";
import { installDeferred } from "./deferred.js";
import { DEFERRED_PARTS } from "./deferred-parts.js";
import { renderCompare, type Pinned } from "./view-compare.js";
import { renderPlan } from "./view-plan.js";
import { renderSweep } from "./view-sweep.js";

export { renderAssumptions, renderDevice, renderHybrid, renderPaste } from "./view-inputs-more.js";
export { renderPaths } from "./view-paths.js";
export { renderFixes, capacityMark, noFigures } from "./view-fixes.js";
export { renderLoad } from "./view-load.js";
export { applyLink, copyLink, renderLinkField, renderNotes } from "./link.js";
export { runSweep, stopSweep, sweepAgain } from "./sweep-runner.js";
export { loadPlanner } from "./view-plan.js";

/** Hands the engine's own functions to the main bundle's stand-ins. */
export const install = () => installDeferred(DEFERRED_PARTS);

/** The element's styles with the tables' and charts'. */
export const adoptPanelStyles = (root: ShadowRoot) => adoptStyles(root, [...styles, panelRules]);

export const renderPanels = (el: LlmInferenceCalc, pinned: Pinned[], request: EstimateRequestInput | null) =>
  html`${renderCompare(el, pinned)} ${renderSweep(el)} ${renderPlan(el, request)}`;
