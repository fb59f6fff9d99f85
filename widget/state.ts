// The state a link carries (the request, the pinned requests, the sweep settings) and its round trip through the URL hash.
import type { Deployment, EstimateRequestInput } from "./engine.js";

export type PathDeployment = Exclude<Deployment, "hybrid">;
export type Batch = number | "max";
/** A model the page or the user supplies: a pasted config.json or an architecture object. */
export type CustomModel = Exclude<EstimateRequestInput["model"], string>;
export type Alternative = { model: string; hardware: string; deviceCount: number; deployment: PathDeployment };
export type SweepField = "batchSize" | "inputTokens";
export type SweepSettings = { field: SweepField; points: number };
/** The planning views (llm-inference-calc-planning.js), and "" for none open. */
export const PLANS = ["find", "scenarios", "breakeven"] as const;
export type Plan = (typeof PLANS)[number] | "";

/** What a shared link restores: the request in the engine's public shape, pins, the sweep and the planning view. */
export type Shared = { request: EstimateRequestInput; pinned?: EstimateRequestInput[]; sweep?: SweepSettings; plan?: Plan };

/** One hash parameter per element: `llm-calc`, or `llm-calc-<id>` when the element has an id. */
export const hashKey = (id: string): string => (id ? `llm-calc-${id}` : "llm-calc");

const params = (hash: string) => new URLSearchParams(hash.replace(/^#/, ""));

/** The state in the hash, or null. A link is untrusted: anything but an object with a request object is ignored. */
export function readHash(key: string, hash: string): Shared | null {
  try {
    const s = JSON.parse(params(hash).get(key) ?? "null") as Shared | null;
    return typeof s?.request === "object" && s.request ? s : null;
  } catch {
    return null;
  }
}

/** The hash with this element's parameter set; other parameters on the page are kept. */
export function hashWith(key: string, state: Shared, hash: string): string {
  const p = params(hash);
  p.set(key, JSON.stringify(state));
  return "#" + p.toString();
}
