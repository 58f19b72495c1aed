package io.baoxun.serve;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.check.CheckExample;
import io.baoxun.check.CheckSpec;
import io.baoxun.diag.Diagnostic;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.pipeline.CheckedRun;
import io.baoxun.pipeline.CorpusRunner;
import io.baoxun.pipeline.Input;
import io.baoxun.rule.FactType;
import io.baoxun.rule.Field;
import io.baoxun.rule.Pack;
import io.baoxun.rule.Rule;
import io.baoxun.rule.RuleExample;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The playground's JSON API, apart from HTTP: {@code GET /api/pack}, {@code POST /api/extract},
 * {@code POST /api/explain}. Each call first looks whether the pack changed on disk; while it does
 * not load, extract and explain answer 503 with the pack's diagnostics.
 */
final class PlaygroundApi {
  /** The name a pasted text goes by in the records when the request names none (as standard input). */
  static final String DEFAULT_DOC = "-";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final LivePack live;

  PlaygroundApi(LivePack live) {
    this.live = live;
  }

  /** What the pack holds: fact types, rules (with examples and grammar rule), checks; or its problems. */
  Response pack() {
    LivePack.State state = live.current();
    return Response.json(200, Json.object(g -> {
      g.writeStringField("dir", shown(live));
      g.writeNumberField("generation", state.generation());
      if (state instanceof LivePack.Broken b) {
        g.writeBooleanField("ok", false);
        writeDiagnostics(g, b.diagnostics());
        return;
      }
      LivePack.Loaded l = (LivePack.Loaded) state;
      g.writeBooleanField("ok", true);
      writeTypes(g, l.pack());
      writeRules(g, l);
      writeChecks(g, l.pack());
    }));
  }

  /** Only whether the pack changed: {@code {"generation", "ok"}}, for the page to poll cheaply. */
  Response generation() {
    LivePack.State state = live.current();
    return Response.json(200, Json.object(g -> {
      g.writeNumberField("generation", state.generation());
      g.writeBooleanField("ok", state instanceof LivePack.Loaded);
    }));
  }

  /**
   * The contract's records for one text (its {@code document} record, facts, findings) as one JSON
   * array. The body is the text, UTF-8; {@code doc} names it in the records.
   */
  Response extract(byte[] body, Optional<String> doc) {
    LivePack.State state = live.current();
    if (state instanceof LivePack.Broken b) {
      return broken(b);
    }
    LivePack.Loaded l = (LivePack.Loaded) state;
    String text;
    try {
      text = utf8(body);
    } catch (CharacterCodingException e) {
      return Response.error(400, "the text is not valid UTF-8");
    }
    StringWriter lines = new StringWriter();
    // The same writer as extract's JSON Lines, so the records are the contract's, byte for byte.
    try (JsonLinesWriter writer = new JsonLinesWriter(lines)) {
      Input input = new Input.Text(doc.orElse(DEFAULT_DOC), text);
      CheckedRun.run(new CorpusRunner(l.processor(), 1), l.pack().checks(), List.of(input).iterator(), writer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Response.json(200, "[" + String.join(",\n", lines.toString().split("\n")) + "]");
  }

  /** {@code {"text": ..., "rule": id or null}} to {@code {"rule", "report"}}: what {@code baoxun explain} prints. */
  Response explain(byte[] body) {
    JsonNode request;
    try {
      request = MAPPER.readTree(body);
    } catch (IOException e) {
      return Response.error(400, "the body must be JSON: {\"text\": string, \"rule\": string or null}");
    }
    JsonNode text = request == null ? null : request.get("text");
    JsonNode rule = request == null ? null : request.get("rule");
    if (text == null || !text.isTextual() || (rule != null && !rule.isNull() && !rule.isTextual())) {
      return Response.error(400, "the body must be JSON: {\"text\": string, \"rule\": string or null}");
    }
    LivePack.State state = live.current();
    if (state instanceof LivePack.Broken b) {
      return broken(b);
    }
    LivePack.Loaded l = (LivePack.Loaded) state;
    Optional<String> id = rule == null || rule.isNull() || rule.asText().isEmpty() ? Optional.empty() : Optional.of(rule.asText());
    if (id.isPresent() && l.pack().rule(id.get()).isEmpty()) {
      String near = l.pack().nearestRuleId(id.get()).map(n -> " (did you mean '" + n + "'?)").orElse("");
      return Response.error(404, "unknown rule '" + id.get() + "'" + near);
    }
    String report = l.explainers().get().explain(text.asText(), id);
    return Response.json(200, Json.object(g -> {
      if (id.isPresent()) {
        g.writeStringField("rule", id.get());
      } else {
        g.writeNullField("rule");
      }
      g.writeStringField("report", report);
    }));
  }

  private Response broken(LivePack.Broken b) {
    return Response.json(503, Json.object(g -> {
      g.writeStringField("error", "the pack does not load");
      g.writeStringField("dir", shown(live));
      g.writeNumberField("generation", b.generation());
      writeDiagnostics(g, b.diagnostics());
    }));
  }

  private static String shown(LivePack live) {
    String d = live.dir().toString();
    return d.isEmpty() ? "." : d;
  }

  private static String utf8(byte[] body) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(body))
        .toString();
  }

