package io.baoxun.grammar;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import io.baoxun.diag.Diagnostic;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.VocabularyImpl;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNDeserializer;
import org.antlr.v4.runtime.atn.ATNSerializer;

/**
 * Loaded grammars kept on disk, so that a run does not start ANTLR's tool on a grammar it has seen:
 * the tool takes about a second before the first document, the cache a few milliseconds.
 *
 * <p>An entry is named by a hash of everything the loaded grammar is made from: each grammar
 * file's name and text, each lexicon's name and entries, how files are shown in diagnostics, the
 * ANTLR version, and the code that builds a {@link PackGrammar} (these classes' bytes), so editing
 * any pack file or upgrading baoxun misses the cache and loads afresh. Only a grammar that loaded
 * without errors is kept, with its warnings. The anchors the engine works out later are added to
 * the entry when they are new. Entries are written to a temporary file and renamed, so a reader
 * never sees half of one; any entry that cannot be read is ignored and loaded afresh.
 *
 * <p>The folder is {@code baoxun.cache.dir} (a system property), else {@code BAOXUN_CACHE_DIR},
 * else {@code $XDG_CACHE_HOME/baoxun/packs} or {@code ~/.cache/baoxun/packs}; {@code off} turns
 * the cache off. At most {@link #KEEP} entries are kept, the oldest removed first.
 */
final class PackCache {
  private static final int MAGIC = 0x42585047; // "BXPG"
  private static final int FORMAT = 4;
  static final int KEEP = 32;
  /** The classes whose code decides what a loaded grammar holds. */
  private static final List<Class<?>> CODE =
      List.of(GrammarLoader.class, PackGrammar.class, PackCache.class, RuleAnchors.class, CommonTokens.class, LabelInfo.class);

  private final Path dir;

  private PackCache(Path dir) {
    this.dir = dir;
  }

