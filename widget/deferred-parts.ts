// The engine's own functions the main bundle defers (./deferred.ts), as the panels chunk hands them over. One list,
// so the panels chunk and the build's tests install the same parts.
import { architectureProblem } from "../shared/consistency.js";
import { addCloudFix, addContextFix, addEvenSplitFix, suggestMemoryFixes } from "../shared/fixes.js";
import { architectureFromHfConfig } from "../shared/hfconfig.js";
import { addHubReport, fromHub, unresolvedHubModel } from "../shared/hub-model.js";
import { blendHybrid } from "../shared/hybrid.js";
import { describeUnknown, issueToError, messageOf, valueAt } from "../shared/issues.js";
import { loadResult } from "../shared/load.js";
import { validate } from "./zod-validate.js";

export const DEFERRED_PARTS = {
  architectureFromHfConfig,
  architectureProblem,
  blendHybrid,
  loadResult,
  addCloudFix,
  addContextFix,
  addEvenSplitFix,
  suggestMemoryFixes,
  issueToError,
  describeUnknown,
  messageOf,
  valueAt,
  validate,
  unresolvedHubModel,
  addHubReport,
  fromHub,
};
