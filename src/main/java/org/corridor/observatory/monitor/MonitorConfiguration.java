package org.corridor.observatory.monitor;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the evaluation bands from configuration and the clock that says which year it is.
 */
@Configuration(proxyBeanMethods = false)
class MonitorConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	@Bean
	EvaluationBands evaluationBands(@Value("${observatory.evaluation.on-track}") double onTrack,
			@Value("${observatory.evaluation.lagging}") double lagging,
			@Value("${observatory.evaluation.approx-tolerance}") double approxTolerance) {
		return new EvaluationBands(onTrack, lagging, approxTolerance);
	}

	@Bean
	IndicatorEvaluator indicatorEvaluator(EvaluationBands bands) {
		return new IndicatorEvaluator(bands);
	}

}
