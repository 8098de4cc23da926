package kr.sangsaeng;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import kr.sangsaeng.HostileValues.Hostile;
import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.OwnershipCertificates;
import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile input ({@code hostile-values.txt} and generated giants) thrown at every field of every form the pages
 * render and at every field of the bank API, over HTTP against the running application on PostgreSQL. The fields
 * are read from the rendered forms, so a new field is covered without changing this test. Whatever is sent, the
 * application never fails (no 5xx); a refusal is a page with the field's message, an error page in the layout or
 * a problem document, and changes no table; a value taken as legal text is shown escaped on the pages that show
 * it.
 */
@SangsaengTest
class HostileInputIT {

	static final String PASSWORD = "Hostile-input-2026!";

	static final List<Hostile> CORPUS = HostileValues.corpus();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CertificateDeliveries deliveries;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	ProgrammeAdministration administration;

	@Autowired
	GuaranteeApplications applications;

	@Autowired
	ReviewDecisions decisions;

	@Autowired
	Accounts accounts;

	@Autowired
	OwnershipCertificates certificates;

	@Autowired
	Loans loans;

	@Autowired
	Claims claims;

	SampleData sampleData;

	@Autowired
	CapacityLedger ledger;

	TableVersions tables;

	final List<String> problems = new ArrayList<>();

	@BeforeEach
	void prepare() {
		sampleData = new SampleData(jdbc, passwordEncoder, administration, ledger);
		tables = new TableVersions(jdbc);
	}

	@Test
	void theCorpusHoldsAtLeastTwoHundredHostileValuesOfEveryKindAsked() {
		assertThat(CORPUS).hasSizeGreaterThanOrEqualTo(200);
		assertThat(CORPUS.stream().map(Hostile::kind).distinct()).contains("negative amounts", "zero amounts",
				"huge and overflowing amounts", "full-width and other digits", "exponent notation and special numbers",
				"bad and lookalike business numbers", "SQL injection", "script and HTML injection",
				"control characters", "broken UTF-8", "CSV formula cells");
	}

	// Forms

	/** A form the pages render, to be posted by {@code role} with each field in turn replaced by hostile values. */
	record Target(String name, String role, Supplier<String> page, String action, Map<String, Supplier<String>> valid) {

		Target(String name, String role, Supplier<String> page, String action) {
			this(name, role, page, action, Map.of());
		}

	}

	/** A form as rendered: where it posts, how it is encoded, and the fields a browser would send untouched. */
	record HtmlForm(String action, boolean multipart, List<Map.Entry<String, String>> fields, List<String> fileFields) {

		static List<HtmlForm> on(String html, String method) {
			List<HtmlForm> forms = new ArrayList<>();
			for (Element form : parsed(html).select("form")) {
				if (!form.attr("method").equalsIgnoreCase(method) || form.attr("action").equals("/logout")) {
					continue;
				}
				List<Map.Entry<String, String>> fields = new ArrayList<>();
				List<String> files = new ArrayList<>();
				Set<String> radiosSeen = new java.util.HashSet<>();
				for (Element field : form.select("input[name], select[name], textarea[name]")) {
					String name = field.attr("name");
					String type = field.attr("type").toLowerCase();
					switch (field.tagName()) {
						case "select" -> {
							Element chosen = field.selectFirst("option[selected]");
							if (chosen == null) {
								chosen = field.select("option").stream()
									.filter(option -> !option.attr("value").isEmpty())
									.findFirst()
									.orElse(null);
							}
							fields.add(Map.entry(name, chosen == null ? "" : chosen.attr("value")));
						}
						case "textarea" -> fields.add(Map.entry(name, field.wholeText()));
						default -> {
							if (type.equals("file")) {
								files.add(name);
							}
							else if (type.equals("checkbox")) {
								if (field.hasAttr("checked")) {
									fields.add(Map.entry(name, field.attr("value")));
								}
							}
							else if (type.equals("radio")) {
								if (field.hasAttr("checked") && radiosSeen.add(name)) {
									fields.add(Map.entry(name, field.attr("value")));
								}
							}
							else if (!type.equals("submit") && !type.equals("button")) {
								fields.add(Map.entry(name, field.attr("value")));
							}
						}
					}
				}
				boolean multipart = form.attr("enctype").contains("multipart");
				forms.add(new HtmlForm(form.attr("action"), multipart, fields, files));
				// a second button may send the same fields elsewhere
				for (Element button : form.select("button[formaction], input[type=submit][formaction]")) {
					forms.add(new HtmlForm(button.attr("formaction"), multipart, fields, files));
				}
			}
			return forms;
		}

		List<String> names() {
			List<String> names = new ArrayList<>();
			fields.forEach(field -> {
				if (!field.getKey().equals("_csrf") && !names.contains(field.getKey())) {
					names.add(field.getKey());
				}
			});
			return names;
		}

		/** The fields with {@code name} sent once as {@code value} and the valid values filled in. */
		List<Map.Entry<String, byte[]>> with(String name, byte[] value, Map<String, Supplier<String>> valid) {
			List<Map.Entry<String, byte[]>> sent = new ArrayList<>();
			Set<String> filled = new java.util.HashSet<>();
			for (Map.Entry<String, String> field : fields) {
				String key = field.getKey();
				if (key.equals(name)) {
					if (filled.add(key)) {
						sent.add(Map.entry(key, value));
					}
				}
				else if (valid.containsKey(key)) {
					if (filled.add(key)) {
						sent.add(Map.entry(key, utf8(valid.get(key).get())));
					}
				}
				else {
					sent.add(Map.entry(key, utf8(field.getValue())));
				}
			}
			return sent;
		}

	}

