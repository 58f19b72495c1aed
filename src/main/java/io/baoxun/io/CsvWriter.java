package io.baoxun.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentResult;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes results as CSV files for a spreadsheet: one per fact type ({@code TestingProgress.csv}),
 * with the columns {@code doc, id, rule, start, end, text} and then one per field, nested values
 * flattened ({@code completed.value}, {@code completed.unit}, list items numbered from 0: {@code
 * items.0.what}); {@code _documents.csv} lists every input (and why it could not be read), {@code
 * _findings.csv} every finding of the checks.
 *
 * <p>A type's columns are known only once every fact is seen (a hedge or a longer list adds some),
 * so its rows wait in a temporary file in the folder until {@link #close}; memory stays bounded.
 * Files start with a UTF-8 BOM, without which Excel reads Chinese as mojibake.
 */
public final class CsvWriter implements ResultWriter {
  private static final List<String> FACT_COLUMNS = List.of("doc", "id", "rule", "start", "end", "text");
  private static final List<String> DOCUMENT_COLUMNS = List.of("doc", "encoding", "chars", "articles", "facts", "error");
  private static final List<String> FINDING_COLUMNS = List.of("doc", "check", "status", "severity", "facts", "message");
  private static final char BOM = '\uFEFF';

  private final Path dir;
  /** Quotes only where a cell needs it (a comma, a quote, a line break), as spreadsheets write CSV. */
  private final CsvMapper csv = CsvMapper.builder().enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();
  private final ObjectMapper json = new ObjectMapper();
  private final SequenceWriter documents;
  private final SequenceWriter findings;
  /** Per fact type (in name order): its columns so far and its waiting rows. */
  private final Map<String, Table> tables = new TreeMap<>();

  /** The columns of one type, in the order first seen, grouped by field, and where its rows wait. */
  private static final class Table {
    final Map<String, Set<String>> columns = new LinkedHashMap<>();
    final Path rows;
    final Writer out;

    Table(Path rows) throws IOException {
      this.rows = rows;
      this.out = Files.newBufferedWriter(rows, StandardCharsets.UTF_8);
    }
  }

  /** Writes into {@code dir}, made if missing. */
  public CsvWriter(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.documents = open("_documents.csv", DOCUMENT_COLUMNS);
    this.findings = open("_findings.csv", FINDING_COLUMNS);
  }

  private SequenceWriter open(String file, List<String> columns) throws IOException {
    Writer w = Files.newBufferedWriter(dir.resolve(file), StandardCharsets.UTF_8);
    w.write(BOM);
    return csv.writer(schema(columns)).writeValues(w);
  }

  private static CsvSchema schema(List<String> columns) {
    CsvSchema.Builder b = CsvSchema.builder();
    columns.forEach(b::addColumn);
    return b.build().withHeader();
  }

  @Override
  public void accept(DocumentResult result) {
    try {
      if (result instanceof DocumentResult.Failed f) {
        documents.write(List.of(f.doc(), "", "", "", "", f.message()));
        return;
      }
      DocumentResult.Processed p = (DocumentResult.Processed) result;
      documents.write(List.of(
          p.doc(), p.encoding(), String.valueOf(p.chars()), String.valueOf(p.articles()), String.valueOf(p.facts().size()), ""));
      List<Fact> facts = p.facts();
      for (int i = 0; i < facts.size(); i++) {
        row(p.doc(), JsonLinesWriter.factId(i), facts.get(i));
      }
      for (Finding fi : p.findings()) {
        writeFinding(p.doc(), fi);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void row(String doc, String id, Fact f) throws IOException {
    Table t = tables.get(f.type());
    if (t == null) {
      t = new Table(Files.createTempFile(dir, "." + f.type() + ".", ".part"));
      tables.put(f.type(), t);
    }
    ObjectNode row = json.createObjectNode();
    row.put("doc", doc).put("id", id).put("rule", f.rule())
        .put("start", String.valueOf(f.span().start())).put("end", String.valueOf(f.span().end())).put("text", f.text());
    ObjectNode cells = row.putObject("fields");
    ObjectNode fields = FieldTrees.of(f.fields());
    for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      Set<String> columns = t.columns.computeIfAbsent(e.getKey(), k -> new LinkedHashSet<>());
      flatten(e.getKey(), e.getValue(), cells, columns);
    }
    t.out.write(json.writeValueAsString(row));
    t.out.write('\n');
  }

  /** Scalars as cells; objects by key, lists by position from 1; a null leaves its cells empty. */
  private static void flatten(String path, JsonNode v, ObjectNode row, Set<String> columns) {
    if (v.isObject()) {
      v.fields().forEachRemaining(e -> flatten(path + "." + e.getKey(), e.getValue(), row, columns));
    } else if (v.isArray()) {
      for (int i = 0; i < v.size(); i++) {
        flatten(path + "." + i, v.get(i), row, columns);
      }
    } else if (!v.isNull()) {
      columns.add(path);
      row.put(path, v.isNumber() ? v.decimalValue().toPlainString() : v.asText());
    }
  }

  @Override
  public void writeFinding(String doc, Finding fi) {
    try {
      findings.write(List.of(
          doc, fi.check(), fi.status(), fi.severity() == null ? "" : fi.severity(), String.join(" ", fi.facts()), fi.message()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    documents.close();
    findings.close();
    for (Map.Entry<String, Table> e : tables.entrySet()) {
      Table t = e.getValue();
      t.out.close();
      List<String> fieldColumns = new ArrayList<>();
      t.columns.forEach((field, cells) -> {
        // A field that is null on every row still gets its column.
        fieldColumns.addAll(cells.isEmpty() ? List.of(field) : cells);
      });
      List<String> header = new ArrayList<>(FACT_COLUMNS);
      // A field named like a fixed column (a field "text") is told apart in the header.
      fieldColumns.forEach(c -> header.add(FACT_COLUMNS.contains(c) ? "fields." + c : c));
      try (Writer w = new BufferedWriter(Files.newBufferedWriter(dir.resolve(e.getKey() + ".csv"), StandardCharsets.UTF_8));
          SequenceWriter out = csv.writer(schema(header)).writeValues(writeBom(w));
          MappingIterator<ObjectNode> rows = reader().readValues(t.rows.toFile())) {
        while (rows.hasNext()) {
          ObjectNode row = rows.next();
          List<String> cells = new ArrayList<>(header.size());
          FACT_COLUMNS.forEach(c -> cells.add(row.path(c).asText()));
          JsonNode values = row.path("fields");
          for (String c : fieldColumns) {
            JsonNode v = values.get(c);
            cells.add(v == null ? "" : v.asText());
          }
          out.write(cells);
        }
      } finally {
        Files.deleteIfExists(t.rows);
      }
    }
  }

  private ObjectReader reader() {
    return json.readerFor(ObjectNode.class);
  }

  private static Writer writeBom(Writer w) throws IOException {
    w.write(BOM);
    return w;
  }
}
