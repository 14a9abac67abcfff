package org.corridor.observatory.security;

import java.time.Instant;
import java.util.List;

import org.corridor.observatory.audit.AuditLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A single sign-on's principal is the account: its user name (not the provider's subject)
 * for the audit and the pages, its role as the one authority, its role and zones for the
 * services that ask {@link Actor#current()}.
 */
class SsoUserTest {

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void theSignedInAccountIsTheActor() {
		Account account = new Account(7, "sso-wu", "吴填报", Role.REPORTER, List.of("XIHU", "YUHANG"), true, 0, null,
				false, Instant.EPOCH, null);
		OidcIdToken idToken = OidcIdToken.withTokenValue("id-token")
			.subject("provider-subject-42")
			.issuedAt(Instant.now())
			.expiresAt(Instant.now().plusSeconds(60))
			.claim("preferred_username", "sso-wu")
			.build();
		SsoUser user = new SsoUser(account, idToken, null);
		SecurityContextHolder.getContext()
			.setAuthentication(new OAuth2AuthenticationToken(user, user.getAuthorities(), "corridor-sso"));

		assertThat(Actor.current()).isEqualTo(new Actor("sso-wu", Role.REPORTER, List.of("XIHU", "YUHANG")));
		assertThat(Actor.current().mayWorkOn("XIHU")).isTrue();
		assertThat(Actor.current().mayWorkOn("BINJIANG")).isFalse();
		assertThat(AuditLog.whoNow()).isEqualTo("sso-wu");
		assertThat(user.getName()).isEqualTo("sso-wu");
		assertThat(user.getSubject()).isEqualTo("provider-subject-42");
		assertThat(user.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactly("ROLE_REPORTER");
	}

}
