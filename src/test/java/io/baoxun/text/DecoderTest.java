package io.baoxun.text;

import static java.nio.charset.StandardCharsets.UTF_16BE;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DecoderTest {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** The seeds, found from the project directory, where Maven runs tests. */
  static List<Path> seeds() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("seeds"))) {
      List<Path> seeds = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      assertThat(seeds).as("seed files under seeds/").hasSizeGreaterThanOrEqualTo(5);
      return seeds;
    }
  }

  private static DecodeResult.Decoded decoded(byte[] bytes) {
    DecodeResult r = Decoder.decode(bytes);
    assertThat(r).isInstanceOf(DecodeResult.Decoded.class);
    return (DecodeResult.Decoded) r;
  }

  private static DecodeResult.Undecodable undecodable(byte[] bytes) {
    DecodeResult r = Decoder.decode(bytes);
    assertThat(r).isInstanceOf(DecodeResult.Undecodable.class);
    return (DecodeResult.Undecodable) r;
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsAreUtf8(Path seed) throws IOException {
    byte[] bytes = Files.readAllBytes(seed);
    DecodeResult.Decoded d = decoded(bytes);
    assertThat(d.encoding()).isEqualTo("UTF-8");
    assertThat(d.text()).isEqualTo(new String(bytes, UTF_8)).contains("疫情");
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsEncodedAsGb18030GiveTheSameText(Path seed) throws IOException {
    String text = Files.readString(seed, UTF_8);
    DecodeResult.Decoded d = decoded(text.getBytes(GB18030));
    assertThat(d.encoding()).isEqualTo("GB18030");
    assertThat(d.text()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void seedsWithABomLoseTheBom(Path seed) throws IOException {
    byte[] bytes = Files.readAllBytes(seed);
    DecodeResult.Decoded d = decoded(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, bytes));
    assertThat(d.encoding()).isEqualTo("UTF-8");
    assertThat(d.text()).isEqualTo(new String(bytes, UTF_8));
  }

  @ParameterizedTest
  @MethodSource("seeds")
  void truncatedSeedReportsWhereTheLastCharacterStarts(Path seed) throws IOException {
    String text = Files.readString(seed, UTF_8).strip() + "人次";
    byte[] bytes = text.getBytes(UTF_8);
    byte[] cut = Arrays.copyOf(bytes, bytes.length - 1); // 次 loses its last byte
    DecodeResult.Undecodable u = undecodable(cut);
    assertThat(u.byteOffset()).isEqualTo(bytes.length - 3);
    assertThat(u.message()).isEqualTo("not valid UTF-8 or GB18030 at byte " + (bytes.length - 3));
  }

  @Test
  void shortTruncatedSequenceIsReported() {
    byte[] cut = Arrays.copyOf("检测".getBytes(UTF_8), 5);
    DecodeResult.Undecodable u = undecodable(cut);
    assertThat(u.byteOffset()).isEqualTo(3);
  }

  @Test
  void aLiteralReplacementCharacterIsKeptAndStillUtf8() {
    // U+FFFD written in the file (OCR output has them) is valid UTF-8, not a decoding error.
    String text = "核酸检测\uFFFD518.3万人次\uFFFD";
    DecodeResult.Decoded d = decoded(text.getBytes(UTF_8));
    assertThat(d.text()).isEqualTo(text);
    assertThat(d.encoding()).isEqualTo("UTF-8");
  }

  @Test
  void utf8IsAcceptedExactlyWhenAStrictDecoderAcceptsIt() throws Exception {
    // Valid text, and the same with one byte changed: overlong forms, surrogates encoded in
    // UTF-8, truncated and stray continuation bytes all come up.
    Random random = new Random(11);
    String alphabet = "全市核酸检测518.3万人次，。“”\uFFFD😀a \n";
    int[] cps = alphabet.codePoints().toArray();
    for (int n = 0; n < 3000; n++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(30); i > 0; i--) {
        b.appendCodePoint(cps[random.nextInt(cps.length)]);
      }
      byte[] bytes = b.toString().getBytes(UTF_8);
      if (bytes.length > 0 && n % 2 == 1) {
        bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
      }
      String strict;
      try {
        strict = UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
      } catch (java.nio.charset.CharacterCodingException e) {
        strict = null;
      }
      DecodeResult r = Decoder.decode(bytes);
      String where = Arrays.toString(bytes);
      if (strict == null) {
        // Not UTF-8: GB18030 or nothing.
        assertThat(r instanceof DecodeResult.Decoded d && d.encoding().equals("UTF-8")).as(where).isFalse();
      } else if (r instanceof DecodeResult.Decoded d) {
        // UTF-8 (a stray control character may still make it binary: then it is Undecodable).
        assertThat(d.encoding()).as(where).isEqualTo("UTF-8");
        assertThat(d.text()).as(where).isEqualTo(strict.startsWith("\uFEFF") ? strict.substring(1) : strict);
      }
    }
  }

  @Test
  void emptyInputIsEmptyUtf8() {
    assertThat(Decoder.decode(new byte[0])).isEqualTo(new DecodeResult.Decoded("", "UTF-8"));
  }

  @Test
  void bomAloneIsEmptyUtf8() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    assertThat(Decoder.decode(bom)).isEqualTo(new DecodeResult.Decoded("", "UTF-8"));
  }

  @Test
  void pureAsciiIsUtf8() {
    DecodeResult.Decoded d = decoded("RCEP 2022-01-01\r\n\tok\f".getBytes(UTF_8));
    assertThat(d.encoding()).isEqualTo("UTF-8");
    assertThat(d.text()).isEqualTo("RCEP 2022-01-01\r\n\tok\f");
  }

  @Test
  void shortGbTextIsNotMistakenForUtf8() {
    DecodeResult.Decoded d = decoded("你好，聊城".getBytes(GB18030));
    assertThat(d).isEqualTo(new DecodeResult.Decoded("你好，聊城", "GB18030"));
  }

  @Test
  void gbkAndGb2312BytesDecodeAsGb18030() {
    String text = "截至3月20日12时，莘县已完成检测79.4万人次。";
    assertThat(decoded(text.getBytes(Charset.forName("GBK"))).text()).isEqualTo(text);
    assertThat(decoded(text.getBytes(Charset.forName("GB2312"))).text()).isEqualTo(text);
  }

  @Test
  void invalidUtf8AfterABomIsNotRetriedAsGb18030() {
    byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "你好".getBytes(GB18030));
    DecodeResult.Undecodable u = undecodable(bytes);
    assertThat(u.byteOffset()).isEqualTo(3);
    assertThat(u.message()).isEqualTo("not valid UTF-8 at byte 3");
  }

  @Test
  void utf16WithBomIsDecoded() {
    String text = "本报讯 3月18日\n";
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(UTF_16LE));
    byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(UTF_16BE));
    assertThat(Decoder.decode(le)).isEqualTo(new DecodeResult.Decoded(text, "UTF-16LE"));
    assertThat(Decoder.decode(be)).isEqualTo(new DecodeResult.Decoded(text, "UTF-16BE"));
  }

  @Test
  void utf16WithAnOddByteIsReportedAtTheOddByte() {
    byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, "本报".getBytes(UTF_16LE));
    DecodeResult.Undecodable u = undecodable(concat(le, new byte[] {0x41}));
    assertThat(u.byteOffset()).isEqualTo(6);
    assertThat(u.message()).isEqualTo("not valid UTF-16LE at byte 6");
  }

  @Test
  void nulByteMakesBinary() {
    byte[] bytes = concat("本报讯 3月".getBytes(UTF_8), new byte[] {0, 1, 2});
    DecodeResult.Undecodable u = undecodable(bytes);
    assertThat(u.byteOffset()).isEqualTo(14);
    assertThat(u.message()).isEqualTo("binary content (NUL byte) at byte 14");
  }

  @Test
  void randomBinaryIsUndecodable() {
    Random random = new Random(42);
    for (int run = 0; run < 50; run++) {
      byte[] bytes = new byte[64 + random.nextInt(4096)];
      random.nextBytes(bytes);
      assertThat(Decoder.decode(bytes)).as("run %s", run).isInstanceOf(DecodeResult.Undecodable.class);
    }
  }

  @Test
  void randomBinaryWithoutNulIsUndecodable() {
    Random random = new Random(7);
    for (int run = 0; run < 50; run++) {
      byte[] bytes = new byte[64 + random.nextInt(4096)];
      random.nextBytes(bytes);
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == 0) {
          bytes[i] = 1;
        }
      }
      DecodeResult.Undecodable u = undecodable(bytes);
      assertThat(u.byteOffset()).isBetween(0L, (long) bytes.length);
    }
  }

  @Test
  void controlCharactersWithoutNulMakeBinary() {
    byte[] bytes = new byte[200];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = i < 10 ? (byte) 'a' : (byte) (1 + i % 8); // valid UTF-8, but not text
    }
    DecodeResult.Undecodable u = undecodable(bytes);
    assertThat(u.byteOffset()).isEqualTo(10);
    assertThat(u.message()).isEqualTo("binary content (control characters) at byte 10");
  }

  @Test
  void aFewStrayControlCharactersAreStillText() {
    // One BEL in 40 characters: well under the one-in-twenty that makes binary.
    String text = "本报讯\u0007 疫情就是命令，防控就是责任。作为疫情防控处置的重要职能部门。".repeat(3);
    assertThat(decoded(text.getBytes(UTF_8)).text()).isEqualTo(text);
    assertThat(decoded(text.getBytes(GB18030)).text()).isEqualTo(text);
  }

  @Test
  void gb18030UserDefinedAreaIsNotText() {
    // AAA1.. is GB18030's user-defined area: valid bytes, decoded to private-use characters.
    byte[] bytes = new byte[400];
    for (int i = 0; i < bytes.length; i += 2) {
      bytes[i] = (byte) 0xAA;
      bytes[i + 1] = (byte) (0xA1 + (i / 2) % 90);
    }
    DecodeResult.Undecodable u = undecodable(bytes);
    assertThat(u.byteOffset()).isZero();
    assertThat(u.message()).isEqualTo("not valid UTF-8 or GB18030 at byte 0");
  }

  @Test
  void notUtf8AndNotGb18030ReportsTheUtf8Offset() {
    // 0x80 can start neither a UTF-8 nor a GB18030 character.
    byte[] bytes = concat("ok 本报".getBytes(UTF_8), new byte[] {(byte) 0x80, 'x'});
    DecodeResult.Undecodable u = undecodable(bytes);
    assertThat(u.byteOffset()).isEqualTo(9);
    assertThat(u.message()).isEqualTo("not valid UTF-8 or GB18030 at byte 9");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] c = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
