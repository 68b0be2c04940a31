// A very small test harness evaluated inside the page before a *.test.js body: `test` registers,
// `assert` checks, and `run()` returns [{name, ok, message}] to the Java side.
const registered = [];
const test = (name, fn) => registered.push({ name, fn });
const show = (value) => {
  try {
    return JSON.stringify(value);
  } catch {
    return String(value);
  }
};
const assert = {
  ok(value, message = 'expected a truthy value') {
    if (!value) {
      throw new Error(`${message}: got ${show(value)}`);
    }
  },
  equal(actual, expected, message = '') {
    if (!Object.is(actual, expected)) {
      throw new Error(`${message} expected ${show(expected)} but got ${show(actual)}`);
    }
  },
  deepEqual(actual, expected, message = '') {
    if (show(actual) !== show(expected)) {
      throw new Error(`${message} expected ${show(expected)} but got ${show(actual)}`);
    }
  },
  includes(text, part, message = '') {
    if (!String(text).includes(part)) {
      throw new Error(`${message} expected ${show(text)} to contain ${show(part)}`);
    }
  },
  excludes(text, part, message = '') {
    if (String(text).includes(part)) {
      throw new Error(`${message} expected ${show(text)} not to contain ${show(part)}`);
    }
  },
  throws(fn, pattern, message = '') {
    let thrown = null;
    try {
      fn();
    } catch (error) {
      thrown = error;
    }
    if (!thrown) {
      throw new Error(`${message} expected an exception`);
    }
    if (pattern && !pattern.test(String(thrown.message))) {
      throw new Error(`${message} exception ${show(thrown.message)} does not match ${pattern}`);
    }
  },
  async rejects(promise, check, message = '') {
    let thrown = null;
    try {
      await promise;
    } catch (error) {
      thrown = error;
    }
    if (!thrown) {
      throw new Error(`${message} expected a rejection`);
    }
    check?.(thrown);
  },
};
const run = async () => {
  const results = [];
  for (const { name, fn } of registered) {
    try {
      await fn();
      results.push({ name, ok: true, message: '' });
    } catch (error) {
      results.push({ name, ok: false, message: String(error?.stack ?? error) });
    }
  }
  return results;
};
