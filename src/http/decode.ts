// Bytes → text. Charset from BOM, then Content-Type, then an in-document declaration (HTML meta / XML
// prolog), else UTF-8. Invalid bytes never throw: a board that sends one bad byte should not fail the
// whole crawl, so they become U+FFFD and the result is flagged `malformed` for logging and metrics.

export interface DecodedBody {
  text: string;
  /** WHATWG encoding name actually used, e.g. `utf-8`, `windows-1252`. */
  charset: string;
  /** True when the bytes were not valid in that charset (replacement characters were inserted). */
  malformed: boolean;
}

/** `text/html; charset=utf-8` → `text/html`; null when absent. */
export function mediaType(contentType: string | null | undefined): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase();
  return type ? type : null;
}

export function charsetFromContentType(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return m?.[2]?.toLowerCase() ?? null;
}

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function bomCharset(bytes: Uint8Array): string | null {
  for (const [bom, name] of BOMS) if (bom.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/** An in-document declaration within the first 1024 bytes (the HTML prescan window). */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const xml = /^<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  if (xml?.[1]) return xml[1].toLowerCase();
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/i.exec(head);
  return meta?.[1]?.toLowerCase() ?? null;
}

function decoderFor(label: string | null): TextDecoder | null {
  if (!label) return null;
  try {
    return new TextDecoder(label);
  } catch {
    return null; // unknown label: fall through to the next source
  }
}

export function decodeBody(bytes: Uint8Array, contentType?: string | null): DecodedBody {
  const bom = bomCharset(bytes);
  const decoder =
    decoderFor(bom) ?? decoderFor(charsetFromContentType(contentType)) ?? decoderFor(declaredCharset(bytes)) ?? new TextDecoder('utf-8');
  const charset = decoder.encoding;
  try {
    // The non-fatal decoder strips a BOM of its own charset; the fatal one does the same.
    return { text: new TextDecoder(charset, { fatal: true }).decode(bytes), charset, malformed: false };
  } catch {
    return { text: new TextDecoder(charset).decode(bytes), charset, malformed: true };
  }
}
