package io.baoxun.io;

import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * An output file ({@code --out FILE}) that never looks whole before it is: the run writes
 * {@code .FILE.part} beside it, and only a run that finished renames that to {@code FILE}, after
 * forcing it to disk. A run that is stopped leaves {@code FILE} as it was and the partial file
 * under its own name, where {@code --resume} finds it.
 *
 * <p>The partial file is locked while a run writes it, so two runs cannot write the same output.
 */
public final class AtomicOutput implements Closeable {
  private final Path target;
  private final Path partial;
  private final FileChannel channel;
  private final FileLock lock;
  private boolean committed;

  private AtomicOutput(Path target, Path partial, FileChannel channel, FileLock lock) {
    this.target = target;
    this.partial = partial;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the partial file of {@code target} (without emptying it yet: it may be resumed from). */
  public static AtomicOutput open(Path target) throws IOException {
    Path partial = partialOf(target);
    FileChannel channel = FileChannel.open(partial, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.READ);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null;
    } catch (IOException e) {
      channel.close();
      throw e;
    }
    if (lock == null) {
      channel.close();
      throw new IOException("another run is writing " + target + " (" + partial + " is locked)");
    }
    return new AtomicOutput(target, partial, channel, lock);
  }

  /** {@code .NAME.part} beside {@code target}: what a run writes until it has finished. */
  public static Path partialOf(Path target) {
    return sibling(target, ".part");
  }

  /** {@code .NAME.resume} beside {@code target}: the documents a resumed run takes from earlier runs. */
  public static Path resumeStoreOf(Path target) {
    return sibling(target, ".resume");
  }

  private static Path sibling(Path target, String suffix) {
    Path abs = target.toAbsolutePath();
    return abs.resolveSibling("." + abs.getFileName() + suffix);
  }

  public Path target() {
    return target;
  }

  public Path partial() {
    return partial;
  }

  /**
   * Empties the partial file and returns a stream into it. Closing the stream only flushes it:
   * the file is closed by {@link #commit} or {@link #close}.
   */
  public OutputStream start() throws IOException {
    channel.truncate(0);
    channel.position(0);
    return new FilterOutputStream(Channels.newOutputStream(channel)) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        flush();
      }
    };
  }

  /** The run finished: the partial file, forced to disk, becomes the output; resume state goes. */
  public void commit() throws IOException {
    channel.force(true);
    lock.release();
    channel.close();
    try {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    }
    committed = true;
    Files.deleteIfExists(resumeStoreOf(target));
  }

  /** Whether {@link #commit} ran. */
  public boolean committed() {
    return committed;
  }

  /** Without a commit, the partial file stays for {@code --resume}; the output is untouched. */
  @Override
  public void close() throws IOException {
    if (!committed) {
      try {
        if (lock.isValid()) {
          lock.release();
        }
      } finally {
        channel.close();
      }
    }
  }
}
