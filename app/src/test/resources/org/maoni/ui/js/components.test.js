const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const { provisionTreeTemplate } = await import('/components/provision-tree/provision-tree.js');
const { billListTemplate, enumLabel, billReference } = await import('/components/bill-list/bill-list.js');
const { headerTemplate } = await import('/components/site-header/site-header.js');
const { billPageTemplate, isStaff } = await import('/components/bill-page/bill-page.js');
const { metadataFrom } = await import('/components/register-bill/register-bill.js');
const { errorSummary, field } = await import('/lib/forms.js');
const { render } = await import('/lib/html.js');
const englishCatalog = await loadCatalog('en');
const en = createTranslator('en', englishCatalog);
const sw = createTranslator('sw', await loadCatalog('sw'), englishCatalog);

function dom(result) {
  const container = document.createElement('div');
  render(result, container);
  return container;
}

const tree = [
  { eId: 'preface', type: 'PREFACE', text: 'A Bill for AN ACT' },
  {
    eId: 'part_I',
    type: 'PART',
    num: 'PART I',
    heading: 'PRELIMINARY',
    children: [
      {
        eId: 'sec_1',
        type: 'SECTION',
        num: '1.',
        heading: 'Short title <script>alert(1)</script>',
        text: 'This Act may be cited as… 🇰🇪',
        children: [{ eId: 'sec_1__subsec_1', type: 'SUBSECTION', num: '(1)', text: 'Kiswahili: Sheria hii' }],
      },
    ],
  },
  { eId: 'sec_2', type: 'SECTION', num: '2.', heading: 'Top-level clause', wrapUp: 'and so on.' },
];

test('every provision gets its eId as id and a named link to its own URL', () => {
  const root = dom(provisionTreeTemplate({ t: en, billId: 'b1', version: 3, provisions: tree, level: 3 }));
  for (const eId of ['preface', 'part_I', 'sec_1', 'sec_1__subsec_1', 'sec_2']) {
    const node = root.querySelector(`[id="${eId}"]`);
    assert.ok(node, eId);
    const link = node.querySelector('.prov__link');
    assert.equal(link.getAttribute('href'), `/bills/b1/versions/3#${eId}`);
  }
  assert.equal(root.querySelector('#sec_1__subsec_1 .prov__link').textContent.trim(), '¶Link to Clause 1(1)');
  assert.equal(root.querySelector('#preface .prov__link .visually-hidden').textContent, 'Link to Long title');
});

test('heading levels follow the nesting: Parts, then their clauses', () => {
  const root = dom(provisionTreeTemplate({ t: en, billId: 'b1', version: 1, provisions: tree, level: 3 }));
  assert.equal(root.querySelector('#part_I > .prov__head > :first-child').localName, 'h3');
  assert.equal(root.querySelector('#sec_1 > .prov__head > :first-child').localName, 'h4');
  assert.equal(root.querySelector('#sec_2 > .prov__head > :first-child').localName, 'h3');
  assert.equal(root.querySelector('#part_I h3').textContent.replace(/\s+/g, ' ').trim(), 'PART I — PRELIMINARY');
});

test('very deep nesting stays a heading beyond h6', () => {
  const deep = { eId: 'd', type: 'PART', num: 'I', heading: 'Deep' };
  const root = dom(provisionTreeTemplate({ t: en, billId: 'b', version: 1, provisions: [deep], level: 7 }));
  const heading = root.querySelector('[role="heading"]');
  assert.equal(heading.getAttribute('aria-level'), '7');
});

test('provision text is escaped, never parsed', () => {
  const root = dom(provisionTreeTemplate({ t: en, billId: 'b1', version: 1, provisions: tree, level: 3 }));
  assert.equal(root.querySelector('script'), null);
  assert.includes(root.querySelector('#sec_1 h4').textContent, '<script>alert(1)</script>');
  assert.includes(root.textContent, '🇰🇪');
  assert.includes(root.querySelector('#sec_2').textContent, 'and so on.');
});

