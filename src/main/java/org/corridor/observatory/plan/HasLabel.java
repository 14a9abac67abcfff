package org.corridor.observatory.plan;

/** Something with a name in Chinese and in English, as pages and messages show it. */
public interface HasLabel {

	LocalizedText label();

	default String zh() {
		return label().zh();
	}

	default String en() {
		return label().en();
	}

}
