// breakEven(): the monthly volume at which renting, or owning, a self-hosted setup costs less than each API.
// An always-on replica costs the same each month whatever it serves, and an API costs per token, so the API
// is cheaper until the monthly bill for the API reaches the replica's monthly cost.
import { findHardware, findModel, MODELS } from "./catalog/index.js";
import { EngineError } from "./errors.js";
import { estimateRequest } from "./estimate.js";
import { parseWith } from "./parse.js";
import { ignoredFields } from "./unknown-fields.js";
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from "./recommend.js";
import { BreakEvenRequest, type BreakEvenResult } from "./schema/plan.js";
import type { EstimateRequest } from "./schema/request.js";

export function breakEven(input: unknown): BreakEvenResult {
  const req = parseWith(BreakEvenRequest, input, "", "the break-even request");
  const ignored = ignoredFields(BreakEvenRequest, input, req.strict);
  const { workload, selfHosted: sh } = req;
  const apiIds = req.apiModels ?? MODELS.filter((m) => m.kind === "api").map((m) => m.id);

  const hosted = (deployment: "cloud" | "local") => {
    const request: EstimateRequest = {
      model: sh.model,
      hardware: sh.hardware,
      deviceCount: sh.deviceCount,
      precision: sh.precision,
      inputTokens: workload.inputTokens,
      outputTokens: workload.outputTokens,
      batchSize: "max",
      deployment,
      assumptions: sh.runtime ? { runtime: sh.runtime } : undefined,
    };
    const r = estimateRequest(request, "selfHosted");
    if (r.model.kind === "api") throw new EngineError("invalid_input", "selfHosted.model must be an open-weights model", "selfHosted.model");
    if (r.compatibility.verdict === "incompatible" || r.cost.perHourUSD === null) return null;
    const capacity = r.throughput.outputTokensPerSec! * SECONDS_PER_MONTH;
    const monthly = r.cost.perHourUSD * HOURS_PER_MONTH;
    return { monthlyUSDPerReplica: monthly, capacityOutputTokensPerMonth: capacity, usdPerMillionOutputTokensAtCapacity: (monthly / capacity) * 1e6 };
  };
  const rent = hosted("cloud");
  const own = hosted("local");

  const api = apiIds.map((id, i) => {
    const entry = findModel(id);
    if (!entry) throw new EngineError("unknown_model", `unknown model id "${id}"`, `apiModels[${i}]`);
    if (entry.kind !== "api") throw new EngineError("invalid_input", `"${id}" is not an API-only model`, `apiModels[${i}]`);
    const r = estimateRequest({ model: id, hardware: sh.hardware, deviceCount: 1, precision: "fp16", inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, batchSize: 1, deployment: "cloud" });
    const usdPerOutputToken = r.cost.perMillionOutputTokensUSD! / 1e6;
    return {
      id,
      name: r.model.name,
      usdPerMillionOutputTokens: r.cost.perMillionOutputTokensUSD!,
      rentBreakEvenOutputTokensPerMonth: firstCrossing(rent, usdPerOutputToken),
      ownBreakEvenOutputTokensPerMonth: firstCrossing(own, usdPerOutputToken),
      rentAlwaysCheaperAboveOutputTokensPerMonth: lastCrossing(rent, usdPerOutputToken),
      ownAlwaysCheaperAboveOutputTokensPerMonth: lastCrossing(own, usdPerOutputToken),
    };
  });
  const modelName = findModel(sh.model)?.name ?? sh.model;
  const hardwareName = findHardware(sh.hardware)?.name ?? sh.hardware;
  const label = `${modelName} on ${sh.deviceCount > 1 ? `${sh.deviceCount} x ` : ""}${hardwareName} (${sh.precision})`;
  return { workload, selfHosted: { label, rent, own }, api, ...(ignored.length ? { warnings: ignored } : {}) };
}

type Hosted = { monthlyUSDPerReplica: number; capacityOutputTokensPerMonth: number } | null;

/** Volume where the API bill first reaches one replica's month, if a full replica is cheaper per token at all. */
export function firstCrossing(h: Hosted, usdPerOutputToken: number): number | null {
  if (h === null || h.monthlyUSDPerReplica / h.capacityOutputTokensPerMonth >= usdPerOutputToken) return null;
  return h.monthlyUSDPerReplica / usdPerOutputToken;
}

/**
 * Volume above which self-hosting is cheaper at every volume. Replicas come whole: just past each replica's
 * capacity the next one is nearly idle, and the API can be cheaper again while k replicas cost more than the
 * API bill for (k - 1) full ones. The last such k is the largest k < capacity / (capacity - M / price).
 */
export function lastCrossing(h: Hosted, usdPerOutputToken: number): number | null {
  const first = firstCrossing(h, usdPerOutputToken);
  if (first === null || h === null) return null;
  const m = h.monthlyUSDPerReplica;
  const cap = h.capacityOutputTokensPerMonth;
  // (the small tolerance keeps an exact boundary, where the API only ties, on the self-hosted side)
  const lastK = Math.ceil(cap / (cap - m / usdPerOutputToken) - 1e-9) - 1;
  return Math.max(1, lastK) * (m / usdPerOutputToken);
}
