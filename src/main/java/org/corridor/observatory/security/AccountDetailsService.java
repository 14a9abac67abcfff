package org.corridor.observatory.security;

import java.time.Clock;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/**
 * Looks accounts up for the password log-in, and counts its failures: a locked account is
 * refused whatever the password, until its lock runs out.
 */
@Service
class AccountDetailsService implements UserDetailsService {

	private final AccountStore accounts;

	private final Clock clock;

	AccountDetailsService(AccountStore accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		Account account = this.accounts.findAccount(username)
			.orElseThrow(() -> new UsernameNotFoundException("no such user"));
		String hash = this.accounts.findPasswordHash(username).orElse(null);
		if (hash == null) {
			throw new UsernameNotFoundException("this account signs in without a password");
		}
		return new SignedInUser(account, hash, Instant.now(this.clock));
	}

	@EventListener
	void failed(AuthenticationFailureBadCredentialsEvent event) {
		this.accounts.recordFailure(event.getAuthentication().getName());
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		this.accounts.recordSuccess(event.getAuthentication().getName());
	}

}
