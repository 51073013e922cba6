/** One part of a multipart/form-data body: a field, or a file when it has a file name. */
export interface MultipartPart {
  name: string;
  fileName?: string;
  content: Buffer;
}

/** Splits a multipart/form-data body (RFC 7578) into its parts; the fake Telegram server reads uploads with it. */
export function parseMultipart(body: Buffer, contentType: string): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ""}`);
  if (marker.length <= 2) throw new Error(`multipart body without a boundary: ${contentType}`);
  const parts: MultipartPart[] = [];
  let start = body.indexOf(marker);
  while (start >= 0) {
    const next = body.indexOf(marker, start + marker.length);
    if (next < 0) break;
    const part = body.subarray(start + marker.length + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd >= 0) {
      const headers = part.subarray(0, headerEnd).toString("utf8");
      const name = /;\s*name="?([^";\r\n]*)"?/i.exec(headers)?.[1] ?? "";
      const fileName = /;\s*filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
      parts.push({ name, ...(fileName !== undefined ? { fileName } : {}), content: part.subarray(headerEnd + 4) });
    }
    start = next;
  }
  return parts;
}
