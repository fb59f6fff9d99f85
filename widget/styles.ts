// The element's styles: every colour and size is a --llm-calc-* custom property with its default on :host.
// The planning views (their own element inside this one) reuse the rules and inherit the properties. Tables and
// charts, which the first result does not show, are in ./styles-panels.js.
import { css } from "lit";

/** The custom properties' defaults and the host box: the calculator's element only. */
export const tokens = css`
  :host {
    --llm-calc-font: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
    --llm-calc-font-size: 14px;
    --llm-calc-radius: 8px;
    --llm-calc-gap: 12px;
    --llm-calc-bg: #fff;
    --llm-calc-surface: #f5f7fa;
    --llm-calc-fg: #1b1f24;
    --llm-calc-muted: #555e69;
    --llm-calc-border: #c9d1d9;
    --llm-calc-accent: #0b5cad;
    --llm-calc-accent-fg: #fff;
    --llm-calc-focus: #0b5cad;
    --llm-calc-ok: #1a7f37;
    --llm-calc-warn: #9a6700;
    --llm-calc-bad: #c9252d;
    --llm-calc-weights: #2f6fdf;
    --llm-calc-kv: #e07b24;
    --llm-calc-activations: #8a63d2;
    --llm-calc-overhead: #8c959f;
    display: block;
    container: llm-calc / inline-size;
    color-scheme: light dark;
    accent-color: var(--llm-calc-accent);
    font: var(--llm-calc-font-size) / 1.45 var(--llm-calc-font);
    color: var(--llm-calc-fg);
    background: var(--llm-calc-bg);
    border: 1px solid var(--llm-calc-border);
    border-radius: var(--llm-calc-radius);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --llm-calc-bg: #0f141a;
      --llm-calc-surface: #18202a;
      --llm-calc-fg: #e6edf3;
      --llm-calc-muted: #9ba5b0;
      --llm-calc-border: #3a444f;
      --llm-calc-accent: #5a9ef5;
      --llm-calc-accent-fg: #0b1016;
      --llm-calc-focus: #7cb4ff;
      --llm-calc-ok: #3fb950;
      --llm-calc-warn: #d6a22b;
      --llm-calc-bad: #f56a62;
      --llm-calc-weights: #5a9ef5;
      --llm-calc-kv: #f0a050;
      --llm-calc-activations: #b192f0;
      --llm-calc-overhead: #7d8896;
    }
  }
`;

/** The layout, controls and results, shared with the planning views. */
export const rules = css`
  :host([hidden]) { display: none; }
  * { box-sizing: border-box; }
  .base { display: grid; gap: var(--llm-calc-gap); padding: var(--llm-calc-gap); }
  @container llm-calc (max-width: 400px) {
    .base, .panel { padding: 8px; }
  }
  @container llm-calc (min-width: 760px) {
    .base { grid-template-columns: minmax(300px, 360px) minmax(0, 1fr); }
    .wide { grid-column: 1 / -1; }
  }
  section { min-width: 0; }
  h2 { font-size: 1.05em; margin: 0 0 8px; }
  h3 { font-size: 0.95em; margin: 0 0 4px; }
  p { margin: 4px 0; }
  .muted, small { color: var(--llm-calc-muted); }
  small { display: block; font-size: 0.85em; }
  .panel { background: var(--llm-calc-surface); border-radius: var(--llm-calc-radius); padding: var(--llm-calc-gap); }
  .fields { display: grid; gap: 8px; grid-template-columns: repeat(auto-fill, minmax(118px, 1fr)); align-items: start; }
  .field { display: grid; gap: 2px; min-width: 0; }
  .full { grid-column: 1 / -1; }
  .end { align-self: end; }
  label, legend, summary { font-weight: 600; font-size: 0.9em; }
  input, select, textarea, button {
    font: inherit; color: inherit; min-width: 0; width: 100%;
    background: var(--llm-calc-bg); border: 1px solid var(--llm-calc-border); border-radius: 6px; padding: 5px 8px;
  }
  input[type="checkbox"] { width: auto; margin: 0 6px 0 0; }
  [aria-invalid="true"] { border-color: var(--llm-calc-bad); }
  .check { display: flex; align-items: center; font-weight: 400; }
  button { width: auto; cursor: pointer; font-weight: 600; }
  button.primary { background: var(--llm-calc-accent); color: var(--llm-calc-accent-fg); border-color: var(--llm-calc-accent); }
  button:disabled, input:disabled, select:disabled { opacity: 0.6; cursor: not-allowed; }
  :focus-visible { outline: 2px solid var(--llm-calc-focus); outline-offset: 2px; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin: 8px 0 0; }
  .error { color: var(--llm-calc-bad); font-weight: 600; margin: 2px 0; }
  .verdict { border-left: 5px solid var(--v); padding: 8px 12px; margin-bottom: var(--llm-calc-gap); }
  .v-compatible { --v: var(--llm-calc-ok); }
  .v-marginal { --v: var(--llm-calc-warn); }
  .v-incompatible { --v: var(--llm-calc-bad); }
  .badge { font-weight: 700; font-size: 1.05em; }
  .badge span { color: var(--v); }
  ul { margin: 4px 0; padding-left: 1.2em; }
  svg.bar { display: block; width: 100%; height: 22px; border-radius: 4px; background: var(--llm-calc-bg); border: 1px solid var(--llm-calc-border); }
  .cap { stroke: var(--llm-calc-fg); stroke-width: 2; stroke-dasharray: 4 3; vector-effect: non-scaling-stroke; }
  .w { --c: var(--llm-calc-weights); }
  .k { --c: var(--llm-calc-kv); }
  .a { --c: var(--llm-calc-activations); }
  .o { --c: var(--llm-calc-overhead); }
  rect { fill: var(--c); }
  .legend i { background: var(--c); }
  .legend { display: flex; flex-wrap: wrap; gap: 4px 14px; list-style: none; padding: 0; font-size: 0.9em; }
  .legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 5px; }
  .stats { display: grid; gap: var(--llm-calc-gap); grid-template-columns: repeat(auto-fit, minmax(180px, 1fr)); margin-top: var(--llm-calc-gap); }
  dl { margin: 0; display: grid; gap: 2px 8px; grid-template-columns: 1fr auto; }
  dt { color: var(--llm-calc-muted); }
  dd { margin: 0; font-weight: 600; text-align: right; font-variant-numeric: tabular-nums; }
  dd small { font-weight: 400; }
  .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  @media (forced-colors: active) {
    :host { border-color: CanvasText; }
    .verdict { border-left-color: CanvasText; }
    .bar, .legend i { forced-color-adjust: none; }
    svg.bar { background: Canvas; border-color: CanvasText; }
    rect { stroke: Canvas; stroke-width: 2px; vector-effect: non-scaling-stroke; }
    .w { --c: Highlight; }
    .k { --c: LinkText; }
    .a { --c: CanvasText; }
    .o { --c: GrayText; }
    .cap { stroke: CanvasText; }
    :focus-visible { outline-color: Highlight; }
  }
`;

export const styles = [tokens, rules];
