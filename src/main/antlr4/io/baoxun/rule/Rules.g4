// The baoxun rule language (docs/rule-language.md): fact types, records, value facts and rules.
// Generated at build time into io.baoxun.rule; RuleFileParser turns its trees into the AST.
grammar Rules;

file : decl* EOF ;

decl
  : NESTED? TYPE ID LBRACE fieldDecl* RBRACE                  # typeDecl
  | NESTED? TYPE ID ASSIGN typeRef (PIPE typeRef)*            # valueTypeDecl
  | RECORD ID LBRACE fieldDecl* RBRACE                        # recordDecl
  | RULE ruleId LBRACE clause* RBRACE                         # ruleDecl
  ;

fieldDecl : ID COLON typeRef COMMA? ;

typeRef : ID (LT typeRef GT)? QUESTION? ;

ruleId : ID (DOT ID)* ;

clause
  : SUMMARY STRING                                            # summaryClause
  | MATCH ID                                                  # matchClause
  | PRIORITY MINUS? NUMBER                                    # priorityClause
  | WHEN expr                                                 # whenClause
  | EMIT ID LBRACE assignment* RBRACE                         # emitFieldsClause
  | EMIT ID ASSIGN expr                                       # emitValueClause
  | EXAMPLE STRING (LBRACE expectation* RBRACE)?              # exampleClause
  | NOT STRING                                                # notClause
  ;

assignment : ID ASSIGN expr ;

expectation : ID ASSIGN (STRING | NULL) ;

// Alternatives listed first bind tighter.
expr
  : primary                                                   # primaryExpr
  | expr DOT ID                                               # memberExpr
  | expr AS typeRef                                           # asExpr
  | <assoc = right> expr COALESCE expr                        # coalesceExpr
  | expr op = (EQ | NE | LT | LE | GT | GE) expr              # compareExpr
  | NOT expr                                                  # notExpr
  | expr AND expr                                             # andExpr
  | expr OR expr                                              # orExpr
  ;

primary
  : LABEL                                                     # labelRef
  | WHOLE                                                     # wholeMatch
  | STRING                                                    # stringLit
  | MINUS? NUMBER                                             # numberLit
  | NULL                                                      # nullLit
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
EMIT : 'emit' ;
EXAMPLE : 'example' ;
NOT : 'not' ;
AS : 'as' ;
FOR : 'for' ;
IN : 'in' ;
AND : 'and' ;
OR : 'or' ;
NULL : 'null' ;

WHOLE : '$$' ;
LABEL : '$' [a-zA-Z_] [a-zA-Z0-9_]* ;
ID : [a-zA-Z] [a-zA-Z0-9_]* ;
NUMBER : [0-9]+ ('.' [0-9]+)? ;
// Escapes are checked when the tree is read, so a bad one is reported at its own column.
STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"' ;
// A string still open at the end of its line: one token, so the error says just that.
UNTERMINATED : '"' (~["\\\r\n] | '\\' ~[\r\n])* '\\'? ;

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

COMMENT : '#' ~[\r\n]* -> skip ;
WS : [ \t\r\n\f\u3000\u00A0]+ -> skip ;
// Anything else becomes one token the parser reports as an unexpected character.
BAD : . ;