  private static void writeDiagnostics(JsonGenerator g, List<Diagnostic> diagnostics) throws IOException {
    g.writeArrayFieldStart("diagnostics");
    for (Diagnostic d : diagnostics) {
      g.writeStartObject();
      g.writeStringField("severity", d.severity().toString());
      g.writeStringField("file", d.file());
      g.writeNumberField("line", d.line());
      g.writeNumberField("column", d.column());
      g.writeStringField("message", d.message());
      g.writeStringField("headline", d.headline());
      g.writeStringField("rendered", d.render());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeTypes(JsonGenerator g, Pack pack) throws IOException {
    g.writeArrayFieldStart("factTypes");
    for (FactType t : pack.factTypes().values()) {
      g.writeStartObject();
      g.writeStringField("name", t.name());
      g.writeArrayFieldStart("fields");
      for (Field f : t.fields()) {
        g.writeStartObject();
        g.writeStringField("name", f.name());
        g.writeStringField("type", f.type().show());
        g.writeBooleanField("optional", f.optional());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("valueTypes");
      for (var v : t.valueTypes()) {
        g.writeString(v.show());
      }
      g.writeEndArray();
      writePlace(g, t.pos().file(), t.pos().line(), t.pos().column());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeRules(JsonGenerator g, LivePack.Loaded l) throws IOException {
    g.writeArrayFieldStart("rules");
    for (Rule r : l.pack().rules()) {
      g.writeStartObject();
      g.writeStringField("id", r.id());
      g.writeStringField("summary", r.summary());
      g.writeStringField("type", r.type().name());
      g.writeNumberField("priority", r.priority());
      writePlace(g, r.pos().file(), r.pos().line(), r.pos().column());
      g.writeStringField("grammarRule", r.grammarRule());
      Optional<GrammarSources.Place> at = l.grammar().rule(r.grammarRule());
      if (at.isPresent()) {
        g.writeObjectFieldStart("grammar");
        writePlace(g, at.get().file(), at.get().line(), at.get().column());
        g.writeEndObject();
      } else {
        g.writeNullField("grammar");
      }
      g.writeArrayFieldStart("examples");
      for (RuleExample e : r.examples()) {
        g.writeStartObject();
        g.writeBooleanField("positive", e.positive());
        g.writeStringField("text", e.text());
        if (e.span().isPresent()) {
          g.writeArrayFieldStart("span");
          g.writeNumber(e.span().get().start());
          g.writeNumber(e.span().get().end());
          g.writeEndArray();
        }
        g.writeObjectFieldStart("expected");
        for (Map.Entry<String, Optional<String>> x : e.expected().entrySet()) {
          if (x.getValue().isPresent()) {
            g.writeStringField(x.getKey(), x.getValue().get());
          } else {
            g.writeNullField(x.getKey());
          }
        }
        g.writeEndObject();
        g.writeNumberField("line", e.pos().line());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeChecks(JsonGenerator g, Pack pack) throws IOException {
    g.writeArrayFieldStart("checks");
    for (CheckSpec c : pack.checks().all()) {
      g.writeStartObject();
      g.writeStringField("id", c.id());
      g.writeStringField("summary", c.summary());
      g.writeStringField("severity", c.severity().label());
      g.writeStringField("scope", c.scope().name().toLowerCase(java.util.Locale.ROOT));
      writePlace(g, c.pos().file(), c.pos().line(), c.pos().column());
      g.writeArrayFieldStart("examples");
      for (CheckExample e : c.examples()) {
        g.writeStartObject();
        g.writeBooleanField("positive", e.positive());
        g.writeArrayFieldStart("texts");
        for (String t : e.texts()) {
          g.writeString(t);
        }
        g.writeEndArray();
        if (e.status() != null) {
          g.writeStringField("status", e.status().label());
        }
        if (e.message().isPresent()) {
          g.writeStringField("message", e.message().get());
        }
        g.writeNumberField("line", e.pos().line());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writePlace(JsonGenerator g, String file, int line, int column) throws IOException {
    g.writeStringField("file", file);
    g.writeNumberField("line", line);
    g.writeNumberField("column", column);
  }
}
