package io.baoxun.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.baoxun.check.FactRef;
import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentResult;
import java.io.IOException;
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
    try {
      if (result instanceof DocumentResult.Processed p) {
        writeDocument(p);
      } else {
        DocumentResult.Failed f = (DocumentResult.Failed) result;
        line(g -> {
          g.writeStringField("kind", "error");
          g.writeStringField("doc", f.doc());
          g.writeStringField("message", f.message());
        });
      }
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeDocument(DocumentResult.Processed p) throws IOException {
    line(g -> {
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
      line(g -> {
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
      writeFinding(p.doc(), fi);
    }
  }

  @Override
  public void writeFinding(String doc, Finding fi) {
    try {
      line(g -> {
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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  private void line(Body body) throws IOException {
    JsonGenerator g = JSON.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.writeStartObject();
    body.write(g);
    g.writeEndObject();
    g.flush();
    out.write('\n');
  }

  @Override
  public void close() throws IOException {
    out.flush();
  }
}
