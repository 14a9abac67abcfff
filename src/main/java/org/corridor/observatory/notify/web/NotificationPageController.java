package org.corridor.observatory.notify.web;

import org.corridor.observatory.notify.Notification;
import org.corridor.observatory.notify.Notifications;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.web.PageController;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A signed-in account's notifications (listed on the tasks page): opening one marks it
 * read and goes to the page it is about; all can be marked read at once.
 */
@PageController
class NotificationPageController {

	private final Notifications notifications;

	NotificationPageController(Notifications notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notifications/{id}")
	String open(@PathVariable long id) {
		Notification notification = this.notifications.open(Actor.current().username(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "没有此通知 / no such notification"));
		return "redirect:" + ((notification.link() != null) ? notification.link() : "/tasks");
	}

	@PostMapping("/notifications/read")
	String readAll() {
		this.notifications.markAllRead(Actor.current().username());
		return "redirect:/tasks";
	}

}
