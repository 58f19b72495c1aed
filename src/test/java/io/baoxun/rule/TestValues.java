package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import io.baoxun.grammar.PackGrammar;
import io.baoxun.grammar.TokenList;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A tiny value layer for the test pack's grammar: {@code number : NUMBER}, {@code quantity : n=NUMBER
 * mult='万'? unit=UNIT}, {@code percent : n=NUMBER '%'}, {@code date : m '月' d '日' (h '时')?}. The
 * real one reads the built-in grammar's value rules; this one reads just enough to test the engine.
 */
final class TestValues implements ValueReader {
  @Override
  public Optional<ValueKind> kindOf(String grammarRule) {
    return switch (grammarRule) {
      case "number" -> Optional.of(ValueKind.NUMBER);
      case "quantity" -> Optional.of(ValueKind.QUANTITY);
      case "percent" -> Optional.of(ValueKind.PERCENT);
      case "date" -> Optional.of(ValueKind.TIME);
      default -> Optional.empty();
    };
  }

  @Override
  public FieldValue read(PackGrammar g, ParseTree node, TokenList tokens, ReadContext context) {
    ParserRuleContext ctx = (ParserRuleContext) node;
    String rule = g.ruleName(ctx.getRuleIndex());
    switch (rule) {
      case "number":
        return new FieldValue.Number(new BigDecimal(ctx.getText()));
      case "quantity": {
        BigDecimal n = new BigDecimal(text(g, ctx, "n"));
        if (!g.labeled(ctx, "mult").isEmpty()) {
          n = n.multiply(BigDecimal.valueOf(10000)).stripTrailingZeros();
          n = n.scale() < 0 ? n.setScale(0) : n;
        }
        return FieldValue.Quantity.of(n, text(g, ctx, "unit"));
      }
      case "percent":
        return FieldValue.Quantity.of(new BigDecimal(text(g, ctx, "n")), "%");
      case "date": {
        String day = String.format("XXXX-%02d-%02d", Integer.parseInt(text(g, ctx, "m")), Integer.parseInt(text(g, ctx, "d")));
        List<ParseTree> h = g.labeled(ctx, "h");
        return new FieldValue.Time(h.isEmpty() ? day : day + String.format("T%02d:00", Integer.parseInt(h.get(0).getText())));
      }
      default:
        return FieldValue.Null.INSTANCE;
    }
  }

  private static String text(PackGrammar g, ParserRuleContext ctx, String label) {
    return g.labeled(ctx, label).get(0).getText();
  }
}
