// The Hub model field's styles, joined to the element's when the field first shows: the list of models found opens
// over what follows the field, the active model marked as the buttons are (and outlined in forced colours).
import { css } from "lit";

export const hubRules = css`
  .combo { position: relative; }
  .combo ul {
    position: absolute; z-index: 2; top: calc(100% + 2px); left: 0; right: 0; margin: 0; padding: 4px 0; list-style: none;
    background: var(--llm-calc-bg); border: 1px solid var(--llm-calc-border); border-radius: 6px;
    box-shadow: 0 6px 16px rgb(0 0 0 / 0.18);
  }
  .combo ul[hidden] { display: none; }
  .combo li { padding: 4px 8px; cursor: pointer; overflow-wrap: anywhere; }
  .combo li:hover { background: var(--llm-calc-surface); }
  .combo li.active { background: var(--llm-calc-accent); color: var(--llm-calc-accent-fg); }
  .combo li.active small { color: inherit; }
  #hub-state:empty { display: none; }
  .hub-failure .actions { margin-top: 4px; }
  .hub a { color: var(--llm-calc-accent); }
  @media (forced-colors: active) {
    .combo li.active { outline: 2px solid Highlight; outline-offset: -2px; }
  }
`;
