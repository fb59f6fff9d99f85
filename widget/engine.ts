// The parts of the engine the widget uses, imported from their own modules: the bundle then leaves out what it
// never runs (recommend, the result and plan schemas: their zod definitions are not tree-shaken from the barrel).
export { estimate } from "../shared/estimate.js";
export { sweep, sweepPointCount } from "../shared/sweep.js";
export { bestOf } from "../shared/compare.js";
export { EngineError } from "../shared/errors.js";
export { HARDWARE, MODELS, RUNTIME_PROFILES } from "../shared/catalog/index.js";
export { DEPLOYMENTS, PRECISIONS } from "../shared/schema/common.js";
export type {
  Assumptions,
  Deployment,
  EstimateRequestInput,
  EstimateResult,
  HardwareSpecInput,
  Precision,
  SweepColumns,
  SweepRequestInput,
  SweepResultField,
} from "../shared/index.js";
