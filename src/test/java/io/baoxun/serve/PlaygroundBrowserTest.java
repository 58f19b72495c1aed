package io.baoxun.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The playground tried as a new user would, in a real browser: Debian's headless Chromium, driven
 * through its chromedriver. Where no browser is installed the tests say so and are skipped;
 * {@code .ci/run} installs one, so CI always runs them. Screenshots go to {@code target/}.
 */
class PlaygroundBrowserTest {
  private static final Path CHROMIUM = Path.of(System.getProperty("baoxun.chromium", "/usr/bin/chromium"));
  private static final Path CHROMEDRIVER = Path.of(System.getProperty("baoxun.chromedriver", "/usr/bin/chromedriver"));
  /** Generous: the machine is shared, and the first extraction warms the engine's caches. */
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static Path profile;
  private static ChromeDriver browser;
  private static Playground playground;

  @TempDir Path dir;

  private static final String NO_BROWSER = "NO BROWSER: " + CHROMIUM + " and " + CHROMEDRIVER
      + " are needed for the playground's browser test, which is SKIPPED."
      + " Install them: apt-get install -y chromium chromium-driver (.ci/run does).";

  private static boolean installed() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    if (!installed()) {
      System.err.println("\n" + "!".repeat(100) + "\n" + NO_BROWSER + "\n" + "!".repeat(100) + "\n");
      return;
    }
    profile = Files.createTempDirectory("baoxun-chromium");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    browser = new ChromeDriver(service, options);
    playground = Playground.builtIn();
  }

  @AfterAll
  static void stopBrowser() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (playground != null) {
      playground.close();
    }
    if (profile != null) {
      try (var files = Files.walk(profile)) {
        files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
      }
    }
  }

  /** Each test is reported as skipped, with the reason, where there is no browser. */
  @BeforeEach
  void needsABrowser() {
    Assumptions.assumeTrue(installed(), NO_BROWSER);
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, WAIT);
  }

  private void open(Playground p) {
    browser.get(p.base() + "/");
    waiting().until(d -> d.findElement(By.id("pack-status")).getText().startsWith("pack "));
  }

  private Object js(String script, Object... args) {
    return ((JavascriptExecutor) browser).executeScript(script, args);
  }

  private static void screenshot(String name) throws IOException {
    Path shot = Path.of("target", name);
    Files.createDirectories(shot.getParent());
    Files.write(shot, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
  }

  @Test
  void aPastedSeedParagraphShowsItsFactsHighlightedWithTheirRuleOnHover() throws IOException {
    open(playground);
    WebElement input = browser.findElement(By.id("input"));
    input.sendKeys(Playground.seedParagraph());
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc .f[data-type=TestingProgress]")));

    // What the page shows is what the API says for the text in the box, fact by fact.
    String typed = (String) js("return document.getElementById('input').value;");
    List<JsonNode> facts = new ArrayList<>();
    for (JsonNode r : playground.extract(typed).json()) {
      if (r.get("kind").asText().equals("fact")) {
        facts.add(r);
      }
    }
    assertThat(facts).extracting(f -> f.get("type").asText()).contains("Dateline", "TestingProgress", "Quantity", "Temporal");
    waiting().until(d -> d.findElements(By.cssSelector("#doc .f[id]")).size() == facts.size());
    for (JsonNode f : facts) {
      String id = f.get("id").asText();
      String shown = (String) js(
          "return [...document.querySelectorAll('#doc .f[data-fact=\"' + arguments[0] + '\"]')].map(e => e.textContent).join('');", id);
      assertThat(shown).as("the marks of %s", id).isEqualTo(f.get("text").asText());
      assertThat(browser.findElement(By.id("fact-" + id)).getAttribute("data-type")).isEqualTo(f.get("type").asText());
    }
    long listed = facts.stream().filter(f -> !f.get("rule").asText().startsWith("segment.")).count();
    assertThat(browser.findElements(By.cssSelector("#fact-list li"))).hasSize((int) listed);

    // Hover: the fields, the rule and the grammar rule with where it is written.
    JsonNode progress = facts.stream().filter(f -> f.get("type").asText().equals("TestingProgress")).findFirst().orElseThrow();
    WebElement mark = browser.findElement(By.id("fact-" + progress.get("id").asText()));
    new Actions(browser).moveToElement(mark, 2, 0).perform();
    WebElement tip = browser.findElement(By.id("tooltip"));
    waiting().until(ExpectedConditions.visibilityOf(tip));
    assertThat(tip.getText()).contains("TestingProgress", "bulletin.testing_progress", "grammar testingProgress", "grammar/Reports.g4:",
        "completed", "794000 人次", "85.35%");

    // Pick the fact in the side list: it is marked in the text, and its rule is the one to explain.
    browser.findElement(By.cssSelector("#fact-list li[data-fact=" + progress.get("id").asText() + "]")).click();
    assertThat(mark.getAttribute("class")).contains("selected");
    assertThat(new Select(browser.findElement(By.id("rule-select"))).getFirstSelectedOption().getAttribute("value"))
        .isEqualTo("bulletin.testing_progress");
    browser.findElement(By.id("explain-button")).click();
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("explain-output"), "fired"));
    assertThat(browser.findElement(By.id("explain-output")).getText()).contains("bulletin.testing_progress → TestingProgress");
    new Actions(browser).moveToElement(mark, 2, 0).perform();
    screenshot("playground.png");
  }

  @Test
  void aFailingCheckIsMarkedOnItsFactsAndListedFirst() throws IOException {
    open(playground);
    // Seven cases, but the parts add up to eight.
    String text = "我市现有7例无症状感染者，其中，高唐县2例，开发区5例，莘县1例。";
    js("const i = document.getElementById('input'); i.value = arguments[0]; i.dispatchEvent(new Event('input'));", text);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc .f.fail")));
    assertThat(browser.findElement(By.id("failing")).getText()).contains("bulletin.breakdown_sum", "total says 7");
    assertThat(browser.findElement(By.cssSelector("#doc .f.fail")).getAttribute("data-type")).isEqualTo("Breakdown");
    assertThat(browser.findElements(By.cssSelector("#fact-list li.fail"))).isNotEmpty();
    screenshot("playground-failing-check.png");
  }

  @Test
  void markupInThePastedTextIsShownAsTextAndNeverRuns() {
    open(playground);
    String text = "<script>window.__pwned = 1</script>截至3月20日12时，全市完成核酸检测518.3万人次。<img src=x onerror=\"window.__pwned = 2\">";
    js("const i = document.getElementById('input'); i.value = arguments[0]; i.dispatchEvent(new Event('input'));", text);
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc .f[data-type=Quantity]")));
    assertThat(js("return document.getElementById('doc').textContent;")).isEqualTo(text);
    assertThat(browser.findElements(By.cssSelector("#doc script, #doc img"))).isEmpty();
    assertThat(js("return window.__pwned === undefined;")).isEqualTo(true);
    assertThat(browser.findElement(By.id("doc")).getText()).contains("<script>window.__pwned = 1</script>");
  }

  @Test
  void aBrokenRuleFileShowsItsPlaceInThePageUntilItIsFixed() throws IOException {
    Path pack = Playground.copyPack(dir);
    try (Playground mine = Playground.of(pack)) {
      open(mine);
      js("const i = document.getElementById('input'); i.value = arguments[0]; i.dispatchEvent(new Event('input'));",
          "截至3月20日12时，全市完成核酸检测518.3万人次。");
      waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc .f[data-type=TestingProgress]")));

      Path rules = pack.resolve("rules/reports.rules");
      String good = Files.readString(rules, StandardCharsets.UTF_8);
      Files.writeString(rules, good + "\nrule broken.rule {\n  match (\n", StandardCharsets.UTF_8);
      waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("diagnostics")));
      assertThat(browser.findElement(By.id("diagnostic-list")).getText()).containsPattern("reports\\.rules:\\d+:\\d+: error: ");
      assertThat(browser.findElement(By.id("results")).isDisplayed()).isFalse();
      assertThat(browser.findElement(By.id("facts-panel")).isDisplayed()).as("facts of the pack as it was").isFalse();
      screenshot("playground-broken-pack.png");

      Files.writeString(rules, good, StandardCharsets.UTF_8);
      waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#doc .f[data-type=TestingProgress]")));
      assertThat(browser.findElement(By.id("diagnostics")).isDisplayed()).isFalse();
      assertThat(Optional.ofNullable(browser.findElement(By.id("pack-status")).getText())).hasValueSatisfying(s -> assertThat(s).contains("loaded 3 times"));
    }
  }
}
