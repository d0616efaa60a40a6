// HTML (or plain text) → the normalised text that extraction spans point into.
// A small single-pass tokenizer rather than a DOM: descriptions are fragments, we only need text, block
// boundaries and dropped script/style, and it is several times faster than building a tree.
// Output: one block per line, list items as "- item", runs of spaces collapsed, no blank lines, NFC.
import { decodeHTML } from 'entities';

/** Elements whose content is never text a reader sees. */
const DROPPED = new Set(['script', 'style', 'noscript', 'template', 'title', 'head', 'svg', 'iframe', 'object', 'select', 'textarea']);

/** Elements that start/end a block: a line break, so words either side are never glued. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr',
  'legend', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'tr', 'ul',
]);

/** Table cells: separated by a space, not a line. */
const CELLS = new Set(['td', 'th']);

const BULLET = '- ';

/** Tag names that make a text HTML: a stray `<y and z>` in plain text is not markup. */
const KNOWN_TAGS = [
  ...DROPPED, ...BLOCKS, ...CELLS, 'li', 'html', 'body', 'meta', 'link', 'span', 'strong', 'em', 'b', 'i', 'u', 's',
  'a', 'img', 'code', 'font', 'sup', 'sub', 'small', 'big', 'mark', 'abbr', 'cite', 'q', 'th', 'td',
].sort((x, y) => y.length - x.length).join('|');
/** Any real known tag or a comment: then the input is HTML. */
const REAL_MARKUP = new RegExp(`<(?:/?(?:${KNOWN_TAGS})(?:\\s[^<>]*)?/?>|!--)`, 'i');
/** Markup escaped once or more (`&lt;p&gt;`, `&amp;lt;p&amp;gt;`), with a known tag name so `a &lt; b` is not. */
const ESCAPED_MARKUP = new RegExp(`&(?:amp;)*lt;/?(?:${KNOWN_TAGS})(?:\\s[^<>]*?)?/?&(?:amp;)*gt;`, 'i');
const HAS_ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/**
 * Runs of spaces of every kind (NBSP, thin, ideographic …; never '\n') that collapse to one ASCII space —
 * only the runs that are not already exactly one ASCII space, so ordinary text is not rewritten.
 */
const SPACE_RUN_TO_FIX = / [ \t\f\v\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\f\v\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000][ \t\f\v\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*/g;
/** Invisible characters that only break words apart: soft hyphen, zero-width space, BOM. */
const INVISIBLE = /[\u00ad\u200b\ufeff]/g;
const HAS_INVISIBLE = /[\u00ad\u200b\ufeff]/;
/** Inside HTML every run of white space, line breaks included, is one space; a lone ASCII space is left alone. */
const ANY_SPACE = / \s+|[^\S ]\s*/g; // a lone ' ' is already right and is left alone
/** Characters whose NFC form can differ from the input: combining marks and everything above them. */
const MAY_NEED_NFC = /[\u0300-\uffff]/;

/** Close-tag finders for dropped elements, one per element name. */
const closeTag = new Map<string, RegExp>();
function closeTagOf(name: string): RegExp {
  let re = closeTag.get(name);
  if (!re) closeTag.set(name, (re = new RegExp(`</${name}\\s*>`, 'ig')));
  return re;
}

/** Entity decoding only where there is an '&' to decode. */
function decode(s: string): string {
  return s.includes('&') ? decodeHTML(s) : s;
}

/** Decode escaped markup until there is real markup (at most a few rounds: double escaping is common). */
function unescapeMarkup(input: string): { text: string; markup: boolean } {
  let s = input;
  let markup = REAL_MARKUP.test(s);
  for (let round = 0; round < 4 && !markup && ESCAPED_MARKUP.test(s); round++) {
    s = decodeHTML(s);
    markup = REAL_MARKUP.test(s);
  }
  return { text: s, markup };
}

class LineBuilder {
  private readonly lines: string[] = [];
  private line = '';

  text(raw: string): void {
    // Text nodes may carry newlines (source formatting) — inside HTML they are spaces.
    const flat = (HAS_INVISIBLE.test(raw) ? raw.replace(INVISIBLE, '') : raw).replace(ANY_SPACE, ' ');
    if (flat.length === 0) return;
    if (flat === ' ' || flat.startsWith(' ')) {
      if (this.line.length > 0 && !this.line.endsWith(' ')) this.line += ' ';
      this.line += flat.slice(1);
    } else {
      this.line += flat;
    }
  }

  /** Ends the current line unless it holds nothing or only a bullet waiting for its item. */
  breakLine(): void {
    const trimmed = this.line.trim();
    if (trimmed.length === 0 || this.line === BULLET) return;
    this.lines.push(trimmed);
    this.line = '';
  }

  bullet(): void {
    this.breakLine();
    if (this.line.trim().length === 0) this.line = BULLET;
  }

  space(): void {
    if (this.line.length > 0 && !this.line.endsWith(' ')) this.line += ' ';
  }

  finish(): string {
    this.breakLine();
    return this.lines.join('\n');
  }
}

function tagNameEnd(s: string, from: number): number {
  let i = from;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    const alnum = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 58;
    if (!alnum) break;
    i++;
  }
  return i;
}

