// Planning shapes: recommend (workload + SLOs -> ranked setups), break-even volumes, reference scenarios.
import * as z from "zod/mini";
import { bounded, boundedInt, WeightFormat } from "./common.js";
import { EstimateRequest, Runtime, Strict } from "./request.js";
import { EstimateResult } from "./result.js";

const tokens = (description: string) => boundedInt(1, 10_000_000, description);

export const Workload = z.object({
  inputTokens: tokens("prompt length"),
  outputTokens: tokens("generated length"),
  requestsPerSecond: bounded(0.000001, 1_000_000, "sustained request rate to serve"),
});
export type Workload = z.output<typeof Workload>;

export const Slo = z.object({
  ttftMs: z.optional(bounded(0.001, 10_000_000, "time to first token, at most")),
  tpotMs: z.optional(bounded(0.001, 10_000_000, "time per output token, at most")),
  e2eMs: z.optional(bounded(0.001, 100_000_000, "end-to-end latency, at most")),
});
export type Slo = z.output<typeof Slo>;

const ids = z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.minLength(1), z.maxLength(200));

export const Constraints = z.object({
  models: z.optional(ids.check(z.describe("catalog model ids to consider (default: all)"))),
  hardware: z.optional(ids.check(z.describe("catalog hardware ids to consider (default: all)"))),
  precisions: z.optional(z.array(WeightFormat).check(z.minLength(1), z.describe("weight formats to consider (default: fp16, fp8, int8, int4)"))),
  maxDevices: z._default(boundedInt(1, 64, "most devices per replica (tensor parallel)"), 8),
  deployment: z._default(z.enum(["cloud", "local", "edge"]).check(z.describe("how it is paid for: cloud rents devices or uses an API; local and edge own them")), "cloud"),
  budgetUSDPerMonth: z.optional(bounded(0, 1e12, "most to spend per month")),
  runtime: z.optional(Runtime),
  minQuality: z.optional(
    bounded(0, 10_000, "lowest quality score to accept: the LMArena text score of the catalog's quality index (GET /v1/models shows each model's); models without a score are left out"),
  ),
  atLeastAsGoodAs: z.optional(
    z.string().check(z.minLength(1), z.maxLength(200), z.describe("a catalog model id: only models scoring at least as high as it are considered (with minQuality too, the higher floor holds)")),
  ),
});
export type Constraints = z.output<typeof Constraints>;

/** Options a recommend returns unless the request sets `limit`. */
export const DEFAULT_OPTIONS = 10;

export const RecommendRequest = z.object({
  workload: Workload,
  slo: z._default(Slo, {}),
  constraints: z._default(Constraints, { maxDevices: 8, deployment: "cloud" }),
  // Each option is a whole result (about 3 KB of JSON): 10 by default keeps an answer over the whole catalog well
  // inside the Workers Free plan's CPU (worker/cpu-model.ts); ask for up to 200.
  limit: z._default(boundedInt(1, 200, "most options to return (each is a full estimate result, about 3 KB of JSON)"), DEFAULT_OPTIONS),
  strict: Strict,
});
export type RecommendRequest = z.output<typeof RecommendRequest>;
export type RecommendRequestInput = z.input<typeof RecommendRequest>;

/** `quality`: below the quality floor, or no score while a floor is set (counted before anything is estimated). */
export const REJECTION_REASONS = ["quality", "memory", "ttft", "tpot", "e2e", "budget", "unavailable"] as const;

export const RecommendOption = z.object({
  request: EstimateRequest,
  result: EstimateResult,
  replicas: z.int(),
  monthlyUSD: z.number(),
  usdPerMillionOutputTokens: z.number(),
  quality: z.nullable(z.number()).check(z.describe("the model's quality score (LMArena text score of the catalog's quality index), or null when it has none")),
});
export type RecommendOption = z.output<typeof RecommendOption>;

