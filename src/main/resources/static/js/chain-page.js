// A segment clicked in the chain map or the gap list opens its firms.
(function () {
	'use strict';
	function openSegment() {
		var target = location.hash && document.getElementById(decodeURIComponent(location.hash.substring(1)));
		if (target && target.tagName === 'DETAILS') {
			target.open = true;
		}
	}
	window.addEventListener('hashchange', openSegment);
	openSegment();
})();
