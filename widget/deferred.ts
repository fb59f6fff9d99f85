// Parts of the engine the widget's first result for a valid request on catalog models never runs: reading a
// config.json, checking a custom architecture, blending a hybrid deployment, a load's queueing, the fixes for a
// setup that does not fit, and wording why a request is invalid or what it has that is unknown
// (zod's validator; valid requests take the engine's compiled fast path). The main bundle holds a stand-in for each
// (./engine-deferred.js, ./zod-mini.js) and the panels chunk installs the engine's own functions, unchanged, when it
// loads. Before then a stand-in throws NotLoadedYet, and the element waits for the chunk and computes again.
import type { DEFERRED_PARTS } from "./deferred-parts.js";

/** The deferred parts by name (./deferred-parts.ts lists them; a type only, so the main bundle holds none of them). */
export type DeferredParts = typeof DEFERRED_PARTS;

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
