// Quality for planning: a model's score on the catalog's one leaderboard (catalog/quality.ts), and the floor a
// recommend request sets with `minQuality` and/or `atLeastAsGoodAs`.
import { findModel } from "./catalog/index.js";
import { QUALITY } from "./catalog/quality.js";
import { EngineError } from "./errors.js";

/** The model's score on the quality leaderboard, or null when the leaderboard does not list it. */
export function qualityOf(modelId: string): number | null {
  return Object.hasOwn(QUALITY.scores, modelId) ? QUALITY.scores[modelId]! : null;
}

/** The lowest score a request accepts (the higher of its two ways of saying it), or null for no floor. */
export function qualityFloor(c: { minQuality?: number; atLeastAsGoodAs?: string }): number | null {
  const floors: number[] = c.minQuality === undefined ? [] : [c.minQuality];
  if (c.atLeastAsGoodAs !== undefined) {
    const id = c.atLeastAsGoodAs;
    const path = "constraints.atLeastAsGoodAs";
    if (!findModel(id)) throw new EngineError("unknown_model", `unknown model id "${id}"`, path);
    const score = qualityOf(id);
    if (score === null) throw new EngineError("invalid_input", `"${id}" has no quality score (${QUALITY.url}, ${QUALITY.date}), so it cannot set a floor`, path);
    floors.push(score);
  }
  return floors.length ? Math.max(...floors) : null;
}

/** Whether a model clears the floor; with a floor set, a model without a score does not. */
export const meetsQuality = (modelId: string, floor: number | null): boolean =>
  floor === null || (qualityOf(modelId) ?? -Infinity) >= floor;
