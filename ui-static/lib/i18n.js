// Message lookup for English and Kiswahili: flat keys ("nav.bills"), `{name}` placeholders and
// CLDR plural categories (`key.one` / `key.other`) when a numeric `count` is passed.

export const LANGUAGES = Object.freeze(['en', 'sw']);
export const DEFAULT_LANGUAGE = 'en';
export const STORAGE_KEY = 'maoni.lang';

/** Replaces `{name}` placeholders with the matching parameter; unknown placeholders stay visible. */
export function interpolate(template, params = {}) {
  return String(template).replace(/\{([A-Za-z0-9_]+)\}/g, (whole, name) =>
    Object.prototype.hasOwnProperty.call(params, name) && params[name] !== undefined && params[name] !== null
      ? String(params[name])
      : whole,
  );
}

function own(catalog, key) {
  return catalog && Object.prototype.hasOwnProperty.call(catalog, key) && typeof catalog[key] === 'string'
    ? catalog[key]
    : undefined;
}

/**
 * Returns t(key, params): the message in `catalog`, else in `fallback`, else the key itself (so a
 * missing string shows up on screen instead of vanishing). t.has(key) and t.lang are provided too.
 */
export function createTranslator(lang, catalog, fallback = {}) {
  let plurals;
  try {
    plurals = new Intl.PluralRules(lang);
  } catch {
    plurals = new Intl.PluralRules(DEFAULT_LANGUAGE);
  }
  const lookup = (key) => own(catalog, key) ?? own(fallback, key);
  const t = (key, params = {}) => {
    let message;
    if (typeof params.count === 'number' && Number.isFinite(params.count)) {
      message = lookup(`${key}.${plurals.select(params.count)}`) ?? lookup(`${key}.other`);
    }
    message = message ?? lookup(key);
    return message === undefined ? String(key) : interpolate(message, params);
  };
  t.has = (key) => lookup(key) !== undefined || lookup(`${key}.other`) !== undefined;
  t.lang = lang;
  return t;
}

/** Normalises a language tag ("sw-KE", "SW") to a supported language, or null. */
export function supportedLanguage(tag) {
  if (typeof tag !== 'string') {
    return null;
  }
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
  return LANGUAGES.includes(primary) ? primary : null;
}

/** The stored choice wins, then the browser's preferences, then English. */
export function chooseLanguage(stored, preferred = []) {
  const fromStore = supportedLanguage(stored);
  if (fromStore) {
    return fromStore;
  }
  for (const tag of preferred ?? []) {
    const match = supportedLanguage(tag);
    if (match) {
      return match;
    }
  }
  return DEFAULT_LANGUAGE;
}

/** Reads the remembered language; storage can be missing or throw (private browsing, old browsers). */
export function readStoredLanguage(storage) {
  try {
    return storage ? storage.getItem(STORAGE_KEY) : null;
  } catch {
    return null;
  }
}

/** Remembers the language; failures only mean the choice is not remembered. */
export function storeLanguage(storage, lang) {
  try {
    storage?.setItem(STORAGE_KEY, lang);
    return true;
  } catch {
    return false;
  }
}

/** Fetches /i18n/{lang}.json. */
export async function loadCatalog(lang, fetchImpl = fetch) {
  const response = await fetchImpl(`/i18n/${encodeURIComponent(lang)}.json`, { credentials: 'same-origin' });
  if (!response.ok) {
    throw new Error(`Cannot load messages for ${lang}: HTTP ${response.status}`);
  }
  return response.json();
}
