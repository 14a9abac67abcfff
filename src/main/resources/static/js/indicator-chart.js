// Draws one indicator: its figures, baseline and target lines, and the projection to the
// target year. SVG rendering keeps every figure in the page as text, readable and testable.
(function () {
	var data = window.indicatorChart;
	var element = document.getElementById('chart');
	if (!data || !element || typeof echarts === 'undefined') {
		return;
	}
	var evaluation = data.evaluation || {};
	var targetYear = evaluation.target ? evaluation.target.year : null;
	var points = data.observations.map(function (o) { return [String(o.year), Number(o.value)]; });
	var lastYear = points.length ? Number(points[points.length - 1][0]) : data.baselineYear;
	var years = [];
	for (var y = Math.min(data.baselineYear, lastYear); y <= Math.max(lastYear, targetYear || lastYear); y++) {
		years.push(String(y));
	}
	var markLines = [];
	if (evaluation.baselineValue !== null && evaluation.baselineValue !== undefined) {
		markLines.push({ name: data.labels.baseline, yAxis: evaluation.baselineValue,
			label: { formatter: data.labels.baseline + ' {c}' }, lineStyle: { color: '#888' } });
	}
	if (evaluation.targetValue !== null && evaluation.targetValue !== undefined) {
		markLines.push({ name: data.labels.target, yAxis: evaluation.targetValue,
			label: { formatter: data.labels.target + ' {c}' }, lineStyle: { color: '#c0392b' } });
	}
	var series = [{
		name: data.labels.actual, type: 'line', data: points, symbolSize: 7,
		label: { show: true, position: 'top' },
		markLine: { symbol: 'none', data: markLines }
	}];
	if (evaluation.projection !== null && evaluation.projection !== undefined && targetYear && points.length) {
		series.push({
			name: data.labels.projection, type: 'line', lineStyle: { type: 'dashed' },
			data: [points[points.length - 1], [String(targetYear), Math.round(evaluation.projection * 100) / 100]],
			label: { show: true, position: 'bottom' }
		});
	}
	var chart = echarts.init(element, null, { renderer: 'svg' });
	chart.setOption({
		animation: false,
		title: data.demo ? { text: 'DEMO', right: 10, textStyle: { color: '#b9770e' } } : undefined,
		tooltip: { trigger: 'axis' },
		legend: { top: 0 },
		grid: { left: 70, right: 120, top: 40, bottom: 30 },
		xAxis: { type: 'category', data: years },
		// Keep the target line in view even while every figure is below it.
		yAxis: {
			type: 'value',
			max: function (extent) {
				var top = Math.max(extent.max, evaluation.targetValue || extent.max, evaluation.projection || extent.max);
				return top > 0 ? top * 1.1 : top;
			}
		},
		series: series
	});
	element.setAttribute('data-rendered', 'true');
	window.addEventListener('resize', function () { chart.resize(); });
	// Drawn for the screen, drawn again to the printed sheet's width when the print style
	// sheet applies, and back after.
	window.matchMedia('print').addEventListener('change', function () { chart.resize(); });
})();
