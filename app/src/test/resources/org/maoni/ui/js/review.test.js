const {
  callBody,
  canWithdraw,
  createReviewApi,
  decisionBody,
  formatDateTime,
  groupByClause,
  isTaskOverdue,
  nairobiDateTime,
  parseThemes,
  statusKey,
  toLocalInput,
  triageBody,
  validateDecisions,
  workflowSteps,
} = await import('/lib/review.js');
const { ProblemError } = await import('/lib/api.js');
const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const enCatalog = await loadCatalog('en');
const en = createTranslator('en', enCatalog);
const sw = createTranslator('sw', await loadCatalog('sw'), enCatalog);

test('date and time are shown in Nairobi time in the chosen language', () => {
  const english = formatDateTime('2026-05-10T11:05:00Z', 'en');
  assert.includes(english, '10 May 2026');
  assert.includes(english, '14:05');
  const kiswahili = formatDateTime('2026-05-10T11:05:00Z', 'sw');
  assert.includes(kiswahili, '2026');
  assert.ok(kiswahili !== english, 'Kiswahili month names');
  assert.equal(formatDateTime('', 'en'), '');
  assert.equal(formatDateTime(null, 'en'), '');
  assert.equal(formatDateTime('jana', 'sw'), 'jana');
});

test('every status has words in both languages; unknown statuses do not show a raw key', () => {
  for (const status of ['RECEIVED', 'IN_MODERATION', 'IN_TRIAGE', 'IN_DECISION', 'RESPONDED', 'WITHDRAWN', 'SET_ASIDE', 'NEW_THING', undefined]) {
    assert.ok(en.has(statusKey(status)), String(status));
    assert.ok(sw(statusKey(status)) !== statusKey(status));
  }
  assert.equal(statusKey('RESPONDED'), 'memoStatus.RESPONDED');
  assert.equal(statusKey('__proto__'), 'memoStatus.unknown');
});

test('withdrawal is possible only while the review is going on', () => {
  assert.ok(canWithdraw('RECEIVED'));
  assert.ok(canWithdraw('IN_DECISION'));
  assert.ok(!canWithdraw('RESPONDED'));
  assert.ok(!canWithdraw('WITHDRAWN'));
  assert.ok(!canWithdraw('SET_ASIDE'));
  assert.ok(!canWithdraw(undefined));
});

test('workflow steps keep their order, name their state in words and mark the current one', () => {
  const view = workflowSteps([
    { id: 'a', name: 'Received', state: 'done', startedAt: '2026-05-10T08:00:00Z', endedAt: '2026-05-10T08:01:00Z' },
    { id: 'b', name: '  ', state: 'active' },
    { id: 'c', name: 'Uamuzi wa kamati', state: 'weird' },
    null,
    { name: 'Skipped one', state: 'skipped' },
  ]);
  assert.deepEqual(view.steps.map((step) => step.state), ['done', 'active', 'pending', 'skipped']);
  assert.equal(view.steps[1].name, 'b', 'a blank name falls back to the id');
  assert.equal(view.current, 1);
  for (const step of view.steps) {
    assert.ok(en.has(step.stateKey) && sw.has(step.stateKey), step.stateKey);
  }
  assert.deepEqual(workflowSteps(undefined), { steps: [], current: -1 });
  assert.equal(workflowSteps([{ id: 'x', state: 'done' }]).current, -1);
});

test('themes: comma separated, trimmed, without blanks or repeats (any case), in any script', () => {
  assert.deepEqual(parseThemes(' land, Markets ,, land ,ARDHI, ardhi'), ['land', 'Markets', 'ARDHI']);
  assert.deepEqual(parseThemes('ada؛ ushuru، soko'), ['ada', 'ushuru، soko']);
  assert.deepEqual(parseThemes('🇰🇪 fees;  traders\n and\tstalls'), ['🇰🇪 fees', 'traders and stalls']);
  assert.deepEqual(parseThemes(''), []);
  assert.deepEqual(parseThemes(null), []);
});