export const RecommendResult = z.object({
  options: z.array(RecommendOption),
  /** Configurations searched (model x hardware x devices x precision, and each API model). */
  candidates: z.int(),
  /** Configurations that met everything (options holds the cheapest `limit` of them). */
  feasible: z.int(),
  /** Why the others were turned down: the first requirement each one failed. */
  rejected: z.record(z.enum(REJECTION_REASONS), z.int()),
  /** The lowest quality score accepted (from minQuality and atLeastAsGoodAs), or null when the request set none. */
  qualityFloor: z.nullable(z.number()),
  /** Fields of the request that were not understood, and so ignored. */
  warnings: z.optional(z.array(z.string())),
});
export type RecommendResult = z.output<typeof RecommendResult>;

export const BreakEvenRequest = z.object({
  workload: z.object({ inputTokens: tokens("prompt length"), outputTokens: tokens("generated length") }),
  selfHosted: z.object({
    model: z.string().check(z.minLength(1), z.maxLength(200)),
    hardware: z.string().check(z.minLength(1), z.maxLength(200)),
    deviceCount: z._default(boundedInt(1, 1024), 1),
    precision: z._default(WeightFormat, "fp16"),
    runtime: z.optional(Runtime),
  }),
  apiModels: z.optional(ids.check(z.describe("API model ids to compare (default: every API model in the catalog)"))),
  strict: Strict,
});
export type BreakEvenRequestInput = z.input<typeof BreakEvenRequest>;

const SelfHostCost = z.object({
  /** Cost of one always-on replica per month, USD. */
  monthlyUSDPerReplica: z.number(),
  /** Output tokens one replica generates per month at its best batch. */
  capacityOutputTokensPerMonth: z.number(),
  /** USD per million output tokens with the replica fully used. */
  usdPerMillionOutputTokensAtCapacity: z.number(),
});

export const BreakEvenResult = z.object({
  workload: z.object({ inputTokens: z.int(), outputTokens: z.int() }),
  selfHosted: z.object({
    label: z.string(),
    rent: z.nullable(SelfHostCost),
    own: z.nullable(SelfHostCost),
  }),
  api: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      usdPerMillionOutputTokens: z.number(),
      /** Monthly output tokens above which renting (owning) the self-hosted setup costs less; null = never. */
      rentBreakEvenOutputTokensPerMonth: z.nullable(z.number()),
      ownBreakEvenOutputTokensPerMonth: z.nullable(z.number()),
      /** Above this, self-hosting stays cheaper: replicas come whole, so just past a replica's capacity the API can win again. */
      rentAlwaysCheaperAboveOutputTokensPerMonth: z.nullable(z.number()),
      ownAlwaysCheaperAboveOutputTokensPerMonth: z.nullable(z.number()),
    }),
  ),
  /** Fields of the request that were not understood, and so ignored. */
  warnings: z.optional(z.array(z.string())),
});
export type BreakEvenResult = z.output<typeof BreakEvenResult>;

export const ScenarioOptionResult = z.object({
  label: z.string(),
  request: EstimateRequest,
  result: EstimateResult,
  meetsQuality: z.boolean(),
  /** Meets every requirement: context, SLOs, quality premise, and a price exists. */
  eligible: z.boolean(),
  /** Monthly cost at the scenario's volume (replicas for self-hosted paths), or null if it cannot be run. */
  monthlyUSD: z.nullable(z.number()),
  perRequestUSD: z.nullable(z.number()),
  notes: z.array(z.string()),
});

export const ScenarioResult = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  requirements: z.array(z.string()),
  workload: Workload,
  slo: Slo,
  reference: z.object({ label: z.string(), perRequestUSD: z.number() }),
  options: z.array(ScenarioOptionResult),
  recommendation: z.nullable(z.object({ index: z.int(), label: z.string(), reasons: z.array(z.string()) })),
});
export type ScenarioResult = z.output<typeof ScenarioResult>;