	private List<Target> formTargets() {
		Applicant sme = sampleData.smeWithAccount(PASSWORD);
		// a technology firm and exporter: its profile form sends both declarations, and its draft in a programme of
		// three agreements offers every one of them
		jdbc.sql("update company_profile set technology_firm = true, exporter = true where organisation_id = :id")
			.param("id", sme.organisationId())
			.update();
		ProgrammeCode programme = sampleData.openProgrammeOfAgreements("HI", "KODIT", "KIBO", "K-SURE");
		ApplicationId draft = applications.startDraft(sme, programme, SampleData.content());
		TestChecklists.complete(applications, sme, draft, SampleData.pdf());
		ApplicationId loan = approvedLoan();
		String partner = TestSmes.validBusinessNumber();
		TestSmes.addPartner(jdbc, "HYUNDAI", partner, 1);
		// the capacity form of a programme of two agreements names the agreement
		ProgrammeCode limited = sampleData.draftProgrammeOfAgreements("HI", "KODIT", "KIBO");
		Applicant spare = sampleData.smeWithAccount(PASSWORD);
		Applicant claimant = sampleData.smeWithAccount(PASSWORD);
		jdbc.sql("update organisation set verification = 'UNVERIFIED' where id = :id")
			.param("id", claimant.organisationId())
			.update();
		TestSmes.addPartner(jdbc, "POSCO", claimant.businessNumber(), 2);
		jdbc.sql("update partner set contact_email = 'contact@claimed.example' where business_number = :number")
			.param("number", claimant.businessNumber())
			.update();

		String today = LocalDate.now(SeoulTime.ZONE).toString();
		return List.of(
				new Target("sign-up", "anonymous", () -> "/register", "/register",
						Map.of("businessRegistrationNumber", TestSmes::validBusinessNumber, "companyName",
								() -> "(주)적대정밀", "representativeName", () -> "김대표", "email",
								() -> "owner-" + UUID.randomUUID() + "@example.kr", "password", () -> PASSWORD,
								"passwordConfirm", () -> PASSWORD)),
				new Target("company profile", sme.username(), () -> "/company/profile", "/company/profile"),
				new Target("ownership code", claimant.username(), () -> "/company/verification",
						"/company/verification/confirm"),
				// each accepted refusal decides its certificate: every load of the page gets one still waiting
				new Target("certificate refusal", "kodit.reviewer",
						() -> "/agency/registration-certificates/" + pendingCertificate(), "/refuse",
						Map.of("reason", () -> "사업자등록증의 대표자 이름이 가입 정보와 다릅니다.")),
				new Target("application draft", sme.username(), () -> "/applications/" + draft.value() + "/edit",
						"/applications/" + draft.value()),
				new Target("application answer", "answerer", this::applicationAwaitingAnswer, "/answer",
						Map.of("answer", () -> "요청하신 재무제표를 첨부합니다.")),
				new Target("guarantee agreement", "answerer", this::approvedAwaitingAgreement, "/agreement",
						Map.of("representativeName", this::answererRepresentative)),
				new Target("take", "kodit.reviewer", () -> "/review/" + submitted().value(), "/take"),
				new Target("request information", "kodit.reviewer", () -> "/review/" + taken().value(),
						"/request-information", Map.of("message", () -> "재무제표를 보내 주십시오.")),
				new Target("reject", "kodit.reviewer", () -> "/review/" + taken().value(), "/reject",
						Map.of("explanation", () -> "매출 대비 차입금이 많습니다.")),
				new Target("approve", "kodit.reviewer", () -> "/review/" + taken().value(), "/approve",
						Map.of("amount", () -> "50,000,000")),
				new Target("release", "kodit.reviewer", () -> "/review/" + taken().value(), "/release"),
				new Target("confirm", "kodit.approver", () -> "/review/" + recommended().value(), "/confirm"),
				new Target("send back", "kodit.approver", () -> "/review/" + recommended().value(), "/send-back"),
				new Target("reassign", "kodit.approver", () -> "/review/" + recommended().value(), "/reassign"),
				new Target("payment", "woori.officer", () -> "/disbursements/" + loan.value(), "/payments",
						Map.of("amount", () -> "1000", "disbursedOn", () -> today, "reference", () -> "PAY-1")),
				new Target("monthly report", "woori.officer", () -> "/disbursements/" + loan.value(), "/monthly-reports",
						Map.of("month", () -> today.substring(0, 7), "balanceWon", () -> "1000", "status",
								() -> "CURRENT")),
				new Target("claim", "woori.officer", () -> "/disbursements/" + defaultedLoan().value(), "/claims",
						Map.of("coveredLossWon", () -> "1000", "claimedWon", () -> "1000", "defaultDate", () -> today,
								"reference", () -> "CLAIM-1")),
				new Target("bank's recovery", "woori.officer", () -> "/disbursements/" + paidClaim().loan().value(),
						"/claims/recoveries", Map.of("amountWon", () -> "1000", "recoveredOn", () -> today)),
				new Target("claim recommendation", "kodit.reviewer", () -> "/claims/" + filedClaim(), "/recommendation",
						Map.of("amountWon", () -> "10,000,000")),
				new Target("agency's recovery", "kodit.reviewer", () -> "/claims/" + paidClaim().id(), "/recoveries",
						Map.of("amountWon", () -> "1000", "recoveredOn", () -> today)),
				new Target("reversal", "woori.officer", () -> "/disbursements/" + approvedLoan().value(),
						"/reversal", Map.of("reason", () -> "이중 입력")),
				new Target("new programme", "admin", () -> "/admin/programmes/new", "/admin/programmes",
						Map.of("code", () -> TestProgrammes.uniqueCode("HX").value())),
				// a draft's code may be changed: each accepted edit leaves the next one a programme of its own
				new Target("programme edit", "admin",
						() -> "/admin/programmes/" + sampleData.draftProgramme("HI", Won.of(1_000_000_000)).value() + "/edit",
						"/admin/programmes/[^/]+"),
				new Target("capacity", "admin", () -> "/admin/programmes/" + limited.value(), "/capacity"),
				new Target("intake limit", "admin", () -> "/admin/programmes/" + limited.value(), "/intake"),
				new Target("capacity unit", "admin", () -> "/admin/programmes/" + limited.value(), "/capacity-unit",
						Map.of("reason", () -> "협약서의 한도 기준")),
				// the status forms of the detail page only ask; the confirmation page posts the change with its reason
				new Target("programme status", "admin",
						() -> "/admin/programmes/" + sampleData.draftProgramme("HI", Won.of(1_000_000_000)).value()
								+ "/status?target=OPEN",
						"/status", Map.of("reason", () -> "운영위원회 결정")),
				new Target("account disable", "admin", () -> "/admin/accounts/" + jdbc
					.sql("select id from user_account where username = :username")
					.param("username", spare.username())
					.query(Long.class)
					.single() + "/disable", "/disable", Map.of("reason", () -> "퇴사")),
				new Target("new partner", "admin", () -> "/admin/partners/HYUNDAI/new", "/admin/partners/HYUNDAI/new",
						Map.of("businessRegistrationNumber", TestSmes::validBusinessNumber)),
				new Target("partner edit", "admin", () -> "/admin/partners/HYUNDAI/" + partner + "/edit",
						"/edit"),
				new Target("funder's new partner", "hyundai.funder", () -> "/funder/partners/new",
						"/funder/partners/new", Map.of("businessRegistrationNumber", TestSmes::validBusinessNumber)),
				new Target("funder's partner edit", "hyundai.funder", () -> "/funder/partners/" + partner + "/edit",
						"/edit"),
				new Target("recommendation", "hyundai.funder", () -> "/funder/recommendations/new",
						"/funder/recommendations/new",
						Map.of("businessNumber", () -> partner, "agreementCode", () -> "HMG-KB-WOORI-KODIT", "tier",
								() -> "TIER_1", "amount", () -> "1억", "validUntil",
								() -> LocalDate.parse(today).plusDays(10).toString())),
				new Target("new API token", "admin", () -> "/admin/api-tokens/new", "/admin/api-tokens"),
				new Target("password reset request", "anonymous", () -> "/password-reset", "/password-reset",
						Map.of("email", () -> sme.username())),
				new Target("password change", sme.username(), () -> "/account/password", "/account/password",
						Map.of("currentPassword", () -> PASSWORD, "password", () -> "다른 새 비밀번호 하나 둘 셋",
								"passwordConfirm", () -> "다른 새 비밀번호 하나 둘 셋")),
				new Target("staff invitation", "admin", () -> "/admin/accounts/invite", "/admin/accounts/invite",
						Map.of("username", () -> "invited." + UUID.randomUUID().toString().substring(0, 8),
								"displayName", () -> "오초대", "email",
								() -> "invited-" + UUID.randomUUID() + "@kodit.example", "role",
								() -> "AGENCY_REVIEWER", "organisationCode", () -> "KODIT")));
		// closing a loan (repaid, defaulted, cancel), submitting, withdrawing, deleting and enabling an account are
		// forms of the CSRF token alone: the access matrix posts them
	}

	@Test
	void everyFormFieldRefusesHostileValuesByNameOrKeepsThemAsEscapedText() {
		long started = System.nanoTime();
		int posts = 0;
		for (Target target : formTargets()) {
			// -Dhostile.form=<name>,<name>,… sends the values to those forms alone
			if (!List.of(System.getProperty("hostile.form", target.name()).split(",")).contains(target.name())) {
				continue;
			}
			long targetStarted = System.nanoTime();
			int targetPosts = attack(target);
			System.out.printf("Hostile values: %s, %d posts in %d ms%n", target.name(), targetPosts,
					(System.nanoTime() - targetStarted) / 1_000_000);
			posts += targetPosts;
		}
		sweepPagesShowingStoredValues();
		System.out.printf("Hostile values: %d form posts in %d s%n", posts, (System.nanoTime() - started) / 1_000_000_000);
		assertThat(problems).as("Answers to hostile form input").isEmpty();
	}