test('the triage body has every proposal with clean links, stance and themes', () => {
  assert.deepEqual(
    triageBody([
      { proposalId: 7, eIds: ['sec_5', '', null], stance: 'AMEND', themes: 'fees, traders' },
      { proposalId: 8, eIds: [], stance: 'SUPPORT', themes: '' },
    ]),
    {
      proposals: [
        { proposalId: 7, eIds: ['sec_5'], stance: 'AMEND', themes: ['fees', 'traders'] },
        { proposalId: 8, eIds: [], stance: 'SUPPORT', themes: [] },
      ],
    },
  );
});

test('decisions need a decision and reasons for every proposal', () => {
  const errors = validateDecisions([
    { proposalId: 1, decision: 'ACCEPTED', reasons: 'Inafaa' },
    { proposalId: 2, decision: '', reasons: '   ' },
    { proposalId: 3, decision: 'MAYBE', reasons: 'x' },
  ]);
  assert.deepEqual([...errors.keys()], ['decisions[1].decision', 'decisions[1].reasons', 'decisions[2].decision']);
  for (const keys of errors.values()) {
    assert.ok(en.has(keys[0]) && sw.has(keys[0]));
  }
  assert.deepEqual(decisionBody([{ proposalId: 1, decision: 'NOTED', reasons: ' Imezingatiwa 👍 ' }]), {
    decisions: [{ proposalId: 1, decision: 'NOTED', reasons: 'Imezingatiwa 👍' }],
  });
});

test('proposals are grouped by clause in the bill order, the whole bill last', () => {
  const groups = groupByClause(
    [
      { id: 1, eIds: ['sec_7'] },
      { id: 2, eIds: [] },
      { id: 3, eIds: ['sec_2'] },
      { id: 4, eIds: ['unknown', 'sec_7'] },
      { id: 5, eIds: ['gone'] },
    ],
    ['sec_2', 'sec_7'],
  );
  assert.deepEqual(
    groups.map((group) => [group.eId, group.proposals.map((proposal) => proposal.id)]),
    [['sec_2', [3]], ['sec_7', [1, 4]], ['', [2, 5]]],
  );
  assert.deepEqual(groupByClause(null), []);
});

test('a task is overdue only once its due time has passed', () => {
  const now = new Date('2026-05-10T12:00:00Z');
  assert.ok(isTaskOverdue({ due: '2026-05-10T11:59:00Z' }, now));
  assert.ok(!isTaskOverdue({ due: '2026-05-10T12:01:00Z' }, now));
  assert.ok(!isTaskOverdue({ due: null }, now));
  assert.ok(!isTaskOverdue({ due: 'kesho' }, now));
  assert.ok(!isTaskOverdue(undefined, now));
});

test('call form values become the API body, Nairobi date-times with their offset', () => {
  assert.equal(nairobiDateTime('2026-06-01T09:00'), '2026-06-01T09:00:00+03:00');
  assert.equal(nairobiDateTime(''), null);
  assert.equal(nairobiDateTime('1 June'), null);
  assert.equal(toLocalInput('2026-06-01T06:00:00Z'), '2026-06-01T09:00');
  assert.equal(toLocalInput('2026-06-01T09:00:00+03:00'), '2026-06-01T09:00');
  assert.equal(toLocalInput(null), '');
  assert.deepEqual(
    callBody('OPEN', {
      version: '2',
      notice: ' Tangazo ',
      opensAt: '2026-06-01T09:00',
      closesAt: '2026-06-21T17:00',
      channels: ['WEB_FORM', 'EMAIL'],
      responseWorkingDays: '21',
    }),
    {
      action: 'OPEN',
      version: 2,
      notice: 'Tangazo',
      opensAt: '2026-06-01T09:00:00+03:00',
      closesAt: '2026-06-21T17:00:00+03:00',
      channels: ['WEB_FORM', 'EMAIL'],
      responseWorkingDays: 21,
    },
  );
  assert.deepEqual(callBody('EXTEND', { closesAt: '2026-06-28T17:00', reason: ' Ombi la umma ' }), {
    action: 'EXTEND',
    closesAt: '2026-06-28T17:00:00+03:00',
    reason: 'Ombi la umma',
  });
  assert.deepEqual(callBody('CLOSE', {}), { action: 'CLOSE', reason: '' });
});

