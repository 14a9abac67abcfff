package org.corridor.observatory.registry;

/**
 * A unified social credit code that breaks GB 32100-2015: wrong length, a character
 * outside the code's alphabet, an unknown registration authority or entity type, or a
 * check character that does not match. When a check character is wrong, the one the rest
 * of the code calls for is given.
 */
public class InvalidUsccException extends InvalidValueException {

	private final Character expected;

	InvalidUsccException(Uscc.Problem problem) {
		super(problem.zh(), problem.en());
		this.expected = problem.expected();
	}

	/**
	 * The check character the code should have at the position found wrong, or null when
	 * the problem is not a check character.
	 */
	public Character expected() {
		return this.expected;
	}

}