test('an empty or malformed tree says so instead of failing', () => {
  assert.includes(dom(provisionTreeTemplate({ t: en, billId: 'b', version: 1, provisions: [] })).textContent, 'no text yet');
  assert.includes(dom(provisionTreeTemplate({ t: sw, billId: 'b', version: 1, provisions: null })).textContent, 'halina maandishi');
  const root = dom(provisionTreeTemplate({ t: en, billId: 'b', version: 1, provisions: [null, { type: 'SECTION' }, { eId: 'ok', type: 'X' }] }));
  assert.ok(root.querySelector('#ok'));
  assert.equal(root.querySelectorAll('.prov').length, 1);
});

test('the Kiswahili tree names its links in Kiswahili', () => {
  const root = dom(provisionTreeTemplate({ t: sw, billId: 'b1', version: 1, provisions: tree, level: 3 }));
  assert.equal(root.querySelector('#sec_1__subsec_1 .visually-hidden').textContent, 'Kiungo cha Kifungu cha 1(1)');
});

test('the bill list links each bill and translates known values', () => {
  const bills = [
    { id: 'b/1', title: 'The <Bill>', house: 'NATIONAL_ASSEMBLY', billNumber: '30', year: 2024, stage: 'SOMETHING_NEW', latestVersion: 2 },
    { id: 'b2', title: '', house: 'Bunge la Kaunti ya Nairobi' },
  ];
  const root = dom(billListTemplate({ t: en, bills }));
  const links = [...root.querySelectorAll('h2 a')];
  assert.deepEqual(links.map((a) => a.getAttribute('href')), ['/bills/b%2F1', '/bills/b2']);
  assert.deepEqual(links.map((a) => a.textContent), ['The <Bill>', 'Untitled bill']);
  assert.includes(root.textContent, 'National Assembly');
  assert.includes(root.textContent, 'No. 30 of 2024');
  assert.includes(root.textContent, 'Something new');
  assert.includes(root.textContent, 'Bunge la Kaunti ya Nairobi');
  assert.includes(dom(billListTemplate({ t: sw, bills: [] })).textContent, 'Bado hakuna mswada');
});

test('labels and references', () => {
  assert.equal(enumLabel(en, 'house', 'SENATE'), 'Senate');
  assert.equal(enumLabel(sw, 'house', 'SENATE'), 'Seneti');
  assert.equal(enumLabel(en, 'house', ''), '');
  assert.equal(enumLabel(en, 'house', null), '');
  assert.equal(enumLabel(en, 'stage', 'COMMITTEE_STAGE'), 'Committee stage');
  assert.equal(enumLabel(en, 'house', 'County Assembly of Mombasa'), 'County Assembly of Mombasa');
  assert.equal(billReference(en, { billNumber: '7' }), 'No. 7');
  assert.equal(billReference(en, { year: 2025 }), '2025');
  assert.equal(billReference(sw, { billNumber: '7', year: 2025 }), 'Na. 7 ya 2025');
  assert.equal(billReference(en, {}), '');
});

test('the header offers registration to clerks only and shows who is signed in', () => {
  const anonymous = dom(headerTemplate({ t: en, route: 'home', session: null }));
  assert.equal(anonymous.querySelector('a[href="/bills/new"]'), null);
  assert.ok(anonymous.querySelector('a[href="/signin"]'));
  assert.equal(anonymous.querySelector('nav a[href="/"]').getAttribute('aria-current'), 'page');
  assert.equal(anonymous.querySelector('button[data-lang]').dataset.lang, 'sw');
  const clerk = dom(headerTemplate({ t: sw, route: 'register', session: { username: '<clerk>', roles: ['CLERK'] } }));
  assert.equal(clerk.querySelector('a[href="/bills/new"]').getAttribute('aria-current'), 'page');
  assert.includes(clerk.textContent, 'Umeingia kama <clerk>');
  assert.equal(clerk.querySelector('button[data-lang]').dataset.lang, 'en');
  assert.equal(clerk.querySelector('button[data-lang] [lang]').getAttribute('lang'), 'en');
  const member = dom(headerTemplate({ t: en, route: 'home', session: { username: 'm', roles: ['COMMITTEE'] } }));
  assert.equal(member.querySelector('a[href="/bills/new"]'), null);
});

