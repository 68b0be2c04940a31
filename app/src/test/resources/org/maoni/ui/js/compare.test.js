const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const { render } = await import('/lib/html.js');
const { redlineTemplate } = await import('/components/redline-text/redline-text.js');
const { versionChangesTemplate, compareLinkTemplate, kindBadge, NO_PARTICIPATION_VERSION } = await import(
  '/components/version-changes/version-changes.js'
);
const { provisionHistoryTemplate } = await import('/components/provision-history/provision-history.js');
const { provisionTreeTemplate } = await import('/components/provision-tree/provision-tree.js');
const { parseChangesQuery } = await import('/lib/changes.js');
const englishCatalog = await loadCatalog('en');
const en = createTranslator('en', englishCatalog);
const sw = createTranslator('sw', await loadCatalog('sw'), englishCatalog);

function dom(result) {
  const container = document.createElement('div');
  render(result, container);
  return container;
}

const bill = {
  id: 'b1',
  title: 'The Markets Bill',
  versions: [
    { number: 1, label: 'First Reading' },
    { number: 2, label: 'Committee Stage' },
  ],
};
const amended = {
  kind: 'MODIFIED',
  oldEIds: ['sec_6'],
  newEIds: ['sec_7'],
  oldNum: '6.',
  newNum: '7.',
  oldHeading: 'Market committees',
  newHeading: 'Market committees',
  similarity: 0.887,
  textChanged: true,
  operations: [
    { kind: 'EQUAL', text: 'at least ' },
    { kind: 'DELETE', text: 'one <b>' },
    { kind: 'INSERT', text: 'two' },
    { kind: 'EQUAL', text: ' of whom' },
  ],
  redline: '<script>not used</script>',
};
const diff = {
  billId: 'b1',
  from: 1,
  to: 2,
  summary: { UNCHANGED: 2, MODIFIED: 1, INSERTED: 1 },
  changes: [
    { kind: 'UNCHANGED', oldEIds: ['sec_1'], newEIds: ['sec_1'], oldNum: '1.', newNum: '1.', newHeading: 'Short title' },
    amended,
    { kind: 'UNCHANGED', oldEIds: ['sec_8'], newEIds: ['sec_8'], newNum: '8.' },
    { kind: 'INSERTED', oldEIds: [], newEIds: ['sec_4'], newNum: '4.', newHeading: 'Guiding principles', textChanged: true, operations: [{ kind: 'INSERT', text: 'Guided by' }] },
  ],
};

function page(t, query, extra = {}) {
  return dom(
    versionChangesTemplate({
      t,
      bill,
      query: parseChangesQuery(new URLSearchParams(query), [1, 2]),
      diff,
      diffProblem: null,
      after: null,
      afterProblem: { type: NO_PARTICIPATION_VERSION, status: 409 },
      ...extra,
    }),
  );
}

test('a redline is built from the operations with escaped text, and names insertions and deletions', () => {
  const root = dom(redlineTemplate(en, amended.operations, 'inline'));
  assert.equal(root.querySelector('del').textContent, '[deleted: one <b> end of deletion]');
  assert.equal(root.querySelector('ins').textContent, '[inserted: two end of insertion]');
  assert.equal(root.querySelectorAll('b, script').length, 0);
  assert.equal(root.querySelector('ins .visually-hidden').textContent, '[inserted: ');
  const old = dom(redlineTemplate(en, amended.operations, 'old'));
  assert.equal(old.querySelectorAll('ins').length, 0);
  assert.equal(dom(redlineTemplate(sw, amended.operations, 'new')).querySelector('ins').textContent, '[imeongezwa: two mwisho wa nyongeza]');
});