	private final Map<String, Caller> callers = new LinkedHashMap<>();

	private Applicant answerer;

	private Caller callerFor(String role) {
		if (role.equals("anonymous")) {
			return Caller.anonymous(port);
		}
		if (role.equals("answerer")) {
			return callers.computeIfAbsent(role, unused -> Caller.signIn(port, answerer().username(), PASSWORD));
		}
		return callers.computeIfAbsent(role,
				username -> Caller.signIn(port, username, username.contains("@") ? PASSWORD : "demo1234!"));
	}

	record Loaded(Caller caller, HtmlForm form) {
	}

	private Loaded load(Target target) {
		Caller caller = callerFor(target.role());
		String page = target.page().get();
		HttpResponse<String> response = caller.send(get(page));
		assertThat(response.statusCode()).as(target.name() + ": " + page).isEqualTo(200);
		unescapedScripts(response.body()).forEach(found -> problems.add(page + " renders " + found));
		HtmlForm form = HtmlForm.on(response.body(), "post")
			.stream()
			.filter(candidate -> candidate.action().matches(".*" + target.action() + "(\\?.*)?"))
			.findFirst()
			.orElseThrow(() -> new AssertionError(target.name() + ": no form posting to " + target.action() + " on "
					+ page + " among " + HtmlForm.on(response.body(), "post").stream().map(HtmlForm::action).toList()
					+ " on a page saying: " + parsed(response.body()).text()));
		return new Loaded(caller, form);
	}

	/** Posts the form of {@code target} once for each field and hostile value; returns how many posts it made. */
	private int attack(Target target) {
		Loaded loaded = load(target);
		List<String> names = loaded.form().names();
		assertThat(names).as(target.name() + " has fields").isNotEmpty();
		int posts = 0;
		Map<String, String> before = tables.now();
		for (String name : names) {
			List<Hostile> values = valuesFor(FORM_SHARE);
			// the giants go to one field of each form: each costs megabytes, and the limit is per request. Not to
			// multipart forms: Tomcat answers one whose fields exceed 2 MB with a bare 400 of its own, before the
			// application can render a page
			if (name.equals(names.get(0)) && !loaded.form().multipart()) {
				values.addAll(HostileValues.giants());
			}
			for (Hostile value : values) {
				HttpResponse<String> response = post(loaded.caller(), loaded.form(),
						loaded.form().with(name, value.bytes(), target.valid()));
				posts++;
				String where = target.name() + " · " + name + " = " + value;
				if (judge(where, response, before)) {
					// taken, or sent back with a problem: what the form acts on may have moved on
					loaded = load(target);
					before = tables.now();
				}
			}
		}
		return posts;
	}

	/**
	 * Every value of the corpus for each field takes longer than a build can wait (about 30 000 requests), so each
	 * field gets one value of every {@code share}-th kind, kinds and values taken in turn so that neighbouring
	 * fields get the other kinds and the forms together receive the whole corpus; {@code -Dhostile.everything=true}
	 * sends each field the whole corpus.
	 */
	private List<Hostile> valuesFor(int share) {
		if (Boolean.getBoolean("hostile.everything")) {
			return new ArrayList<>(CORPUS);
		}
		Map<String, List<Hostile>> byKind = new LinkedHashMap<>();
		CORPUS.forEach(value -> byKind.computeIfAbsent(value.kind(), unused -> new ArrayList<>()).add(value));
		// NUL is the one character PostgreSQL cannot take in text at all: every field gets it
		List<Hostile> chosen = new ArrayList<>(CORPUS.stream().filter(value -> value.text().contains("\u0000")).toList());
		int kind = 0;
		for (List<Hostile> values : byKind.values()) {
			if ((kind++ + rotation) % share == 0) {
				chosen.add(values.get(rotation % values.size()));
			}
		}
		rotation++;
		return chosen;
	}

	/** Fields of forms get values of every second kind, fields of filters of every third, in turn. */
	static final int FORM_SHARE = 2;

	static final int FILTER_SHARE = 3;


	private int rotation;

	/**
	 * Checks one answer; true when it was a redirect (taken, or sent back with a problem), after which the form's
	 * page is loaded again and checked in turn.
	 */
	private boolean judge(String where, HttpResponse<String> response, Map<String, String> before) {
		int status = response.statusCode();
		if (status >= 500) {
			problems.add(where + ": failed with " + status);
			return true;
		}
		if (status >= 300 && status < 400) {
			String location = response.headers().firstValue(HttpHeaders.LOCATION).orElse("");
			if (location.startsWith("/") || location.startsWith("http://localhost:" + port)) {
				return true;
			}
			problems.add(where + ": redirected away to " + location);
			return true;
		}
		String body = response.body();
		if (status == 200 && !hasFieldMessage(body)) {
			problems.add(where + ": answered 200 without a message next to a field");
		}
		if (status >= 400 && !(body.contains("class=\"error-page") && body.contains("app-navbar"))) {
			problems.add(where + ": answered " + status + " without an error page in the layout");
		}
		unescapedScripts(body).forEach(found -> problems.add(where + ": the answer renders " + found));
		Set<String> changed = tables.changedSince(before);
		if (!changed.isEmpty()) {
			problems.add(where + ": refused (" + status + ") but changed " + changed);
		}
		return false;
	}

	/** A message next to a field, or above the form for a field the page does not show (a version). */
	private static boolean hasFieldMessage(String body) {
		return body.contains("is-invalid") || body.contains("invalid-feedback")
				|| body.contains("class=\"alert alert-danger\" role=\"alert\"");
	}

	/**
	 * Pages that show what the forms stored, as those who see them: none may render a stored script as one.
	 */
	private void sweepPagesShowingStoredValues() {
		Map<String, List<String>> pages = new LinkedHashMap<>();
		pages.put("kodit.reviewer", List.of("/review", "/review?status=REJECTED", "/programmes"));
		pages.put("kodit.approver", List.of("/review/approvals"));
		pages.put("woori.officer", List.of("/disbursements"));
		pages.put("ministry", List.of("/dashboard"));
		pages.put("admin", List.of("/admin/programmes", "/admin/partners/HYUNDAI", "/admin/api-tokens",
				"/admin/accounts", "/admin/audit"));
		pages.put("hyundai.funder", List.of("/funder/partners", "/funder/recommendations"));
		List<String> detailPages = jdbc.sql("select '/review/' || id from guarantee_application order by id desc limit 40")
			.query(String.class)
			.list();
		pages.forEach((role, paths) -> paths.forEach(path -> checkPage(role, path)));
		detailPages.forEach(path -> checkPage("kodit.reviewer", path));
		jdbc.sql("select '/admin/programmes/' || code from programme order by created_at desc limit 20")
			.query(String.class)
			.list()
			.forEach(path -> checkPage("admin", path));
	}

	private void checkPage(String role, String path) {
		HttpResponse<String> response = callerFor(role).send(get(path));
		if (response.statusCode() >= 500) {
			problems.add(path + " as " + role + ": failed with " + response.statusCode());
		}
		unescapedScripts(response.body()).forEach(found -> problems.add(path + " as " + role + " renders " + found));
	}

	/**
	 * The page as a browser reads it: jsoup takes U+FFFF for the end of its input, where browsers read on (a stored
	 * U+FFFF would otherwise hide the rest of the page from the checks).
	 */
	static Document parsed(String html) {
		return Jsoup.parse(html.replace('\uFFFF', '\uFFFD'));
	}

