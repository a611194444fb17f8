// The shape of the labelled evaluation corpus for the text checks (issue 11). Each line is a
// sentence as someone in this situation might write it, with what the check should find.
// Kept as compact tuples so hundreds of lines stay readable; load.ts turns them into records
// and rejects any label it does not know, so a typo in a label fails loudly.

/**
 * [kinds, text]: kinds is a space-separated list of gentle kinds the text should raise
 * ("pressure blame"), or '' for a kind sentence that must raise nothing.
 */
export type GentleLine = readonly [kinds: string, text: string];

/**
 * [labels, text]: "meets | flags". Meets are checklist items the text should meet
 * (act, effect, owns, change); flags are the looks-again it should raise (vague = a general
 * sorry, hedge = "but"/"if"/blame/excuse, asks = asks something back). A line with no flags
 * is a kind sentence: it must raise none.
 */
export type ApologyLine = readonly [labels: string, text: string];
