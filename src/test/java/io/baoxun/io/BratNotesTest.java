package io.baoxun.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class BratNotesTest {
  private static final ObjectMapper JSON =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .build();

  private static ObjectNode parse(String note) throws BratNotes.Malformed {
    ObjectNode fields = JsonNodeFactory.instance.objectNode();
    BratNotes.parseInto(note, fields);
    return fields;
  }

  @Test
  void aFactsFieldsReadAsTheyAreWritten() throws Exception {
    JsonNode fields = JSON.readTree("""
        {"asOf":{"value":"XXXX-03-20T12:00"},"region":"莘县","completed":{"value":794000,"unit":"人次"},
         "ratio":{"value":88.10,"unit":"%"},"origin":null,
         "reporters":[{"name":"李平","role":"通讯员"}],"headline":"区市场监管局 开展 2022 年检查"}""");

    String note = BratNotes.format("bulletin.testing_progress", fields);

    assertThat(note).startsWith("rule=bulletin.testing_progress; asOf.value=XXXX-03-20T12:00; region=莘县; "
        + "completed.value=794000; completed.unit=人次; ratio.value=88.10; ratio.unit=%; origin=null; "
        + "reporters=[{\"name\":\"李平\",\"role\":\"通讯员\"}]");
    ObjectNode back = JsonNodeFactory.instance.objectNode();
    assertThat(BratNotes.parseInto(note, back)).isEqualTo("bulletin.testing_progress");
    assertThat(back).isEqualTo(fields);
    assertThat(back.get("ratio").get("value").decimalValue().scale()).as("88.10 keeps its precision").isEqualTo(2);
  }

  @Test
  void textThatWouldReadAsSomethingElseIsQuoted() throws Exception {
    for (String tricky : new String[] {"2022", "null", "true", "a; b", " 莘县", "[1]", "\"引\"", "", "甲\t乙"}) {
      ObjectNode fields = JsonNodeFactory.instance.objectNode().put("x", tricky);
      String note = BratNotes.format("", fields);
      assertThat(parse(note).get("x").asText()).as(note).isEqualTo(tricky);
      assertThat(parse(note).get("x").isTextual()).as(note).isTrue();
      assertThat(note).doesNotContain("\t");
    }
  }

  @Test
  void handWrittenGoldIsRead() throws Exception {
    ObjectNode f = parse("completed = 794000 ;region=莘县; titles=[\"副市长\", \"市公安局局长\"]; ratio.value=85.35");
    assertThat(f.get("completed").decimalValue()).isEqualByComparingTo("794000");
    assertThat(f.get("region").asText()).isEqualTo("莘县");
    assertThat(f.get("titles")).hasSize(2);
    assertThat(f.get("ratio").get("value").decimalValue()).isEqualByComparingTo("85.35");
  }

  @Test
  void aSemicolonInsideJsonDoesNotSplitTheNote() throws Exception {
    ObjectNode f = parse("items=[{\"what\":\"甲;乙\",\"value\":1}]; unit=个");
    assertThat(f.get("items").get(0).get("what").asText()).isEqualTo("甲;乙");
    assertThat(f.get("unit").asText()).isEqualTo("个");
  }

  @Test
  void mistakesAreNamed() {
    assertThatThrownBy(() -> parse("completed: 794000")).hasMessage("note entry 'completed: 794000' is not name=value");
    assertThatThrownBy(() -> parse("a=1; a=2")).hasMessage("'a' is given twice");
    assertThatThrownBy(() -> parse("a=1; a.value=2")).hasMessage("'a' has a value and parts");
    assertThatThrownBy(() -> parse("a=[1, 2")).hasMessageStartingWith("'[1, 2' is not valid JSON");
  }
}
