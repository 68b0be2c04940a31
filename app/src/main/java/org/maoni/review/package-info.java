/**
 * The review module: the only code that touches Camunda. It runs the BPMN workflows ({@code bpmn/}) that move a call
 * for memoranda and each memorandum through review and response, started and steered by the memorandum module's
 * events; its delegates call that module's {@code MemorandumReview} and {@code CallsForMemoranda}; it serves the staff
 * work queue ({@code /api/tasks}) and each memorandum's workflow steps, and signs admins into Camunda's webapps.
 */
@ApplicationModule(allowedDependencies = {"bill", "memorandum", "calendar", "web"})
package org.maoni.review;

import org.springframework.modulith.ApplicationModule;