	/** Scripts, handlers, links and styles of the corpus that a page would run: empty when it escaped them all. */
	static List<String> unescapedScripts(String html) {
		List<String> found = new ArrayList<>();
		Document page = parsed(html);
		for (Element element : page.getAllElements()) {
			if ((element.tagName().equals("script") || element.tagName().equals("style"))
					&& (element.data().contains(HostileValues.SCRIPT_MARKER) || element.data().contains("display:none"))) {
				found.add("a <" + element.tagName() + "> element: " + abbreviated(element.outerHtml()));
			}
			if (element.tagName().equals("script") && element.attr("src").contains("evil.example")) {
				found.add("a script from evil.example");
			}
			for (Attribute attribute : element.attributes()) {
				String value = attribute.getValue().strip().toLowerCase();
				if (attribute.getKey().startsWith("on") && value.contains(HostileValues.SCRIPT_MARKER)) {
					found.add("a handler " + attribute.getKey() + " on <" + element.tagName() + ">");
				}
				if (LINKS.contains(attribute.getKey()) && value.startsWith("javascript:")
						|| element.tagName().equals("meta") && value.contains("url=javascript:")) {
					found.add("a javascript: " + attribute.getKey() + " on <" + element.tagName() + ">");
				}
			}
		}
		return found;
	}

	/** Attributes whose value a browser follows or runs. */
	private static final Set<String> LINKS = Set.of("href", "src", "action", "formaction", "xlink:href", "data");

	private static String abbreviated(String text) {
		return text.length() > 120 ? text.substring(0, 120) + "…" : text;
	}

	// Sending

	private HttpRequest get(String pathOrAddress) {
		String path = pathOrAddress.replaceFirst("^http://localhost:" + port, "").replaceFirst("#.*", "");
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header(HttpHeaders.ACCEPT, "text/html")
			.timeout(Duration.ofSeconds(60))
			.GET()
			.build();
	}

