package org.corridor.observatory.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.corridor.observatory.ObservatoryApplication;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs the jar's command line in the test JVM, against a fresh in-memory database that
 * the commands of one test class share: as a JUnit extension it sets the database up
 * before the class ({@link #useInMemoryDatabase()}, a first administrator) and undoes it
 * after ({@link #clear()}).
 */
public final class CliRun implements BeforeAllCallback, AfterAllCallback {

	private static String token;

	/** Registered by a test class with {@code @ExtendWith(CliRun.class)}. */
	CliRun() {
	}

	/**
	 * A fresh in-memory database for the test class, with a first administrator whose
	 * token {@link #token()} answers.
	 */
	@Override
	public void beforeAll(ExtensionContext context) {
		useInMemoryDatabase();
		token = administratorToken();
	}

	@Override
	public void afterAll(ExtensionContext context) {
		clear();
	}

	/** The personal API token of the test class's first administrator. */
	public static String token() {
		return token;
	}

	/** System properties, since each command starts its own application context. */
	public static void useInMemoryDatabase() {
		System.setProperty("spring.datasource.url", "jdbc:h2:mem:cli-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
		System.setProperty("observatory.demo.enabled", "false");
	}

	public static void clear() {
		System.clearProperty("spring.datasource.url");
		System.clearProperty("observatory.demo.enabled");
	}

	/**
	 * Creates the first administrator through {@code user add} and answers its personal
	 * API token, for commands that change something.
	 */
	public static String administratorToken() {
		Result added = runWithInput("Corridor-Cli-2025!x\n", "user", "add", "cli-admin", "--role", "admin",
				"--password-stdin", "--token-name", "cli");
		if (added.code() != 0) {
			throw new IllegalStateException("user add failed: " + added.err());
		}
		return added.out()
			.lines()
			.filter((line) -> line.contains("obs_"))
			.map((line) -> line.substring(line.indexOf("obs_")).strip())
			.findFirst()
			.orElseThrow();
	}

	/** Runs a command with {@code input} as its standard input. */
	public static Result runWithInput(String input, String... args) {
		InputStream before = System.in;
		System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
		try {
			return run(args);
		}
		finally {
			System.setIn(before);
		}
	}

	/**
	 * Runs a command with writers as the jar's {@code main} makes them (auto-flushing,
	 * over a byte stream), so that output a command leaves unflushed is missing here too.
	 */
	public static Result run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ObservatoryCli.run(ObservatoryApplication.class, args,
				new PrintWriter(out, true, StandardCharsets.UTF_8), new PrintWriter(err, true, StandardCharsets.UTF_8));
		return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/**
	 * What a command printed and its exit code.
	 *
	 * @param code the exit code
	 * @param out standard output
	 * @param err standard error
	 */
	public record Result(int code, String out, String err) {
	}

}
