const { countFor, fullText, heatLevel, newAnnotationId, proposalAnnotation, quoteIn, readAnnotation, versionIri } =
  await import('/lib/annotation.js');

const CLAUSE = {
  eId: 'sec_5',
  type: 'SECTION',
  num: '5.',
  heading: 'Market levies',
  text: '  A county may impose a levy.  ',
  children: [
    { eId: 'sec_5__subsec_1', type: 'SUBSECTION', num: '(1)', text: 'The levy shall not exceed 5 per cent.', children: [] },
    { eId: 'sec_5__subsec_2', type: 'SUBSECTION', num: '(2)', heading: null, text: '   ', children: [] },
  ],
  wrapUp: 'as the Assembly resolves.',
};

test('a provision\'s full text is the server\'s: label, text, children, wrap-up, one line each', () => {
  assert.equal(
    fullText(CLAUSE),
    '5. Market levies\nA county may impose a levy.\n(1)\nThe levy shall not exceed 5 per cent.\n(2)\nas the Assembly resolves.',
  );
  assert.equal(fullText(null), '');
  assert.equal(fullText({}), '');
});

test('a selection becomes a quote with context and code-point positions', () => {
  const text = 'Traders 🇰🇪 shall pay the levy monthly.';
  const from = text.indexOf('shall');
  const quote = quoteIn(text, from - 1, from + 'shall pay'.length + 1);
  assert.equal(quote.exact, 'shall pay', 'surrounding white space is trimmed');
  assert.equal(quote.whole, false);
  assert.equal(quote.prefix, 'Traders 🇰🇪 ');
  assert.equal(quote.suffix, ' the levy monthly.');
  assert.equal(quote.start, [...text.slice(0, from)].length);
  assert.equal(quote.end - quote.start, 'shall pay'.length);
  assert.ok(quote.start < from, 'the flag counts as two code points, four UTF-16 units');
});

test('no selection (or only spaces) means the whole provision', () => {
  const text = 'One line\nTwo lines';
  for (const [start, end] of [[0, 0], [3, 3], [3, 4], [-5, 100]]) {
    const quote = quoteIn(text, start, end);
    if (start === -5) {
      assert.equal(quote.exact, text, 'a range beyond the text is clamped');
      continue;
    }
    assert.equal(quote.whole, true, `${start}-${end}`);
    assert.equal(quote.exact, text);
    assert.equal(quote.start, 0);
    assert.equal(quote.end, text.length);
  }
});

test('the proposal annotation follows Maoni\'s W3C profile', () => {
  const a = proposalAnnotation({
    id: 'urn:uuid:1',
    source: versionIri('http://localhost:8080', 'b-1', 2),
    eId: 'sec_5',
    quote: quoteIn('A levy <b>here</b>', 2, 6),
    stance: 'AMEND',
    proposedText: '  a fee  ',
    justification: '',
    submitter: { kind: 'INDIVIDUAL', name: 'A' },
    consent: 'ANONYMOUS',
  });
  assert.equal(a['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(a.type, 'Annotation');
  assert.equal(a.motivation, 'editing');
  assert.equal(a.target.source, 'http://localhost:8080/api/bills/b-1/versions/2');
  assert.equal(a.target.selector.length, 2);
  assert.deepEqual(a.target.selector[0].refinedBy, { type: 'TextQuoteSelector', exact: 'levy', prefix: 'A ', suffix: ' <b>here</b>' });
  assert.deepEqual(a.target.selector[1].refinedBy, { type: 'TextPositionSelector', start: 2, end: 6 });
  assert.equal(a.target.selector[0].value, 'sec_5');
  assert.deepEqual(a.body.map((b) => b.purpose), ['classifying', 'editing'], 'blank reasons are left out');
  assert.equal(a.body[0].source, 'urn:maoni:stance:amend');
  assert.equal(a.body[1].value, 'a fee');
  assert.equal(a.submission.consent, 'ANONYMOUS');
  const support = proposalAnnotation({ ...a, id: 'x', source: 's', eId: 'e', quote: quoteIn('abc'), stance: 'SUPPORT' });
  assert.equal(support.motivation, 'commenting');
});

test('reading an annotation back: stance, wording, reasons, tags, quote, creator, decision', () => {
  const read = readAnnotation({
    id: 'http://x/api/annotations/1',
    motivation: 'editing',
    creator: { type: 'Person', name: 'Anonymous' },
    body: [
      { type: 'SpecificResource', source: 'urn:maoni:stance:delete', purpose: 'classifying' },
      { type: 'TextualBody', value: 'Remove it', purpose: 'editing' },
      { type: 'TextualBody', value: 'Too harsh', purpose: 'describing' },
    ],
    target: { source: 's', selector: [{ type: 'FragmentSelector', value: 'sec_1', refinedBy: { type: 'TextQuoteSelector', exact: 'the fine' } }] },
    decision: { decision: 'REJECTED', reasons: 'Needed' },
  });
  assert.equal(read.stance, 'DELETE');
  assert.equal(read.proposedText, 'Remove it');
  assert.equal(read.justification, 'Too harsh');
  assert.equal(read.exact, 'the fine');
  assert.equal(read.creator, 'Anonymous');
  assert.equal(read.decision.decision, 'REJECTED');
  const tag = readAnnotation({ motivation: 'tagging', body: { type: 'TextualBody', value: 'levies', purpose: 'tagging' }, target: 'x' });
  assert.deepEqual(tag.tags, ['levies']);
  assert.equal(tag.stance, '');
  assert.equal(readAnnotation(null).stance, '');
});

test('counts add up a provision and its descendants only', () => {
  const counts = { sec_5: 1, sec_5__subsec_1: 2, sec_50: 7, sec_6: 1 };
  assert.equal(countFor(counts, 'sec_5'), 3);
  assert.equal(countFor(counts, 'sec_50'), 7);
  assert.equal(countFor(counts, 'sec_9'), 0);
  assert.equal(countFor(null, 'sec_5'), 0);
});

test('heat-map shades from 0 (none) to 4 (the busiest provision)', () => {
  assert.equal(heatLevel(0, 10), 0);
  assert.equal(heatLevel(1, 10), 1);
  assert.equal(heatLevel(5, 10), 2);
  assert.equal(heatLevel(10, 10), 4);
  assert.equal(heatLevel(3, 0), 0);
});

test('new annotation ids are version 4 UUIDs', () => {
  const id = newAnnotationId();
  assert.ok(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id), id);
  assert.ok(newAnnotationId() !== id);
});
