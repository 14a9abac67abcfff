// The reporting form checks each figure as it is typed, by the rules an import applies,
// and shows the figure's problem next to it before the form is saved.
(function () {
	'use strict';
	var config = window.roundForm;
	if (!config) {
		return;
	}
	var english = config.lang === 'en';
	document.querySelectorAll('input.figure:not([readonly])').forEach(function (input) {
		var problem = input.parentNode.querySelector('.figure-problem');
		var timer = null;
		input.addEventListener('input', function () {
			clearTimeout(timer);
			timer = setTimeout(function () {
				var value = input.value.trim();
				if (value === '') {
					problem.textContent = '';
					return;
				}
				var url = config.check + '?indicator=' + encodeURIComponent(input.getAttribute('data-indicator'))
					+ '&value=' + encodeURIComponent(value);
				fetch(url, { headers: { Accept: 'application/json' } })
					.then(function (response) { return response.json(); })
					.then(function (body) {
						problem.textContent = (body.problems || []).map(function (p) {
							return english ? p.en : p.zh;
						}).join('; ');
					})
					.catch(function () { problem.textContent = ''; });
			}, 300);
		});
	});
})();
