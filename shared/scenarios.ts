// The reference scenarios evaluated: each option costed at the scenario's volume, checked against its
// requirements, and the cheapest that meets them all recommended, with reasons drawn from the numbers.
import { REFERENCE_SCENARIOS, type ReferenceScenario } from "./catalog/scenarios.js";
import { estimateRequest, hybridPaths } from "./estimate.js";
import { parseEstimateRequest } from "./parse.js";
import { apiCandidate, SECONDS_PER_MONTH, selfHostedCandidate, sloMiss, type Candidate, type Reason } from "./recommend.js";
import type { ScenarioResult } from "./schema/plan.js";
import type { EstimateRequest } from "./schema/request.js";
import { findModel } from "./catalog/index.js";
import { grouped } from "./grouped.js";

const usd = (x: number) => (x >= 100 ? `$${grouped(x)}` : x >= 0.01 ? `$${x.toFixed(2)}` : `$${x.toPrecision(2)}`);
const count = grouped;

const REASON_TEXT: Record<Reason, string> = {
  quality: "below the quality floor",
  memory: "does not fit in memory",
  ttft: "misses the time-to-first-token target",
  tpot: "misses the time-per-token target",
  e2e: "misses the end-to-end latency target",
  budget: "over budget",
  unavailable: "cannot run as asked (context window, price or weights unavailable)",
};

type Path = { request: EstimateRequest; rps: number };

/** Plan one path at its share of the traffic: an API bill, or rented/owned replicas at their best batch. */
function planPath({ request, rps }: Path, scenario: ReferenceScenario): Candidate | Reason {
  const isApi = typeof request.model === "string" && findModel(request.model)?.kind === "api";
  return isApi ? apiCandidate(request, scenario.slo, rps) : selfHostedCandidate(request, scenario.slo, rps);
}

function pathsOf(r: EstimateRequest, rps: number): Path[] {
  if (r.deployment !== "hybrid") return [{ request: r, rps }];
  const { primary, alternative, share } = hybridPaths(r);
  return [
    { request: primary, rps: rps * (1 - share) },
    { request: alternative, rps: rps * share },
  ];
}

export function evaluateScenario(scenario: ReferenceScenario): ScenarioResult {
  const rps = scenario.workload.requestsPerSecond;
  const options = scenario.options.map((option) => {
    const parsed = parseEstimateRequest(option.request);
    const plans = pathsOf(parsed, rps).map((p) => planPath(p, scenario));
    const notes: string[] = [];
    const failed = plans.find((p): p is Reason => typeof p === "string");
    const planned = plans.filter((p): p is Candidate => typeof p !== "string");
    // The request as it would run: each self-hosted path at the batch its plan chose.
    const request: EstimateRequest =
      parsed.deployment === "hybrid" && planned.length === 2
        ? { ...parsed, batchSize: planned[0]!.request.batchSize }
        : (planned[0]?.request ?? parsed);
    const result = estimateRequest(request);
    const monthlyUSD = failed ? null : planned.reduce((sum, p) => sum + p.monthlyUSD, 0);
    const unknownLatency = (failed === "ttft" && result.latency.ttftMs === null) || (failed === "e2e" && result.latency.e2eMs === null);
    if (failed === "unavailable" && result.compatibility.reasons.length > 0) notes.push(...result.compatibility.reasons);
    else if (unknownLatency) notes.push(`${REASON_TEXT[failed!]}: no published figure to check it against`);
    else if (failed) notes.push(REASON_TEXT[failed]);
    if (!option.meetsQuality) notes.push("below the scenario's quality premise");
    const miss = sloMiss(scenario.slo, result.latency);
    if (miss && !failed) notes.push(REASON_TEXT[miss]);
    const replicas = planned.filter((p) => p.request.deployment !== "cloud" || findModel(String(p.request.model))?.kind !== "api");
    if (!failed && replicas.length > 0) notes.push(`${replicas.map((p) => `${p.replicas} replica${p.replicas > 1 ? "s" : ""} at batch ${p.request.batchSize}`).join(", ")}`);
    return {
      label: option.label,
      request,
      result,
      meetsQuality: option.meetsQuality,
      eligible: !failed && !miss && option.meetsQuality,
      monthlyUSD,
      perRequestUSD: monthlyUSD === null ? null : monthlyUSD / (rps * SECONDS_PER_MONTH),
      notes,
    };
  });

  const eligible = options.map((o, i) => ({ o, i })).filter(({ o }) => o.eligible).sort((a, b) => a.o.monthlyUSD! - b.o.monthlyUSD!);
  const best = eligible[0];
  const requestsPerMonth = rps * SECONDS_PER_MONTH;
  let recommendation: ScenarioResult["recommendation"] = null;
  if (best) {
    const reasons = [
      `${best.o.label} meets every requirement at the lowest cost: ${usd(best.o.monthlyUSD!)} a month, ${usd(best.o.perRequestUSD!)} per request, at ${count(requestsPerMonth)} requests a month.`,
    ];
    options.forEach((o, i) => {
      if (i === best.i) return;
      if (o.eligible) reasons.push(`${o.label}: also qualifies but costs ${usd(o.monthlyUSD!)} a month (${(o.monthlyUSD! / best.o.monthlyUSD!).toFixed(1)}x).`);
      else reasons.push(`${o.label}: ${o.notes.filter((n) => !/replica/.test(n)).join("; ")}${o.monthlyUSD !== null ? ` (${usd(o.monthlyUSD)} a month)` : ""}.`);
    });
    // Where an always-on replica would overtake a per-token bill, say at what volume.
    const bestIsApi = best.o.result.cost.basis === "api";
    const hosted = options.filter((o) => o.eligible && o.result.cost.basis !== "api" && o.result.cost.perHourUSD !== null && o.result.inputs.deployment !== "hybrid");
    if (bestIsApi && hosted.length > 0) {
      const cheapest = hosted.sort((a, b) => a.result.cost.perHourUSD! - b.result.cost.perHourUSD!)[0]!;
      const oneReplicaMonthly = cheapest.result.cost.perHourUSD! * (SECONDS_PER_MONTH / 3600);
      const breakEven = oneReplicaMonthly / best.o.perRequestUSD!;
      reasons.push(`Self-hosting (${cheapest.label}) costs at least ${usd(oneReplicaMonthly)} a month however little it serves; it becomes cheaper above about ${count(breakEven)} requests a month.`);
    }
    recommendation = { index: best.i, label: best.o.label, reasons };
  }
  return {
    id: scenario.id,
    name: scenario.name,
    summary: scenario.summary,
    requirements: scenario.requirements,
    workload: scenario.workload,
    slo: scenario.slo,
    reference: scenario.reference,
    options,
    recommendation,
  };
}

/** All reference scenarios, evaluated. Pure and deterministic, so the API can cache it. */
export const referenceScenarios = (): ScenarioResult[] => REFERENCE_SCENARIOS.map(evaluateScenario);
