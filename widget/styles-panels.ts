// The styles of what comes with the panels chunk, adopted when it loads: tables and charts (the comparison, the sweep,
// the planning views) and the rarer inputs' fieldsets, config.json area, slider and assumptions disclosure.
import { css } from "lit";

export const panelRules = css`
  input[type="range"] { padding: 0; }
  textarea { font-family: ui-monospace, monospace; font-size: 0.85em; min-height: 8em; resize: vertical; }
  fieldset { border: 1px solid var(--llm-calc-border); border-radius: 6px; margin: 0; padding: 8px; min-width: 0; }
  details { margin-top: 10px; }
  summary { cursor: pointer; padding: 4px 0; }
  /* The scroll box contains what is positioned inside it (the cells' screen-reader labels), so nothing widens the page. */
  .scroll { overflow-x: auto; position: relative; }
  table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 0.9em; }
  th, td { padding: 6px 8px; border-bottom: 1px solid var(--llm-calc-border); text-align: right; white-space: nowrap; }
  th:first-child, td:first-child { text-align: left; white-space: normal; min-width: 14em; }
  tbody th { font-weight: 400; }
  tbody th b, tbody th span { display: block; }
  tbody th span { margin-top: 4px; }
  td button { padding: 2px 8px; font-size: 0.9em; }
  /* Narrow: each compared configuration becomes a card of label / value lines. */
  @container llm-calc (max-width: 620px) {
    .cards thead { display: none; }
    .cards tr, .cards td { display: flex; justify-content: space-between; gap: 8px; white-space: normal; }
    .cards th { display: block; }
    .cards tr { flex-direction: column; border: 1px solid var(--llm-calc-border); border-radius: 6px; margin-bottom: 8px; }
    .cards th, .cards td { border: 0; padding: 3px 8px; min-width: 0; }
    .cards td::before { content: attr(data-label); color: var(--llm-calc-muted); font-weight: 400; }
  }
  .best { font-weight: 700; color: var(--llm-calc-ok); }
  tr.blocked { background: color-mix(in srgb, var(--llm-calc-bad) 7%, transparent); }
  tr.blocked > :first-child { box-shadow: inset 4px 0 var(--llm-calc-bad); }
  td.v-incompatible { color: var(--llm-calc-bad); font-weight: 700; }
  td.v-marginal { color: var(--llm-calc-warn); font-weight: 700; }
  /* Fixes, and the memory bar past capacity. */
  .fixes { margin-top: 8px; }
  .fixes-h { font-weight: 700; margin: 0; }
  .over { fill: var(--llm-calc-bg); opacity: 0.6; }
  .hatch { fill: none; stroke: var(--llm-calc-bad); stroke-width: 1.5; vector-effect: non-scaling-stroke; }
  .capacity { stroke: var(--llm-calc-bad); stroke-width: 3; vector-effect: non-scaling-stroke; }
  .capacity-note { margin: 4px 0 0; font-size: 0.9em; }
  .capacity-note b { display: block; color: var(--llm-calc-bad); }
  .notes { color: var(--llm-calc-warn); margin: 0 0 8px; }
  .load { grid-column: 1 / -1; border-top: 1px solid var(--llm-calc-border); padding: 8px 0 6px; display: grid; gap: 8px var(--llm-calc-gap); grid-template-columns: repeat(auto-fill, minmax(180px, 1fr)); align-items: start; }
  .load .fields { grid-template-columns: 1fr 1fr; margin-bottom: 4px; }
  .load h4 { font-size: 0.9em; margin: 0 0 2px; }
  .load dl + dl { margin-top: 6px; }
  .charts { display: grid; gap: var(--llm-calc-gap); grid-template-columns: repeat(auto-fit, minmax(240px, 1fr)); }
  figure { margin: 0; max-width: 480px; }
  figcaption { font-weight: 600; font-size: 0.9em; }
  svg { display: block; width: 100%; height: auto; overflow: visible; }
  svg text { fill: var(--llm-calc-muted); font-size: 11px; }
  .grid { stroke: var(--llm-calc-border); stroke-width: 0.5; }
  .tick { stroke: var(--llm-calc-muted); }
  .line { fill: none; stroke: var(--llm-calc-accent); stroke-width: 2; }
  .oom { fill: var(--llm-calc-bad); opacity: 0.12; }
  .limit { stroke: var(--llm-calc-bad); stroke-dasharray: 4 3; stroke-width: 1.5; }
  svg .limit-label { fill: var(--llm-calc-bad); font-weight: 600; }
  progress { width: 100%; }
  @media (forced-colors: active) {
    .line { stroke: Highlight; }
    .limit { stroke: CanvasText; }
    .oom { fill: GrayText; }
    svg text, svg .limit-label { fill: CanvasText; }
    .best { color: Highlight; }
    .over { fill: Canvas; }
    .hatch { stroke: CanvasText; }
    .capacity { stroke: CanvasText; }
    tr.blocked > :first-child { box-shadow: inset 4px 0 CanvasText; }
  }
`;
