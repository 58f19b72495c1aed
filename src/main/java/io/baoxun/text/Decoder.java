package io.baoxun.text;

import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.base.Preconditions.checkState;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a file's bytes as text, detecting the encoding: UTF-8 (with or without BOM) first, then
 * GB18030 (a superset of GBK and GB2312), both strictly. Anything else is {@link
 * DecodeResult.Undecodable} with the byte offset where reading failed.
 *
 * <ul>
 *   <li>Pure ASCII is valid UTF-8, so it is reported as UTF-8.
 *   <li>A UTF-8 BOM is dropped from the text; after one, only UTF-8 is tried.
 *   <li>A UTF-16 BOM ({@code FE FF} or {@code FF FE}, neither of which can start UTF-8 or GB18030
 *       text) is honoured: the rest is decoded strictly as UTF-16BE/LE, and the encoding reported
 *       as such. Without a BOM, UTF-16 is not guessed: its NUL bytes make it binary.
 *   <li>Binary content is refused rather than read as text: any NUL byte, or more than 1 in 20
 *       characters being control characters other than TAB, LF, VT, FF, CR. GB18030 decodes nearly
 *       any byte sequence, so text read as GB18030 is also refused when more than 1 in 20 of its
 *       characters are private-use (GB18030's user-defined areas, where random bytes land).
 * </ul>
 *
 * <p>Stateless and thread-safe; decoding is linear in the input.
 */
public final class Decoder {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** More than one suspicious character in this many makes the text implausible. */
  private static final int SUSPICIOUS_ONE_IN = 20;

  private Decoder() {}

  /** Decodes {@code bytes}; never throws for bad input, only reports it. */
  public static DecodeResult decode(byte[] bytes) {
    checkNotNull(bytes, "bytes");
    if (bytes.length == 0) {
      return new DecodeResult.Decoded("", "UTF-8");
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return decodeUtf16(bytes, StandardCharsets.UTF_16BE);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return decodeUtf16(bytes, StandardCharsets.UTF_16LE);
    }
    boolean bom = startsWith(bytes, 0xEF, 0xBB, 0xBF);
    int start = bom ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return new DecodeResult.Undecodable(i, "binary content (NUL byte) at byte " + i);
      }
    }
    // String's own decoder is the fast one, and it replaces each malformed sequence with U+FFFD:
    // without one in its result, the bytes were valid UTF-8 and the strict decoder gives the same.
    String quick = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
    if (quick.indexOf('\uFFFD') < 0) {
      return withoutControls(quick, StandardCharsets.UTF_8, start);
    }
    Strict utf8 = strict(bytes, start, StandardCharsets.UTF_8);
    if (utf8.text != null) {
      return withoutControls(utf8.text, StandardCharsets.UTF_8, start);
    }
    if (bom) {
      return new DecodeResult.Undecodable(utf8.errorAt, "not valid UTF-8 at byte " + utf8.errorAt);
    }
    String notText = "not valid UTF-8 or GB18030 at byte " + utf8.errorAt;
    Strict gb = strict(bytes, 0, GB18030);
    if (gb.text == null || mostlyPrivateUse(gb.text)) {
      // The UTF-8 offset is reported: it is where a reader looking for text first goes wrong.
      return new DecodeResult.Undecodable(utf8.errorAt, notText);
    }
    return withoutControls(gb.text, GB18030, 0);
  }

  private static DecodeResult decodeUtf16(byte[] bytes, Charset charset) {
    Strict s = strict(bytes, 2, charset);
    if (s.text == null) {
      return new DecodeResult.Undecodable(
          s.errorAt, "not valid " + charset.name() + " at byte " + s.errorAt);
    }
    return withoutControls(s.text, charset, 2);
  }

  /** The decoded text, unless control characters say the bytes were binary after all. */
  private static DecodeResult withoutControls(String text, Charset charset, int start) {
    // Control characters are never surrogates: the scan reads UTF-16 units.
    int suspicious = 0;
    int first = -1;
    char[] chars = text.toCharArray(); // faster to scan than charAt under the client compiler
    for (int i = 0; i < chars.length; i++) {
      if (isSuspiciousControl(chars[i])) {
        if (first < 0) {
          first = i;
        }
        suspicious++;
      }
    }
    if (suspicious > 0 && (long) suspicious * SUSPICIOUS_ONE_IN > text.codePointCount(0, text.length())) {
      // Re-encoding the valid prefix gives back its exact byte length in these charsets.
      long at = start + (long) text.substring(0, first).getBytes(charset).length;
      return new DecodeResult.Undecodable(at, "binary content (control characters) at byte " + at);
    }
    return new DecodeResult.Decoded(text, charset.name());
  }

  private static boolean isSuspiciousControl(int cp) {
    if (cp < 0x20) {
      return cp != '\t' && cp != '\n' && cp != 0x0B && cp != '\f' && cp != '\r';
    }
    return cp >= 0x7F && cp <= 0x9F;
  }

  private static boolean mostlyPrivateUse(String text) {
    int privateUse = 0;
    int total = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.getType(cp) == Character.PRIVATE_USE) {
        privateUse++;
      }
      total++;
      i += Character.charCount(cp);
    }
    return privateUse > 0 && (long) privateUse * SUSPICIOUS_ONE_IN > total;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** The text of {@code bytes[start..]} in {@code charset}, or the offset of the first bad byte. */
  private static Strict strict(byte[] bytes, int start, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8, GB18030 and UTF-16 never give more chars than bytes, so one buffer is enough.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult r = decoder.decode(in, out, true);
    if (!r.isError()) {
      r = decoder.flush(out);
    }
    if (r.isError()) {
      return new Strict(null, in.position());
    }
    checkState(!r.isOverflow(), "decoder output overflow");
    out.flip();
    return new Strict(out.toString(), -1);
  }

  /** Either text or the offset of the first byte that is not valid in the charset. */
  private record Strict(String text, long errorAt) {}
}
