const { createApi, problemFrom, fieldErrors, readCookie, ProblemError } = await import('/lib/api.js');

// A recording stand-in for fetch: answers each call with the next scripted response.
function scripted(...responses) {
  const calls = [];
  const fetchImpl = async (url, init) => {
    calls.push({ url, init });
    const next = responses.shift();
    if (next instanceof Error) {
      throw next;
    }
    return new Response(next.body === undefined ? null : next.body, {
      status: next.status ?? 200,
      headers: next.headers ?? { 'Content-Type': 'application/json' },
    });
  };
  return { calls, fetchImpl };
}

test('cookies are read by exact name and decoded', () => {
  assert.equal(readCookie('a=1; XSRF-TOKEN=abc%3D%3D; b=2', 'XSRF-TOKEN'), 'abc==');
  assert.equal(readCookie('XXSRF-TOKEN=no; XSRF-TOKEN=yes', 'XSRF-TOKEN'), 'yes');
  assert.equal(readCookie('XSRF-TOKEN=%E0%A4%A', 'XSRF-TOKEN'), '%E0%A4%A');
  assert.equal(readCookie('', 'XSRF-TOKEN'), null);
  assert.equal(readCookie(undefined, 'XSRF-TOKEN'), null);
  assert.equal(readCookie('garbage;;=;', 'XSRF-TOKEN'), null);
});

test('problem documents become ProblemError with their fields', () => {
  const problem = problemFrom(400, 'Bad Request', {
    type: 'urn:maoni:problem:validation',
    title: 'Invalid',
    status: 400,
    detail: 'Check the fields.',
    errors: [{ field: 'metadata.house', message: 'must not be blank' }, null, 'x'],
  });
  assert.ok(problem instanceof ProblemError);
  assert.ok(problem instanceof Error);
  assert.equal(problem.type, 'urn:maoni:problem:validation');
  assert.equal(problem.detail, 'Check the fields.');
  assert.equal(problem.message, 'Check the fields.');
  assert.deepEqual(problem.errors, [{ field: 'metadata.house', message: 'must not be blank' }]);
});

test('missing or malformed bodies still give a usable error', () => {
  const none = problemFrom(502, 'Bad Gateway', null);
  assert.equal(none.status, 502);
  assert.equal(none.title, 'Bad Gateway');
  assert.equal(none.type, 'about:blank');
  assert.equal(none.message, 'Bad Gateway');
  const odd = problemFrom(500, '', { title: 42, detail: ['x'], errors: 'nope', status: 'five' });
  assert.equal(odd.title, '');
  assert.equal(odd.detail, '');
  assert.equal(odd.status, 500);
  assert.deepEqual(odd.errors, []);
  assert.equal(odd.message, 'HTTP 500');
  assert.equal(problemFrom(400, '', [1, 2]).status, 400);
});

test('field errors are grouped by the last segment of their path', () => {
  const grouped = fieldErrors({
    errors: [
      { field: 'metadata.house', message: 'a' },
      { field: 'house', message: 'b' },
      { field: 'metadata[year]', message: 'c' },
      { field: '', message: 'd' },
      { field: 'file', message: '<script>' },
    ],
  });
  assert.deepEqual([...grouped.entries()], [
    ['house', ['a', 'b']],
    ['year', ['c']],
    ['', ['d']],
    ['file', ['<script>']],
  ]);
  assert.equal(fieldErrors(null).size, 0);
  assert.equal(fieldErrors({}).size, 0);
});

test('reads send no CSRF header and return parsed JSON', async () => {
  const { calls, fetchImpl } = scripted({ body: '[{"id":"1","title":"Mswada 🇰🇪"}]' });
  const api = createApi(fetchImpl, () => 'XSRF-TOKEN=t1');
  const bills = await api.listBills();
  assert.equal(bills[0].title, 'Mswada 🇰🇪');
  assert.equal(calls[0].url, '/api/bills');
  assert.equal(calls[0].init.method, 'GET');
  assert.equal(calls[0].init.credentials, 'same-origin');
  assert.equal(calls[0].init.headers['X-XSRF-TOKEN'], undefined);
});

test('ids in paths are encoded', async () => {
  const { calls, fetchImpl } = scripted({ body: '{}' }, { body: '{}' });
  const api = createApi(fetchImpl, () => '');
  await api.getBill('a/../b?c');
  await api.getVersion('x y', 2);
  assert.equal(calls[0].url, '/api/bills/a%2F..%2Fb%3Fc');
  assert.equal(calls[1].url, '/api/bills/x%20y/versions/2');
});

