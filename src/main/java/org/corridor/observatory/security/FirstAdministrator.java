package org.corridor.observatory.security;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the first administrator at start-up from {@code observatory.admin.username} and
 * {@code observatory.admin.password} (for example the environment variables
 * {@code OBSERVATORY_ADMIN_USERNAME} and {@code OBSERVATORY_ADMIN_PASSWORD}), when both
 * are set and no administrator exists yet. There is no default password: without them,
 * the first administrator is created on the command line
 * ({@code user add … --role admin}).
 */
@Component
class FirstAdministrator {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final AccountStore accounts;

	private final String username;

	private final String password;

	FirstAdministrator(AccountStore accounts, @Value("${observatory.admin.username:}") String username,
			@Value("${observatory.admin.password:}") String password) {
		this.accounts = accounts;
		this.username = username;
		this.password = password;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(0)
	void create() {
		if (this.accounts.hasAdministrator()) {
			return;
		}
		if (this.username.isBlank() || this.password.isBlank()) {
			log.warn("No administrator yet: create one with `java -jar observatory.jar user add NAME --role admin`"
					+ " or set OBSERVATORY_ADMIN_USERNAME and OBSERVATORY_ADMIN_PASSWORD");
			return;
		}
		this.accounts.create(this.username, this.username, this.password, Role.ADMIN, List.of(), false);
		log.info("Created the first administrator {}", this.username);
	}

}
