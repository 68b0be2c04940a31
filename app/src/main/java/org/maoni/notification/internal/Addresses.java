package org.maoni.notification.internal;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;

/** Checks of e-mail addresses and cleaning of text before it is stored or sent. */
final class Addresses {

    static final int MAX_EMAIL = 320;

    private Addresses() {}

    /** Whether {@code email} is one plain address an SMTP server can be asked to deliver to. */
    static boolean usable(String email) {
        if (email == null || email.isEmpty() || email.length() > MAX_EMAIL) {
            return false;
        }
        for (int i = 0; i < email.length(); i++) {
            char c = email.charAt(i);
            // A name part, a list or a header line break would make one address into something else.
            if (c <= ' ' || c == 0x7f || c == ',' || c == '<' || c == '>' || c == '"') {
                return false;
            }
        }
        try {
            InternetAddress address = new InternetAddress(email, true);
            address.validate();
            return email.indexOf('@') > 0 && email.indexOf('@') < email.length() - 1;
        } catch (AddressException e) {
            return false;
        }
    }

    /** Text without NUL and other control characters (PostgreSQL refuses NUL); keeps line breaks and tabs. */
    static String cleanBody(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == '\n' || c == '\t' || !Character.isISOControl(c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** One line without control characters, at most {@code max} characters (never splitting a surrogate pair). */
    static String oneLine(String text, int max) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), max));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        String line = out.toString().strip();
        return truncate(line, max);
    }

    static String truncate(String text, int max) {
        if (text == null || text.length() <= max) {
            return text;
        }
        int end = max;
        if (Character.isHighSurrogate(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(0, end);
    }
}
