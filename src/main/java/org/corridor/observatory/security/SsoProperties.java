package org.corridor.observatory.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which claims of an OpenID Connect sign-in say who the person is here
 * ({@code observatory.sso.*}). Single sign-on itself is on when a client registration is
 * configured ({@code spring.security.oauth2.client.registration.<id>.*}).
 *
 * @param usernameClaim the claim that holds the account's user name (3–64 letters, digits
 * or _ . @ -); it must name one person for good at the identity provider
 * @param nameClaim the claim that holds the name shown; the user name when it is absent
 * @param roleClaim the claim that holds the role: a role code (admin, approver, reviewer,
 * reporter, registrar, analyst) or its Chinese or English name
 * @param zonesClaim the claim that holds a reviewer's or reporter's zone codes: a list,
 * or one text separated by commas
 */
@ConfigurationProperties("observatory.sso")
public record SsoProperties(@DefaultValue("preferred_username") String usernameClaim,
		@DefaultValue("name") String nameClaim, @DefaultValue("observatory_role") String roleClaim,
		@DefaultValue("observatory_zones") String zonesClaim) {

}
