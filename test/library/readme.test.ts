// Runs every README example against the built package (npm run build) and checks its printed output.
// UPDATE_README=1 rewrites the Output blocks after an intended change.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const readmePath = join(root, "README.md");
const readme = readFileSync(readmePath, "utf8");

/**
 * Each ```js block that imports the package, with the ```text block after its "Output:" line. A block without an
 * Output (one that needs the network) is not run: the body may not run past its own closing fence into the next.
 */
const EXAMPLE = /```js\n((?:(?!```)[\s\S])*?)```\n\nOutput:\n\n```text\n([\s\S]*?)```/g;
const examples = [...readme.matchAll(EXAMPLE)].filter((m) => m[1]!.includes('"llm-inference-calc"'));

describe("README library examples", () => {
  it("has examples", () => expect(examples.length).toBeGreaterThanOrEqual(2));

  it.each(examples.map((m, i) => [i + 1, m] as const))("example %i prints what the README says", (_n, match) => {
    // Inside the package folder so the import resolves through package.json "exports", as for a user.
    const dir = mkdtempSync(join(root, ".readme-example-"));
    try {
      const file = join(dir, "example.mjs");
      writeFileSync(file, match[1]!);
      const output = execFileSync(process.execPath, [file], { cwd: root, encoding: "utf8" });
      if (process.env.UPDATE_README) {
        const block = "```text\n" + match[2]! + "```";
        const replaced = match[0].slice(0, match[0].lastIndexOf(block)) + "```text\n" + output + "```";
        const updated = readFileSync(readmePath, "utf8").replace(match[0], () => replaced);
        writeFileSync(readmePath, updated);
      } else {
        expect(output).toBe(match[2]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
