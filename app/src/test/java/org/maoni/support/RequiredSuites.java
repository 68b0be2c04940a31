package org.maoni.support;

/**
 * Whether optional test suites (PostgreSQL, browser) are mandatory: in CI ({@code CI=true}) or with
 * {@code -Dmaoni.test.require=true} a missing prerequisite fails the suite; elsewhere it is skipped with a message.
 */
public final class RequiredSuites {

    private RequiredSuites() {}

    public static boolean required() {
        return Boolean.getBoolean("maoni.test.require") || "true".equalsIgnoreCase(System.getenv("CI"));
    }
}
