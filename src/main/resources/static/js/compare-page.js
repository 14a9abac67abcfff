// The comparison page: one small chart per zone (all on the same vertical scale) and a
// map of the zones coloured by the year the slider picks. The zones' shapes come from this
// instance's OGC API – Features collection; there is no tile layer, so the page works
// offline. SVG charts keep every figure in the page as text.
(function () {
	'use strict';

	var page = window.comparePage;
	if (!page || !page.data) {
		return;
	}
	var data = page.data;
	var years = data.years.map(String);
	var english = document.documentElement.lang === 'en';
	var numbers = new Intl.NumberFormat(english ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
	// Sequential, colour-blind safe (ColorBrewer YlGnBu), light to dark, as on the map page.
	var RAMP = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8'];

	var all = [];
	data.zones.forEach(function (zone) {
		zone.values.forEach(function (v) {
			if (v !== null && v !== undefined) {
				all.push(v);
			}
		});
	});
	var low = all.length ? Math.min.apply(null, all) : 0;
	var high = all.length ? Math.max.apply(null, all) : 1;

	drawMultiples();
	drawMap();

	// ------------------------------------------------------------------ small multiples

	function drawMultiples() {
		if (typeof echarts === 'undefined') {
			return;
		}
		var charts = [];
		data.zones.forEach(function (zone) {
			var figure = document.querySelector('.multiple[data-zone="' + zone.code + '"] .chart');
			if (!figure) {
				return;
			}
			var chart = echarts.init(figure, null, { renderer: 'svg' });
			chart.setOption({
				animation: false,
				title: data.demo ? { text: 'DEMO', right: 4, top: 0, textStyle: { color: '#b9770e', fontSize: 11 } } : undefined,
				tooltip: { trigger: 'axis' },
				grid: { left: 56, right: 12, top: 22, bottom: 24 },
				xAxis: { type: 'category', data: years, axisLabel: { fontSize: 10 } },
				yAxis: { type: 'value', min: low >= 0 ? 0 : low, max: high > 0 ? high * 1.1 : high,
					axisLabel: { fontSize: 10 } },
				series: [{ name: zone.name, type: 'line', data: zone.values, connectNulls: false, symbolSize: 5,
					label: { show: true, position: 'top', fontSize: 10,
						formatter: function (p) { return numbers.format(p.value); } } }]
			});
			figure.setAttribute('data-rendered', 'true');
			charts.push(chart);
		});
		document.getElementById('multiples').setAttribute('data-rendered', String(charts.length));
		window.addEventListener('resize', function () {
			charts.forEach(function (chart) { chart.resize(); });
		});
		// Drawn for the screen, drawn again to the printed sheet's width when the print style
		// sheet applies, and back after.
		window.matchMedia('print').addEventListener('change', function () {
			charts.forEach(function (chart) { chart.resize(); });
		});
	}

	// ------------------------------------------------------------------ map

	function drawMap() {
		var element = document.getElementById('compare-map');
		var slider = document.getElementById('compare-year');
		var label = document.getElementById('compare-year-label');
		if (!element || typeof L === 'undefined') {
			return;
		}
		var map = L.map(element, { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 7, maxZoom: 14, attributionControl: true });
		map.setView([30.28, 119.95], 9);
		map.attributionControl.setPrefix('Leaflet');
		var layers = {};
		var byCode = {};
		var shown = null;
		// The printed sheet is narrower or wider than the screen: the map fits it again.
		window.matchMedia('print').addEventListener('change', function () {
			map.invalidateSize();
			if (shown) {
				map.fitBounds(shown, { padding: [10, 10] });
			}
		});
		data.zones.forEach(function (zone) { byCode[zone.code] = zone; });

		fetch(url('ogc/collections/zones/items?limit=10000'), { headers: { Accept: 'application/geo+json' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			})
			.then(function (body) {
				var bounds = null;
				(body.features || []).forEach(function (feature) {
					var p = feature.properties || {};
					if (!feature.geometry || !byCode[p.code]) {
						return;
					}
					var layer = L.geoJSON(feature, {
						style: function () {
							return { className: 'compare-zone compare-zone-' + p.code, color: '#555', weight: 1, fillOpacity: 0.85 };
						}
					});
					layer.bindTooltip('', { permanent: true, direction: 'center', className: 'zone-label compare-label' });
					layer.addTo(map);
					layers[p.code] = layer;
					bounds = bounds ? bounds.extend(layer.getBounds()) : layer.getBounds();
				});
				if (bounds) {
					shown = bounds;
					map.fitBounds(bounds, { padding: [10, 10] });
				}
				addAttribution(map, body);
				show(Number(slider.value));
				element.setAttribute('data-ready', 'true');
			})
			.catch(function (error) {
				element.setAttribute('data-ready', 'true');
				element.setAttribute('data-error', String(error.message || error));
			});

		slider.addEventListener('input', function () {
			show(Number(slider.value));
		});

		function show(year) {
			var i = years.indexOf(String(year));
			label.textContent = String(year);
			element.setAttribute('data-year', String(year));
			Object.keys(layers).forEach(function (code) {
				var zone = byCode[code];
				var value = i >= 0 ? zone.values[i] : null;
				var rank = i >= 0 ? zone.ranks[i] : null;
				var has = value !== null && value !== undefined;
				layers[code].setStyle({ fillColor: has ? colour(value) : '#eeeeee' });
				layers[code].setTooltipContent(escapeHtml(zone.name) + '<br>'
					+ (has ? escapeHtml(numbers.format(value) + ' ' + data.unit) + ' · ' + escapeHtml(page.labels.rank) + ' ' + rank
						: escapeHtml(page.labels.noFigure)));
			});
			legend();
		}

		function legend() {
			var box = document.getElementById('compare-legend');
			box.innerHTML = '';
			RAMP.forEach(function (c, k) {
				var from = low + (high - low) * k / RAMP.length;
				var swatch = document.createElement('span');
				swatch.className = 'swatch';
				swatch.style.background = c;
				swatch.textContent = '≥ ' + numbers.format(from);
				box.appendChild(swatch);
			});
		}
	}

	// The boundary data's source and licence, as the map's attribution (as on the map
	// page): it stays visible wherever the geometry is shown.
	function addAttribution(map, body) {
		var seen = {};
		(body.features || []).forEach(function (f) {
			var p = f.properties || {};
			var source = p[english ? 'source_en' : 'source_zh'] || p.source_zh || p.source_en;
			if ((p.level === 'district' || p.level === 'township') && source && !seen[source]) {
				seen[source] = true;
				map.attributionControl.addAttribution('<span class="boundary-source">' + escapeHtml(source) + '</span>');
			}
		});
	}

	function colour(value) {
		if (high === low) {
			return RAMP[RAMP.length - 1];
		}
		var k = Math.min(RAMP.length - 1, Math.floor((value - low) / (high - low) * RAMP.length));
		return RAMP[k];
	}

	function url(path) {
		var base = page.base || '/';
		return base + (base.charAt(base.length - 1) === '/' ? '' : '/') + path;
	}

	function escapeHtml(text) {
		return String(text).replace(/[&<>"']/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }[c];
		});
	}
})();
