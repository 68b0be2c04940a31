/**
 * The review module: the only code that touches Camunda. It runs the BPMN workflows that move bills and memoranda
 * through submission, review and response, and signs staff into Camunda's webapps.
 */
package org.maoni.review;
