// Stand-ins for three engine modules in the widget's bundles (widget/build.mjs redirects exactly these imports here:
// ./hfconfig.js from shared/scenario.ts, ./consistency.js from shared/params.ts, ./hybrid.js from shared/estimate.ts).
// Each calls the engine's own function once the panels chunk has installed it (see ./deferred.js).
import { deferred } from "./deferred.js";

export const architectureFromHfConfig = deferred("architectureFromHfConfig");
export const architectureProblem = deferred("architectureProblem");
export const blendHybrid = deferred("blendHybrid");
