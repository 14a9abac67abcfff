package org.corridor.observatory.audit;

import java.util.List;

import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The audit trail: a change is recorded with who made it, the chain verifies, and a
 * changed, removed or trailing-removed entry is named by the verification.
 */
@SpringBootTest
@ActiveProfiles("test")
@DirtiesContext
class AuditLogIntegrationTest {

	@Autowired
	AuditLog audit;

	@Autowired
	AccountStore accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void recordsChangesInAChainThatFindsEveryTampering() {
		this.accounts.create("audited-1", "One", "Audited-Account-2025", Role.ANALYST, List.of(), false);
		this.accounts.create("audited-2", "Two", "Audited-Account-2025", Role.REPORTER, List.of("XIHU"), false);
		this.accounts.change("audited-2", "Two", Role.REPORTER, List.of("YUHANG"), true);
		List<AuditEntry> entries = this.audit.list(new AuditQuery(null, "user", null, null, null), 10);
		assertThat(entries).extracting(AuditEntry::action).startsWith("change", "create", "create");
		AuditEntry change = entries.get(0);
		assertThat(change.actor()).isEqualTo("system");
		assertThat(change.before()).contains("XIHU");
		assertThat(change.after()).contains("YUHANG");
		AuditLog.Verification intact = this.audit.verify();
		assertThat(intact.intact()).isTrue();
		long count = intact.checked();

		this.jdbc.sql("update audit_entry set after_json = '{}' where id = ?").param(change.id()).update();
		AuditLog.Verification edited = this.audit.verify();
		assertThat(edited.intact()).isFalse();
		assertThat(edited.firstBroken()).isEqualTo(change.id());
		assertThat(edited.reason()).contains("was changed");

		this.jdbc.sql("update audit_entry set after_json = ? where id = ?")
			.params(change.after(), change.id())
			.update();
		assertThat(this.audit.verify().intact()).isTrue();
		this.jdbc.sql("delete from audit_entry where id = ?").param(change.id()).update();
		AuditLog.Verification removed = this.audit.verify();
		assertThat(removed.intact()).isFalse();
		assertThat(removed.firstBroken()).isEqualTo(change.id());
		assertThat(removed.checked()).isEqualTo(count - 1 - (count - change.id()));
	}

}