function fakeFetch(responses) {
  const calls = [];
  const fetchImpl = async (path, init) => {
    calls.push({ path, init });
    const next = responses.shift();
    return new Response(next.body === undefined ? null : JSON.stringify(next.body), {
      status: next.status,
      headers: { 'Content-Type': next.status >= 400 ? 'application/problem+json' : 'application/json' },
    });
  };
  return { calls, fetchImpl };
}

test('submitting sends the Idempotency-Key and CSRF headers with the JSON body', async () => {
  const { calls, fetchImpl } = fakeFetch([{ status: 201, body: { reference: 'MEM-1', receiptToken: 't' } }]);
  const client = createReviewApi(fetchImpl, () => 'XSRF-TOKEN=abc');
  const receipt = await client.submitMemorandum({ billId: 'b' }, [], 'key-1');
  assert.equal(receipt.reference, 'MEM-1');
  assert.equal(calls[0].path, '/api/memoranda');
  assert.equal(calls[0].init.headers['Idempotency-Key'], 'key-1');
  assert.equal(calls[0].init.headers['X-XSRF-TOKEN'], 'abc');
  assert.equal(calls[0].init.body, '{"billId":"b"}');
});

test('with files the memorandum goes as a JSON part beside them', async () => {
  const { calls, fetchImpl } = fakeFetch([{ status: 201, body: { reference: 'MEM-2' } }]);
  const client = createReviewApi(fetchImpl, () => 'XSRF-TOKEN=abc');
  await client.submitMemorandum({ text: 'Maoni' }, [new File(['hello'], 'maoni.txt', { type: 'text/plain' })], 'k');
  const form = calls[0].init.body;
  assert.ok(form instanceof FormData);
  const part = form.get('memorandum');
  assert.equal(part.type, 'application/json');
  assert.equal(await part.text(), '{"text":"Maoni"}');
  assert.equal(form.getAll('files')[0].name, 'maoni.txt');
});

test('the receipt token goes in its header, never in the address', async () => {
  const { calls, fetchImpl } = fakeFetch([{ status: 200, body: { status: 'RECEIVED' } }, { status: 200, body: [] }]);
  const client = createReviewApi(fetchImpl, () => '');
  await client.memorandum('MEM/2026 1', 's3cret');
  await client.workflow('MEM-1', 's3cret');
  assert.equal(calls[0].path, '/api/memoranda/MEM%2F2026%201');
  assert.equal(calls[0].init.headers['X-Receipt-Token'], 's3cret');
  assert.equal(calls[1].path, '/api/memoranda/MEM-1/workflow');
  assert.excludes(calls[0].path, 's3cret');
});

test('problems keep their field errors and the raw body (for closest clauses)', async () => {
  const problem = {
    type: 'urn:maoni:problem:unknown-provision',
    status: 400,
    detail: 'No clause 99',
    errors: [{ field: 'proposals[0].provision', message: 'No such clause', closest: ['sec_9'] }],
  };
  const { fetchImpl } = fakeFetch([{ status: 400, body: problem }]);
  const client = createReviewApi(fetchImpl, () => 'XSRF-TOKEN=a');
  await assert.rejects(client.submitMemorandum({}, [], 'k'), (error) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 400);
    assert.equal(error.errors[0].field, 'proposals[0].provision');
    assert.deepEqual(error.body.errors[0].closest, ['sec_9']);
  });
});

test('a network failure is a problem with status 0', async () => {
  const client = createReviewApi(async () => {
    throw new TypeError('Failed to fetch');
  }, () => 'XSRF-TOKEN=a');
  await assert.rejects(client.tasks('mine'), (error) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 0);
  });
});

test('without a CSRF cookie a write first reads the session so the server sets one', async () => {
  let cookie = '';
  const calls = [];
  const client = createReviewApi(async (path, init) => {
    calls.push(path);
    if (path === '/api/session') {
      cookie = 'XSRF-TOKEN=fresh';
      return new Response(null, { status: 401 });
    }
    return new Response(JSON.stringify({}), { status: 200, headers: { 'Content-Type': 'application/json' } });
  }, () => cookie);
  await client.claim('t 1');
  assert.deepEqual(calls, ['/api/session', '/api/tasks/t%201/claim']);
});
