/**
 * The legacy pane's look: plain CSS that IE11 understands (no custom properties, no flex gap, no :focus-visible, so
 * the focus ring shows on :focus).
 */
export const LEGACY_CSS = `
.nb-pane { padding: 12px; font-size: 14px; line-height: 1.5; color: #242424; }
.nb-pane h1 { font-size: 20px; margin: 0 0 10px; }
.nb-pane h2 { font-size: 16px; margin: 14px 0 6px; }
.nb-toolbar { margin: 6px 0; }
.nb-button { font: inherit; margin: 0 8px 6px 0; padding: 4px 12px; border: 1px solid #8a8886; border-radius: 4px;
  background: #ffffff; color: #242424; cursor: pointer; }
.nb-button[disabled] { color: #a19f9d; border-color: #c8c6c4; cursor: default; }
.nb-primary { background: #0f6cbd; border-color: #0f6cbd; color: #ffffff; }
.nb-primary[disabled] { background: #f0f0f0; }
.nb-busy { color: #616161; }
.nb-box { margin: 6px 0; padding: 6px 10px; border: 1px solid #d1d1d1; border-radius: 4px; background: #f5f5f5; }
.nb-error { background: #fdf3f4; border-color: #eeacb2; }
.nb-success { background: #f1faf1; border-color: #9fd89f; }
.nb-warning { background: #fff9f5; border-color: #fdcfb4; }
.nb-strong { font-weight: bold; }
.nb-summary { color: #424242; }
.nb-pane .nb-table { font-size: 15px; margin: 10px 0 4px; }
.nb-kind { font-size: 13px; font-weight: normal; color: #616161; margin: 6px 0 2px; }
.nb-list { margin: 0; padding: 0; list-style: none; }
.nb-item { margin: 0 0 4px; }
.nb-finding { display: block; width: 100%; box-sizing: border-box; padding: 6px 8px; border: 1px solid #e0e0e0;
  border-radius: 4px; background: #ffffff; color: inherit; font: inherit; text-align: left; cursor: pointer; }
.nb-finding:hover { background: #f5f5f5; }
.nb-item[aria-current="true"] .nb-finding { border-color: #0f6cbd; background: #ebf3fc; }
.nb-button:focus, .nb-finding:focus, .nb-input:focus, .nb-outline:focus, .nb-pane a:focus {
  outline: 2px solid #0f6cbd; outline-offset: 1px; }
.nb-badge { display: inline-block; margin-right: 6px; padding: 0 6px; border-radius: 8px; font-size: 12px; color: #ffffff; }
.nb-badge.nb-error { background: #c50f1f; }
.nb-badge.nb-warning { background: #bc4b09; }
.nb-badge.nb-info { background: #0f6cbd; }
.nb-details { display: block; color: #616161; font-size: 12px; }
.nb-dialog { margin: 8px 0; padding: 10px 12px; border: 1px solid #d1d1d1; border-radius: 4px; background: #ffffff; }
.nb-cells { max-height: 40vh; overflow-y: auto; }
.nb-section { margin-top: 16px; border-top: 1px solid #e0e0e0; }
.nb-form label { display: inline-block; margin: 0 12px 6px 0; }
.nb-input { font: inherit; margin-left: 4px; padding: 2px 4px; border: 1px solid #8a8886; }
.nb-year { width: 5em; }
.nb-outline { box-sizing: border-box; width: 100%; font: inherit; }
`;
