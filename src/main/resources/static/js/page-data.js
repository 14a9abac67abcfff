// Pages hand their data to their scripts as JSON blocks (<script type="application/json"
// data-global="name">), which the content security policy allows where an inline script
// would not run; this puts each block on window under its name, before the page's script.
(function () {
	'use strict';
	document.querySelectorAll('script[type="application/json"][data-global]').forEach(function (block) {
		window[block.getAttribute('data-global')] = JSON.parse(block.textContent);
	});
})();
