package org.corridor.observatory.registry;

/**
 * A category of the national industry classification, GB/T 4754-2017 (国民经济行业分类): a
 * section (门类, one letter A–T), a division (大类, two digits), a group (中类, three digits)
 * or a class (小类, four digits). Digit codes nest: a class's first three digits are its
 * group, a group's first two its division; every division belongs to one section.
 * Instances come only from the shipped code list, so every code is one the standard
 * defines.
 *
 * @param code the code as the standard writes it: a letter for a section, digits below
 * @param level the category's level
 * @param name the standard's Chinese name
 * @param parentCode the code of the enclosing category, or null for a section
 * @param section the letter of the section the category belongs to
 */
public record IndustryCode(String code, Level level, String name, String parentCode, String section) {

	/**
	 * The category named by {@code text}: a section letter, or a digit code with or
	 * without its section letter in front ({@code I6513} or {@code 6513}); full-width and
	 * lower-case input is accepted.
	 * @throws InvalidValueException when the text names no category of the standard, or
	 * names a section the code does not belong to
	 */
	public static IndustryCode parse(String text) {
		IndustryCatalogue catalogue = IndustryCatalogue.standard();
		IndustryCode found = catalogue.find(text);
		if (found == null) {
			throw catalogue.explain(text);
		}
		return found;
	}

	/** The code with its section letter in front, as business registers write it. */
	public String qualified() {
		return (this.level == Level.SECTION) ? this.code : this.section + this.code;
	}

	/** The enclosing category, or null for a section. */
	public IndustryCode parent() {
		return (this.parentCode != null) ? IndustryCatalogue.standard().find(this.parentCode) : null;
	}

	/** The enclosing category at {@code level}, or this one when it is at that level. */
	public IndustryCode ancestor(Level level) {
		IndustryCode category = this;
		while (category != null && category.level.compareTo(level) > 0) {
			category = category.parent();
		}
		return category;
	}

	/** The division (大类) the category belongs to, or null for a section. */
	public IndustryCode division() {
		return (this.level == Level.SECTION) ? null : ancestor(Level.DIVISION);
	}

	@Override
	public String toString() {
		return qualified() + " " + this.name;
	}

	/** The four levels of the classification, broadest first. */
	public enum Level {

		/** 门类, a letter. */
		SECTION,

		/** 大类, two digits. */
		DIVISION,

		/** 中类, three digits. */
		GROUP,

		/** 小类, four digits. */
		CLASS

	}

}
