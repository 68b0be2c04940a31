package org.maoni.notification.web;

import java.util.List;
import java.util.Locale;
import org.maoni.notification.MessageId;
import org.maoni.notification.MessageStatus;
import org.maoni.notification.NotificationProblem;
import org.maoni.notification.StoredMessage;
import org.maoni.notification.internal.MessageStore;
import org.maoni.notification.internal.NotificationDesk;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stored outgoing messages for staff (CLERK or ADMIN): they hold e-mail addresses and phone numbers, so every endpoint,
 * reads included, needs one of those roles (401 when signed out, 403 for other roles).
 */
@RestController
@RequestMapping("/api/notifications")
@PreAuthorize("hasAnyRole('CLERK', 'ADMIN')")
class NotificationController {

    static final int MAX_PAGE_SIZE = 200;

    private final NotificationDesk desk;

    NotificationController(NotificationDesk desk) {
        this.desk = desk;
    }

    /** One page of messages, newest first. */
    record MessagePage(List<StoredMessage> items, int page, int size, long total) {}

    @GetMapping
    MessagePage list(
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int pageSize = number("size", size, 50, 1, MAX_PAGE_SIZE);
        MessageStore.Page result = desk.list(
                status(status),
                reference == null || reference.isBlank() ? null : reference.strip(),
                pageNumber,
                pageSize);
        return new MessagePage(result.items(), pageNumber, pageSize, result.total());
    }

    @GetMapping("/{id}")
    StoredMessage get(@PathVariable String id) {
        return desk.get(id(id));
    }

    /** Delivers the message by e-mail again now (with a fresh back-off). */
    @PostMapping("/{id}/retry")
    StoredMessage retry(@PathVariable String id) {
        return desk.retry(id(id));
    }

    /** Records that staff reached the person another way (phone, SMS, letter). */
    @PostMapping("/{id}/handled")
    StoredMessage handled(@PathVariable String id, Authentication authentication) {
        return desk.markHandled(id(id), authentication.getName());
    }

    private static MessageId id(String text) {
        try {
            return MessageId.valueOf(text);
        } catch (IllegalArgumentException e) {
            throw NotificationProblem.notFound(text);
        }
    }

    private static MessageStatus status(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return MessageStatus.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw NotificationProblem.invalidParameter(
                    "status", "status must be one of " + java.util.Arrays.toString(MessageStatus.values()) + ".");
        }
    }

    private static int number(String name, String text, int fallback, int min, int max) {
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // Not a number: the same problem as a number out of range.
        }
        throw NotificationProblem.invalidParameter(
                name, name + " must be a whole number from " + min + " to " + max + ".");
    }
}
