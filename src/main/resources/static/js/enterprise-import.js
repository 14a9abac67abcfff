// The enterprise import on the import page, as a background job: the file is posted to the
// job endpoint, then the job is polled until it is done, refused or failed. Meanwhile a
// <progress> bar shows the phase, the counts and the percentage; at the end the page shows
// what was imported, or every problem of the file, or why it could not tell. Plain
// XMLHttpRequest (it reports the upload's progress, fetch does not), no framework.
(function () {
	'use strict';

	var page = window.firmImport;
	var form = document.getElementById('firm-form');
	if (!page || !form || !window.XMLHttpRequest || !window.FormData) {
		return;
	}
	var POLL_MS = 300;
	// Polls that may fail in a row (a network blip) before the page gives up on the job.
	var NETWORK_RETRIES = 5;

	var t = page.labels;
	var english = page.lang === 'en';
	var numbers = new Intl.NumberFormat(english ? 'en' : 'zh-CN');
	var decimal = new Intl.NumberFormat(english ? 'en' : 'zh-CN', { maximumFractionDigits: 1 });
	var jobsUrl = form.getAttribute('action');
	var button = form.querySelector('button[type=submit]');
	var progress = document.getElementById('firm-progress');
	var bar = document.getElementById('firm-progress-bar');
	var phaseText = document.getElementById('firm-progress-phase');
	var countText = document.getElementById('firm-progress-count');
	var percentText = document.getElementById('firm-progress-percent');
	var errorText = document.getElementById('firm-error');
	var accepted = document.getElementById('firm-accepted');
	var rejected = document.getElementById('firm-rejected');

	button.disabled = false;
	form.addEventListener('submit', function (event) {
		event.preventDefault();
		submit();
	});

	function submit() {
		reset();
		button.disabled = true;
		var body = new FormData(form);
		var file = form.querySelector('input[type=file]').files[0];
		show({ phase: 'uploading', done: 0, total: file ? file.size : 0, unit: 'bytes' });
		request('POST', jobsUrl, body, function (loaded, total) {
			show({ phase: 'uploading', done: loaded, total: total, unit: 'bytes' });
		}).then(function (response) {
			if (response.status === 202 && response.body && response.body.id) {
				follow(response.body, 0);
			}
			else {
				fail(serverError(response));
			}
		}, function () {
			fail(t.networkError);
		});
	}

	function follow(job, failures) {
		if (job.state === 'DONE') {
			show({ phase: 'done', done: job.done, total: job.total, unit: 'rows' });
			showResult(job.result);
			finish();
			return;
		}
		if (job.state === 'REJECTED') {
			progress.hidden = true;
			showProblems(job.problems || []);
			finish();
			return;
		}
		if (job.state === 'FAILED' || job.state === 'INTERRUPTED') {
			fail(format(t.failed, [job.error || '']));
			return;
		}
		show(stage(job));
		window.setTimeout(function () {
			poll(job.id, failures);
		}, POLL_MS);
	}

	function poll(id, failures) {
		request('GET', jobsUrl + '/' + encodeURIComponent(id)).then(function (response) {
			if (response.status === 200 && response.body) {
				follow(response.body, 0);
			}
			else if (response.status === 404) {
				fail(t.expired);
			}
			else {
				fail(serverError(response));
			}
		}, function () {
			if (failures + 1 >= NETWORK_RETRIES) {
				fail(t.connectionLost);
			}
			else {
				window.setTimeout(function () {
					poll(id, failures + 1);
				}, POLL_MS * 2);
			}
		});
	}

	// What a running job's report means: reading gives the file's size and no count, a
	// total of 0 means the phase cannot say how much there is, storing counts records
	// written (firms, yearly figures, tiers, map points), not rows.
	function stage(job) {
		var phase = (job.state === 'QUEUED') ? 'queued' : job.phase;
		if (phase === 'reading') {
			return { phase: phase, done: 0, total: 0, size: job.total };
		}
		return { phase: phase, done: job.done, total: job.total, unit: (phase === 'storing') ? 'records' : 'rows' };
	}

	function show(state) {
		progress.hidden = false;
		phaseText.textContent = t.phase[state.phase] || state.phase;
		progress.setAttribute('data-phase', state.phase);
		var done = Number(state.done) || 0;
		var total = Number(state.total) || 0;
		if (total > 0) {
			var percent = Math.min(100, Math.floor(done * 100 / total));
			bar.max = total;
			bar.value = Math.min(done, total);
			percentText.textContent = percent + '%';
			countText.textContent = (state.unit === 'bytes') ? bytes(done) + ' / ' + bytes(total)
				: format(t[state.unit], [numbers.format(done), numbers.format(total)]);
		}
		else {
			// No value: an indeterminate bar, moving without claiming how far it has come.
			bar.removeAttribute('value');
			percentText.textContent = '';
			countText.textContent = state.size ? bytes(state.size) : '';
		}
	}

	function showResult(result) {
		Object.keys(result || {}).forEach(function (field) {
			var cell = accepted.querySelector('[data-field="' + field + '"]');
			if (cell) {
				cell.textContent = numbers.format(result[field]);
			}
		});
		accepted.hidden = false;
	}

	function showProblems(problems) {
		document.getElementById('firm-rejected-summary').textContent = format(t.rejected, [problems.length]);
		var body = rejected.querySelector('tbody');
		problems.forEach(function (problem) {
			var row = document.createElement('tr');
			[problem.row, problem.column, problem.value, english ? problem.en : problem.zh].forEach(function (text) {
				var cell = document.createElement('td');
				cell.textContent = (text === null || text === undefined) ? '' : String(text);
				row.appendChild(cell);
			});
			body.appendChild(row);
		});
		rejected.hidden = false;
	}

	function fail(message) {
		progress.hidden = true;
		errorText.textContent = message;
		errorText.hidden = false;
		finish();
	}

	function finish() {
		button.disabled = false;
	}

	function reset() {
		errorText.hidden = true;
		accepted.hidden = true;
		rejected.hidden = true;
		rejected.querySelector('tbody').textContent = '';
		accepted.querySelectorAll('[data-field]').forEach(function (cell) {
			cell.textContent = '';
		});
	}

	function serverError(response) {
		var body = response.body || {};
		var detail = body.detail || body.title || response.text || '';
		return format(t.serverError, [response.status, detail]);
	}

	// Resolves with the status and the JSON body (or null) of any answer, rejects when
	// there is none at all (no connection, aborted).
	function request(method, url, body, onUpload) {
		return new Promise(function (resolve, reject) {
			var xhr = new XMLHttpRequest();
			xhr.open(method, url);
			xhr.setRequestHeader('Accept', 'application/json');
			if (onUpload) {
				xhr.upload.addEventListener('progress', function (event) {
					if (event.lengthComputable) {
						onUpload(event.loaded, event.total);
					}
				});
			}
			xhr.onload = function () {
				var json = null;
				try {
					json = JSON.parse(xhr.responseText);
				}
				catch (ignored) {
					json = null;
				}
				resolve({ status: xhr.status, body: json, text: xhr.statusText });
			};
			xhr.onerror = reject;
			xhr.onabort = reject;
			xhr.send(body || null);
		});
	}

	function format(pattern, args) {
		return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
			return (args[index] !== undefined) ? String(args[index]) : match;
		});
	}

	function bytes(count) {
		if (count >= 1024 * 1024) {
			return decimal.format(count / (1024 * 1024)) + ' MB';
		}
		return decimal.format(count / 1024) + ' KB';
	}
})();
