// The reports page: the form is posted to the report job endpoint, then the job is polled
// until it is made or has failed, a <progress> bar showing its phase and percentage; once
// made, the links to its Word and PDF files appear and the archive below is reloaded.
(function () {
	'use strict';

	var page = window.reportJobs;
	var form = document.getElementById('report-form');
	if (!page || !form || !window.fetch || !window.FormData) {
		return;
	}
	var POLL_MS = 300;
	var t = page.labels;
	var jobsUrl = form.getAttribute('action');
	var button = form.querySelector('button[type=submit]');
	var progress = document.getElementById('report-progress');
	var bar = document.getElementById('report-progress-bar');
	var phaseText = document.getElementById('report-progress-phase');
	var percentText = document.getElementById('report-progress-percent');
	var errorText = document.getElementById('report-error');
	var done = document.getElementById('report-done');

	button.disabled = false;
	form.addEventListener('submit', function (event) {
		event.preventDefault();
		errorText.hidden = true;
		done.hidden = true;
		button.disabled = true;
		show('queued', 0);
		send('POST', jobsUrl, new URLSearchParams(new FormData(form))).then(function (response) {
			if (response.status === 202 && response.body && response.body.id) {
				follow(response.body);
			}
			else {
				fail(serverError(response));
			}
		}, function () {
			fail(t.networkError);
		});
	});

	function follow(job) {
		if (job.state === 'DONE') {
			show('done', 100);
			document.getElementById('report-done-docx').href = jobsUrl + '/' + encodeURIComponent(job.id) + '/report.docx';
			document.getElementById('report-done-pdf').href = jobsUrl + '/' + encodeURIComponent(job.id) + '/report.pdf';
			done.hidden = false;
			button.disabled = false;
			window.setTimeout(function () {
				window.location.reload();
			}, 1500);
			return;
		}
		if (job.state === 'FAILED' || job.state === 'INTERRUPTED') {
			fail(format(t.failed, [job.error || '']));
			return;
		}
		show(job.state === 'QUEUED' ? 'queued' : job.phase, job.percent || 0);
		window.setTimeout(function () {
			send('GET', jobsUrl + '/' + encodeURIComponent(job.id)).then(function (response) {
				if (response.status === 200 && response.body && response.body.data) {
					follow(response.body.data);
				}
				else {
					fail(serverError(response));
				}
			}, function () {
				fail(t.networkError);
			});
		}, POLL_MS);
	}

	function show(phase, percent) {
		progress.hidden = false;
		progress.setAttribute('data-phase', phase);
		phaseText.textContent = t.phase[phase] || phase;
		bar.value = percent;
		percentText.textContent = percent + '%';
	}

	function fail(message) {
		progress.hidden = true;
		errorText.textContent = message;
		errorText.hidden = false;
		button.disabled = false;
	}

	function serverError(response) {
		var body = response.body || {};
		return format(t.serverError, [response.status, body.detail || body.title || '']);
	}

	function send(method, url, body) {
		var headers = { 'Accept': 'application/json' };
		if (body) {
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
		}
		return fetch(url, { method: method, headers: headers, body: body || undefined, credentials: 'same-origin' })
			.then(function (response) {
				return response.text().then(function (text) {
					var json = null;
					try {
						json = JSON.parse(text);
					}
					catch (ignored) {
						json = null;
					}
					return { status: response.status, body: json };
				});
			});
	}

	function format(pattern, args) {
		return String(pattern).replace(/\{(\d+)\}/g, function (match, index) {
			return (args[index] !== undefined) ? String(args[index]) : match;
		});
	}
})();
