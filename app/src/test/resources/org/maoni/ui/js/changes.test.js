const {
  CHANGE_KINDS,
  FILTER_KINDS,
  changedCount,
  changesSearch,
  focusStep,
  groupChanges,
  hasRedline,
  headingChanged,
  numberChanged,
  parseChangesQuery,
  provisionName,
  redlineSegments,
  shownCount,
  summaryEntries,
  typeOfEId,
} = await import('/lib/changes.js');
const { changesPath, historyPath, parseRoute } = await import('/lib/router.js');
const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const englishCatalog = await loadCatalog('en');
const en = createTranslator('en', englishCatalog);
const sw = createTranslator('sw', await loadCatalog('sw'), englishCatalog);

const params = (query) => new URLSearchParams(query);

test('the query defaults to the latest version against the one before it, all kinds, inline', () => {
  assert.deepEqual(parseChangesQuery(params(''), [1, 2, 3]), {
    from: 2,
    to: 3,
    kinds: [...FILTER_KINDS],
    view: 'inline',
    valid: true,
  });
  assert.deepEqual(parseChangesQuery(params('to=2'), [3, 1, 2]).from, 1);
});

test('the query reads versions, kinds and layout, and flags unknown or equal versions', () => {
  const query = parseChangesQuery(params('from=1&to=3&kinds=inserted,MODIFIED,bogus&view=side'), [1, 2, 3]);
  assert.deepEqual(query, { from: 1, to: 3, kinds: ['MODIFIED', 'INSERTED'], view: 'side', valid: true });
  assert.equal(parseChangesQuery(params('from=2&to=2'), [1, 2]).valid, false);
  assert.equal(parseChangesQuery(params('from=1&to=9'), [1, 2]).valid, false);
  assert.equal(parseChangesQuery(params('from=-1&to=2'), [1, 2]).from, null);
  assert.equal(parseChangesQuery(params('from=1&to=2'), [1]).valid, false);
  assert.equal(parseChangesQuery(params(''), [1]).valid, false, 'one version: nothing to compare');
  assert.deepEqual(parseChangesQuery(params('kinds='), [1, 2]).kinds, []);
  assert.equal(parseChangesQuery(params('view=sideways'), [1, 2]).view, 'inline');
});

test('the query string leaves defaults out and round-trips', () => {
  assert.equal(changesSearch({ from: 1, to: 2, kinds: [...FILTER_KINDS], view: 'inline' }), '?from=1&to=2');
  const search = changesSearch({ from: 1, to: 3, kinds: ['INSERTED', 'MODIFIED'], view: 'side' });
  assert.equal(search, '?from=1&to=3&kinds=MODIFIED,INSERTED&view=side');
  const back = parseChangesQuery(params(search.slice(1)), [1, 2, 3]);
  assert.deepEqual([back.from, back.to, back.kinds, back.view], [1, 3, ['MODIFIED', 'INSERTED'], 'side']);
  assert.equal(changesSearch({ from: 1, to: 2, kinds: [] }), '?from=1&to=2&kinds=');
});

test('routes and paths of the what-changed and history pages', () => {
  assert.deepEqual(parseRoute('/bills/b1/changes'), { name: 'changes', billId: 'b1' });
  assert.deepEqual(parseRoute('/bills/b1/provisions/sec_5/history'), { name: 'history', billId: 'b1', eId: 'sec_5' });
  assert.deepEqual(parseRoute('/bills/b1/provisions/sec_5'), { name: 'notFound' });
  assert.deepEqual(parseRoute('/bills/b1/provisions//history'), { name: 'notFound' });
  assert.equal(changesPath('b 1', '?from=1&to=2'), '/bills/b%201/changes?from=1&to=2');
  assert.equal(historyPath('b1', 'sec_5', 2), '/bills/b1/provisions/sec_5/history?version=2');
  assert.equal(historyPath('b1', 'a/b'), '/bills/b1/provisions/a%2Fb/history');
  assert.deepEqual(parseRoute(historyPath('b1', 'a/b')), { name: 'history', billId: 'b1', eId: 'a/b' });
});

test('summary entries come in a fixed order without empty kinds; unknown kinds last', () => {
  const entries = summaryEntries({ UNCHANGED: 13, INSERTED: 1, MODIFIED: 7, MERGED: 0, FUTURE: 2 });
  assert.deepEqual(entries, [
    { kind: 'MODIFIED', count: 7 },
    { kind: 'INSERTED', count: 1 },
    { kind: 'UNCHANGED', count: 13 },
    { kind: 'FUTURE', count: 2 },
  ]);
  assert.equal(changedCount({ UNCHANGED: 13, INSERTED: 1, MODIFIED: 7 }), 8);
  assert.deepEqual(summaryEntries(null), []);
  assert.equal(CHANGE_KINDS.length, 8);
});

