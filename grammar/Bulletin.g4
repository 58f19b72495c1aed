// The built-in pack `bulletin`: its root grammar.
//
// Report-level rules are in Bylines.g4 (datelines, credits, officials) and Reports.g4 (case
// reports, testing progress, tallies, breakdowns, rates); the value vocabulary (numbers,
// quantities, percents, times) is in Values.g4 and the catch-all tokens are in Base.g4, which must
// stay the LAST import: ANTLR ranks the lexer rules of imported grammars in import order, and
// Base's HAN/OTHER match everything.
grammar Bulletin;

import Bylines, Reports, Values, Base;
