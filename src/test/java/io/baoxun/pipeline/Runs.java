package io.baoxun.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.rule.Pack;
import io.baoxun.rule.ReadContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/** A whole run in memory, as extract makes it: its JSON Lines and its outcome. */
record Runs(String out, CheckedRun.Outcome outcome) {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Runs of(Pack pack, int threads, List<String> paths) {
    StringWriter sw = new StringWriter();
    CheckedRun.Outcome o;
    try (JsonLinesWriter w = new JsonLinesWriter(sw)) {
      o = CheckedRun.run(
          new CorpusRunner(new DocumentProcessor(pack, ReadContext.NONE), threads),
          pack.checks(),
          new Inputs(paths, InputStream.nullInputStream()),
          w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Runs(sw.toString(), o);
  }

  List<JsonNode> records() {
    return out.lines().map(l -> {
      try {
        return JSON.readTree(l);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }).toList();
  }

  List<JsonNode> findings() {
    return records().stream().filter(r -> r.get("kind").asText().equals("finding")).toList();
  }

  /** {@code check status facts} of each finding that is not a pass. */
  List<String> notPassing() {
    return findings().stream()
        .filter(f -> !f.get("status").asText().equals("pass"))
        .map(f -> f.get("check").asText() + " " + f.get("status").asText() + " " + f.get("facts") + " " + f.get("message").asText())
        .toList();
  }

  /** The checks that failed, each once, in order. */
  List<String> failedChecks() {
    return findings().stream()
        .filter(f -> f.get("status").asText().equals("fail"))
        .map(f -> f.get("check").asText())
        .distinct()
        .toList();
  }
}
