package org.corridor.observatory.notify;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/**
 * A mail says the notice in Chinese, then English, with the form's full address; one the
 * server refuses is logged and goes no further; without a mail server nothing is sent.
 */
@ExtendWith(OutputCaptureExtension.class)
class MailerTest {

	private static final Notice NOTICE = new Notice("returned", "已退回：2024 · 西湖区", "Returned: 2024 · Xihu", "中文正文",
			"English text", "/rounds/7/zones/XIHU");

	private final JavaMailSender sender = mock(JavaMailSender.class);

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	private Mailer mailer(JavaMailSender sender, ExecutorService executor) {
		return new Mailer(sender, messages(), "observatory@example.test", "https://observatory.example.test/",
				executor);
	}

	@Test
	void aMailIsChineseThenEnglishWithTheFullAddressOfThePage() {
		SimpleMailMessage message = mailer(this.sender, Executors.newSingleThreadExecutor())
			.message("reporter@example.test", NOTICE);

		assertThat(message.getFrom()).isEqualTo("observatory@example.test");
		assertThat(message.getTo()).containsExactly("reporter@example.test");
		assertThat(message.getSubject()).isEqualTo("[规划观测台] 已退回：2024 · 西湖区 / Returned: 2024 · Xihu");
		assertThat(message.getText()).startsWith("中文正文\n填报页面：https://observatory.example.test/rounds/7/zones/XIHU\n")
			.contains("\nEnglish text\nThe form: https://observatory.example.test/rounds/7/zones/XIHU\n");
		assertThat(message.getText().indexOf("中文正文")).isLessThan(message.getText().indexOf("English text"));
	}

	@Test
	void aMailTheServerRefusesIsLoggedAndGoesNoFurther(CapturedOutput output) throws Exception {
		doThrow(new MailSendException("550 mailbox unavailable")).when(this.sender).send(any(SimpleMailMessage.class));
		Mailer mailer = mailer(this.sender, Executors.newSingleThreadExecutor());

		mailer.send("reporter@example.test", NOTICE);
		mailer.stop();

		verify(this.sender).send(any(SimpleMailMessage.class));
		assertThat(output).contains("E-mail 'returned' to reporter@example.test not sent: 550 mailbox unavailable");
	}

	@Test
	void withoutAMailServerNothingIsSentAndTheLogSaysSoOnce(CapturedOutput output) throws Exception {
		Mailer mailer = mailer(null, Executors.newSingleThreadExecutor());
		mailer.send("reporter@example.test", NOTICE);
		mailer.stop();

		assertThat(output).containsOnlyOnce("E-mail is off (spring.mail.host is not set)");
		verifyNoInteractions(this.sender);
	}

	@Test
	void aNoticeLinksOnlyToAPageOfTheApplication() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Notice("x", "s", "s", "t", "t", "https://elsewhere.example/"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Notice("x", "s", "s", "t", "t", "//elsewhere"));
	}

}
