import { escapeHtml } from "../eval/report/render-html.js";

export { escapeHtml };

/** A link inside the review site, its query values escaped. */
export function href(path: string, query: Record<string, string | null | undefined> = {}): string {
  const parameters = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value) parameters.set(name, value);
  const search = parameters.toString();
  return escapeHtml(search === "" ? path : `${path}?${search}`);
}

const style = `
body{font-family:system-ui,sans-serif;margin:0;color:#222;line-height:1.4}
header{background:#0d47a1;color:#fff;padding:10px 24px}header a{color:#fff;margin-right:18px;text-decoration:none;font-weight:600}
main{padding:12px 24px 40px;max-width:1400px}
table{border-collapse:collapse;margin:8px 0 20px;width:100%}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top;font-size:13px;text-align:left}
th{background:#f3f6fa}pre{white-space:pre-wrap;margin:0;font-size:12px}
.nguon{background:#fffbe6;border-left:3px solid #f9a825;padding:2px 6px}.so-dong{color:#888;user-select:none}
.canh-bao{background:#fff3e0;padding:4px 10px;margin:4px 0}.loi{color:#c62828}.ghi-chu{color:#555;font-size:13px}
form.tim{background:#f3f6fa;padding:10px;display:flex;gap:12px;flex-wrap:wrap;align-items:end}form.tim label{display:flex;flex-direction:column;font-size:13px}
form.tim input{padding:4px 6px;font-size:14px;min-width:220px}
.check{background:#f3f6fa;padding:6px 10px;max-width:900px}
`;

/** The page shell: Vietnamese, self-contained (inline CSS, no script, nothing fetched from elsewhere). */
export function renderPage(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} — Trợ lý kế hoạch</title><style>${style}</style></head><body>
<header><a href="/">Văn bản đã nạp</a><a href="/tim">Tìm bản ghi</a><a href="/kiem-tra">Kết quả kiểm tra</a></header>
<main>
${body}
</main></body></html>
`;
}

/** "2026-03-31" → "31/03/2026". */
export function dayText(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
