package org.corridor.observatory.tabular;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The codes a file may use for one kind of thing (chains, segments or tiers), as the plan
 * defines them. Cells may write a code in any case or width; it is stored as the plan
 * spells it.
 */
public final class CodeList {

	private static final int LISTED_AT_MOST = 30;

	private final Map<String, String> byKey = new HashMap<>();

	private final String zh;

	private final String en;

	private final String known;

	/**
	 * @param zh what the codes name, in Chinese (产业链)
	 * @param en the same in English (chain)
	 */
	public CodeList(Set<String> codes, String zh, String en) {
		codes.forEach((code) -> this.byKey.put(Cells.foldUpper(code.strip()), code));
		this.zh = zh;
		this.en = en;
		this.known = (codes.size() <= LISTED_AT_MOST) ? String.join(", ", new TreeSet<>(codes)) : null;
	}

	/** The plan's spelling of {@code code}, or null when the plan has no such code. */
	public String canonical(String code) {
		return this.byKey.get(Cells.foldUpper(Cells.clean(code)));
	}

	/**
	 * The codes of a cell, separated by ; 、 or a comma, each once; null after reporting
	 * every unknown one.
	 */
	public List<String> parse(String text, Column column, Reporter reporter) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<String> codes = new ArrayList<>(2);
		boolean bad = false;
		int start = 0;
		for (int i = 0; i <= text.length(); i++) {
			if (i == text.length() || ";；、,，\n".indexOf(text.charAt(i)) >= 0) {
				String token = text.substring(start, i).strip();
				start = i + 1;
				if (token.isEmpty()) {
					continue;
				}
				String code = canonical(token);
				if (code == null) {
					reportUnknown(token, column, text, reporter);
					bad = true;
				}
				else if (!codes.contains(code)) {
					codes.add(code);
				}
			}
		}
		return bad ? null : List.copyOf(codes);
	}

	public void reportUnknown(String token, Column column, String value, Reporter reporter) {
		String listZh = (this.known != null) ? "，可用：" + this.known : "";
		String listEn = (this.known != null) ? "; known codes: " + this.known : "";
		reporter.reject(column, value, "未知的" + this.zh + "代码“" + token + "”" + listZh,
				"unknown " + this.en + " code '" + token + "'" + listEn);
	}

}
