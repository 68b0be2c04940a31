const i18n = await import('/lib/i18n.js');
const { createTranslator, interpolate, chooseLanguage, supportedLanguage, readStoredLanguage, storeLanguage } = i18n;

const en = { hello: 'Hello {name}', 'items.one': '{count} item', 'items.other': '{count} items', plain: 'Plain' };
const sw = { hello: 'Habari {name}', 'items.other': 'Vitu {count}' };

test('looks up and interpolates', () => {
  const t = createTranslator('en', en);
  assert.equal(t('hello', { name: 'Wanjiku' }), 'Hello Wanjiku');
});

test('falls back to English, then to the key itself', () => {
  const t = createTranslator('sw', sw, en);
  assert.equal(t('hello', { name: 'Juma' }), 'Habari Juma');
  assert.equal(t('plain'), 'Plain');
  assert.equal(t('missing.key'), 'missing.key');
});

test('plural categories follow the language', () => {
  const t = createTranslator('en', en);
  assert.equal(t('items', { count: 1 }), '1 item');
  assert.equal(t('items', { count: 0 }), '0 items');
  assert.equal(t('items', { count: 5 }), '5 items');
  const s = createTranslator('sw', sw, en);
  assert.equal(s('items', { count: 1 }), '1 item', 'sw has no .one here, so the English one is used');
  assert.equal(s('items', { count: 3 }), 'Vitu 3');
});

test('has() sees plain and plural keys, in the catalog or the fallback', () => {
  const t = createTranslator('sw', sw, en);
  assert.ok(t.has('hello'));
  assert.ok(t.has('items'));
  assert.ok(t.has('plain'));
  assert.ok(!t.has('nothing'));
  assert.ok(!t.has('toString'), 'prototype properties are not messages');
  assert.equal(t('toString'), 'toString');
  assert.equal(t('__proto__'), '__proto__');
});

test('interpolation keeps unknown placeholders and stringifies values as text', () => {
  assert.equal(interpolate('{a} {b} {a}', { a: '<b>' }), '<b> {b} <b>');
  assert.equal(interpolate('{n}', { n: 0 }), '0');
  assert.equal(interpolate('{n}', { n: null }), '{n}');
  assert.equal(interpolate('', {}), '');
  assert.equal(interpolate('{x}', { x: '🇰🇪 \u0000' }), '🇰🇪 \u0000');
  assert.equal(interpolate('{x}', { x: '$&' }), '$&', 'replacement patterns are not interpreted');
});

test('a message may contain Kiswahili, emoji and right-to-left text', () => {
  const t = createTranslator('sw', { k: 'Kifungu cha {n} 🇰🇪 نص' });
  assert.equal(t('k', { n: '5(2)' }), 'Kifungu cha 5(2) 🇰🇪 نص');
});

test('an unknown language still gets a working translator', () => {
  const t = createTranslator('xx-invalid-@@', en);
  assert.equal(t('items', { count: 2 }), '2 items');
});

test('supported languages are recognised from tags', () => {
  assert.equal(supportedLanguage('sw-KE'), 'sw');
  assert.equal(supportedLanguage('SW'), 'sw');
  assert.equal(supportedLanguage('en_GB'), 'en');
  assert.equal(supportedLanguage('fr'), null);
  assert.equal(supportedLanguage(''), null);
  assert.equal(supportedLanguage(null), null);
  assert.equal(supportedLanguage(42), null);
});

test('the stored choice wins over the browser, and English is the default', () => {
  assert.equal(chooseLanguage('sw', ['en-GB']), 'sw');
  assert.equal(chooseLanguage(null, ['fr-FR', 'sw-KE']), 'sw');
  assert.equal(chooseLanguage('<script>', ['fr']), 'en');
  assert.equal(chooseLanguage(undefined, undefined), 'en');
});

test('storage that throws or is missing is tolerated', () => {
  const broken = {
    getItem() {
      throw new Error('denied');
    },
    setItem() {
      throw new Error('denied');
    },
  };
  assert.equal(readStoredLanguage(broken), null);
  assert.equal(storeLanguage(broken, 'sw'), false);
  assert.equal(readStoredLanguage(null), null);
  const map = new Map();
  const working = { getItem: (k) => map.get(k) ?? null, setItem: (k, v) => map.set(k, v) };
  assert.equal(storeLanguage(working, 'sw'), true);
  assert.equal(readStoredLanguage(working), 'sw');
});

test('the shipped catalogs load and both languages have the same keys', async () => {
  const english = await i18n.loadCatalog('en');
  const kiswahili = await i18n.loadCatalog('sw');
  assert.deepEqual(Object.keys(kiswahili).sort(), Object.keys(english).sort());
  assert.equal(createTranslator('sw', kiswahili, english)('nav.bills'), 'Miswada');
});

test('loading an unknown catalog fails clearly', async () => {
  await i18n.loadCatalog('zz').then(
    () => {
      throw new Error('expected a failure');
    },
    (error) => assert.includes(error.message, 'zz'),
  );
});
