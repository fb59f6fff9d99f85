// Stand-ins for seven engine modules in the widget's bundles (widget/build.mjs redirects exactly these imports here:
// ./hfconfig.js from shared/scenario.ts, ./consistency.js from shared/params.ts, ./hybrid.js and ./load.js from
// shared/estimate.ts, ./fixes.js from shared/compatibility.ts, ./issues.js from shared/parse.ts,
// shared/unknown-fields.ts and shared/scenario.ts, ./hub-model.js from shared/scenario.ts and shared/estimate.ts).
// Each calls the engine's own function once the panels chunk has installed it (see ./deferred.js).
import { deferred } from "./deferred.js";

export const architectureFromHfConfig = deferred("architectureFromHfConfig");
export const architectureProblem = deferred("architectureProblem");
export const blendHybrid = deferred("blendHybrid");
export const loadResult = deferred("loadResult");
export const addCloudFix = deferred("addCloudFix");
export const addContextFix = deferred("addContextFix");
export const addEvenSplitFix = deferred("addEvenSplitFix");
export const suggestMemoryFixes = deferred("suggestMemoryFixes");
export const issueToError = deferred("issueToError");
export const describeUnknown = deferred("describeUnknown");
export const messageOf = deferred("messageOf");
export const valueAt = deferred("valueAt");
export const unresolvedHubModel = deferred("unresolvedHubModel");
export const addHubReport = deferred("addHubReport");
export const fromHub = deferred("fromHub");
