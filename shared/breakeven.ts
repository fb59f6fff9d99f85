// breakEven(): the monthly volume at which renting, or owning, a self-hosted setup costs less than each API.
// An always-on replica costs the same each month whatever it serves, and an API costs per token, so the API
// is cheaper until the monthly bill for the API reaches the replica's monthly cost.
import { MODELS } from "./catalog/index.js";
import { EngineError } from "./errors.js";
import { estimateRequest } from "./estimate.js";
import { parseWith } from "./parse.js";
import { HOURS_PER_MONTH, SECONDS_PER_MONTH } from "./recommend.js";
import { BreakEvenRequest, type BreakEvenResult } from "./schema/plan.js";
import type { EstimateRequest } from "./schema/request.js";

export function breakEven(input: unknown): BreakEvenResult {
  const req = parseWith(BreakEvenRequest, input, "", "the break-even request");
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
    const r = estimateRequest({ model: id, hardware: sh.hardware, deviceCount: 1, precision: "fp16", inputTokens: workload.inputTokens, outputTokens: workload.outputTokens, batchSize: 1, deployment: "cloud" }, `apiModels[${i}]`);
    if (r.model.kind !== "api") throw new EngineError("invalid_input", `"${id}" is not an API-only model`, `apiModels[${i}]`);
    const usdPerOutputToken = r.cost.perMillionOutputTokensUSD! / 1e6;
    /** Volume where the API bill equals one replica's month, if a replica is cheaper per token at all. */
    const crossing = (h: typeof rent) =>
      h === null || h.usdPerMillionOutputTokensAtCapacity / 1e6 >= usdPerOutputToken ? null : h.monthlyUSDPerReplica / usdPerOutputToken;
    return {
      id,
      name: r.model.name,
      usdPerMillionOutputTokens: r.cost.perMillionOutputTokensUSD!,
      rentBreakEvenOutputTokensPerMonth: crossing(rent),
      ownBreakEvenOutputTokensPerMonth: crossing(own),
    };
  });
  const label = `${sh.model} on ${sh.deviceCount > 1 ? `${sh.deviceCount}x ` : ""}${sh.hardware} (${sh.precision})`;
  return { workload, selfHosted: { label, rent, own }, api };
}
