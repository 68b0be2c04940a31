const {
  COUNTIES,
  canonicalPath,
  clauseOptions,
  controlId,
  emptyMemorandum,
  emptyProposal,
  extensionOf,
  filterClauses,
  idempotencyKeeper,
  memorandumRequest,
  problemErrors,
  validateMemorandum,
  MAX_UPLOAD_BYTES,
} = await import('/lib/memorandum.js');
const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const en = createTranslator('en', await loadCatalog('en'));

const filled = () => ({
  ...emptyMemorandum(),
  name: '  Wanjiku Kamau ',
  county: 'NAIROBI',
  email: 'wanjiku@example.ke',
  phone: '+254 712 345678',
  consent: 'PUBLISH_NAME',
  text: ' Soko la kaunti 🇰🇪 ',
  proposals: [{ provision: 'sec_5', stance: 'AMEND', proposedText: ' Ada ya KSh 50 ', justification: ' Wafanyabiashara wadogo ' }],
});

test('the 47 counties map to the enum names the API uses', () => {
  assert.equal(COUNTIES.length, 47);
  const names = new Map(COUNTIES);
  assert.equal(names.get('MURANGA'), "Murang'a");
  assert.equal(names.get('THARAKA_NITHI'), 'Tharaka-Nithi');
  assert.equal(names.get('TANA_RIVER'), 'Tana River');
  assert.equal(names.get('ELGEYO_MARAKWET'), 'Elgeyo-Marakwet');
  assert.equal(names.get('NAIROBI'), 'Nairobi');
  assert.equal(new Set(COUNTIES.map(([code]) => code)).size, 47);
});

test('the request JSON trims text, leaves blanks out as null and keeps Kiswahili and emoji intact', () => {
  const request = memorandumRequest(filled(), 'bill-1', 1);
  assert.deepEqual(request, {
    billId: 'bill-1',
    version: 1,
    channel: 'WEB_FORM',
    submitter: {
      kind: 'INDIVIDUAL',
      name: 'Wanjiku Kamau',
      organisationType: null,
      county: 'NAIROBI',
      contact: { email: 'wanjiku@example.ke', phone: '+254 712 345678', postalAddress: null },
    },
    consent: 'PUBLISH_NAME',
    text: 'Soko la kaunti 🇰🇪',
    proposals: [{ provision: 'sec_5', stance: 'AMEND', proposedText: 'Ada ya KSh 50', justification: 'Wafanyabiashara wadogo' }],
  });
});

test('optional answers appear only when given; organisation type only for organisations', () => {
  const person = memorandumRequest({ ...filled(), organisationType: 'CSO', gender: 'FEMALE', disability: 'false' }, 'b', 2);
  assert.equal(person.submitter.organisationType, null);
  assert.equal(person.submitter.gender, 'FEMALE');
  assert.equal(person.submitter.disability, false);
  const body = memorandumRequest({ ...filled(), kind: 'ORGANISATION', organisationType: 'CSO', gender: 'nonsense', disability: '' }, 'b', 2);
  assert.equal(body.submitter.kind, 'ORGANISATION');
  assert.equal(body.submitter.organisationType, 'CSO');
  assert.ok(!('gender' in body.submitter));
  assert.ok(!('disability' in body.submitter));
  assert.equal(memorandumRequest({ ...filled(), kind: '<script>' }, 'b', 1).submitter.kind, 'INDIVIDUAL');
});

test('entirely empty proposal rows are dropped; partly filled rows are kept', () => {
  const model = { ...filled(), proposals: [emptyProposal(), { ...emptyProposal(), justification: ' ' }, { ...emptyProposal(), stance: 'DELETE' }] };
  const request = memorandumRequest(model, 'b', 1);
  assert.equal(request.proposals.length, 1);
  assert.deepEqual(request.proposals[0], { provision: null, stance: 'DELETE', proposedText: '', justification: '' });
});

test('a complete form passes the checks', () => {
  assert.equal(validateMemorandum(filled()).size, 0);
});

test('an empty form asks for consent and some content; a person may stay nameless unless named in public', () => {
  const errors = validateMemorandum(emptyMemorandum());
  assert.deepEqual([...errors.keys()].sort(), ['consent', 'text']);
  const anonymous = validateMemorandum({ ...filled(), name: '', consent: 'ANONYMOUS' });
  assert.equal(anonymous.size, 0);
  const named = validateMemorandum({ ...filled(), name: '', consent: 'PUBLISH_NAME' });
  assert.deepEqual(named.get('submitter.name'), ['memo.error.nameRequired']);
  const organisation = validateMemorandum({ ...filled(), kind: 'ORGANISATION', organisationType: 'CSO', name: '', consent: 'ANONYMOUS' });
  assert.deepEqual(organisation.get('submitter.name'), ['memo.error.organisationNameRequired']);
  for (const keys of errors.values()) {
    for (const key of keys) {
      assert.ok(en.has(key), key);
    }
  }
});

