// The planning views' own styles, on top of the calculator's rules; colours come from the inherited --llm-calc-*
// properties (the series colours can be set with --llm-calc-series-1 to -8).
import { css } from "lit";

export const planStyles = css`
  :host { display: block; margin-top: var(--llm-calc-gap); }
  h4 { font-size: 0.95em; margin: 0 0 4px; }
  fieldset { margin-bottom: 8px; }
  fieldset.fields { align-items: end; }
  .span2 { grid-column: span 2; }
  .filters fieldset { margin-top: 8px; }
  .checks { display: grid; gap: 0 12px; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); }
  .checks .check { font-weight: 400; font-size: 0.9em; }
  .status:empty { display: none; }
  .label { font-weight: 600; margin-top: 8px; }
  .scenario { border-top: 1px solid var(--llm-calc-border); margin-top: var(--llm-calc-gap); padding-top: var(--llm-calc-gap); }
  .rec { border-left: 5px solid var(--llm-calc-ok); background: var(--llm-calc-bg); padding: 6px 12px; margin: 8px 0 0; }
  .tag { display: table; font-size: 0.8em; font-weight: 600; color: var(--llm-calc-ok); border: 1px solid currentColor; border-radius: 4px; padding: 0 4px; }
  tr.chosen th b { color: var(--llm-calc-ok); }
  .ok { color: var(--llm-calc-ok); font-weight: 600; }
  .bad { color: var(--llm-calc-bad); font-weight: 600; }
  caption { text-align: left; font-weight: 600; padding: 4px 0; }
  figure.be { max-width: 760px; }
  figure.be svg { overflow: hidden; }
  .be text.axis { font-size: 12px; }
  .api { fill: none; stroke: var(--c); stroke-width: 2; }
  .rent, .own { fill: none; stroke: var(--llm-calc-fg); stroke-width: 3; }
  .own { stroke-dasharray: 7 4; }
  .cross { fill: var(--llm-calc-bg); stroke: var(--llm-calc-fg); stroke-width: 2; }
  .capacity { stroke: var(--llm-calc-muted); stroke-dasharray: 2 3; }
  svg .capacity-label { font-size: 10px; }
  .s0 { --c: var(--llm-calc-series-1, #e69f00); }
  .s1 { --c: var(--llm-calc-series-2, #3a9ad9); }
  .s2 { --c: var(--llm-calc-series-3, #009e73); }
  .s3 { --c: var(--llm-calc-series-4, #cc79a7); }
  .s4 { --c: var(--llm-calc-series-5, #d55e00); }
  .s5 { --c: var(--llm-calc-series-6, #8a63d2); }
  .s6 { --c: var(--llm-calc-series-7, #9a8a00); }
  .s7 { --c: var(--llm-calc-series-8, #1b9aaa); }
  svg.key { display: inline-block; width: 28px; height: 10px; margin-right: 6px; vertical-align: middle; overflow: visible; }
  .be-legend { margin: 6px 0; }
  .facts { list-style: none; padding: 0; margin: 8px 0; }
  th button span { display: inline; margin: 0; }
  .tag { margin: 2px 0; }
  td.ok, td.bad { font-weight: 600; }
  @media (forced-colors: active) {
    .api { stroke: GrayText; }
    .rent, .own, .cross { stroke: CanvasText; }
    .tag, .ok, .bad { color: CanvasText; }
  }
`;
