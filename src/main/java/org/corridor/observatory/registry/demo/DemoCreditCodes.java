package org.corridor.observatory.registry.demo;

import org.corridor.observatory.registry.Uscc;

/**
 * Credit codes for demo firms: authority 9 (market regulation), type 1 (enterprise), the
 * division of a corridor district, and an organisation code whose eight-digit body is a
 * permutation of the firm's index. The permutation keeps codes unique per index while
 * making neighbouring firms look unrelated, and the seed shifts it so two demo
 * populations rarely share a code.
 */
public final class DemoCreditCodes {

	/** The corridor's districts: 西湖, 滨江, 余杭, 临平, 富阳, 临安 and 德清. */
	public static final String[] DIVISIONS = { "330106", "330108", "330110", "330113", "330111", "330112", "330521" };

	/** How many bodies eight digits give; the largest population there can be. */
	static final long BODIES = 100_000_000L;

	// Odd and not a multiple of 5, so coprime to 10^8: multiplying permutes the bodies.
	private static final long MULTIPLIER = 61_803_399L;

	private static final int[] ORGANISATION_WEIGHTS = { 3, 7, 9, 10, 5, 8, 4, 2 };

	private DemoCreditCodes() {
	}

	/** The code of firm {@code index} registered in {@code division}. */
	public static Uscc of(long seed, long index, String division) {
		long body = Math.floorMod(index * MULTIPLIER + Math.floorMod(DemoFirm.mix(seed), BODIES), BODIES);
		char[] code = new char[18];
		code[0] = '9';
		code[1] = '1';
		division.getChars(0, 6, code, 2);
		int sum = 0;
		for (int i = 7; i >= 0; i--) {
			int digit = (int) (body % 10);
			body /= 10;
			code[8 + i] = (char) ('0' + digit);
			sum += digit * ORGANISATION_WEIGHTS[i];
		}
		int check = 11 - sum % 11;
		code[16] = (check == 10) ? 'X' : (char) ('0' + check % 11);
		code[17] = Uscc.checkCharacterOf(new String(code, 0, 17));
		return new Uscc(new String(code));
	}

}
