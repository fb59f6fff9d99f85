// Which browser the browser tests use (scripts/browser.mjs, run as a user would: `node scripts/browser.mjs`):
// CHROME_PATH first, then an installed Chrome or Chromium; a bad CHROME_PATH is one clear line, not a fallback.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const script = new URL("../../scripts/browser.mjs", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "browser-test-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in executable (never launched: resolving only checks that it is a non-empty executable file). */
function fake(name: string, body = "#!/bin/sh\nexit 0\n") {
  const path = join(dir, name);
  writeFileSync(path, body);
  chmodSync(path, 0o755);
  return path;
}

function resolve(env: Record<string, string>) {
  const r = spawnSync(process.execPath, [script], { env, encoding: "utf8" });
  return { status: r.status, out: r.stdout.trim(), err: r.stderr.trim() };
}

describe("browser resolution", () => {
  it("prefers CHROME_PATH to an installed browser", () => {
    const chosen = fake("my-chrome");
    fake("chromium");
    expect(resolve({ CHROME_PATH: chosen, PATH: dir })).toEqual({ status: 0, out: `${chosen} (CHROME_PATH)`, err: "" });
  });

  it("finds an installed browser on PATH, skipping an empty file (a browser hidden by a bind mount)", () => {
    fake("chromium", "");
    const chrome = fake("google-chrome");
    expect(resolve({ PATH: dir })).toEqual({ status: 0, out: `${chrome} (installed)`, err: "" });
  });

  it("stops with one line saying how to get a browser when CHROME_PATH is not one", () => {
    const r = resolve({ CHROME_PATH: join(dir, "missing"), PATH: dir });
    expect(r.status).toBe(1);
    expect(r.err.split("\n")).toHaveLength(1);
    expect(r.err).toContain(`CHROME_PATH=${join(dir, "missing")} is not an executable file`);
    expect(r.err).toMatch(/set CHROME_PATH.*install one.*npm install/);
  });
});
