// The parts of the engine the planning views run, imported from their own modules (as ../engine.ts does).
export { recommend } from "../../shared/recommend.js";
export { breakEven } from "../../shared/breakeven.js";
export { referenceScenarios } from "../../shared/scenarios.js";
export { HARDWARE, MODELS } from "../../shared/catalog/index.js";
export { QUALITY } from "../../shared/catalog/quality.js";
export { qualityOf } from "../../shared/quality.js";
export type {
  BreakEvenRequestInput,
  BreakEvenResult,
  EstimateRequest,
  EstimateRequestInput,
  EstimateResult,
  RecommendRequestInput,
  RecommendResult,
  ScenarioResult,
} from "../../shared/index.js";
