package org.corridor.observatory.monitor.round;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.corridor.observatory.notify.Notification;
import org.corridor.observatory.notify.Notifications;
import org.corridor.observatory.security.AccountStore;
import org.corridor.observatory.security.ApiTokens;
import org.corridor.observatory.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reminders reach the reporters of a zone in the app and by mail, through a real SMTP
 * server (GreenMail, on a port of its own) that the application's {@code spring.mail.*}
 * point at: a return and an un-approval with their comments and a link to the zone's
 * form; the deadline job's reminders before the deadline and once it has passed, each
 * sent once however often the job runs. A reporter without an e-mail address is told in
 * the app only; other zones' reporters are not told. The tasks page lists the
 * notifications, the top bar counts the unread ones, and opening one reads it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class RoundRemindersIntegrationTest {

	@RegisterExtension
	static final GreenMailExtension MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
		.withPerMethodLifecycle(false);

	private static final String BASE_URL = "https://observatory.example.test";

	private static final String PLAN = "/api/v1/plans/chengxi-2021";

	private static final String INDICATOR = "DIGITAL_CORE_REVENUE";

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
		registry.add("observatory.base-url", () -> BASE_URL + "/");
		registry.add("observatory.mail.from", () -> "observatory@example.test");
	}

	@LocalServerPort
	int port;

	@Autowired
	AccountStore accounts;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Notifications notifications;

	@Autowired
	RoundReminders reminders;

	@Test
	void aReturnAndAnUnapprovalReachTheZonesReportersWithTheCommentAndALink() throws Exception {
		TestRestTemplate committee = as("n-approver", Role.APPROVER, null);
		TestRestTemplate reviewer = as("n-xihu-reviewer", Role.REVIEWER, null, "XIHU");
		TestRestTemplate reporter = as("n-xihu-mail", Role.REPORTER, "xihu.reporter@example.test", "XIHU");
		as("n-xihu-plain", Role.REPORTER, null, "XIHU");
		as("n-yuhang-mail", Role.REPORTER, "yuhang.reporter@example.test", "YUHANG");
		long id = open(committee, "2099-03-31", "XIHU", "YUHANG");
		String zone = PLAN + "/rounds/" + id + "/zones/XIHU";

		put(reporter, zone, Map.of("values", Map.of(INDICATOR, "1200")));
		assertThat(post(reporter, zone + "/submit", null).getStatusCode()).isEqualTo(HttpStatus.OK);
		assertThat(post(reviewer, zone + "/return", Map.of("comment", "请核对口径")).getBody().get("state").asText())
			.isEqualTo("RETURNED");

		// the reporter with an address gets a mail: Chinese, then English, with the
		// reviewer's comment and the full address of the zone's form
		List<MimeMessage> mails = mailsTo("xihu.reporter@example.test", 1);
		String link = BASE_URL + "/rounds/" + id + "/zones/XIHU";
		assertThat(mails.get(0).getSubject()).contains("已退回", "Returned", "西湖区", "Xihu");
		assertThat(body(mails.get(0))).contains("请核对口径", "n-xihu-reviewer", "退回", "were returned by", "填报页面：" + link,
				"The form: " + link);
		assertThat(mails.get(0).getFrom()[0].toString()).isEqualTo("observatory@example.test");

		// both of the zone's reporters are told in the app, the one without an address
		// only there; 余杭's reporter is told nothing
		for (String username : List.of("n-xihu-mail", "n-xihu-plain")) {
			List<Notification> told = this.notifications.list(username);
			assertThat(told).singleElement().satisfies((notification) -> {
				assertThat(notification.kind()).isEqualTo("returned");
				assertThat(notification.textZh()).contains("请核对口径", "西湖区");
				assertThat(notification.textEn()).contains("请核对口径", "returned");
				assertThat(notification.link()).isEqualTo("/rounds/" + id + "/zones/XIHU");
				assertThat(notification.isRead()).isFalse();
			});
		}
		assertThat(this.notifications.list("n-yuhang-mail")).isEmpty();

		// corrected, approved and published, then un-approved for a correction: the
		// reporters are told again, with the reason
		put(reporter, zone, Map.of("values", Map.of(INDICATOR, "1250")));
		post(reporter, zone + "/submit", null);
		post(reviewer, zone + "/approve", null);
		post(committee, zone + "/publish", null);
		assertThat(post(committee, zone + "/unapprove", Map.of("comment", "统计口径调整")).getStatusCode())
			.isEqualTo(HttpStatus.OK);
		mails = mailsTo("xihu.reporter@example.test", 2);
		assertThat(mails.get(1).getSubject()).contains("撤销审定", "Un-approved");
		assertThat(body(mails.get(1))).contains("统计口径调整", link);
		assertThat(this.notifications.list("n-xihu-plain")).extracting(Notification::kind)
			.containsExactly("unapproved", "returned");
		assertThat(mailsTo("yuhang.reporter@example.test", 0)).isEmpty();
	}

	@Test
	void theTasksPageListsTheNotificationsTheTopBarCountsThemAndOpeningOneReadsIt() throws Exception {
		TestRestTemplate committee = as("p-approver", Role.APPROVER, null);
		TestRestTemplate reviewer = as("p-binjiang-reviewer", Role.REVIEWER, null, "BINJIANG");
		TestRestTemplate reporter = as("p-binjiang-reporter", Role.REPORTER, null, "BINJIANG");
		long id = open(committee, "2099-03-31", "BINJIANG");
		String zone = PLAN + "/rounds/" + id + "/zones/BINJIANG";
		put(reporter, zone, Map.of("values", Map.of(INDICATOR, "900")));
		post(reporter, zone + "/submit", null);
		post(reviewer, zone + "/return", Map.of("comment", "缺少附注"));

		String token = this.tokens.create("p-binjiang-reporter", "page test");
		String tasks = page("GET", "/tasks", token).body();
		assertThat(tasks).contains("id=\"notification-table\"", "缺少附注", "/notifications/");
		assertThat(tasks).containsPattern("id=\"nav-notifications\"[^>]*>1</a>");

		Notification notification = this.notifications.list("p-binjiang-reporter").get(0);
		HttpResponse<String> opened = page("GET", "/notifications/" + notification.id(), token);
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location").orElseThrow()).endsWith("/rounds/" + id + "/zones/BINJIANG");
		assertThat(this.notifications.unreadCount("p-binjiang-reporter")).isZero();
		assertThat(page("GET", "/tasks", token).body()).doesNotContain("id=\"nav-notifications\"");

		// nobody opens another account's notification
		String other = this.tokens.create("p-binjiang-reviewer", "page test");
		assertThat(page("GET", "/notifications/" + notification.id(), other).statusCode()).isEqualTo(404);

		// all marked read at once
		for (String comment : List.of("再核对", "三核对")) {
			post(reporter, zone + "/submit", null);
			post(reviewer, zone + "/return", Map.of("comment", comment));
		}
		assertThat(this.notifications.unreadCount("p-binjiang-reporter")).isEqualTo(2);
		assertThat(page("POST", "/notifications/read", token).statusCode()).isEqualTo(302);
		assertThat(this.notifications.unreadCount("p-binjiang-reporter")).isZero();
	}

	@Test
	void theDeadlineJobRemindsBeforeTheDeadlineAndOnceOverdueEachOnlyOnce() throws Exception {
		TestRestTemplate committee = as("d-approver", Role.APPROVER, null);
		as("d-linan-mail", Role.REPORTER, "linan.reporter@example.test", "LINAN");
		as("d-linan-plain", Role.REPORTER, null, "LINAN");
		TestRestTemplate fuyang = as("d-fuyang-mail", Role.REPORTER, "fuyang.reporter@example.test", "FUYANG");
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
		LocalDate deadline = today.plusDays(2);
		long id = open(committee, deadline.toString(), "LINAN", "FUYANG");
		// 富阳 has submitted: only 临安, still a draft, is reminded
		String fuyangZone = PLAN + "/rounds/" + id + "/zones/FUYANG";
		put(fuyang, fuyangZone, Map.of("values", Map.of(INDICATOR, "300")));
		post(fuyang, fuyangZone + "/submit", null);

		// four days before the deadline nothing is due (three days by default)
		assertThat(this.reminders.remindDue(deadline.minusDays(4))).isZero();

		// two days before it, once, however often the job runs
		assertThat(this.reminders.remindDue()).isEqualTo(1);
		assertThat(this.reminders.remindDue()).isZero();
		List<MimeMessage> mails = mailsTo("linan.reporter@example.test", 1);
		assertThat(mails.get(0).getSubject()).contains("填报提醒", "Reminder", "临安", deadline.toString());
		assertThat(body(mails.get(0))).contains("还有 2 天", "in 2 days", "填报中", "draft",
				BASE_URL + "/rounds/" + id + "/zones/LINAN");
		assertThat(this.notifications.list("d-linan-plain")).extracting(Notification::kind).containsExactly("due");

		// once overdue, one more, once
		assertThat(this.reminders.remindDue(deadline.plusDays(1))).isEqualTo(1);
		assertThat(this.reminders.remindDue(deadline.plusDays(1))).isZero();
		assertThat(this.reminders.remindDue(deadline.plusDays(2))).isZero();
		mails = mailsTo("linan.reporter@example.test", 2);
		assertThat(mails.get(1).getSubject()).contains("填报逾期", "Overdue");
		assertThat(body(mails.get(1))).contains("已逾期", "overdue", deadline.toString());
		assertThat(this.notifications.list("d-linan-plain")).extracting(Notification::kind)
			.containsExactly("overdue", "due");
		assertThat(this.notifications.list("d-linan-mail")).hasSize(2);
		assertThat(this.notifications.list("d-fuyang-mail")).isEmpty();

		// no further mail arrives, to anyone, however long one waits
		assertThat(MAIL.waitForIncomingEmail(1500, countAll() + 1)).isFalse();
		assertThat(mailsTo("linan.reporter@example.test", 2)).hasSize(2);
		assertThat(mailsTo("fuyang.reporter@example.test", 0)).isEmpty();
	}

	private TestRestTemplate as(String username, Role role, String email, String... zones) {
		if (this.accounts.findAccount(username).isEmpty()) {
			this.accounts.create(username, username, null, role, List.of(zones), false);
			this.accounts.setEmail(username, email);
		}
		String token = this.tokens.create(username, "reminder test");
		return new TestRestTemplate(new RestTemplateBuilder().rootUri("http://localhost:" + this.port)
			.defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token));
	}

	private static long open(TestRestTemplate committee, String deadline, String... zones) {
		ResponseEntity<JsonNode> opened = post(committee, PLAN + "/rounds", Map.of("year", 2024, "title", "2024 年度填报",
				"deadline", deadline, "indicators", List.of(INDICATOR), "zones", List.of(zones)));
		assertThat(opened.getStatusCode()).isEqualTo(HttpStatus.CREATED);
		return opened.getBody().get("id").asLong();
	}

	private static void put(TestRestTemplate http, String path, Object body) {
		assertThat(http.exchange(path, HttpMethod.PUT, json(body), JsonNode.class).getStatusCode())
			.isEqualTo(HttpStatus.OK);
	}

	private static ResponseEntity<JsonNode> post(TestRestTemplate http, String path, Object body) {
		return http.exchange(path, HttpMethod.POST, json(body), JsonNode.class);
	}

	private static HttpEntity<Object> json(Object body) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(MediaType.APPLICATION_JSON);
		return new HttpEntity<>(body, headers);
	}

	/** A page request with a personal token, redirects not followed. */
	private HttpResponse<String> page(String method, String path, String token)
			throws IOException, InterruptedException {
		return HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.build()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.method(method, HttpRequest.BodyPublishers.noBody())
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * The mails to an address, oldest first, once as many as expected have arrived (mail
	 * goes out on a thread of its own), or after a few seconds.
	 */
	private static List<MimeMessage> mailsTo(String address, int expected) throws MessagingException {
		long until = System.currentTimeMillis() + 10_000;
		List<MimeMessage> mails;
		do {
			mails = Arrays.stream(MAIL.getReceivedMessages()).filter((mail) -> isTo(mail, address)).toList();
		}
		while (mails.size() < expected && System.currentTimeMillis() < until && pause());
		return mails;
	}

	private static int countAll() {
		return MAIL.getReceivedMessages().length;
	}

	private static boolean isTo(MimeMessage mail, String address) {
		try {
			return Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
				.anyMatch((to) -> to.toString().equals(address));
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean pause() {
		try {
			Thread.sleep(100);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static String body(MimeMessage mail) throws IOException, MessagingException {
		return mail.getContent().toString();
	}

}
