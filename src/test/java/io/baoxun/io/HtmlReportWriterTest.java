package io.baoxun.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.check.CheckPacks;
import io.baoxun.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --format html}, run as a user runs it, and the page read back with an HTML parser. */
class HtmlReportWriterTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SEED = "seeds/000_346f90c6c90c1c6c.txt";

  @TempDir Path dir;

  private static int run(String... args) {
    return Main.run(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), args);
  }

  private Document report(String... args) throws IOException {
    Path out = dir.resolve("report.html");
    List<String> all = new ArrayList<>(List.of("extract", "--format", "html", "--out", out.toString()));
    all.addAll(List.of(args));
    assertThat(run(all.toArray(String[]::new))).isZero();
    return Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
  }

  private static List<JsonNode> records(String... args) {
    StringWriter out = new StringWriter();
    List<String> all = new ArrayList<>(List.of("extract"));
    all.addAll(List.of(args));
    assertThat(Main.run(new PrintWriter(out), new PrintWriter(new StringWriter()), all.toArray(String[]::new))).isZero();
    return out.toString().lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new AssertionError(l, e);
      }
    }).toList();
  }

  @Test
  void theReportNeedsNothingFromTheNetworkAndRunsNoScript() throws IOException {
    Document page = report(SEED);
    for (Element e : page.getAllElements()) {
      for (Attribute a : e.attributes()) {
        if (a.getKey().equals("src") || a.getKey().equals("href")) {
          assertThat(a.getValue()).as("%s of <%s>", a.getKey(), e.tagName()).doesNotContainIgnoringCase("http:")
              .doesNotContainIgnoringCase("https:").doesNotStartWith("//");
        }
      }
    }
    assertThat(page.select("script, link, img, iframe, object, embed")).isEmpty();
    assertThat(page.select("meta[http-equiv=Content-Security-Policy]").attr("content")).contains("default-src 'none'");
    // Every link of the page leads somewhere in it.
    for (Element a : page.select("a[href^=#]")) {
      assertThat(page.getElementById(a.attr("href").substring(1))).as(a.attr("href")).isNotNull();
    }
  }

  @Test
  void everyFactIsMarkedInTheTextWithItsOwnTextAndListedInItsTypesTable() throws IOException {
    Document page = report(SEED);
    List<JsonNode> facts = records(SEED).stream().filter(r -> r.get("kind").asText().equals("fact")).toList();
    assertThat(facts).hasSizeGreaterThan(50);
    for (JsonNode f : facts) {
      String anchor = "d1-" + f.get("id").asText();
      Element mark = page.getElementById(anchor);
      assertThat(mark).as("mark of %s", f).isNotNull();
      // A fact that overlaps another without holding it is marked in pieces, each naming it.
      String pieces = page.select(".f[data-fact=" + anchor + "]").stream().map(Element::wholeText).collect(Collectors.joining());
      assertThat(pieces).as("text of %s", f.get("id")).isEqualTo(f.get("text").asText());
      assertThat(mark.attr("title")).contains(f.get("type").asText(), f.get("rule").asText());
      assertThat(page.getElementById("row-d1-" + f.get("id").asText())).isNotNull();
    }
    Map<String, Long> byType = facts.stream().collect(Collectors.groupingBy(f -> f.get("type").asText(), Collectors.counting()));
    for (Element table : page.select("section.doc details.facts")) {
      String type = table.selectFirst("summary").ownText().strip();
      assertThat(table.select("tbody tr")).as(type).hasSize(byType.get(type).intValue());
    }
    assertThat(page.select("section.doc details.facts")).hasSize(byType.size());
    // The grammar rule a fact came through is in its tooltip.
    assertThat(page.select(".f[title*=bulletin.testing_progress]").first().attr("title")).contains("grammar testingProgress");
  }

  @Test
  void documentTextIsEscapedInTheTextTheTablesAndTheTooltips() throws IOException {
    String text = "<script>alert(1)</script>截至3月20日12时，全市完成核酸检测518.3万人次，完成比例88.10%。<img src=x onerror=alert(2)>\"'";
    Path doc = dir.resolve("hostile<b>.txt");
    Files.writeString(doc, text, StandardCharsets.UTF_8);
    String html = Files.readString(reportFile(doc.toString()), StandardCharsets.UTF_8);
    assertThat(html).doesNotContain("<script", "<img", "<b>");
    Document page = Jsoup.parse(html);
    assertThat(page.select("script, img, b:not([class])")).isEmpty();
    assertThat(page.selectFirst(".doctext").wholeText()).isEqualTo(text);
    assertThat(page.select("section.doc h2").text()).endsWith("hostile<b>.txt");
  }

  private Path reportFile(String... args) {
    Path out = dir.resolve("report.html");
    List<String> all = new ArrayList<>(List.of("extract", "--format", "html", "--out", out.toString()));
    all.addAll(List.of(args));
    assertThat(run(all.toArray(String[]::new))).isZero();
    return out;
  }

  @Test
  void failingChecksComeFirstAndTheFallingSeriesPointIsMarked() throws IOException {
    String pack = CheckPacks.packDir().toString();
    String before = CheckPacks.pages().resolve("0320.txt").toString();
    String falls = CheckPacks.pages().resolve("0321-falls.txt").toString();
    Document page = report("--pack", pack, before, falls);

    Element first = page.selectFirst("main > section");
    assertThat(first.id()).isEqualTo("failing");
    assertThat(first.select("tbody tr")).hasSize(1);
    assertThat(first.text()).contains("bulletin.cumulative_monotone", "5062000 人次");

    // The failing finding names doc#id facts of both documents; their points are red on the plot.
    JsonNode finding = records("--pack", pack, before, falls).stream()
        .filter(r -> r.get("kind").asText().equals("finding") && r.get("status").asText().equals("fail"))
        .findFirst().orElseThrow();
    List<String> anchors = new ArrayList<>();
    for (JsonNode ref : finding.get("facts")) {
      String[] parts = ref.asText().split("#");
      anchors.add((parts[0].equals(before) ? "d1-" : "d2-") + parts[1]);
    }
    Element plot = page.select("#series figure").first();
    assertThat(plot.selectFirst("figcaption").text()).startsWith("TestingProgress");
    assertThat(plot.select("circle.fail")).extracting(c -> c.attr("data-fact")).containsExactlyInAnyOrderElementsOf(anchors);
    assertThat(plot.select("circle")).hasSizeGreaterThan(plot.select("circle.fail").size() - 1);
    // Their marks in the text, written before the check across documents spoke, are styled as failed.
    String style = page.selectFirst("head style").data();
    anchors.forEach(a -> assertThat(style).contains(".f[data-fact=\"" + a + "\"]"));
  }

  @Test
  void aDocumentsOwnFailingCheckIsListedInItsSectionAndMarksItsFacts() throws IOException {
    String pack = CheckPacks.packDir().toString();
    Document page = report("--pack", pack, CheckPacks.pages().resolve("0320-rate.txt").toString());
    Element doc = page.selectFirst("section.doc");
    assertThat(doc.selectFirst(".fails").text()).contains("bulletin.rate_consistent", "stated 97.8%");
    String ref = doc.selectFirst(".fails a").attr("href").substring(1);
    assertThat(page.getElementById(ref).classNames()).contains("fail");
    assertThat(page.getElementById("row-" + ref).classNames()).contains("fail");
  }

  @Test
  void anUnreadableInputIsReportedAndTheRunGoesOn() throws IOException {
    Path binary = dir.resolve("binary.txt");
    Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff});
    Path out = dir.resolve("report.html");
    int status = run("extract", "--format", "html", "--out", out.toString(), binary.toString(), SEED);
    assertThat(status).isEqualTo(3);
    Document page = Jsoup.parse(Files.readString(out, StandardCharsets.UTF_8));
    assertThat(page.selectFirst("section.doc.error").text()).contains("binary content");
    assertThat(page.select("section.doc:not(.error) .doctext")).hasSize(1);
  }

  @Test
  void theSameRunGivesTheSameBytes() throws IOException {
    Path a = dir.resolve("a.html");
    Path b = dir.resolve("b.html");
    assertThat(run("extract", "--format", "html", "--threads", "1", "--out", a.toString(), SEED)).isZero();
    assertThat(run("extract", "--format", "html", "--threads", "3", "--out", b.toString(), SEED)).isZero();
    assertThat(Files.readString(b)).isEqualTo(Files.readString(a));
  }

  @Test
  void anUnknownFormatNamesTheKnownOnes() {
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "extract", "--format", "pdf", SEED);
    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).contains("html");
  }
}
