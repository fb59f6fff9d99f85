// The parts of the engine the element's first result needs, imported from their own modules: the bundle then leaves
// out what it never runs (recommend, the result and plan schemas: their zod definitions are not tree-shaken from the
// barrel). The panels' (sweeps, comparison) are in ./engine-panels.js, the planning views' in ./planning/engine.js.
export { estimate } from "../shared/estimate.js";
export { EngineError } from "../shared/errors.js";
export { HARDWARE, MODELS, RUNTIME_PROFILES } from "../shared/catalog/index.js";
export { DEPLOYMENTS, PRECISIONS, WEIGHT_FORMATS } from "../shared/schema/common.js";
export { FORMATS } from "../shared/formats.js";
export type {
  Assumptions,
  Deployment,
  EstimateRequestInput,
  EstimateResult,
  HardwareSpecInput,
  Precision,
  WeightFormat,
  SweepColumns,
  SweepRequestInput,
  SweepResultField,
} from "../shared/index.js";