test('the what-changed page: picker, summary, badges with words, unchanged provisions as counts', () => {
  const root = page(en, 'from=1&to=2');
  assert.equal(root.querySelector('h1').textContent, 'What changed');
  assert.equal(root.querySelector('#changes-from').value, '1');
  assert.equal(root.querySelector('#changes-to').value, '2');
  assert.equal(root.querySelector('label[for="changes-from"]').textContent, 'Earlier version');
  assert.includes(root.querySelector('.version-changes__summary-text').textContent, '2 of 4 provisions changed');
  assert.deepEqual(
    [...root.querySelectorAll('.version-changes__summary li')].map((li) => li.textContent.replace(/\s+/g, ' ').trim()),
    ['Amended 1 provision', 'Inserted 1 provision', 'Unchanged 2 provisions'],
  );
  assert.deepEqual(
    [...root.querySelectorAll('.version-changes__unchanged summary')].map((s) => s.textContent),
    ['1 unchanged provision', '1 unchanged provision'],
  );
  const change = root.querySelector('.version-changes__change');
  assert.equal(change.querySelector('h3').textContent, 'Clause 7: Market committees');
  assert.includes(change.textContent, 'Was Clause 6, now Clause 7');
  assert.includes(change.textContent, '89% similar');
  assert.equal(change.querySelector('.change-badge').textContent, 'Amended');
  assert.equal(change.querySelector('ins').textContent, '[inserted: two end of insertion]');
  const links = [...change.querySelectorAll('.version-changes__links a')];
  assert.deepEqual(
    links.map((a) => a.getAttribute('href')),
    ['/bills/b1/provisions/sec_7/history?version=2', '/bills/b1/versions/1#sec_6', '/bills/b1/versions/2#sec_7'],
  );
  assert.equal(links[0].textContent, 'History of Clause 7');
  assert.equal(links[1].textContent, 'Clause 6 in version 1');
  assert.equal(root.querySelector('.version-changes__shown').textContent, 'Showing 2 changed provisions.');
});

test('the filter and the layout follow the query', () => {
  const root = page(en, 'from=1&to=2&kinds=INSERTED&view=side');
  assert.equal(root.querySelector('#changes-kind-MODIFIED').checked, false);
  assert.equal(root.querySelector('#changes-kind-INSERTED').checked, true);
  assert.equal(root.querySelector('#changes-view-side').checked, true);
  assert.equal(root.querySelectorAll('.version-changes__change').length, 1);
  assert.equal(root.querySelector('.version-changes__unchanged summary').textContent, '2 unchanged provisions');
  assert.equal(root.querySelectorAll('.version-changes__side').length, 2);
  assert.equal(root.querySelector('.version-changes__side-name').textContent, 'Version 1: First Reading');
  assert.equal(root.querySelector('#changes-kind-DELETED'), null, 'kinds that do not occur have no checkbox');
});

test('changes after participation: an explanation without a marked version, the entries with one', () => {
  const none = page(en, 'from=1&to=2');
  assert.includes(none.querySelector('#changes-after-heading').textContent, 'Changes after public participation');
  assert.includes(none.textContent, 'No version of this bill has been marked');
  const after = {
    participationVersion: 1,
    latestVersion: 2,
    similarityThreshold: 0.8,
    entries: [{ change: diff.changes[3], introducedIn: 2, introducedInLabel: 'Committee Stage' }],
  };
  const root = page(sw, 'from=1&to=2', { after, afterProblem: null });
  const section = root.querySelector('.version-changes__after-section');
  assert.includes(section.textContent, 'Toleo la 1: First Reading ndilo lililopelekwa');
  assert.includes(section.textContent, '80');
  assert.equal(section.querySelector('.change-badge').textContent, 'Imeongezwa');
  assert.equal(section.querySelector('a').getAttribute('href'), '/bills/b1/versions/2#sec_4');
  assert.includes(section.textContent, 'tangu toleo la 2: Committee Stage');
});

test('a bill with one version explains that there is nothing to compare, and equal versions are refused', () => {
  const single = dom(versionChangesTemplate({ t: en, bill: { ...bill, versions: [bill.versions[0]] }, query: parseChangesQuery(new URLSearchParams(''), [1]) }));
  assert.includes(single.textContent, 'only one version');
  assert.equal(single.querySelector('form'), null);
  const same = page(en, 'from=2&to=2', { diff: null });
  assert.equal(same.querySelector('[role="alert"]').textContent, 'Choose two different versions of this bill to compare.');
});

