package kr.sangsaeng;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kr.sangsaeng.applications.Applicant;
import kr.sangsaeng.applications.ApplicationContent;
import kr.sangsaeng.applications.GuaranteeApplications;
import kr.sangsaeng.applications.TestChecklists;
import kr.sangsaeng.applications.TestSmes;
import kr.sangsaeng.company.CompanyDetails;
import kr.sangsaeng.company.CompanyProfiles;
import kr.sangsaeng.company.CompanySignUp;
import kr.sangsaeng.company.OwnershipCertificates;
import kr.sangsaeng.company.internal.PartnerImports;
import kr.sangsaeng.disbursement.Claims;
import kr.sangsaeng.disbursement.DisbursementChannel;
import kr.sangsaeng.disbursement.LoanChangeKind;
import kr.sangsaeng.disbursement.LoanChanges;
import kr.sangsaeng.disbursement.Loans;
import kr.sangsaeng.identity.Accounts;
import kr.sangsaeng.identity.Actor;
import kr.sangsaeng.identity.Role;
import kr.sangsaeng.identity.SignedInUser;
import kr.sangsaeng.identity.internal.BankApiTokens;
import kr.sangsaeng.identity.internal.IssuedBankApiToken;
import kr.sangsaeng.program.CapacityLedger;
import kr.sangsaeng.program.ProgrammeAdministration;
import kr.sangsaeng.program.ProgrammeCode;
import kr.sangsaeng.program.TestProgrammes;
import kr.sangsaeng.review.ApprovalTerms;
import kr.sangsaeng.review.ReviewDecisions;
import kr.sangsaeng.shared.ApplicationId;
import kr.sangsaeng.shared.BankCode;
import kr.sangsaeng.shared.BusinessRegistrationNumber;
import kr.sangsaeng.shared.IndustrySection;
import kr.sangsaeng.shared.LocalizedName;
import kr.sangsaeng.shared.Percentage;
import kr.sangsaeng.shared.Region;
import kr.sangsaeng.shared.SeoulTime;
import kr.sangsaeng.shared.UploadedDocument;
import kr.sangsaeng.shared.Won;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may do what, for every route of the application: {@code access-matrix.csv} lists each route with the answer
 * that a visitor, each role, a bank's system and someone of the same role in another organisation get. The routes
 * are read from the application's request mappings, so that a new route without a line fails the build; then the
 * whole table is played against the application on PostgreSQL.
 */
@SangsaengTest
class AccessMatrixTests {

	static final String MATRIX = "access-matrix.csv";

	static final String PASSWORD = "Matrix-access-2026!";

	static final String WOORI_TOKEN = "demo-woori-token";

	/** The columns of the table after the method, pattern and path, in order. */
	static final List<String> ACTORS = List.of("anonymous", "SME_APPLICANT", "AGENCY_REVIEWER", "AGENCY_APPROVER",
			"BANK_OFFICER", "MINISTRY_OFFICIAL", "PROGRAM_ADMIN", "FUNDER", "bank-system");

	/** Who plays each role, signing in as people do; "sme" and "other-sme" are companies made for this test. */
	static final Map<String, String> PLAYERS = Map.ofEntries(Map.entry("AGENCY_REVIEWER", "kodit.reviewer"),
			Map.entry("AGENCY_APPROVER", "kodit.approver"), Map.entry("BANK_OFFICER", "woori.officer"),
			Map.entry("MINISTRY_OFFICIAL", "ministry"), Map.entry("PROGRAM_ADMIN", "admin"),
			Map.entry("FUNDER", "hyundai.funder"), Map.entry("ksure.reviewer", "ksure.reviewer"),
			Map.entry("ksure.approver", "ksure.approver"), Map.entry("ibk.officer", "ibk.officer"),
			Map.entry("kibo.reviewer", "kibo.reviewer"), Map.entry("kibo.approver", "kibo.approver"),
			Map.entry("posco.funder", "posco.funder"));



	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

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
	Loans loans;

	@Autowired
	PartnerImports partnerImports;

	@Autowired
	BankApiTokens bankApiTokens;

	@Autowired
	CompanyProfiles profiles;

	@Autowired
	OwnershipCertificates certificates;

	@Autowired
	CapacityLedger ledger;

