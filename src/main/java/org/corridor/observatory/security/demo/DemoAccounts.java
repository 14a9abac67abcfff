package org.corridor.observatory.security.demo;

import java.util.List;
import java.util.Locale;

import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.plan.Zone;
import org.corridor.observatory.plan.ZoneLevel;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In demo mode only: one DEMO account per role, and a reporter and a reviewer for each
 * district of the plan, all with the demo password ({@code observatory.demo.password}),
 * listed on the login page and marked DEMO. A real deployment turns demo mode off and has
 * none of them.
 */
@Component
@ConditionalOnProperty(name = "observatory.demo.enabled", havingValue = "true")
class DemoAccounts {

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountStore accounts;

	private final PlanCatalog catalog;

	private final String password;

	DemoAccounts(AccountStore accounts, PlanCatalog catalog, @Value("${observatory.demo.password}") String password) {
		this.accounts = accounts;
		this.catalog = catalog;
		this.password = password;
	}

	@EventListener(ApplicationStartedEvent.class)
	@Order(0)
	void create() {
		if (this.accounts.hasDemoAccounts()) {
			return;
		}
		create("demo-admin", "【演示】系统管理员", Role.ADMIN, List.of());
		create("demo-approver", "【演示】管委会审定", Role.APPROVER, List.of());
		create("demo-registrar", "【演示】登记库维护", Role.REGISTRAR, List.of());
		create("demo-analyst", "【演示】分析", Role.ANALYST, List.of());
		Plan plan = this.catalog.current();
		for (Zone district : plan.listZones()
			.stream()
			.filter((z) -> z.level() == ZoneLevel.DISTRICT && z.reporting())
			.toList()) {
			String code = district.code().toLowerCase(Locale.ROOT).replace('_', '-');
			String name = district.name().zh();
			create("demo-" + code + "-reporter", "【演示】" + name + "填报", Role.REPORTER, List.of(district.code()));
			create("demo-" + code + "-reviewer", "【演示】" + name + "审核", Role.REVIEWER, List.of(district.code()));
		}
		log.info("Created DEMO accounts (password in observatory.demo.password, listed on the login page)");
	}

	private void create(String username, String displayName, Role role, List<String> zones) {
		this.accounts.create(username, displayName, this.password, role, zones, true);
	}

}
