package org.corridor.observatory.registry.enterprise;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@link BinaryCopy} writes, the server reads back as the values written: numbers of
 * every size and sign with their decimal places, nulls, texts with the characters the
 * text format must escape (one longer than the writer's buffer), dates before and after
 * 2000, a time to the microsecond (127.0.0.1:5432, database {@code test}, a temporary
 * table). Outside CI it is skipped when no server answers; in CI ({@code CI=true}) a
 * missing server fails it.
 */
class BinaryCopyPostgresTest {

	private static final List<String> NUMBERS = List.of("0", "0.000000", "-0.5", "1", "10000", "-10000.0001",
			"123456789012345678.123456", "1E+3", "0.0001", "99999.9999", "0.000001", "-987654321.5", "7.10");

	@Test
	void theServerReadsBackWhatIsWritten() throws Exception {
		try (Connection connection = connect(); Statement statement = connection.createStatement()) {
			statement.execute("create temporary table copied (n numeric(24, 6), t text, i integer, d float8,"
					+ " b boolean, day date, at timestamp)");
			LocalDateTime at = LocalDateTime.of(2026, 12, 6, 14, 30, 15, 123_456_000);
			BinaryCopy out = new BinaryCopy(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
					"copy copied from stdin (format binary)"), 1 << 10);
			for (int i = 0; i < NUMBERS.size(); i++) {
				out.row(7)
					.numeric(new BigDecimal(NUMBERS.get(i)))
					.text(text(i))
					.int4(-i)
					.float8(120.0236 + i)
					.bool(i % 2 == 0)
					.date(LocalDate.of(1999, 12, 31).plusDays(i))
					.timestamp(at.plusSeconds(i));
			}
			out.row(7).numeric(null).text(null).int4(null).float8(null).bool(false).date(null).timestamp(at);
			out.end();
			assertThat(out.rows()).isEqualTo(NUMBERS.size() + 1);
			List<String> read = new ArrayList<>();
			try (ResultSet rows = statement.executeQuery("select n, t, i, d, b, day, at from copied")) {
				while (rows.next()) {
					read.add(rows.getBigDecimal(1) + "|" + rows.getString(2) + "|" + rows.getObject(3) + "|"
							+ rows.getObject(4) + "|" + rows.getBoolean(5) + "|" + rows.getObject(6, LocalDate.class)
							+ "|" + rows.getObject(7, LocalDateTime.class));
				}
			}
			List<String> expected = new ArrayList<>();
			for (int i = 0; i < NUMBERS.size(); i++) {
				expected.add(new BigDecimal(NUMBERS.get(i)).setScale(6) + "|" + text(i) + "|" + (-i) + "|"
						+ (120.0236 + i) + "|" + (i % 2 == 0) + "|" + LocalDate.of(1999, 12, 31).plusDays(i) + "|"
						+ at.plusSeconds(i));
			}
			expected.add("null|null|null|null|false|null|" + at);
			assertThat(read).containsExactlyElementsOf(expected);
		}
	}

	/**
	 * A text with the characters COPY's text format escapes; one longer than the buffer.
	 */
	private static String text(int i) {
		return ((i == 3) ? "长".repeat(3000) : "") + "杭州\t\\名\n" + i;
	}

	private static Connection connect() {
		try {
			return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
		}
		catch (SQLException ex) {
			if ("true".equals(System.getenv("CI"))) {
				throw new IllegalStateException("CI requires PostgreSQL on 127.0.0.1:5432", ex);
			}
			Assumptions.abort("PostgreSQL not reachable on 127.0.0.1:5432: " + ex.getMessage());
			throw new IllegalStateException(ex);
		}
	}

}