test('writes send the CSRF token from the cookie and JSON bodies', async () => {
  const { calls, fetchImpl } = scripted({ status: 200, body: '{"username":"clerk","roles":["CLERK"]}' });
  const api = createApi(fetchImpl, () => 'XSRF-TOKEN=tok%2B1');
  await api.signIn('clerk', 'p@ss "word"');
  assert.equal(calls.length, 1, 'the cookie was there, so no extra request');
  assert.equal(calls[0].init.method, 'POST');
  assert.equal(calls[0].init.headers['X-XSRF-TOKEN'], 'tok+1');
  assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
  assert.deepEqual(JSON.parse(calls[0].init.body), { username: 'clerk', password: 'p@ss "word"' });
});

test('a write without the cookie first fetches the session to obtain it', async () => {
  let cookie = '';
  const { calls, fetchImpl } = scripted(
    { status: 401, body: '{"status":401}', headers: { 'Content-Type': 'application/problem+json' } },
    { status: 204 },
  );
  const api = createApi(async (url, init) => {
    const response = await fetchImpl(url, init);
    cookie = 'XSRF-TOKEN=fresh';
    return response;
  }, () => cookie);
  await api.signOut();
  assert.deepEqual(calls.map((c) => `${c.init.method} ${c.url}`), ['GET /api/session', 'DELETE /api/session']);
  assert.equal(calls[1].init.headers['X-XSRF-TOKEN'], 'fresh');
});

test('failures reject with the problem document', async () => {
  const { fetchImpl } = scripted({
    status: 404,
    body: '{"type":"urn:maoni:problem:not-found","title":"Not Found","status":404,"detail":"No bill 7"}',
    headers: { 'Content-Type': 'application/problem+json' },
  });
  const api = createApi(fetchImpl, () => '');
  await assert.rejects(api.getBill('7'), (error) => {
    assert.ok(error instanceof ProblemError);
    assert.equal(error.status, 404);
    assert.equal(error.detail, 'No bill 7');
  });
});

test('a failure with an HTML or broken body keeps the status', async () => {
  const { fetchImpl } = scripted(
    { status: 500, body: '<html>oops</html>', headers: { 'Content-Type': 'text/html' } },
    { status: 500, body: '{broken', headers: { 'Content-Type': 'application/json' } },
  );
  const api = createApi(fetchImpl, () => '');
  await assert.rejects(api.listBills(), (error) => assert.equal(error.status, 500));
  await assert.rejects(api.listBills(), (error) => assert.equal(error.status, 500));
});

test('network failures become status 0', async () => {
  const { fetchImpl } = scripted(new TypeError('Failed to fetch'));
  const api = createApi(fetchImpl, () => '');
  await assert.rejects(api.listBills(), (error) => {
    assert.equal(error.status, 0);
    assert.includes(error.detail, 'Failed to fetch');
  });
});

test('the session is null when signed out and an object when signed in', async () => {
  const { fetchImpl } = scripted(
    { status: 401, body: '{"status":401}', headers: { 'Content-Type': 'application/problem+json' } },
    { body: '{"username":"clerk","roles":["CLERK"]}' },
    { status: 500, body: '{"status":500}', headers: { 'Content-Type': 'application/problem+json' } },
  );
  const api = createApi(fetchImpl, () => '');
  assert.equal(await api.getSession(), null);
  assert.deepEqual(await api.getSession(), { username: 'clerk', roles: ['CLERK'] });
  await assert.rejects(api.getSession(), (error) => assert.equal(error.status, 500));
});

test('registering a bill sends the file and a JSON metadata part', async () => {
  const { calls, fetchImpl } = scripted({ status: 201, body: '{"id":"b1","versions":[{"number":1}]}' });
  const api = createApi(fetchImpl, () => 'XSRF-TOKEN=t');
  const file = new File(['%PDF-1.4'], 'Mswada 🇰🇪.pdf', { type: 'application/pdf' });
  const bill = await api.registerBill(file, { house: 'National Assembly', year: 2024 });
  assert.equal(bill.id, 'b1');
  const body = calls[0].init.body;
  assert.ok(body instanceof FormData);
  assert.equal(body.get('file').name, 'Mswada 🇰🇪.pdf');
  assert.deepEqual(JSON.parse(body.get('metadata')), { house: 'National Assembly', year: 2024 });
  assert.equal(calls[0].init.headers['Content-Type'], undefined, 'the browser sets the multipart boundary');
  assert.equal(calls[0].init.headers['X-XSRF-TOKEN'], 't');
});
