package io.baoxun.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import io.baoxun.check.FactRef;
import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentResult;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes results as the contract's JSON Lines: per document its {@code document} record, its facts
 * in order with ids {@code f1, f2, ...}, then its findings; or one {@code error} record.
 *
 * <p>Made on a byte stream, it renders each document straight to UTF-8 on the worker that {@link
 * #prepare prepares} it, and the writing thread only copies bytes; on a {@code Writer}, the writer
 * encodes. The bytes are the same either way.
 */
public final class JsonLinesWriter implements ResultWriter {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          // 5183000, never 5.183E+6; and 88.10 keeps its written precision.
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          // A character outside the BMP as its four UTF-8 bytes, as a Writer would encode it,
          // not as two escaped surrogates.
          .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
          .build();

  /** One of the two is set. */
  private final Writer out;
  private final OutputStream bytes;

  public JsonLinesWriter(Writer out) {
    this.out = out;
    this.bytes = null;
  }

  /** Writes UTF-8 to {@code out}, rendered on the workers (see the class comment). */
  public JsonLinesWriter(OutputStream out) {
    this.out = null;
    this.bytes = out;
  }

  /** The id the output gives the fact at {@code index} of a document's ordered fact list. */
  public static String factId(int index) {
    return FactRef.idOf(index);
  }

  @Override
  public void accept(DocumentResult result) {
    write(rendered(g -> records(g, result)));
  }

  /** Renders the document's records on the calling worker thread; only the copy is left to do. */
  @Override
  public Prepared prepare(DocumentResult result) {
    return new Prepared(result, rendered(g -> records(g, result)));
  }

  @Override
  public void accept(Prepared prepared) {
    Object form = prepared.form();
    write(form instanceof String || form instanceof byte[] ? form : rendered(g -> records(g, prepared.result())));
  }

  /** The records {@code body} writes, as this writer's sink takes them: a String or UTF-8 bytes. */
  private Object rendered(Body body) {
    return bytes != null ? utf8(body) : text(body);
  }

  private void write(Object lines) {
    try {
      if (lines instanceof byte[] b) {
        bytes.write(b);
        bytes.flush();
      } else {
        out.write((String) lines);
        out.flush();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of one result, each ending in a line break. */
  static String render(DocumentResult result) {
    return text(g -> records(g, result));
  }

  private static void records(JsonGenerator g, DocumentResult result) throws IOException {
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
  }

  private static String text(Body body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(text)) {
      g.setRootValueSeparator(null); // records end in the line breaks line() writes, nothing else
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  private static byte[] utf8(Body body) {
    ByteArrayBuilder buffer = new ByteArrayBuilder();
    try (JsonGenerator g = JSON.createGenerator(buffer, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      body.write(g);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // nor does a byte buffer
    }
    return buffer.toByteArray();
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
      fact(gen, p.doc(), factId(i), facts.get(i));
    }
    for (Finding fi : p.findings()) {
      finding(gen, p.doc(), fi);
    }
  }

  /** A fact's record, written out rather than through {@link #line}: a lambda per fact costs. */
  private static void fact(JsonGenerator g, String doc, String id, Fact f) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "fact");
    g.writeStringField("doc", doc);
    g.writeStringField("id", id);
    g.writeStringField("type", f.type());
    g.writeStringField("rule", f.rule());
    g.writeNumberField("start", f.span().start());
    g.writeNumberField("end", f.span().end());
    g.writeStringField("text", f.text());
    g.writeFieldName("fields");
    FieldJson.writeFields(g, f.fields());
    g.writeEndObject();
    g.writeRaw('\n');
  }

  @Override
  public void writeFinding(String doc, Finding fi) {
    write(rendered(g -> finding(g, doc, fi)));
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
    if (bytes != null) {
      bytes.flush();
    } else {
      out.flush();
    }
  }
}
