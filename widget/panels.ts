// What the element may need after its first result, as one chunk it starts loading when it connects: the comparison
// and sweep panels with the sweep's client, the rarer inputs, and the engine's config.json reader (see
// ./hfconfig-reader.js).
import { adoptStyles, html } from "lit";
import type { LlmInferenceCalc } from "./llm-inference-calc.js";
import { styles } from "./styles.js";
import { panelRules } from "./styles-panels.js";
import { renderCompare, type Pinned } from "./view-compare.js";
import { renderSweep } from "./view-sweep.js";

export { runSweep } from "./sweep-client.js";
export { renderAssumptions, renderDevice, renderHybrid, renderPaste } from "./view-inputs-more.js";
export { SWEEP_FIELDS, sweepValues } from "./view-sweep.js";
export { architectureFromHfConfig } from "../shared/hfconfig.js";

/** The element's styles with the tables' and charts'. */
export const adoptPanelStyles = (root: ShadowRoot) => adoptStyles(root, [...styles, panelRules]);

export const renderPanels = (el: LlmInferenceCalc, pinned: Pinned[]) => html`${renderCompare(el, pinned)} ${renderSweep(el)}`;
