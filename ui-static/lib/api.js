// JSON client for the Maoni API. Failures become ProblemError (RFC 9457 problem details), so views
// can show the server's `detail` and put field errors next to their fields.

/** An API failure carrying the problem document's fields. `status` 0 means the network failed. */
export class ProblemError extends Error {
  constructor({ type = 'about:blank', title = '', status = 0, detail = '', errors = [] } = {}) {
    super(detail || title || `HTTP ${status}`);
    this.name = 'ProblemError';
    this.type = type;
    this.title = title;
    this.status = status;
    this.detail = detail;
    this.errors = errors;
  }
}

function text(value) {
  return typeof value === 'string' ? value : '';
}

/** Builds a ProblemError from a response status and its (possibly absent or malformed) body. */
export function problemFrom(status, statusText, body) {
  const problem = body && typeof body === 'object' && !Array.isArray(body) ? body : {};
  const errors = Array.isArray(problem.errors)
    ? problem.errors
        .filter((error) => error && typeof error === 'object')
        .map((error) => ({ field: text(error.field), message: text(error.message) }))
    : [];
  return new ProblemError({
    type: text(problem.type) || 'about:blank',
    title: text(problem.title) || text(statusText),
    status: Number.isInteger(problem.status) ? problem.status : status,
    detail: text(problem.detail),
    errors,
  });
}

/**
 * Groups field errors by form field name. Server field paths such as "metadata.house" or
 * "metadata[house]" map to "house"; errors without a field go under "".
 */
export function fieldErrors(problem) {
  const byField = new Map();
  for (const error of problem?.errors ?? []) {
    const field = String(error.field ?? '')
      .replace(/\[(\w+)\]/g, '.$1')
      .split('.')
      .filter((part) => part !== '')
      .pop() ?? '';
    if (!byField.has(field)) {
      byField.set(field, []);
    }
    byField.get(field).push(error.message || '');
  }
  return byField;
}

/** Value of a cookie in a document.cookie string, or null. */
export function readCookie(cookies, name) {
  for (const pair of String(cookies ?? '').split(';')) {
    const index = pair.indexOf('=');
    if (index < 0) {
      continue;
    }
    if (pair.slice(0, index).trim() === name) {
      const raw = pair.slice(index + 1).trim();
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    }
  }
  return null;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Creates a client bound to a fetch implementation and a cookie source (document by default). */
export function createApi(fetchImpl = (...args) => fetch(...args), cookies = () => document.cookie) {
  async function request(method, path, { json, body } = {}) {
    const headers = { Accept: 'application/json, application/problem+json' };
    if (!SAFE_METHODS.has(method)) {
      const token = readCookie(cookies(), 'XSRF-TOKEN');
      if (token) {
        headers['X-XSRF-TOKEN'] = token;
      }
    }
    let payload = body;
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(json);
    }
    let response;
    try {
      response = await fetchImpl(path, { method, headers, body: payload, credentials: 'same-origin' });
    } catch (cause) {
      throw new ProblemError({ title: 'network', status: 0, detail: String(cause?.message ?? cause) });
    }
    const type = response.headers.get('Content-Type') ?? '';
    let parsed = null;
    if (response.status !== 204 && /json/i.test(type)) {
      try {
        parsed = await response.json();
      } catch {
        parsed = null;
      }
    }
    if (!response.ok) {
      throw problemFrom(response.status, response.statusText, parsed);
    }
    return parsed;
  }

  // A write may be the first request of the page: fetch something cheap so the server sets the
  // XSRF-TOKEN cookie before the real write.
  async function ensureCsrfCookie() {
    if (!readCookie(cookies(), 'XSRF-TOKEN')) {
      try {
        await request('GET', '/api/session');
      } catch {
        // 401 is the normal answer when signed out; the cookie comes with it.
      }
    }
  }

  return {
    request,
    listBills: () => request('GET', '/api/bills'),
    getBill: (billId) => request('GET', `/api/bills/${encodeURIComponent(billId)}`),
    getVersion: (billId, version) =>
      request('GET', `/api/bills/${encodeURIComponent(billId)}/versions/${encodeURIComponent(version)}`),
    async getSession() {
      try {
        return await request('GET', '/api/session');
      } catch (error) {
        if (error instanceof ProblemError && (error.status === 401 || error.status === 403)) {
          return null;
        }
        throw error;
      }
    },
    async signIn(username, password) {
      await ensureCsrfCookie();
      await request('POST', '/api/session', { json: { username, password } });
    },
    async signOut() {
      await ensureCsrfCookie();
      await request('DELETE', '/api/session');
    },
    async registerBill(file, metadata) {
      await ensureCsrfCookie();
      const form = new FormData();
      if (file) {
        form.append('file', file, file.name);
      }
      // A plain text part: the server reads `metadata` as a form field holding JSON.
      form.append('metadata', JSON.stringify(metadata));
      return request('POST', '/api/bills', { body: form });
    },
  };
}
