package io.baoxun.regress;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Gold facts from wherever a user keeps them, and matched to the documents of a run. */
public final class Gold {
  private Gold() {}

  /**
   * The facts of a gold path: a {@code .ann} file is brat standoff ({@link BratGold}), any other
   * file JSON Lines; a folder is walked for both, in sorted order.
   */
  public static List<GoldFact> read(Path path) throws IOException {
    if (!Files.exists(path)) {
      throw new IOException(path + ": no such file or folder");
    }
    if (!Files.isDirectory(path)) {
      return path.toString().endsWith(".ann") ? BratGold.read(path) : FactRecords.read(path);
    }
    List<Path> files;
    try (Stream<Path> s = Files.walk(path)) {
      files = s.filter(Files::isRegularFile)
          .filter(p -> p.toString().endsWith(".jsonl") || p.toString().endsWith(".ann"))
          .sorted()
          .toList();
    }
    List<GoldFact> out = new ArrayList<>();
    for (Path f : files) {
      out.addAll(read(f));
    }
    return out;
  }

  /** Gold facts with their documents named as the run names them, and the gold documents it lacks. */
  public record Aligned(List<GoldFact> facts, Set<String> unmatched) {}

  /**
   * Names each gold document as the run does: as it is, when the run has a document of that name;
   * else as the one document of the run with the same file name ({@code annotations/u01.txt} is
   * the run's {@code pages/u01.txt}), as gold is often kept apart from the pages.
   */
  public static Aligned align(List<GoldFact> gold, Collection<String> runDocs) {
    Map<String, List<String>> byFileName = new HashMap<>();
    for (String d : runDocs) {
      byFileName.computeIfAbsent(fileName(d), k -> new ArrayList<>()).add(d);
    }
    Map<String, String> renamed = new HashMap<>();
    Set<String> unmatched = new LinkedHashSet<>();
    List<GoldFact> out = new ArrayList<>(gold.size());
    for (GoldFact g : gold) {
      String doc = renamed.computeIfAbsent(g.doc(), d -> {
        if (runDocs.contains(d)) {
          return d;
        }
        List<String> same = byFileName.getOrDefault(fileName(d), List.of());
        if (same.size() == 1) {
          return same.get(0);
        }
        unmatched.add(d);
        return d;
      });
      out.add(doc.equals(g.doc()) ? g : new GoldFact(doc, g.type(), g.rule(), g.span(), g.text(), g.fields()));
    }
    return new Aligned(out, unmatched);
  }

  private static String fileName(String doc) {
    String s = doc.replace('\\', '/');
    return s.substring(s.lastIndexOf('/') + 1);
  }
}
