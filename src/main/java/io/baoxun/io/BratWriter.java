package io.baoxun.io;

import io.baoxun.check.Finding;
import io.baoxun.fact.Fact;
import io.baoxun.pipeline.DocumentResult;
import io.baoxun.pipeline.Input;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Writes results as a brat collection: per document a UTF-8 copy of its text ({@code NAME.txt})
 * and the standoff annotations beside it ({@code NAME.ann}), so the folder opens in brat and
 * imports into INCEpTION.
 *
 * <ul>
 *   <li>Each fact is a text-bound annotation {@code T<n>} (n is the number of the fact's id {@code
 *       f<n>}) of its type; a fact that crosses line breaks is written as one fragment per line, as
 *       brat draws no span across lines.
 *   <li>Its rule and fields are its note ({@code #<k> AnnotatorNotes T<n>}), in the syntax of {@link
 *       BratNotes}.
 *   <li>A failed check is a comment on the first fact it judged, {@code AnnotationError} or {@code
 *       AnnotationWarning} after the check's severity, which brat shows as such.
 *   <li>Offsets count as brat's server does ({@link BratText.Counting#BRAT}).
 *   <li>{@code annotation.conf} declares the fact types (unless the folder has one of its own);
 *       inputs that could not be read are listed in {@code errors.log}.
 * </ul>
 */
public final class BratWriter implements ResultWriter {
  private static final String CONF_MARK = "# written by baoxun extract --format brat";

  private final Path dir;
  private final Sources sources;
  private final Set<String> usedNames = new HashSet<>();
  /** Per document written: its file name and the number of its next comment. */
  private final Map<String, Doc> docs = new HashMap<>();
  private final Set<String> types = new TreeSet<>();
  private final List<String> errors = new ArrayList<>();

  private static final class Doc {
    final String name;
    int nextComment = 1;

    Doc(String name) {
      this.name = name;
    }
  }

  /**
   * The inputs of a run, each remembered from when the runner takes it until its result is
   * written: the writer needs the text, which results do not carry. At most the runner's window of
   * documents is held at a time.
   */
  public static final class Sources implements Iterator<Input> {
    private final Iterator<Input> inputs;
    private final Map<String, Deque<Input>> pending = new HashMap<>();

    public Sources(Iterator<Input> inputs) {
      this.inputs = inputs;
    }

    @Override
    public synchronized boolean hasNext() {
      return inputs.hasNext();
    }

    @Override
    public synchronized Input next() {
      Input in = inputs.next();
      pending.computeIfAbsent(in.name(), k -> new ArrayDeque<>()).add(in);
      return in;
    }

    /** The text of the oldest pending input named {@code doc}, now forgotten. */
    synchronized Optional<String> take(String doc) {
      Deque<Input> q = pending.get(doc);
      Input in = q == null ? null : q.poll();
      if (q != null && q.isEmpty()) {
        pending.remove(doc);
      }
      if (in instanceof Input.Text t) {
        return Optional.of(t.text());
      }
      if (in instanceof Input.Bytes b && Decoder.decode(b.bytes()) instanceof DecodeResult.Decoded d) {
        return Optional.of(d.text());
      }
      return Optional.empty();
    }
  }

  /** Writes into {@code dir} (made if missing) the documents that {@code sources} hands the runner. */
  public BratWriter(Path dir, Sources sources) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.sources = sources;
  }

  @Override
  public void accept(DocumentResult result) {
    Optional<String> text = sources.take(result.doc());
    if (result instanceof DocumentResult.Failed f) {
      errors.add(f.doc() + ": " + f.message());
      return;
    }
    DocumentResult.Processed p = (DocumentResult.Processed) result;
    String original = text.orElseThrow(() -> new IllegalStateException("no text kept for " + p.doc()));
    Doc doc = new Doc(fileName(p.doc()));
    docs.put(p.doc(), doc);
    BratText seen = BratText.of(original, BratText.Counting.BRAT);
    StringBuilder ann = new StringBuilder();
    List<Fact> facts = p.facts();
    for (int i = 0; i < facts.size(); i++) {
      Fact f = facts.get(i);
      types.add(f.type());
      String t = "T" + (i + 1);
      ann.append(t).append('\t').append(f.type()).append(' ');
      List<int[]> fragments = fragments(original, f.span().start(), f.span().end());
      List<String> texts = new ArrayList<>();
      for (int k = 0; k < fragments.size(); k++) {
        int s = seen.unitOffset(fragments.get(k)[0]);
        int e = seen.unitOffset(fragments.get(k)[1]);
        ann.append(k == 0 ? "" : ";").append(s).append(' ').append(e);
        texts.add(seen.slice(s, e));
      }
      ann.append('\t').append(String.join(" ", texts)).append('\n');
      ann.append('#').append(doc.nextComment++).append("\tAnnotatorNotes ").append(t).append('\t')
          .append(BratNotes.format(f.rule(), FieldTrees.of(f.fields()))).append('\n');
    }
    for (Finding fi : p.findings()) {
      comment(doc, fi, fi.facts(), List.of(), ann);
    }
    try {
      Files.writeString(dir.resolve(doc.name + ".txt"), original, StandardCharsets.UTF_8);
      Files.writeString(dir.resolve(doc.name + ".ann"), ann, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A finding across documents goes to the document of the later fact, which {@code doc} names. */
  @Override
  public void writeFinding(String doc, Finding finding) {
    Doc d = docs.get(doc);
    if (d == null) {
      return;
    }
    List<String> here = new ArrayList<>();
    List<String> elsewhere = new ArrayList<>();
    for (String id : finding.facts()) {
      int hash = id.lastIndexOf('#');
      if (hash >= 0 && id.substring(0, hash).equals(doc)) {
        here.add(id.substring(hash + 1));
      } else {
        elsewhere.add(id);
      }
    }
    StringBuilder line = new StringBuilder();
    comment(d, finding, here, elsewhere, line);
    if (line.length() > 0) {
      try {
        Files.writeString(dir.resolve(d.name + ".ann"), line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A failed finding as a comment on the first of {@code ids} (fact ids of this document), naming
   * the others it judged, here ({@code T3}) and in other documents ({@code doc#f3}).
   */
  private static void comment(Doc doc, Finding fi, List<String> ids, List<String> elsewhere, StringBuilder out) {
    if (!fi.status().equals("fail") || ids.isEmpty()) {
      return;
    }
    List<String> ts = new ArrayList<>(ids.stream().map(id -> "T" + id.substring(1)).toList());
    String kind = "warning".equals(fi.severity()) ? "AnnotationWarning" : "AnnotationError";
    ts.addAll(elsewhere);
    String others = ts.size() > 1 ? " (" + String.join(", ", ts) + ")" : "";
    out.append('#').append(doc.nextComment++).append('\t').append(kind).append(' ').append(ts.get(0)).append('\t')
        .append(fi.check()).append(" failed: ").append(oneLine(fi.message())).append(others).append('\n');
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }

  /** {@code [start, end)} cut at line breaks into the pieces that hold text. */
  static List<int[]> fragments(String text, int start, int end) {
    List<int[]> out = new ArrayList<>();
    int i = text.offsetByCodePoints(0, start);
    int from = start;
    for (int cp = start; cp < end; cp++) {
      int c = text.codePointAt(i);
      if (c == '\n' || c == '\r') {
        if (cp > from) {
          out.add(new int[] {from, cp});
        }
        from = cp + 1;
      }
      i += Character.charCount(c);
    }
    if (end > from || out.isEmpty()) {
      out.add(new int[] {Math.min(from, end), end});
    }
    return out;
  }

  /** A file name for a document: its own name where it is free, else with {@code _2}, {@code _3}. */
  private String fileName(String doc) {
    String last = doc.replace('\\', '/');
    last = last.substring(last.lastIndexOf('/') + 1);
    if (last.endsWith(".txt")) {
      last = last.substring(0, last.length() - 4);
    }
    String safe = last.equals("-") ? "stdin" : last.replaceAll("[^\\p{L}\\p{N}._-]", "_").replaceFirst("^\\.+", "");
    if (safe.isEmpty()) {
      safe = "doc";
    }
    String name = safe;
    for (int n = 2; !usedNames.add(name); n++) {
      name = safe + "_" + n;
    }
    return name;
  }

  @Override
  public void close() throws IOException {
    Path conf = dir.resolve("annotation.conf");
    if (!Files.exists(conf) || Files.readString(conf, StandardCharsets.UTF_8).startsWith(CONF_MARK)) {
      StringBuilder c = new StringBuilder(CONF_MARK).append(": one entity type per fact type\n[entities]\n");
      types.forEach(t -> c.append(t).append('\n'));
      // Facts nest and overlap (a TestingProgress holds its Quantity): allow any overlap.
      c.append("[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n[events]\n[attributes]\n");
      Files.writeString(conf, c, StandardCharsets.UTF_8);
    }
    Path log = dir.resolve("errors.log");
    if (!errors.isEmpty()) {
      Files.write(log, errors, StandardCharsets.UTF_8);
    } else {
      Files.deleteIfExists(log);
    }
  }
}
