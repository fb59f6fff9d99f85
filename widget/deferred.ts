// Parts of the engine the widget's first result for a valid request on catalog models never runs: reading a
// config.json, checking a custom architecture, blending a hybrid deployment, a load's queueing, the fixes for a
// setup that does not fit, and wording why a request is invalid or what it has that is unknown
// (zod's validator; valid requests take the engine's compiled fast path). The main bundle holds a stand-in for each
// (./engine-deferred.js, ./zod-mini.js) and the panels chunk installs the engine's own functions, unchanged, when it
// loads. Before then a stand-in throws NotLoadedYet, and the element waits for the chunk and computes again.
import type { Validate } from "./zod-validate.js";

export type DeferredParts = {
  architectureFromHfConfig: typeof import("../shared/hfconfig.js").architectureFromHfConfig;
  architectureProblem: typeof import("../shared/consistency.js").architectureProblem;
  blendHybrid: typeof import("../shared/hybrid.js").blendHybrid;
  loadResult: typeof import("../shared/load.js").loadResult;
  addCloudFix: typeof import("../shared/fixes.js").addCloudFix;
  addContextFix: typeof import("../shared/fixes.js").addContextFix;
  addEvenSplitFix: typeof import("../shared/fixes.js").addEvenSplitFix;
  suggestMemoryFixes: typeof import("../shared/fixes.js").suggestMemoryFixes;
  issueToError: typeof import("../shared/issues.js").issueToError;
  describeUnknown: typeof import("../shared/issues.js").describeUnknown;
  messageOf: typeof import("../shared/issues.js").messageOf;
  valueAt: typeof import("../shared/issues.js").valueAt;
  validate: Validate;
  unresolvedHubModel: typeof import("../shared/hub-model.js").unresolvedHubModel;
  fromHub: typeof import("../shared/hub-model.js").fromHub;
  addHubReport: typeof import("../shared/hub-model.js").addHubReport;
};

/**
 * A deferred part was needed before the panels chunk installed it, or a Hub model before it was read: `until` settles
 * when it may be there (none: when the panels chunk is in).
 */
export class NotLoadedYet extends Error {
  constructor(
    part: string,
    readonly until?: Promise<unknown>,
  ) {
    super(`${part} is still loading`);
    this.name = "NotLoadedYet";
  }
}

const parts: Partial<DeferredParts> = {};

/** The panels chunk hands over the engine's own functions. */
export const installDeferred = (real: DeferredParts): void => void Object.assign(parts, real);

/** A stand-in that calls the installed part, or throws NotLoadedYet. */
export const deferred =
  <K extends keyof DeferredParts>(name: K): DeferredParts[K] =>
  ((...args: never[]) => {
    const real = parts[name] as ((...a: never[]) => unknown) | undefined;
    if (!real) throw new NotLoadedYet(name);
    return real(...args);
  }) as DeferredParts[K];
