/** Styles inside each annotation's shadow root: page CSS cannot reach them, they cannot reach the page. */
export const BAR_CSS = `
:host { all: initial; display: block; }
.bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 4px;
  margin: 2px 0 4px; padding: 0; box-sizing: border-box; max-width: 100%;
  font: 12px/18px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1f2937; text-align: start; direction: ltr; letter-spacing: normal; text-transform: none;
}
.bar.current { box-shadow: -4px 0 0 #f59e0b; }
.slot { display: inline-flex; flex-wrap: wrap; align-items: center; gap: 4px; }
.slot:empty { display: none; }
.chip {
  display: inline-flex; align-items: center; gap: 3px; padding: 0 7px; border-radius: 9px;
  background: #eef2f7; color: #1f2937; border: 1px solid #d3dae3; white-space: nowrap; cursor: default;
}
.author { background: hsl(var(--hue) 55% 33%); border-color: transparent; color: #fff; font-weight: 600; }
.article-author { background: #1e3a8a; border-color: transparent; color: #fff; }
.reply-to { background: transparent; border-color: transparent; padding-left: 2px; color: #374151; }
.reply-to.inferred { border: 1px dashed #9ca3af; }
.reply-to.inferred::after { content: "≈"; color: #6b7280; }
.new { background: #fef3c7; border-color: #f59e0b; color: #7c2d12; font-weight: 600; }
.sig-question { background: #e0f2fe; border-color: #7dd3fc; color: #0c4a6e; }
.sig-link { background: #ecfdf5; border-color: #6ee7b7; color: #064e3b; }
.sig-agree { background: #f0fdf4; border-color: #86efac; color: #14532d; }
.sig-disagree { background: #fff7ed; border-color: #fdba74; color: #7c2d12; }
.sig-emphatic, .sig-strong-words { background: #fdf2f8; border-color: #f9a8d4; color: #831843; }
button.toggle {
  font: inherit; line-height: 16px; cursor: pointer; margin: 0; padding: 0 7px; border-radius: 9px;
  border: 1px solid #9ca3af; background: #fff; color: #1f2937;
}
button.toggle[aria-expanded="false"] { background: #1f2937; border-color: #1f2937; color: #fff; }
button.toggle:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
`;

/** Inline style of the host element itself: the one rule set page CSS cannot outrank. */
export const HOST_STYLE =
  'all: initial !important; display: block !important; position: static !important; visibility: visible !important; ' +
  'margin: 0 !important; padding: 0 !important; border: 0 !important; float: none !important; contain: layout style !important;';