const changes = [
  { kind: 'UNCHANGED', newEIds: ['preface'] },
  { kind: 'UNCHANGED', newEIds: ['sec_1'] },
  { kind: 'MODIFIED', newEIds: ['sec_2'] },
  { kind: 'UNCHANGED', newEIds: ['sec_3'] },
  { kind: 'RENUMBERED', newEIds: ['sec_5'] },
  { kind: 'UNCHANGED', newEIds: ['sec_6'] },
  { kind: 'INSERTED', newEIds: ['sec_4'] },
];

test('unchanged provisions collapse into runs between the changes shown', () => {
  const items = groupChanges(changes);
  assert.deepEqual(
    items.map((item) => (item.type === 'unchanged' ? item.changes.length : item.change.kind)),
    [2, 'MODIFIED', 1, 'RENUMBERED', 1, 'INSERTED'],
  );
  assert.equal(shownCount(changes), 3);
});

test('filtered-out kinds disappear without breaking a run of unchanged provisions', () => {
  const items = groupChanges(changes, ['INSERTED']);
  assert.deepEqual(
    items.map((item) => (item.type === 'unchanged' ? item.changes.length : item.change.kind)),
    [4, 'INSERTED'],
  );
  assert.equal(shownCount(changes, []), 0);
  assert.deepEqual(groupChanges(null), []);
});

test('redline segments per side, with adjacent pieces merged and empty ones dropped', () => {
  const ops = [
    { kind: 'EQUAL', text: 'under section ' },
    { kind: 'DELETE', text: '5' },
    { kind: 'INSERT', text: '6' },
    { kind: 'EQUAL', text: ' for' },
    { kind: 'EQUAL', text: ' sale' },
    { kind: 'INSERT', text: '' },
  ];
  assert.deepEqual(redlineSegments(ops, 'inline'), [
    { kind: 'EQUAL', text: 'under section ' },
    { kind: 'DELETE', text: '5' },
    { kind: 'INSERT', text: '6' },
    { kind: 'EQUAL', text: ' for sale' },
  ]);
  assert.deepEqual(redlineSegments(ops, 'old'), [
    { kind: 'EQUAL', text: 'under section ' },
    { kind: 'DELETE', text: '5' },
    { kind: 'EQUAL', text: ' for sale' },
  ]);
  assert.deepEqual(
    redlineSegments(ops, 'new').map((s) => s.text).join(''),
    'under section 6 for sale',
  );
  assert.equal(hasRedline({ operations: ops }), true);
  assert.equal(hasRedline({ operations: [{ kind: 'EQUAL', text: 'x' }] }), false);
  assert.equal(hasRedline({}), false);
});

test('provision names come from the eId and the printed number, in both languages', () => {
  assert.equal(typeOfEId('sec_5__subsec_2'), 'SUBSECTION');
  assert.equal(typeOfEId('objectsAndReasons'), 'OBJECTS_AND_REASONS');
  assert.equal(provisionName(en, 'sec_5', '5.'), 'Clause 5');
  assert.equal(provisionName(sw, 'sec_5', '5.'), 'Kifungu cha 5');
  assert.equal(provisionName(en, 'part_II', 'PART II'), 'Part II');
  assert.equal(provisionName(en, 'sched_1', 'SCHEDULE'), 'Schedule');
  assert.equal(provisionName(en, 'preface', null), 'Long title');
  assert.equal(provisionName(en, 'odd_thing', '(x)'), '(x)');
  assert.equal(provisionName(en, null, '1.'), '');
});

test('number and heading changes are told apart from punctuation', () => {
  assert.equal(numberChanged({ oldNum: '4.', newNum: '5.' }), true);
  assert.equal(numberChanged({ oldNum: '4.', newNum: '4' }), false);
  assert.equal(numberChanged({ newNum: '4.' }), false);
  assert.equal(headingChanged({ oldHeading: 'Conduct', newHeading: 'Duties' }), true);
  assert.equal(headingChanged({ oldHeading: 'Duties ', newHeading: 'Duties' }), false);
});

test('the focus step of a history is the version asked for, else the latest appearance', () => {
  const history = { steps: [{ version: 1, provision: { eId: 'sec_4' } }, { version: 2, provision: { eId: 'sec_5' } }, { version: 3 }] };
  assert.equal(focusStep(history, 1).provision.eId, 'sec_4');
  assert.equal(focusStep(history, 3).provision.eId, 'sec_5');
  assert.equal(focusStep(history, null).version, 2);
  assert.equal(focusStep({ steps: [] }, 1), null);
});
