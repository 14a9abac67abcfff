/**
 * Notifications (通知): what an account is told — in the app, on its tasks page and as an
 * unread count in the top bar, and by e-mail when the account has an address and
 * {@code spring.mail.host} is set. A notification is stored in the transaction of its
 * cause and mailed only once that commits; a mail that cannot be sent is logged, never
 * undoes anything. The features decide whom to tell what; this module only tells.
 */
package org.corridor.observatory.notify;
