package org.corridor.observatory.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A command run on the database file the platform holds says in one line what to do,
 * without a stack trace.
 */
@ExtendWith({ CliRun.class, OutputCaptureExtension.class })
class CliDatabaseInUseTest {

	@TempDir
	Path folder;

	@Test
	void saysInOneLineThatThePlatformHoldsTheDatabase(CapturedOutput output) throws IOException, SQLException {
		String url = "jdbc:h2:file:" + this.folder.resolve("observatory");
		try (Connection created = DriverManager.getConnection(url, "sa", "")) {
			assertThat(created.isValid(1)).isTrue();
		}
		// the lock H2 takes on the file when the platform opens it
		try (FileChannel file = FileChannel.open(this.folder.resolve("observatory.mv.db"), StandardOpenOption.WRITE);
				FileLock held = file.lock()) {
			CliRun.Result result = CliRun.run("evaluate", "--format", "csv", "--spring.datasource.url=" + url);

			assertThat(result.code()).isEqualTo(4);
			assertThat(result.err()).isEqualTo(ApplicationContexts.IN_USE + System.lineSeparator());
			assertThat(result.out()).isEmpty();
			assertThat(output.getAll()).doesNotContain("\tat ").doesNotContain("Exception");
		}
	}

}
