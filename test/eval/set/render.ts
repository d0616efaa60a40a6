// Renders a case's light markup into the shapes job boards actually send:
//   html    — <p>, <ul><li>, <strong> (Ashby, Lever lists, JSON-LD pages)
//   div     — <div>, <br>, <b> (Lever descriptions, Workday jobDescription)
//   escaped — Greenhouse `content`: the HTML itself entity-escaped (&lt;p&gt;, R&amp;amp;D)
//   double  — escaped twice (&amp;lt;p&amp;gt;), as some boards re-encode Greenhouse content
//   text    — plain text with bullets and blank lines (Workable/Recruitee plain fields, emails)
// Markup: blocks separated by blank lines; a "# " line is a heading, "- " lines are a list,
// **x** is bold. Text is written raw (R&D, <5 years) and escaped here as each format needs.

export type Format = 'html' | 'div' | 'escaped' | 'double' | 'text';

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function inline(s: string, bold: string): string {
  return escapeText(s).replace(/\*\*(.+?)\*\*/g, `<${bold}>$1</${bold}>`);
}

function blocks(markup: string): string[][] {
  return markup
    .trim()
    .split(/\n\s*\n/)
    .map((b) => b.split('\n').map((l) => l.trim()).filter((l) => l.length > 0))
    .filter((b) => b.length > 0);
}

function toHtml(markup: string, style: 'html' | 'div'): string {
  const out: string[] = [];
  for (const block of blocks(markup)) {
    let list: string[] = [];
    const flush = (): void => {
      if (list.length) out.push(`<ul>${list.map((l) => `<li>${l}</li>`).join('')}</ul>`);
      list = [];
    };
    const para: string[] = [];
    const flushPara = (): void => {
      if (!para.length) return;
      out.push(style === 'html' ? `<p>${para.join(' ')}</p>` : `<div>${para.join('<br>')}</div>`);
      para.length = 0;
    };
    for (const line of block) {
      if (line.startsWith('- ')) {
        flushPara();
        list.push(inline(line.slice(2), style === 'html' ? 'strong' : 'b'));
      } else if (line.startsWith('# ')) {
        flushPara();
        flush();
        const h = inline(line.slice(2), 'strong');
        out.push(style === 'html' ? `<h3>${h}</h3>` : `<div><b>${inline(line.slice(2), 'b')}</b></div>`);
      } else {
        flush();
        para.push(inline(line, style === 'html' ? 'strong' : 'b'));
      }
    }
    flushPara();
    flush();
  }
  return out.join(style === 'html' ? '\n' : '');
}

function toText(markup: string): string {
  return blocks(markup)
    .map((b) =>
      b
        .map((l) => (l.startsWith('- ') ? `• ${l.slice(2)}` : l.startsWith('# ') ? l.slice(2).toUpperCase() : l))
        .map((l) => l.replace(/\*\*(.+?)\*\*/g, '$1'))
        .join('\n'),
    )
    .join('\n\n');
}

function escapeAll(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function render(markup: string, format: Format): string {
  switch (format) {
    case 'html':
      return toHtml(markup, 'html');
    case 'div':
      return toHtml(markup, 'div');
    case 'escaped':
      return escapeAll(`<div class="content-intro">${toHtml(markup, 'html')}</div>`);
    case 'double':
      return escapeAll(escapeAll(`<div class="content-intro">${toHtml(markup, 'html')}</div>`));
    case 'text':
      return toText(markup);
  }
}
