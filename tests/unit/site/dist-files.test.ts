// The dist/ readers of the e2e harness (tools/dist-files.ts):
// HTML tree, occurrences with their elements, links, strict XML, CSV, PNG size.
import { describe, expect, it } from 'vitest';
import {
  csvRecords, decodeEntities, describeElement, fileForPath, findAll, findOccurrences, pageLinks, parseCsv, parseHtml, parseXml,
  pngSize, textContent, within, xmlChildren, xmlText,
} from '../../../tools/dist-files.ts';

describe('parseHtml', () => {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title>
<script type="module">if (a < b) { x = "</p>" }</script><style>p > a { color: red }</style></head>
<body><!-- a comment --><main id="main"><p class="x" data-stage="preliminary">Votes: <span data-figure="k">5,136,293</span><sup><a href="#cite-1">[1]</a></sup></p>
<p>Final: 5,136,293<br>next</p><img src="/a.png" alt="x" srcset="/a-2x.png 2x"><a href='/x/?q=1#frag' title="5,136,293">link</a></main></body></html>`;
  const root = parseHtml(html);

  it('builds a tree with attributes, text and raw script/style bodies', () => {
    const [title] = findAll(root, (e) => e.tag === 'title');
    expect(textContent(title!)).toBe('A & B');
    const [script] = findAll(root, (e) => e.tag === 'script');
    expect(textContent(script!)).toBe('if (a < b) { x = "</p>" }');
    expect(textContent(findAll(root, (e) => e.tag === 'head')[0]!)).not.toContain('x =');
    expect(findAll(root, (e) => e.tag === 'p')).toHaveLength(2);
    const [img] = findAll(root, (e) => e.tag === 'img');
    expect(img!.attrs).toMatchObject({ src: '/a.png', alt: 'x' });
    expect(findAll(root, (e) => e.tag === 'main')[0]!.children.length).toBeGreaterThan(2);
  });

  it('finds each occurrence of a string with the element that holds it, in text and attributes', () => {
    const occ = findOccurrences(root, '5,136,293');
    expect(occ.map((o) => o.where)).toEqual(['text', 'text', 'title']);
    expect(within(occ[0]!.element, (e) => e.attrs['data-stage'] === 'preliminary')).toBe(true);
    expect(within(occ[1]!.element, (e) => e.attrs['data-stage'] === 'preliminary')).toBe(false);
    expect(describeElement(occ[0]!.element)).toBe('html > body > main#main > p.x > span');
    // Script bodies are searched too (a figure must not hide in one), as one raw text.
    expect(findOccurrences(root, 'x = "</p>"').map((o) => o.element.tag)).toEqual(['script']);
  });

  it('lists links, srcset entries and ids', () => {
    const { links, ids } = pageLinks(root);
    expect(links.map((l) => l.value)).toEqual(['#cite-1', '/a.png', '/a-2x.png', '/x/?q=1#frag']);
    expect([...ids]).toEqual(['main']);
  });
});

describe('fileForPath', () => {
  const files = new Set(['index.html', 'a/index.html', 'data/x.csv']);
  it('maps URL paths to the files a static host serves', () => {
    expect(fileForPath(files, '/')).toBe('index.html');
    expect(fileForPath(files, '/a/')).toBe('a/index.html');
    expect(fileForPath(files, '/a')).toBe('a/index.html');
    expect(fileForPath(files, '/data/x.csv')).toBe('data/x.csv');
    expect(fileForPath(files, '/b/')).toBeUndefined();
  });
});

describe('parseXml', () => {
  it('parses RSS-like XML with CDATA, entities and attributes', () => {
    const x = parseXml('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>A &amp; B</title><item><description><![CDATA[<p>x</p>]]></description></item></channel></rss>');
    expect(x.name).toBe('rss');
    const channel = xmlChildren(x, 'channel')[0]!;
    expect(xmlText(xmlChildren(channel, 'title')[0])).toBe('A & B');
    expect(xmlText(xmlChildren(xmlChildren(channel, 'item')[0]!, 'description')[0])).toBe('<p>x</p>');
  });

  it.each([
    ['<a><b></a>', '</a> closing <b>'],
    ['<a>x & y</a>', 'unescaped "&"'],
    ['<a x="1" x="2"/>', 'duplicate attribute'],
    ['<a></a><b></b>', 'content after the root'],
    ['<a>', 'unclosed <a>'],
    ['<a x=1/>', 'expected ="…"'],
  ])('refuses %s', (xml, message) => {
    expect(() => parseXml(xml)).toThrow(message);
  });
});

describe('CSV', () => {
  it('reads quoted fields with commas, quotes and line breaks, CRLF rows', () => {
    expect(parseCsv('a,b\r\n"x, y","say ""hi""\nthere"\r\n')).toEqual([['a', 'b'], ['x, y', 'say "hi"\nthere']]);
    expect(csvRecords('a,b\r\n1,\r\n')).toEqual([{ a: '1', b: '' }]);
  });
  it('refuses a ragged row and an unterminated quote', () => {
    expect(() => csvRecords('a,b\r\n1\r\n')).toThrow('1 fields under a header of 2');
    expect(() => parseCsv('"a')).toThrow('unterminated');
  });
});

describe('small helpers', () => {
  it('decodes entities', () => {
    expect(decodeEntities('&lt;a&gt; &#39;x&#x27; &quot;&amp;&nbsp;&unknown;')).toBe("<a> 'x' \"&\u00a0&unknown;");
  });
  it('reads a PNG size and refuses what is not a PNG', () => {
    const buf = Buffer.alloc(24);
    buf.write('\x89PNG\r\n\x1a\n', 0, 'latin1');
    buf.writeUInt32BE(13, 8);
    buf.write('IHDR', 12, 'latin1');
    buf.writeUInt32BE(1200, 16);
    buf.writeUInt32BE(630, 20);
    expect(pngSize(buf)).toEqual({ width: 1200, height: 630 });
    expect(() => pngSize(Buffer.from('GIF89a'))).toThrow('not a PNG');
  });
});
