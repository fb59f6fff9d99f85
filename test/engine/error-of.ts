// The EngineError a call throws (a test fails if it throws nothing, or anything else).
import { expect } from "vitest";
import { EngineError } from "../../shared/index.js";

export function errorOf(fn: () => unknown): EngineError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error("expected an error");
}
