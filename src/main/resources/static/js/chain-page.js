// A segment clicked in the chain map or the gap list opens its firms; a printed page shows
// every segment's firms.
(function () {
	'use strict';
	function openSegment() {
		var target = location.hash && document.getElementById(decodeURIComponent(location.hash.substring(1)));
		if (target && target.tagName === 'DETAILS') {
			target.open = true;
		}
	}
	window.addEventListener('hashchange', openSegment);
	window.addEventListener('beforeprint', function () {
		document.querySelectorAll('details.segment-firms').forEach(function (details) {
			details.open = true;
		});
	});
	openSegment();
})();
