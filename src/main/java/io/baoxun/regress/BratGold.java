package io.baoxun.regress;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.baoxun.io.BratNotes;
import io.baoxun.io.BratText;
import io.baoxun.text.DecodeResult;
import io.baoxun.text.Decoder;
import io.baoxun.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gold facts from brat standoff annotations: a {@code NAME.ann} file beside the {@code NAME.txt}
 * it annotates, as brat and INCEpTION export them.
 *
 * <ul>
 *   <li>A text-bound annotation {@code T1<TAB>TestingProgress 5891 5937<TAB>截至…} is a fact of that
 *       type; a discontinuous one ({@code 0 5;6 10}) spans from its first fragment's start to its
 *       last fragment's end.
 *   <li>Its fields come from its notes ({@code #1<TAB>AnnotatorNotes T1<TAB>completed.value=794000;
 *       completed.unit=人次}) and attributes ({@code A1<TAB>region T1 莘县}), in the syntax of {@link
 *       BratNotes}; other comments (brat's {@code AnnotationError}...) and relations, events and
 *       normalisations are not read.
 *   <li>Offsets are converted to baoxun's (code points of the text as decoded, line breaks as they
 *       are). The way they are counted is found per file, as the one among {@link
 *       BratText#countings} under which every annotation's text matches the {@code .txt}: brat's
 *       server counts code points with CR LF as one, Java and JavaScript tools UTF-16 units.
 * </ul>
 *
 * A fact's {@code doc} is the path of its {@code .txt}. Problems are reported as {@link
 * IOException}s whose message is {@code file:line: what is wrong}.
 */
public final class BratGold {
  private static final Pattern SPANS = Pattern.compile("(\\d+) (\\d+)((?:;\\d+ \\d+)*)");

  private BratGold() {}

  /** A text-bound annotation as written. */
  private record Bound(String id, String type, List<int[]> fragments, String text, int line) {}

  /** A note ({@code name=value; ...}) or an attribute ({@code name=value}) on an annotation. */
  private record Note(String target, String text, int line, boolean attribute) {}

  /** The gold facts of one {@code .ann} file. */
  public static List<GoldFact> read(Path ann) throws IOException {
    String name = ann.getFileName().toString();
    Path txt = ann.resolveSibling(name.substring(0, name.length() - ".ann".length()) + ".txt");
    if (!Files.isRegularFile(txt)) {
      throw new IOException(ann + ": no " + txt.getFileName() + " beside it (brat annotations need the text they annotate)");
    }
    byte[] bytes = Files.readAllBytes(txt);
    DecodeResult read = Decoder.decode(bytes);
    if (!(read instanceof DecodeResult.Decoded decoded)) {
      throw new IOException(txt + ": " + ((DecodeResult.Undecodable) read).message());
    }
    String original = decoded.text();
    boolean bom = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;

    Map<String, Bound> bounds = new LinkedHashMap<>();
    Map<String, ObjectNode> fields = new LinkedHashMap<>();
    Map<String, String> rules = new LinkedHashMap<>();
    List<Note> notes = new ArrayList<>();
    List<String> lines = Files.readAllLines(ann, StandardCharsets.UTF_8);
    for (int n = 1; n <= lines.size(); n++) {
      String line = lines.get(n - 1);
      if (n == 1 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isBlank()) {
        continue;
      }
      String where = ann + ":" + n;
      int tab = line.indexOf('\t');
      if (tab <= 0) {
        throw new IOException(where + ": not a brat annotation line (ID, tab, annotation)");
      }
      String id = line.substring(0, tab);
      String rest = line.substring(tab + 1);
      int tab2 = rest.indexOf('\t');
      String data = tab2 < 0 ? rest : rest.substring(0, tab2);
      String tail = tab2 < 0 ? "" : rest.substring(tab2 + 1);
      switch (id.charAt(0)) {
        case 'T' -> {
          Bound b = bound(id, data, tail, n, where);
          if (bounds.put(id, b) != null) {
            throw new IOException(where + ": " + id + " is defined twice");
          }
          fields.put(id, JsonNodeFactory.instance.objectNode());
        }
        case '#' -> {
          String[] typeTarget = data.trim().split("\\s+");
          if (typeTarget.length == 2 && typeTarget[0].equals("AnnotatorNotes")) {
            notes.add(new Note(typeTarget[1], tail, n, false));
          }
        }
        case 'A', 'M' -> {
          String[] parts = data.trim().split(" ", 3);
          if (parts.length < 2) {
            throw new IOException(where + ": an attribute needs a name and a target");
          }
          notes.add(new Note(parts[1], parts[0] + "=" + (parts.length == 3 ? parts[2] : "true"), n, true));
        }
        case 'R', 'E', 'N', '*' -> {
          // Relations, events, normalisations and equivalences are not facts' fields.
        }
        default -> throw new IOException(where + ": unknown annotation id '" + id + "'");
      }
    }
    for (Note note : notes) {
      String where = ann + ":" + note.line();
      ObjectNode target = fields.get(note.target());
      if (target == null) {
        if (note.target().startsWith("T")) {
          throw new IOException(where + ": " + (note.attribute() ? "attribute" : "note") + " on " + note.target()
              + ", which is not defined");
        }
        continue; // on a relation or an event: not a fact's field
      }
      try {
        if (note.attribute()) {
          int eq = note.text().indexOf('=');
          BratNotes.set(target, note.text().substring(0, eq), BratNotes.parseValue(note.text().substring(eq + 1)));
        } else {
          String rule = BratNotes.parseInto(note.text(), target);
          if (rule != null) {
            rules.put(note.target(), rule);
          }
        }
      } catch (BratNotes.Malformed e) {
        throw new IOException(where + ": " + e.getMessage());
      }
    }

    BratText seen = counting(original, bom, bounds.values(), ann);
    List<GoldFact> out = new ArrayList<>();
    String doc = txt.toString();
    for (Bound b : bounds.values()) {
      int start = b.fragments().get(0)[0];
      int end = b.fragments().get(b.fragments().size() - 1)[1];
      Span span = seen.toOriginal(start, end)
          .orElseThrow(() -> new IOException(ann + ":" + b.line() + ": " + b.id() + " " + start + "-" + end + " does not fall between characters of " + txt.getFileName()));
      String text = original.substring(original.offsetByCodePoints(0, span.start()), original.offsetByCodePoints(0, span.end()));
      out.add(new GoldFact(doc, b.type(), rules.getOrDefault(b.id(), ""), span, text, fields.get(b.id())));
    }
    return out;
  }

