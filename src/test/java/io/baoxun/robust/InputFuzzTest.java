package io.baoxun.robust;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import io.baoxun.BuiltInPack;
import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.fact.FieldValue;
import io.baoxun.io.JsonLinesWriter;
import io.baoxun.io.ResultReader;
import io.baoxun.io.ValueJson;
import io.baoxun.pipeline.DocumentProcessor;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.pipeline.Limits;
import io.baoxun.rule.ReadContext;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.NormalizedText;
import io.baoxun.text.Span;
import io.baoxun.value.ValueFinder;
import io.baoxun.value.ValueItem;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;

/**
 * Fuzzing of everything that reads input: the decoders, the normaliser, the value grammar (through
 * the built-in pack) and the whole pipeline, over damaged copies of the seeds ({@link Mutations}).
 *
 * <p>Each target runs briefly in {@code mvn -B verify}; the same target tagged {@code fuzz-long}
 * runs many times longer, on demand (docs/robustness.md):
 * {@code mvn test -Dtest='*FuzzTest' -Dfuzz.excluded= -Dgroups=fuzz-long}.
 */
class InputFuzzTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Charset GB18030 = Charset.forName("GB18030");
  // A budget as in extract: a fuzz case that runs away is a finding, not a hung build.
  private static final Supplier<DocumentProcessor> PROCESSOR =
      Suppliers.memoize(
          () -> new DocumentProcessor(
              BuiltInPack.get(), ReadContext.NONE, Limits.DEFAULT.withTimeBudget(Optional.of(Duration.ofSeconds(20)))));
  private static final Supplier<ValueFinder> VALUES = Suppliers.memoize(() -> new ValueFinder(BuiltInPack.get().grammar()));

  @Provide
  Arbitrary<byte[]> damagedPages() {
    List<String> seeds = Mutations.seeds();
    Arbitrary<byte[]> pages = net.jqwik.api.Arbitraries.of(seeds).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<byte[]> encoded = net.jqwik.api.Arbitraries.of(seeds).map(s -> s.getBytes(GB18030));
    return Combinators.combine(net.jqwik.api.Arbitraries.oneOf(pages, pages, encoded), Mutations.edits(8)).as(Mutations::apply);
  }

  @Provide
  Arbitrary<byte[]> damagedExcerpts() {
    return Combinators.combine(Mutations.seedExcerpts(1_200), Mutations.edits(5)).as(Mutations::apply);
  }

  // The decoders -------------------------------------------------------------------------------

  @Property(tries = 400)
  void decoding(@ForAll("damagedPages") byte[] bytes) {
    checkDecoding(bytes);
  }

  @Property(tries = 100_000)
  @Tag("fuzz-long")
  void decodingLong(@ForAll("damagedPages") byte[] bytes) {
    checkDecoding(bytes);
  }

  /** Text that re-encodes to exactly the bytes read, or a one-line report of where reading failed. */
  static void checkDecoding(byte[] bytes) {
    DecodeResult r = Decoder.decode(bytes);
    if (r instanceof DecodeResult.Decoded d) {
      int bom = bomLength(bytes, d.encoding());
      assertThat(d.text().getBytes(Charset.forName(d.encoding())))
          .isEqualTo(Arrays.copyOfRange(bytes, bom, bytes.length));
    } else {
      DecodeResult.Undecodable u = (DecodeResult.Undecodable) r;
      assertThat(u.byteOffset()).isBetween(0L, (long) bytes.length);
      assertThat(u.message()).doesNotContain("\n").endsWith("at byte " + u.byteOffset());
    }
  }

  private static int bomLength(byte[] b, String encoding) {
    if (encoding.startsWith("UTF-16")) {
      return 2;
    }
    boolean utf8Bom = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF;
    return encoding.equals("UTF-8") && utf8Bom ? 3 : 0;
  }

  // The normaliser -----------------------------------------------------------------------------

  @Property(tries = 300)
  void normalising(@ForAll("damagedPages") byte[] bytes) {
    checkNormalising(bytes);
  }

  @Property(tries = 50_000)
  @Tag("fuzz-long")
  void normalisingLong(@ForAll("damagedPages") byte[] bytes) {
    checkNormalising(bytes);
  }

  /** Offsets map strictly increasing into the original, and normalising again changes nothing. */
  static void checkNormalising(byte[] bytes) {
    if (!(Decoder.decode(bytes) instanceof DecodeResult.Decoded d)) {
      return;
    }
    NormalizedText n = NormalizedText.of(d.text());
    int previous = -1;
    for (int i = 0; i < n.length(); i++) {
      int o = n.originalOffset(i);
      assertThat(o).isGreaterThan(previous).isLessThan(n.originalLength());
      previous = o;
    }
    assertThat(n.originalLength()).isEqualTo(d.text().codePointCount(0, d.text().length()));
    assertThat(NormalizedText.of(n.text()).text()).isEqualTo(n.text());
  }

  // The value grammar --------------------------------------------------------------------------

  @Property(tries = 150)
  void findingValues(@ForAll("damagedExcerpts") byte[] bytes) {
    checkValues(bytes);
  }

  @Property(tries = 20_000)
  @Tag("fuzz-long")
  void findingValuesLong(@ForAll("damagedExcerpts") byte[] bytes) {
    checkValues(bytes);
  }

  /** Each line through the built-in pack's value grammar, as {@code values} reads it. */
  static void checkValues(byte[] bytes) {
    ValueFinder values = VALUES.get();
    String text = new String(bytes, StandardCharsets.UTF_8);
    for (String line : text.split("\n")) {
      NormalizedText n = NormalizedText.of(line);
      for (Optional<LocalDate> ref : List.of(Optional.<LocalDate>empty(), Optional.of(LocalDate.of(2022, 3, 18)))) {
        List<ValueItem> items = values.find(n.text(), ref);
        for (ValueItem it : items) {
          assertThat(it.span().isEmpty()).isFalse();
          assertThat(it.span().end()).isLessThanOrEqualTo(n.length());
          assertThat(it.value().display()).isNotBlank();
        }
        assertThat(ValueJson.line(items, n)).startsWith("[").endsWith("]");
      }
    }
  }

  // The whole pipeline -------------------------------------------------------------------------

  @Property(tries = 60)
  void processing(@ForAll("damagedExcerpts") byte[] bytes) {
    checkProcessing(bytes);
  }

  @Property(tries = 10_000)
  @Tag("fuzz-long")
  void processingLong(@ForAll("damagedExcerpts") byte[] bytes) {
    checkProcessing(bytes);
  }

  /** The kinds of a fact's field values, all the way down: what checks across documents compare. */
  private static String kinds(Object v) {
    if (v instanceof java.util.Map<?, ?> m) {
      StringBuilder b = new StringBuilder("{");
      m.forEach((k, x) -> b.append(k).append('=').append(kinds(x)).append(','));
      return b.append('}').toString();
    }
    if (v instanceof FieldValue.ListValue l) {
      return l.items().stream().map(InputFuzzTest::kinds).toList().toString();
    }
    if (v instanceof FieldValue.RecordValue r) {
      return "Record" + kinds(r.fields());
    }
    return v.getClass().getSimpleName();
  }

  /**
   * A document record whose facts point at their original text and whose findings name its facts,
   * or an error record that says what is wrong with the input, never an internal error.
   */
  static void checkProcessing(byte[] bytes) {
    DocumentResult r = PROCESSOR.get().process(new Input.Bytes("fuzz.txt", bytes));
    if (r instanceof DocumentResult.Failed f) {
      assertThat(f.message()).doesNotContain("\n").doesNotStartWith("internal error")
          .doesNotStartWith("nested too deeply").doesNotStartWith("out of memory");
      assertThat(Decoder.decode(bytes)).isInstanceOf(DecodeResult.Undecodable.class);
      return;
    }
    DocumentResult.Processed p = (DocumentResult.Processed) r;
    String original = ((DecodeResult.Decoded) Decoder.decode(bytes)).text();
    int[] cps = original.codePoints().toArray();
    assertThat(p.chars()).isEqualTo(cps.length);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < p.facts().size(); i++) {
      Fact f = p.facts().get(i);
      Span s = f.span();
      assertThat(s.end()).isLessThanOrEqualTo(cps.length);
      assertThat(f.text()).isEqualTo(new String(cps, s.start(), s.length()));
      ids.add(JsonLinesWriter.factId(i));
    }
    for (Finding fi : p.findings()) {
      assertThat(ids).containsAll(fi.facts());
    }
    StringWriter w = new StringWriter();
    new JsonLinesWriter(w).accept(p);
    // What --resume reads back is the same document, with values of the same kinds.
    Optional<DocumentResult> back = new ResultReader(BuiltInPack.get()).read(List.of(w.toString().split("\n")));
    assertThat(back).isPresent();
    DocumentResult.Processed again = (DocumentResult.Processed) back.get();
    assertThat(again.findings()).isEqualTo(p.findings());
    for (int i = 0; i < p.facts().size(); i++) {
      assertThat(kinds(again.facts().get(i).fields())).isEqualTo(kinds(p.facts().get(i).fields()));
    }
    for (String line : w.toString().split("\n")) {
      try {
        JsonNode n = JSON.readTree(line);
        assertThat(n.get("doc").asText()).isEqualTo("fuzz.txt");
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + line, e);
      }
    }
  }
}
