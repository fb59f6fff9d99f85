// Hybrid deployment: a share of traffic on an alternative configuration; the top level is the traffic-weighted blend.
import type { Compatibility, SingleResult, EstimateResult } from "./schema/result.js";

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
    warnings: both.flatMap(([label, r]) => r.warnings.map((w) => `${label}: ${w}`)),
    paths: [
      { label: "primary", share: 1 - share, result: primary },
      { label: "alternative", share, result: alternative },
    ],
  };
}
