package io.baoxun.value;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.io.ValueJson;
import io.baoxun.text.NormalizedText;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Scores {@code baoxun values} against the Chinese specification files of Microsoft
 * Recognizers-Text ({@code ../shared/peer-specs/recognizers-text}).
 *
 * <p>Each case's input runs through the same path as the {@code values} command (normalise, find,
 * JSON) with the case's reference date; the items of the kinds the file is about are compared with
 * the expected results: same spans (the peer's {@code End} is inclusive) and same values. A case
 * passes when every expected result is found and nothing else of those kinds is.
 *
 * <p>Cases the peer marks NotSupported for Java are scored apart: they are what the peer's own Java
 * implementation does not do, so they are reported but not held against the targets.
 *
 * <p>Run it with {@code scripts/score-peer-specs.sh}; {@code PeerSpecConformanceTest} asserts the
 * targets.
 */
public final class PeerSpecScorer {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a spec file is about: which of its results and which of our items to compare. */
  enum Kind {
    NUMBER(Set.of("number"), Set.of("number")),
    ORDINAL(Set.of("ordinal"), Set.of("ordinal")),
    PERCENT(Set.of("percentage"), Set.of("percent")),
    NUMBER_RANGE(Set.of("numberrange"), Set.of("number")),
    UNIT(Set.of("currency", "dimension"), Set.of("quantity")),
    DATETIME(Set.of(), Set.of("time", "interval", "duration"));

    final Set<String> peerTypes;
    final Set<String> ourTypes;

    Kind(Set<String> peerTypes, Set<String> ourTypes) {
      this.peerTypes = peerTypes;
      this.ourTypes = ourTypes;
    }

    boolean peerType(String t) {
      return this == DATETIME ? t.startsWith("datetimeV2.") : peerTypes.contains(t);
    }

    static Kind of(String file) {
      if (file.contains("DateTime")) {
        return DATETIME;
      }
      if (file.contains("Ordinal")) {
        return ORDINAL;
      }
      if (file.contains("Percent")) {
        return PERCENT;
      }
      if (file.contains("NumberRange")) {
        return NUMBER_RANGE;
      }
      if (file.contains("NumberWithUnit")) {
        return UNIT;
      }
      return NUMBER;
    }
  }

  /** One case and how it went. */
  public record CaseResult(
      String file, String input, boolean notSupported, boolean singleDateTime, boolean passed, String expected, String actual) {}

  /** The cases of one spec file. */
  public record FileScore(String file, List<CaseResult> cases) {
    public long supported() {
      return cases.stream().filter(c -> !c.notSupported()).count();
    }

    public long supportedPassed() {
      return cases.stream().filter(c -> !c.notSupported() && c.passed()).count();
    }

    public long notSupported() {
      return cases.stream().filter(CaseResult::notSupported).count();
    }

    public long notSupportedPassed() {
      return cases.stream().filter(c -> c.notSupported() && c.passed()).count();
    }

    public long singleDateTime() {
      return cases.stream().filter(c -> c.singleDateTime() && !c.notSupported()).count();
    }

    public long singleDateTimePassed() {
      return cases.stream().filter(c -> c.singleDateTime() && !c.notSupported() && c.passed()).count();
    }

    public long singleDateTimeNotSupported() {
      return cases.stream().filter(c -> c.singleDateTime() && c.notSupported()).count();
    }

    public long singleDateTimeNotSupportedPassed() {
      return cases.stream().filter(c -> c.singleDateTime() && c.notSupported() && c.passed()).count();
    }

    public static double rate(long passed, long total) {
      return total == 0 ? 1.0 : (double) passed / total;
    }
  }

  private final ValueFinder finder;

  public PeerSpecScorer(PackGrammar grammar) {
    this.finder = new ValueFinder(grammar);
  }

  /** The peer-spec folder: {@code ../shared/peer-specs} from the project or one of its parents. */
  public static Optional<Path> locate(Path projectDir) {
    String prop = System.getProperty("baoxun.peerSpecs");
    if (prop != null) {
      return Optional.of(Path.of(prop)).filter(Files::isDirectory);
    }
    for (Path p = projectDir.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared").resolve("peer-specs");
      if (p.getParent() != null && Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Scores every {@code Chinese/*.json} file under the recognizers-text folder of {@code specs}. */
  public List<FileScore> scoreAll(Path specs) throws IOException {
    Path root = specs.resolve("recognizers-text");
    List<Path> files;
    try (Stream<Path> s = Files.walk(root)) {
      files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    List<FileScore> out = new ArrayList<>();
    for (Path f : files) {
      out.add(score(root.relativize(f).toString().replace('\\', '/'), f));
    }
    return out;
  }

  FileScore score(String name, Path file) throws IOException {
    Kind kind = Kind.of(name);
    String text = Files.readString(file).replace("\uFEFF", "");
    List<CaseResult> results = new ArrayList<>();
    for (JsonNode c : JSON.readTree(text)) {
      results.add(score(name, kind, c));
    }
    return new FileScore(name, results);
  }

  private CaseResult score(String file, Kind kind, JsonNode c) {
    String input = c.path("Input").asText();
    boolean notSupported = c.path("NotSupported").asText("").toLowerCase(Locale.ROOT).contains("java");
    Optional<LocalDate> ref = Optional.ofNullable(c.path("Context").path("ReferenceDateTime").asText(null))
        .filter(s -> !s.isEmpty())
        .map(s -> LocalDate.parse(s.substring(0, 10)));

    List<JsonNode> expected = new ArrayList<>();
    for (JsonNode r : c.path("Results")) {
      if (kind.peerType(r.path("TypeName").asText())) {
        expected.add(r);
      }
    }
    boolean single = kind == Kind.DATETIME && expected.size() == 1
        && Set.of("datetimeV2.date", "datetimeV2.time", "datetimeV2.datetime").contains(expected.get(0).path("TypeName").asText());

    NormalizedText nt = NormalizedText.of(input);
    List<JsonNode> actual = new ArrayList<>();
    try {
      for (JsonNode item : JSON.readTree(ValueJson.line(finder.find(nt.text(), ref), nt))) {
        if (kind.ourTypes.contains(item.path("type").asText())) {
          actual.add(item);
        }
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    expected.sort(Comparator.comparingInt(r -> r.path("Start").asInt()));
    actual.sort(Comparator.comparingInt(r -> r.path("start").asInt()));
    boolean passed = expected.size() == actual.size();
    for (int i = 0; passed && i < expected.size(); i++) {
      JsonNode e = expected.get(i);
      JsonNode a = actual.get(i);
      passed = e.path("Start").asInt() == a.path("start").asInt()
          && e.path("End").asInt() + 1 == a.path("end").asInt()
          && matcher(kind).test(e, a);
    }
    return new CaseResult(file, input, notSupported, single, passed, describeExpected(expected), describeActual(actual));
  }

  private static BiPredicate<JsonNode, JsonNode> matcher(Kind kind) {
    return switch (kind) {
      case DATETIME -> PeerSpecScorer::sameTime;
      case NUMBER_RANGE -> PeerSpecScorer::sameRange;
      default -> (e, a) -> {
        String v = e.path("Resolution").path("value").asText("").replace("%", "");
        return a.has("value") && !v.isEmpty() && sameNumber(new BigDecimal(v), a.get("value").decimalValue());
      };
    };
  }

  static boolean sameNumber(BigDecimal x, BigDecimal y) {
    MathContext mc = new MathContext(12);
    return x.round(mc).compareTo(y.round(mc)) == 0;
  }

  private static final Pattern RANGE = Pattern.compile("[\\[(]([^,]*),([^)\\]]*)[)\\]]");

  private static boolean sameRange(JsonNode e, JsonNode a) {
    Matcher m = RANGE.matcher(e.path("Resolution").path("value").asText(""));
    if (!m.matches() || m.group(1).isEmpty() || m.group(2).isEmpty() || !a.has("min")) {
      return false;
    }
    return sameNumber(new BigDecimal(m.group(1)), a.get("min").decimalValue())
        && sameNumber(new BigDecimal(m.group(2)), a.get("max").decimalValue());
  }

  private static final Pattern PEER_INTERVAL = Pattern.compile("\\(([^,]*),([^,]*),[^)]*\\)");

  private static boolean sameTime(JsonNode e, JsonNode a) {
    for (JsonNode v : e.path("Resolution").path("values")) {
      String timex = v.path("timex").asText("");
      Matcher m = PEER_INTERVAL.matcher(timex);
      if (a.path("type").asText().equals("interval")) {
        if (m.matches()
            && bound(m.group(1)).equals(bound(a.path("from").path("value").asText()))
            && bound(m.group(2)).equals(bound(a.path("to").path("value").asText()))) {
          return true;
        }
      } else if (canonical(timex).equals(canonical(a.path("value").asText()))) {
        return true;
      }
    }
    return false;
  }

  /** The peer writes whole hours as T18; TIMEX3 in baoxun always says the minutes: T18:00. */
  static String canonical(String timex) {
    return timex.replaceAll("T(\\d\\d)$", "T$1:00");
  }

  /** Interval bounds: the peer writes a year as its first day (2016-01-01), baoxun as 2016. */
  static String bound(String timex) {
    String t = canonical(timex);
    if (t.matches("(\\d{4}|XXXX)")) {
      return t + "-01-01";
    }
    if (t.matches("(\\d{4}|XXXX)-\\d\\d")) {
      return t + "-01";
    }
    return t;
  }

  private static String describeExpected(List<JsonNode> rs) {
    List<String> out = new ArrayList<>();
    for (JsonNode r : rs) {
      JsonNode res = r.path("Resolution");
      String v = res.has("values") ? res.path("values").findValuesAsText("timex").toString() : res.path("value").asText();
      out.add("«" + r.path("Text").asText() + "»@" + r.path("Start").asInt() + " " + v);
    }
    return String.join(", ", out);
  }

  private static String describeActual(List<JsonNode> items) {
    List<String> out = new ArrayList<>();
    for (JsonNode it : items) {
      StringBuilder b = new StringBuilder("«" + it.path("text").asText() + "»@" + it.path("start").asInt() + " ");
      it.fields().forEachRemaining(f -> {
        if (!Set.of("type", "start", "end", "text").contains(f.getKey())) {
          b.append(f.getKey()).append('=').append(f.getValue()).append(' ');
        }
      });
      out.add(b.toString().strip());
    }
    return String.join(", ", out);
  }

  /** The score table: per file, the supported cases and the NotSupported ones apart. */
  public static String table(List<FileScore> scores) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%-42s %16s %16s%n", "file", "supported", "NotSupported(java)"));
    for (FileScore f : scores) {
      b.append(String.format("%-42s %6d/%-4d %4.1f%% %6d/%-4d%n", f.file(), f.supportedPassed(), f.supported(),
          100 * FileScore.rate(f.supportedPassed(), f.supported()), f.notSupportedPassed(), f.notSupported()));
      if (f.singleDateTime() > 0) {
        b.append(String.format("%-42s %6d/%-4d %4.1f%% %6d/%-4d%n", "  of which single date/time/datetime",
            f.singleDateTimePassed(), f.singleDateTime(), 100 * FileScore.rate(f.singleDateTimePassed(), f.singleDateTime()),
            f.singleDateTimeNotSupportedPassed(), f.singleDateTimeNotSupported()));
      }
    }
    return b.toString();
  }

  /** The failing supported cases, one per line with what was expected and what came. */
  public static String failures(List<FileScore> scores) {
    StringBuilder b = new StringBuilder();
    for (FileScore f : scores) {
      for (CaseResult c : f.cases()) {
        if (!c.passed() && !c.notSupported()) {
          b.append(f.file()).append(" «").append(c.input()).append("»\n    expected: ").append(c.expected())
              .append("\n    got:      ").append(c.actual()).append('\n');
        }
      }
    }
    return b.toString();
  }

  /** {@code [--failures] [PACK_DIR]}: prints the table (and the failing inputs). */
  public static void main(String[] args) throws Exception {
    boolean showFailures = List.of(args).contains("--failures");
    Path pack = Path.of(List.of(args).stream().filter(a -> !a.startsWith("--")).findFirst().orElse("."));
    Optional<Path> specs = locate(pack);
    if (specs.isEmpty()) {
      System.err.println("peer specs not found (../shared/peer-specs from " + pack.toAbsolutePath() + ")");
      System.exit(2);
    }
    List<FileScore> scores = new PeerSpecScorer(ValuePack.load(pack)).scoreAll(specs.get());
    if (showFailures) {
      System.out.print(failures(scores));
    }
    System.out.print(table(scores));
  }
}
