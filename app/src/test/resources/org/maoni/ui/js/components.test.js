const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const { provisionTreeTemplate } = await import('/components/provision-tree/provision-tree.js');
const { billListTemplate, enumLabel, billReference, houseLabel } = await import('/components/bill-list/bill-list.js');
const { headerTemplate } = await import('/components/site-header/site-header.js');
const { billPageTemplate, isStaff, originalFilePath } = await import('/components/bill-page/bill-page.js');
const { metadataFrom, registerBillTemplate, COUNTIES } = await import('/components/register-bill/register-bill.js');
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
    { id: 'b/1', title: 'The <Bill>', house: 'National Assembly', billNumber: '30', year: 2024, stage: 'SOMETHING_NEW', latestVersion: 2 },
    { id: 'b2', title: '', house: 'County Assembly of Nairobi', stage: 'FIRST_READING' },
  ];
  const root = dom(billListTemplate({ t: en, bills }));
  const links = [...root.querySelectorAll('h2 a')];
  assert.deepEqual(links.map((a) => a.getAttribute('href')), ['/bills/b%2F1', '/bills/b2']);
  assert.deepEqual(links.map((a) => a.textContent), ['The <Bill>', 'Untitled bill']);
  assert.includes(root.textContent, 'National Assembly');
  assert.includes(root.textContent, 'No. 30 of 2024');
  assert.includes(root.textContent, 'Something new');
  assert.includes(root.textContent, 'County Assembly of Nairobi');
  assert.includes(root.textContent, 'First Reading');
  const swahili = dom(billListTemplate({ t: sw, bills }));
  assert.includes(swahili.textContent, 'Bunge la Kaunti ya Nairobi');
  assert.includes(swahili.textContent, 'Bunge la Kitaifa');
  assert.includes(swahili.textContent, 'Kusomwa mara ya kwanza');
  assert.includes(dom(billListTemplate({ t: sw, bills: [] })).textContent, 'Bado hakuna mswada');
});

