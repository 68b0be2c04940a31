/**
 * The notification module: the one port for every outgoing message (receipts, responses, overdue notices). Messages
 * are stored in the sender's transaction and delivered after commit by SMTP when it is configured, otherwise kept and
 * shown to staff; failed deliveries are retried, never lost. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.maoni.notification;
