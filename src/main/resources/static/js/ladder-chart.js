// Draws the cultivation ladder as a funnel: one layer per rung, in ladder order, each
// labelled with the tier name and its number of firms. SVG rendering keeps every figure
// in the page as text, readable and testable.
(function () {
	var data = window.ladderChart;
	var element = document.getElementById('ladder-funnel');
	if (!data || !element || typeof echarts === 'undefined') {
		return;
	}
	var tiers = (data.tiers || []).map(function (t) { return { name: t.name, value: Number(t.value) }; });
	var max = tiers.reduce(function (m, t) { return Math.max(m, t.value); }, 0);
	var chart = echarts.init(element, null, { renderer: 'svg' });
	chart.setOption({
		animation: false,
		title: data.demo ? { text: 'DEMO', right: 10, textStyle: { color: '#b9770e' } } : undefined,
		tooltip: { trigger: 'item', formatter: '{b}: {c}' },
		series: [{
			type: 'funnel',
			sort: 'none',
			left: '10%',
			width: '80%',
			min: 0,
			max: max > 0 ? max : 1,
			minSize: '10%',
			gap: 2,
			label: { show: true, position: 'inside', formatter: '{b}: {c}' },
			data: tiers
		}]
	});
	element.setAttribute('data-rendered', 'true');
	window.addEventListener('resize', function () { chart.resize(); });
})();
