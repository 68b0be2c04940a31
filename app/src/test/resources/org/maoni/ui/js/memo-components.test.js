const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const { render } = await import('/lib/html.js');
const { submitMemorandumTemplate, closestByProposal } = await import('/components/submit-memorandum/submit-memorandum.js');
const { memorandumReceiptTemplate } = await import('/components/memorandum-receipt/memorandum-receipt.js');
const { memorandumStatusTemplate } = await import('/components/memorandum-status/memorandum-status.js');
const { workflowStepsTemplate } = await import('/components/workflow-steps/workflow-steps.js');
const { taskInboxTemplate } = await import('/components/task-inbox/task-inbox.js');
const { taskPageTemplate } = await import('/components/task-page/task-page.js');
const { decisionTaskTemplate } = await import('/components/decision-task/decision-task.js');
const { participationCallTemplate } = await import('/components/participation-call/participation-call.js');
const { callNoticeTemplate } = await import('/components/bill-page/bill-page.js');
const { headerTemplate } = await import('/components/site-header/site-header.js');
const { clauseOptions, emptyMemorandum } = await import('/lib/memorandum.js');
const enCatalog = await loadCatalog('en');
const en = createTranslator('en', enCatalog);
const sw = createTranslator('sw', await loadCatalog('sw'), enCatalog);

function dom(result) {
  const container = document.createElement('div');
  render(result, container);
  return container;
}

const bill = { id: 'b1', title: 'The County Markets Bill <2026>' };
const openCall = { status: 'OPEN', version: 1, closesAt: '2026-06-21T14:00:00Z', notice: 'Tuma maoni' };
const provisions = [{ eId: 'sec_1', type: 'SECTION', num: '1.', heading: 'Short title' }];

function form(overrides = {}) {
  return submitMemorandumTemplate({
    t: en,
    bill,
    version: 1,
    call: openCall,
    problem: null,
    errors: new Map(),
    busy: false,
    model: emptyMemorandum(),
    options: clauseOptions(provisions, en),
    queries: [],
    files: [],
    ...overrides,
  });
}

test('every control of the memorandum form has a label, and ids are unique', () => {
  const model = { ...emptyMemorandum(), proposals: [{ provision: 'sec_1', stance: 'AMEND', proposedText: '', justification: '' }] };
  const root = dom(form({ model }));
  const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
  assert.equal(new Set(ids).size, ids.length, 'unique ids');
  for (const control of root.querySelectorAll('input, select, textarea')) {
    if (control.type === 'radio') {
      assert.ok(root.querySelector(`label[for="${control.id}"]`), control.id);
      assert.ok(control.closest('fieldset').querySelector('legend'), `${control.name} in a fieldset with a legend`);
    } else {
      assert.ok(root.querySelector(`label[for="${control.id}"]`), `label for ${control.id}`);
    }
  }
  assert.equal(root.querySelector('#memo-proposals-0-provision').value, 'sec_1');
  assert.ok(root.querySelector('#memo-proposals-0-stance').checked === false);
  assert.ok(root.querySelector('input[name="proposals[0].stance"][value="AMEND"]').checked);
  assert.equal(root.querySelector('#memo-submitter-county').options.length, 48);
  assert.includes(root.querySelector('.memo-form__private').textContent, 'never published');
});

test('organisations are asked their type instead of gender and disability', () => {
  const person = dom(form());
  assert.ok(person.querySelector('#memo-submitter-gender'));
  assert.equal(person.querySelector('#memo-submitter-organisationType'), null);
  const organisation = dom(form({ model: { ...emptyMemorandum(), kind: 'ORGANISATION' } }));
  assert.ok(organisation.querySelector('#memo-submitter-organisationType'));
  assert.equal(organisation.querySelector('#memo-submitter-gender'), null);
  assert.equal(organisation.querySelector('label[for="memo-submitter-name"]').textContent.trim(), 'Name of the organisation *');
});

test('errors are summarised with links to their fields and shown beside them', () => {
  const errors = new Map([
    ['submitter.name', ['Enter your name.']],
    ['proposals[0].provision', ['No clause 99 <b>']],
    ['mystery', ['Something else']],
  ]);
  const model = { ...emptyMemorandum(), proposals: [{ provision: '', stance: '', proposedText: '', justification: '' }] };
  const root = dom(form({ errors, model, problem: { detail: 'The memorandum has errors.' } }));
  const links = [...root.querySelectorAll('.error-summary a')].map((link) => link.getAttribute('href'));
  assert.deepEqual(links, ['#memo-submitter-name', '#memo-proposals-0-provision']);
  assert.includes(root.querySelector('.error-summary').textContent, 'Proposal 1, clause: No clause 99 <b>');
  assert.includes(root.querySelector('.error-summary').textContent, 'mystery: Something else');
  assert.equal(root.querySelector('#memo-submitter-name').getAttribute('aria-invalid'), 'true');
  assert.includes(root.querySelector('#memo-submitter-name').getAttribute('aria-describedby'), 'memo-submitter-name-error');
  assert.equal(root.querySelector('b'), null, 'server text is escaped');
});

