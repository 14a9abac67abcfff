package org.corridor.observatory.notify;

import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Mails notices, plain text, Chinese first and English after, with the full address of
 * the page they are about. Mail is on when {@code spring.mail.host} is set (Spring Boot
 * then provides the sender); otherwise notices stay in the app, which the log says once.
 * Mails go out one at a time on a thread of their own, so that no request waits for the
 * mail server; a mail that cannot be sent is logged and dropped.
 */
@Component
class Mailer {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	private static final Logger log = LoggerFactory.getLogger(Mailer.class);

	private final JavaMailSender sender;

	private final MessageSource messages;

	private final String from;

	private final String baseUrl;

	private final ExecutorService executor;

	@Autowired
	Mailer(ObjectProvider<JavaMailSender> sender, MessageSource messages,
			@Value("${observatory.mail.from}") String from, @Value("${observatory.base-url}") String baseUrl) {
		this(sender.getIfAvailable(), messages, from, baseUrl, Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, "mail");
			thread.setDaemon(true);
			return thread;
		}));
	}

	Mailer(JavaMailSender sender, MessageSource messages, String from, String baseUrl, ExecutorService executor) {
		this.sender = sender;
		this.messages = messages;
		this.from = from;
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
		this.executor = executor;
		if (sender == null) {
			log.info("E-mail is off (spring.mail.host is not set): notifications are shown in the app only"
					+ " / 未配置邮件服务器，通知只在平台内显示");
		}
	}

	/**
	 * Mails a notice to an address later, on the mail thread; nothing when mail is off.
	 */
	void send(String address, Notice notice) {
		if (this.sender == null) {
			return;
		}
		SimpleMailMessage message = message(address, notice);
		try {
			this.executor.execute(() -> deliver(message, notice));
		}
		catch (RejectedExecutionException ex) {
			log.warn("E-mail '{}' to {} not sent: the application is stopping", notice.kind(), address);
		}
	}

	private void deliver(SimpleMailMessage message, Notice notice) {
		try {
			this.sender.send(message);
			log.debug("E-mail '{}' sent to {}", notice.kind(), message.getTo());
		}
		catch (RuntimeException ex) {
			log.warn("E-mail '{}' to {} not sent: {}", notice.kind(), String.join(", ", message.getTo()),
					ex.getMessage());
		}
	}

	SimpleMailMessage message(String address, Notice notice) {
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(this.from);
		message.setTo(address);
		message.setSubject(
				"[" + text("notification.mail.app", ZH) + "] " + notice.subjectZh() + " / " + notice.subjectEn());
		message.setText(body(notice));
		return message;
	}

	private String body(Notice notice) {
		String url = (notice.link() != null) ? this.baseUrl + notice.link() : null;
		StringBuilder body = new StringBuilder();
		body.append(notice.textZh()).append('\n');
		if (url != null) {
			body.append(text("notification.mail.link", ZH, url)).append('\n');
		}
		body.append('\n').append(notice.textEn()).append('\n');
		if (url != null) {
			body.append(text("notification.mail.link", Locale.ENGLISH, url)).append('\n');
		}
		body.append("\n-- \n")
			.append(text("notification.mail.footer", ZH))
			.append('\n')
			.append(text("notification.mail.footer", Locale.ENGLISH))
			.append('\n');
		return body.toString();
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	/** Lets the mails already handed over go out, for a few seconds at most. */
	@PreDestroy
	void stop() throws InterruptedException {
		this.executor.shutdown();
		if (!this.executor.awaitTermination(10, TimeUnit.SECONDS)) {
			log.warn("E-mails still queued at shutdown were not sent");
			this.executor.shutdownNow();
		}
	}

}
