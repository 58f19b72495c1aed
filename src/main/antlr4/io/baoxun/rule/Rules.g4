// The baoxun rule language (docs/rule-language.md): fact types, records, value facts, rules and
// checks.
// Generated at build time into io.baoxun.rule; RuleFileParser turns its trees into the AST.
grammar Rules;

file : decl* EOF ;

decl
  : NESTED? TYPE ID LBRACE fieldDecl* RBRACE                  # typeDecl
  | NESTED? TYPE ID ASSIGN typeRef (PIPE typeRef)*            # valueTypeDecl
  | RECORD ID LBRACE fieldDecl* RBRACE                        # recordDecl
  | RULE ruleId LBRACE clause* RBRACE                         # ruleDecl
  | CHECK ruleId LBRACE checkClause* RBRACE                   # checkDecl
  ;

fieldDecl : ID COLON typeRef (PIPE typeRef)* COMMA? ;

typeRef : ID (LT typeRef GT)? QUESTION? ;

ruleId : ID (DOT ID)* ;

clause
  : SUMMARY STRING                                            # summaryClause
  | MATCH ID ID?                                              # matchClause   // match official leftmost
  | PRIORITY MINUS? NUMBER                                    # priorityClause
  | WHEN expr                                                 # whenClause
  | SPAN expr                                                 # spanClause
  | EMIT ID LBRACE assignment* RBRACE                         # emitFieldsClause
  | EMIT ID ASSIGN expr                                       # emitValueClause
  | EXAMPLE STRING (LBRACE expectation* RBRACE)?              # exampleClause
  | NOT STRING                                                # notClause
  ;

// The clauses of a check (docs/rule-language.md, "Checks").
checkClause
  : SUMMARY STRING                                            # checkSummary
  | SEVERITY ID                                               # checkSeverity
  | FOR source (COMMA source)* scope?                         # checkFor
  | SAME path (COMMA path)*                                   # checkSame
  | ORDER BY path                                             # checkOrder
  | WHEN expr                                                 # checkWhen
  | REQUIRE expr                                              # checkRequire
  | MESSAGE ID? STRING                                        # checkMessage
  | JAVA STRING                                               # checkJava
  | EXAMPLE STRING (COMMA STRING)* (LBRACE expectation* RBRACE)?   # checkExample
  | NOT STRING (COMMA STRING)*                                # checkNot
  ;

// a, b in TestingProgress if region != null;  t in CaseReport.time | TestingProgress.asOf
source : ID (COMMA ID)* IN sourceType (PIPE sourceType)* (IF expr)? ;

// Breakdown, list<CaseReport>, TestingProgress.asOf
sourceType : ID (LT ID GT)? (DOT ID)* ;

// within article, within document, across documents
scope : WITHIN ID | ACROSS ID ;

path : ID (DOT ID)* ;

assignment : ID ASSIGN expr ;

// message is a keyword of checks and the name of what their examples expect.
expectation : key=(ID | MESSAGE) ASSIGN (STRING | NULL) ;

// Alternatives listed first bind tighter.
expr
  : primary                                                   # primaryExpr
  | expr DOT ID                                               # memberExpr
  | expr AS typeRef                                           # asExpr
  | <assoc = right> expr COALESCE expr                        # coalesceExpr
  | expr op = (STAR | SLASH) expr                             # mulExpr
  | expr op = (PLUS | MINUS) expr                             # addExpr
  | expr op = (EQ | NE | LT | LE | GT | GE) expr              # compareExpr
  | NOT expr                                                  # notExpr
  | expr AND expr                                             # andExpr
  | expr OR expr                                              # orExpr
  ;

primary
  : LABEL                                                     # labelRef
  | WHOLE                                                     # wholeMatch
  | STRING                                                    # stringLit
  | MINUS? NUMBER PERCENT?                                    # numberLit
  | NULL                                                      # nullLit
  | ID LPAREN expr forClause+ RPAREN                          # generatorCall
  | ID LPAREN (arg (COMMA arg)*)? RPAREN                      # call
  | ID                                                        # varRef
  | LBRACK expr forClause+ RBRACK                             # comprehension
  | LBRACK (expr (COMMA expr)*)? RBRACK                       # listLit
  | LPAREN expr RPAREN                                        # parens
  ;

forClause : FOR ID IN expr ;

arg : (ID COLON)? expr ;

TYPE : 'type' ;
RECORD : 'record' ;
NESTED : 'nested' ;
RULE : 'rule' ;
SUMMARY : 'summary' ;
MATCH : 'match' ;
PRIORITY : 'priority' ;
WHEN : 'when' ;
SPAN : 'span' ;
EMIT : 'emit' ;
EXAMPLE : 'example' ;
NOT : 'not' ;
AS : 'as' ;
FOR : 'for' ;
IN : 'in' ;
AND : 'and' ;
OR : 'or' ;
NULL : 'null' ;
CHECK : 'check' ;
SEVERITY : 'severity' ;
REQUIRE : 'require' ;
MESSAGE : 'message' ;
WITHIN : 'within' ;
ACROSS : 'across' ;
SAME : 'same' ;
ORDER : 'order' ;
BY : 'by' ;
IF : 'if' ;
JAVA : 'java' ;

WHOLE : '$$' ;
LABEL : '$' [a-zA-Z_] [a-zA-Z0-9_]* ;
ID : [a-zA-Z] [a-zA-Z0-9_]* ;
NUMBER : [0-9]+ ('.' [0-9]+)? ;
// Escapes are checked when the tree is read, so a bad one is reported at its own column.
// Single quotes too, so a check's message can quote inside its braces: "{join(xs, ' + ')}".
STRING
  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"'
  | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\''
  ;
// A string still open at the end of its line: one token, so the error says just that.
UNTERMINATED
  : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'?
  | '\'' (~['\\\r\n] | '\\' ~[\r\n])* '\\'?
  ;

COALESCE : '??' ;
EQ : '==' ;
NE : '!=' ;
LE : '<=' ;
GE : '>=' ;
LT : '<' ;
GT : '>' ;
ASSIGN : '=' ;
LBRACE : '{' ;
RBRACE : '}' ;
LBRACK : '[' ;
RBRACK : ']' ;
LPAREN : '(' ;
RPAREN : ')' ;
COLON : ':' ;
COMMA : ',' ;
DOT : '.' ;
PIPE : '|' ;
QUESTION : '?' ;
MINUS : '-' ;
PLUS : '+' ;
STAR : '*' ;
SLASH : '/' ;
PERCENT : '%' ;

COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t\r\n\f\u3000\u00A0]+ -> skip ;
// Anything else becomes one token the parser reports as an unexpected character.
BAD : . ;
