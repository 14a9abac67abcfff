package org.corridor.observatory.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The embedded H2 database of a bench run: a file of its own, opened with the settings
 * the platform's own {@code spring.datasource.url} gives (its cache size, say), so that a
 * bench measures the platform as it runs, not H2's defaults.
 */
public final class BenchH2 {

	private BenchH2() {
	}

	/**
	 * The JDBC address of an H2 file database at {@code file} with the platform's
	 * settings.
	 */
	public static String url(Path file) {
		Properties properties = new Properties();
		try (InputStream in = BenchH2.class.getResourceAsStream("/application.properties")) {
			properties.load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String platform = properties.getProperty("spring.datasource.url");
		int settings = platform.indexOf(';');
		return "jdbc:h2:file:" + file + ((settings >= 0) ? platform.substring(settings) : "");
	}

}