test('a network failure says nothing was lost', () => {
  const root = dom(form({ problem: { status: 0, title: 'network', detail: 'Failed to fetch' } }));
  assert.includes(root.querySelector('.error-summary').textContent, 'Nothing was lost');
});

test('closest clauses come from field errors or the top level', () => {
  const fromErrors = closestByProposal({ body: { errors: [{ field: 'proposals[2].provision', closest: ['sec_3', 'sec_4'] }] } });
  assert.deepEqual([...fromErrors], [[2, ['sec_3', 'sec_4']]]);
  const topLevel = closestByProposal({ body: { closest: [{ eId: 'sec_1' }], errors: [{ field: 'proposals.1.provision' }] } });
  assert.deepEqual([...topLevel], [[1, ['sec_1']]]);
  assert.equal(closestByProposal(null).size, 0);
});

test('without an open call there is no form, only the notice', () => {
  const root = dom(form({ call: null }));
  assert.equal(root.querySelector('form'), null);
  assert.includes(root.textContent, 'not open for memoranda');
  const kiswahili = dom(form({ t: sw, call: { ...openCall, status: 'CLOSED' } }));
  assert.includes(kiswahili.textContent, 'Mswada huu haupokei maoni');
});

test('the receipt shows reference, token, dates and the late notice', () => {
  const receipt = {
    reference: 'MEM-2026-000001',
    receiptToken: 'tok-123',
    billId: 'b1',
    version: 1,
    billTitle: 'Mswada wa Masoko',
    receivedAt: '2026-05-10T11:05:00Z',
    responseDue: '2026-06-09',
    late: true,
  };
  const root = dom(memorandumReceiptTemplate({ t: sw, receipt }));
  assert.equal(root.querySelector('#receipt-reference').textContent, 'MEM-2026-000001');
  assert.equal(root.querySelector('#receipt-token').value, 'tok-123');
  assert.includes(root.textContent, 'Nambari ya kumbukumbu');
  assert.includes(root.textContent, '14:05');
  assert.ok(root.querySelector('.memorandum-receipt__late'));
  assert.equal(dom(memorandumReceiptTemplate({ t: en, receipt: { ...receipt, late: false } })).querySelector('.memorandum-receipt__late'), null);
});

test('workflow steps are an ordered list with the state in words and the current step marked', () => {
  const root = dom(workflowStepsTemplate({ t: en, steps: [{ id: 'a', name: 'Received', state: 'done' }, { id: 'b', name: 'Triage', state: 'active' }] }));
  assert.equal(root.querySelector('ol').children.length, 2);
  assert.includes(root.querySelector('li').textContent, 'Done');
  assert.equal(root.querySelectorAll('[aria-current="step"]').length, 1);
  assert.includes(root.querySelector('[aria-current="step"]').textContent, 'In progress');
  assert.includes(dom(workflowStepsTemplate({ t: sw, steps: [] })).textContent, 'Bado hakuna hatua');
});

test('the status page shows decisions with reasons once responded, and withdrawal only before', () => {
  const memorandum = {
    reference: 'MEM-1',
    billId: 'b1',
    version: 1,
    status: 'RESPONDED',
    responseDue: '2026-06-09',
    overdue: false,
    proposals: [
      { id: 1, reference: 'Clause 5', eIds: ['sec_5'], stance: 'AMEND', proposedText: 'KSh 50', decision: { decision: 'REJECTED', reasons: 'Ada ni ndogo', decidedBy: 'Committee', decidedAt: '2026-06-01T10:00:00Z' } },
    ],
  };
  const root = dom(memorandumStatusTemplate({ t: en, memorandum, workflow: [] }));
  assert.includes(root.textContent, 'The committee has responded');
  assert.includes(root.textContent, 'Rejected');
  assert.includes(root.textContent, 'Ada ni ndogo');
  assert.equal(root.querySelector('[data-action="withdraw"]'), null);
  assert.equal(root.querySelector('.memorandum-status__proposals a').getAttribute('href'), '/bills/b1/versions/1#sec_5');
  const pending = dom(memorandumStatusTemplate({ t: en, memorandum: { ...memorandum, status: 'IN_TRIAGE', overdue: true } }));
  assert.ok(pending.querySelector('[data-action="withdraw"]'));
  assert.includes(pending.textContent, 'overdue');
  const confirming = dom(memorandumStatusTemplate({ t: en, memorandum: { ...memorandum, status: 'IN_TRIAGE' }, confirming: true }));
  assert.ok(confirming.querySelector('[data-action="withdraw-confirm"]'));
  assert.ok(confirming.querySelector('[data-action="withdraw-cancel"]'));
});

