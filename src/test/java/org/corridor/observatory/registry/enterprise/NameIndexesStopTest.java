package org.corridor.observatory.registry.enterprise;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform stopping while a plan's name index is being built: the build gives up at
 * once, is waited for, and says nothing louder than debug; nothing is queued after.
 * Before, the build read on while the connection pool closed under it, and its failure
 * was logged as a warning with the driver's stack trace (seen at the end of every import
 * bench run on PostgreSQL).
 */
@ExtendWith(OutputCaptureExtension.class)
class NameIndexesStopTest {

	@Test
	void aBuildUnderWayGivesUpWhenThePlatformStops(CapturedOutput output) throws Exception {
		SingleConnectionDataSource dataSource = new SingleConnectionDataSource(
				"jdbc:h2:mem:name-indexes-stop;DB_CLOSE_DELAY=-1", "sa", "", true);
		try {
			JdbcTemplate template = new JdbcTemplate(dataSource);
			template.execute("create table enterprise (plan_id varchar(64) not null, uscc varchar(18) not null,"
					+ " name_key varchar(500) not null, demo boolean not null, primary key (plan_id, uscc))");
			template.execute("create index enterprise_by_name on enterprise (plan_id, name_key, uscc)");
			template.execute("insert into enterprise select 'p', lpad(x, 18, '0'), '企业' || x, false"
					+ " from system_range(1, 600000)");
			NameIndexes indexes = new NameIndexes(template, new DataSourceTransactionManager(dataSource), null);

			assertThat(indexes.find("p")).isEmpty();
			while (!indexes.reading()) {
				Thread.sleep(1);
			}
			long started = System.nanoTime();
			indexes.stop();

			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			// the build was under way, and gave up: no index, and none queued again
			assertThat(indexes.find("p")).isEmpty();
			assertThat(indexes.await("p", Duration.ofMillis(300))).isEmpty();
			assertThat(output).doesNotContain("not built; searches by name read the database")
				.doesNotContain("still running at stop");
		}
		finally {
			new JdbcTemplate(dataSource).execute("drop all objects");
			dataSource.destroy();
		}
	}

}
