package io.baoxun.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.baoxun.cli.Main;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The playground's JSON API and its network face, over HTTP as the page uses them. */
class PlaygroundServerTest {
  private static final String PROGRESS = "截至3月20日12时，全市完成核酸检测518.3万人次，完成比例88.10%。";

  private static Playground playground;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    playground = Playground.builtIn();
  }

  @AfterAll
  static void stop() {
    playground.close();
  }

  @Test
  void listensOn127001Only() throws IOException {
    InetSocketAddress bound = playground.server.address();
    assertThat(bound.getAddress().getHostAddress()).isEqualTo("127.0.0.1");
    assertThat(bound.getAddress().isLoopbackAddress()).isTrue();
    // Every other address of this machine refuses the port.
    List<InetAddress> others = new ArrayList<>();
    for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
      for (InetAddress a : Collections.list(nic.getInetAddresses())) {
        if (a instanceof Inet4Address && !a.isLoopbackAddress()) {
          others.add(a);
        }
      }
    }
    for (InetAddress a : others) {
      assertThatThrownBy(() -> {
            try (Socket s = new Socket()) {
              s.connect(new InetSocketAddress(a, bound.getPort()), 2000);
            }
          })
          .as("connecting through %s", a)
          .isInstanceOf(ConnectException.class);
    }
  }

  @Test
  void extractAnswersTheRecordsThatExtractPrintsAsOneArray() throws IOException {
    Path file = dir.resolve("paragraph.txt");
    Files.writeString(file, Playground.seedParagraph(), StandardCharsets.UTF_8);
    StringWriter out = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), "extract", file.toString());
    assertThat(status).isZero();
    List<JsonNode> printed = out.toString().lines().map(PlaygroundServerTest::json).toList();

    Playground.Reply r = playground.post("/api/extract?doc=" + java.net.URLEncoder.encode(file.toString(), StandardCharsets.UTF_8),
        Playground.seedParagraph());

    assertThat(r.status()).isEqualTo(200);
    assertThat(r.contentType()).startsWith("application/json");
    List<JsonNode> answered = StreamSupport.stream(r.json().spliterator(), false).toList();
    assertThat(answered).isEqualTo(printed);
    assertThat(answered).extracting(n -> n.get("type") == null ? "" : n.get("type").asText())
        .contains("Dateline", "TestingProgress", "Rate");
  }

  @Test
  void aPastedTextIsNamedDashLikeStandardInput() {
    JsonNode records = playground.extract(PROGRESS).json();
    assertThat(records.get(0).get("kind").asText()).isEqualTo("document");
    assertThat(records.findValuesAsText("doc")).containsOnly("-");
  }

  @Test
  void markupInTheTextComesBackAsJsonDataNeverAsAPage() {
    String text = "<script>alert(1)</script>" + PROGRESS + "<img src=x onerror=alert(2)>";
    Playground.Reply r = playground.extract(text);
    assertThat(r.status()).isEqualTo(200);
    // A browser never reads the answer as HTML: JSON, and no sniffing.
    assertThat(r.contentType()).isEqualTo("application/json; charset=utf-8");
    assertThat(r.raw().headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    JsonNode progress = find(r.json(), "TestingProgress");
    assertThat(progress.get("start").asInt()).isEqualTo("<script>alert(1)</script>".length());
    assertThat(r.json().get(0).get("chars").asInt()).isEqualTo(text.codePointCount(0, text.length()));
  }

  @Test
  void thePageItsScriptAndStyleAreServedWithAPolicyThatLoadsNothingElse() {
    Playground.Reply page = playground.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).startsWith("text/html");
    assertThat(page.body()).contains("/playground.js", "/playground.css").doesNotContain("http://", "https://");
    assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("default-src 'none'", "script-src 'self'", "connect-src 'self'");
    assertThat(playground.get("/playground.js").body()).contains("textContent").doesNotContain("innerHTML", "http://", "https://");
    assertThat(playground.get("/playground.css").contentType()).startsWith("text/css");
  }

  @Test
  void packListsFactTypesRulesWithTheirGrammarRuleChecksAndExamples() throws IOException {
    JsonNode pack = playground.get("/api/pack").json();
    assertThat(pack.get("ok").asBoolean()).isTrue();
    assertThat(pack.get("factTypes").findValuesAsText("name")).contains("TestingProgress", "CaseReport", "Quantity");
    JsonNode rule = byId(pack.get("rules"), "bulletin.testing_progress");
    assertThat(rule.get("type").asText()).isEqualTo("TestingProgress");
    assertThat(rule.get("examples").size()).isPositive();
    assertThat(rule.get("file").asText()).isEqualTo("rules/reports.rules");
    // The grammar place is where the grammar rule is written: that line starts with its name.
    JsonNode g = rule.get("grammar");
    List<String> lines = Files.readAllLines(Path.of(g.get("file").asText()), StandardCharsets.UTF_8);
    assertThat(lines.get(g.get("line").asInt() - 1).substring(g.get("column").asInt() - 1)).startsWith(rule.get("grammarRule").asText());
    JsonNode check = byId(pack.get("checks"), "bulletin.breakdown_sum");
    assertThat(check.get("severity").asText()).isIn("error", "warning");
    assertThat(check.get("examples").get(0).get("texts").size()).isPositive();
  }

  @Test
  void explainTellsWhyARuleFiredAndNamesAMistypedRule() {
    Playground.Reply r = playground.post("/api/explain",
        "{\"text\": \"" + PROGRESS + "\", \"rule\": \"bulletin.testing_progress\"}");
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.json().get("report").asText()).contains("fired", "bulletin.testing_progress → TestingProgress", "completed");

    Playground.Reply typo = playground.post("/api/explain", "{\"text\": \"x\", \"rule\": \"bulletin.testing_progres\"}");
    assertThat(typo.status()).isEqualTo(404);
    assertThat(typo.json().get("error").asText()).contains("did you mean 'bulletin.testing_progress'");

    assertThat(playground.post("/api/explain", "not json").status()).isEqualTo(400);
  }

  @Test
  void wrongMethodsPathsAndBodiesGetOneLineErrors() {
    assertThat(playground.get("/api/extract").status()).isEqualTo(405);
    assertThat(playground.post("/api/pack", "").status()).isEqualTo(405);
    Playground.Reply missing = playground.get("/etc/passwd");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).doesNotContain("\n");
  }

  @Test
  void aRequestNamingAnotherHostIsRefused() throws IOException {
    // What a page elsewhere sends through a DNS name rebound to 127.0.0.1.
    try (Socket s = new Socket(PlaygroundServer.LOOPBACK, playground.server.address().getPort())) {
      OutputStream out = s.getOutputStream();
      out.write("GET /api/pack HTTP/1.1\r\nHost: attacker.example:80\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      String reply = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(reply).startsWith("HTTP/1.1 403").doesNotContain("factTypes");
    }
  }

  @Test
  void theServerLoadsThePackAgainWhenARuleFileChanges() throws IOException {
    Path pack = Playground.copyPack(dir);
    try (Playground mine = Playground.of(pack)) {
      assertThat(find(mine.extract(PROGRESS).json(), "TestingProgress").get("rule").asText()).isEqualTo("bulletin.testing_progress");
      int before = mine.get("/api/pack").json().get("generation").asInt();

      Path rules = pack.resolve("rules/reports.rules");
      Files.writeString(rules, Files.readString(rules).replace("rule bulletin.testing_progress {", "rule mine.testing_progress {"));

      assertThat(find(mine.extract(PROGRESS).json(), "TestingProgress").get("rule").asText()).isEqualTo("mine.testing_progress");
      assertThat(mine.get("/api/pack").json().get("generation").asInt()).isEqualTo(before + 1);
      assertThat(mine.get("/api/generation").json().get("generation").asInt()).isEqualTo(before + 1);
      assertThat(mine.loads).extracting(PlaygroundServer.Status::ok).containsExactly(true, true);
    }
  }

  @Test
  void aBrokenPackAnswersWithItsDiagnosticsUntilItIsFixed() throws IOException {
    Path pack = Playground.copyPack(dir);
    try (Playground mine = Playground.of(pack)) {
      Path rules = pack.resolve("rules/reports.rules");
      String good = Files.readString(rules);
      int lines = good.split("\n", -1).length;
      Files.writeString(rules, good + "\nrule broken.rule {\n  match (\n");

      Playground.Reply r = mine.extract(PROGRESS);
      assertThat(r.status()).isEqualTo(503);
      JsonNode d = r.json().get("diagnostics").get(0);
      assertThat(d.get("file").asText()).endsWith("rules/reports.rules");
      assertThat(d.get("line").asInt()).isBetween(lines + 1, lines + 3);
      assertThat(d.get("column").asInt()).isPositive();
      assertThat(d.get("headline").asText()).matches(".*reports\\.rules:\\d+:\\d+: error: .*");
      assertThat(mine.get("/api/pack").json().get("ok").asBoolean()).isFalse();
      assertThat(mine.get("/api/generation").json().get("ok").asBoolean()).isFalse();

      Files.writeString(rules, good);
      assertThat(mine.extract(PROGRESS).status()).isEqualTo(200);
      assertThat(mine.loads).extracting(PlaygroundServer.Status::ok).containsExactly(true, false, true);
    }
  }

  private static JsonNode find(JsonNode records, String type) {
    for (JsonNode n : records) {
      if (n.get("kind").asText().equals("fact") && n.get("type").asText().equals(type)) {
        return n;
      }
    }
    throw new AssertionError("no " + type + " fact in " + records);
  }

  private static JsonNode byId(JsonNode items, String id) {
    for (JsonNode n : items) {
      if (n.get("id").asText().equals(id)) {
        return n;
      }
    }
    throw new AssertionError("no " + id);
  }

  private static JsonNode json(String line) {
    try {
      return Playground.JSON.readTree(line);
    } catch (IOException e) {
      throw new AssertionError(line, e);
    }
  }
}
