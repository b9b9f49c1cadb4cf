package cn.gov.platform.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One person's phone: Debian's headless Chromium, driven through Debian's chromedriver (paths set
 * explicitly, so Selenium Manager never tries to download a driver or a browser), emulating a
 * 375 px wide screen, with its own empty profile so that each person logs in afresh.
 */
final class Browser implements AutoCloseable {

    static final int WIDTH = 375;
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** Every step's axe-core findings (all impacts), for reading after a run. */
    static final Path AXE_REPORTS = Path.of("target", "axe");
    private static final AtomicInteger STEP = new AtomicInteger();
    /**
     * axe-core as npm installs it from e2e/package-lock.json (./platform runs {@code npm ci} in e2e
     * before the browser tests): read from disk and injected into each page, never from a CDN.
     */
    private static final Path AXE = Path.of(System.getProperty("axe.script", "node_modules/axe-core/axe.min.js"));
    private static String axeSource;

    /**
     * What a person must never read on a page: the raw codes and keys the services speak in.
     * Checked in every step over the visible text of the page, less what the person typed or
     * pasted and what is marked {@code data-raw} (a QR's own content, shown to be copied).
     */
    static final Map<String, java.util.regex.Pattern> RAW = Map.of(
            "an item code", java.util.regex.Pattern.compile("\\b[A-Z]{2,4}-\\d{3}\\b"),
            "a field key in camelCase", java.util.regex.Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]+\\b"),
            "a state or type code", java.util.regex.Pattern.compile("\\b[A-Z]{2,}(?:_[A-Z]+)+\\b|\\b(?:ACTIVE|VALID|REVOKED|SUSPENDED|EXPIRED|SUBMITTED|ACCEPTED|APPROVED|REJECTED|CLOSED|WITHDRAWN|OPEN|PENDING|DRAFT|PROMISED|IMMEDIATE|JOINT|RED|BLACK)\\b"),
            "a department code", java.util.regex.Pattern.compile("\\b(?:county|township|village|yuhai|weizhou)-[a-z0-9-]+\\b"),
            "a division code", java.util.regex.Pattern.compile("(?<![\\d-])6403\\d{8}(?![\\d-])"),
            "an account id", java.util.regex.Pattern.compile("\\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\b"));

    static {
        // Only this run's screenshots: an earlier run's steps would read as this one's.
        try (var old = Files.list(Files.createDirectories(SCREENSHOTS))) {
            old.filter(p -> p.toString().endsWith(".png")).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
    private static final String CHROMIUM = System.getProperty("browser.binary", "/usr/bin/chromium");
    private static final String DRIVER = System.getProperty("browser.driver", "/usr/bin/chromedriver");

    private static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

    final WebDriver driver;
    final WebDriverWait wait;
    private final Path profile;

    Browser() {
        assertThat(new File(CHROMIUM).canExecute()).as("Debian's chromium at " + CHROMIUM + " (./platform up installs it)").isTrue();
        assertThat(new File(DRIVER).canExecute()).as("Debian's chromium-driver at " + DRIVER + " (./platform up installs it)").isTrue();
        try {
            profile = Files.createTempDirectory("portal-browser");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-features=Translate,OptimizationHints,MediaRouter",
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900", "--lang=zh-CN",
                // Chromium refuses some ports outright (ERR_UNSAFE_PORT): 10080, the gateway of the
                // platform at offset 2000, is one of them; the platform's own ports are allowed.
                "--explicitly-allowed-ports=" + java.net.URI.create(RunningPlatform.GATEWAY).getPort() + ","
                        + java.net.URI.create(RunningPlatform.KEYCLOAK).getPort());
        // A page counts as loaded once its document is parsed and its module scripts ran (the portal
        // marks itself ready after that anyway): a slow image or font never holds up a command.
        options.setPageLoadStrategy(org.openqa.selenium.PageLoadStrategy.EAGER);
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", WIDTH, "height", 800, "pixelRatio", 2.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // Below Selenium's own 3-minute HTTP timeout, so a navigation that never finishes is reported
        // by the driver (and waited out by the caller) instead of breaking the session.
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // The pages re-render after every answer: an element found a moment ago may be gone; look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Opens a portal route (the part after {@code #}) and waits until the page has rendered it. */
    Browser open(String route) {
        String url = RunningPlatform.GATEWAY + "/#" + route;
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(RunningPlatform.GATEWAY)
                && "true".equals(js("return document.body.dataset.ready || ''"))) {
            // The old heading goes first, so that waiting for a heading waits for the new page. Setting
            // the hash the page already shows fires no hashchange (a page polled by reopening it, as
            // Steps.awaitIssued does, would wait for a heading that never comes back): announce it then.
            js("""
                    document.getElementById('page-title')?.remove();
                    if (location.hash === '#' + arguments[0]) {
                      window.dispatchEvent(new HashChangeEvent('hashchange'));
                    } else {
                      location.hash = arguments[0];
                    }""", route);
        } else {
            driver.get(url);
            wait.until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
        }
        wait.until(d -> !d.findElements(By.id("page-title")).isEmpty()
                && !d.findElement(By.id("page-title")).getText().isBlank());
        return this;
    }

    /** Logs in through Keycloak's own login page, as a person would, and comes back to the portal. */
    Browser login(String username) {
        return login(username, RunningPlatform.PASSWORD);
    }

    Browser login(String username, String password) {
        open("/");
        click("#login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        boolean submitAnswered = submitLogin();
        // Back through Keycloak's redirect and the portal's code exchange: on a busy machine the
        // navigation may outlast the page-load timeout once; the condition is simply asked again.
        try {
            if (!loggedInWithin(username, Duration.ofSeconds(45)) && (!submitAnswered || stillBeforeCodeExchange())) {
                // Seen in CI: one module of the page reached the gateway 60 s late and the page sat at
                // "Loading" with the code in the address. Reloading would send that code again, and
                // Keycloak refuses a code used once (CODE_TO_TOKEN_ERROR "invalid_code", seen when the
                // page had exchanged it just before). A person starts again from the portal instead:
                // Keycloak still has the session and sends them back with a new code.
                System.err.printf("Browser: %s's portal page stalled before the code exchange; logging in again from %s%n",
                        username, currentUrlOrWhyNot());
                try {
                    screenshot("login-stalled-" + username);
                } catch (org.openqa.selenium.WebDriverException hung) {
                    // A tab that does not answer has no picture to give; loginAgain opens a new one.
                }
                loginAgain(username, password);
            }
            new WebDriverWait(driver, Duration.ofSeconds(75))
                    .ignoring(org.openqa.selenium.TimeoutException.class)
                    .until(d -> loggedIn(username));
        } catch (org.openqa.selenium.TimeoutException e) {
            // Where the login got stuck (Keycloak's page and its message, or the portal) is the diagnosis.
            screenshot("login-stuck-" + username);
            throw new AssertionError("%s was not logged in within 120 s; the browser is at %s showing: %s".formatted(
                    username, driver.getCurrentUrl(), js("return document.body ? document.body.innerText.slice(0, 500) : ''")), e);
        }
        return this;
    }

    /**
     * Clicks Keycloak's "Sign in"; false when the click got no answer. Seen on a loaded machine
     * (2026-12-07, load 7-12 on 2 cores, JointApprovalJourneyIT): the click itself timed out with
     * "Timed out receiving message from renderer" while the tab followed the form's navigation. Whether
     * the form went is unknown then: the caller waits for the login and, failing that, starts again
     * from the portal (Keycloak's session answers at once if it did).
     */
    private boolean submitLogin() {
        try {
            driver.findElement(By.id("kc-login")).click();
            return true;
        } catch (org.openqa.selenium.TimeoutException hung) {
            System.err.printf("Browser: Keycloak's sign-in click got no answer from the tab (%s)%n",
                    String.valueOf(hung.getMessage()).lines().findFirst().orElse(""));
            return false;
        }
    }

    /**
     * Logs in again from the portal's start page; if the tab itself stopped answering, in a new tab.
     * Seen in CI (2026-12-07, JointApprovalJourneyIT, at a load below 2): after a stalled code
     * exchange the click on "登录" timed out with "Timed out receiving message from renderer", and the
     * same test passed at once on its own. A person would open a new tab: Keycloak's session cookie
     * is the browser's, not the tab's.
     */
    private void loginAgain(String username, String password) {
        try {
            loginAgainInThisTab(username, password);
        } catch (org.openqa.selenium.WebDriverException hung) {
            System.err.printf("Browser: the tab stopped answering (%s); logging %s in again in a new tab%n",
                    hung.getClass().getSimpleName(), username);
            driver.switchTo().newWindow(WindowType.TAB);
            loginAgainInThisTab(username, password);
        }
    }

    /** From the portal's start page: Keycloak's session answers at once, or its form is filled again. */
    private void loginAgainInThisTab(String username, String password) {
        driver.get(RunningPlatform.GATEWAY + "/#/");
        wait.until(d -> "true".equals(js("return document.body.dataset.ready || ''")));
        if (loggedIn(username)) {
            return;
        }
        click("#login");
        try {
            new WebDriverWait(driver, Duration.ofSeconds(15))
                    .until(d -> loggedIn(username) || !d.findElements(By.id("username")).isEmpty());
        } catch (org.openqa.selenium.TimeoutException e) {
            return;
        }
        if (!driver.findElements(By.id("username")).isEmpty()) {
            driver.findElement(By.id("username")).clear();
            driver.findElement(By.id("username")).sendKeys(username);
            driver.findElement(By.id("password")).sendKeys(password);
            driver.findElement(By.id("kc-login")).click();
        }
    }

    private boolean loggedIn(String username) {
        return driver.getCurrentUrl().startsWith(RunningPlatform.GATEWAY)
                && username.equals(js("return document.getElementById('who')?.textContent || ''"));
    }

    private boolean loggedInWithin(String username, Duration time) {
        try {
            new WebDriverWait(driver, time).ignoring(org.openqa.selenium.TimeoutException.class)
                    .until(d -> loggedIn(username));
            return true;
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        }
    }

    /** Back at the portal with Keycloak's code in the address, and the page never got to exchange it. */
    private boolean stillBeforeCodeExchange() {
        try {
            String url = driver.getCurrentUrl();
            return url.startsWith(RunningPlatform.GATEWAY) && url.contains("code=")
                    && !"true".equals(js("return document.body?.dataset.ready || ''"));
        } catch (org.openqa.selenium.WebDriverException hung) {
            return true; // the tab stopped answering: stalled too
        }
    }

    private String currentUrlOrWhyNot() {
        try {
            return driver.getCurrentUrl();
        } catch (org.openqa.selenium.WebDriverException hung) {
            return "a tab that does not answer (" + hung.getClass().getSimpleName() + ")";
        }
    }

    WebElement find(String css) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    WebElement visible(String css) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    /** Clicks once the element is clickable; a page that re-renders meanwhile is simply waited for again. */
    void click(String css) {
        wait.until(d -> {
            try {
                WebElement element = ExpectedConditions.elementToBeClickable(By.cssSelector(css)).apply(d);
                if (element == null) {
                    return false;
                }
                js("arguments[0].scrollIntoView({block: 'center'})", element);
                element.click();
                return true;
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }

    void type(String css, String text) {
        WebElement element = visible(css);
        element.clear();
        element.sendKeys(text);
    }

    /** Waits for the case page to show this state (the page re-renders after every action). */
    void waitForState(String css, String state) {
        wait.until(d -> {
            try {
                return d.findElements(By.cssSelector(css)).stream()
                        .anyMatch(e -> state.equals(e.getDomAttribute("data-state")));
            } catch (org.openqa.selenium.StaleElementReferenceException rerendered) {
                return false;
            }
        });
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Keeps a screenshot of the page as it is now in target/screenshots; gives back its file name. */
    String screenshot(String name) {
        String file = "%02d-%s".formatted(STEP.incrementAndGet(), name);
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve(file + ".png"), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Keeps a screenshot of this step as test output, checks the page fits the phone's width
     * without scrolling sideways, runs axe-core over it (no serious or critical violation) and
     * checks that no raw code or field key is shown where a person reads.
     */
    void step(String name) {
        String file = screenshot(name);
        long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        assertThat(width).as("page %s scrolls sideways at %d px", name, WIDTH).isLessThanOrEqualTo(WIDTH);
        accessible(file);
        noRawCodes(name);
    }

    /** axe-core over the whole page as it is now: serious and critical violations fail the step. */
    @SuppressWarnings("unchecked")
    void accessible(String file) {
        if (!Boolean.TRUE.equals(js("return typeof window.axe === 'object'"))) {
            js(axe());
        }
        Object answer = ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then((r) => done(JSON.stringify(r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.map((n) => ({ target: n.target.join(' '), html: n.html.slice(0, 200), summary: n.failureSummary })) })))))
                  .catch((e) => done(JSON.stringify([{ id: 'axe-error', impact: 'critical', help: String(e), nodes: [] }])));
                """);
        String json = String.valueOf(answer);
        try {
            Files.createDirectories(AXE_REPORTS);
            Files.writeString(AXE_REPORTS.resolve(file + ".json"), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> violations = JSON.readValue(json, List.class);
        List<String> serious = violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                .map(v -> v.get("impact") + " " + v.get("id") + " (" + v.get("help") + "): " + v.get("nodes"))
                .toList();
        assertThat(serious).as("axe-core on step %s", file).isEmpty();
    }

    private static synchronized String axe() {
        if (axeSource == null) {
            assertThat(AXE).as("axe-core at %s (./platform e2e runs npm ci in e2e)", AXE.toAbsolutePath()).isRegularFile();
            try {
                axeSource = Files.readString(AXE);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    /** The text a person reads on the page (less inputs and {@code data-raw} parts) holds no raw code. */
    void noRawCodes(String step) {
        String text = String.valueOf(js("""
                const copy = document.body.cloneNode(true);
                copy.querySelectorAll('[data-raw], input, textarea, select, script, [hidden]').forEach((n) => n.remove());
                document.body.append(copy); copy.hidden = false; copy.setAttribute('aria-hidden', 'true');
                const text = copy.innerText; copy.remove(); return text;
                """));
        RAW.forEach((what, pattern) -> {
            java.util.regex.Matcher m = pattern.matcher(text);
            if (m.find()) {
                throw new AssertionError("step %s shows %s where a person reads: \"%s\"".formatted(step, what,
                        text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 40))));
            }
        });
    }

    @Override
    public void close() {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
