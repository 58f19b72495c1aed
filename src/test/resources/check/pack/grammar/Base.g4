// Catch-all tokens. Imported last by the root grammar so that every other token wins over them
// on equal length (ANTLR: longest match, then the rule listed first).
grammar Base;

// One Han character that no other token claimed.
HAN : [\p{Script=Han}] ;

// A run of Latin letters, so that "KTV", "km" or "COVID" is one token and a number right before
// or after one can be told apart from a measure ("5G", "N95").
LATIN : [a-zA-Z]+ ;

// Spaces, tabs, ideographic spaces and line breaks separate nothing a rule cares about: the
// normaliser already joined hard-wrapped lines, and matches never cross a region (paragraph).
WS : [ \t\r\n\u00A0\u3000]+ -> channel(HIDDEN) ;

OTHER : . ;
