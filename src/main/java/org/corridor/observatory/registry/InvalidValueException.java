package org.corridor.observatory.registry;

/**
 * A value refused by one of the registry's code rules, with the reason in Chinese and
 * English so that it can be shown to whoever typed the value.
 */
public class InvalidValueException extends IllegalArgumentException {

	private final String zh;

	private final String en;

	public InvalidValueException(String zh, String en) {
		super(zh + " / " + en);
		this.zh = zh;
		this.en = en;
	}

	/** The reason in Chinese. */
	public String zh() {
		return this.zh;
	}

	/** The reason in English. */
	public String en() {
		return this.en;
	}

}
