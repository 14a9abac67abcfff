package org.corridor.observatory.plan;

import java.util.regex.Pattern;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The code of an indicator, unique within its plan: upper case letters, digits and
 * underscores, starting with a letter.
 *
 * @param value the code
 */
public record IndicatorCode(@JsonValue String value) {

	private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]*");

	public IndicatorCode {
		if (value == null || !FORM.matcher(value).matches()) {
			throw new IllegalArgumentException("not an indicator code: " + value);
		}
	}

	public static boolean isValid(String value) {
		return value != null && FORM.matcher(value).matches();
	}

	@Override
	public String toString() {
		return this.value;
	}

}
