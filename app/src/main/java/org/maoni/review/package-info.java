/**
 * The review module: the only code that touches Camunda. It runs the BPMN workflows that move bills and memoranda
 * through submission, review and response, and signs staff into Camunda's webapps. Depends on {@code bill} (and, as
 * they arrive, {@code memorandum} and {@code annotation}).
 */
@ApplicationModule(allowedDependencies = {"bill", "memorandum", "calendar"})
package org.maoni.review;

import org.springframework.modulith.ApplicationModule;