test('whitespace-only and RTL names: blank is refused, Arabic script is a name', () => {
  assert.ok(validateMemorandum({ ...filled(), name: ' \t\n ' }).has('submitter.name'));
  assert.ok(!validateMemorandum({ ...filled(), name: 'فاطمة عبد الله' }).has('submitter.name'));
  // Counted as the server counts (UTF-16 units): 150 emoji are 300 units, 151 are too many.
  assert.ok(validateMemorandum({ ...filled(), name: '😀'.repeat(151) }).has('submitter.name'));
  assert.ok(!validateMemorandum({ ...filled(), name: '😀'.repeat(150) }).has('submitter.name'));
  assert.ok(!validateMemorandum({ ...filled(), name: 'a'.repeat(300) }).has('submitter.name'));
});

test('organisations must say what kind they are', () => {
  const errors = validateMemorandum({ ...filled(), kind: 'ORGANISATION', organisationType: '' });
  assert.deepEqual(errors.get('submitter.organisationType'), ['memo.error.organisationTypeRequired']);
  assert.equal(validateMemorandum({ ...filled(), kind: 'ORGANISATION', organisationType: 'ACADEMIC' }).size, 0);
});

test('contact details are optional but must look right when given', () => {
  assert.ok(validateMemorandum({ ...filled(), email: 'not an email' }).has('submitter.contact.email'));
  assert.ok(validateMemorandum({ ...filled(), email: 'a@b@c' }).has('submitter.contact.email'));
  assert.ok(!validateMemorandum({ ...filled(), email: 'mtu@kaunti' }).has('submitter.contact.email'));
  assert.ok(validateMemorandum({ ...filled(), phone: '0'.repeat(61) }).has('submitter.contact.phone'));
  assert.ok(validateMemorandum({ ...filled(), postalAddress: 'S'.repeat(501) }).has('submitter.contact.postalAddress'));
  assert.equal(validateMemorandum({ ...filled(), email: '', phone: '0712 345 678', postalAddress: 'S.L.P. 123, Kisumu' }).size, 0);
});

test('consent must be one of the two answers', () => {
  assert.ok(validateMemorandum({ ...filled(), consent: 'MAYBE' }).has('consent'));
  assert.ok(!validateMemorandum({ ...filled(), consent: 'ANONYMOUS' }).has('consent'));
});

test('a proposal needs a stance, and a change or insertion needs its wording or at least a reason', () => {
  const model = {
    ...filled(),
    proposals: [
      { provision: 'sec_1', stance: '', proposedText: '', justification: 'x' },
      { provision: '', stance: 'INSERT', proposedText: '', justification: '' },
      { provision: 'sec_2', stance: 'DELETE', proposedText: '', justification: '' },
      { provision: 'sec_3', stance: 'AMEND', proposedText: '', justification: 'Ada ni kubwa mno' },
      { provision: '', stance: 'SUPPORT', proposedText: '', justification: '' },
    ],
  };
  const errors = validateMemorandum(model);
  assert.deepEqual(errors.get('proposals[0].stance'), ['memo.error.stanceRequired']);
  assert.deepEqual(errors.get('proposals[1].proposedText'), ['memo.error.proposedTextRequired']);
  for (const index of [2, 3, 4]) {
    assert.ok(![...errors.keys()].some((key) => key.startsWith(`proposals[${index}]`)), `proposal ${index}`);
  }
  assert.deepEqual([...errors.keys()], ['proposals[0].stance', 'proposals[1].proposedText']);
});

test('too many files are refused before sending', () => {
  const files = Array.from({ length: 11 }, (_, i) => ({ name: `maoni-${i}.txt`, size: 10 }));
  assert.deepEqual(validateMemorandum(filled(), files).get('files'), ['memo.error.tooManyFiles']);
  assert.ok(!validateMemorandum(filled(), files.slice(0, 10)).has('files'));
});

test('a proposal or a file is content enough without general comments', () => {
  assert.ok(!validateMemorandum({ ...filled(), text: '' }).has('text'));
  const noContent = { ...filled(), text: '', proposals: [] };
  assert.ok(validateMemorandum(noContent).has('text'));
  assert.ok(!validateMemorandum(noContent, [{ name: 'maoni.docx', size: 10 }]).has('text'));
});

test('files: only DOCX, PDF, ODT and TXT, not empty, not over the limit', () => {
  assert.equal(extensionOf('Maoni.Yetu.DOCX'), '.docx');
  assert.equal(extensionOf('no-extension'), '');
  assert.equal(extensionOf(null), '');
  assert.deepEqual(validateMemorandum(filled(), [{ name: 'virus.exe', size: 5 }]).get('files'), ['memo.error.fileType']);
  assert.deepEqual(validateMemorandum(filled(), [{ name: 'big.pdf', size: MAX_UPLOAD_BYTES + 1 }]).get('files'), ['memo.error.fileTooLarge']);
  assert.deepEqual(validateMemorandum(filled(), [{ name: 'empty.txt', size: 0 }]).get('files'), ['memo.error.fileEmpty']);
  assert.ok(!validateMemorandum(filled(), [{ name: 'maoni.odt', size: 1024 }]).has('files'));
});