  private static Bound bound(String id, String data, String text, int line, String where) throws IOException {
    int space = data.indexOf(' ');
    Matcher m = space < 0 ? null : SPANS.matcher(data.substring(space + 1).strip());
    if (m == null || !m.matches()) {
      throw new IOException(where + ": " + id + " needs TYPE START END (fragments joined by ;), then a tab and the text");
    }
    List<int[]> fragments = new ArrayList<>();
    for (String f : data.substring(space + 1).strip().split(";")) {
      String[] se = f.split(" ");
      int s = Integer.parseInt(se[0]);
      int e = Integer.parseInt(se[1]);
      if (s > e) {
        throw new IOException(where + ": " + id + " starts after it ends (" + s + " > " + e + ")");
      }
      fragments.add(new int[] {s, e});
    }
    return new Bound(id, data.substring(0, space), fragments, text, line);
  }

  /**
   * The first way of counting under which every annotation's text is the text at its offsets
   * (fragments joined by a space, as brat writes them). An annotation with no text is not
   * compared, as brat fills it in from the offsets.
   */
  private static BratText counting(String original, boolean bom, Iterable<Bound> bounds, Path ann) throws IOException {
    BratText first = null;
    for (BratText.Counting c : BratText.countings(bom)) {
      BratText seen = BratText.of(original, c);
      first = first == null ? seen : first;
      if (mismatch(seen, bounds).isEmpty()) {
        return seen;
      }
    }
    Bound b = mismatch(first, bounds).get();
    List<String> texts = new ArrayList<>();
    for (int[] f : b.fragments()) {
      if (!first.isBoundary(f[0]) || !first.isBoundary(f[1])) {
        throw new IOException(ann + ":" + b.line() + ": " + b.id() + " " + f[0] + "-" + f[1] + " lies outside the text ("
            + first.length() + " characters)");
      }
      texts.add(first.slice(f[0], f[1]));
    }
    throw new IOException(ann + ":" + b.line() + ": " + b.id() + " says «" + b.text() + "» but the text there is «"
        + String.join(" ", texts).replace("\n", "⏎") + "» (counted in code points, and in UTF-16 units, with and without CR LF as one)");
  }

  private static Optional<Bound> mismatch(BratText seen, Iterable<Bound> bounds) {
    for (Bound b : bounds) {
      List<String> texts = new ArrayList<>();
      for (int[] f : b.fragments()) {
        if (!seen.isBoundary(f[0]) || !seen.isBoundary(f[1])) {
          return Optional.of(b);
        }
        texts.add(seen.slice(f[0], f[1]));
      }
      if (!b.text().isEmpty() && !String.join(" ", texts).equals(b.text())) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }
}
