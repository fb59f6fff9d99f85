// The engine's public surface: estimate, compare, sweep, the schemas, the catalogs and the error type.
export { estimate, estimateRequest, ENGINE_VERSION } from "./estimate.js";
export { compare, bestOf } from "./compare.js";
export { sweep, sweepPointCount, DEFAULT_MAX_SWEEP_POINTS } from "./sweep.js";
export { recommend, sloMiss, HOURS_PER_MONTH } from "./recommend.js";
export { breakEven } from "./breakeven.js";
export { qualityOf, qualityFloor } from "./quality.js";
export { QUALITY, type QualityIndex } from "./catalog/quality.js";
export { referenceScenarios, evaluateScenario } from "./scenarios.js";
export { REFERENCE_SCENARIOS } from "./catalog/scenarios.js";
export { EngineError, ERROR_CODES, isEngineError, formatPath } from "./errors.js";
export { stepsDone, withWorkLimit } from "./work.js";
export { parseWith, parseEstimateRequest } from "./parse.js";
export type { ErrorCode } from "./errors.js";
export { architectureFromHfConfig } from "./hfconfig.js";
export { findHubRefs, resolveHubModels, type HubFetcher, type HubFiles, type HubRef, type ResolveOptions } from "./hub.js";
export {
  DEFAULT_HUB,
  DEFAULT_HUB_TIMEOUT_MS,
  MAX_CONFIG_BYTES,
  MAX_HUB_MODELS,
  MAX_HUB_REDIRECTS,
  MAX_MODEL_INFO_BYTES,
  hubGot,
  hubNotJsonError,
  hubOffHostError,
  hubStatusError,
  hubTimeoutError,
  hubTooLargeError,
  hubUnreachableError,
  hubUrls,
  readHubBody,
  readHubModel,
  type HubGet,
  type HubGot,
  type HubModelRead,
  type HubRequest,
  type HubUrls,
} from "./hub-http.js";
export { readCappedText } from "./read-capped.js";
export { PUBLISHED_PARAMS_TOLERANCE } from "./hub-model.js";
export { HUB_REPO_ID, HUB_REVISION } from "./hub-id.js";
export { analyzeArchitecture } from "./params.js";
export * from "./schema/common.js";
export * from "./schema/architecture.js";
export * from "./schema/hardware.js";
export * from "./schema/request.js";
export * from "./schema/result.js";
export * from "./schema/plan.js";
export {
  findModel,
  findHardware,
  MODELS,
  HARDWARE,
  RUNTIME_PROFILES,
} from "./catalog/index.js";
export { HARDWARE_PRICES_DATE, HARDWARE_SOURCES } from "./catalog/sources/hardware.js";
export { API_PRICES_DATE, MODEL_SOURCES } from "./catalog/sources/models.js";
export type { ModelEntry, ModelSources, OpenModelEntry, ApiModelEntry, HardwareEntry, HardwareSources } from "./catalog/index.js";