test('labels and references', () => {
  assert.equal(enumLabel(en, 'stage', 'THIRD_READING'), 'Third Reading');
  assert.equal(enumLabel(sw, 'stage', 'THIRD_READING'), 'Kusomwa mara ya tatu');
  assert.equal(enumLabel(en, 'stage', ''), '');
  assert.equal(enumLabel(en, 'stage', null), '');
  assert.equal(enumLabel(en, 'stage', 'NEW_STAGE_9'), 'New stage 9');
  assert.equal(enumLabel(en, 'stage', 'Free text <b>'), 'Free text <b>');
  assert.equal(houseLabel(sw, 'Senate'), 'Seneti');
  assert.equal(houseLabel(sw, 'national assembly'), 'Bunge la Kitaifa');
  assert.equal(houseLabel(sw, "County Assembly of Murang'a"), "Bunge la Kaunti ya Murang'a");
  assert.equal(houseLabel(en, ' Senate '), 'Senate');
  assert.equal(houseLabel(sw, 'Parliament of Somewhere'), 'Parliament of Somewhere');
  assert.equal(houseLabel(en, ''), '');
  assert.equal(houseLabel(en, null), '');
  assert.equal(houseLabel(en, 42), '');
  assert.equal(billReference(en, { billNumber: '7' }), 'No. 7');
  assert.equal(billReference(en, { year: 2025 }), '2025');
  assert.equal(billReference(sw, { billNumber: '7', year: 2025 }), 'Na. 7 ya 2025');
  assert.equal(billReference(en, {}), '');
  assert.equal(billReference(en, { billNumber: 'National Assembly Bills No. 12', year: 2026 }), 'National Assembly Bills No. 12 of 2026');
  assert.equal(billReference(sw, { billNumber: 'Senate Bills No. 3 of 2025', year: 2025 }), 'Senate Bills No. 3 of 2025');
  assert.equal(billReference(en, { billNumber: ' 12A ', year: 2026 }), 'No. 12A of 2026');
  assert.equal(billReference(en, { billNumber: 'Bills No. 7' }), 'Bills No. 7');
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
  assert.deepEqual(
    metadataFrom({ house: ' Senate ', title: '', year: '2024', sponsor: '  Hon. Wanjiru 🇰🇪 ', publicationDate: '2024-05-10' }),
    { house: 'Senate', year: 2024, sponsor: 'Hon. Wanjiru 🇰🇪', publicationDate: '2024-05-10' },
  );
  assert.deepEqual(metadataFrom({ stage: 'FIRST_READING', unknown: 'x' }), { stage: 'FIRST_READING' });
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

test('the register form offers every House the API accepts, in the reader language', () => {
  const session = { username: 'clerk', roles: ['CLERK'] };
  const form = dom(registerBillTemplate({ t: sw, session, errors: new Map(), values: { house: 'County Assembly of Kisumu' } }));
  const options = [...form.querySelectorAll('#register-house option')];
  assert.equal(options.length, 3 + 47);
  assert.equal(COUNTIES.length, 47);
  assert.equal(options[0].value, '');
  assert.equal(form.querySelector('#register-house').value, 'County Assembly of Kisumu');
  assert.equal(form.querySelector('#register-house option:checked').textContent, 'Bunge la Kaunti ya Kisumu');
  assert.equal(form.querySelector('#register-stage option[value="ASSENTED"]').textContent, 'Umeidhinishwa na Rais');
  assert.equal(form.querySelector('#register-publicationDate').type, 'date');
  for (const input of form.querySelectorAll('input, select')) {
    assert.ok(form.querySelector(`label[for="${input.id}"]`), `label for ${input.id}`);
  }
});

test('the register form is not offered to the public or to committee members', () => {
  assert.equal(dom(registerBillTemplate({ t: en, session: null })).querySelector('form'), null);
  assert.equal(dom(registerBillTemplate({ t: en, session: { roles: ['COMMITTEE'] } })).querySelector('form'), null);
  assert.ok(dom(registerBillTemplate({ t: en, session: { roles: ['ADMIN'] }, errors: new Map() })).querySelector('form'));
});

test('each version links its original file through the API', () => {
  const bill = {
    id: 'b 1',
    title: 'T',
    versions: [
      { number: 1, label: 'First Reading', fileName: 'bill <1>.pdf', size: 2048, pageCount: 12, publicationDate: '2024-05-10' },
      { number: 2 },
    ],
  };
  const page = dom(billPageTemplate({ t: en, bill, selected: 2, version: { provisions: [] } }));
  const file = page.querySelector('.bill-page__file a');
  assert.equal(file.getAttribute('href'), '/api/bills/b%201/versions/1/file');
  assert.ok(file.hasAttribute('download'));
  assert.equal(file.textContent, 'Original file: bill <1>.pdf (2 KB)');
  assert.includes(page.querySelector('.bill-page__version-meta').textContent, '12 pages');
  assert.includes(page.querySelector('.bill-page__version-meta').textContent, 'Published 10 May 2024');
  assert.equal(page.querySelectorAll('.bill-page__file a').length, 1, 'no link for a version without a file');
  assert.equal(originalFilePath('x', 3), '/api/bills/x/versions/3/file');
});

test('parse report: warnings grouped by code, big groups folded, links named by citation', async () => {
  const { parseReportTemplate, groupWarnings } = await import('/components/parse-report/parse-report.js');
  const warnings = [
    ...Array.from({ length: 5 }, (_, i) => ({ code: 'heading-from-arrangement', message: `m${i}`, eId: 'sec_1' })),
    { code: 'clause-missing', message: 'Clause 3 <missing>', eId: null },
    { code: 'odd', message: 'x', eId: 'sec_1__subsec_1' },
    null,
  ];
  assert.deepEqual(groupWarnings(warnings).map((g) => `${g.code}:${g.items.length}`), [
    'heading-from-arrangement:5',
    'clause-missing:1',
    'odd:1',
  ]);
  assert.deepEqual(groupWarnings(undefined), []);
  const report = { score: 0.5, arrangementClauses: 4, bodyClauses: 2, matchedClauses: 2, missing: ['3', '4'], extra: [], warnings };
  const root = dom(parseReportTemplate({ t: en, billId: 'b', version: 1, report, provisions: tree }));
  const groups = [...root.querySelectorAll('details')];
  assert.deepEqual(groups.map((d) => d.open), [false, true, true]);
  assert.includes(groups[0].querySelector('summary').textContent, '(5 times)');
  assert.equal(groups[2].querySelector('a').textContent, 'Go to Clause 1(1)');
  assert.equal(groups[2].querySelector('a').getAttribute('href'), '/bills/b/versions/1#sec_1__subsec_1');
  assert.equal(groups[1].querySelector('a'), null);
  assert.includes(groups[1].textContent, 'Clause 3 <missing>');
  assert.includes(root.querySelector('.parse-report__score').className, 'weak');
  assert.includes(root.textContent, '2 clauses listed but not found');
  const unknown = dom(parseReportTemplate({ t: sw, billId: 'b', version: 1, report: { ...report, warnings: [{ code: 'c', message: 'm', eId: 'gone' }] } }));
  assert.equal(unknown.querySelector('a').textContent, 'Nenda kwa gone');
  assert.includes(dom(parseReportTemplate({ t: sw, billId: 'b', version: 1, report: null })).textContent, 'Hakuna ripoti');
});

test('an older version says so and links the latest', () => {
  const bill = { id: 'b1', title: 'T', versions: [{ number: 1 }, { number: 2, label: 'Committee Stage' }] };
  const old = dom(billPageTemplate({ t: en, bill, selected: 1, version: { provisions: [] } }));
  assert.includes(old.querySelector('.bill-page__notice').textContent, 'not the latest version');
  assert.equal(old.querySelector('.bill-page__notice a').getAttribute('href'), '/bills/b1/versions/2');
  assert.equal(old.querySelector('.bill-page__notice a').textContent, 'Read Version 2: Committee Stage');
  const latest = dom(billPageTemplate({ t: sw, bill, selected: 2, version: { provisions: [] } }));
  assert.equal(latest.querySelector('.bill-page__notice'), null);
});
