const { barLayout, matrixApi, matrixPath, reportsPath, rowDecisionBody, rowKey, stackLayout, validateRowDecision } =
  await import('/lib/reports.js');
const { parseRoute } = await import('/lib/router.js');
const { committeeMatrixTemplate } = await import('/components/committee-matrix/committee-matrix.js');
const { participationDashboardTemplate } = await import('/components/participation-dashboard/participation-dashboard.js');
const { render } = await import('/lib/html.js');
const { createTranslator, loadCatalog } = await import('/lib/i18n.js');
const en = createTranslator('en', await loadCatalog('en'));

test('report paths round-trip through the router', () => {
  assert.equal(matrixPath('b-1', 2), '/bills/b-1/versions/2/matrix');
  assert.equal(JSON.stringify(parseRoute(matrixPath('b-1', 2))), JSON.stringify({ name: 'matrix', billId: 'b-1', version: 2 }));
  assert.equal(JSON.stringify(parseRoute(reportsPath('b 1'))), JSON.stringify({ name: 'reports', billId: 'b 1' }));
  assert.equal(matrixApi('b-1', 2, 'csv'), '/api/bills/b-1/versions/2/committee-matrix.csv');
  assert.equal(matrixApi('b-1', 2), '/api/bills/b-1/versions/2/committee-matrix');
});

test('a row decision needs a decision and reasons, and its body names every proposal of the group', () => {
  assert.equal(validateRowDecision({ decision: '', reasons: ' ' }).size, 2);
  assert.equal(validateRowDecision({ decision: 'MAYBE', reasons: 'x' }).get('decision'), 'decide.error.decisionRequired');
  assert.equal(validateRowDecision({ decision: 'NOTED', reasons: 'x' }).size, 0);
  const body = rowDecisionBody({ proposalIds: [4, 5] }, { decision: 'REJECTED', reasons: ' No. ', observation: ' ' });
  assert.equal(JSON.stringify(body), JSON.stringify({ proposalIds: [4, 5], decision: 'REJECTED', reasons: 'No.' }));
  assert.equal(rowKey({ proposalIds: [4, 5] }), '4');
});

test('bars scale to the largest value and stacks add up to the width', () => {
  const bars = barLayout([{ label: 'a', value: 2 }, { label: 'b', value: 1 }, { label: 'c', value: 0 }], { width: 100 });
  assert.equal(bars.map((bar) => bar.width).join(), '100,50,0');
  assert.equal(bars[1].y, 24);
  const stack = stackLayout([{ key: 'x', value: 1 }, { key: 'y', value: 3 }], 200);
  assert.equal(stack.map((part) => `${part.x}:${part.width}`).join(), '0:50,50:150');
  assert.equal(stackLayout([{ key: 'x', value: 0 }], 200)[0].width, 0);
});

test('the matrix escapes submitted text and offers a form only to deciders', () => {
  const matrix = {
    proposalCount: 1,
    clauses: [{ eId: 'sec_1', label: 'Clause 1 — Short title', rows: [{ proposalIds: [7], stakeholders: '1 individual',
      stance: 'AMEND', proposal: '<img src=x onerror=alert(1)>', justification: '', mixed: false }] }],
  };
  const host = document.createElement('div');
  const data = { t: en, bill: { id: 'b', title: 'B' }, version: 1, matrix, values: new Map(), errors: new Map() };
  render(committeeMatrixTemplate({ ...data, canDecide: false }), host);
  assert.equal(host.querySelector('img'), null);
  assert.equal(host.querySelector('form'), null);
  assert.includes(host.textContent, 'Clause 1 — Short title');
  render(committeeMatrixTemplate({ ...data, canDecide: true }), host);
  assert.ok(host.querySelector('form[data-key="7"] select#matrix-decision-7'), 'decision select');
  assert.ok(host.querySelector('label[for="matrix-reasons-7"]'), 'reasons label');
});

test('the dashboard charts carry text alternatives and tables', () => {
  const counties = [{ key: 'NYERI', label: 'Nyeri', count: 3 }, { key: 'LAMU', label: 'Lamu', count: 0 }];
  const report = {
    counties: { counties, reached: 1, total: 47, share: 0.021, notStated: 2 },
    responses: { answeredOnTime: 3, answeredLate: 1, openNotYetDue: 2, openOverdue: 0, answered: 4, shareOnTime: 0.75, medianDays: 4.5, asOf: '2026-11-23' },
  };
  const host = document.createElement('div');
  render(participationDashboardTemplate({ t: en, lang: 'en', report }), host);
  const charts = host.querySelectorAll('svg[role="img"]');
  assert.equal(charts.length, 3);
  for (const chart of charts) {
    const ids = chart.getAttribute('aria-labelledby').split(' ');
    assert.ok(ids.every((id) => host.querySelector(`#${id}`)), 'labelled by its title and description');
  }
  assert.includes(host.textContent, 'Memoranda came from 1 of 47 counties');
  assert.includes(host.textContent, '75% answered on time (3 of 4 answered).');
  assert.includes(host.querySelector('#dash-county-bars-desc').textContent, 'Nyeri: 3');
  assert.equal(host.querySelectorAll('details tbody tr').length, 3);
});
