// Report statements: case reports, testing progress, tallies, breakdowns and rates.
// PLACEHOLDER: the report-statements work replaces this file.
grammar Reports;

reportStart : HAN ;
