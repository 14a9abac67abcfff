package org.corridor.observatory.registry.demo;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.plan.Plan;
import org.corridor.observatory.plan.PlanCatalog;
import org.corridor.observatory.registry.enterprise.EnterpriseFixtures;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.EnterpriseRow;
import org.corridor.observatory.registry.enterprise.ProgressListener;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A firm stays DEMO while any of its data is DEMO: a real file that names one of a DEMO
 * firm's years leaves its other generated year, so the firm is still DEMO; once a file
 * has replaced every year and the tiers, it is real.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
class DemoMarkAfterReimportTest {

	@Autowired
	PlanCatalog catalog;

	@Autowired
	EnterpriseImportService imports;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDemoFirmStaysDemoUntilNoneOfItsDataIsGenerated() {
		Plan plan = this.catalog.current();
		List<EnterpriseRow> rows = DemoEnterprises.generate(plan, 99, 3, 2022, 2023).toList();
		this.imports.importDemo(plan.id(), "demo", rows);
		String uscc = rows.get(0).uscc().value();
		assertThat(demo(uscc)).isTrue();

		importReal(uscc + ",杭州真实科技有限公司,I6513,,,,,,,2023,100,10,5,1\r\n");
		assertThat(this.jdbc.sql("select fig_year, demo from enterprise_year where uscc = ? order by fig_year")
			.param(uscc)
			.query((rs, n) -> rs.getInt(1) + ":" + rs.getBoolean(2))
			.list()).containsExactly("2022:true", "2023:false");
		assertThat(demo(uscc)).as("one generated year is left").isTrue();

		importReal(uscc + ",杭州真实科技有限公司,I6513,,,,,,TECH_SME:2019-05-01,2022,90,9,5,1\r\n" + uscc
				+ ",杭州真实科技有限公司,I6513,,,,,,,2023,100,10,5,1\r\n");
		assertThat(demo(uscc)).as("every year and the tiers are real now").isFalse();
		assertThat(demo(rows.get(3).uscc().value())).as("other DEMO firms keep their mark").isTrue();
	}

	private void importReal(String rows) {
		this.imports.importFile(this.catalog.current().id(), "real.csv",
				(EnterpriseFixtures.HEADER + "\r\n" + rows).getBytes(StandardCharsets.UTF_8), Crs.WGS84,
				ProgressListener.NONE);
	}

	private boolean demo(String uscc) {
		return this.jdbc.sql("select demo from enterprise where uscc = ?").param(uscc).query(Boolean.class).single();
	}

}
