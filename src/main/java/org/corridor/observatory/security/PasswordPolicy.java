package org.corridor.observatory.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a password must be: at least 12 characters, three of the four kinds (lower-case,
 * upper-case, digits, other characters), not the user name, and not one of the passwords
 * everybody tries first. Each reason is given in Chinese and English.
 */
public final class PasswordPolicy {

	public static final int MIN_LENGTH = 12;

	private static final List<String> COMMON = List.of("password", "123456", "qwerty", "admin", "abc123", "111111",
			"iloveyou", "welcome", "letmein", "88888888");

	private PasswordPolicy() {
	}

	/** Every reason the password is refused; empty when it passes. */
	public static List<String> problems(String password, String username) {
		List<String> problems = new ArrayList<>();
		String text = (password == null) ? "" : password;
		if (text.length() < MIN_LENGTH) {
			problems.add("密码至少 " + MIN_LENGTH + " 个字符 / the password needs at least " + MIN_LENGTH + " characters");
		}
		int kinds = (text.chars().anyMatch(Character::isLowerCase) ? 1 : 0)
				+ (text.chars().anyMatch(Character::isUpperCase) ? 1 : 0)
				+ (text.chars().anyMatch(Character::isDigit) ? 1 : 0)
				+ (text.chars().anyMatch((c) -> !Character.isLetterOrDigit(c)) ? 1 : 0);
		if (kinds < 3) {
			problems.add("密码须包含小写字母、大写字母、数字、符号中的至少三类 / the password needs three of: lower-case, upper-case,"
					+ " digits, other characters");
		}
		String lower = text.toLowerCase(Locale.ROOT);
		if (username != null && !username.isBlank() && lower.contains(username.toLowerCase(Locale.ROOT))) {
			problems.add("密码不能包含用户名 / the password may not contain the user name");
		}
		if (COMMON.stream().anyMatch(lower::contains)) {
			problems.add("密码包含常见弱口令 / the password contains a commonly tried password");
		}
		return problems;
	}

	/**
	 * @throws IllegalArgumentException with every reason when the password is refused
	 */
	public static void check(String password, String username) {
		List<String> problems = problems(password, username);
		if (!problems.isEmpty()) {
			throw new IllegalArgumentException(String.join("; ", problems));
		}
	}

}
