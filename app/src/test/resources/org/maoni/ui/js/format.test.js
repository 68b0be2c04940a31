const { formatDate, formatSize, formatPercent, humanize } = await import('/lib/format.js');

test('dates in English and Kiswahili', () => {
  assert.equal(formatDate('2024-05-10', 'en'), '10 May 2024');
  assert.includes(formatDate('2024-05-10', 'sw'), '2024');
  assert.includes(formatDate('2024-05-10', 'sw'), 'Mei');
});

test('date-only values do not shift with the time zone', () => {
  assert.equal(formatDate('2024-01-01', 'en'), '1 January 2024');
  assert.equal(formatDate('2024-12-31', 'en'), '31 December 2024');
});

test('instants are shown in Nairobi time', () => {
  assert.equal(formatDate('2024-05-10T22:30:00Z', 'en'), '11 May 2024');
});

test('odd dates', () => {
  assert.equal(formatDate('', 'en'), '');
  assert.equal(formatDate(null, 'en'), '');
  assert.equal(formatDate(undefined, 'en'), '');
  assert.equal(formatDate('not a date <script>', 'en'), 'not a date <script>');
  assert.equal(formatDate('2024-05-10', 'xx'), '10 May 2024', 'unknown languages format as English');
});

test('sizes', () => {
  assert.equal(formatSize(0, 'en'), '0 B');
  assert.equal(formatSize(1023, 'en'), '1,023 B');
  assert.equal(formatSize(1536, 'en'), '1.5 KB');
  assert.equal(formatSize(123456, 'en'), '121 KB');
  assert.equal(formatSize(5 * 1024 * 1024, 'en'), '5 MB');
  assert.equal(formatSize(-1, 'en'), '');
  assert.equal(formatSize(NaN, 'en'), '');
  assert.equal(formatSize('12', 'en'), '');
  assert.equal(formatSize(Infinity, 'en'), '');
});

test('percentages', () => {
  assert.equal(formatPercent(0.8, 'en'), '80%');
  assert.equal(formatPercent(1, 'en'), '100%');
  assert.equal(formatPercent(0.996, 'en'), '100%');
  assert.equal(formatPercent(undefined, 'en'), '');
  assert.equal(formatPercent(NaN, 'en'), '');
});

test('enum values become words', () => {
  assert.equal(humanize('FIRST_READING'), 'First reading');
  assert.equal(humanize('x'), 'X');
  assert.equal(humanize(''), '');
  assert.equal(humanize(null), '');
  assert.equal(humanize('__'), '');
});
