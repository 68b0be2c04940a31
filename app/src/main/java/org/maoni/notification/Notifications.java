package org.maoni.notification;

/**
 * The notification port. {@link #send} must be called inside the caller's transaction: the message is stored with the
 * caller's data and delivered only after commit, so a rolled-back write sends nothing and a crash loses nothing.
 */
public interface Notifications {

    void send(OutgoingMessage message);
}
