// What every page does, without inline handlers (the content security policy allows none):
// the language switch keeps the page's query, and fields marked data-autosubmit submit
// their form when changed.
(function () {
	'use strict';
	document.addEventListener('DOMContentLoaded', function () {
		var switcher = document.getElementById('lang-switch');
		if (switcher) {
			switcher.addEventListener('click', function (event) {
				var url = new URL(location.href);
				url.searchParams.set('lang', switcher.getAttribute('data-lang'));
				location.href = url.toString();
				event.preventDefault();
			});
		}
		document.querySelectorAll('select[data-autosubmit], input[data-autosubmit]').forEach(function (field) {
			field.addEventListener('change', function () {
				field.form.submit();
			});
		});
	});
})();
