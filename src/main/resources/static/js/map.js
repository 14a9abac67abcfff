// The offline map page: the plan's zones, platforms and firms from this instance's
// OGC API – Features collections, and one indicator as a choropleth. There is no tile
// layer: the district boundaries are the base map, so the page works with no network.
// Every fetch is defensive: a collection that is missing or empty leaves its layer empty
// and says so in the panel, it never stops the rest of the map.
(function () {
	'use strict';

	var page = window.mapPage;
	var element = document.getElementById('map');
	if (!page || !element || typeof L === 'undefined') {
		return;
	}
	var t = page.labels;
	var english = page.lang === 'en';
	var numbers = new Intl.NumberFormat(english ? 'en' : 'zh-CN', { maximumFractionDigits: 2 });
	var oneDecimal = new Intl.NumberFormat(english ? 'en' : 'zh-CN',
		{ minimumFractionDigits: 1, maximumFractionDigits: 1 });

	// Drawing order, bottom to top, and style of each zone level. Larger units sit lower so
	// that the smaller ones drawn over them stay clickable. The swatches in map.css use the
	// same colours.
	var LEVELS = {
		district: { z: 401, style: { color: '#8794a1', weight: 1.2, fillColor: '#dfe5eb', fillOpacity: 1 } },
		township: { z: 402, style: { color: '#b3bdc7', weight: 0.6, dashArray: '2 3', fill: false } },
		corridor: { z: 410, style: { color: '#0b5394', weight: 2.6, fillColor: '#0b5394', fillOpacity: 0.04 } },
		area: { z: 415, style: { color: '#1a7f72', weight: 2, dashArray: '7 4', fillColor: '#1a7f72', fillOpacity: 0.07 } },
		wing: { z: 420, style: { color: '#7d5a9b', weight: 1.8, dashArray: '3 4', fillColor: '#7d5a9b', fillOpacity: 0.05 } },
		city: { z: 425, style: { color: '#c9861a', weight: 1.8, fillColor: '#c9861a', fillOpacity: 0.14 } },
		circle: { z: 430, style: { color: '#c0504d', weight: 1.5, fillColor: '#c0504d', fillOpacity: 0.1 } },
		town: { z: 435, style: { color: '#3f6f9f', weight: 1.2, fillColor: '#3f6f9f', fillOpacity: 0.16 } }
	};
	var POINTS = {
		platforms: { color: '#16365c', className: 'point point-platform' },
		firms: { color: '#6f8f22', className: 'point point-firm' }
	};
	// Sequential, colour-blind safe (ColorBrewer YlGnBu), light to dark.
	var RAMP = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8'];
	// Zones shown when the page opens, beyond whole levels switched on in the template.
	var DEFAULT_SINGLE_ZONES = { CORE_AREA: true };
	var CORE_LEVEL = 'area';

	var map = L.map(element, { zoomSnap: 0.25, zoomDelta: 0.5, minZoom: 7, maxZoom: 16 });
	map.setView([30.28, 119.95], 10);
	// No link out of the page: the prefix would point at leafletjs.com.
	map.attributionControl.setPrefix('Leaflet');
	L.control.scale({ imperial: false, position: 'bottomleft' }).addTo(map);
	addNorthArrow();

	map.createPane('zone-choropleth').style.zIndex = 405;
	Object.keys(LEVELS).forEach(function (level) {
		map.createPane('zone-' + level).style.zIndex = LEVELS[level].z;
	});
	// Above every zone, below the points: the selected zone's outline, never clickable.
	map.createPane('zone-highlight').style.zIndex = 445;
	map.getPane('zone-highlight').style.pointerEvents = 'none';
	map.createPane('points').style.zIndex = 450;
	// Platforms above firms: a few named places must not hide under hundreds of firm dots.
	map.createPane('points-platforms').style.zIndex = 460;

	var zonesByCode = {};
	var layersByLevel = {};
	var platforms = [];
	var pointLayers = { platforms: L.layerGroup(), firms: L.layerGroup() };
	var choropleth = { layer: L.layerGroup().addTo(map), values: {}, indicator: null, unit: '', year: null, rows: [] };
	var highlight = null;
	var currentZone = null;
	var failures = [];

	// ------------------------------------------------------------------ loading

	var collections = ['zones', 'platforms', 'firms'];
	Promise.all(collections.map(function (id) {
		return fetchFeatures(id).then(function (features) {
			return features;
		}, function (error) {
			failures.push(id + ' (' + error.message + ')');
			return [];
		});
	})).then(function (results) {
		drawZones(results[0]);
		drawPoints('platforms', results[1]);
		drawPoints('firms', results[2]);
		platforms = results[1];
		fitToCorridor();
		showStatus();
		element.setAttribute('data-ready', 'true');
	}).catch(function (error) {
		// A bug in drawing, not a missing endpoint: still release the page, and show it.
		failures.push(String(error && error.message ? error.message : error));
		showStatus();
		element.setAttribute('data-ready', 'true');
	});

	// Walks the collection's pages (rel=next) so that a server lowering the limit still
	// yields every feature.
	function fetchFeatures(collection) {
		var features = [];
		function page(url, remaining) {
			return fetchJson(url).then(function (body) {
				(body && body.features ? body.features : []).forEach(function (f) {
					features.push(f);
				});
				var next = (body && body.links ? body.links : []).filter(function (link) {
					return link.rel === 'next';
				})[0];
				if (next && remaining > 0) {
					return page(next.href, remaining - 1);
				}
				return features;
			});
		}
		return page(url('ogc/collections/' + collection + '/items?limit=10000'), 20);
	}

	function fetchJson(address) {
		return fetch(address, { headers: { Accept: 'application/geo+json, application/json' } })
			.then(function (response) {
				if (!response.ok) {
					throw new Error('HTTP ' + response.status);
				}
				return response.json();
			});
	}

	function url(path) {
		var base = page.base || '/';
		return base + (base.charAt(base.length - 1) === '/' ? '' : '/') + path;
	}

	// ------------------------------------------------------------------ zones

	function drawZones(features) {
		var byLevel = {};
		features.forEach(function (feature) {
			var p = feature.properties || {};
			if (!p.code) {
				return;
			}
			zonesByCode[p.code] = feature;
			if (!feature.geometry || !LEVELS[p.level]) {
				return;
			}
			(byLevel[p.level] = byLevel[p.level] || []).push(feature);
		});
		Object.keys(byLevel).forEach(function (level) {
			// Larger first, so that smaller zones of the same level are drawn over them.
			byLevel[level].sort(function (a, b) {
				return (b.properties.measured_area_km2 || 0) - (a.properties.measured_area_km2 || 0);
			});
			layersByLevel[level] = byLevel[level].map(function (feature) {
				return { code: feature.properties.code, layer: zoneLayer(feature) };
			});
		});
		setUpLayerSwitcher();
		addBoundaryAttribution(features);
	}

	function zoneLayer(feature) {
		var p = feature.properties;
		var options = LEVELS[p.level];
		var layer = L.geoJSON(feature, {
			pane: 'zone-' + p.level,
			interactive: p.level !== 'township',
			style: function () {
				return L.extend({ className: 'zone zone-' + p.level + ' zone-code-' + p.code }, options.style);
			}
		});
		if (p.level === 'district') {
			// District names are the map's reference labels, always shown.
			layer.bindTooltip(escapeHtml(name(p)),
				{ permanent: true, direction: 'center', className: 'zone-label district-label' });
		}
		else if (p.level !== 'township') {
			layer.bindTooltip(escapeHtml(name(p)), { sticky: true, className: 'zone-tip' });
		}
		layer.on('click', function (event) {
			L.DomEvent.stopPropagation(event);
			showZone(p.code);
		});
		return layer;
	}

	// The checkboxes come from the template (one per level of the plan); here they get
	// their counts, their default state and their behaviour. Townships follow districts.
	function setUpLayerSwitcher() {
		var boxes = document.querySelectorAll('.layer-toggle');
		Array.prototype.forEach.call(boxes, function (box) {
			var level = box.value;
			var entries = layersByLevel[level] || [];
			var hint = box.parentNode.querySelector('.layer-hint');
			if (!entries.length) {
				box.disabled = true;
				box.checked = false;
				hint.textContent = t.noShape;
			}
			else {
				hint.textContent = '(' + entries.length + ')';
			}
			if (level === CORE_LEVEL && !box.checked && entries.some(isDefaultSingle)) {
				// Part of the level is on: the core area, not every area.
				box.indeterminate = true;
				hint.textContent = '(' + t.coreOnly + ')';
			}
			box.addEventListener('change', function () {
				hint.textContent = '(' + entries.length + ')';
				applyLevel(level);
			});
			applyLevel(level);
		});
		Object.keys(layersByLevel).forEach(function (level) {
			if (!document.getElementById('layer-' + level) && level !== 'township') {
				// A level the template does not list: show it rather than hide data.
				layersByLevel[level].forEach(function (entry) {
					entry.layer.addTo(map);
				});
			}
		});
	}

	function applyLevel(level) {
		var box = document.getElementById('layer-' + level);
		var levels = level === 'district' ? ['district', 'township'] : [level];
		levels.forEach(function (each) {
			(layersByLevel[each] || []).forEach(function (entry) {
				var show = box && !box.disabled && (box.checked || (box.indeterminate && isDefaultSingle(entry)));
				if (show) {
					entry.layer.addTo(map);
				}
				else {
					map.removeLayer(entry.layer);
				}
			});
		});
	}

	function isDefaultSingle(entry) {
		return DEFAULT_SINGLE_ZONES[entry.code] === true;
	}

	// The district boundaries' licence and source, as the map's attribution: it must stay
	// visible wherever the geometry is shown.
	function addBoundaryAttribution(features) {
		var seen = {};
		features.forEach(function (feature) {
			var p = feature.properties || {};
			if (p.level !== 'district' && p.level !== 'township') {
				return;
			}
			var source = localized(p, 'source');
			if (source && !seen[source]) {
				seen[source] = true;
				map.attributionControl.addAttribution(
					'<span class="boundary-source">' + escapeHtml(source) + '</span>');
			}
		});
	}

	function fitToCorridor() {
		var corridor = zonesByCode.CORRIDOR;
		var bounds = null;
		if (corridor && corridor.geometry) {
			bounds = L.geoJSON(corridor).getBounds();
		}
		else {
			// No corridor shape yet: everything drawn.
			Object.keys(layersByLevel).forEach(function (level) {
				layersByLevel[level].forEach(function (entry) {
					var b = entry.layer.getBounds();
					bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
				});
			});
		}
		map.invalidateSize();
		if (bounds && bounds.isValid()) {
			map.fitBounds(bounds, { padding: [16, 16] });
		}
	}

	// ------------------------------------------------------------------ zone panel

	function showZone(code) {
		var feature = zonesByCode[code];
		var details = document.getElementById('zone-details');
		currentZone = code;
		document.getElementById('zone-hint').hidden = true;
		details.hidden = false;
		if (highlight) {
			map.removeLayer(highlight);
			highlight = null;
		}
		if (!feature) {
			details.innerHTML = '<h3>' + escapeHtml(code) + '</h3><p class="note">' + escapeHtml(t.noShape) + '</p>';
			return false;
		}
		var p = feature.properties;
		if (feature.geometry) {
			highlight = L.geoJSON(feature, {
				pane: 'zone-highlight',
				interactive: false,
				style: function () {
					return { className: 'zone-highlight', color: '#1f2d3d', weight: 3, fill: false };
				}
			}).addTo(map);
		}
		var rows = [];
		rows.push(row(t.methodLabel, methodText(p.method)));
		if (p.precision_m !== null && p.precision_m !== undefined) {
			rows.push(row(t.precision, '±' + numbers.format(p.precision_m) + ' m'));
		}
		if (choropleth.indicator && Object.prototype.hasOwnProperty.call(choropleth.values, code)) {
			var figure = choropleth.values[code];
			rows.push(row(t.value + ' ' + choropleth.year, escapeHtml(numbers.format(figure.value) + ' ' + choropleth.unit)
				+ (figure.demo ? ' <span class="demo-tag">DEMO</span>' : '')));
		}
		var note = localized(p, 'note');
		if (note) {
			rows.push(row(t.note, escapeHtml(note)));
		}
		var source = localized(p, 'source');
		if (source) {
			rows.push(row(t.source, '<span class="source">' + escapeHtml(source) + '</span>'));
		}
		var hosted = platforms.filter(function (platform) {
			return (platform.properties.zones || []).indexOf(code) >= 0;
		}).map(function (platform) {
			return escapeHtml(name(platform.properties));
		});
		if (hosted.length) {
			rows.push(row(t.platformsInZone, hosted.join('、')));
		}
		details.innerHTML = '<h3 id="zone-name">' + escapeHtml(name(p)) + '</h3>'
			+ '<p class="zone-meta">' + escapeHtml(t.level[p.level] || p.level || '') + ' · <code>' + escapeHtml(code)
			+ '</code>' + (p.demo ? ' <span class="demo-tag">DEMO</span>' : '') + '</p>'
			+ '<p id="zone-area" class="zone-area">' + escapeHtml(areaLine(p)) + '</p>'
			+ '<dl>' + rows.join('') + '</dl>';
		// The panel may be scrolled to the layer switcher: bring the details into view.
		document.getElementById('zone-panel').scrollIntoView({ block: 'nearest' });
		return true;
	}
	// A hook for tests and links: shows the panel of a zone by its code.
	window.showZone = showZone;

	// e.g. "规划面积 398 km² · 实测 412.3 km² · +3.6%"
	function areaLine(p) {
		var measured = p.measured_area_km2 !== null && p.measured_area_km2 !== undefined
			? t.measured + ' ' + oneDecimal.format(p.measured_area_km2) + ' km²' : null;
		if (p.declared_area_km2 === null || p.declared_area_km2 === undefined) {
			return [measured, t.noDeclared].filter(Boolean).join(' · ');
		}
		var parts = [t.declared + ' ' + numbers.format(p.declared_area_km2) + ' km²'];
		if (measured) {
			parts.push(measured);
		}
		var difference = p.area_difference;
		if ((difference === null || difference === undefined) && measured) {
			difference = (p.measured_area_km2 - p.declared_area_km2) / p.declared_area_km2;
		}
		if (difference !== null && difference !== undefined && isFinite(difference)) {
			parts.push((difference >= 0 ? '+' : '-') + oneDecimal.format(Math.abs(difference) * 100) + '%');
		}
		return parts.join(' · ');
	}

	function methodText(method) {
		if (!method) {
			return '—';
		}
		var words = t.method[method];
		return words ? escapeHtml(words) + ' <small class="code">' + escapeHtml(method) + '</small>' : escapeHtml(method);
	}

	function row(label, html) {
		return '<dt>' + escapeHtml(label) + '</dt><dd>' + html + '</dd>';
	}

	// ------------------------------------------------------------------ points

	function drawPoints(kind, features) {
		var group = pointLayers[kind];
		var style = POINTS[kind];
		var shown = features.filter(function (feature) {
			return feature.geometry;
		});
		shown.forEach(function (feature) {
			L.geoJSON(feature, {
				pointToLayer: function (f, latlng) {
					return L.circleMarker(latlng, {
						pane: kind === 'platforms' ? 'points-platforms' : 'points', radius: kind === 'platforms' ? 5.5 : 4, color: '#ffffff', weight: 1.5,
						fillColor: style.color, fillOpacity: 0.95,
						// a point placed at a plan anchor is marked, since its popup states its precision
						className: style.className + (f.properties && f.properties.precision_m != null ? ' point-sited' : '')
					});
				}
			}).bindPopup(popup(kind, feature.properties || {}), { maxWidth: 320 })
				.bindTooltip(escapeHtml(name(feature.properties || {})), { direction: 'top', offset: [0, -4] })
				.addTo(group);
		});
		var box = document.getElementById('layer-' + kind);
		if (!box) {
			group.addTo(map);
			return;
		}
		var hint = box.parentNode.querySelector('.layer-hint');
		hint.textContent = '(' + shown.length + ')';
		if (!shown.length) {
			box.checked = false;
			box.disabled = true;
		}
		function apply() {
			if (box.checked) {
				group.addTo(map);
			}
			else {
				map.removeLayer(group);
			}
		}
		box.addEventListener('change', apply);
		apply();
	}

	function popup(kind, p) {
		var rows = [];
		if (kind === 'platforms') {
			var type = localized(p, 'type_name') || p.type;
			if (type) {
				rows.push(row(t.type, escapeHtml(type)));
			}
			if (p.status) {
				rows.push(row(t.statusLabel, escapeHtml(t.status[p.status] || p.status)));
			}
			rows.push(row('', '<a class="platform-link" href="' + t.platformBase + encodeURIComponent(p.code) + '">'
				+ escapeHtml(t.platformPage) + '</a>'));
		}
		if (p.zones && p.zones.length) {
			rows.push(row(t.zones, p.zones.map(function (code) {
				var zone = zonesByCode[code];
				return escapeHtml(zone ? name(zone.properties) : code);
			}).join('、')));
		}
		if (p.precision_m !== null && p.precision_m !== undefined) {
			rows.push(row(t.pointPrecision, '±' + numbers.format(p.precision_m) + ' m'));
		}
		var provenance = localized(p, 'provenance') || p.source;
		if (provenance) {
			rows.push(row(t.provenance, '<span class="source">' + escapeHtml(provenance) + '</span>'));
		}
		return '<div class="point-popup"><h3>' + escapeHtml(name(p))
			+ (p.demo ? ' <span class="demo-tag">DEMO</span>' : '') + '</h3><dl>' + rows.join('') + '</dl></div>';
	}

	// ------------------------------------------------------------------ choropleth

	var indicatorSelect = document.getElementById('indicator-select');
	var yearSelect = document.getElementById('year-select');
	indicatorSelect.addEventListener('change', function () {
		loadIndicator(indicatorSelect.value);
	});
	yearSelect.addEventListener('change', function () {
		renderChoropleth(Number(yearSelect.value));
	});

	function loadIndicator(code) {
		choropleth.indicator = code || null;
		choropleth.rows = [];
		yearSelect.innerHTML = '';
		yearSelect.disabled = true;
		if (!code) {
			renderChoropleth(null);
			return Promise.resolve();
		}
		var option = indicatorSelect.options[indicatorSelect.selectedIndex];
		choropleth.unit = option ? option.getAttribute('data-unit') || '' : '';
		choropleth.name = option ? option.textContent : code;
		var address = url('api/v1/plans/' + encodeURIComponent(page.planId) + '/observations?indicator='
			+ encodeURIComponent(code));
		return fetchJson(address).then(function (body) {
			if (choropleth.indicator !== code) {
				return; // another indicator was chosen meanwhile
			}
			choropleth.rows = (body && body.data ? body.data : []).filter(function (o) {
				return o.value !== null && o.value !== undefined && isFinite(Number(o.value));
			});
			var years = unique(choropleth.rows.map(function (o) {
				return Number(o.year);
			})).sort(function (a, b) {
				return b - a;
			});
			years.forEach(function (year) {
				var item = document.createElement('option');
				item.value = String(year);
				item.textContent = String(year);
				yearSelect.appendChild(item);
			});
			yearSelect.disabled = years.length === 0;
			renderChoropleth(years.length ? years[0] : null);
		}, function (error) {
			choropleth.rows = [];
			renderChoropleth(null, t.loadFailed + ' ' + error.message);
		});
	}

	function renderChoropleth(year, message) {
		choropleth.layer.clearLayers();
		choropleth.values = {};
		choropleth.year = year;
		var legend = document.getElementById('legend');
		if (!choropleth.indicator) {
			legend.hidden = true;
			legend.innerHTML = '';
			refreshZone();
			return;
		}
		var rows = choropleth.rows.filter(function (o) {
			return Number(o.year) === year;
		});
		rows.forEach(function (o) {
			choropleth.values[o.zoneCode] = { value: Number(o.value), demo: !!o.demo };
		});
		legend.hidden = false;
		if (!rows.length) {
			legend.innerHTML = '<p class="note">' + escapeHtml(message || t.noFigures) + '</p>';
			refreshZone();
			return;
		}
		var values = rows.map(function (o) {
			return Number(o.value);
		});
		var classes = classBreaks(values);
		var unmapped = [];
		Object.keys(choropleth.values).forEach(function (code) {
			var feature = zonesByCode[code];
			var figure = choropleth.values[code];
			if (!feature || !feature.geometry) {
				unmapped.push(feature ? name(feature.properties) : code);
				return;
			}
			var colour = classes[classOf(classes, figure.value)].colour;
			L.geoJSON(feature, {
				pane: 'zone-choropleth',
				style: function () {
					return { className: 'choropleth-fill choropleth-' + code, color: '#ffffff', weight: 1,
						fillColor: colour, fillOpacity: 0.75 };
				}
			}).bindTooltip(escapeHtml(name(feature.properties) + ' ' + numbers.format(figure.value) + ' '
					+ choropleth.unit), { sticky: true, className: 'zone-tip' })
				.on('click', function (event) {
					L.DomEvent.stopPropagation(event);
					showZone(code);
				})
				.addTo(choropleth.layer);
		});
		var demo = rows.some(function (o) {
			return o.demo;
		});
		var html = '<div class="legend-title"><span>' + escapeHtml(choropleth.name) + '</span> <small>'
			+ escapeHtml(choropleth.unit) + ' · ' + year + '</small>'
			+ (demo ? ' <span class="demo-tag" id="legend-demo">DEMO</span>' : '') + '</div><ul>';
		classes.forEach(function (c) {
			var range = c.from === c.to ? numbers.format(c.from) : numbers.format(c.from) + ' – ' + numbers.format(c.to);
			html += '<li><span class="swatch" style="background:' + c.colour + '"></span>' + escapeHtml(range) + '</li>';
		});
		html += '</ul>';
		if (unmapped.length) {
			html += '<p class="note">' + escapeHtml(t.unmapped + ' ' + unmapped.join('、')) + '</p>';
		}
		legend.innerHTML = html;
		refreshZone();
	}

	// The zone panel shows the zone's figure: keep it in step with the choropleth.
	function refreshZone() {
		if (currentZone) {
			showZone(currentZone);
		}
	}

	// Up to five classes of about equal counts (quantiles); fewer when there are fewer
	// distinct values. Colours are spread over the whole ramp whatever the class count.
	function classBreaks(values) {
		var sorted = values.slice().sort(function (a, b) {
			return a - b;
		});
		var distinct = unique(sorted);
		var count = Math.min(RAMP.length, distinct.length);
		if (count <= 1) {
			// One value says nothing about high or low: the middle of the ramp.
			return [{ from: sorted[0], to: sorted[sorted.length - 1], colour: RAMP[Math.floor(RAMP.length / 2)] }];
		}
		var bounds = [sorted[0]];
		for (var i = 1; i < count; i++) {
			var cut = sorted[Math.floor(i * sorted.length / count)];
			if (cut > bounds[bounds.length - 1]) {
				bounds.push(cut);
			}
		}
		bounds.push(sorted[sorted.length - 1]);
		var classes = [];
		for (var k = 0; k < bounds.length - 1; k++) {
			var position = bounds.length === 2 ? RAMP.length - 1 : Math.round(k * (RAMP.length - 1) / (bounds.length - 2));
			classes.push({ from: bounds[k], to: bounds[k + 1], colour: RAMP[position] });
		}
		return classes;
	}

	function classOf(classes, value) {
		for (var i = classes.length - 1; i > 0; i--) {
			if (value >= classes[i].from) {
				return i;
			}
		}
		return 0;
	}

	// ------------------------------------------------------------------ helpers

	function showStatus() {
		var status = document.getElementById('map-status');
		if (failures.length) {
			status.textContent = t.loadFailed + ' ' + failures.join('; ');
			status.className = 'map-status error';
			element.setAttribute('data-error', failures.join('; '));
		}
		else {
			status.hidden = true;
		}
	}

	function addNorthArrow() {
		var North = L.Control.extend({
			options: { position: 'topright' },
			onAdd: function () {
				var div = L.DomUtil.create('div', 'north-arrow');
				div.innerHTML = '<svg width="26" height="36" viewBox="0 0 26 36" aria-hidden="true">'
					+ '<path d="M13 2 L22 26 L13 20 L4 26 Z" fill="#1f2d3d"/>'
					+ '<text x="13" y="35" text-anchor="middle" font-size="10" fill="#1f2d3d">N</text></svg>';
				return div;
			}
		});
		new North().addTo(map);
	}

	function name(p) {
		return localized(p, 'name') || p.code || '';
	}

	// The field in the page's language, else in the other one.
	function localized(p, field) {
		var first = p[field + (english ? '_en' : '_zh')];
		return first || p[field + (english ? '_zh' : '_en')] || '';
	}

	function unique(values) {
		return values.filter(function (v, i) {
			return values.indexOf(v) === i;
		});
	}

	function escapeHtml(text) {
		return String(text === null || text === undefined ? '' : text).replace(/[&<>"']/g, function (c) {
			return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }[c];
		});
	}
})();
