package org.corridor.observatory.chain;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.corridor.observatory.chain.candidate.CandidateFirm;
import org.corridor.observatory.chain.candidate.CandidateList;
import org.corridor.observatory.geo.Crs;
import org.corridor.observatory.registry.enterprise.EnterpriseImportService;
import org.corridor.observatory.registry.enterprise.ProgressListener;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The chains on the demo registry, reference region and candidate list: location
 * quotients are computed against the reference, chain leaders are counted, a candidate
 * offered for a gap fills that gap when it lands, and it adds its revenue to the
 * indicator its chain's cluster is set.
 */
@SpringBootTest(properties = { "observatory.demo.enabled=true", "observatory.demo.firms=1000" })
@ActiveProfiles("test")
class ChainIntegrationTest {

	static final String PLAN = "chengxi-2021";

	@Autowired
	ChainService chains;

	@Autowired
	ChainOpportunities opportunities;

	@Autowired
	CandidateList candidates;

	@Autowired
	EnterpriseImportService imports;

	@Test
	void measuresAgainstTheDemoReference() {
		ChainReport report = this.chains.report(PLAN, null, null);
		assertThat(report.demo()).isTrue();
		assertThat(report.reference()).isNotNull();
		assertThat(report.reference().demo()).isTrue();
		List<SegmentFigures> segments = report.chains().stream().flatMap((c) -> c.segments().stream()).toList();
		assertThat(segments).anySatisfy((s) -> assertThat(s.locationQuotient()).isNotNull().isPositive());
		assertThat(segments).filteredOn((s) -> s.locationQuotient() != null && s.locationQuotient() >= 1)
			.allSatisfy((s) -> assertThat(s.earned()).contains("SPECIALISATION"));
		assertThat(report.chains()).anySatisfy((c) -> assertThat(c.leaderCoverage()).isPositive());
		// every figure is traceable: the firms listed behind a segment are its firms
		SegmentFigures busiest = segments.stream().max((a, b) -> Integer.compare(a.firms(), b.firms())).orElseThrow();
		List<FirmInSegment> behind = this.chains.firms(PLAN, busiest.code(), report.year(), null);
		assertThat(behind).hasSize(busiest.firms());
		assertThat(behind.stream().mapToDouble((f) -> (f.revenue() != null) ? f.revenue() : 0).sum())
			.isCloseTo(busiest.revenue(), within(1e-6 * Math.max(1, busiest.revenue())));
	}

	@Test
	void aCandidateFillsTheGapItIsOfferedFor() {
		ChainOpportunities.Candidate offered = null;
		String chain = null;
		for (ChainFigures figures : this.chains.report(PLAN, null, null).chains()) {
			List<ChainOpportunities.Candidate> found = this.opportunities.candidates(PLAN, figures.code(), null, null);
			if (!found.isEmpty()) {
				offered = found.get(0);
				chain = figures.code();
				break;
			}
		}
		assertThat(offered).as("a demo candidate fills some chain's gap").isNotNull();
		long id = offered.id();
		CandidateFirm firm = this.candidates.listCandidates(PLAN)
			.stream()
			.filter((c) -> c.id() == id)
			.findFirst()
			.orElseThrow();
		assertThat(offered.demo()).isTrue();
		assertThat(offered.reason().zh()).contains("环节");

		ChainOpportunities.LandingEffect effect = this.opportunities.landing(PLAN, id, "CORE_AREA", null);
		String filled = offered.fills().get(0);
		ChainOpportunities.SegmentChange change = effect.segments()
			.stream()
			.filter((s) -> s.segment().equals(filled))
			.findFirst()
			.orElseThrow();
		assertThat(change.chain()).isEqualTo(chain);
		assertThat(change.after().firms()).isEqualTo(change.before().firms() + 1);
		double revenue = (firm.revenue() != null) ? firm.revenue().doubleValue() : 0;
		assertThat(change.after().revenue()).isCloseTo(change.before().revenue() + revenue, within(1e-6));
		if (offered.kind() == Gap.Kind.EMPTY) {
			assertThat(change.after().singlePoint()).isTrue();
		}
		effect.indicators()
			.stream()
			.filter((i) -> i.code().equals("DIGITAL_CORE_REVENUE"))
			.forEach((i) -> assertThat(i.delta()).isCloseTo(revenue / 10_000, within(1e-9)));
	}

	@Test
	void aLandingInADigitalChainAddsToTheDigitalCoreRevenue() {
		ChainOpportunities.LandingEffect effect = null;
		for (CandidateFirm firm : this.candidates.listCandidates(PLAN)) {
			ChainOpportunities.LandingEffect tried = this.opportunities.landing(PLAN, firm.id(), "CORE_AREA", null);
			if (firm.revenue() != null && tried.segments().stream().anyMatch((s) -> s.chain().equals("AI_CHAIN"))) {
				effect = tried;
				assertThat(effect.indicators()).anySatisfy((i) -> {
					assertThat(i.code()).isEqualTo("DIGITAL_CORE_REVENUE");
					assertThat(i.delta()).isCloseTo(firm.revenue().doubleValue() / 10_000, within(1e-9));
					if (i.current() != null) {
						assertThat(i.after()).isCloseTo(i.current() + i.delta(), within(1e-9));
					}
				});
				break;
			}
		}
		assertThat(effect).as("a demo candidate on the AI chain").isNotNull();
	}

	@Test
	void anImportIsInTheNextReport() {
		int before = segment(this.chains.report(PLAN, 2024, null), "IC_CHIP_DESIGN").firms();
		String csv = "统一社会信用代码,企业名称,行业代码,产业链,环节,年度,营业收入\r\n"
				+ "91330100716105852F,芯片设计甲公司,I6520,IC_CHAIN,IC_CHIP_DESIGN,2024,1000\r\n";
		this.imports.importFile(PLAN, "firm.csv", csv.getBytes(StandardCharsets.UTF_8), Crs.WGS84,
				ProgressListener.NONE);
		SegmentFigures after = segment(this.chains.report(PLAN, 2024, null), "IC_CHIP_DESIGN");
		assertThat(after.firms()).isEqualTo(before + 1);
		assertThat(this.chains.firms(PLAN, "IC_CHIP_DESIGN", 2024, null))
			.anySatisfy((firm) -> assertThat(firm.uscc()).isEqualTo("91330100716105852F"));
	}

	private static SegmentFigures segment(ChainReport report, String code) {
		return report.chains()
			.stream()
			.flatMap((c) -> c.segments().stream())
			.filter((s) -> s.code().equals(code))
			.findFirst()
			.orElseThrow();
	}

}
