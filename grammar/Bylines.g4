// Bylines: datelines, end credits and officials named with their posts.
// PLACEHOLDER: the bylines work replaces this file.
grammar Bylines;

datelineStart : HAN ;
