package io.baoxun.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.baoxun.check.FactRef;
import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentResult;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes results as the contract's JSON Lines: per document its {@code document} record, its facts
 * in order with ids {@code f1, f2, ...}, then its findings; or one {@code error} record.
 */
public final class JsonLinesWriter implements ResultWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          // 5183000, never 5.183E+6; and 88.10 keeps its written precision.
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  private final Writer out;

  public JsonLinesWriter(Writer out) {
    this.out = out;
  }

  /** The id the output gives the fact at {@code index} of a document's ordered fact list. */
  public static String factId(int index) {
    return FactRef.idOf(index);
  }

  @Override
  public void accept(DocumentResult result) {
    write(render(result));
  }

  /** Renders the document's records on the calling worker thread; only the copy is left to do. */
  @Override
  public Prepared prepare(DocumentResult result) {
    return new Prepared(result, render(result));
  }

  @Override
  public void accept(Prepared prepared) {
    write(prepared.form() instanceof String lines ? lines : render(prepared.result()));
  }

  private void write(String lines) {
    try {
      out.write(lines);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of one result, each ending in a line break. */
  static String render(DocumentResult result) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = generator(text)) {
      if (result instanceof DocumentResult.Processed p) {
        writeDocument(g, p);
      } else {
        DocumentResult.Failed f = (DocumentResult.Failed) result;
        line(g, x -> {
          x.writeStringField("kind", "error");
          x.writeStringField("doc", f.doc());
          x.writeStringField("message", f.message());
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static void writeDocument(JsonGenerator gen, DocumentResult.Processed p) throws IOException {
    line(gen, g -> {
      g.writeStringField("kind", "document");
      g.writeStringField("doc", p.doc());
      g.writeStringField("encoding", p.encoding());
      g.writeNumberField("chars", p.chars());
      g.writeNumberField("articles", p.articles());
    });
    List<Fact> facts = p.facts();
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      String id = factId(i);
      line(gen, g -> {
        g.writeStringField("kind", "fact");
        g.writeStringField("doc", p.doc());
        g.writeStringField("id", id);
        g.writeStringField("type", f.type());
        g.writeStringField("rule", f.rule());
        g.writeNumberField("start", f.span().start());
        g.writeNumberField("end", f.span().end());
        g.writeStringField("text", f.text());
        g.writeFieldName("fields");
        FieldJson.writeFields(g, f.fields());
      });
    }
    for (Finding fi : p.findings()) {
      finding(gen, p.doc(), fi);
    }
  }

  @Override
  public void writeFinding(String doc, Finding fi) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = generator(text)) {
      finding(g, doc, fi);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    write(text.toString());
  }

  private static void finding(JsonGenerator gen, String doc, Finding fi) throws IOException {
    line(gen, g -> {
      g.writeStringField("kind", "finding");
      g.writeStringField("doc", doc);
      g.writeStringField("check", fi.check());
      g.writeStringField("status", fi.status());
      g.writeArrayFieldStart("facts");
      for (String id : fi.facts()) {
        g.writeString(id);
      }
      g.writeEndArray();
      g.writeStringField("message", fi.message());
      if (fi.severity() != null) {
        g.writeStringField("severity", fi.severity());
      }
    });
  }

  /** A generator whose records are separated by the line breaks {@link #line} writes, nothing else. */
  private static JsonGenerator generator(StringWriter text) throws IOException {
    JsonGenerator g = JSON.createGenerator(text);
    g.setRootValueSeparator(null);
    return g;
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** One record and its line break; records follow one another in the one generator. */
  private static void line(JsonGenerator g, Body body) throws IOException {
    g.writeStartObject();
    body.write(g);
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
