package io.baoxun.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.baoxun.pipeline.DocumentResult;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The documents earlier runs already wrote to an output, for {@code extract --out FILE --resume}.
 *
 * <p>A document is <em>complete</em> in a file when its {@code document} record and every record
 * after it up to the next document's (or the findings across documents, which come after all
 * documents) are whole lines. In the partial file of a stopped run, the last document is never
 * complete: the run may have stopped between two of its lines, so it is done again. In a finished
 * output every document is complete. Documents with an {@code error} record are tried again: what
 * failed (a file being written, a time budget) may pass now.
 *
 * <p>The partial file of a stopped run and what a stopped resumed run had taken are gathered into
 * {@code .FILE.resume} before the new run empties the partial file; without either, a finished
 * {@code FILE} is resumed from. Only an index (document to byte range) is kept in memory; a
 * document's records are read when its turn comes, and taken only if they read back exactly
 * ({@link ResultReader}).
 */
public final class EarlierOutput implements Closeable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final FileChannel file;
  private final Map<String, Range> index;
  private final ResultReader reader;

  private EarlierOutput(FileChannel file, Map<String, Range> index, ResultReader reader) {
    this.file = file;
    this.index = index;
    this.reader = reader;
  }

  /** Nothing to resume from. */
  public static EarlierOutput none() {
    return new EarlierOutput(null, Map.of(), null);
  }

  /**
   * What earlier runs wrote for {@code output}: its partial file and resume store, gathered into
   * the resume store, or else the finished output. Call before the new run empties the partial
   * file.
   */
  public static EarlierOutput gather(AtomicOutput output, ResultReader reader) throws IOException {
    Path partial = output.partial();
    Path store = AtomicOutput.resumeStoreOf(output.target());
    boolean stopped = Files.exists(partial) && Files.size(partial) > 0;
    if (stopped || Files.exists(store)) {
      Path tmp = store.resolveSibling(store.getFileName() + ".tmp");
      try (OutputStream out = Files.newOutputStream(tmp)) {
        Map<String, Range> taken = new LinkedHashMap<>();
        if (stopped) {
          copy(partial, false, out, taken);
        }
        if (Files.exists(store)) {
          copy(store, true, out, taken);
        }
      }
      try {
        Files.move(tmp, store, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, store, StandardCopyOption.REPLACE_EXISTING);
      }
      return open(store, reader);
    }
    if (Files.isRegularFile(output.target())) {
      return open(output.target(), reader);
    }
    return none();
  }

  private static EarlierOutput open(Path finished, ResultReader reader) throws IOException {
    Map<String, Range> index = new LinkedHashMap<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(finished))) {
      for (Range r : complete(in, true)) {
        index.putIfAbsent(r.doc(), r);
      }
    }
    return new EarlierOutput(FileChannel.open(finished, StandardOpenOption.READ), index, reader);
  }

  /** How many documents can be taken. */
  public int size() {
    return index.size();
  }

  /** The result an earlier run wrote for {@code doc}, if complete and exactly readable. */
  public Optional<DocumentResult> result(String doc) {
    Range range = index.get(doc);
    if (range == null) {
      return Optional.empty();
    }
    try {
      String text = new String(read(file, range), StandardCharsets.UTF_8);
      List<String> lines = Arrays.asList(text.substring(0, text.length() - 1).split("\n", -1));
      return reader.read(lines);
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() throws IOException {
    if (file != null) {
      file.close();
    }
  }

  /** Copies the complete documents of {@code from} not yet taken. */
  private static void copy(Path from, boolean finished, OutputStream out, Map<String, Range> taken) throws IOException {
    List<Range> ranges;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(from))) {
      ranges = complete(in, finished);
    }
    try (FileChannel f = FileChannel.open(from, StandardOpenOption.READ)) {
      for (Range r : ranges) {
        if (taken.putIfAbsent(r.doc(), r) == null) {
          out.write(read(f, r));
        }
      }
    }
  }

  private static byte[] read(FileChannel f, Range range) throws IOException {
    long length = range.end() - range.start();
    if (length > Integer.MAX_VALUE - 8) {
      throw new IOException("a document's records too long to read back");
    }
    ByteBuffer b = ByteBuffer.allocate((int) length);
    long pos = range.start();
    while (b.hasRemaining()) {
      int n = f.read(b, pos);
      if (n < 0) {
        throw new IOException("file shorter than its index");
      }
      pos += n;
    }
    return b.array();
  }

  /**
   * The complete documents of a file of records, in order.
   * Reading stops at the first line that is cut short, not JSON, or of an unknown kind: nothing
   * after such a line is trusted.
   */
  static List<Range> complete(InputStream in, boolean finished) throws IOException {
    List<Range> out = new ArrayList<>();
    Group open = null;
    long offset = 0;
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    while (true) {
      line.reset();
      int c;
      while ((c = in.read()) >= 0 && c != '\n') {
        line.write(c);
      }
      if (c < 0) {
        break; // the end, or a last line with no line break: cut short
      }
      long end = offset + line.size() + 1;
      JsonNode n;
      try {
        n = JSON.readTree(line.toString(StandardCharsets.UTF_8));
      } catch (IOException e) {
        n = null;
      }
      String kind = n == null ? null : n.path("kind").asText(null);
      String doc = n == null || !n.path("doc").isTextual() ? null : n.get("doc").textValue();
      if (kind == null || doc == null) {
        open = null;
        break;
      }
      boolean stop = false;
      switch (kind) {
        case "document" -> {
          close(open, out);
          open = new Group(doc, offset);
        }
        case "error" -> {
          close(open, out);
          open = null;
        }
        case "fact" -> {
          if (open == null || !open.doc.equals(doc) || open.sawFinding) {
            open = null; // records out of place: this document is done again
          }
        }
        case "finding" -> {
          if (acrossDocuments(n)) {
            // Findings across documents come after every document: all before are whole.
            close(open, out);
            open = null;
            stop = true;
          } else if (open == null || !open.doc.equals(doc)) {
            open = null;
          } else {
            open.sawFinding = true;
          }
        }
        default -> {
          open = null;
          stop = true;
        }
      }
      if (open != null) {
        open.end = end;
      }
      offset = end;
      if (stop) {
        break;
      }
    }
    if (finished) {
      close(open, out);
    }
    return out;
  }

  /** A finding across documents names its facts {@code doc#id}; a document's own, {@code id}. */
  private static boolean acrossDocuments(JsonNode finding) {
    for (JsonNode id : finding.path("facts")) {
      if (id.isTextual() && id.textValue().contains("#")) {
        return true;
      }
    }
    return false;
  }

  private static void close(Group g, List<Range> out) {
    if (g != null) {
      out.add(new Range(g.doc, g.start, g.end));
    }
  }

  /** The bytes {@code [start, end)} of a file that hold one complete document's records. */
  record Range(String doc, long start, long end) {}

  /** The document whose records are being read. */
  private static final class Group {
    final String doc;
    final long start;
    long end;
    boolean sawFinding;

    Group(String doc, long start) {
      this.doc = doc;
      this.start = start;
    }
  }
}
