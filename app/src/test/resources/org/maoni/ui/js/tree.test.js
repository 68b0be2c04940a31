const { walk, pathTo, findProvision, countByType, bareNum, citation, clauseOutline, isHeaded } = await import(
  '/lib/tree.js'
);
const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const en = createTranslator('en', await loadCatalog('en'));
const sw = createTranslator('sw', await loadCatalog('sw'), await loadCatalog('en'));

const tree = [
  { eId: 'preface', type: 'PREFACE', text: 'A Bill for AN ACT of Parliament', children: [] },
  {
    eId: 'part_II',
    type: 'PART',
    num: 'PART II',
    heading: 'PUBLIC PARTICIPATION',
    children: [
      {
        eId: 'sec_5',
        type: 'SECTION',
        num: '5.',
        heading: 'Duty',
        children: [
          {
            eId: 'sec_5__subsec_2',
            type: 'SUBSECTION',
            num: '(2)',
            children: [
              {
                eId: 'sec_5__subsec_2__para_a',
                type: 'PARAGRAPH',
                num: '(a)',
                children: [{ eId: 'sec_5__subsec_2__para_a__subpara_i', type: 'SUBPARAGRAPH', num: 'i' }],
              },
            ],
          },
        ],
      },
    ],
  },
  { eId: 'sch_1', type: 'SCHEDULE', heading: 'FIRST SCHEDULE', children: [{ eId: 'sch_1__para_a', type: 'PARAGRAPH', num: '(a)' }] },
  { eId: 'objects', type: 'OBJECTS_AND_REASONS', text: 'The object…' },
];

test('walk visits in document order with ancestors', () => {
  const seen = [];
  walk(tree, (node, ancestors) => seen.push(`${ancestors.length}:${node.eId}`));
  assert.deepEqual(seen, [
    '0:preface',
    '0:part_II',
    '1:sec_5',
    '2:sec_5__subsec_2',
    '3:sec_5__subsec_2__para_a',
    '4:sec_5__subsec_2__para_a__subpara_i',
    '0:sch_1',
    '1:sch_1__para_a',
    '0:objects',
  ]);
});

test('walk tolerates empty, missing and malformed input', () => {
  let count = 0;
  walk([], () => (count += 1));
  walk(null, () => (count += 1));
  walk(undefined, () => (count += 1));
  walk([null, 'x', 42, { eId: 'a', type: 'SECTION', children: 'not a list' }], () => (count += 1));
  assert.equal(count, 1);
});

test('paths and lookups by eId', () => {
  assert.deepEqual(
    pathTo(tree, 'sec_5__subsec_2__para_a').map((n) => n.eId),
    ['part_II', 'sec_5', 'sec_5__subsec_2', 'sec_5__subsec_2__para_a'],
  );
  assert.equal(findProvision(tree, 'objects').type, 'OBJECTS_AND_REASONS');
  assert.equal(findProvision(tree, 'sec_99'), null);
  assert.deepEqual(pathTo(tree, ''), []);
  assert.deepEqual(pathTo([], 'sec_5'), []);
});

test('counts by type', () => {
  const counts = countByType(tree);
  assert.equal(counts.SECTION, 1);
  assert.equal(counts.PARAGRAPH, 2);
  assert.equal(counts.PART, 1);
});

test('bare numbers drop trailing stops and the word Part', () => {
  assert.equal(bareNum('5.'), '5');
  assert.equal(bareNum(' 12A. '), '12A');
  assert.equal(bareNum('PART II'), 'II');
  assert.equal(bareNum('Part IV—'), 'IV');
  assert.equal(bareNum('(2)'), '(2)');
  assert.equal(bareNum(null), '');
  assert.equal(bareNum(''), '');
  assert.equal(bareNum(7), '7');
});

test('citations in English', () => {
  const cite = (eId) => citation(pathTo(tree, eId), en);
  assert.equal(cite('preface'), 'Long title');
  assert.equal(cite('part_II'), 'Part II');
  assert.equal(cite('sec_5'), 'Clause 5');
  assert.equal(cite('sec_5__subsec_2'), 'Clause 5(2)');
  assert.equal(cite('sec_5__subsec_2__para_a'), 'Clause 5(2)(a)');
  assert.equal(cite('sec_5__subsec_2__para_a__subpara_i'), 'Clause 5(2)(a)(i)');
  assert.equal(cite('sch_1'), 'FIRST SCHEDULE');
  assert.equal(cite('sch_1__para_a'), 'FIRST SCHEDULE (a)');
  assert.equal(cite('objects'), 'Memorandum of objects and reasons');
  assert.equal(citation([], en), '');
});

test('citations in Kiswahili', () => {
  const cite = (eId) => citation(pathTo(tree, eId), sw);
  assert.equal(cite('sec_5__subsec_2__para_a'), 'Kifungu cha 5(2)(a)');
  assert.equal(cite('part_II'), 'Sehemu ya II');
  assert.equal(cite('preface'), 'Jina refu');
});

test('citations of unnumbered and odd provisions', () => {
  assert.equal(citation([{ eId: 'x', type: 'SECTION', heading: 'Heading only' }], en), 'Heading only');
  assert.equal(citation([{ eId: 'x', type: 'SECTION' }], en), 'Clause');
  assert.equal(citation([{ eId: 'x', type: 'PARAGRAPH', num: '(b)' }], en), '(b)');
  assert.equal(citation([{ eId: 'x', type: 'PARAGRAPH' }], en), 'Unnumbered provision');
  assert.equal(citation([{ eId: 'x', type: 'SECTION', num: '<script>1.' }], en), 'Clause <script>1', 'text, escaped later');
  assert.equal(citation([{ eId: 'x', type: 'SECTION', num: '٥.' }], en), 'Clause ٥');
});

test('headed provisions and the contents outline', () => {
  assert.ok(isHeaded({ type: 'PART' }));
  assert.ok(isHeaded({ type: 'SECTION' }));
  assert.ok(!isHeaded({ type: 'SUBSECTION' }));
  assert.ok(!isHeaded(null));
  assert.deepEqual(
    clauseOutline(tree).map(({ node, depth }) => `${depth}:${node.eId}`),
    ['0:part_II', '1:sec_5', '0:sch_1', '0:objects'],
  );
  assert.deepEqual(clauseOutline([]), []);
});
