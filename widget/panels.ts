// What the element may need after its first result, as one chunk it starts loading when it connects: the comparison,
// sweep and planning panels with the sweep's client, the rarer inputs, fixes and the load, a shared link's checks, the
// models a person supplies (a pasted config.json; a Hub model, which loads the hub chunk), and the parts of the engine
// the main bundle defers (./deferred.js), which `install` hands over.
import { adoptStyles, html, type CSSResult } from "lit";
import type { EstimateRequestInput, EstimateResult } from "./engine.js";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import { styles } from "./styles.js";
import { panelRules } from "./styles-panels.js";
import { installDeferred } from "./deferred.js";
import { DEFERRED_PARTS } from "./deferred-parts.js";
import { renderCompare, type Pinned } from "./view-compare.js";
import { renderFixes } from "./view-fixes.js";
import { renderPlan } from "./view-plan.js";
import { renderPublished } from "./view-published.js";
import { renderSweep } from "./view-sweep.js";

export { renderAssumptions, renderDevice, renderHybrid } from "./view-inputs-more.js";
export { ownModel, renderModel } from "./own-model.js";
export { renderPaths } from "./view-paths.js";
export { capacityMark, noFigures } from "./view-fixes.js";
export { renderLoad } from "./view-load.js";
export { applyLink, copyLink, renderLinkField, renderNotes } from "./link.js";
export { runSweep, stopSweep, sweepAgain } from "./sweep-runner.js";
export { loadPlanner } from "./view-plan.js";

/** Hands the engine's own functions to the main bundle's stand-ins. */
export const install = () => installDeferred(DEFERRED_PARTS);

/** The element's styles with the tables' and charts' (and the hub chunk's, once it is in). */
export const adoptPanelStyles = (root: ShadowRoot, ...more: CSSResult[]) => adoptStyles(root, [...styles, panelRules, ...more]);

/** What the verdict adds after its reasons: what the Hub publishes about a model read from it, and the fixes. */
export const renderVerdictMore = (el: LlmInferenceCalc, r: EstimateResult) => html`${renderPublished(r)}${renderFixes(el, r)}`;

export const renderPanels = (el: LlmInferenceCalc, pinned: Pinned[], request: EstimateRequestInput | null) =>
  html`${renderCompare(el, pinned)} ${renderSweep(el)} ${renderPlan(el, request)}`;