	private HttpResponse<String> post(Caller caller, HtmlForm form, List<Map.Entry<String, byte[]>> fields) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + form.action()))
			.header(HttpHeaders.ACCEPT, "text/html")
			.timeout(Duration.ofSeconds(60));
		if (form.multipart()) {
			Multipart body = new Multipart();
			fields.forEach(field -> body.field(field.getKey(), field.getValue()));
			form.fileFields().forEach(name -> body.file(name, "", "application/octet-stream", new byte[0]));
			body.sendWith(request);
		}
		else {
			request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				.POST(BodyPublishers.ofByteArray(urlEncoded(fields)));
		}
		return caller.send(request.build());
	}

	/** Percent-encodes the bytes as they are, so that broken UTF-8 arrives broken. */
	static byte[] urlEncoded(List<Map.Entry<String, byte[]>> fields) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		for (Map.Entry<String, byte[]> field : fields) {
			if (body.size() > 0) {
				body.write('&');
			}
			body.writeBytes(URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8).getBytes(StandardCharsets.US_ASCII));
			body.write('=');
			for (byte b : field.getValue()) {
				int unsigned = b & 0xff;
				if ((unsigned >= 'a' && unsigned <= 'z') || (unsigned >= 'A' && unsigned <= 'Z')
						|| (unsigned >= '0' && unsigned <= '9') || unsigned == '-' || unsigned == '.' || unsigned == '_') {
					body.write(unsigned);
				}
				else {
					body.writeBytes(String.format("%%%02X", unsigned).getBytes(StandardCharsets.US_ASCII));
				}
			}
		}
		return body.toByteArray();
	}

	/** A multipart/form-data body written byte by byte, so that it can also lie. */
	static final class Multipart {

		final String boundary = "----hostile" + UUID.randomUUID().toString().replace("-", "");

		final ByteArrayOutputStream body = new ByteArrayOutputStream();

		Multipart field(String name, byte[] value) {
			body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
			body.writeBytes(value);
			body.writeBytes(utf8("\r\n"));
			return this;
		}

		Multipart file(String name, String filename, String type, byte[] content) {
			body.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
					+ "\"; filename=\"" + filename + "\"\r\nContent-Type: " + type + "\r\n\r\n"));
			body.writeBytes(content);
			body.writeBytes(utf8("\r\n"));
			return this;
		}

		byte[] bytes() {
			ByteArrayOutputStream complete = new ByteArrayOutputStream();
			complete.writeBytes(body.toByteArray());
			complete.writeBytes(utf8("--" + boundary + "--\r\n"));
			return complete.toByteArray();
		}

		void sendWith(HttpRequest.Builder request) {
			request.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data; boundary=" + boundary)
				.POST(BodyPublishers.ofByteArray(bytes()));
		}

	}

	// Query parameters

	@Test
	void everyFilterOfTheListsAnswersHostileQueriesWithAPageOrARefusalNeverAFailure() {
		long started = System.nanoTime();
		int requests = 0;
		Map<String, List<String>> lists = new LinkedHashMap<>();
		lists.put("anonymous", List.of("/programmes"));
		lists.put("kodit.reviewer", List.of("/review"));
		lists.put("kodit.approver", List.of("/review/approvals"));
		lists.put("woori.officer", List.of("/disbursements"));
		lists.put("ministry", List.of("/dashboard", "/dashboard/breakdowns?programme=HMG-KB-WOORI",
				"/dashboard/index?programme=HMG-KB-WOORI"));
		lists.put("admin", List.of("/admin/audit", "/admin/accounts", "/admin/partners/HYUNDAI"));
		lists.put("hyundai.funder", List.of("/funder/partners", "/funder/recommendations"));
		for (Map.Entry<String, List<String>> list : lists.entrySet()) {
			Caller caller = list.getKey().equals("anonymous") ? Caller.visitor() : callerFor(list.getKey());
			for (String page : list.getValue()) {
				HttpResponse<String> response = caller.send(get(page));
				assertThat(response.statusCode()).as(page).isEqualTo(200);
				List<HtmlForm> filters = new ArrayList<>(HtmlForm.on(response.body(), "get"));
				// the parameters that the pages' own links carry: the page of a long list and the language
				String path = page.replaceFirst("\\?.*", "");
				filters.add(new HtmlForm(path, false, List.of(Map.entry("page", "1"), Map.entry("lang", "en")), List.of()));
				for (HtmlForm filter : filters) {
					for (String name : filter.names()) {
						// no giants: a query beyond Tomcat's 8 KB request line is refused before the application sees it
						for (Hostile value : valuesFor(FILTER_SHARE)) {
							String query = new String(urlEncoded(filter.with(name, value.bytes(), Map.of())),
									StandardCharsets.US_ASCII);
							String target = (filter.action().isEmpty() ? path : filter.action()) + "?" + query;
							HttpResponse<String> answer = caller.send(get(target));
							requests++;
							String where = "GET " + filter.action() + " · " + name + " = " + value;
							if (answer.statusCode() >= 500) {
								problems.add(where + ": failed with " + answer.statusCode());
							}
							else if (answer.statusCode() >= 400 && !(answer.body().contains("class=\"error-page")
									&& answer.body().contains("app-navbar"))) {
								problems.add(where + ": answered " + answer.statusCode() + " without an error page in the layout");
							}
							unescapedScripts(answer.body()).forEach(found -> problems.add(where + ": renders " + found));
						}
					}
				}
			}
		}
		System.out.printf("Hostile values: %d filter queries in %d s%n", requests,
				(System.nanoTime() - started) / 1_000_000_000);
		assertThat(problems).as("Answers to hostile queries").isEmpty();
	}

	// The bank API

	@Test
	void everyFieldOfTheBankApiAnswersHostileValuesWithAProblemDocumentOrKeepsThemAsText() {
		long started = System.nanoTime();
		int requests = 0;
		Caller bank = Caller.bankSystem("demo-woori-token");
		ApplicationId loan = approvedLoan();
		Map<String, String> valid = new LinkedHashMap<>();
		valid.put("amountWon", "1000");
		valid.put("disbursedOn", "\"" + LocalDate.now(SeoulTime.ZONE) + "\"");
		valid.put("reference", "\"HOSTILE-API\"");
		List<Hostile> giants = HostileValues.giants();
		for (String field : valid.keySet()) {
			List<Hostile> values = valuesFor(1);
			if (field.equals("reference")) {
				values.addAll(giants);
			}
			for (Hostile value : values) {
				for (byte[] written : jsonWritings(value)) {
					Map<String, String> before = tables.now();
					HttpResponse<String> answer = bank.send(apiPost("/api/v1/bank/loans/" + loan.value() + "/disbursements",
							json(valid, field, written)));
					requests++;
					judgeApi("disbursement · " + field + " = " + value, answer, before);
				}
			}
		}
		ApplicationId[] closing = { approvedLoan() };
		for (Hostile value : valuesFor(1)) {
			for (byte[] written : jsonWritings(value)) {
				Map<String, String> before = tables.now();
				HttpResponse<String> answer = bank.send(apiPost("/api/v1/bank/loans/" + closing[0].value() + "/status",
						json(Map.of("status", "\"REPAID\""), "status", written)));
				requests++;
				if (judgeApi("status · status = " + value, answer, before)) {
					closing[0] = approvedLoan();
				}
			}
		}
		Map<String, String> report = new LinkedHashMap<>();
		report.put("month", "\"" + YearMonth.now(SeoulTime.ZONE) + "\"");
		report.put("balanceWon", "1000");
		report.put("status", "\"ARREARS\"");
		report.put("daysInArrears", "3");
		ApplicationId[] reported = { approvedLoan() };
		for (String field : report.keySet()) {
			for (Hostile value : valuesFor(1)) {
				for (byte[] written : jsonWritings(value)) {
					Map<String, String> before = tables.now();
					HttpResponse<String> answer = bank.send(apiPost("/api/v1/bank/loans/" + reported[0].value()
							+ "/monthly-reports", json(report, field, written)));
					requests++;
					if (judgeApi("monthly report · " + field + " = " + value, answer, before)) {
						reported[0] = approvedLoan();
					}
				}
			}
		}
		Map<String, String> claim = new LinkedHashMap<>();
		claim.put("coveredLossWon", "1000");
		claim.put("claimedWon", "1000");
		claim.put("defaultDate", "\"" + LocalDate.now(SeoulTime.ZONE) + "\"");
		claim.put("reference", "\"HOSTILE-CLAIM\"");
		ApplicationId[] claimed = { defaultedLoan() };
		for (String field : claim.keySet()) {
			for (Hostile value : valuesFor(1)) {
				for (byte[] written : jsonWritings(value)) {
					Map<String, String> before = tables.now();
					HttpResponse<String> answer = bank.send(apiPost("/api/v1/bank/loans/" + claimed[0].value()
							+ "/claims", json(claim, field, written)));
					requests++;
					if (judgeApi("claim · " + field + " = " + value, answer, before)) {
						claimed[0] = defaultedLoan();
					}
				}
			}
		}
		Map<String, String> recovery = new LinkedHashMap<>();
		recovery.put("amountWon", "1000");
		recovery.put("recoveredOn", "\"" + LocalDate.now(SeoulTime.ZONE) + "\"");
		ApplicationId recovered = paidClaim().loan();
		for (String field : recovery.keySet()) {
			for (Hostile value : valuesFor(1)) {
				for (byte[] written : jsonWritings(value)) {
					Map<String, String> before = tables.now();
					HttpResponse<String> answer = bank.send(apiPost("/api/v1/bank/loans/" + recovered.value()
							+ "/claims/recoveries", json(recovery, field, written)));
					requests++;
					judgeApi("recovery · " + field + " = " + value, answer, before);
				}
			}
		}
		for (Hostile value : valuesFor(1)) {
			String key = value.text();
			HttpRequest request;
			try {
				request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/bank/loans/"
						+ loan.value() + "/disbursements"))
					.header(HttpHeaders.AUTHORIZATION, "Bearer demo-woori-token")
					.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
					.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
					.header("Idempotency-Key", key)
					.POST(BodyPublishers.ofByteArray(json(valid, "reference", utf8("\"KEY-" + UUID.randomUUID() + "\""))))
					.build();
			}
			catch (IllegalArgumentException notAHeaderValue) {
				continue; // control characters and non-ASCII cannot travel in a header at all
			}
			Map<String, String> before = tables.now();
			judgeApi("disbursement · Idempotency-Key = " + value, bank.send(request), before);
			requests++;
		}
		System.out.printf("Hostile values: %d bank API requests in %d s%n", requests,
				(System.nanoTime() - started) / 1_000_000_000);
		assertThat(problems).as("Answers of the bank API to hostile values").isEmpty();
	}

	@Test
	void bodiesThatAreNotJsonOrTooLargeAreRefusedWithProblemDocuments() {
		Caller bank = Caller.bankSystem("demo-woori-token");
		ApplicationId loan = approvedLoan();
		String path = "/api/v1/bank/loans/" + loan.value() + "/disbursements";
		Map<String, String> before = tables.now();
		List<Map.Entry<String, byte[]>> bodies = List.of(
				Map.entry("text/plain", utf8("amountWon=1000")),
				Map.entry("application/x-www-form-urlencoded", utf8("amountWon=1000&disbursedOn=2026-11-02")),
				Map.entry("application/x-www-form-urlencoded", utf8("reference=" + "A".repeat(3 * 1024 * 1024))),
				Map.entry("application/xml", utf8("<payment><amountWon>1000</amountWon></payment>")),
				Map.entry("multipart/form-data; boundary=x", utf8("--x\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n")),
				Map.entry("application/json", utf8("{\"amountWon\":1000,")),
				Map.entry("application/json", utf8("[1000]")),
				Map.entry("application/json", new byte[] { (byte) 0xff, (byte) 0xfe, '{', '}' }),
				Map.entry("application/json", utf8("{\"amountWon\":1000,\"amountWon\":2000}")),
				Map.entry("application/json", utf8("{\"amountWon\":999999999999,\"amountWon\":1000,\"disbursedOn\":\""
						+ LocalDate.now(SeoulTime.ZONE) + "\",\"reference\":\"R\"}")),
				Map.entry("application/json", utf8("{\"amountWon\":1000,\"disbursedOn\":\"" + LocalDate.now(SeoulTime.ZONE)
						+ "\",\"reference\":\"R\",\"reference\":\"S\"}")),
				Map.entry("application/json", utf8("{" + "\"a\":{".repeat(5000) + "}".repeat(5001))),
				Map.entry("application/json", new byte[0]));
		for (Map.Entry<String, byte[]> body : bodies) {
			HttpResponse<String> answer = bank.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header(HttpHeaders.AUTHORIZATION, "Bearer demo-woori-token")
				.header(HttpHeaders.CONTENT_TYPE, body.getKey())
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(BodyPublishers.ofByteArray(body.getValue()))
				.build());
			String where = body.getKey() + " «" + abbreviated(new String(body.getValue(), StandardCharsets.UTF_8)) + "»";
			assertThat(answer.statusCode()).as(where).isBetween(400, 499);
			assertThat(answer.headers().firstValue(HttpHeaders.CONTENT_TYPE)).as(where)
				.hasValueSatisfying(type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
			java.util.regex.Matcher twice = java.util.regex.Pattern.compile("\"(\\w+)\":[^,}]*,.*\"\\1\":")
				.matcher(new String(body.getValue(), StandardCharsets.UTF_8));
			if (body.getKey().equals("application/json") && twice.find()) {
				assertThat(answer.statusCode()).as(where).isEqualTo(400);
				assertThat(answer.body()).as(where).contains("\"field\":\"" + twice.group(1) + "\"");
			}
		}
		assertThat(tables.changedSince(before)).as("tables changed by refused bodies").isEmpty();
	}

	/** The value as a JSON string and, when it reads as a JSON value of its own, also as written. */
	private static List<byte[]> jsonWritings(Hostile value) {
		List<byte[]> writings = new ArrayList<>();
		ByteArrayOutputStream quoted = new ByteArrayOutputStream();
		quoted.write('"');
		for (byte b : value.bytes()) {
			int unsigned = b & 0xff;
			if (unsigned == '"' || unsigned == '\\') {
				quoted.write('\\');
				quoted.write(unsigned);
			}
			else if (unsigned < 0x20) {
				quoted.writeBytes(utf8(String.format("\\u%04x", unsigned)));
			}
			else {
				quoted.write(unsigned);
			}
		}
		quoted.write('"');
		writings.add(quoted.toByteArray());
		if (value.text().matches("-?[0-9][0-9.eE+-]*|true|false|null|\\[\\]|\\{\\}")) {
			writings.add(value.bytes());
		}
		return writings;
	}

	private static byte[] json(Map<String, String> fields, String replaced, byte[] value) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.write('{');
		fields.forEach((name, written) -> {
			if (body.size() > 1) {
				body.write(',');
			}
			body.writeBytes(utf8("\"" + name + "\":"));
			body.writeBytes(name.equals(replaced) ? value : utf8(written));
		});
		body.write('}');
		return body.toByteArray();
	}

	private HttpRequest apiPost(String path, byte[] body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header(HttpHeaders.AUTHORIZATION, "Bearer demo-woori-token")
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
			.header(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.timeout(Duration.ofSeconds(60))
			.POST(BodyPublishers.ofByteArray(body))
			.build();
	}

	/** True when the API took the request. */
	private boolean judgeApi(String where, HttpResponse<String> answer, Map<String, String> before) {
		int status = answer.statusCode();
		if (status >= 500) {
			problems.add(where + ": failed with " + status);
			return false;
		}
		if (status < 300) {
			return true;
		}
		String type = answer.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("");
		if (status < 400 || !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
			problems.add(where + ": answered " + status + " " + type + ", not a problem document");
		}
		Set<String> changed = tables.changedSince(before);
		if (!changed.isEmpty()) {
			problems.add(where + ": refused (" + status + ") but changed " + changed);
		}
		return false;
	}

	// Uploads and bodies that lie

	@Test
	void uploadsThatLieAboutWhatTheyAreOrAreTooLargeAreRefusedByNameAndSaveNothing() {
		Applicant sme = sampleData.smeWithAccount(PASSWORD);
		ApplicationId draft = applications.startDraft(sme, sampleData.openProgramme("HI"), SampleData.content());
		Caller caller = Caller.signIn(port, sme.username(), PASSWORD);
		String page = "/applications/" + draft.value();
		HtmlForm upload = HtmlForm.on(caller.send(get(page)).body(), "post")
			.stream()
			.filter(form -> form.action().endsWith("/documents"))
			.findFirst()
			.orElseThrow();
		byte[] pdf = utf8("%PDF-1.4\n%%EOF\n");
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
		refusesLyingUploads(caller, upload);
		List<String> hostileNames = List.of("<script>hostile(42)</script>.pdf", "\"><img src=x onerror=hostile(43)>.pdf",
				"../../../../etc/passwd.pdf", "제출\r\n서류.pdf", "a".repeat(500) + ".pdf", "=HYPERLINK(\"http://evil.example\").pdf");
		for (String name : hostileNames) {
			Multipart body = new Multipart().field("_csrf", utf8(caller.csrf()));
			body.file(upload.fileFields().get(0), name, "application/pdf", pdf);
			HttpResponse<String> answer = send(caller, upload.action(), body);
			assertThat(answer.statusCode()).as(name).isLessThan(500);
		}
		HttpResponse<String> detail = caller.send(get(page));
		assertThat(unescapedScripts(detail.body())).as("file names on the application's page").isEmpty();
		assertThat(jdbc.sql("select count(*) from application_document where file_name like '%/%' "
				+ "and application_id = :id").param("id", draft.value()).query(Long.class).single())
			.as("no stored file name keeps a path").isZero();

		Map<String, String> before = tables.now();
		Multipart whole = new Multipart().field("_csrf", utf8(caller.csrf()));
		for (int i = 0; i < 7; i++) {
			whole.file(upload.fileFields().get(0), "plan" + i + ".pdf", "application/pdf", tooLarge);
		}
		HttpResponse<String> tooMuch = send(caller, upload.action(), whole);
		assertThat(tooMuch.statusCode()).as("an upload over the request limit").isEqualTo(303);
		assertThat(tooMuch.headers().firstValue(HttpHeaders.LOCATION)).hasValueSatisfying(
				location -> assertThat(location).endsWith(page + "?tooLarge"));
		assertThat(tables.changedSince(before)).as("an upload over the request limit saves nothing").isEmpty();
	}

	/**
	 * Sends {@code upload} files that lie about what they are, are empty or too large: each is refused with a message
	 * and saves nothing.
	 */
	private void refusesLyingUploads(Caller caller, HtmlForm upload) {
		byte[] pdf = utf8("%PDF-1.4\n%%EOF\n");
		byte[] exe = new byte[2048];
		exe[0] = 'M';
		exe[1] = 'Z';
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13 };
		byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
		System.arraycopy(pdf, 0, tooLarge, 0, pdf.length);
		record Upload(String what, String name, String type, byte[] content) {
		}
		List<Upload> refused = List.of(new Upload("a program named .pdf", "사업계획서.pdf", "application/pdf", exe),
				new Upload("a program named .pdf without a type", "plan.pdf", "application/octet-stream", exe),
				new Upload("a PDF sent as an image", "plan.png", "image/png", pdf),
				new Upload("a PDF declared as PNG", "plan.pdf", "image/png", pdf),
				new Upload("a PNG named .pdf", "plan.pdf", "application/pdf", png),
				new Upload("HTML named .pdf", "plan.pdf", "application/pdf", utf8("<html><script>hostile(40)</script>")),
				new Upload("an SVG with a script", "logo.svg", "image/svg+xml",
						utf8("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"hostile(41)\"/>")),
				new Upload("an empty file", "plan.pdf", "application/pdf", new byte[0]),
				new Upload("a PDF one byte over 10 MB", "plan.pdf", "application/pdf", tooLarge));
		for (Upload file : refused) {
			Map<String, String> before = tables.now();
			Multipart body = new Multipart().field("_csrf", utf8(caller.csrf()));
			body.file(upload.fileFields().get(0), file.name(), file.type(), file.content());
			HttpResponse<String> answer = send(caller, upload.action(), body);
			assertThat(answer.statusCode()).as(file.what()).isLessThan(500);
			String shown = answer.statusCode() == 303 || answer.statusCode() == 302
					? caller.send(get(answer.headers().firstValue(HttpHeaders.LOCATION).orElseThrow())).body()
					: answer.body();
			assertThat(shown).as(file.what() + " is refused with a message").containsAnyOf("invalid-feedback", "alert-danger");
			assertThat(tables.changedSince(before)).as(file.what() + " saves nothing").isEmpty();
		}
	}

	@Test
	void certificatesThatLieAreRefusedNextToTheFieldAndHostileNamesShowEscaped() {
		Applicant claimant = sampleData.smeWithAccount(PASSWORD);
		jdbc.sql("update organisation set verification = 'UNVERIFIED' where id = :id")
			.param("id", claimant.organisationId())
			.update();
		Caller caller = Caller.signIn(port, claimant.username(), PASSWORD);
		HtmlForm upload = HtmlForm.on(caller.send(get("/company/verification")).body(), "post")
			.stream()
			.filter(form -> form.action().endsWith("/company/verification/certificate"))
			.findFirst()
			.orElseThrow();
		refusesLyingUploads(caller, upload);

		Caller visitor = Caller.anonymous(port);
		HtmlForm signUp = HtmlForm.on(visitor.send(get("/register")).body(), "post")
			.stream()
			.filter(form -> form.action().endsWith("/register"))
			.findFirst()
			.orElseThrow();
		assertThat(signUp.multipart()).as("sign-up takes a certificate").isTrue();
		Map<String, String> before = tables.now();
		Multipart lying = new Multipart().field("_csrf", utf8(visitor.csrf()));
		SampleData.signUpForm(TestSmes.validBusinessNumber(), "(주)거짓증명", "김거짓",
				"liar-" + UUID.randomUUID() + "@example.kr", PASSWORD)
			.forEach((name, value) -> lying.field(name, utf8(value)));
		lying.file("certificate", "사업자등록증.pdf", "application/pdf", utf8("<html><script>hostile(44)</script>"));
		HttpResponse<String> refused = send(visitor, signUp.action(), lying);
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("certificate-error", "is-invalid");
		assertThat(tables.changedSince(before)).as("a sign-up with a lying certificate signs nobody up").isEmpty();

		byte[] pdf = utf8("%PDF-1.4\n%%EOF\n");
		for (String name : List.of("<script>hostile(45)</script>.pdf", "\"><img src=x onerror=hostile(46)>.pdf",
				"../../../../etc/passwd.pdf", "=HYPERLINK(\"http://evil.example\").pdf")) {
			Multipart body = new Multipart().field("_csrf", utf8(caller.csrf()));
			body.file(upload.fileFields().get(0), name, "application/pdf", pdf);
			assertThat(send(caller, upload.action(), body).statusCode()).as(name).isLessThan(500);
			assertThat(unescapedScripts(caller.send(get("/company/verification")).body())).as(name).isEmpty();
		}
		long certificate = jdbc.sql("select max(id) from ownership_certificate where organisation_id = :organisation")
			.param("organisation", claimant.organisationId())
			.query(Long.class)
			.single();
		HttpResponse<String> check = callerFor("kodit.reviewer")
			.send(get("/agency/registration-certificates/" + certificate));
		assertThat(check.statusCode()).isEqualTo(200);
		assertThat(unescapedScripts(check.body())).as("the officer's check page").isEmpty();
		assertThat(unescapedScripts(callerFor("kodit.reviewer").send(get("/agency/registration-certificates")).body()))
			.isEmpty();
	}

	/**
	 * A certificate waiting for a check, uploaded by a company that has not proved its number.
	 */
	private long pendingCertificate() {
		Applicant claimant = sampleData.smeWithAccount(PASSWORD);
		jdbc.sql("update organisation set verification = 'UNVERIFIED' where id = :id")
			.param("id", claimant.organisationId())
			.update();
		return certificates.upload(accounts.account(claimant.username()).orElseThrow(),
				new UploadedDocument("사업자등록증.pdf", "application/pdf", utf8("%PDF-1.4\n%%EOF\n"))).id();
	}

	@Test
	void bodiesOfTheWrongTypeOrBrokenMultipartAreRefusedWithoutFailing() {
		Caller caller = callerFor("admin");
		String action = "/admin/api-tokens";
		String csrf = caller.csrf();
		Map<String, String> before = tables.now();
		List<Map.Entry<String, byte[]>> bodies = List.of(
				Map.entry("application/json", utf8("{\"_csrf\":\"" + csrf + "\",\"bankCode\":\"WOORI\"}")),
				Map.entry("text/plain", utf8("_csrf=" + csrf + "&bankCode=WOORI")),
				Map.entry("application/xml", utf8("<token><bankCode>WOORI</bankCode></token>")),
				Map.entry("multipart/form-data; boundary=x", utf8("--x\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
						+ csrf + "\r\n--x\r\nContent-Disposition: form-data; name=\"bankCode\"\r\n\r\nWOO")),
				Map.entry("multipart/form-data; boundary=y", utf8("--x\r\n\r\n--x--")),
				Map.entry("application/x-www-form-urlencoded; charset=EBCDIC-JP", utf8("_csrf=" + csrf + "&bankCode=%ZZ%")),
				Map.entry("application/x-www-form-urlencoded", utf8("_csrf=" + csrf + "&bankCode=%E0%A4%A&=&&==")));
		for (Map.Entry<String, byte[]> body : bodies) {
			HttpResponse<String> answer = caller.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
				.header(HttpHeaders.CONTENT_TYPE, body.getKey())
				.header(HttpHeaders.ACCEPT, "text/html")
				.POST(BodyPublishers.ofByteArray(body.getValue()))
				.build());
			String where = body.getKey() + " «" + abbreviated(new String(body.getValue(), StandardCharsets.UTF_8)) + "»";
			assertThat(answer.statusCode()).as(where).isBetween(200, 499);
			// a multipart body that breaks off Tomcat may refuse itself, with a bare 400, while it is read
			boolean refusedByTomcat = body.getKey().startsWith("multipart/") && answer.statusCode() == 400
					&& answer.body().isEmpty();
			if (answer.statusCode() >= 400 && !refusedByTomcat) {
				assertThat(answer.body()).as(where + " is answered in the layout").contains("class=\"error-page", "app-navbar");
			}
		}
		// a multipart type without its boundary Tomcat itself refuses, with a bare 400
		HttpResponse<String> withoutBoundary = caller.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header(HttpHeaders.CONTENT_TYPE, "multipart/form-data")
			.POST(BodyPublishers.ofByteArray(utf8("_csrf=" + csrf + "&bankCode=WOORI")))
			.build());
		assertThat(withoutBoundary.statusCode()).isEqualTo(400);
		assertThat(tables.changedSince(before)).as("tables changed by bodies of the wrong type").isEmpty();
	}

	@Test
	void aFormFarLargerThanAnyFieldTakesIsAnsweredWithATranslatedPageInTheLayoutAndSavesNothing() {
		Caller caller = callerFor("admin");
		ApplicationId loan = approvedLoan();
		Map<String, String> before = tables.now();
		byte[] body = utf8("_csrf=" + caller.csrf() + "&bankCode=WOORI&name=" + "A".repeat(3 * 1024 * 1024));
		for (String language : List.of("ko", "en")) {
			Caller reader = language.equals("ko") ? caller : Caller.visitor();
			reader.send(get("/login?lang=" + language));
			HttpResponse<String> answer = reader.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
					+ (language.equals("ko") ? "/admin/api-tokens" : "/register")))
				.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				.header(HttpHeaders.ACCEPT, "text/html")
				.POST(BodyPublishers.ofByteArray(body))
				.build());
			assertThat(answer.statusCode()).isEqualTo(413);
			assertThat(answer.body()).contains("class=\"error-page", "app-navbar")
				.contains(language.equals("ko") ? "입력한 내용이 너무 깁니다" : "The form is too large");
		}
		HttpResponse<String> api = Caller.bankSystem("demo-woori-token").send(HttpRequest.newBuilder(URI.create(
				"http://localhost:" + port + "/api/v1/bank/loans/" + loan.value() + "/disbursements"))
			.header(HttpHeaders.AUTHORIZATION, "Bearer demo-woori-token")
			.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
			.header("Idempotency-Key", UUID.randomUUID().toString())
			.POST(BodyPublishers.ofByteArray(body))
			.build());
		assertThat(api.statusCode()).isEqualTo(413);
		assertThat(api.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValueSatisfying(
				type -> assertThat(type).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE));
		assertThat(tables.changedSince(before)).isEmpty();
	}

	private HttpResponse<String> send(Caller caller, String action, Multipart body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + action))
			.header(HttpHeaders.ACCEPT, "text/html")
			.timeout(Duration.ofSeconds(120));
		body.sendWith(request);
		return caller.send(request.build());
	}

	// Partner lists

	@Test
	void formulaCellsOfAnImportedPartnerListComeOutOfTheExportAsText() throws Exception {
		Caller admin = callerFor("admin");
		String page = "/admin/partners/HYUNDAI/import";
		HtmlForm upload = HtmlForm.on(admin.send(get(page)).body(), "post").get(0);
		List<String> formulas = CORPUS.stream()
			.filter(value -> value.kind().equals("CSV formula cells"))
			.map(Hostile::text)
			.toList();
		StringBuilder csv = new StringBuilder("사업자등록번호,회사명,차수\r\n");
		List<String> numbers = new ArrayList<>();
		for (String formula : formulas) {
			String number = TestSmes.validBusinessNumber();
			numbers.add(number);
			csv.append(number).append(",\"").append(formula.replace("\"", "\"\"")).append("\",1\r\n");
		}
		csv.append(TestSmes.validBusinessNumber()).append(",\"<script>hostile(50)</script>\",1\r\n");
		Multipart body = new Multipart().field("_csrf", utf8(admin.csrf()));
		body.file(upload.fileFields().get(0), "=partners.csv", "text/csv", utf8(csv.toString()));
		HttpResponse<String> staged = send(admin, upload.action(), body);
		assertThat(staged.statusCode()).as("the list is staged").isEqualTo(302);
		String preview = staged.headers().firstValue(HttpHeaders.LOCATION).orElseThrow();
		HttpResponse<String> previewPage = admin.send(get(preview));
		assertThat(previewPage.statusCode()).isEqualTo(200);
		assertThat(unescapedScripts(previewPage.body())).as("the preview").isEmpty();
		HtmlForm importForm = HtmlForm.on(previewPage.body(), "post")
			.stream()
			.filter(form -> form.action().endsWith("/import"))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> imported = post(admin, importForm, importForm.with("", new byte[0], Map.of()));
		assertThat(imported.statusCode()).isEqualTo(302);
		assertThat(unescapedScripts(admin.send(get("/admin/partners/HYUNDAI?q=hostile")).body())).isEmpty();

		HttpResponse<String> export = admin.send(get("/admin/partners/HYUNDAI/export"));
		assertThat(export.statusCode()).isEqualTo(200);
		List<String> exportedNames = new ArrayList<>();
		for (org.apache.commons.csv.CSVRecord row : org.apache.commons.csv.CSVFormat.DEFAULT.parse(
				new java.io.StringReader(export.body().replace("\uFEFF", "")))) {
			if (row.size() > 1 && numbers.stream().anyMatch(number -> row.get(0).replace("-", "").equals(number))) {
				exportedNames.add(row.get(1));
			}
		}
		assertThat(exportedNames).as("the imported formula cells in the export").isNotEmpty();
		assertThat(exportedNames).allSatisfy(name -> assertThat(name).doesNotStartWith("=").doesNotStartWith("+")
			.doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t").doesNotStartWith("\r"));
	}

	// What the forms act on

	private Applicant answerer() {
		if (answerer == null) {
			answerer = sampleData.smeWithAccount(PASSWORD);
		}
		return answerer;
	}

	private SignedInUser staff(String username) {
		return accounts.account(username).orElseThrow();
	}

	private ApplicationId submitted(Applicant sme) {
		ApplicationId id = applications.startDraft(sme, sampleData.openProgramme("HI"), SampleData.content());
		TestChecklists.complete(applications, sme, id, SampleData.pdf());
		applications.submit(sme, id);
		return id;
	}

	private ApplicationId submitted() {
		return submitted(sampleData.smeWithoutAccount());
	}

	private ApplicationId taken() {
		ApplicationId id = submitted();
		decisions.take(staff("kodit.reviewer"), id, TestSmes.version(applications, id));
		return id;
	}

	private String applicationAwaitingAnswer() {
		ApplicationId id = submitted(answerer());
		SignedInUser reviewer = staff("kodit.reviewer");
		decisions.take(reviewer, id, TestSmes.version(applications, id));
		decisions.requestInformation(reviewer, id, TestSmes.version(applications, id), "재무제표를 보내 주십시오.", null);
		return "/applications/" + id.value();
	}

	private String approvedAwaitingAgreement() {
		ApplicationId id = submitted(answerer());
		decisions.approve(staff("kodit.reviewer"), id, TestSmes.version(applications, id),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		return "/applications/" + id.value() + "/agreement";
	}

	private String answererRepresentative() {
		return jdbc.sql("select representative_name from company_profile where organisation_id = :id")
			.param("id", answerer().organisationId())
			.query(String.class)
			.single();
	}

	private ApplicationId recommended() {
		Applicant sme = sampleData.smeWithoutAccount();
		ApplicationId id = applications.startDraft(sme, sampleData.openProgramme("HI", Won.of(50_000_000)),
				SampleData.content());
		TestChecklists.complete(applications, sme, id, SampleData.pdf());
		applications.submit(sme, id);
		SignedInUser reviewer = staff("kodit.reviewer");
		decisions.take(reviewer, id, TestSmes.version(applications, id));
		decisions.approve(reviewer, id, TestSmes.version(applications, id),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "추천");
		return id;
	}

	/** A loan of 100 million won guaranteed by KODIT and lent by Woori, with one payment of 10 million. */
	private ApplicationId approvedLoan() {
		ApplicationId id = submitted();
		decisions.approve(staff("kodit.reviewer"), id, TestSmes.version(applications, id),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		deliveries.readyToPay(id);
		loans.pay(new BankCode("WOORI"), id, Won.of(10_000_000), LocalDate.now(SeoulTime.ZONE), "HOSTILE-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE);
		return id;
	}

	/** A loan like {@link #approvedLoan()} that Woori reported in default. */
	private ApplicationId defaultedLoan() {
		ApplicationId id = approvedLoan();
		loans.defaulted(new BankCode("WOORI"), id, Actor.person("woori.officer", Role.BANK_OFFICER));
		return id;
	}

	/** A claim of the 10 million won paid on a defaulted loan, filed by Woori and not yet checked by KODIT. */
	private long filedClaim() {
		return claims.file(new BankCode("WOORI"), defaultedLoan(), Won.of(10_000_000), Won.of(10_000_000),
				LocalDate.now(SeoulTime.ZONE), "HOSTILE-CLAIM-" + UUID.randomUUID().toString().substring(0, 8),
				Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE).claim().id();
	}

	/** A claim of 10 million won that KODIT paid in full, with nothing recovered yet. */
	private kr.sangsaeng.disbursement.Claim paidClaim() {
		long claim = filedClaim();
		claims.recommend(staff("kodit.reviewer"), claim, Won.of(10_000_000), null);
		return claims.pay(staff("kodit.approver"), claim, LocalDate.now(SeoulTime.ZONE));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