test('staff see the parse report; the public does not', () => {
  const bill = {
    id: 'b1',
    title: 'T',
    versions: [{ number: 1, label: 'As published', parseReport: { score: 1, missing: [], extra: [], warnings: [] } }],
  };
  const data = { t: en, bill, selected: 1, version: { provisions: tree } };
  assert.equal(dom(billPageTemplate({ ...data, session: null })).querySelector('parse-report'), null);
  assert.ok(dom(billPageTemplate({ ...data, session: { username: 'c', roles: ['COMMITTEE'] } })).querySelector('parse-report'));
  assert.ok(isStaff({ roles: ['ADMIN'] }));
  assert.ok(!isStaff({ roles: [] }));
  assert.ok(!isStaff(null));
  const page = dom(billPageTemplate({ ...data, session: null }));
  assert.equal(page.querySelector('a[aria-current="page"]').getAttribute('href'), '/bills/b1/versions/1');
  assert.equal(page.querySelector('h1').textContent, 'T');
});

test('a version that failed to load shows its problem', () => {
  const bill = { id: 'b1', title: 'T', versions: [{ number: 1 }] };
  const page = dom(billPageTemplate({ t: en, bill, selected: 1, version: null, versionProblem: { detail: 'Parser <failed>' } }));
  assert.equal(page.querySelector('[role="alert"]').textContent, 'Parser <failed>');
});

test('register metadata: trimmed, empty values dropped, year as a number', () => {
  assert.deepEqual(metadataFrom({ house: ' SENATE ', title: '', year: '2024', sponsor: '  Hon. Wanjiru 🇰🇪 ' }), {
    house: 'SENATE',
    year: 2024,
    sponsor: 'Hon. Wanjiru 🇰🇪',
  });
  assert.deepEqual(metadataFrom({ year: 'abcd', billNumber: 7 }), { year: 'abcd' });
  assert.deepEqual(metadataFrom({}), {});
});

test('error summary links field errors to their fields', () => {
  const errors = new Map([['house', ['must not be blank']], ['', ['general <b>']]]);
  const root = dom(errorSummary({ t: en, prefix: 'register', problem: { detail: 'Invalid bill' }, errors, labels: { house: 'House' } }));
  assert.equal(root.querySelector('a').getAttribute('href'), '#register-house');
  assert.equal(root.querySelector('a').textContent, 'House: must not be blank');
  assert.includes(root.textContent, 'general <b>');
  assert.includes(root.textContent, 'Invalid bill');
  assert.equal(root.querySelector('b'), null);
  assert.equal(String(errorSummary({ t: en, prefix: 'x', problem: null, errors: new Map(), labels: {} })), '');
});

test('a field with an error is marked invalid and described by its message', () => {
  const errors = new Map([['year', ['Enter four digits.']]]);
  const root = dom(field({ prefix: 'r', name: 'year', label: 'Year', value: '"><script>', errors, hint: 'e.g. 2024' }));
  const input = root.querySelector('input');
  assert.equal(input.getAttribute('aria-invalid'), 'true');
  assert.equal(input.getAttribute('aria-describedby'), 'r-year-hint r-year-error');
  assert.equal(input.value, '"><script>');
  assert.equal(root.querySelector('#r-year-error').textContent, 'Enter four digits.');
  assert.equal(root.querySelector('label').getAttribute('for'), 'r-year');
  const password = dom(field({ prefix: 'r', name: 'p', label: 'P', type: 'password', value: 'secret', errors: new Map() }));
  assert.equal(password.querySelector('input').value, '', 'passwords are never written back into the page');
});
