// What a Hugging Face Hub id and revision may be, checked before the Hub is asked for anything: the worker builds URLs
// from them, so they must never be able to name another host or path.
import { EngineError } from "./errors.js";

/**
 * owner/name as the Hub allows it (huggingface_hub's validate_repo_id): ASCII letters, digits, "_", "-" and ".", each
 * part 1 to 96 characters starting and ending with a letter, digit or "_", no ".." or "--", not ending in ".git".
 */
const PART = "[A-Za-z0-9_](?:[A-Za-z0-9_.-]{0,94}[A-Za-z0-9_])?";
export const HUB_REPO_ID = new RegExp(`^(?!.*(?:\\.\\.|--))${PART}/${PART}$(?<!\\.git)`);

/** A branch, tag or commit: the same characters and "/" ("refs/pr/1"), no ".." or "//"; encoded whole in a URL. */
export const HUB_REVISION = /^(?!.*(?:\.\.|\/\/))[A-Za-z0-9_][A-Za-z0-9_./-]{0,99}$/;

/** invalid_input at the field (`path` is the reference's, e.g. "scenarios[2].model") when either is not one; else null. */
export function hubRefProblem(id: string, revision: string, path: string): EngineError | null {
  if (!HUB_REPO_ID.test(id)) {
    return new EngineError("invalid_input", `${path}.hf: must be a Hugging Face Hub model id "owner/name" (letters, digits, "_", "-", "."; no ".."), got ${JSON.stringify(id.slice(0, 100))}`, `${path}.hf`);
  }
  if (!HUB_REVISION.test(revision)) {
    return new EngineError("invalid_input", `${path}.revision: must be a branch, tag or commit of the repository (letters, digits, "_", "-", ".", "/"; no ".."), got ${JSON.stringify(revision.slice(0, 100))}`, `${path}.revision`);
  }
  return null;
}