test('a wrong token reads as "no match", never revealing whether the reference exists', () => {
  const root = dom(memorandumStatusTemplate({ t: en, problem: { status: 403, detail: 'token mismatch' } }));
  assert.includes(root.querySelector('.error-summary').textContent, 'No memorandum matches');
  assert.excludes(root.textContent, 'token mismatch');
});

test('the task inbox lists tasks with claim buttons for unheld ones and marks overdue ones', () => {
  const tasks = [
    { id: 't1', taskKey: 'Task_Triage', reference: 'MEM-1', created: '2026-05-01T08:00:00Z', due: '2026-05-02T08:00:00Z', assignee: null },
    { id: 't2', taskKey: 'Task_DecideProposals', reference: 'MEM-2', created: '2026-05-01T08:00:00Z', assignee: 'clerk' },
  ];
  const root = dom(taskInboxTemplate({ t: en, session: { username: 'clerk' }, scope: 'groups', tasks, now: new Date('2026-05-03T00:00:00Z') }));
  assert.equal(root.querySelectorAll('[data-action="claim"]').length, 1);
  assert.equal(root.querySelector('[data-action="claim"]').dataset.id, 't1');
  assert.includes(root.textContent, 'overdue');
  assert.includes(root.textContent, 'Triage a memorandum');
  assert.equal(root.querySelector('a[href="/tasks?scope=groups"]').getAttribute('aria-current'), 'page');
  assert.includes(dom(taskInboxTemplate({ t: sw, scope: 'mine', tasks: [] })).textContent, 'Huna kazi');
});

test('a task shows its form only to the one who holds it', () => {
  const task = { id: 't1', taskKey: 'Task_Moderate', reference: 'MEM-1', assignee: 'clerk' };
  const memorandum = { reference: 'MEM-1', text: 'Maoni', flags: [{ kind: 'ABUSIVE_LANGUAGE', detail: 'paragraph 2' }] };
  const held = dom(taskPageTemplate({ t: en, session: { username: 'clerk' }, task, memorandum }));
  assert.ok(held.querySelector('form[data-form="moderate"]'));
  assert.includes(held.textContent, 'Abusive language');
  const other = dom(taskPageTemplate({ t: en, session: { username: 'someone' }, task, memorandum }));
  assert.equal(other.querySelector('form'), null);
  assert.includes(other.textContent, 'clerk holds this task');
  const free = dom(taskPageTemplate({ t: en, session: { username: 'someone' }, task: { ...task, assignee: null } }));
  assert.ok(free.querySelector('[data-action="claim"]'));
});

test('decisions are grouped by clause with a required decision and reasons per proposal', () => {
  const options = clauseOptions(
    [
      { eId: 'sec_1', type: 'SECTION', num: '1.', heading: 'Short title' },
      { eId: 'sec_2', type: 'SECTION', num: '2.', heading: 'Fees' },
    ],
    en,
  );
  const memorandum = { proposals: [{ id: 10, eIds: ['sec_2'], stance: 'AMEND' }, { id: 11, eIds: ['sec_1'], stance: 'SUPPORT' }, { id: 12, eIds: [], stance: 'OPPOSE' }] };
  const rows = memorandum.proposals.map((proposal) => ({ proposalId: proposal.id, decision: '', reasons: '' }));
  const root = dom(decisionTaskTemplate({ t: en, memorandum, rows, options, errors: new Map([['decisions[0].reasons', ['decide.error.reasonsRequired']]]) }));
  assert.deepEqual([...root.querySelectorAll('h2:not(.error-summary__title)')].map((h) => h.textContent), ['Clause 1 — Short title', 'Clause 2 — Fees', 'The bill as a whole']);
  assert.equal(root.querySelectorAll('input[type="radio"]').length, 12);
  assert.includes(root.querySelector('.error-summary').textContent, 'Give the reasons.');
  assert.equal(root.querySelector('.error-summary a').getAttribute('href'), '#decide-reasons-0');
  assert.ok(root.querySelector('#decide-reasons-0'));
});

