package io.baoxun.rule;

import io.baoxun.fact.FieldValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * A compiled expression: what the type checker made of an expression, with every conversion it
 * decided on written out ({@link ToText}, {@link ReadValue}), so evaluation needs no type tests.
 *
 * <p>Null flows through: a part of null, the text of an absent element, a lookup of null are all
 * null. Only a record missing a required field stops the fact ({@link Rejected}).
 */
sealed interface Code {
  Val eval(Scope s);

  /** {@code $label} in the matched rule. */
  record Label(String name, boolean list) implements Code {
    public Label {
      name = name.intern(); // as the grammar's label names are (PackGrammar#labeled)
    }

    @Override
    public Val eval(Scope s) {
      return labeled(s, s.ctx.match.tree(), name, list);
    }
  }

  /** {@code $$}. */
  record Whole() implements Code {
    @Override
    public Val eval(Scope s) {
      return new Val.Node(s.ctx.match.tree());
    }
  }

  /** A loop variable. */
  record Var(String name) implements Code {
    @Override
    public Val eval(Scope s) {
      return s.get(name);
    }
  }

  /** {@code $a.b}: the element labelled {@code b} inside the element {@code a}. */
  record SubLabel(Code target, String name, boolean list) implements Code {
    public SubLabel {
      name = name.intern(); // as the grammar's label names are (PackGrammar#labeled)
    }

    @Override
    public Val eval(Scope s) {
      Val t = target.eval(s);
      if (t instanceof Val.Node n && n.tree() instanceof ParserRuleContext ctx) {
        return labeled(s, ctx, name, list);
      }
      return list ? new Val.Nodes(List.of()) : Val.NULL;
    }
  }

  private static Val labeled(Scope s, ParserRuleContext ctx, String label, boolean list) {
    List<ParseTree> found = s.ctx.grammar().labeled(ctx, label);
    if (list) {
      return new Val.Nodes(found);
    }
    return found.isEmpty() ? Val.NULL : new Val.Node(found.get(0));
  }

  /** An element as text: the original text under it, line breaks taken out. */
  record ToText(Code element) implements Code {
    @Override
    public Val eval(Scope s) {
      Val v = element.eval(s);
      return v instanceof Val.Node n ? Val.of(s.ctx.text(n.tree())) : v instanceof Val.Value ? v : Val.NULL;
    }
  }

  /** An element of a value rule as its value, read by the value layer. */
  record ReadValue(Code element) implements Code {
    @Override
    public Val eval(Scope s) {
      Val v = element.eval(s);
      return v instanceof Val.Node n ? Val.of(s.ctx.value(n.tree())) : v instanceof Val.Value ? v : Val.NULL;
    }
  }

  record Literal(FieldValue value) implements Code {
    @Override
    public Val eval(Scope s) {
      return Val.of(value);
    }
  }

  /** {@code e ?? f}. */
  record Coalesce(Code left, Code right) implements Code {
    @Override
    public Val eval(Scope s) {
      Val v = left.eval(s);
      boolean absent = v.isNull() || (v instanceof Val.Nodes n && n.trees().isEmpty());
      return absent ? right.eval(s) : v;
    }
  }

  /** A comparison of two values, both already converted to comparable field values. */
  record Compare(String op, Code left, Code right) implements Code {
    @Override
    public Val eval(Scope s) {
      FieldValue a = left.eval(s).field();
      FieldValue b = right.eval(s).field();
      return new Val.Bool(
          switch (op) {
            case "==" -> Comparisons.equal(a, b);
            case "!=" -> !Comparisons.equal(a, b);
            default -> {
              Integer c = Comparisons.order(a, b);
              yield c != null
                  && switch (op) {
                    case "<" -> c < 0;
                    case "<=" -> c <= 0;
                    case ">" -> c > 0;
                    default -> c >= 0;
                  };
            }
          });
    }
  }

