package kr.sangsaeng.journeys;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One headless Chromium driven as a person would: it opens pages, types and clicks. On every page it arrives at,
 * it saves a screenshot at desktop and phone width under {@code target/screenshots/<journey>/} and checks the page
 * with axe-core (loaded from the classpath) and with the form rules of this application: every field has a label,
 * every error shown is tied to its field. What it finds is kept until {@link #accessibilityProblems()} is asked.
 */
final class Browser implements AutoCloseable {

	static final int DESKTOP = 1280;

	static final int PHONE = 390;

	private static final Duration PATIENCE = Duration.ofSeconds(20);

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private static final int TALLEST_SCREENSHOT = 7000;

	private static final String AXE_RESOURCE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";

	private static final String AXE = read(AXE_RESOURCE);

	private static final String RUN_AXE = """
			var done = arguments[arguments.length - 1];
			axe.run(document, { resultTypes: ['violations'] }).then(function (results) {
			  done(results.violations
			    .filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
			    .map(function (v) {
			      return v.id + ' (' + v.impact + '): ' + v.help + ' at '
			        + v.nodes.slice(0, 5).map(function (n) { return n.target.join(' '); }).join(', ');
			    }));
			}).catch(function (failure) { done(['axe-core could not run: ' + failure]); });
			""";

	/**
	 * The form rules axe-core cannot know: every field has a label; a field marked invalid says so to assistive
	 * technology and names its error with aria-describedby (on itself or on its fieldset); every error shown is
	 * named by an invalid field.
	 */
	private static final String CHECK_FORMS = """
			var problems = [];
			function describe(e) { return e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.name ? '[name=' + e.name + ']' : ''); }
			function ids(e) { return e ? (e.getAttribute('aria-describedby') || '').split(/\\s+/).filter(Boolean) : []; }
			document.querySelectorAll('input, select, textarea').forEach(function (field) {
			  var type = (field.getAttribute('type') || '').toLowerCase();
			  if (['hidden', 'submit', 'button', 'reset', 'image'].indexOf(type) >= 0) { return; }
			  var labelled = (field.labels && field.labels.length > 0) || field.getAttribute('aria-label')
			    || field.getAttribute('aria-labelledby');
			  if (!labelled) { problems.push('field without a label: ' + describe(field)); }
			  if (field.classList.contains('is-invalid')) {
			    if (field.getAttribute('aria-invalid') !== 'true') { problems.push('field marked invalid without aria-invalid: ' + describe(field)); }
			    var named = ids(field).concat(ids(field.closest('fieldset'))).some(function (id) {
			      var error = document.getElementById(id);
			      return error && (error.classList.contains('invalid-feedback') || error.getAttribute('role') === 'alert')
			        && error.textContent.trim() !== '';
			    });
			    if (!named) { problems.push('invalid field whose error is not tied to it: ' + describe(field)); }
			  }
			});
			document.querySelectorAll('.invalid-feedback').forEach(function (error) {
			  if (error.textContent.trim() === '') { return; }
			  var tied = error.id && Array.prototype.some.call(document.querySelectorAll('[aria-describedby]'), function (e) {
			    return ids(e).indexOf(error.id) >= 0;
			  });
			  if (!tied) { problems.push('error tied to no field: ' + error.textContent.trim()); }
			});
			return problems;
			""";

	private final ChromeDriver driver;

	private final Path profile;

	private final String baseUrl;

	private final WebDriverWait wait;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> pagesSeen = new HashSet<>();

	private String journey = "journey";

	private int pageNumber;

	private long screenshotNanos;

	private long checkNanos;

	private Browser(ChromeDriver driver, Path profile, String baseUrl) {
		this.driver = driver;
		this.profile = profile;
		this.baseUrl = baseUrl;
		this.wait = new WebDriverWait(driver, PATIENCE);
	}

	/**
	 * Starts Debian's Chromium through its own driver, so that Selenium Manager has nothing to find or fetch.
	 */
	static Browser start(int port) {
		if (!Chromium.installed()) {
			throw new IllegalStateException("CI is set but Chromium is missing at " + Chromium.BINARY + " or "
					+ Chromium.DRIVER + ": " + Chromium.INSTALL_HINT);
		}
		Path profile;
		try {
			profile = Files.createTempDirectory("sangsaeng-chromium-");
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, Chromium.DRIVER.toString());
		ChromeOptions options = new ChromeOptions();
		options.setBinary(Chromium.BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--no-first-run", "--no-default-browser-check", "--lang=en-US", "--window-size=" + DESKTOP + ",900",
				"--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Chromium.DRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		// As a person who asked for less motion: Bootstrap then scrolls at once, and clicks land where they aim.
		driver.executeCdpCommand("Emulation.setEmulatedMedia",
				Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, profile, "http://localhost:" + port);
	}

	/**
	 * Starts a new journey: signed out, its screenshots in a folder of their own, numbered from 01.
	 */
	void beginJourney(String name) {
		reportTimes();
		journey = name;
		screenshotNanos = 0;
		checkNanos = 0;
		pageNumber = 0;
		problems.clear();
		pagesSeen.clear();
		driver.manage().deleteAllCookies();
		deleteDirectory(SCREENSHOTS.resolve(name));
	}

	String url(String path) {
		return baseUrl + path;
	}

	String path() {
		return driver.getCurrentUrl().substring(baseUrl.length());
	}

	/**
	 * Types the address into the browser and arrives at the page called {@code page}.
	 */
	void open(String path, String page) {
		driver.get(url(path));
		arrived(page);
	}

	/**
	 * Clicks what leads to another page and arrives there.
	 */
	void clickThrough(WebElement element, String page) {
		Object leaving = markCurrentDocument();
		scrollIntoView(element);
		element.click();
		waitForAnotherDocument(leaving);
		arrived(page);
	}

	void clickThrough(By what, String page) {
		clickThrough(visible(what), page);
	}

	/**
	 * Presses keys on whatever has the focus and arrives at the page the keys lead to.
	 */
	void pressThrough(CharSequence key, String page) {
		Object leaving = markCurrentDocument();
		new Actions(driver).sendKeys(key).perform();
		waitForAnotherDocument(leaving);
		arrived(page);
	}

	/**
	 * Marks the document now shown, so that the next one can be told from it without holding on to any of its
	 * elements (which the browser may drop at any moment while it navigates).
	 */
	private Object markCurrentDocument() {
		return js("window.__journeyDocument = Math.random().toString(36).slice(2); return window.__journeyDocument;");
	}

	private void waitForAnotherDocument(Object leaving) {
		new WebDriverWait(driver, PATIENCE).ignoring(WebDriverException.class).until(driver -> {
			Object shown = js("return document.readyState === 'complete' ? (window.__journeyDocument || 'new') : null;");
			return shown != null && !shown.equals(leaving);
		});
	}

	/**
	 * The page has loaded: screenshots at both widths and the accessibility checks, once per page name.
	 */
	void arrived(String page) {
		wait.until(driver -> "complete".equals(js("return document.readyState")));
		if (!pagesSeen.add(page)) {
			return;
		}
		pageNumber++;
		String name = String.format("%02d-%s", pageNumber, page);
		long start = System.nanoTime();
		screenshot(name, DESKTOP);
		screenshot(name, PHONE);
		long photographed = System.nanoTime();
		check(name);
		screenshotNanos += photographed - start;
		checkNanos += System.nanoTime() - photographed;
	}

	/**
	 * How wide the first element {@code what} finds is laid out when the window is {@code viewport} pixels wide.
	 */
	double widthAt(int viewport, By what) {
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("width", viewport);
		metrics.put("height", 900);
		metrics.put("deviceScaleFactor", 1);
		metrics.put("mobile", viewport < 600);
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
		try {
			return ((Number) js("return arguments[0].getBoundingClientRect().width;", driver.findElement(what)))
				.doubleValue();
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	WebElement visible(By what) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(what));
	}

	List<WebElement> all(By what) {
		return driver.findElements(what);
	}

	String text(By what) {
		return visible(what).getText().strip();
	}

	void type(By field, String text) {
		WebElement input = visible(field);
		scrollIntoView(input);
		input.clear();
		input.sendKeys(text);
	}

	void click(By what) {
		WebElement element = wait.until(ExpectedConditions.elementToBeClickable(what));
		scrollIntoView(element);
		element.click();
	}

	void attach(By fileInput, Path file) {
		driver.findElement(fileInput).sendKeys(file.toAbsolutePath().toString());
	}

	/**
	 * The element that has the keyboard focus.
	 */
	WebElement focused() {
		return driver.switchTo().activeElement();
	}

	void press(CharSequence... keys) {
		new Actions(driver).sendKeys(keys).perform();
	}

	/**
	 * Presses Tab until the element with {@code id} has the focus, and returns how many presses that took.
	 */
	int tabTo(String id) {
		for (int presses = 1; presses <= 40; presses++) {
			press(Keys.TAB);
			if (id.equals(focused().getAttribute("id"))) {
				return presses;
			}
		}
		throw new AssertionError("Tab never reached #" + id + " on " + path());
	}

	/**
	 * Signs in on the sign-in page as a person would, and arrives at the home page.
	 */
	void signIn(String username, String password) {
		open("/login", "sign-in");
		type(By.id("username"), username);
		type(By.id("password"), password);
		clickThrough(By.cssSelector("main form button[type=submit]"), "home-" + username.replaceAll("[^A-Za-z0-9]+", "-"));
		assertThat(driver.findElements(By.id("sign-in-error"))).as("%s signs in", username).isEmpty();
	}

	/**
	 * Signs out through the menu under the user's name.
	 */
	void signOut() {
		click(By.cssSelector("header .dropdown-toggle"));
		clickThrough(By.cssSelector("header .user-menu button[type=submit]"), "signed-out");
	}

	/**
	 * Fetches {@code path} from the page, with the page's cookies, as a click on a link would; answers the status,
	 * the content type and the first bytes of the body.
	 */
	@SuppressWarnings("unchecked")
	Map<String, Object> fetch(String path) {
		return (Map<String, Object>) ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin', cache: 'no-store' }).then(function (response) {
				  return response.arrayBuffer().then(function (body) {
				    var bytes = new Uint8Array(body).slice(0, 8);
				    done({ status: response.status, type: response.headers.get('Content-Type'),
				      disposition: response.headers.get('Content-Disposition'),
				      start: String.fromCharCode.apply(null, bytes), length: body.byteLength });
				  });
				}).catch(function (failure) { done({ status: -1, type: String(failure) }); });
				""", path);
	}

	/**
	 * Clicks a download link and waits until Chromium has saved the file into {@code directory}: answers the file.
	 */
	Path download(By link, Path directory) {
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", directory.toAbsolutePath().toString()));
		Set<Path> before = filesIn(directory);
		click(link);
		return new WebDriverWait(driver, PATIENCE).until(ignored -> {
			Set<Path> now = filesIn(directory);
			now.removeAll(before);
			return now.stream()
				.filter(file -> !file.getFileName().toString().endsWith(".crdownload"))
				.findFirst()
				.orElse(null);
		});
	}

	private static Set<Path> filesIn(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.collect(Collectors.toCollection(HashSet::new));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	/**
	 * Reads JSON from {@code path} as a script on the page would: objects come back as maps, arrays as lists.
	 */
	Object fetchJson(String path) {
		return ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0], { headers: { Accept: 'application/json' }, cache: 'no-store' })
				  .then(function (response) { return response.json(); })
				  .then(done)
				  .catch(function (failure) { done('failed: ' + failure); });
				""", path);
	}

	Object js(String script, Object... arguments) {
		return ((JavascriptExecutor) driver).executeScript(script, arguments);
	}

	WebDriver driver() {
		return driver;
	}

	<T> T waitFor(Function<WebDriver, T> condition) {
		return wait.until(condition);
	}

	/**
	 * What axe-core and the form rules found on the pages of this journey, one line per problem and page.
	 */
	List<String> accessibilityProblems() {
		return List.copyOf(problems);
	}

	@Override
	public void close() {
		reportTimes();
		try {
			driver.quit();
		}
		finally {
			deleteDirectory(profile);
		}
	}

	private void reportTimes() {
		if (pageNumber > 0) {
			System.out.printf("Journey %s: %d pages, screenshots %.1f s, accessibility checks %.1f s%n", journey,
					pageNumber, screenshotNanos / 1e9, checkNanos / 1e9);
		}
	}

	private void scrollIntoView(WebElement element) {
		js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest', behavior: 'instant'});", element);
	}

	@SuppressWarnings("unchecked")
	private void check(String page) {
		if (!Boolean.TRUE.equals(js("return typeof window.axe !== 'undefined';"))) {
			js(AXE);
		}
		List<Object> found = new ArrayList<>((List<Object>) ((JavascriptExecutor) driver).executeAsyncScript(RUN_AXE));
		found.addAll((List<Object>) js(CHECK_FORMS));
		found.forEach(problem -> problems.add(page + " (" + path() + "): " + problem));
	}

	private void screenshot(String name, int width) {
		Map<String, Object> metrics = new LinkedHashMap<>();
		metrics.put("width", width);
		metrics.put("height", 900);
		metrics.put("deviceScaleFactor", 1);
		metrics.put("mobile", width < 600);
		driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
		try {
			long height = ((Number) js("return Math.max(document.documentElement.scrollHeight, "
					+ "document.body ? document.body.scrollHeight : 0);")).longValue();
			Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", width, "height",
					Math.min(Math.max(height, 1), TALLEST_SCREENSHOT), "scale", 1);
			Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
					Map.of("format", "png", "captureBeyondViewport", true, "optimizeForSpeed", true, "clip", clip));
			Path file = SCREENSHOTS.resolve(journey).resolve(name + "-" + width + ".png");
			Files.createDirectories(file.getParent());
			Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
		finally {
			driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
		}
	}

	private static String read(String resource) {
		try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException(resource + " is not on the test classpath (org.webjars.npm:axe-core)");
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

	private static void deleteDirectory(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException failure) {
			throw new UncheckedIOException(failure);
		}
	}

}
