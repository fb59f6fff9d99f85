// Requests to the worker under test, through the real runtime (workerd) and its static-assets binding.
import { exports } from "cloudflare:workers";
import { expect } from "vitest";

const worker = (exports as unknown as { default: Fetcher }).default;
export const ORIGIN = "https://calc.example.com";

export function call(path: string, init?: RequestInit): Promise<Response> {
  return worker.fetch(new Request(new URL(path, ORIGIN), init));
}

export function post(path: string, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return call(path, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

export type ErrorBody = { error: { code: string; message: string; path: string; requestId?: string } };

/** Asserts the error contract: the status, a JSON body `{ error: { code, message, path } }`, CORS still open. */
export async function expectError(response: Response, status: number, code: string, path?: string): Promise<ErrorBody["error"]> {
  const text = await response.text();
  expect(response.status, text).toBe(status);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  expect(response.headers.get("access-control-allow-origin")).toBe("*");
  const { error } = JSON.parse(text) as ErrorBody;
  expect(error.code).toBe(code);
  expect(typeof error.message).toBe("string");
  expect(error.message.length).toBeGreaterThan(0);
  expect(typeof error.path).toBe("string");
  if (path !== undefined) expect(error.path).toBe(path);
  return error;
}

/** Repeats a request until the edge cache answers it (the put runs after the first response, in waitUntil). */
export async function untilCacheHit(send: () => Promise<Response>, tries = 40): Promise<Response> {
  for (let i = 0; i < tries; i++) {
    const response = await send();
    if (response.headers.get("x-cache") === "HIT") return response;
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error("the edge cache never answered");
}