	@Test
	void everyRouteOfTheApplicationHasALineInTheAccessMatrix() {
		Set<String> routes = routes();
		Set<String> listed = new TreeSet<>();
		matrix().forEach(line -> listed.add(line.route()));

		Set<String> missing = new TreeSet<>(routes);
		missing.removeAll(listed);
		Set<String> stale = new TreeSet<>(listed);
		stale.removeAll(routes);
		assertThat(missing).as("Routes without a line in src/test/resources/" + MATRIX
				+ " (say who may use them there)").isEmpty();
		assertThat(stale).as("Lines of " + MATRIX + " for routes the application no longer has").isEmpty();
	}

	@Test
	void everyoneGetsTheAnswerTheAccessMatrixGivesAndRefusalsChangeNothing() throws Exception {
		Fixtures fixtures = fixtures();
		TableVersions tables = new TableVersions(jdbc);
		Map<String, Caller> callers = callers(fixtures);
		List<Line> matrix = matrix();
		List<String> problems = new ArrayList<>();
		StringBuilder record = new StringBuilder();

		// Refusals first, while nothing allowed has changed the fixtures: each refused POST must leave every table
		// as it was.
		for (Line line : matrix) {
			Map<String, String> before = line.isPost() ? tables.now() : Map.of();
			for (Cell cell : line.cells()) {
				if (cell.expected().isRefusal()) {
					play(line, cell, callers, fixtures, problems);
				}
			}
			if (line.isPost()) {
				tables.changedSince(before)
					.forEach(table -> problems.add(line.route() + ": a refused request changed table " + table));
			}
		}
		// Then what is allowed: reading before changing.
		for (boolean posts : new boolean[] { false, true }) {
			for (Line line : matrix) {
				if (line.isPost() == posts) {
					for (Cell cell : line.cells()) {
						if (!cell.expected().isRefusal() && cell.expected() != Answer.NONE) {
							play(line, cell, callers, fixtures, problems);
						}
					}
				}
			}
		}
		if (Boolean.getBoolean("accessMatrix.record")) {
			for (Line line : matrix) {
				record.append(line.method()).append(',').append(line.pattern()).append(',').append(line.path());
				for (Cell cell : line.cells()) {
					record.append(',');
					if (cell.actor() != null && !ACTORS.contains(cell.actor())) {
						record.append(cell.actor()).append(':');
					}
					record.append(cell.actual == null ? "-" : cell.actual.code());
				}
				record.append('\n');
			}
			Files.writeString(Path.of("target", "access-matrix-actual.csv"), record);
		}
		assertThat(problems).as("Answers that differ from " + MATRIX).isEmpty();
	}

