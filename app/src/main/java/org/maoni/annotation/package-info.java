/**
 * The annotation module: W3C Web Annotations on the provisions of a bill version (JSON-LD in and out), their
 * validation against the provision's text, and their re-anchoring when a new version of the bill is added. The pure
 * core lives in {@code model} (the W3C data model and its JSON-LD mapping) and {@code anchoring} (validation and
 * re-anchoring); neither uses Spring.
 */
@ApplicationModule(allowedDependencies = {"bill", "diff", "memorandum", "web"})
package org.maoni.annotation;

import org.springframework.modulith.ApplicationModule;
