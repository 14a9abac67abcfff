// Draws the platforms found as horizontal bars, one per status today, stacked by level,
// so that how many are built, operating or accredited at each level reads at a glance.
// SVG rendering keeps every figure in the page as text.
(function () {
	var data = window.platformChart;
	var element = document.getElementById('platform-chart');
	if (!data || !element || typeof echarts === 'undefined') {
		return;
	}
	var series = Object.keys(data.series || {}).map(function (level) {
		return {
			name: level,
			type: 'bar',
			stack: 'all',
			label: { show: true, formatter: function (p) { return p.value > 0 ? p.value : ''; } },
			data: data.series[level]
		};
	});
	var chart = echarts.init(element, null, { renderer: 'svg' });
	chart.setOption({
		animation: false,
		title: data.demo ? { text: 'DEMO', right: 10, textStyle: { color: '#b9770e' } } : undefined,
		tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
		legend: { top: 0 },
		grid: { left: 10, right: 30, top: 40, bottom: 10, containLabel: true },
		xAxis: { type: 'value', minInterval: 1 },
		yAxis: { type: 'category', inverse: true, data: data.statuses },
		series: series
	});
	element.setAttribute('data-rendered', 'true');
	window.addEventListener('resize', function () { chart.resize(); });
})();
