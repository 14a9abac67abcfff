package org.corridor.observatory.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.corridor.observatory.tabular.Cells;

/**
 * The GB/T 4754-2017 code list shipped in {@code registry/gbt4754-2017.csv} (see the
 * README beside it for its source), loaded once. Lookups accept what people type: a
 * section letter in front or not, full-width digits, lower case.
 */
final class IndustryCatalogue {

	static final String RESOURCE = "/registry/gbt4754-2017.csv";

	private final Map<String, IndustryCode> byCode;

	private IndustryCatalogue(Map<String, IndustryCode> byCode) {
		this.byCode = byCode;
	}

	static IndustryCatalogue standard() {
		return Holder.STANDARD;
	}

	/** Every category, in the standard's order. */
	Collection<IndustryCode> all() {
		return Collections.unmodifiableCollection(this.byCode.values());
	}

	/** The category {@code text} names, or null; never throws. */
	IndustryCode find(String text) {
		String code = Cells.foldUpper(Cells.clean(text));
		if (code.length() > 1 && code.charAt(0) >= 'A' && code.charAt(0) <= 'Z') {
			IndustryCode found = this.byCode.get(code.substring(1));
			return (found != null && found.section().charAt(0) == code.charAt(0)) ? found : null;
		}
		return this.byCode.get(code);
	}

	/** Why {@code text} names no category; only meaningful when {@link #find} failed. */
	InvalidValueException explain(String text) {
		String code = Cells.foldUpper(Cells.clean(text));
		if (code.isEmpty()) {
			return new InvalidValueException("行业代码为空", "the industry code is empty");
		}
		boolean lettered = code.charAt(0) >= 'A' && code.charAt(0) <= 'Z';
		String digits = lettered ? code.substring(1) : code;
		IndustryCode known = this.byCode.get(digits);
		if (lettered && known != null) {
			return new InvalidValueException("行业代码 " + digits + " 属于门类 " + known.section() + "，不属于门类 " + code.charAt(0),
					"industry code " + digits + " belongs to section " + known.section() + ", not " + code.charAt(0));
		}
		if (!digits.chars().allMatch((c) -> c >= '0' && c <= '9') || digits.length() < 2 || digits.length() > 4) {
			return new InvalidValueException("行业代码“" + text + "”格式不对，应写作门类字母加 2–4 位数字，如 I6513 或 6513", "industry code '"
					+ text + "' is malformed; write a section letter and 2–4 digits, e.g. I6513 or 6513");
		}
		String hint = (digits.length() == 3 && this.byCode.containsKey("0" + digits))
				? "；若本意是 0" + digits + "，请把该列设为文本格式以保留开头的 0" : "";
		String hintEn = hint.isEmpty() ? ""
				: "; if you meant 0" + digits + ", format the column as text so the leading 0 is kept";
		return new InvalidValueException("GB/T 4754-2017 中没有行业代码 " + digits + hint,
				"GB/T 4754-2017 has no industry code " + digits + hintEn);
	}

	private static IndustryCatalogue load() {
		Map<String, IndustryCode> byCode = new LinkedHashMap<>();
		try (InputStream in = IndustryCatalogue.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("missing resource " + RESOURCE);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] fields = line.split(",", -1);
				IndustryCode.Level level = IndustryCode.Level.valueOf(fields[2].toUpperCase(Locale.ROOT));
				String parent = fields[3].isEmpty() ? null : fields[3];
				// The list is ordered parents first, so a parent's section is already
				// known.
				String section = (parent == null) ? fields[0] : byCode.get(parent).section();
				byCode.put(fields[0], new IndustryCode(fields[0], level, fields[1], parent, section));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new IndustryCatalogue(byCode);
	}

	/** Loads the list on first use, once, without locking afterwards. */
	private static final class Holder {

		static final IndustryCatalogue STANDARD = load();

	}

}
