// Draws an indicator's forecast as a fan: its figures, the forecast line, the simulated
// paths' 10–90 % and 25–75 % bands, and each target ahead. SVG keeps the numbers in the page.
(function () {
	var data = window.foresightChart;
	var element = document.getElementById('fan-chart');
	if (!data || !element || typeof echarts === 'undefined') {
		return;
	}
	var round = function (v) { return Math.round(v * 100) / 100; };
	var years = [];
	var first = data.figures.length ? data.figures[0].year : data.path[0].year;
	var last = data.path.length ? data.path[data.path.length - 1].year : first;
	for (var y = first; y <= last; y++) {
		years.push(String(y));
	}
	var actual = data.figures.map(function (f) { return [String(f.year), round(f.value)]; });
	var anchor = actual.length ? actual[actual.length - 1] : null;
	var line = function (pick) {
		var out = anchor ? [[anchor[0], anchor[1]]] : [];
		data.path.forEach(function (p) { out.push([String(p.year), round(pick(p))]); });
		return out;
	};
	// stacked areas: an invisible base at the lower edge, the band's height on top
	var band = function (name, low, high, color) {
		return [
			{ name: name, type: 'line', stack: name, data: line(low), lineStyle: { opacity: 0 }, symbol: 'none',
				itemStyle: { color: color }, silent: true, tooltip: { show: false } },
			{ name: name, type: 'line', stack: name, symbol: 'none', lineStyle: { opacity: 0 }, itemStyle: { color: color },
				areaStyle: { color: color }, data: line(function (p) { return high(p) - low(p); })
					.map(function (pt, i) { return i === 0 && anchor ? [pt[0], 0] : pt; }) }
		];
	};
	// as the page says it: a thousand paths make nothing certain
	var percent = function (p) { return p > 0.99 ? '≥ 99' : p < 0.01 ? '≤ 1' : String(Math.round(p * 100)); };
	var marks = data.milestones.map(function (m) {
		return { name: data.labels.target, yAxis: Number(m.target.value),
			label: { formatter: data.labels.target + ' ' + m.year + ' ' + m.target.value + ' · '
				+ percent(m.probability) + ' %' }, lineStyle: { color: '#c0392b' } };
	});
	var series = []
		.concat(band(data.labels.band80, function (p) { return p.p10; }, function (p) { return p.p90; }, 'rgba(41,128,185,0.18)'))
		.concat(band(data.labels.band50, function (p) { return p.p25; }, function (p) { return p.p75; }, 'rgba(41,128,185,0.30)'))
		.concat([{ name: data.labels.forecast, type: 'line', data: line(function (p) { return p.value; }),
			lineStyle: { type: 'dashed' }, symbolSize: 5,
			label: { show: true, position: 'top', formatter: function (v) { return v.value[1]; } } },
		{ name: data.labels.actual, type: 'line', data: actual, symbolSize: 7,
			label: { show: true, position: 'top' }, markLine: { symbol: 'none', data: marks } }]);
	var chart = echarts.init(element, null, { renderer: 'svg' });
	chart.setOption({
		animation: false,
		title: data.demo ? { text: 'DEMO', right: 10, textStyle: { color: '#b9770e' } } : undefined,
		tooltip: { trigger: 'axis' },
		legend: { top: 0, data: [data.labels.actual, data.labels.forecast, data.labels.band50, data.labels.band80] },
		grid: { left: 70, right: 160, top: 40, bottom: 30 },
		xAxis: { type: 'category', data: years, boundaryGap: false },
		yAxis: { type: 'value', scale: true },
		series: series
	});
	element.setAttribute('data-rendered', 'true');
	window.addEventListener('resize', function () { chart.resize(); });
})();
