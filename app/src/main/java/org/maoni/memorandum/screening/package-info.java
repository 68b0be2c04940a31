/**
 * Framework-free screening of a memorandum's text before publication: personal data (phone numbers, e-mail
 * addresses, ID, passport and KRA PIN numbers) found and redacted, abusive or threatening language found, and a
 * fingerprint for exact-duplicate detection.
 *
 * <pre>{@code
 * ScreeningReport report = new Screener().screen(text);
 * String key = Screener.fingerprint(text);
 * }</pre>
 */
package org.maoni.memorandum.screening;
