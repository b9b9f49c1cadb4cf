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
    private static final AtomicInteger STEP = new AtomicInteger();

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
                "--user-data-dir=" + profile, "--window-size=" + WIDTH + ",900", "--lang=zh-CN");
        options.setExperimentalOption("mobileEmulation",
                Map.of("deviceMetrics", Map.of("width", WIDTH, "height", 800, "pixelRatio", 2.0)));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // The pages re-render after every answer: an element found a moment ago may be gone; look again.
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    /** Opens a portal route (the part after {@code #}) and waits until the page has rendered it. */
    Browser open(String route) {
        String url = RunningPlatform.GATEWAY + "/#" + route;
        if (driver.getCurrentUrl() != null && driver.getCurrentUrl().startsWith(RunningPlatform.GATEWAY)
                && "true".equals(js("return document.body.dataset.ready || ''"))) {
            // The old heading goes first, so that waiting for a heading waits for the new page.
            js("document.getElementById('page-title')?.remove(); location.hash = arguments[0]", route);
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
        open("/");
        click("#login");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(RunningPlatform.PASSWORD);
        driver.findElement(By.id("kc-login")).click();
        wait.until(d -> d.getCurrentUrl().startsWith(RunningPlatform.GATEWAY)
                && username.equals(js("return document.getElementById('who')?.textContent || ''")));
        return this;
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

    /**
     * Keeps a screenshot of this step as test output and checks the page fits the phone's width
     * without scrolling sideways.
     */
    void step(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            byte[] png = ((ChromeDriver) driver).getScreenshotAs(OutputType.BYTES);
            Files.write(SCREENSHOTS.resolve("%02d-%s.png".formatted(STEP.incrementAndGet(), name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
        assertThat(width).as("page %s scrolls sideways at %d px", name, WIDTH).isLessThanOrEqualTo(WIDTH);
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
