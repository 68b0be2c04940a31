const { html, render, escapeHtml, safeUrl, TemplateResult } = await import('/lib/html.js');

test('static markup passes through', () => {
  assert.equal(String(html`<p class="a">x</p>`), '<p class="a">x</p>');
});

test('escapes a script element in content', () => {
  assert.equal(String(html`<p>${'<script>alert(1)</script>'}</p>`), '<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>');
});

test('escapes quotes, ampersands, backticks and equals signs', () => {
  assert.equal(escapeHtml(`&"'\`=<>`), '&amp;&quot;&#39;&#96;&#61;&lt;&gt;');
});

test('an attribute value cannot break out of its quotes', () => {
  const markup = String(html`<a title="${'" onclick="alert(1)'}">x</a>`);
  assert.equal(markup, '<a title="&quot; onclick&#61;&quot;alert(1)">x</a>');
});

test('an unquoted attribute value cannot add an attribute with a value', () => {
  assert.excludes(String(html`<p title=${'x onmouseover=alert(1)'}>`), 'onmouseover=');
});

test('NUL becomes the replacement character', () => {
  assert.equal(String(html`<p>${'a\u0000b'}</p>`), '<p>a\uFFFDb</p>');
});

test('empty string, null, undefined and false render nothing; 0 renders', () => {
  assert.equal(String(html`[${''}|${null}|${undefined}|${false}|${0}]`), '[||||0]');
});

test('emoji, Kiswahili and right-to-left text are kept as they are', () => {
  const text = 'Bunge 🇰🇪 — Mswada wa Sheria ya Ushiriki • مشروع قانون \u202Eabc';
  assert.equal(String(html`<p>${text}</p>`), `<p>${text}</p>`);
});

test('nested template results are not escaped again', () => {
  const inner = html`<b>${'<i>'}</b>`;
  assert.equal(String(html`<p>${inner}</p>`), '<p><b>&lt;i&gt;</b></p>');
});

test('arrays are joined and each item is escaped unless it is a template', () => {
  assert.equal(String(html`<ul>${['<a>', html`<li>ok</li>`, 1]}</ul>`), '<ul>&lt;a&gt;<li>ok</li>1</ul>');
});

test('a plain object is escaped through its string form', () => {
  const sneaky = { toString: () => '<img src=x onerror=alert(1)>' };
  assert.equal(String(html`${sneaky}`), '&lt;img src&#61;x onerror&#61;alert(1)&gt;');
});

test('an object imitating a template result is still escaped', () => {
  const fake = { strings: ['<b>'], values: [], toString: () => '<b>' };
  assert.equal(String(html`${fake}`), '&lt;b&gt;');
});

test('template results are frozen', () => {
  const result = html`<p></p>`;
  assert.ok(Object.isFrozen(result), 'frozen');
  assert.ok(result instanceof TemplateResult, 'instance');
});

test('html refuses to be called as a plain function', () => {
  assert.throws(() => html('<p>'), /tagged template/);
  assert.throws(() => html(['<p>']), /tagged template/);
});

test('javascript: URLs in href become #', () => {
  assert.equal(String(html`<a href="${'javascript:alert(1)'}">x</a>`), '<a href="#">x</a>');
  assert.equal(String(html`<a href="${' JaVaScRiPt:alert(1)'}">x</a>`), '<a href="#">x</a>');
  assert.equal(String(html`<a href="${'java\tscript:alert(1)'}">x</a>`), '<a href="#">x</a>');
  assert.equal(String(html`<a href='${'data:text/html,<script>'}'>x</a>`), "<a href='#'>x</a>");
  assert.equal(String(html`<img src=${'vbscript:x'}>`), '<img src=#>');
});

test('a scheme assembled from two interpolations is still caught', () => {
  assert.equal(String(html`<a href="${'java'}${'script:alert(1)'}">x</a>`), '<a href="java#">x</a>');
  assert.equal(String(html`<a href="java${'script:alert(1)'}">x</a>`), '<a href="java#">x</a>');
});

test('relative, http(s), mailto and tel URLs are kept', () => {
  for (const url of ['/bills/1', 'bills/1?x=1#sec_5', '#sec_5', 'https://example.org/a', 'mailto:a@b.c', 'tel:+254']) {
    assert.equal(safeUrl(url), url, url);
  }
  assert.equal(String(html`<a href="/bills/${'javascript:alert(1)'}">x</a>`), '<a href="/bills/javascript:alert(1)">x</a>');
});

test('interpolating into event handler or style attributes is refused', () => {
  assert.throws(() => html`<a onclick="${'x'}">`, /refuses/);
  assert.throws(() => html`<a onclick=${'x'}>`, /refuses/);
  assert.throws(() => html`<p style="color: ${'red'}">`, /refuses/);
  assert.throws(() => html`<iframe srcdoc="${'<p>'}">`, /refuses/);
});

test('attributes that only look similar are allowed', () => {
  assert.equal(String(html`<p data-on="${'1'}" data-style="${'2'}">`), '<p data-on="1" data-style="2">');
});

test('render puts a template result into an element and inert markup stays inert', () => {
  const container = document.createElement('div');
  render(html`<p id="x">${'<img src=x onerror="window.__pwned = true">'}</p>`, container);
  assert.equal(container.querySelector('#x').textContent, '<img src=x onerror="window.__pwned = true">');
  assert.equal(container.querySelector('img'), null);
});

test('render refuses raw strings', () => {
  const container = document.createElement('div');
  assert.throws(() => render('<p>raw</p>', container), /only html template results/);
  assert.throws(() => render({ toString: () => '<p>' }, container), /only html template results/);
  assert.equal(container.innerHTML, '');
});