  record And(Code left, Code right) implements Code {
    @Override
    public Val eval(Scope s) {
      return new Val.Bool(isTrue(left.eval(s)) && isTrue(right.eval(s)));
    }
  }

  record Or(Code left, Code right) implements Code {
    @Override
    public Val eval(Scope s) {
      return new Val.Bool(isTrue(left.eval(s)) || isTrue(right.eval(s)));
    }
  }

  record Not(Code operand) implements Code {
    @Override
    public Val eval(Scope s) {
      return new Val.Bool(!isTrue(operand.eval(s)));
    }
  }

  static boolean isTrue(Val v) {
    return v instanceof Val.Bool b && b.value();
  }

  /** A part of a value: {@code .value}, {@code .unit}, {@code .from}, {@code .name}, a record field. */
  record Part(Code target, String part) implements Code {
    @Override
    public Val eval(Scope s) {
      FieldValue v = target.eval(s).field();
      if (v instanceof FieldValue.RecordValue r) {
        return Val.of(r.fields().getOrDefault(part, FieldValue.Null.INSTANCE));
      }
      if (v instanceof FieldValue.Quantity q) {
        return Val.of(
            switch (part) {
              case "value" -> number(q.value());
              case "min" -> number(q.min());
              case "max" -> number(q.max());
              case "unit" -> new FieldValue.Text(q.unit());
              default -> FieldValue.text(q.approx());
            });
      }
      if (v instanceof FieldValue.Interval i) {
        return Val.of(part.equals("from") ? i.from() : i.to());
      }
      if (v instanceof FieldValue.Person p) {
        return Val.of(FieldValue.text(part.equals("name") ? p.name() : p.role()));
      }
      return Val.NULL;
    }

    private static FieldValue number(java.math.BigDecimal n) {
      return n == null ? FieldValue.Null.INSTANCE : new FieldValue.Number(n);
    }
  }

  record ArticleDate() implements Code {
    @Override
    public Val eval(Scope s) {
      return Val.of(s.ctx.article.date());
    }
  }

  record ArticleHeadline() implements Code {
    @Override
    public Val eval(Scope s) {
      return Val.of(s.ctx.article.headline());
    }
  }

  /** {@code before}: the token right before the match, as text; null at the start of its region. */
  record TokenBefore() implements Code {
    @Override
    public Val eval(Scope s) {
      return Val.of(s.ctx.tokenBefore());
    }
  }

  record ArticleKind() implements Code {
    @Override
    public Val eval(Scope s) {
      return Val.of(s.ctx.article.kind());
    }
  }

  /** {@code person(NAME, ROLE)}: null when the name is null or empty. */
  record MakePerson(Code name, Code role) implements Code {
    @Override
    public Val eval(Scope s) {
      FieldValue n = name.eval(s).field();
      if (!(n instanceof FieldValue.Text t) || t.value().isEmpty()) {
        return Val.NULL;
      }
      FieldValue r = role.eval(s).field();
      String roleText = r instanceof FieldValue.Text rt && !rt.value().isEmpty() ? rt.value() : null;
      return Val.of(new FieldValue.Person(t.value(), roleText));
    }
  }

  /**
   * {@code Rec(f: e, ...)}, its fields in declared order. An optional field that comes out null is
   * left out, as a quantity leaves out {@code approx} when the text does not hedge; a required
   * field that comes out null stops the fact, naming the field.
   */
  record MakeRecord(RecordType type, Map<String, Code> given) implements Code {
    public MakeRecord {
      given = Map.copyOf(given);
    }

    @Override
    public Val eval(Scope s) {
      Map<String, FieldValue> fields = new LinkedHashMap<>();
      for (Field f : type.fields()) {
        Code c = given.get(f.name());
        FieldValue v = c == null ? FieldValue.Null.INSTANCE : c.eval(s).field();
        if (v instanceof FieldValue.Null && !f.optional()) {
          throw new Rejected("required field '" + f.name() + "' of " + type.name() + " is null");
        }
        if (!(v instanceof FieldValue.Null)) {
          fields.put(f.name(), v);
        }
      }
      return Val.of(new FieldValue.RecordValue(fields));
    }
  }

