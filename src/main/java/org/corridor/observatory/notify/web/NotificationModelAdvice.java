package org.corridor.observatory.notify.web;

import org.corridor.observatory.notify.Notifications;
import org.corridor.observatory.security.Actor;
import org.corridor.observatory.web.PageController;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The unread count every page shows next to the signed-in account's name. */
@ControllerAdvice(annotations = PageController.class)
class NotificationModelAdvice {

	private final Notifications notifications;

	NotificationModelAdvice(Notifications notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute
	void unread(Model model) {
		Actor actor = Actor.current();
		if (actor.role() != null) {
			model.addAttribute("unreadNotifications", this.notifications.unreadCount(actor.username()));
		}
	}

}
