const { parseRoute, billPath, versionPath, provisionHref, fragmentId, safeNext, routableLink } = await import(
  '/lib/router.js'
);

const id = '0b6f7d5e-8a43-4c1e-9d62-1f0c3b2a4e51';

test('home, the bill list and sign-in', () => {
  assert.deepEqual(parseRoute('/'), { name: 'home' });
  assert.deepEqual(parseRoute(''), { name: 'home' });
  assert.deepEqual(parseRoute('/bills'), { name: 'home' });
  assert.deepEqual(parseRoute('/bills/'), { name: 'home' });
  assert.deepEqual(parseRoute('/index.html'), { name: 'home' });
  assert.deepEqual(parseRoute('/signin'), { name: 'signin' });
  assert.deepEqual(parseRoute('/signin/'), { name: 'signin' });
  assert.deepEqual(parseRoute('/bills/new'), { name: 'register' });
});

test('a bill and one of its versions', () => {
  assert.deepEqual(parseRoute(`/bills/${id}`), { name: 'bill', billId: id });
  assert.deepEqual(parseRoute(`/bills/${id}/versions/2`), { name: 'version', billId: id, version: 2 });
  assert.deepEqual(parseRoute(`/bills/${id}/versions/12/`), { name: 'version', billId: id, version: 12 });
});

test('bad version numbers and unknown paths are not found', () => {
  for (const path of [
    `/bills/${id}/versions/0`,
    `/bills/${id}/versions/-1`,
    `/bills/${id}/versions/1.5`,
    `/bills/${id}/versions/01`,
    `/bills/${id}/versions/abc`,
    `/bills/${id}/versions/9999999999`,
    `/bills/${id}/versions`,
    `/bills/${id}/diff`,
    '/laws',
    '/api/bills',
    '/signin/extra',
  ]) {
    assert.equal(parseRoute(path).name, 'notFound', path);
  }
});

test('segments are decoded; malformed escapes and NUL are not found', () => {
  assert.deepEqual(parseRoute('/bills/Mswada%20%F0%9F%87%B0%F0%9F%87%AA'), { name: 'bill', billId: 'Mswada 🇰🇪' });
  assert.equal(parseRoute('/bills/%E0%A4%A').name, 'notFound');
  assert.equal(parseRoute('/bills/a%00b').name, 'notFound');
  assert.equal(parseRoute(null).name, 'home');
});

test('paths are built with encoded segments', () => {
  assert.equal(billPath(id), `/bills/${id}`);
  assert.equal(versionPath(id, 3), `/bills/${id}/versions/3`);
  assert.equal(provisionHref(id, 3, 'sec_5__subsec_2'), `/bills/${id}/versions/3#sec_5__subsec_2`);
  assert.equal(billPath('a/b?c#d'), '/bills/a%2Fb%3Fc%23d');
  assert.equal(billPath('<script>'), '/bills/%3Cscript%3E');
  assert.deepEqual(parseRoute(billPath('a/b 🇰🇪')), { name: 'bill', billId: 'a/b 🇰🇪' });
});

test('fragment ids round-trip, including odd ones', () => {
  assert.equal(fragmentId('#sec_5__subsec_2__para_a'), 'sec_5__subsec_2__para_a');
  const odd = new URL(provisionHref(id, 1, 'kifungu_5 🇰🇪'), 'https://maoni.example').hash;
  assert.equal(fragmentId(odd), 'kifungu_5 🇰🇪');
  assert.equal(fragmentId('#'), null);
  assert.equal(fragmentId(''), null);
  assert.equal(fragmentId('sec_5'), null);
  assert.equal(fragmentId('#%E0%A4%A'), null);
  assert.equal(fragmentId('#a%00'), null);
  assert.equal(fragmentId(undefined), null);
});

test('only same-origin paths are accepted after sign-in', () => {
  assert.equal(safeNext('/bills/new'), '/bills/new');
  assert.equal(safeNext('/camunda/app/'), '/camunda/app/');
  for (const bad of ['//evil.example/', 'https://evil.example/', 'javascript:alert(1)', '/\\evil', '', null, '/a\u0000', 'bills']) {
    assert.equal(safeNext(bad), '/', String(bad));
  }
});

const click = (extra = {}) => ({ defaultPrevented: false, button: 0, metaKey: false, ctrlKey: false, shiftKey: false, altKey: false, ...extra });
const anchor = (href, attrs = {}) => ({
  getAttribute: (name) => (name === 'href' ? href : attrs[name] ?? null),
  hasAttribute: (name) => name in attrs,
});
const here = 'https://maoni.example/bills/1';

test('plain clicks on same-origin links are routed', () => {
  assert.equal(routableLink(click(), anchor('/signin'), here).pathname, '/signin');
  assert.equal(routableLink(click(), anchor('versions/2#sec_1'), 'https://maoni.example/bills/1/').href,
    'https://maoni.example/bills/1/versions/2#sec_1');
  assert.equal(routableLink(click(), anchor('#main'), here).hash, '#main');
});

test('modified clicks, other origins, targets, downloads and the API are left to the browser', () => {
  assert.equal(routableLink(click({ ctrlKey: true }), anchor('/'), here), null);
  assert.equal(routableLink(click({ metaKey: true }), anchor('/'), here), null);
  assert.equal(routableLink(click({ shiftKey: true }), anchor('/'), here), null);
  assert.equal(routableLink(click({ button: 1 }), anchor('/'), here), null);
  assert.equal(routableLink(click({ defaultPrevented: true }), anchor('/'), here), null);
  assert.equal(routableLink(click(), anchor('https://other.example/'), here), null);
  assert.equal(routableLink(click(), anchor('/', { target: '_blank' }), here), null);
  assert.equal(routableLink(click(), anchor('/x.pdf', { download: '' }), here), null);
  assert.equal(routableLink(click(), anchor('/api/bills'), here), null);
  assert.equal(routableLink(click(), anchor('/v3/api-docs', { rel: 'external' }), here), null);
  assert.equal(routableLink(click(), anchor('http://[bad'), here), null);
  assert.equal(routableLink(click(), null, here), null);
});

test('memorandum and task routes', async () => {
  const { receiptPath, statusPath } = await import('/lib/router.js');
  assert.deepEqual(parseRoute('/bills/b1/submit'), { name: 'submit', billId: 'b1' });
  assert.deepEqual(parseRoute('/memoranda/status'), { name: 'memoStatus' });
  assert.deepEqual(parseRoute('/memoranda/new'), { name: 'openCalls' });
  assert.deepEqual(parseRoute('/memoranda/MEM-2026-000001/receipt'), { name: 'receipt', reference: 'MEM-2026-000001' });
  assert.deepEqual(parseRoute('/tasks'), { name: 'tasks' });
  assert.deepEqual(parseRoute('/tasks/abc-1'), { name: 'task', taskId: 'abc-1' });
  for (const path of ['/memoranda', '/memoranda/x', '/memoranda/x/receipt/y', '/tasks/a/b', '/bills/b1/submit/x']) {
    assert.equal(parseRoute(path).name, 'notFound', path);
  }
  assert.equal(receiptPath('MEM/1 2'), '/memoranda/MEM%2F1%202/receipt');
  assert.equal(statusPath('MEM-1'), '/memoranda/status?reference=MEM-1');
  assert.equal(statusPath(''), '/memoranda/status');
});
