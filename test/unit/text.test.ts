import { describe, expect, it } from 'vitest';
import { htmlToText } from '../../src/core/text/html-to-text.ts';

describe('htmlToText', () => {
  it('unescapes entity-escaped HTML (the Greenhouse content shape) once, then strips it', () => {
    const escaped =
      '&lt;div class=&quot;content-intro&quot;&gt;&lt;h2&gt;About Lumen:&lt;/h2&gt;\n&lt;p&gt;We&#39;re hiring &amp;amp; growing.&lt;/p&gt;&lt;/div&gt;';
    expect(htmlToText(escaped)).toBe("About Lumen:\nWe're hiring & growing.");
  });

  it('unescapes double-escaped HTML until it is markup', () => {
    expect(htmlToText('&amp;lt;p&amp;gt;Use Python &amp;amp;amp; SQL&amp;lt;/p&amp;gt;&amp;lt;p&amp;gt;Next&amp;lt;/p&amp;gt;')).toBe(
      'Use Python & SQL\nNext',
    );
  });

  it('keeps a literal escaped comparison as text, escaped or not', () => {
    expect(htmlToText('latency a &lt; b ms')).toBe('latency a < b ms');
    expect(htmlToText('&lt;p&gt;if a &amp;lt; b then&lt;/p&gt;')).toBe('if a < b then');
    expect(htmlToText('<p>x < y and y > z</p>')).toBe('x < y and y > z');
    expect(htmlToText('cost<budget and size>0')).toBe('cost<budget and size>0');
  });

  it('puts list items on their own lines with a bullet, so neighbouring words never glue', () => {
    const html = '<ul><li>Python</li><li>R</li><li><p>Nested <b>bold</b></p></li></ul><ol><li>First</li></ol>';
    expect(htmlToText(html)).toBe('- Python\n- R\n- Nested bold\n- First');
  });

  it('breaks lines at blocks, br and table rows; cells are spaced', () => {
    const html = '<h1>Title</h1><div>One<br>Two<br/>Three</div><p>Four</p><table><tr><td>A</td><td>B</td></tr><tr><th>C</th></tr></table>';
    expect(htmlToText(html)).toBe('Title\nOne\nTwo\nThree\nFour\nA B\nC');
  });

  it('drops script, style, noscript, template and comments', () => {
    const html =
      '<p>Keep</p><script type="text/javascript">var s = "<p>Python</p>";</script><style>p{color:red}</style>' +
      '<noscript>Enable JS</noscript><template><p>Kafka</p></template><!-- <p>hidden</p> --><p>this</p>';
    expect(htmlToText(html)).toBe('Keep\nthis');
  });

  it('decodes entities and turns NBSP and odd spaces into one space', () => {
    expect(htmlToText('<p>AT&amp;T&nbsp;&nbsp;and&#160;caf&eacute; &#x2014; R&amp;D\u2009now\u3000ok</p>')).toBe('AT&T and café — R&D now ok');
  });

  it('ignores ">" inside quoted attribute values', () => {
    expect(htmlToText('<p title="a > b">Text</p><a href="x?q=<y>">link</a>')).toBe('Text\nlink');
  });

  it('normalises to NFC', () => {
    const decomposed = 'cafe\u0301 Ko\u0308ln';
    const out = htmlToText(`<p>${decomposed}</p>`);
    expect(out).toBe('caf\u00e9 K\u00f6ln');
    expect(out.length).toBe(9);
  });

  it('passes plain text through, modulo whitespace', () => {
    const plain = 'Senior Data Scientist\nWe use Python and R.\n- Build models\n- Ship them';
    expect(htmlToText(plain)).toBe(plain);
    expect(htmlToText('  Line one  \r\n\r\n\tLine\u00a0two   ')).toBe('Line one\nLine two');
    expect(htmlToText('')).toBe('');
  });

  it('removes soft hyphens and zero-width spaces that split words', () => {
    expect(htmlToText('<p>Ten\u00adsor\u200bFlow</p>')).toBe('TensorFlow');
  });

  it('is deterministic', () => {
    const html = '<div><p>Data &amp; ML</p><ul><li>Spark</li></ul></div>';
    expect(htmlToText(html)).toBe(htmlToText(html));
  });
});

describe('htmlToText: space and normalisation fast paths', () => {
  it('collapses every kind of space run, and leaves single spaces as they are', () => {
    expect(htmlToText('a\u00a0 b\tc  d\u2003e \u00ad f')).toBe('a b c d e f');
    expect(htmlToText('<p>a \n\t b\u00a0c d</p>')).toBe('a b c d');
    expect(htmlToText('plain words with single spaces')).toBe('plain words with single spaces');
  });

  it('still composes to NFC when combining marks are present, and drops each dropped element to its own close tag', () => {
    expect(htmlToText('<p>cafe\u0301</p>')).toBe('caf\u00e9');
    expect(htmlToText('<script>x</script><p>a</p><SCRIPT>y</SCRIPT><style>z</style>b')).toBe('a\nb');
  });
});
