package org.maoni.memorandum;

import java.time.ZonedDateTime;

/** A clerk extended a call's window, or closed it early (the new closing time is then now). */
public record CallDeadlineChanged(CallId callId, ZonedDateTime closesAt) {}