test('the compare link on the bill page appears from two versions on', () => {
  assert.equal(compareLinkTemplate(en, { ...bill, versions: [bill.versions[0]] }, 1), '');
  const link = dom(compareLinkTemplate(en, bill, 2)).querySelector('a');
  assert.equal(link.getAttribute('href'), '/bills/b1/changes?from=1&to=2');
  assert.equal(link.textContent, 'What changed: compare Version 1: First Reading with Version 2: Committee Stage');
  assert.equal(dom(compareLinkTemplate(en, bill, 1)).querySelector('a').getAttribute('href'), '/bills/b1/changes?from=1&to=2');
});

test('kind badges have words in both languages', () => {
  assert.equal(dom(kindBadge(sw, 'RENUMBERED')).textContent, 'Imepewa nambari mpya');
  assert.equal(dom(kindBadge(en, 'SOMETHING_NEW')).textContent, 'SOMETHING_NEW');
});

const history = {
  billId: 'b1',
  steps: [
    { version: 1, label: 'First Reading', provision: { eId: 'sec_4', type: 'SECTION', num: '4.', heading: 'Application', text: 'This Act applies.', children: [{ eId: 'sec_4__subsec_1', type: 'SUBSECTION', num: '(1)', text: 'Sub <i>text</i>' }] } },
    {
      version: 2,
      label: 'Committee Stage',
      provision: { eId: 'sec_5', type: 'SECTION', num: '5.', heading: 'Application', text: 'This Act applies to all.' },
      change: { kind: 'MODIFIED', oldNum: '4.', newNum: '5.', textChanged: true, operations: [{ kind: 'EQUAL', text: 'This Act applies' }, { kind: 'INSERT', text: ' to all' }, { kind: 'EQUAL', text: '.' }] },
    },
    { version: 3, label: 'Third Reading' },
  ],
};

test('the history lists every version in order with the text, the change as a redline, or its absence', () => {
  const root = dom(provisionHistoryTemplate({ t: en, bill, eId: 'sec_5', version: 2, history }));
  assert.equal(root.querySelector('h1').textContent, 'History of Clause 5');
  const steps = [...root.querySelectorAll('ol.provision-history__steps > li')];
  assert.deepEqual(
    steps.map((li) => li.querySelector('h2').textContent),
    ['Version 1: First Reading', 'Version 2: Committee Stage', 'Version 3: Third Reading'],
  );
  assert.includes(steps[0].textContent, '4. Application This Act applies.');
  assert.includes(steps[0].textContent, 'Sub <i>text</i>');
  assert.equal(steps[0].querySelector('a').getAttribute('href'), '/bills/b1/versions/1#sec_4');
  assert.equal(steps[0].querySelector('a').textContent, 'Clause 4 in version 1');
  assert.equal(steps[1].getAttribute('aria-current'), 'step');
  assert.includes(steps[1].textContent, 'Changes since Version 1: First Reading:');
  assert.includes(steps[1].textContent, 'Was Clause 4, now Clause 5');
  assert.equal(steps[1].querySelector('ins').textContent, '[inserted:  to all end of insertion]');
  assert.equal(steps[2].querySelector('.provision-history__absent').textContent, 'Not in this version.');
  const swRoot = dom(provisionHistoryTemplate({ t: sw, bill, eId: 'sec_5', version: 2, history }));
  assert.equal(swRoot.querySelector('h1').textContent, 'Historia ya Kifungu cha 5');
});

test('every headed provision in the tree links to its history with an accessible name', () => {
  const tree = [
    { eId: 'part_I', type: 'PART', num: 'PART I', heading: 'PRELIMINARY', children: [{ eId: 'sec_1', type: 'SECTION', num: '1.', heading: 'Short title', children: [{ eId: 'sec_1__subsec_1', type: 'SUBSECTION', num: '(1)', text: 'x' }] }] },
  ];
  const root = dom(provisionTreeTemplate({ t: en, billId: 'b1', version: 2, provisions: tree, level: 3 }));
  const link = root.querySelector('#sec_1 > .prov__head .prov__history');
  assert.equal(link.getAttribute('href'), '/bills/b1/provisions/sec_1/history?version=2');
  assert.equal(link.textContent, 'History of Clause 1');
  assert.ok(root.querySelector('#part_I > .prov__head .prov__history'));
  assert.equal(root.querySelector('#sec_1__subsec_1 .prov__history'), null);
});

