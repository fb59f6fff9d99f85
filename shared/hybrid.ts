// Hybrid deployment: a share of traffic on an alternative configuration; the top level is the traffic-weighted blend.
import type { Compatibility, ErrorBand, SingleResult, EstimateResult } from "./schema/result.js";

const VERDICT_RANK = { compatible: 0, marginal: 1, incompatible: 2 } as const;

function blend(a: number | null, b: number | null, share: number): number | null {
  if (a === null || b === null) return null;
  return a * (1 - share) + b * share;
}

export function blendHybrid(primary: SingleResult, alternative: SingleResult, share: number): EstimateResult {
  const mix = (pick: (r: SingleResult) => number | null) => blend(pick(primary), pick(alternative), share);
  const dominant = share > 0.5 ? alternative : primary;
  const both = [
    ["primary", primary, 1 - share],
    ["alternative", alternative, share],
  ] as const;

  const compatibility: Compatibility = {
    verdict: VERDICT_RANK[primary.compatibility.verdict] >= VERDICT_RANK[alternative.compatibility.verdict]
      ? primary.compatibility.verdict
      : alternative.compatibility.verdict,
    reasons: both.flatMap(([label, r]) => r.compatibility.reasons.map((x) => `${label}: ${x}`)),
    suggestions: both.flatMap(([label, r]) => r.compatibility.suggestions.map((x) => `${label}: ${x}`)),
    fixes: primary.compatibility.fixes,
  };
  const breakdown: Record<string, number> = {};
  for (const [label, r, weight] of both) {
    for (const [name, usd] of Object.entries(r.cost.breakdown)) breakdown[`${label}.${name}`] = usd * weight;
  }
  const perRequestUSD = mix((r) => r.cost.perRequestUSD);
  const outputTokens = primary.inputs.outputTokens * (1 - share) + alternative.inputs.outputTokens * share;

  return {
    ...primary,
    inputs: { ...primary.inputs, deployment: "hybrid" },
    compatibility,
    latency: {
      ttftMs: mix((r) => r.latency.ttftMs),
      tpotMs: mix((r) => r.latency.tpotMs),
      prefillMs: mix((r) => r.latency.prefillMs),
      decodeMs: mix((r) => r.latency.decodeMs),
      e2eMs: mix((r) => r.latency.e2eMs),
      networkMs: primary.latency.networkMs * (1 - share) + alternative.latency.networkMs * share,
      prefillBound: dominant.latency.prefillBound,
      decodeBound: dominant.latency.decodeBound,
    },
    throughput: {
      ...primary.throughput,
      outputTokensPerSec: mix((r) => r.throughput.outputTokensPerSec),
      perRequestTokensPerSec: mix((r) => r.throughput.perRequestTokensPerSec),
      requestsPerSec: mix((r) => r.throughput.requestsPerSec),
    },
    cost: {
      basis: dominant.cost.basis,
      perRequestUSD,
      perMillionOutputTokensUSD: perRequestUSD === null ? null : (perRequestUSD / outputTokens) * 1e6,
      perHourUSD: mix((r) => r.cost.perHourUSD),
      breakdown,
    },
    errorBand: blendBands(primary, alternative, share),
    warnings: both.flatMap(([label, r]) => r.warnings.map((w) => `${label}: ${w}`)),
    paths: [
      { label: "primary", share: 1 - share, result: primary },
      { label: "alternative", share, result: alternative },
    ],
  };
}

type Banded = "ttftMs" | "tpotMs" | "outputTokensPerSec";

/**
 * The likely range of the blended figures: each path's band mixed by traffic share (a path with published figures,
 * an API, counts as exact). Null when neither path has a band; a figure is null where a path lacks it.
 */
function blendBands(primary: SingleResult, alternative: SingleResult, share: number): ErrorBand | null {
  if (primary.errorBand === null && alternative.errorBand === null) return null;
  const value = (r: SingleResult, k: Banded) => (k === "outputTokensPerSec" ? r.throughput.outputTokensPerSec : r.latency[k]);
  const range = (r: SingleResult, k: Banded) => {
    const v = value(r, k);
    return v === null ? null : (r.errorBand?.[k] ?? { low: v, high: v });
  };
  const band = (k: Banded) => {
    const [a, b] = [range(primary, k), range(alternative, k)];
    return a === null || b === null ? null : { low: a.low * (1 - share) + b.low * share, high: a.high * (1 - share) + b.high * share };
  };
  const basis = (r: SingleResult) => r.errorBand?.basis ?? "published figures, taken as exact";
  return {
    ttftMs: band("ttftMs"),
    tpotMs: band("tpotMs"),
    outputTokensPerSec: band("outputTokensPerSec"),
    typicalError: (primary.errorBand?.typicalError ?? 0) * (1 - share) + (alternative.errorBand?.typicalError ?? 0) * share,
    basis: `the two paths' ranges mixed by traffic share. Primary: ${basis(primary)}. Alternative: ${basis(alternative)}`,
  };
}