  /** The cache in its usual folder, if there is one. */
  static Optional<PackCache> standard() {
    String configured = System.getProperty("baoxun.cache.dir");
    if (configured == null) {
      configured = System.getenv("BAOXUN_CACHE_DIR");
    }
    if (configured != null) {
      return configured.isBlank() || configured.equals("off") ? Optional.empty() : Optional.of(new PackCache(Path.of(configured)));
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return Optional.of(new PackCache(base.resolve("baoxun").resolve("packs")));
  }

  static PackCache in(Path dir) {
    return new PackCache(dir);
  }

  /** The key of a grammar made of these files (in order) and lexicons, shown with these names. */
  static String key(Map<Path, String> texts, List<Lexicon> lexicons, GrammarLoader.Display display) {
    Hasher h = Hashing.sha256().newHasher();
    h.putInt(FORMAT).putString(org.antlr.v4.Tool.VERSION, StandardCharsets.UTF_8);
    for (Class<?> c : CODE) {
      h.putBytes(classBytes(c));
    }
    for (Map.Entry<Path, String> e : texts.entrySet()) {
      h.putString(e.getKey().getFileName().toString(), StandardCharsets.UTF_8).putByte((byte) 0);
      h.putString(display.name(e.getKey()), StandardCharsets.UTF_8).putByte((byte) 0);
      h.putString(e.getValue(), StandardCharsets.UTF_8).putByte((byte) 0);
    }
    for (Lexicon lex : lexicons) {
      h.putString(lex.fragmentName(), StandardCharsets.UTF_8).putByte((byte) 0);
      for (String entry : lex.entries()) {
        h.putString(entry, StandardCharsets.UTF_8).putByte((byte) 0);
      }
      h.putByte((byte) 1);
    }
    return h.hash().toString();
  }

  private static byte[] classBytes(Class<?> c) {
    try (InputStream in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
      return in == null ? new byte[0] : in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }

  private Path file(String key) {
    return dir.resolve(key + ".grammar");
  }

  /** The grammar stored under {@code key}, if there is a readable entry. */
  Optional<PackGrammar> read(String key) {
    Path f = file(key);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(f)))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT || !in.readUTF().equals(key)) {
        return Optional.empty();
      }
      PackGrammar g = readGrammar(in);
      g.attachCache(this, key);
      return Optional.of(g);
    } catch (IOException | RuntimeException e) {
      // A damaged or foreign file: load afresh (and overwrite it).
      return Optional.empty();
    }
  }

  /** Stores a grammar under {@code key}; a cache that cannot be written is no error. */
  void write(String key, PackGrammar g) {
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".part");
      try {
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
          out.writeInt(MAGIC);
          out.writeInt(FORMAT);
          out.writeUTF(key);
          writeGrammar(out, g);
        }
        Files.move(tmp, file(key), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
      prune();
    } catch (IOException | RuntimeException e) {
      // Without a cache the next run loads the grammar again; nothing else is lost.
    }
  }

  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> s = Files.list(dir)) {
      entries = new ArrayList<>(s.filter(p -> p.toString().endsWith(".grammar")).toList());
    }
    if (entries.size() <= KEEP) {
      return;
    }
    entries.sort(Comparator.comparing(PackCache::modified));
    for (Path p : entries.subList(0, entries.size() - KEEP)) {
      Files.deleteIfExists(p);
    }
  }

  private static long modified(Path p) {
    try {
      return Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return 0;
    }
  }

  private static void writeGrammar(DataOutputStream out, PackGrammar g) throws IOException {
    out.writeUTF(g.fileName());
    writeInts(out, new ATNSerializer(g.lexerAtn()).serialize().toArray());
    writeInts(out, new ATNSerializer(g.parserAtn()).serialize().toArray());
    Vocabulary v = g.vocabulary();
    int n = v.getMaxTokenType() + 1;
    out.writeInt(n);
    for (int t = 0; t < n; t++) {
      writeNullable(out, v.getLiteralName(t));
      writeNullable(out, v.getSymbolicName(t));
    }
    writeStrings(out, g.lexerRuleNames());
    writeStrings(out, g.channelNames());
    writeStrings(out, g.modeNames());
    writeStrings(out, g.parserRuleNames());
    for (Map<String, ? extends Set<Integer>> labels : g.labelStates()) {
      out.writeInt(labels.size());
      for (Map.Entry<String, ? extends Set<Integer>> e : labels.entrySet()) {
        out.writeUTF(e.getKey());
        writeInts(out, e.getValue().stream().mapToInt(Integer::intValue).toArray());
      }
    }
    for (Map<String, LabelInfo> infos : g.labelInfos()) {
      out.writeInt(infos.size());
      for (LabelInfo l : infos.values()) {
        out.writeUTF(l.name());
        out.writeBoolean(l.list());
        writeStrings(out, l.rules().stream().sorted().toArray(String[]::new));
        out.writeBoolean(l.tokens());
      }
    }
    out.writeInt(g.warnings().size());
    for (Diagnostic d : g.warnings()) {
      out.writeUTF(d.severity().name());
      out.writeUTF(d.file());
      out.writeInt(d.line());
      out.writeInt(d.column());
      writeNullable(out, d.message());
      writeNullable(out, d.sourceLine().orElse(null));
    }
    Map<Integer, List<RuleAnchors.Anchor>> anchors = new TreeMap<>(g.knownAnchors());
    out.writeInt(anchors.size());
    for (Map.Entry<Integer, List<RuleAnchors.Anchor>> e : anchors.entrySet()) {
      out.writeInt(e.getKey());
      out.writeInt(e.getValue().size());
      for (RuleAnchors.Anchor a : e.getValue()) {
        writeLongs(out, a.anchors().toLongArray());
        writeLongs(out, a.before().toLongArray());
        writeLongs(out, a.far().toLongArray());
        writeTokenSets(out, a.next());
        writeTokenSets(out, a.prev());
      }
    }
  }

  private static PackGrammar readGrammar(DataInputStream in) throws IOException {
    String fileName = in.readUTF();
    ATN lexerAtn = new ATNDeserializer().deserialize(readInts(in));
    ATN parserAtn = new ATNDeserializer().deserialize(readInts(in));
    int n = in.readInt();
    String[] literal = new String[n];
    String[] symbolic = new String[n];
    for (int t = 0; t < n; t++) {
      literal[t] = readNullable(in);
      symbolic[t] = readNullable(in);
    }
    Vocabulary vocabulary = new VocabularyImpl(literal, symbolic);
    String[] lexerRuleNames = readStrings(in);
    String[] channelNames = readStrings(in);
    String[] modeNames = readStrings(in);
    String[] ruleNames = readStrings(in);
    List<Map<String, Set<Integer>>> labelStates = new ArrayList<>();
    for (int r = 0; r < ruleNames.length; r++) {
      int count = in.readInt();
      Map<String, Set<Integer>> m = new LinkedHashMap<>();
      for (int i = 0; i < count; i++) {
        String label = in.readUTF();
        Set<Integer> states = new LinkedHashSet<>();
        for (int s : readInts(in)) {
          states.add(s);
        }
        m.put(label, states);
      }
      labelStates.add(m);
    }
    List<Map<String, LabelInfo>> labelInfos = new ArrayList<>();
    for (int r = 0; r < ruleNames.length; r++) {
      int count = in.readInt();
      Map<String, LabelInfo> m = new TreeMap<>();
      for (int i = 0; i < count; i++) {
        String name = in.readUTF();
        boolean list = in.readBoolean();
        Set<String> rules = new java.util.TreeSet<>(List.of(readStrings(in)));
        boolean tokens = in.readBoolean();
        m.put(name, new LabelInfo(name, list, rules, tokens));
      }
      labelInfos.add(m);
    }
    int w = in.readInt();
    List<Diagnostic> warnings = new ArrayList<>();
    for (int i = 0; i < w; i++) {
      Diagnostic.Severity severity = Diagnostic.Severity.valueOf(in.readUTF());
      String file = in.readUTF();
      int line = in.readInt();
      int column = in.readInt();
      String message = readNullable(in);
      Optional<String> source = Optional.ofNullable(readNullable(in));
      warnings.add(new Diagnostic(severity, file, line, column, message, source));
    }
    PackGrammar g =
        PackGrammar.restored(
            fileName, lexerAtn, parserAtn, vocabulary, lexerRuleNames, channelNames, modeNames, ruleNames,
            labelStates, labelInfos, warnings);
    int rules = in.readInt();
    for (int i = 0; i < rules; i++) {
      int rule = in.readInt();
      int count = in.readInt();
      List<RuleAnchors.Anchor> list = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        BitSet anchors = BitSet.valueOf(readLongs(in));
        BitSet before = BitSet.valueOf(readLongs(in));
        BitSet far = BitSet.valueOf(readLongs(in));
        Map<Integer, BitSet> next = readTokenSets(in);
        Map<Integer, BitSet> prev = readTokenSets(in);
        list.add(new RuleAnchors.Anchor(anchors, before, far, next, prev));
      }
      g.restoreAnchors(rule, list);
    }
    return g;
  }

  /** A map from token types to sets of token types, as {@link RuleAnchors.Anchor#next} is. */
  private static void writeTokenSets(DataOutputStream out, Map<Integer, BitSet> sets) throws IOException {
    out.writeInt(sets.size());
    for (Map.Entry<Integer, BitSet> e : sets.entrySet()) {
      out.writeInt(e.getKey());
      writeLongs(out, e.getValue().toLongArray());
    }
  }

  private static Map<Integer, BitSet> readTokenSets(DataInputStream in) throws IOException {
    int n = in.readInt();
    Map<Integer, BitSet> sets = new TreeMap<>();
    for (int j = 0; j < n; j++) {
      int token = in.readInt();
      sets.put(token, BitSet.valueOf(readLongs(in)));
    }
    return sets;
  }

  private static void writeInts(DataOutputStream out, int[] a) throws IOException {
    out.writeInt(a.length);
    for (int x : a) {
      out.writeInt(x);
    }
  }

  private static int[] readInts(DataInputStream in) throws IOException {
    int[] a = new int[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readInt();
    }
    return a;
  }

  private static void writeLongs(DataOutputStream out, long[] a) throws IOException {
    out.writeInt(a.length);
    for (long x : a) {
      out.writeLong(x);
    }
  }

  private static long[] readLongs(DataInputStream in) throws IOException {
    long[] a = new long[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = in.readLong();
    }
    return a;
  }

  private static void writeStrings(DataOutputStream out, String[] a) throws IOException {
    out.writeInt(a.length);
    for (String s : a) {
      writeNullable(out, s);
    }
  }

  private static String[] readStrings(DataInputStream in) throws IOException {
    String[] a = new String[in.readInt()];
    for (int i = 0; i < a.length; i++) {
      a[i] = readNullable(in);
    }
    return a;
  }

  private static void writeNullable(DataOutputStream out, String s) throws IOException {
    out.writeBoolean(s != null);
    if (s != null) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      out.writeInt(b.length);
      out.write(b);
    }
  }

  private static String readNullable(DataInputStream in) throws IOException {
    if (!in.readBoolean()) {
      return null;
    }
    byte[] b = new byte[in.readInt()];
    in.readFully(b);
    return new String(b, StandardCharsets.UTF_8);
  }
}