  /**
   * {@code [e, f]}. Items that come out null are left out (an optional label that did not match);
   * a list of elements stays a list of elements until it is converted.
   */
  record Items(List<Code> items, boolean elements) implements Code {
    public Items {
      items = List.copyOf(items);
    }

    @Override
    public Val eval(Scope s) {
      List<Val> vals = new ArrayList<>();
      for (Code c : items) {
        vals.add(c.eval(s));
      }
      return collect(vals, elements);
    }
  }

  /** {@code [e for x in L for y in M]}: nested loops, flattened. */
  record ForEach(List<String> variables, List<Code> sources, Code body, boolean elements) implements Code {
    public ForEach {
      variables = List.copyOf(variables);
      sources = List.copyOf(sources);
    }

    @Override
    public Val eval(Scope s) {
      List<Val> out = new ArrayList<>();
      loop(s, 0, out);
      return collect(out, elements);
    }

    private void loop(Scope s, int depth, List<Val> out) {
      if (depth == variables.size()) {
        out.add(body.eval(s));
        return;
      }
      for (Val item : items(sources.get(depth).eval(s))) {
        loop(s.bind(variables.get(depth), item), depth + 1, out);
      }
    }

    private static List<Val> items(Val v) {
      List<Val> out = new ArrayList<>();
      if (v instanceof Val.Nodes n) {
        n.trees().forEach(t -> out.add(new Val.Node(t)));
      } else if (v instanceof Val.Node n) {
        out.add(n);
      } else if (v.field() instanceof FieldValue.ListValue l) {
        l.items().forEach(i -> out.add(Val.of(i)));
      }
      return out;
    }
  }

  private static Val collect(List<Val> vals, boolean elements) {
    if (elements) {
      List<ParseTree> trees = new ArrayList<>();
      for (Val v : vals) {
        if (v instanceof Val.Node n) {
          trees.add(n.tree());
        } else if (v instanceof Val.Nodes n) {
          trees.addAll(n.trees());
        }
      }
      return new Val.Nodes(trees);
    }
    List<FieldValue> out = new ArrayList<>();
    for (Val v : vals) {
      if (!v.isNull()) {
        out.add(v.field());
      }
    }
    return Val.of(new FieldValue.ListValue(out));
  }

  /** {@code lookup(lexicon, e)}: e's text when it is an entry of the lexicon, else null. */
  record Lookup(String lexicon, Set<String> entries, Code text) implements Code {
    public Lookup {
      entries = Set.copyOf(entries);
    }

    @Override
    public Val eval(Scope s) {
      FieldValue v = text.eval(s).field();
      return v instanceof FieldValue.Text t && MatchContext.contains(entries, t.value()) ? Val.of(v) : Val.NULL;
    }
  }

  /**
   * {@code ending(lexicon, e)}: the longest entry of the lexicon that e's text ends with, else
   * null; (区市场监管局) ends with 局 whatever tokens the grammar read it in.
   */
  record Ending(String lexicon, Set<String> entries, Code text) implements Code {
    public Ending {
      entries = Set.copyOf(entries);
    }

    @Override
    public Val eval(Scope s) {
      FieldValue v = text.eval(s).field();
      if (!(v instanceof FieldValue.Text t)) {
        return Val.NULL;
      }
      String n = io.baoxun.text.NormalizedText.of(t.value()).text();
      for (int i = 0; i < n.length(); i = n.offsetByCodePoints(i, 1)) {
        if (entries.contains(n.substring(i))) {
          return Val.of(new FieldValue.Text(n.substring(i)));
        }
      }
      return Val.NULL;
    }
  }
}
