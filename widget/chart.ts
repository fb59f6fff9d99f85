// Line charts in plain SVG: log-scaled x (batch size or context length), linear y, the memory limit marked.
import { html, svg, nothing, type TemplateResult } from "lit";
import { short, tokens } from "./format.js";

export type ChartSpec = {
  title: string;
  /** Formats a y value for the summary read to screen readers. */
  unit: (v: number) => string;
  xName: string;
  x: number[];
  y: (number | null)[];
  /** Largest x that still fits in memory; null when every point fits. */
  limitX: number | null;
};

const W = 320;
const H = 180;
const [L, R, T, B] = [40, 10, 10, 30];

function niceStep(max: number): number {
  const raw = max / 4;
  const pow = 10 ** Math.floor(Math.log10(raw));
  const m = raw / pow;
  return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 5 ? 5 : 10) * pow;
}

/** Powers of two across the range, thinned to at most six. */
function xTicks(lo: number, hi: number): number[] {
  const all: number[] = [];
  for (let v = 2 ** Math.ceil(Math.log2(lo)); v <= hi; v *= 2) all.push(v);
  const every = Math.ceil(all.length / 6);
  return all.filter((_, i) => i % every === 0);
}

export function lineChart(c: ChartSpec): TemplateResult {
  const { x, y } = c;
  const defined = y.filter((v): v is number => v !== null);
  if (x.length === 0 || defined.length === 0) return html`<p class="muted">${c.title}: no figure for these inputs.</p>`;
  const lx0 = Math.log(x[0]!);
  const lx1 = Math.log(x[x.length - 1]!);
  const sx = (v: number) => L + (W - L - R) * (lx1 === lx0 ? 0.5 : (Math.log(v) - lx0) / (lx1 - lx0));
  const step = niceStep(Math.max(...defined) || 1);
  const top = Math.ceil((Math.max(...defined) * 1.02) / step) * step || step;
  const sy = (v: number) => T + (H - T - B) * (1 - v / top);
  let d = "";
  let pen = "M";
  y.forEach((v, i) => {
    if (v === null) return void (pen = "M");
    d += `${pen}${sx(x[i]!).toFixed(1)} ${sy(v).toFixed(1)}`;
    pen = "L";
  });
  const yTicks: number[] = [];
  for (let v = 0; v <= top + step / 2; v += step) yTicks.push(v);
  const limit = c.limitX !== null && c.limitX < x[x.length - 1]! ? sx(Math.max(c.limitX, x[0]!)) : null;
  const fmtX = c.xName === "batch size" ? short : tokens;
  const label =
    `${c.title} from ${c.unit(defined[0]!)} to ${c.unit(defined[defined.length - 1]!)} as ${c.xName} goes from ` +
    `${fmtX(x[0]!)} to ${fmtX(x[x.length - 1]!)}` +
    (limit === null ? "" : `; beyond ${c.xName} ${fmtX(c.limitX!)} it does not fit in memory`);

  return html`<figure part="chart" class="chart">
    <figcaption>${c.title}</figcaption>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
      ${limit === null
        ? nothing
        : svg`<rect class="oom" x=${limit} y=${T} width=${W - R - limit} height=${H - T - B}></rect>
          <line class="limit" x1=${limit} x2=${limit} y1=${T} y2=${H - B}></line>
          <text class="limit-label" x=${limit - 4} y=${T + 12} text-anchor="end">memory limit</text>`}
      ${yTicks.map(
        (v) => svg`<line class="grid" x1=${L} x2=${W - R} y1=${sy(v)} y2=${sy(v)}></line>
          <text x=${L - 5} y=${sy(v) + 4} text-anchor="end">${short(v)}</text>`,
      )}
      ${xTicks(x[0]!, x[x.length - 1]!).map(
        (v) => svg`<line class="tick" x1=${sx(v)} x2=${sx(v)} y1=${H - B} y2=${H - B + 4}></line>
          <text x=${sx(v)} y=${H - B + 16} text-anchor="middle">${fmtX(v)}</text>`,
      )}
      <text x=${(L + W - R) / 2} y=${H - 2} text-anchor="middle" class="axis">${c.xName}</text>
      <path class="line" d=${d}></path>
    </svg>
  </figure>`;
}