test('server field paths become the form paths, whatever their spelling', () => {
  assert.equal(canonicalPath('proposals[0].provision'), 'proposals[0].provision');
  assert.equal(canonicalPath('proposals.0.provision'), 'proposals[0].provision');
  assert.equal(canonicalPath('memorandum.submitter.contact.email'), 'submitter.contact.email');
  assert.equal(canonicalPath(''), '');
  assert.equal(canonicalPath(undefined), '');
  assert.equal(controlId('memo', 'proposals[12].stance'), 'memo-proposals-12-stance');
  assert.equal(controlId('memo', 'submitter.contact.email'), 'memo-submitter-contact-email');
  const errors = problemErrors({ errors: [{ field: 'proposals.1.provision', message: 'Hakuna kifungu 99' }, { field: '', message: 'x' }] });
  assert.deepEqual(errors.get('proposals[1].provision'), ['Hakuna kifungu 99']);
  assert.deepEqual(errors.get(''), ['x']);
});

const tree = [
  { eId: 'preface', type: 'PREFACE', text: 'A Bill for AN ACT' },
  {
    eId: 'part_I',
    type: 'PART',
    num: 'PART I',
    heading: 'PRELIMINARY',
    children: [
      { eId: 'sec_1', type: 'SECTION', num: '1.', heading: 'Short title', text: 'Sheria hii itaitwa…' },
      {
        eId: 'sec_5',
        type: 'SECTION',
        num: '5.',
        heading: 'Market fees',
        children: [{ eId: 'sec_5__subsec_2', type: 'SUBSECTION', num: '(2)', text: 'Ada ya soko itakuwa shilingi hamsini' }],
      },
      { eId: 'sec_6', type: 'SECTION', num: '6.', heading: 'Ushuru wa maduka' },
      { eId: 'sec_7', type: 'SECTION', num: '7.', heading: 'مادة' },
    ],
  },
];

test('the clause picker lists every provision in order with its citation and heading', () => {
  const options = clauseOptions(tree, en);
  assert.deepEqual(options.map((option) => option.eId), ['preface', 'part_I', 'sec_1', 'sec_5', 'sec_5__subsec_2', 'sec_6', 'sec_7']);
  assert.equal(options.find((option) => option.eId === 'sec_5').label, 'Clause 5 — Market fees');
  assert.equal(options.find((option) => option.eId === 'sec_5__subsec_2').label, 'Clause 5(2)');
  assert.equal(options.find((option) => option.eId === 'sec_5__subsec_2').depth, 2);
  assert.deepEqual(clauseOptions([], en), []);
  assert.deepEqual(clauseOptions(null, en), []);
  assert.deepEqual(clauseOptions([{ type: 'SECTION', num: '1.' }], en), []);
});

test('clause search: numbers, words in either language, any case and accents; every word must match', () => {
  const options = clauseOptions(tree, en);
  const ids = (query, selected) => filterClauses(options, query, selected).map((option) => option.eId);
  assert.equal(ids('').length, options.length);
  assert.equal(ids('   ').length, options.length);
  assert.deepEqual(ids('clause 5'), ['sec_5', 'sec_5__subsec_2']);
  assert.deepEqual(ids('MARKET'), ['sec_5']);
  assert.deepEqual(ids('ushuru'), ['sec_6']);
  assert.deepEqual(ids('hamsini'), ['sec_5__subsec_2']);
  assert.deepEqual(ids('مادة'), ['sec_7']);
  assert.deepEqual(ids('márket fées'), ['sec_5']);
  assert.deepEqual(ids('5(2)'), ['sec_5__subsec_2']);
  assert.deepEqual(ids('🇰🇪'), []);
  assert.deepEqual(ids('no such words'), []);
  assert.deepEqual(ids('no such words', 'sec_1'), ['sec_1'], 'the chosen clause is kept');
});

test('the idempotency key is reused after a network failure or server error, renewed after a definite answer', () => {
  let n = 0;
  const keeper = idempotencyKeeper(() => `key-${(n += 1)}`);
  assert.equal(keeper.key(), 'key-1');
  assert.equal(keeper.key(), 'key-1', 'a double click sends the same key');
  keeper.settled(0);
  assert.equal(keeper.key(), 'key-1', 'network failure: the first attempt may have been stored');
  keeper.settled(503);
  assert.equal(keeper.key(), 'key-1');
  keeper.settled(429);
  assert.equal(keeper.key(), 'key-1');
  keeper.settled(400);
  assert.equal(keeper.key(), 'key-2', 'a refusal stores nothing: a corrected form is a new attempt');
  keeper.settled(201);
  assert.equal(keeper.key(), 'key-3');
});

test('the default key generator gives distinct UUIDs', () => {
  const a = idempotencyKeeper();
  const b = idempotencyKeeper();
  assert.ok(/^[0-9a-f-]{36}$/.test(a.key()));
  assert.ok(a.key() !== b.key());
});
