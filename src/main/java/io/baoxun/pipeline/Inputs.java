package io.baoxun.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Turns command-line paths into documents, lazily and in a fixed order: arguments as given,
 * folders walked recursively in sorted order for {@code *.txt} (a {@code .jsonl} file is read only
 * when named, as folders hold snapshots and gold in that form), {@code -} for standard input, each
 * line of a named {@code .jsonl} file a document {@code {"id","text"}}.
 *
 * <p>Nothing larger than the size limit is read into memory: a larger file, standard input or
 * {@code .jsonl} line becomes an {@link Input.Unreadable} saying so. With an earlier run's results
 * ({@code --resume}), a document already done is not read at all: it comes as {@link Input.Done}.
 */
public final class Inputs implements Iterator<Input> {
  /** Made when a .jsonl input is first read: creating a mapper takes a tenth of a second at start. */
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();
  }

  private final Deque<String> args;
  private final InputStream stdin;
  private final long maxBytes;
  private final Function<String, Optional<DocumentResult>> done;
  private final Deque<Input> ready = new ArrayDeque<>();
  private Reader jsonl;
  private String jsonlName;
  private int jsonlLine;
  private boolean afterCr;

  public Inputs(Iterable<String> paths, InputStream stdin) {
    this(paths, stdin, Long.MAX_VALUE, name -> Optional.empty());
  }

  /**
   * @param maxBytes the largest document read ({@code --max-doc-size})
   * @param done the result an earlier run already has for a document name, if any
   */
  public Inputs(
      Iterable<String> paths, InputStream stdin, long maxBytes, Function<String, Optional<DocumentResult>> done) {
    this.args = new ArrayDeque<>();
    paths.forEach(this.args::add);
    this.stdin = stdin;
    this.maxBytes = maxBytes;
    this.done = done;
  }

  @Override
  public boolean hasNext() {
    fill();
    return !ready.isEmpty();
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  private void fill() {
    while (ready.isEmpty()) {
      if (jsonl != null) {
        readJsonlLine();
        continue;
      }
      if (args.isEmpty()) {
        return;
      }
      expand(args.poll());
    }
  }

  private void expand(String arg) {
    if (arg.equals("-")) {
      try {
        // One byte more than the limit tells a stream over it; no array holds more than this anyway.
        byte[] bytes = stdin.readNBytes((int) Math.min(Integer.MAX_VALUE - 9L, maxBytes) + 1);
        if (bytes.length > maxBytes) {
          ready.add(new Input.Unreadable("-", Sizes.tooLarge(bytes.length, maxBytes).replace(" > ", " or more > ")));
        } else {
          ready.add(new Input.Bytes("-", bytes));
        }
      } catch (IOException e) {
        ready.add(new Input.Unreadable("-", "cannot read standard input: " + why(e)));
      }
      return;
    }
    Path p = Path.of(arg);
    if (Files.isDirectory(p)) {
      List<String> found;
      try {
        found = folderFiles(p);
      } catch (IOException | UncheckedIOException e) {
        ready.add(new Input.Unreadable(arg, "cannot read folder: " + why(e)));
        return;
      }
      // The folder's files come next, before the remaining arguments.
      for (int i = found.size() - 1; i >= 0; i--) {
        args.push(found.get(i));
      }
      return;
    }
    if (!Files.exists(p)) {
      ready.add(new Input.Unreadable(arg, "no such file or folder"));
    } else if (arg.endsWith(".jsonl")) {
      try {
        jsonl =
            new BufferedReader(
                new InputStreamReader(
                    Files.newInputStream(p),
                    StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE)));
        jsonlName = arg;
        jsonlLine = 0;
        afterCr = false;
      } catch (IOException e) {
        ready.add(new Input.Unreadable(arg, "cannot read: " + why(e)));
      }
    } else {
      Optional<DocumentResult> known = done.apply(arg);
      if (known.isPresent()) {
        ready.add(new Input.Done(known.get()));
        return;
      }
      try {
        long size = Files.size(p);
        if (size > maxBytes) {
          ready.add(new Input.Unreadable(arg, Sizes.tooLarge(size, maxBytes)));
        } else {
          ready.add(new Input.Bytes(arg, Files.readAllBytes(p)));
        }
      } catch (IOException | OutOfMemoryError e) {
        ready.add(new Input.Unreadable(arg, "cannot read: " + why(e)));
      }
    }
  }

  /**
   * The documents a folder holds, as a run reads them: the {@code *.txt} files under it, sorted by path string so the order is the same on
   * every file system. What cannot be read is kept, to be reported when its turn comes rather than
   * dropped: a link to nowhere, a subfolder the walk cannot open.
   */
  public static List<String> folderFiles(Path dir) throws IOException {
    List<String> found = new ArrayList<>();
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (file.toString().endsWith(".txt") && (attrs.isRegularFile() || attrs.isSymbolicLink())) {
          found.add(file.toString());
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        if (file.equals(dir)) {
          throw e; // the folder itself: reported as the argument that it is
        }
        // Expanded again in its turn, it fails again, and then with its own name and reason.
        if (file.toString().endsWith(".txt") || Files.isDirectory(file)) {
          found.add(file.toString());
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  private void readJsonlLine() {
    Line line;
    try {
      line = readLine();
    } catch (IOException e) {
      ready.add(new Input.Unreadable(jsonlName + ":" + (jsonlLine + 1), "cannot read: " + why(e)));
      closeJsonl();
      return;
    }
    if (line == null) {
      closeJsonl();
      return;
    }
    jsonlLine++;
    String where = jsonlName + ":" + jsonlLine;
    if (line.tooLong()) {
      ready.add(new Input.Unreadable(where, "a line longer than the size limit (" + Sizes.show(maxBytes) + ", --max-doc-size); not read"));
      return;
    }
    if (line.text().isBlank()) {
      return;
    }
    try {
      JsonNode n = Json.MAPPER.readTree(line.text());
      JsonNode id = n == null ? null : n.get("id");
      JsonNode text = n == null ? null : n.get("text");
      if (id == null || !id.isTextual() || text == null || !text.isTextual()) {
        ready.add(new Input.Unreadable(where, "a .jsonl line must be {\"id\": string, \"text\": string}"));
      } else {
        Optional<DocumentResult> known = done.apply(id.asText());
        ready.add(known.<Input>map(Input.Done::new).orElseGet(() -> new Input.Text(id.asText(), text.asText())));
      }
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      ready.add(new Input.Unreadable(where, "not valid JSON: " + oneLine(e.getOriginalMessage())));
    }
  }

  /** A line of a {@code .jsonl} file; one over the size limit is skipped, not kept. */
  private record Line(String text, boolean tooLong) {}

  /**
   * The next line of the {@code .jsonl} file without its end (LF, CRLF or CR), null at the end. A
   * line is held in memory only up to the size limit in characters; the text it holds is checked
   * against the limit in bytes when it is processed.
   */
  private Line readLine() throws IOException {
    StringBuilder b = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    int c;
    while ((c = jsonl.read()) >= 0) {
      if (afterCr && c == '\n') {
        afterCr = false;
        continue; // the LF of a CRLF already ended its line
      }
      afterCr = c == '\r';
      any = true;
      if (c == '\n' || c == '\r') {
        break;
      }
      if (tooLong) {
        continue;
      }
      b.append((char) c);
      if (b.length() > maxBytes) {
        tooLong = true;
        b = new StringBuilder();
      }
    }
    if (!any) {
      return null;
    }
    return tooLong ? new Line("", true) : new Line(b.toString(), false);
  }

  /** Why reading failed, in words: the exception's message alone is often just the path. */
  private static String why(Throwable e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file or folder";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof OutOfMemoryError) {
      return "too large for the memory Java was given";
    }
    if (e instanceof UncheckedIOException u) {
      return why(u.getCause());
    }
    return oneLine(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replaceAll("\\s+", " ").strip();
  }

  private void closeJsonl() {
    try {
      jsonl.close();
    } catch (IOException ignored) {
      // Nothing more is read from it; a failure to close loses nothing.
    }
    jsonl = null;
  }
}
