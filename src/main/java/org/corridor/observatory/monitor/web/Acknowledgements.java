package org.corridor.observatory.monitor.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.corridor.observatory.tabular.ImportProblem;
import org.corridor.observatory.tabular.ImportRejectedException;

/**
 * The acknowledgements of a figures upload's warnings as the API and the CLI send them:
 * one {@code acknowledgement} parameter per warning, {@code KEY=comment}.
 */
final class Acknowledgements {

	private Acknowledgements() {
	}

	/**
	 * The comment for each key.
	 * @throws ImportRejectedException when a parameter has no {@code =} or names a key
	 * twice
	 */
	static Map<String, String> parse(String[] parameters) {
		Map<String, String> comments = new LinkedHashMap<>();
		if (parameters == null) {
			return comments;
		}
		for (String parameter : parameters) {
			int split = parameter.indexOf('=');
			if (split <= 0) {
				throw new ImportRejectedException(List.of(new ImportProblem(0, "acknowledgement", parameter,
						"应写作“警告键=说明”", "write it as KEY=comment, the key as the warning lists it")));
			}
			String key = parameter.substring(0, split).strip();
			if (comments.putIfAbsent(key, parameter.substring(split + 1)) != null) {
				throw new ImportRejectedException(List.of(new ImportProblem(0, "acknowledgement", key, "同一条警告说明了两次",
						"the same warning is acknowledged twice")));
			}
		}
		return comments;
	}

	/** The comments given on the page: keys and comments side by side. */
	static Map<String, String> of(String[] keys, String[] comments) {
		Map<String, String> map = new LinkedHashMap<>();
		if (keys == null || comments == null) {
			return map;
		}
		for (int i = 0; i < keys.length && i < comments.length; i++) {
			map.put(keys[i], comments[i]);
		}
		return map;
	}

}
