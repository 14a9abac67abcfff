package org.corridor.observatory;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

import org.corridor.observatory.cli.ObservatoryCli;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Corridor Observatory: a development plan held as data, measured year by year. Without
 * arguments it runs the web platform; {@code validate}, {@code import} and
 * {@code evaluate} run the command line instead.
 */
@SpringBootApplication
public class ObservatoryApplication {

	public static void main(String[] args) {
		if (ObservatoryCli.handles(args)) {
			PrintWriter out = new PrintWriter(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
			// log lines go to standard error, so that a command's output (CSV, JSON) can
			// be piped
			System.setOut(System.err);
			PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
			System.exit(ObservatoryCli.run(ObservatoryApplication.class, args, out, err));
		}
		SpringApplication.run(ObservatoryApplication.class, args);
	}

}
