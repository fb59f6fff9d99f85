// The break-even chart in plain SVG: monthly cost against monthly output tokens, both axes logarithmic; a line per
// API model (cost per token), the rented and owned self-hosted lines (one always-on replica per step of capacity),
// and the engine's break-even volumes marked where they cross.
import { html, nothing, svg } from "lit";
import { short } from "../format.js";
import type { BreakEvenResult } from "./engine.js";

const [L, R, T, B] = [52, 14, 10, 38];
const log = Math.log10;
/** Self-hosted steps drawn one by one up to here; beyond, the steps are too fine to see and one segment stands in. */
const MAX_STEPS = 60;

export type Hosted = { kind: "rent" | "own"; name: string; monthlyUSD: number; capacity: number };
type ApiLine = BreakEvenResult["api"][number];

export const hostedLines = (r: BreakEvenResult): Hosted[] =>
  (
    [
      ["rent", "Rented", r.selfHosted.rent],
      ["own", "Owned", r.selfHosted.own],
    ] as const
  ).flatMap(([kind, name, h]) => (h ? [{ kind, name, monthlyUSD: h.monthlyUSDPerReplica, capacity: h.capacityOutputTokensPerMonth }] : []));

/** Cost of a month at `tokens`: a whole replica for each capacity's worth (at least one). */
export const hostedCost = (h: Hosted, tokens: number): number => h.monthlyUSD * Math.max(1, Math.ceil(tokens / h.capacity - 1e-9));
const apiCost = (a: ApiLine, tokens: number): number => (a.usdPerMillionOutputTokens * tokens) / 1e6;

/** Decades around the volumes that matter (crossings and capacity), at most eight of them. */
function xRange(r: BreakEvenResult, hosted: Hosted[]): [number, number] {
  const marks = r.api.flatMap((a) => [a.rentBreakEvenOutputTokensPerMonth, a.ownBreakEvenOutputTokensPerMonth]).filter((v): v is number => v !== null);
  marks.push(...hosted.map((h) => h.capacity));
  if (marks.length === 0) marks.push(1e6, 1e9);
  const lo = Math.floor(log(Math.min(...marks))) - 1;
  const hi = Math.max(lo + 2, Math.min(lo + 8, Math.ceil(log(Math.max(...marks)) + 0.5)));
  return [10 ** lo, 10 ** hi];
}

/** The series' CSS class: s0..s7 in the API models' order. */
export const seriesClass = (i: number): string => `api s${i % 8}`;

/**
 * `width` is the space the chart has, in CSS pixels: the drawing is made at that size (300 to 760 px), so its text
 * stays legible on a phone rather than shrinking with the picture.
 */
export function breakEvenChart(r: BreakEvenResult, label: string, width: number) {
  const W = Math.min(760, Math.max(300, width || 560));
  const H = W < 480 ? 250 : 300;
  const hosted = hostedLines(r);
  const [x0, x1] = xRange(r, hosted);
  const costs = [...r.api.flatMap((a) => [apiCost(a, x0), apiCost(a, x1)]), ...hosted.flatMap((h) => [hostedCost(h, x0), hostedCost(h, x1)])].filter((v) => v > 0);
  if (costs.length === 0) return nothing;
  // From two decades under the cheapest replica's month (API lines run off the bottom, clipped), to the top cost.
  const floor = hosted.length ? Math.min(...hosted.map((h) => h.monthlyUSD)) / 100 : 0;
  const y0 = 10 ** Math.floor(log(Math.max(floor, Math.min(...costs))));
  const y1 = 10 ** Math.max(log(y0) + 1, Math.ceil(log(Math.max(...costs))));
  const sx = (x: number) => L + ((W - L - R) * (log(x) - log(x0))) / (log(x1) - log(x0));
  const sy = (y: number) => T + (H - T - B) * (1 - (log(y) - log(y0)) / (log(y1) - log(y0)));
  const pt = (x: number, y: number) => `${sx(x).toFixed(1)} ${sy(y).toFixed(1)}`;

  const steps = (h: Hosted) => {
    let k = Math.max(1, Math.ceil(x0 / h.capacity - 1e-9));
    let d = `M${pt(x0, k * h.monthlyUSD)}`;
    for (let n = 0; k * h.capacity < x1 && n < MAX_STEPS; k++, n++) d += `L${pt(k * h.capacity, k * h.monthlyUSD)}L${pt(k * h.capacity, (k + 1) * h.monthlyUSD)}`;
    return `${d}L${pt(x1, hostedCost(h, x1))}`;
  };
  const decades = (a: number, b: number) => Array.from({ length: Math.round(log(b) - log(a)) + 1 }, (_, i) => a * 10 ** i);
  const xTicks = decades(x0, x1);
  const yTicks = decades(y0, y1);
  // Tick labels at least ~48 px apart.
  const every = (n: number, span: number) => Math.ceil(n / Math.max(2, Math.floor(span / 48)));
  const capacity = hosted[0]?.capacity;

  return html`<figure part="chart" class="chart be">
    <figcaption>Monthly cost against monthly output tokens (both axes logarithmic)</figcaption>
    <svg viewBox="0 0 ${W} ${H}" role="img" aria-label=${label}>
      ${yTicks.map(
        (v, i) => svg`<line class="grid" x1=${L} x2=${W - R} y1=${sy(v)} y2=${sy(v)}></line>
          ${i % every(yTicks.length, H - T - B) ? nothing : svg`<text x=${L - 5} y=${sy(v) + 4} text-anchor="end">$${short(v)}</text>`}`,
      )}
      ${xTicks.map(
        (v, i) => svg`<line class="grid" x1=${sx(v)} x2=${sx(v)} y1=${T} y2=${H - B}></line>
          ${i % every(xTicks.length, W - L - R) ? nothing : svg`<text x=${sx(v)} y=${H - B + 15} text-anchor="middle">${short(v)}</text>`}`,
      )}
      <text class="axis" x=${(L + W - R) / 2} y=${H - 4} text-anchor="middle">output tokens per month</text>
      <text class="axis" x=${-(T + H - B) / 2} y="12" transform="rotate(-90)" text-anchor="middle">USD per month</text>
      ${capacity && capacity > x0 && capacity < x1
        ? svg`<line class="capacity" x1=${sx(capacity)} x2=${sx(capacity)} y1=${T} y2=${H - B}></line>
          <text class="capacity-label" x=${sx(capacity) - 4} y=${T + 12} text-anchor="end">one replica's capacity</text>`
        : nothing}
      <clipPath id="plot"><rect x=${L} y=${T} width=${W - L - R} height=${H - T - B}></rect></clipPath>
      <g clip-path="url(#plot)">
        ${r.api.map((a, i) => svg`<path class=${seriesClass(i)} d="M${pt(x0, apiCost(a, x0))}L${pt(x1, apiCost(a, x1))}"></path>`)}
      </g>
      ${hosted.map((h) => svg`<path class=${h.kind} d=${steps(h)}></path>`)}
      ${hosted.flatMap((h) =>
        r.api.map((a) => {
          const x = h.kind === "rent" ? a.rentBreakEvenOutputTokensPerMonth : a.ownBreakEvenOutputTokensPerMonth;
          return x === null || x < x0 || x > x1
            ? nothing
            : svg`<circle class="cross" cx=${sx(x)} cy=${sy(h.monthlyUSD)} r="4"><title>${h.name} beats ${a.name} above ${short(x)} output tokens a month</title></circle>`;
        }),
      )}
    </svg>
  </figure>`;
}
