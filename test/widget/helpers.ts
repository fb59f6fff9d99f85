// Helpers for the widget tests: render the element, reach into its shadow root, type like a user.
import { fixture, html } from "@open-wc/testing";
import "../../widget/index.js";
import type { LlmInferenceCalc } from "../../widget/llm-inference-calc.js";

/** The element as a page shows it: first result rendered, and the panels chunk (comparison, sweep, rarer inputs) in. */
export async function render(template = html`<llm-inference-calc></llm-inference-calc>`): Promise<LlmInferenceCalc> {
  const el = await fixture<LlmInferenceCalc>(template);
  await el.updateComplete;
  await until(() => el.shadowRoot!.querySelector("[part=sweep]") !== null);
  await el.updateComplete;
  return el;
}

export const $ = <T extends Element = HTMLElement>(el: LlmInferenceCalc, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector} in the shadow root`);
  return found;
};

export const text = (el: LlmInferenceCalc, selector: string): string => $(el, selector).textContent!.replace(/\s+/g, " ").trim();

/** Set a control's value and fire the event a user's edit fires. */
export async function type(el: LlmInferenceCalc, selector: string, value: string): Promise<void> {
  const control = $<HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(el, selector);
  control.value = value;
  control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? "change" : "input", { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function click(el: LlmInferenceCalc, selector: string, label?: string | RegExp): Promise<void> {
  const buttons = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>(selector)];
  const button = label === undefined ? buttons[0] : buttons.find((b) => (typeof label === "string" ? b.textContent!.includes(label) : label.test(b.textContent!)));
  if (!button) throw new Error(`no ${selector} button ${label ?? ""}`);
  button.click();
  await el.updateComplete;
}

export const until = async (check: () => boolean, timeoutMs = 5000): Promise<void> => {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeoutMs) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 10));
  }
};

let fakeHub: Promise<string> | undefined;

/** Where the fake Hugging Face Hub (test/fake-hub) listens: another origin, started by web-test-runner.config.mjs. */
export const fakeHubUrl = (): Promise<string> =>
  (fakeHub ??= fetch("/__fake-hub.json")
    .then((r) => r.json())
    .then((j: { url: string }) => j.url));

/** Press a key in a control, as a keyboard does (keydown, which the element listens to). */
export async function press(el: LlmInferenceCalc, selector: string, key: string): Promise<void> {
  $(el, selector).dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true, composed: true, cancelable: true }));
  await el.updateComplete;
}
