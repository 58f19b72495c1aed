package io.baoxun.io;

/**
 * The HTML report's style sheet, inline so the page needs no other file. Fact types are coloured
 * by their place in the pack ({@code .tN} sets the hue), the same way the playground colours them.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  /** Hues spread by the golden angle: any number of types, neighbours always far apart. */
  static long hue(int typeIndex) {
    return Math.round(typeIndex * 137.508) % 360;
  }

  static final String FAILED_MARK = "text-decoration:underline wavy #c00;text-decoration-skip-ink:none;outline:1px solid #c00";
  static final String FAILED_ROW = "background:#fde8e8";

  static final String REPORT =
      """
      :root{color-scheme:light;--ink:#1d2330;--muted:#6b7280;--line:#e3e6ec;--bad:#c00}
      *{box-sizing:border-box}
      body{margin:0;font:15px/1.6 system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","PingFang SC","Microsoft YaHei",sans-serif;color:var(--ink);background:#f6f7f9}
      main{max-width:1200px;margin:0 auto;padding:16px 24px 64px}
      header h1{margin:8px 0 0;font-size:26px}
      h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid var(--line);padding-bottom:4px}
      h3{font-size:16px;margin:14px 0 6px}
      nav a,a{color:#1d4ed8}
      code{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:13px}
      table{border-collapse:collapse;width:100%;background:#fff;font-size:13px;margin:6px 0}
      table.narrow{width:auto}
      th,td{border:1px solid var(--line);padding:3px 7px;text-align:left;vertical-align:top}
      th{background:#eef0f4;font-weight:600}
      tr.fail td{background:#fde8e8}
      td.src{white-space:pre-wrap;max-width:420px}
      td.rule{font-family:ui-monospace,Menlo,Consolas,monospace;font-size:12px;color:var(--muted)}
      .note{color:var(--muted);font-size:13px}
      .bad{color:var(--bad)}
      .good{color:#15803d}
      .sev{font-size:12px;border:1px solid var(--bad);color:var(--bad);border-radius:3px;padding:0 4px}
      section.doc{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 18px 14px;margin:18px 0}
      section.doc h2{border:0;margin-top:10px;word-break:break-all}
      section.doc.error{border-color:var(--bad)}
      p.error{color:var(--bad)}
      .meta{color:var(--muted);font-size:13px;margin:0 0 8px}
      .fails{border-left:4px solid var(--bad);background:#fff5f5;padding:4px 12px;margin:8px 0}
      .fails ul{margin:4px 0;padding-left:18px}
      details{margin:6px 0}
      summary{cursor:pointer;font-weight:600}
      .doctext{white-space:pre-wrap;line-height:2;font-size:15px;border:1px solid var(--line);border-radius:6px;padding:10px 14px;background:#fcfcfd;max-height:70vh;overflow:auto}
      .f{background:hsla(var(--h),80%,60%,.20);border-bottom:2px solid hsl(var(--h),70%,42%);border-radius:2px;padding:1px 0}
      .f.frame{background:none;border:0;padding:0}
      .f.fail{text-decoration:underline wavy #c00;text-decoration-skip-ink:none;outline:1px solid #c00}
      .f:target,tr:target td{outline:2px solid #111;background:#fff3b0}
      .sw{display:inline-block;width:11px;height:11px;margin-right:6px;border-radius:2px;background:hsl(var(--h),70%,55%);vertical-align:-1px}
      figure.plot{display:inline-block;margin:8px 16px 8px 0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:6px 8px}
      figure.plot figcaption{font-size:13px;font-weight:600;margin:2px 4px}
      svg .grid{stroke:#e5e7eb}
      svg .ytick{font-size:11px;fill:#6b7280;text-anchor:end}
      svg .xtick{font-size:11px;fill:#6b7280;text-anchor:end}
      svg .series{fill:none;stroke:#2563eb;stroke-width:1.8}
      svg .pt{fill:#2563eb;stroke:#fff;stroke-width:1.5}
      svg .pt.fail{fill:#dc2626;stroke:#7f1d1d;stroke-width:2}
      """;
}