/** Index just after the '>' closing a tag that starts at `from`, honouring quoted attribute values. */
function tagEnd(s: string, from: number): number {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) {
      quote = c;
    } else if (c === 62) {
      return i + 1;
    }
  }
  return s.length;
}

function htmlFragmentToText(html: string): string {
  const out = new LineBuilder();
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.text(decode(html.slice(i)));
      break;
    }
    if (lt > i) out.text(decode(html.slice(i, lt)));
    const next = html.charCodeAt(lt + 1);
    if (html.startsWith('<!--', lt)) {
      const close = html.indexOf('-->', lt + 4);
      i = close < 0 ? n : close + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      i = tagEnd(html, lt + 2);
      continue;
    }
    const closing = next === 47; /* / */
    const nameStart = closing ? lt + 2 : lt + 1;
    const nameEnd = tagNameEnd(html, nameStart);
    const first = html.charCodeAt(nameStart);
    const isLetter = (first >= 97 && first <= 122) || (first >= 65 && first <= 90);
    if (!isLetter || nameEnd === nameStart) {
      // A bare '<' (as in "a < b") is text, as in HTML.
      out.text('<');
      i = lt + 1;
      continue;
    }
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    const end = tagEnd(html, nameEnd);
    const selfClosing = html.charCodeAt(end - 2) === 47;
    i = end;
    if (!closing && DROPPED.has(name) && !selfClosing) {
      // Skip to the matching close tag (raw text: no nested markup is interpreted).
      const re = closeTagOf(name);
      re.lastIndex = end;
      const m = re.exec(html);
      i = m ? m.index + m[0].length : n;
      continue;
    }
    if (name === 'li') {
      if (closing) out.breakLine();
      else out.bullet();
    } else if (BLOCKS.has(name)) {
      out.breakLine();
    } else if (CELLS.has(name)) {
      out.space();
    }
  }
  return out.finish();
}

function plainToText(text: string): string {
  const decoded = HAS_ENTITY.test(text) ? decodeHTML(text) : text;
  return decoded
    .replace(INVISIBLE, '')
    .split(/\r\n|[\n\r\u2028\u2029\u0085]/)
    .map((line) => line.replace(SPACE_RUN_TO_FIX, ' ').trim())
    .filter((line) => line.length > 0)
    .join('\n');
}

/** Normalised text of a posting description (what `extract --text` prints). Deterministic. */
export function htmlToText(input: string): string {
  if (input.length === 0) return '';
  const { text: unescaped, markup } = unescapeMarkup(input);
  const text = markup ? htmlFragmentToText(unescaped) : plainToText(unescaped);
  // Below U+0300 nothing composes, so most postings skip the normaliser.
  return MAY_NEED_NFC.test(text) ? text.normalize('NFC') : text;
}