	private void play(Line line, Cell cell, Map<String, Caller> callers, Fixtures fixtures, List<String> problems) {
		String path = fixtures.resolve(line.path());
		Caller caller = callers.get(cell.actor());
		boolean api = path.startsWith("/api/");
		boolean operations = path.startsWith("/actuator") || path.startsWith("/v3/");
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header(HttpHeaders.ACCEPT, api || operations ? MediaType.APPLICATION_JSON_VALUE : "text/html");
		if (caller.token() != null) {
			request.header(HttpHeaders.AUTHORIZATION, "Bearer " + caller.token());
		}
		if (!line.isPost()) {
			request.GET();
		}
		else if (api) {
			request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON_VALUE)
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(BodyPublishers.ofString(path.endsWith("/status") ? "{\"status\":\"REPAID\"}"
						: "{\"amountWon\":1000000,\"disbursedOn\":\"" + LocalDate.now(SeoulTime.ZONE)
								+ "\",\"reference\":\"MATRIX-API\"}"));
		}
		else {
			request.header(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_FORM_URLENCODED_VALUE)
				.POST(BodyPublishers.ofString(caller.csrf() == null ? "" : "_csrf=" + caller.csrf()));
		}
		HttpResponse<String> response = caller.send(request.build());
		Answer actual = Answer.of(response);
		cell.actual = actual;
		String who = line.route() + " as " + cell.actor() + " (" + path + ")";
		if (actual != cell.expected()) {
			problems.add(who + ": expected " + cell.expected().code() + ", got " + actual.code() + " ("
					+ response.statusCode() + " " + response.headers().firstValue("Location").orElse("") + ")");
			return;
		}
		if (actual == Answer.FORBIDDEN || actual == Answer.NOT_FOUND || actual == Answer.UNAUTHORISED) {
			String type = response.headers().firstValue(HttpHeaders.CONTENT_TYPE).orElse("");
			if (api && !type.startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE)) {
				problems.add(who + ": the refusal is " + type + ", not a problem document");
			}
			if (operations && !type.contains("json")) {
				problems.add(who + ": the refusal is " + type + ", not JSON");
			}
			if (!api && !operations
					&& !(response.body().contains("class=\"error-page") && response.body().contains("app-navbar"))) {
				problems.add(who + ": the refusal is not an error page in the layout");
			}
		}
	}

	// The table

	enum Answer {

		/** Past the access rules: a page, a file, a redirect within the application, or a form's own errors. */
		OK("ok"),
		/** Sent to sign in. */
		LOGIN("login"),
		UNAUTHORISED("401"), FORBIDDEN("403"), NOT_FOUND("404"),
		/** The application failed: never expected. */
		FAILED("500"),
		/** Not played: no such caller for this route. */
		NONE("-");

		private final String code;

		Answer(String code) {
			this.code = code;
		}

		String code() {
			return code;
		}

		boolean isRefusal() {
			return this == LOGIN || this == UNAUTHORISED || this == FORBIDDEN || this == NOT_FOUND;
		}

		static Answer parse(String code) {
			for (Answer answer : values()) {
				if (answer.code.equals(code)) {
					return answer;
				}
			}
			throw new IllegalArgumentException("Not an answer in " + MATRIX + ": " + code);
		}

		static Answer of(HttpResponse<String> response) {
			int status = response.statusCode();
			String location = response.headers().firstValue("Location").orElse("");
			if (status >= 500) {
				return FAILED;
			}
			if (status == 302 && location.replaceFirst("^https?://[^/]+", "").equals("/login")) {
				return LOGIN;
			}
			return switch (status) {
				case 401 -> UNAUTHORISED;
				case 403 -> FORBIDDEN;
				case 404 -> NOT_FOUND;
				default -> OK;
			};
		}

	}

	static final class Cell {

		private final String actor;

		private final Answer expected;

		Answer actual;

		Cell(String actor, Answer expected) {
			this.actor = actor;
			this.expected = expected;
		}

		String actor() {
			return actor;
		}

		Answer expected() {
			return expected;
		}

	}

	record Line(String method, String pattern, String path, List<Cell> cells) {

		String route() {
			return method + " " + pattern;
		}

		boolean isPost() {
			return !method.equals("GET") && !method.equals("*");
		}

		String playedMethod() {
			return method.equals("*") ? "GET" : method;
		}

	}

	static List<Line> matrix() {
		List<Line> lines = new ArrayList<>();
		try {
			String text = new ClassPathResource(MATRIX).getContentAsString(StandardCharsets.UTF_8);
			for (String row : text.split("\n")) {
				if (row.isBlank() || row.startsWith("#")) {
					continue;
				}
				String[] fields = row.strip().split(",", -1);
				if (fields.length != 3 + ACTORS.size() + 1) {
					throw new IllegalStateException("A line of " + MATRIX + " needs " + (4 + ACTORS.size())
							+ " fields: " + row);
				}
				List<Cell> cells = new ArrayList<>();
				for (int i = 0; i < ACTORS.size(); i++) {
					cells.add(new Cell(ACTORS.get(i), Answer.parse(fields[3 + i].strip())));
				}
				String other = fields[3 + ACTORS.size()].strip();
				if (!other.equals("-")) {
					String[] playerAndAnswer = other.split(":");
					cells.add(new Cell(playerAndAnswer[0], Answer.parse(playerAndAnswer[1])));
				}
				lines.add(new Line(fields[0].strip(), fields[1].strip(), fields[2].strip(), cells));
			}
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		return lines;
	}

	/**
	 * Every route the application answers, as "METHOD pattern" ("*" for any method), from all its request
	 * mappings: the controllers', the error page's, the API description's and the operations endpoints'.
	 */
	Set<String> routes() {
		Set<String> routes = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : context.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> handler : mapping.getHandlerMethods().entrySet()) {
				if (isTestCode(handler.getValue().getBeanType())) {
					continue;
				}
				RequestMappingInfo info = handler.getKey();
				Set<String> methods = new TreeSet<>();
				info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
				if (methods.isEmpty()) {
					methods.add("*");
				}
				for (String pattern : info.getPatternValues()) {
					methods.forEach(method -> routes.add(method + " " + pattern));
				}
			}
		}
		return routes;
	}

	/** Controllers of the tests themselves, which the application does not have. */
	private static boolean isTestCode(Class<?> type) {
		return type.getProtectionDomain().getCodeSource() != null
				&& type.getProtectionDomain().getCodeSource().getLocation().toString().contains("test-classes");
	}

	// Who plays

	private Map<String, Caller> callers(Fixtures fixtures) {
		Map<String, Caller> callers = new LinkedHashMap<>();
		callers.put("anonymous", Caller.anonymous(port));
		callers.put("bank-system", Caller.bankSystem(WOORI_TOKEN));
		callers.put("ibk-system", Caller.bankSystem(fixtures.ibkToken()));
		callers.put("SME_APPLICANT", Caller.signIn(port, fixtures.sme().username(), PASSWORD));
		callers.put("other-sme", Caller.signIn(port, fixtures.otherSme().username(), PASSWORD));
		for (Map.Entry<String, String> player : PLAYERS.entrySet()) {
			callers.put(player.getKey(), Caller.signIn(port, player.getValue(), "demo1234!"));
		}
		return callers;
	}

	// What they ask for

	/**
	 * The things the table's paths name: {app} is the SME's application waiting for KODIT's review, {draft} its
	 * draft in another programme, {loan} its guaranteed loan from Woori Bank with one payment; the other SME has
	 * nothing of its own that the table asks for.
	 */
	record Fixtures(Applicant sme, Applicant otherSme, Map<String, String> values, String ibkToken) {

		String resolve(String path) {
			String resolved = path;
			for (Map.Entry<String, String> value : values.entrySet()) {
				resolved = resolved.replace("{" + value.getKey() + "}", value.getValue());
			}
			if (resolved.contains("{")) {
				throw new IllegalStateException("Nothing to put in " + path);
			}
			return resolved;
		}

	}

	/**
	 * A recommendation of Hyundai Motor's, carried by {@code application} when it is not {@code null}.
	 */
	private long recommendation(String businessNumber, ApplicationId application) {
		return jdbc.sql("insert into recommendation (funder_code, business_number, company_name, programme_code, "
				+ "agreement_code, tier, amount_won, valid_until, issued_by, issued_at, application_id) values "
				+ "('HYUNDAI', :number, '(주)행렬추천', 'HMG-KB-WOORI', 'HMG-KB-WOORI-KODIT', 1, 100000000, "
				+ "current_date + 30, 'hyundai.funder', now(), :application) returning id")
			.param("number", businessNumber)
			.param("application", application == null ? null : application.value())
			.query(Long.class)
			.single();
	}

	/**
	 * A tier-2 supplier the SME nominated to Hyundai Motor, waiting for its decision.
	 */
	private long nomination(Applicant sme) {
		return jdbc.sql("insert into supplier_nomination (funder_code, nominator_number, nominator_organisation, "
				+ "business_number, company_name, tier, status, nominated_by, nominated_at) values "
				+ "('HYUNDAI', :nominator, :organisation, :number, '(주)행렬납품', 2, 'NOMINATED', :by, now()) returning id")
			.param("nominator", sme.businessNumber())
			.param("organisation", sme.organisationId())
			.param("number", TestSmes.validBusinessNumber())
			.param("by", sme.username())
			.query(Long.class)
			.single();
	}

	private Fixtures fixtures() throws Exception {
		Applicant sme = smeWithAccount();
		Applicant otherSme = smeWithAccount();
		// carried by KODIT and KIBO: {app} goes to KODIT's agreement, which KIBO's staff do not see
		ProgrammeCode reviewed = sampleData().openProgrammeOfAgreements("AM", "KODIT", "KIBO");
		ProgrammeCode drafted = openProgramme();
		ProgrammeCode lent = openProgramme();

		ApplicationId app = applications.startDraft(sme, reviewed, content());
		long document = TestChecklists.complete(applications, sme, app, pdf());
		applications.submit(sme, app);

		ApplicationId draft = applications.startDraft(sme, drafted, content());
		long draftDocument = TestChecklists.complete(applications, sme, draft, pdf());

		ApplicationId loan = applications.startDraft(sme, lent, content());
		TestChecklists.complete(applications, sme, loan, pdf());
		applications.submit(sme, loan);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), loan,
				applications.details(loan).orElseThrow().application().version(),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		context.getBean(CertificateDeliveries.class).readyToPay(loan);
		long payment = loans
			.pay(new BankCode("WOORI"), loan, Won.of(10_000_000), LocalDate.now(SeoulTime.ZONE), "MATRIX-1", Actor.person("woori.officer", Role.BANK_OFFICER), DisbursementChannel.PAGE)
			.entryId();
		long loanChange = context.getBean(LoanChanges.class)
			.request(accounts.account("woori.officer").orElseThrow(), loan, new LoanChanges.Request(
					LoanChangeKind.AMOUNT_DOWN, Won.of(90_000_000), null, null, "접근 점검"))
			.id();
		ApplicationId defaulted = applications.startDraft(sme, lent, content());
		TestChecklists.complete(applications, sme, defaulted, pdf());
		applications.submit(sme, defaulted);
		decisions.approve(accounts.account("kodit.reviewer").orElseThrow(), defaulted,
				applications.details(defaulted).orElseThrow().application().version(),
				new ApprovalTerms(Won.of(100_000_000), Percentage.of("100"), Percentage.of("1"), null), "승인");
		context.getBean(CertificateDeliveries.class).readyToPay(defaulted);
		Actor wooriOfficer = Actor.person("woori.officer", Role.BANK_OFFICER);
		loans.pay(new BankCode("WOORI"), defaulted, Won.of(100_000_000), LocalDate.now(SeoulTime.ZONE), "MATRIX-2",
				wooriOfficer, DisbursementChannel.PAGE);
		loans.defaulted(new BankCode("WOORI"), defaulted, wooriOfficer);
		long claim = context.getBean(Claims.class)
			.file(new BankCode("WOORI"), defaulted, Won.of(50_000_000), Won.of(50_000_000),
					LocalDate.now(SeoulTime.ZONE), "MATRIX-CLAIM", wooriOfficer, DisbursementChannel.PAGE)
			.claim()
			.id();

		ProgrammeCode newProgramme = TestProgrammes.uniqueCode("AM");
		administration.create(newProgramme, TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000)),
				Won.of(10_000_000_000L), "admin");
		ProgrammeCode programmeToDelete = TestProgrammes.uniqueCode("AM");
		administration.create(programmeToDelete, TestProgrammes.draft(Won.of(500_000_000), Won.of(1_000_000_000)),
				Won.of(10_000_000_000L), "admin");

		String partner = TestSmes.validBusinessNumber();
		TestSmes.addPartner(jdbc, "HYUNDAI", partner, 1);
		UUID staged = partnerImports.upload("HYUNDAI", "partners.csv",
				("사업자등록번호,회사명,차수\r\n" + TestSmes.validBusinessNumber() + ",(주)행렬정밀,1\r\n")
					.getBytes(StandardCharsets.UTF_8),
				"admin");
		IssuedBankApiToken ibk = bankApiTokens.issue("IBK", "IBK 여신시스템 (접근 점검)", "admin");

		Map<String, String> values = new LinkedHashMap<>();
		values.put("app", Long.toString(app.value()));
		values.put("document", Long.toString(document));
		values.put("draft", Long.toString(draft.value()));
		values.put("draftDocument", Long.toString(draftDocument));
		values.put("draftProgramme", drafted.value());
		values.put("loan", Long.toString(loan.value()));
		values.put("payment", Long.toString(payment));
		values.put("defaultedLoan", Long.toString(defaulted.value()));
		values.put("claim", Long.toString(claim));
		values.put("loanChange", Long.toString(loanChange));
		values.put("programme", reviewed.value());
		values.put("newProgramme", newProgramme.value());
		values.put("programmeToDelete", programmeToDelete.value());
		values.put("funder", "HYUNDAI");
		values.put("partner", partner);
		values.put("import", staged.toString());
		values.put("importToDiscard", partnerImports.upload("HYUNDAI", "partners.csv",
				("사업자등록번호,회사명,차수\r\n" + TestSmes.validBusinessNumber() + ",(주)행렬기계,2\r\n")
					.getBytes(StandardCharsets.UTF_8),
				"admin")
			.toString());
		String ownPartner = TestSmes.validBusinessNumber();
		TestSmes.addPartner(jdbc, "HYUNDAI", ownPartner, 1);
		values.put("ownPartner", ownPartner);
		values.put("ownImport", partnerImports.upload("HYUNDAI", "partners.csv",
				("사업자등록번호,회사명,차수\r\n" + TestSmes.validBusinessNumber() + ",(주)행렬오토,1\r\n")
					.getBytes(StandardCharsets.UTF_8),
				"hyundai.funder")
			.toString());
		values.put("ownImportToDiscard", partnerImports.upload("HYUNDAI", "partners.csv",
				("사업자등록번호,회사명,차수\r\n" + TestSmes.validBusinessNumber() + ",(주)행렬부품,2\r\n")
					.getBytes(StandardCharsets.UTF_8),
				"hyundai.funder")
			.toString());
		values.put("recommendation", Long.toString(recommendation(ownPartner, null)));
		TestSmes.addPartner(jdbc, "HYUNDAI", sme.businessNumber(), 1);
		values.put("nomination", Long.toString(nomination(sme)));
		values.put("nominationToConfirm", Long.toString(nomination(sme)));
		values.put("nominationToRefuse", Long.toString(nomination(sme)));
		recommendation(sme.businessNumber(), app);
				values.put("token", Long.toString(ibk.token().id()));
		values.put("ownCertificate", Long.toString(confirmedCertificateOf(sme)));
		values.put("certificate", Long.toString(pendingCertificate()));
		values.put("certificateToConfirm", Long.toString(pendingCertificate()));
		values.put("certificateToRefuse", Long.toString(pendingCertificate()));
		values.put("account", Long.toString(jdbc.sql("select id from user_account where username = :username")
			.param("username", smeWithAccount().username())
			.query(Long.class)
			.single()));
		return new Fixtures(sme, otherSme, values, ibk.secret());
	}

	/**
	 * The business registration certificate a verified SME proved its number with, decided before this test.
	 */
	private long confirmedCertificateOf(Applicant sme) {
		return jdbc.sql("insert into ownership_certificate (organisation_id, business_number, file_name, media_type, "
				+ "size_bytes, sha256, content, uploaded_by, uploaded_at, status, decided_by, decided_at) values "
				+ "(:organisation, :number, 'certificate.pdf', 'application/pdf', :size, :sha, :content, :by, now(), "
				+ "'CONFIRMED', 'kodit.reviewer', now()) returning id")
			.param("organisation", sme.organisationId())
			.param("number", sme.businessNumber())
			.param("size", pdf().content().length)
			.param("sha", "0".repeat(64))
			.param("content", pdf().content())
			.param("by", sme.username())
			.query(Long.class)
			.single();
	}

	/**
	 * A certificate waiting for a check, uploaded by a company that signed up with a number of its own.
	 */
	private long pendingCertificate() {
		BusinessRegistrationNumber number = BusinessRegistrationNumber.parse(TestSmes.validBusinessNumber());
		SignedInUser claimant = profiles.register(new CompanySignUp(number,
				"claimant-" + number.digits() + "@matrix.example",
				PASSWORD, new CompanyDetails(new LocalizedName("(주)행렬인증", "Matrix Proof"), "김행렬",
						IndustrySection.C, Region.SEOUL, 12, Won.of(1_000_000_000), LocalDate.of(2015, 1, 5),
						"02-123-4567")));
		return certificates.upload(claimant, new UploadedDocument("사업자등록증.pdf", "application/pdf", pdf().content()))
			.id();
	}

	private Applicant smeWithAccount() {
		return sampleData().smeWithAccount(PASSWORD);
	}

	private ProgrammeCode openProgramme() {
		return sampleData().openProgramme("AM");
	}

	private SampleData sampleData() {
		return new SampleData(jdbc, passwordEncoder, administration, ledger);
	}

	private static ApplicationContent content() {
		return SampleData.content();
	}

	private static UploadedDocument pdf() {
		return SampleData.pdf();
	}

}
