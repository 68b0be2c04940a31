const { apiSearchPath, hasFilters, parseSearchQuery, searchPath, snippetParts, toggleFilter } = await import(
  '/lib/search.js'
);
const { parseRoute } = await import('/lib/router.js');
const { searchPageTemplate, valueLabel } = await import('/components/search-page/search-page.js');
const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const englishCatalog = await loadCatalog('en');
const en = createTranslator('en', englishCatalog);
const sw = createTranslator('sw', await loadCatalog('sw'), englishCatalog);

const params = (query) => new URLSearchParams(query);

test('/search is a route of its own', () => {
  assert.deepEqual(parseRoute('/search'), { name: 'search' });
});

test('the address holds words, facets, clause, dates, order and page, and builds back the same', () => {
  const query = parseSearchQuery(
    params('q=housing+levy&type=PROPOSAL,DECISION&county=Nakuru&lineage=lin-7&from=2026-01-01&to=bad&sort=date&page=2'),
  );
  assert.equal(query.q, 'housing levy');
  assert.deepEqual(query.filters.type, ['PROPOSAL', 'DECISION']);
  assert.deepEqual(query.filters.county, ['Nakuru']);
  assert.deepEqual(query.provision, ['lin-7']);
  assert.equal(query.from, '2026-01-01');
  assert.equal(query.to, '');
  assert.equal(query.sort, 'date');
  assert.equal(query.page, 2);
  assert.equal(
    searchPath(query),
    '/search?q=housing+levy&type=PROPOSAL&type=DECISION&county=Nakuru&lineage=lin-7&from=2026-01-01&sort=date&page=2',
  );
  assert.equal(
    apiSearchPath(query),
    '/api/search?q=housing+levy&type=PROPOSAL&type=DECISION&county=Nakuru&provision=lin-7&from=2026-01-01&sort=date&page=2&size=20',
  );
  assert.equal(searchPath(parseSearchQuery(params(''))), '/search');
});

test('pages beyond the deepest reachable hit and odd orders fall back to the defaults', () => {
  assert.equal(parseSearchQuery(params('page=50')).page, 0);
  assert.equal(parseSearchQuery(params('page=-1')).page, 0);
  assert.equal(parseSearchQuery(params('page=x')).page, 0);
  assert.equal(parseSearchQuery(params('sort=popularity')).sort, 'relevance');
});

test('ticking a facet adds or removes one value and returns to the first page', () => {
  const query = parseSearchQuery(params('q=fee&stance=OPPOSE&page=3'));
  const more = toggleFilter(query, 'stance', 'AMEND', true);
  assert.deepEqual(more.filters.stance, ['OPPOSE', 'AMEND']);
  assert.equal(more.page, 0);
  assert.deepEqual(toggleFilter(more, 'stance', 'OPPOSE', false).filters.stance, ['AMEND']);
  assert.equal(hasFilters(query), true);
  assert.equal(hasFilters(parseSearchQuery(params('q=fee'))), false);
});

test('snippets keep only the marks: everything else is text again, escaped when rendered', () => {
  assert.deepEqual(snippetParts('a &lt;b&gt; &amp;&quot;&#x27;&#x2F; <mark>fee</mark> end'), [
    { text: 'a <b> &"\'/ ', marked: false },
    { text: 'fee', marked: true },
    { text: ' end', marked: false },
  ]);
  assert.deepEqual(snippetParts(''), []);
  assert.deepEqual(snippetParts(null), []);
  const markup = searchPageTemplate({
    t: en,
    query: parseSearchQuery(params('q=fee')),
    result: {
      total: 1,
      facets: { type: [{ value: 'DECISION', count: 1 }] },
      hits: [{ id: 'd', type: 'DECISION', title: 'Decision', snippet: '&lt;script&gt; <mark>fee</mark>' }],
    },
  }).toString();
  assert.ok(markup.includes('&lt;script&gt; <mark>fee</mark>'));
  assert.ok(!markup.includes('<script>'));
  assert.ok(markup.includes('Committee decision'));
});

test('facet values read as words in both languages', () => {
  assert.equal(valueLabel(en, 'stance', 'OPPOSE'), 'Oppose');
  assert.equal(valueLabel(sw, 'stance', 'OPPOSE'), 'Kupinga');
  assert.equal(valueLabel(en, 'version', '2'), 'Version 2');
  assert.equal(valueLabel(sw, 'version', '2'), 'Toleo 2');
  assert.equal(valueLabel(en, 'billId', 'b-1', { 'b-1': 'The Markets Bill' }), 'The Markets Bill');
  assert.equal(valueLabel(en, 'county', 'Nakuru'), 'Nakuru');
  assert.equal(valueLabel(en, 'status', 'SOMETHING_NEW'), 'SOMETHING_NEW');
});
