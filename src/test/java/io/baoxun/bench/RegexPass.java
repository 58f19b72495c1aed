package io.baoxun.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The yardstick of the corpus benchmark: a plain {@code java.util.regex} find-all pass, with
 * patterns for what the built-in pack anchors on (datelines, dates, quantities, percents,
 * 截至…完成…, 其中…), over the same files as {@code extract}, read and decoded the same way. It
 * finds strings only: no values, no segmentation, no checks. {@code scripts/bench-corpus.sh} times
 * it beside {@code extract} and reports the ratio.
 */
public final class RegexPass {
  /** The anchor patterns, by what they stand for. */
  public static final List<Pattern> PATTERNS =
      List.of(
          // 本报讯, 本报3月1日讯, 新华社北京3月18日电, 聊城日报讯 (the outlet's own name is left
          // out: a find-all tried at every character does not need it, and \p{IsHan}{2,4} there
          // would make this one pattern slower than all the others together)
          Pattern.compile("(本报|新华社|日报|晚报|网|融媒)[^，。\\n]{0,12}?(讯|电)"),
          // 2022年3月20日, 3月20日12时, 3月20日0—24时
          Pattern.compile("(\\d{4}年)?\\d{1,2}月\\d{1,2}日(\\d{1,2}(—\\d{1,2})?[时点](\\d{1,2}分)?)?"),
          // 79.4万人次, 2例, 1632人
          Pattern.compile("\\d+(\\.\\d+)?\\s*[万亿]?\\s*(人次|剂次|人份|例|个|人|名|家|间|吨|元|亩|次|处|条|份|场|户|辆|件|所|支)"),
          // 88.10%, 百分之五
          Pattern.compile("\\d+(\\.\\d+)?\\s*[%％]|百分之[零一二三四五六七八九十百点]+"),
          // 截至3月20日，…完成核酸检测79.4万人次
          Pattern.compile("(截至|截止)[^。]*?完成[^。，]*?\\d+(\\.\\d+)?[万亿]?"),
          // 其中，高唐县1例
          Pattern.compile("其中[，,：:]?[^。；]{0,60}?\\d+(\\.\\d+)?[万亿]?(例|人|个|名|家|人次)"));

  private RegexPass() {}

  public static void main(String[] args) throws IOException {
    long start = System.nanoTime();
    long bytes = 0;
    long matches = 0;
    int docs = 0;
    for (Path f : files(args)) {
      byte[] b = Files.readAllBytes(f);
      bytes += b.length;
      matches += count(new String(b, StandardCharsets.UTF_8));
      docs++;
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("regex-pass docs=%d bytes=%d matches=%d seconds=%.3f%n", docs, bytes, matches, seconds);
  }

  /** How many matches all patterns find in a text. */
  public static long count(String text) {
    long n = 0;
    for (Pattern p : PATTERNS) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        n++;
      }
    }
    return n;
  }

  /** The *.txt files under the arguments, in the order extract reads them. */
  static List<Path> files(String[] args) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String a : args) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).map(Path::toString).filter(x -> x.endsWith(".txt")).sorted().map(Path::of).forEach(out::add);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