test('clerks get a form to name the participation version; the public does not', () => {
  assert.equal(page(en, 'from=1&to=2').querySelector('.version-changes__mark'), null);
  const clerk = page(en, 'from=1&to=2', { session: { username: 'c', roles: ['CLERK'] } });
  const select = clerk.querySelector('.version-changes__mark #changes-participation');
  assert.equal(select.value, '');
  assert.deepEqual([...select.options].map((o) => o.textContent.trim()), ['None marked yet', 'Version 1: First Reading', 'Version 2: Committee Stage']);
  assert.equal(clerk.querySelector('label[for="changes-participation"]').textContent, 'Version that went to public participation');
  const marked = page(en, 'from=1&to=2', {
    session: { roles: ['ADMIN'] },
    after: { participationVersion: 2, latestVersion: 2, similarityThreshold: 0.8, entries: [] },
    afterProblem: null,
    markProblem: { status: 403, title: 'Forbidden', detail: 'Not allowed.' },
  });
  assert.equal(marked.querySelector('#changes-participation').value, '2');
  assert.includes(marked.textContent, 'No provision was added or substantially changed after public participation.');
  assert.equal(marked.querySelector('.version-changes__mark [role="alert"]').textContent, 'Not allowed.');
});

test('each change names the published decisions behind it, escaped, or that no proposal asked for it', () => {
  const basis = (id, decision, reasons) => ({ proposalId: id, memorandum: 'MEM-2026-000042', decision, reasons });
  const decisions = {
    changes: [
      { change: amended, implementing: [basis(12, 'ACCEPTED', 'Two <members> are needed')], askedFor: [], unrequested: false },
      { change: diff.changes[3], implementing: [], askedFor: [], unrequested: true },
    ],
  };
  const root = page(en, 'from=1&to=2', { decisions });
  const items = [...root.querySelectorAll('.version-changes__change')];
  const amendedItem = items.find((li) => li.querySelector('h3').textContent.startsWith('Clause 7'));
  assert.equal(
    amendedItem.querySelector('.version-changes__decision').textContent.trim(),
    'Committee decision: Accepted — Two <members> are needed (proposal 12 from MEM-2026-000042)',
  );
  assert.equal(amendedItem.querySelector('members'), null);
  assert.equal(amendedItem.querySelector('.version-changes__unrequested'), null);
  const insertedItem = items.find((li) => li.querySelector('h3').textContent.startsWith('Clause 4'));
  assert.equal(insertedItem.querySelector('.version-changes__unrequested').textContent, 'No proposal asked for this change');
  assert.equal(insertedItem.querySelector('.version-changes__decision'), null);

  const swahili = page(sw, 'from=1&to=2', { decisions });
  assert.includes(swahili.textContent, 'Uamuzi wa kamati: Limekubaliwa — Two <members> are needed (pendekezo 12 kutoka MEM-2026-000042)');
  assert.includes(swahili.textContent, 'Hakuna pendekezo lililoomba mabadiliko haya');

  const without = page(en, 'from=1&to=2');
  assert.equal(without.querySelector('.version-changes__decisions, .version-changes__unrequested'), null);

  const after = page(en, 'from=1&to=2', {
    after: {
      participationVersion: 1,
      latestVersion: 2,
      similarityThreshold: 0.9,
      entries: [{ change: amended, introducedIn: 2 }],
    },
    afterProblem: null,
    afterDecisions: { changes: [{ change: amended, implementing: [], askedFor: [basis(13, 'ACCEPTED_WITH_AMENDMENT', 'Partly')], unrequested: false }] },
  });
  assert.equal(
    after.querySelector('.version-changes__after .version-changes__decision').textContent.trim(),
    'Committee decision: Accepted with amendment — Partly (proposal 13 from MEM-2026-000042)',
  );
});
