package org.corridor.observatory.notify;

/**
 * An account's notifications changed: one arrived, or was read. Published in the change's
 * transaction; pages that show the unread count listen after its commit.
 *
 * @param username whose notifications changed, or null for several accounts
 */
public record NotificationsChanged(String username) {
}
