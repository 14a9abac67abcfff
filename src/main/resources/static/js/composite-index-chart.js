// Draws the composite index page's two charts: each zone's score as stacked parts of its
// pillars (their weighted contributions for an arithmetic index, their scores side by
// side for a geometric one), and each zone's rank over the sensitivity draws as a 5–95 %
// band with its median and its rank under the defined choices. SVG keeps the figures in
// the page as text.
(function () {
	var data = window.indexChart && window.indexChart.chart;
	var labels = (window.indexChart && window.indexChart.labels) || {};
	if (!data || typeof echarts === 'undefined') {
		return;
	}
	var demo = data.demo ? { text: 'DEMO', right: 10, textStyle: { color: '#b9770e' } } : undefined;
	var scores = document.getElementById('index-chart');
	if (scores) {
		var chart = echarts.init(scores, null, { renderer: 'svg' });
		// a pillar without a score anywhere (no indicator with figures) is left out of the chart
		var scoredPillars = (data.pillars || []).filter(function (pillar) {
			return pillar.values.some(function (v) { return v !== null; });
		});
		var series = scoredPillars.map(function (pillar) {
			return {
				type: 'bar',
				name: pillar.name,
				stack: data.arithmetic ? 'score' : undefined,
				data: pillar.values.map(function (v) { return v === null ? null : Math.round(v * 100) / 100; })
			};
		});
		chart.setOption({
			animation: false,
			title: demo,
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
			legend: { top: 24 },
			grid: { top: 80, left: 60, right: 20, bottom: 40 },
			xAxis: { type: 'category', data: data.zones },
			yAxis: { type: 'value' },
			series: series
		});
		scores.setAttribute('data-rendered', 'true');
		window.addEventListener('resize', function () { chart.resize(); });
	}
	var ranks = document.getElementById('index-rank-chart');
	if (ranks) {
		var bands = data.bands || [];
		var names = bands.map(function (b) { return b.name; });
		var rankChart = echarts.init(ranks, null, { renderer: 'svg' });
		rankChart.setOption({
			animation: false,
			title: demo,
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
			legend: { top: 24 },
			grid: { top: 80, left: 90, right: 20, bottom: 40 },
			yAxis: { type: 'category', data: names, inverse: true },
			xAxis: { type: 'value', min: 1, max: Math.max(1, data.zoneCount || 1), interval: 1, inverse: false },
			series: [
				{ type: 'bar', stack: 'band', silent: true, itemStyle: { color: 'transparent' },
					data: bands.map(function (b) { return b.p5; }) },
				{ type: 'bar', stack: 'band', name: labels.band, itemStyle: { color: '#aed6f1' },
					data: bands.map(function (b) { return Math.max(b.p95 - b.p5, 0.08); }) },
				{ type: 'scatter', name: labels.median, symbolSize: 12, itemStyle: { color: '#1f618d' },
					data: bands.map(function (b) { return b.median; }) },
				{ type: 'scatter', name: labels.rank, symbol: 'diamond', symbolSize: 10, itemStyle: { color: '#c0392b' },
					data: bands.map(function (b) { return b.rank; }) }
			]
		});
		ranks.setAttribute('data-rendered', 'true');
		window.addEventListener('resize', function () { rankChart.resize(); });
	}
})();
