package io.baoxun.regress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.pipeline.DocumentResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads and makes {@link GoldFact}s from JSON Lines, the one format gold and output share. */
public final class FactRecords {
  /** Decimals read exactly, so 88.10 keeps its written precision. */
  static final ObjectMapper JSON =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(com.fasterxml.jackson.databind.node.JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private FactRecords() {}

  /** The facts of a {@code .jsonl} file, or of every {@code .jsonl} file under a folder. */
  public static List<GoldFact> read(Path path) throws IOException {
    List<GoldFact> out = new ArrayList<>();
    List<Path> files;
    if (Files.isDirectory(path)) {
      try (Stream<Path> s = Files.walk(path)) {
        files = s.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList();
      }
    } else {
      files = List.of(path);
    }
    for (Path f : files) {
      int n = 0;
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        JsonNode rec;
        try {
          rec = JSON.readTree(line);
        } catch (IOException e) {
          throw new IOException(f + ":" + n + ": not valid JSON", e);
        }
        GoldFact g = GoldFact.fromRecord(rec);
        if (g != null) {
          out.add(g);
        }
      }
    }
    return out;
  }

  /** The facts of JSON Lines text. */
  public static List<GoldFact> parse(String jsonLines) {
    List<GoldFact> out = new ArrayList<>();
    for (String line : jsonLines.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      try {
        GoldFact g = GoldFact.fromRecord(JSON.readTree(line));
        if (g != null) {
          out.add(g);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  /** The facts of a processed document, exactly as {@code extract} writes them. */
  public static List<GoldFact> of(DocumentResult result) {
    StringWriter w = new StringWriter();
    new JsonLinesWriter(w).accept(result);
    return parse(w.toString());
  }
}
