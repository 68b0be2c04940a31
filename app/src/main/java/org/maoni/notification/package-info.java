/**
 * The notification module: the one port for every outgoing message (receipts, responses, overdue notices). Messages
 * are stored in the sender's transaction and delivered after commit by SMTP when it is configured, otherwise kept and
 * shown to staff; failed deliveries are retried, never lost. Depends on nothing.
 *
 * <p>Decisions: {@link org.maoni.notification.Notifications#send} called outside a transaction stores the message at
 * once (auto-commit). Delivery is at least once: a node that dies after the SMTP server accepted a message but before
 * recording it sends it again when its claim expires. A message whose delivery keeps failing shows as FAILING after
 * {@code maoni.notifications.max-attempts-before-alert} attempts and is still retried; messages without a usable e-mail
 * address, or stored while no SMTP server is configured, are HELD for staff (phone, SMS), who mark them handled. When
 * the application starts with SMTP configured, messages held only for want of SMTP are sent. The {@code notifications}
 * health component is DOWN only while a message has been FAILING for longer than
 * {@code maoni.notifications.failing-alert-after} (one hour by default).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"web"})
package org.maoni.notification;
