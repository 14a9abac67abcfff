package org.corridor.observatory.registry;

import org.corridor.observatory.tabular.Cells;

/**
 * A unified social credit code (统一社会信用代码) as GB 32100-2015 defines it: 18 characters from
 * the alphabet {@code 0-9 A-Z} without I, O, S, V and Z. Position 1 is the registration
 * authority (1–9, A, N, Y), position 2 the entity type (1–9), positions 3–8 the
 * administrative division of the registering office, positions 9–17 the organisation code
 * of GB 11714 (eight body characters and their own check character) and position 18 the
 * check character over the first 17. An instance always holds a code that passes every
 * one of these rules, in half-width upper case.
 *
 * @param value the 18 characters
 */
public record Uscc(String value) {

	/** The code's alphabet; a character's index is its value in the check sum. */
	static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

	private static final String AUTHORITIES = "123456789ANY";

	private static final int LENGTH = 18;

	private static final int[] WEIGHTS = new int[LENGTH - 1];

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	static {
		int weight = 1;
		for (int i = 0; i < WEIGHTS.length; i++) {
			WEIGHTS[i] = weight;
			weight = (weight * 3) % 31;
		}
	}

	public Uscc {
		Problem problem = diagnose(value);
		if (problem != null) {
			throw new InvalidUsccException(problem);
		}
	}

	/**
	 * The code in {@code text}, which may be padded, lower case or full-width (as a
	 * Chinese input method types it).
	 * @throws InvalidUsccException with the reason when it is no valid code
	 */
	public static Uscc parse(String text) {
		return new Uscc(normalise(text));
	}

	/** The text trimmed, full-width characters folded and letters upper-cased. */
	public static String normalise(String text) {
		return Cells.foldUpper(Cells.clean(text));
	}

	/** Why a normalised code is invalid, or null when it is valid. */
	public static Problem diagnose(String code) {
		if (code == null || code.isEmpty()) {
			return new Problem("统一社会信用代码为空", "the unified social credit code is empty", null);
		}
		if (code.length() != LENGTH) {
			return new Problem("统一社会信用代码应为 18 位，实为 " + code.length() + " 位",
					"a unified social credit code has 18 characters, not " + code.length(), null);
		}
		for (int i = 0; i < LENGTH; i++) {
			char c = code.charAt(i);
			if (ALPHABET.indexOf(c) < 0) {
				return new Problem("第 " + (i + 1) + " 位“" + c + "”不是合法字符：只允许数字和除 I、O、S、V、Z 以外的大写字母",
						"character " + (i + 1) + " '" + c + "' is not allowed: only digits and capital letters"
								+ " other than I, O, S, V and Z",
						null);
			}
		}
		if (AUTHORITIES.indexOf(code.charAt(0)) < 0) {
			return new Problem("第 1 位登记管理部门代码“" + code.charAt(0) + "”不存在，应为 1–9、A、N 或 Y",
					"registration authority '" + code.charAt(0) + "' (character 1) does not exist; use 1–9, A, N or Y",
					null);
		}
		if (code.charAt(1) < '1' || code.charAt(1) > '9') {
			return new Problem("第 2 位机构类别代码“" + code.charAt(1) + "”应为 1–9 的数字",
					"entity type '" + code.charAt(1) + "' (character 2) must be a digit 1–9", null);
		}
		for (int i = 2; i < 8; i++) {
			if (code.charAt(i) > '9') {
				return new Problem("第 3–8 位登记管理机关行政区划码应为 6 位数字",
						"characters 3–8, the division code of the registering office, must be 6 digits", null);
			}
		}
		char organisationCheck = organisationCheck(code);
		if (code.charAt(16) != organisationCheck) {
			return new Problem("第 9–17 位组织机构代码的校验码（第 17 位）应为“" + organisationCheck + "”，实为“" + code.charAt(16) + "”",
					"the organisation code (characters 9–17) should end in '" + organisationCheck + "', not '"
							+ code.charAt(16) + "'",
					organisationCheck);
		}
		char check = checkCharacterOf(code);
		if (code.charAt(17) != check) {
			return new Problem("校验码（第 18 位）应为“" + check + "”，实为“" + code.charAt(17) + "”",
					"the check character (character 18) should be '" + check + "', not '" + code.charAt(17) + "'",
					check);
		}
		return null;
	}

	/**
	 * The check character over the first 17 characters: 31 minus the weighted sum modulo
	 * 31, with weights 3^(i-1) mod 31; a result of 31 is written 0.
	 */
	public static char checkCharacterOf(CharSequence code) {
		int sum = 0;
		for (int i = 0; i < WEIGHTS.length; i++) {
			sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
		}
		return ALPHABET.charAt((31 - sum % 31) % 31);
	}

	/**
	 * GB 11714's check over characters 9–16: 11 minus the weighted sum modulo 11, where a
	 * letter counts as its position in the Latin alphabet plus 9 (A is 10); 10 is written
	 * X and 11 is written 0.
	 */
	public static char organisationCheck(CharSequence code) {
		int sum = 0;
		for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
			char c = code.charAt(8 + i);
			int value = (c <= '9') ? c - '0' : c - 'A' + 10;
			sum += value * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		return (check == 10) ? 'X' : (char) ('0' + check % 11);
	}

	public char registrationAuthority() {
		return this.value.charAt(0);
	}

	public char entityType() {
		return this.value.charAt(1);
	}

	/** The administrative division code (GB/T 2260) of the registering office. */
	public String divisionCode() {
		return this.value.substring(2, 8);
	}

	/** The nine-character organisation code (GB 11714), its own check included. */
	public String organisationCode() {
		return this.value.substring(8, 17);
	}

	public char checkCharacter() {
		return this.value.charAt(17);
	}

	@Override
	public String toString() {
		return this.value;
	}

	/**
	 * Why a code is refused.
	 *
	 * @param zh the reason in Chinese
	 * @param en the reason in English
	 * @param expected the check character called for, when a check character is wrong
	 */
	public record Problem(String zh, String en, Character expected) {
	}

}
