// The state a link carries (the request, the pinned requests, the sweep settings) and how it is written to the URL
// hash (./link.js, with the panels chunk, reads it back).
import type { Deployment, EstimateRequestInput, WeightFormat } from "./engine.js";

export type PathDeployment = Exclude<Deployment, "hybrid">;
export type Batch = number | "max";
/** A model on the Hugging Face Hub, `{ hf, revision? }`, as requests and links name it (read before estimating). */
export type HubModelRef = Extract<EstimateRequestInput["model"], { hf: unknown }>;
/** A model the page or the user supplies: a pasted config.json or an architecture object. */
export type CustomModel = Exclude<EstimateRequestInput["model"], string | HubModelRef>;
/** A hybrid's second configuration; no precision or batch size: the first configuration's. */
export type Alternative = { model: string; hardware: string; deviceCount: number; deployment: PathDeployment; precision?: WeightFormat | undefined; batchSize?: Batch | undefined };
/** A request rate to serve, and optionally the replicas that share it. */
export type Load = NonNullable<EstimateRequestInput["load"]>;
export type SweepField = "batchSize" | "inputTokens";
export type SweepSettings = { field: SweepField; points: number };
/** The planning views (llm-inference-calc-planning.js, labelled in ./view-plan.js), and "" for none open. */
export type Plan = "find" | "scenarios" | "breakeven" | "";

/** What a shared link restores: the request in the engine's public shape, pins, the sweep and the planning view. */
export type Shared = { request: EstimateRequestInput; pinned?: EstimateRequestInput[]; sweep?: SweepSettings; plan?: Plan };

/** One hash parameter per element: `llm-calc`, or `llm-calc-<id>` when the element has an id. */
export const hashKey = (id: string): string => (id ? `llm-calc-${id}` : "llm-calc");

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ""));

/** The hash with this element's parameter set; other parameters on the page are kept. */
export function hashWith(key: string, state: Shared, hash: string): string {
  const p = params(hash);
  p.set(key, JSON.stringify(state));
  return "#" + p.toString();
}
