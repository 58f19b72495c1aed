package io.baoxun.io;

import com.google.common.collect.Iterators;
import com.google.common.escape.Escaper;
import com.google.common.html.HtmlEscapers;
import io.baoxun.check.Finding;
import io.baoxun.fact.Display;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.Pack;
import io.baoxun.rule.Rule;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code extract --format html}: one self-contained page for a whole run, that opens from disk. At
 * the top what needs attention (the failing checks, then every check's tally, the fact types and
 * the series the facts form, plotted); then per document its failing checks, its text with every
 * fact marked (hover for fields, rule and grammar rule) and a table per fact type.
 *
 * <p>No script, no external resource: documents are untrusted input, so all their text is escaped,
 * and the page needs nothing but itself. Output is deterministic (no dates), like the JSON Lines.
 *
 * <p>The top of the page depends on the whole run, so document sections are spilled to a temporary
 * file as they come (memory stays bounded however large the corpus) and copied in at {@link
 * #close()}. Checks across documents are reported after all documents; the facts they failed are
 * marked through the page's style sheet, written last.
 */
public final class HtmlReportWriter implements ResultWriter {
  private static final Escaper HTML = HtmlEscapers.htmlEscaper();

  private final Writer out;
  private final Pack pack;
  private final Map<String, Integer> typeIndex = new LinkedHashMap<>();
  private final Deque<Input> pending = new ArrayDeque<>();
  private final Path spillFile;
  private final BufferedWriter spill;
  private final Map<String, Integer> docIndex = new HashMap<>();
  private final List<String> contents = new ArrayList<>();
  private final List<String> failingRows = new ArrayList<>();
  private final Set<String> failingAnchors = new LinkedHashSet<>();
  /** Facts failed by checks across documents, whose sections are already written. */
  private final Set<String> lateAnchors = new LinkedHashSet<>();
  private final Map<String, int[]> checkTally = new TreeMap<>();
  private final Map<String, Integer> factCounts = new HashMap<>();
  private final HtmlSeries series = new HtmlSeries();
  private int documents;
  private int unreadable;
  private int facts;

  /**
   * @param pack the pack the run uses: its fact types give the colours (in declaration order, the
   *     same on every run) and its rules the grammar rule each fact came from
   */
  public HtmlReportWriter(Writer out, Pack pack) throws IOException {
    this.out = out;
    this.pack = pack;
    pack.factTypes().keySet().forEach(this::typeIndex);
    this.spillFile = Files.createTempFile("baoxun-report", ".html.part");
    this.spill = Files.newBufferedWriter(spillFile, StandardCharsets.UTF_8);
  }

  /**
   * The inputs, passed through, kept until their results arrive: a result holds facts, not the
   * text they were found in, and the report shows the text. Results come in input order, one per
   * input, so the oldest input kept is the one a result is for.
   */
  public Iterator<Input> reading(Iterator<Input> inputs) {
    return Iterators.transform(inputs, in -> {
      pending.add(in);
      return in;
    });
  }

  @Override
  public void accept(DocumentResult result) {
    Input input = pending.poll();
    documents++;
    int n = documents;
    docIndex.put(result.doc(), n);
    try {
      if (result instanceof DocumentResult.Processed p) {
        Optional<String> text = input != null && input.name().equals(p.doc()) ? textOf(input) : Optional.empty();
        writeDocument(n, p, text);
      } else {
        unreadable++;
        DocumentResult.Failed f = (DocumentResult.Failed) result;
        contents.add("<li class=\"error\"><a href=\"#d" + n + "\">" + HTML.escape(f.doc()) + "</a>: " + HTML.escape(f.message()) + "</li>");
        spill.write("<section class=\"doc error\" id=\"d" + n + "\"><h2>" + HTML.escape(f.doc()) + "</h2>\n<p class=\"error\">"
            + HTML.escape(f.message()) + "</p></section>\n");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Optional<String> textOf(Input input) {
    if (input instanceof Input.Text t) {
      return Optional.of(t.text());
    }
    if (input instanceof Input.Bytes b && Decoder.decode(b.bytes()) instanceof DecodeResult.Decoded d) {
      return Optional.of(d.text());
    }
    return Optional.empty();
  }

  private void writeDocument(int n, DocumentResult.Processed p, Optional<String> text) throws IOException {
    String d = "d" + n;
    Map<String, List<Finding>> failedBy = new HashMap<>();
    List<Finding> fails = new ArrayList<>();
    List<Finding> others = new ArrayList<>();
    for (Finding fi : p.findings()) {
      tally(fi);
      if (fi.status().equals("fail")) {
        fails.add(fi);
        for (String id : fi.facts()) {
          failedBy.computeIfAbsent(id, k -> new ArrayList<>()).add(fi);
          failingAnchors.add(d + "-" + id);
        }
        failingRows.add(failingRow(n, p.doc(), fi, id -> d + "-" + id));
      } else {
        others.add(fi);
      }
    }
    facts += p.facts().size();
    contents.add("<li><a href=\"#" + d + "\">" + HTML.escape(p.doc()) + "</a> <span class=\"note\">" + p.facts().size()
        + " facts" + (fails.isEmpty() ? "" : ", <b class=\"bad\">" + fails.size() + " failed</b>") + "</span></li>");

    StringBuilder b = new StringBuilder();
    b.append("<section class=\"doc\" id=\"").append(d).append("\">\n<h2>").append(HTML.escape(p.doc())).append("</h2>\n");
    b.append("<p class=\"meta\">").append(HTML.escape(p.encoding())).append(" · ").append(p.chars()).append(" characters · ")
        .append(p.articles()).append(" articles · ").append(p.facts().size()).append(" facts · checks: ")
        .append(count(p.findings(), "fail")).append(" failed, ").append(count(p.findings(), "pass")).append(" passed, ")
        .append(count(p.findings(), "skip")).append(" skipped</p>\n");
    if (!fails.isEmpty()) {
      b.append("<div class=\"fails\"><h3>Failing checks</h3>\n<ul>\n");
      for (Finding fi : fails) {
        b.append("<li>").append(findingLine(fi, id -> d + "-" + id)).append("</li>\n");
      }
      b.append("</ul></div>\n");
    }

    List<HtmlHighlight.Mark> marks = new ArrayList<>();
    Map<String, List<Integer>> byType = new LinkedHashMap<>();
    for (int i = 0; i < p.facts().size(); i++) {
      Fact f = p.facts().get(i);
      String id = JsonLinesWriter.factId(i);
      String anchor = d + "-" + id;
      List<Finding> failed = failedBy.getOrDefault(id, List.of());
      // Facts no rule of the pack made (articles, from the segmenter) frame the others: not coloured.
      String css = "f t" + typeIndex(f.type()) + (pack.rule(f.rule()).isEmpty() ? " frame" : "") + (failed.isEmpty() ? "" : " fail");
      marks.add(new HtmlHighlight.Mark(f.span(), anchor, css, title(f, id, failed)));
      byType.computeIfAbsent(f.type(), k -> new ArrayList<>()).add(i);
      factCounts.merge(f.type(), 1, Integer::sum);
      series.add(f, anchor, p.doc() + " " + id);
    }
    b.append("<details class=\"text\" open><summary>Text</summary>\n");
    if (text.isPresent()) {
      b.append("<div class=\"doctext\">").append(HtmlHighlight.render(text.get(), marks)).append("</div>\n");
    } else {
      b.append("<p class=\"note\">The text is not available to the report; the facts are in the tables.</p>\n");
    }
    b.append("</details>\n");

    List<String> types = new ArrayList<>(byType.keySet());
    types.sort(java.util.Comparator.comparing(this::typeIndex));
    for (String type : types) {
      b.append(table(d, type, byType.get(type), p.facts(), failedBy));
    }
    if (!others.isEmpty()) {
      b.append("<details class=\"findings\"><summary>Checks that passed or could not decide (").append(others.size())
          .append(")</summary>\n<table><thead><tr><th>check</th><th>status</th><th>message</th><th>facts</th></tr></thead><tbody>\n");
      for (Finding fi : others) {
        b.append("<tr class=\"").append(fi.status()).append("\"><td>").append(HTML.escape(fi.check())).append("</td><td>")
            .append(HTML.escape(fi.status())).append("</td><td>").append(HTML.escape(fi.message())).append("</td><td>")
            .append(factLinks(fi.facts(), id -> d + "-" + id)).append("</td></tr>\n");
      }
      b.append("</tbody></table></details>\n");
    }
    b.append("</section>\n");
    spill.write(b.toString());
  }

  private String table(String d, String type, List<Integer> indices, List<Fact> all, Map<String, List<Finding>> failedBy) {
    Set<String> columns = new LinkedHashSet<>();
    indices.forEach(i -> columns.addAll(all.get(i).fields().keySet()));
    boolean anyFailed = indices.stream().anyMatch(i -> failedBy.containsKey(JsonLinesWriter.factId(i)));
    StringBuilder b = new StringBuilder();
    b.append("<details class=\"facts\"").append(anyFailed ? " open" : "").append("><summary><span class=\"sw t")
        .append(typeIndex(type)).append("\"></span>").append(HTML.escape(type)).append(" <span class=\"note\">(")
        .append(indices.size()).append(")</span></summary>\n<table><thead><tr><th>id</th><th>text</th>");
    for (String c : columns) {
      b.append("<th>").append(HTML.escape(c)).append("</th>");
    }
    b.append("<th>rule</th><th>failed checks</th></tr></thead><tbody>\n");
    for (int i : indices) {
      Fact f = all.get(i);
      String id = JsonLinesWriter.factId(i);
      List<Finding> failed = failedBy.getOrDefault(id, List.of());
      b.append("<tr id=\"row-").append(d).append('-').append(id).append('"').append(failed.isEmpty() ? "" : " class=\"fail\"")
          .append("><td><a href=\"#").append(d).append('-').append(id).append("\">").append(id).append("</a></td><td class=\"src\">")
          .append(HTML.escape(f.text())).append("</td>");
      for (String c : columns) {
        FieldValue v = f.fields().get(c);
        b.append("<td>").append(v == null ? "" : HTML.escape(Display.of(v))).append("</td>");
      }
      b.append("<td class=\"rule\">").append(HTML.escape(f.rule())).append("</td><td>");
      for (Finding fi : failed) {
        b.append("<span class=\"bad\" title=\"").append(HTML.escape(fi.message())).append("\">").append(HTML.escape(fi.check()))
            .append("</span> ");
      }
      b.append("</td></tr>\n");
    }
    return b.append("</tbody></table></details>\n").toString();
  }

  /** The tooltip of a fact's mark: what it is, where it came from, its fields, what it failed. */
  private String title(Fact f, String id, List<Finding> failed) {
    StringBuilder t = new StringBuilder();
    t.append(f.type()).append(' ').append(id).append(" · rule ").append(f.rule());
    pack.rule(f.rule()).map(Rule::grammarRule).ifPresent(g -> t.append(" · grammar ").append(g));
    for (Map.Entry<String, FieldValue> e : f.fields().entrySet()) {
      t.append('\n').append(e.getKey()).append(" = ").append(Display.of(e.getValue()));
    }
    for (Finding fi : failed) {
      t.append("\n✗ ").append(fi.check()).append(": ").append(fi.message());
    }
    return t.toString();
  }

  @Override
  public void writeFinding(String doc, Finding fi) {
    tally(fi);
    if (!fi.status().equals("fail")) {
      return;
    }
    // Across documents facts are named doc#id; the document is the last one of that name.
    java.util.function.Function<String, String> anchor = ref -> {
      int hash = ref.lastIndexOf('#');
      Integer n = hash < 0 ? docIndex.get(doc) : docIndex.get(ref.substring(0, hash));
      return n == null ? null : "d" + n + "-" + ref.substring(hash + 1);
    };
    fi.facts().stream().map(anchor).filter(java.util.Objects::nonNull).forEach(a -> {
      failingAnchors.add(a);
      lateAnchors.add(a);
    });
    failingRows.add(failingRow(docIndex.getOrDefault(doc, 0), doc, fi, anchor));
  }

  private String failingRow(int n, String doc, Finding fi, java.util.function.Function<String, String> anchor) {
    return "<tr><td>" + (n > 0 ? "<a href=\"#d" + n + "\">" + HTML.escape(doc) + "</a>" : HTML.escape(doc)) + "</td><td>"
        + HTML.escape(fi.check()) + "</td><td>" + HTML.escape(String.valueOf(fi.severity())) + "</td><td>"
        + HTML.escape(fi.message()) + "</td><td>" + factLinks(fi.facts(), anchor) + "</td></tr>";
  }

  private static String findingLine(Finding fi, java.util.function.Function<String, String> anchor) {
    return "<b>" + HTML.escape(fi.check()) + "</b> <span class=\"sev\">" + HTML.escape(String.valueOf(fi.severity()))
        + "</span> " + HTML.escape(fi.message()) + " <span class=\"note\">" + factLinks(fi.facts(), anchor) + "</span>";
  }

  private static String factLinks(List<String> refs, java.util.function.Function<String, String> anchor) {
    StringBuilder b = new StringBuilder();
    for (String ref : refs) {
      String a = anchor.apply(ref);
      b.append(a == null ? HTML.escape(ref) : "<a href=\"#" + HTML.escape(a) + "\">" + HTML.escape(ref) + "</a>").append(' ');
    }
    return b.toString().strip();
  }

  private void tally(Finding fi) {
    int[] t = checkTally.computeIfAbsent(fi.check(), k -> new int[3]);
    t[fi.status().equals("fail") ? 0 : fi.status().equals("pass") ? 1 : 2]++;
  }

  private static long count(List<Finding> findings, String status) {
    return findings.stream().filter(f -> f.status().equals(status)).count();
  }

  private int typeIndex(String type) {
    return typeIndex.computeIfAbsent(type, k -> typeIndex.size());
  }

  @Override
  public void close() throws IOException {
    try {
      spill.close();
      writeHead();
      writeSummary();
      out.write("<section id=\"documents\"><h2>Documents</h2>\n");
      try (Reader r = Files.newBufferedReader(spillFile, StandardCharsets.UTF_8)) {
        r.transferTo(out);
      }
      out.write("</section>\n</main>\n</body>\n</html>\n");
      out.flush();
    } finally {
      Files.deleteIfExists(spillFile);
    }
  }

  private void writeHead() throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n");
    // Nothing to load and nothing to run: a report that opens from disk, on any machine, safely.
    out.write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
    out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    out.write("<title>baoxun report: " + documents + (documents == 1 ? " document" : " documents") + "</title>\n<style>\n");
    out.write(HtmlStyle.REPORT);
    for (Map.Entry<String, Integer> e : typeIndex.entrySet()) {
      out.write(".t" + e.getValue() + "{--h:" + HtmlStyle.hue(e.getValue()) + "}\n");
    }
    if (!lateAnchors.isEmpty()) {
      // Facts failed by checks across documents are known only now, after their sections.
      out.write(String.join(",", lateAnchors.stream().map(a -> ".f[data-fact=\"" + a + "\"]").toList()) + "{" + HtmlStyle.FAILED_MARK + "}\n");
      out.write(String.join(",", lateAnchors.stream().map(a -> "#row-" + a).toList()) + "{" + HtmlStyle.FAILED_ROW + "}\n");
    }
    out.write("</style>\n</head>\n<body>\n<main>\n");
  }

  private void writeSummary() throws IOException {
    int fails = checkTally.values().stream().mapToInt(t -> t[0]).sum();
    int passes = checkTally.values().stream().mapToInt(t -> t[1]).sum();
    int skips = checkTally.values().stream().mapToInt(t -> t[2]).sum();
    StringBuilder b = new StringBuilder();
    b.append("<header><h1>baoxun report</h1>\n<p>").append(documents).append(documents == 1 ? " document" : " documents");
    if (unreadable > 0) {
      b.append(" (<b class=\"bad\">").append(unreadable).append(" could not be read</b>)");
    }
    b.append(" · ").append(facts).append(" facts · checks: <b class=\"").append(fails > 0 ? "bad" : "good").append("\">")
        .append(fails).append(" failed</b>, ").append(passes).append(" passed, ").append(skips).append(" skipped")
        .append(" · pack <code>").append(HTML.escape(pack.dir().toString().isEmpty() ? "." : pack.dir().toString()))
        .append("</code></p>\n");
    b.append("<nav><a href=\"#failing\">failing checks</a> · <a href=\"#checks\">checks</a> · <a href=\"#types\">fact types</a> · ")
        .append("<a href=\"#series\">series</a> · <a href=\"#documents\">documents</a></nav></header>\n");

    b.append("<section id=\"failing\"><h2>Failing checks (").append(failingRows.size()).append(")</h2>\n");
    if (failingRows.isEmpty()) {
      b.append("<p class=\"good\">No check failed.</p>\n");
    } else {
      b.append("<table><thead><tr><th>document</th><th>check</th><th>severity</th><th>message</th><th>facts</th></tr></thead><tbody>\n");
      failingRows.forEach(r -> b.append(r).append('\n'));
      b.append("</tbody></table>\n");
    }
    b.append("</section>\n");

    b.append("<section id=\"checks\"><h2>Checks</h2>\n");
    if (checkTally.isEmpty()) {
      b.append("<p class=\"note\">No check judged any fact.</p>\n");
    } else {
      b.append("<table class=\"narrow\"><thead><tr><th>check</th><th>failed</th><th>passed</th><th>skipped</th></tr></thead><tbody>\n");
      checkTally.forEach((id, t) -> b.append("<tr").append(t[0] > 0 ? " class=\"fail\"" : "").append("><td>").append(HTML.escape(id))
          .append("</td><td>").append(t[0]).append("</td><td>").append(t[1]).append("</td><td>").append(t[2]).append("</td></tr>\n"));
      b.append("</tbody></table>\n");
    }
    b.append("</section>\n");

    b.append("<section id=\"types\"><h2>Fact types</h2>\n<table class=\"narrow\"><thead><tr><th>type</th><th>facts</th></tr></thead><tbody>\n");
    for (Map.Entry<String, Integer> e : typeIndex.entrySet()) {
      int c = factCounts.getOrDefault(e.getKey(), 0);
      b.append("<tr><td><span class=\"sw t").append(e.getValue()).append("\"></span>").append(HTML.escape(e.getKey()))
          .append("</td><td>").append(c).append("</td></tr>\n");
    }
    b.append("</tbody></table></section>\n");
    b.append(series.render(failingAnchors));
    b.append("<section id=\"contents\"><h2>Contents</h2>\n<ol>\n");
    contents.forEach(c -> b.append(c).append('\n'));
    b.append("</ol></section>\n");
    out.write(b.toString());
  }
}