test('clerks get the open form without a call and extend/close forms with one', () => {
  const noCall = dom(participationCallTemplate({ t: en, bill: { id: 'b', versions: [{ number: 1 }, { number: 2 }] }, call: null }));
  assert.ok(noCall.querySelector('form[data-form="open"]'));
  assert.equal(noCall.querySelector('#call-version').value, '2');
  const open = dom(participationCallTemplate({ t: sw, bill: { id: 'b', versions: [{ number: 1 }] }, call: { ...openCall, channels: ['WEB_FORM'] } }));
  assert.ok(open.querySelector('form[data-form="extend"]'));
  assert.ok(open.querySelector('button[value="WITHDRAW"]'));
  assert.equal(open.querySelector('#call-extend-closes').value, '2026-06-21T17:00');
  assert.includes(open.textContent, 'Fomu ya mtandaoni');
});

test('the bill page invites memoranda only while a call is open', () => {
  const root = dom(callNoticeTemplate(en, bill, openCall));
  assert.equal(root.querySelector('a').getAttribute('href'), '/bills/b1/submit');
  assert.includes(root.textContent, 'Submit a memorandum on this bill');
  assert.equal(String(callNoticeTemplate(en, bill, { ...openCall, status: 'CLOSED' })), '');
  assert.equal(String(callNoticeTemplate(en, bill, null)), '');
});

test('the header links to the status lookup for everyone and to tasks for staff only', () => {
  const anonymous = dom(headerTemplate({ t: en, route: 'memoStatus', session: null }));
  assert.equal(anonymous.querySelector('a[href="/memoranda/status"]').getAttribute('aria-current'), 'page');
  assert.equal(anonymous.querySelector('a[href="/tasks"]'), null);
  const member = dom(headerTemplate({ t: sw, route: 'tasks', session: { username: 'm', roles: ['COMMITTEE'] } }));
  assert.equal(member.querySelector('a[href="/tasks"]').textContent, 'Kazi');
});

test('the shell may pass errors as null while a request is under way', () => {
  const status = dom(memorandumStatusTemplate({ t: en, errors: null, problem: null, busy: true }));
  assert.equal(status.querySelector('.error-summary'), null);
  assert.ok(status.querySelector('button[type="submit"][disabled]'));
  const task = dom(taskPageTemplate({ t: en, session: { username: 'c' }, task: { id: 't', taskKey: 'Task_AdoptReport', assignee: 'c' }, errors: null, busy: true }));
  assert.ok(task.querySelector('form[data-form="adopt"] button[disabled]'));
});

test('"Submit a memorandum" lists only what the shell found open, or says none is', async () => {
  const { openCallsTemplate } = await import('/components/open-calls/open-calls.js');
  const root = dom(openCallsTemplate({ t: en, open: [{ bill, call: openCall }] }));
  assert.equal(root.querySelector('.open-calls a').getAttribute('href'), '/bills/b1/submit');
  assert.equal(root.querySelector('.open-calls a').textContent, 'The County Markets Bill <2026>');
  assert.includes(dom(openCallsTemplate({ t: sw, open: [] })).textContent, 'Hakuna mswada unaopokea maoni');
  const header = dom(headerTemplate({ t: en, route: 'submit', session: null }));
  assert.equal(header.querySelector('a[href="/memoranda/new"]').getAttribute('aria-current'), 'page');
});

test('known workflow steps are named in the reader language; unknown ones keep the name the engine gives', () => {
  const steps = [{ id: 'Task_Triage', name: 'Triage proposals', state: 'active' }, { id: 'Task_New', name: 'Something new', state: 'pending' }];
  const root = dom(workflowStepsTemplate({ t: sw, steps }));
  const names = [...root.querySelectorAll('.workflow-steps__name')].map((node) => node.textContent);
  assert.deepEqual(names, ['Kupanga mapendekezo kwa vifungu', 'Something new']);
});

test('closing the call or withdrawing the bill asks for confirmation first', () => {
  const root = dom(participationCallTemplate({ t: en, bill: { id: 'b', versions: [{ number: 1 }] }, call: openCall, confirming: 'WITHDRAW' }));
  assert.includes(root.querySelector('[role="alertdialog"]').textContent, 'Withdraw the bill?');
  assert.ok(root.querySelector('[data-action="confirm"]'));
  assert.ok(root.querySelector('[data-action="cancel"]'));
  const plain = dom(participationCallTemplate({ t: sw, bill: { id: 'b', versions: [{ number: 1 }] }, call: openCall }));
  assert.equal(plain.querySelector('[role="alertdialog"]'), null);
});
