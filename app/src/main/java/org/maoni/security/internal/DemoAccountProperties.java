package org.maoni.security.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode ({@code maoni.demo.*}): whether it is on, and the passwords of the demo accounts; an empty password means
 * "generate one and print it once at first start".
 */
@ConfigurationProperties("maoni.demo")
record DemoAccountProperties(boolean enabled, String adminPassword, String clerkPassword, String committeePassword) {}
