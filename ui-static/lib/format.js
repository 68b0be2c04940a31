// Locale-aware formatting of dates and sizes for the two UI languages. Pure functions.

const LOCALES = { en: 'en-KE', sw: 'sw-KE' };

function locale(lang) {
  return LOCALES[lang] ?? LOCALES.en;
}

/**
 * Formats an ISO date ("2024-05-10") or instant ("2024-05-10T08:00:00Z") as a long date; returns
 * the input unchanged when it is not a date, and '' for nothing.
 */
export function formatDate(value, lang) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const text = String(value);
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  const date = new Date(dateOnly ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) {
    return text;
  }
  const options = dateOnly ? { dateStyle: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'Africa/Nairobi' };
  return new Intl.DateTimeFormat(locale(lang), options).format(date);
}

/** Formats a byte count with binary units ("1.5 MB"); '' for anything that is not a non-negative number. */
export function formatSize(bytes, lang) {
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes < 0) {
    return '';
  }
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  const digits = unit === 0 || value >= 10 ? 0 : 1;
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: digits }).format(value)} ${units[unit]}`;
}

/** Formats a 0..1 share as a whole percentage. */
export function formatPercent(share, lang) {
  if (typeof share !== 'number' || !Number.isFinite(share)) {
    return '';
  }
  return new Intl.NumberFormat(locale(lang), { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Turns an enum-like value ("FIRST_READING") into words ("First reading") when no translation exists. */
export function humanize(value) {
  const text = String(value ?? '').replace(/_/g, ' ').trim().toLowerCase();
  return text ? text[0].toUpperCase() + text.slice(1) : '';
}
