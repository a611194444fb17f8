// The shape of the labelled evaluation corpus for the text checks (issue 11). Each line is a
// sentence as someone in this situation might write it, with what the check should find.
// Kept as compact tuples so hundreds of lines stay readable; load.ts turns them into records
// and rejects any label it does not know, so a typo in a label fails loudly.

/*
 * How lines are labelled (every set, both languages; settled in round 10 so that the tuning
 * and held-out sets mean the same thing by a label):
 *
 * Gentle kinds: label every kind a careful reader would name, with one exception among the
 * three that push the other to act. Within one clause, the most specific of them wins:
 * - ultimatum: a consequence for not doing it ("or we're done", "if you can't ..., don't
 *   bother", "last chance"). A demand joined to a threat is ultimatum, not also pressure.
 * - urgency: a time limit or "now" on the other ("right now", "tonight", "by Friday",
 *   "asap"). A demand with a time limit is urgency, not also pressure. A deadline joined to a
 *   threat is both: "answer by tonight or forget it" is `ultimatum urgency`.
 * - pressure: a demand, an order or an "owing" with neither a threat nor a time limit
 *   ("answer me", "you owe me", "don't ignore this", "you have to understand").
 * A separate clause keeps its own kind: "Don't ignore me, answer right now." is
 * `pressure urgency`. Blame (the other is the cause of harm) and past (old wrongs brought
 * back as a weapon) are independent of those three and of each other: "you have to
 * understand how much you hurt me" is `pressure blame`. The writer's own wish or feeling
 * ("I'd love to hear from you", "I need some time") and the writer's own past are kind.
 *
 * Apology items: `owns` is met by a first-person sorry, apology, regret or admission of fault
 * that is not hedged in the same breath; a vague sorry still owns ("Sorry for everything" is
 * `owns | vague`), and asking something back does not undo it. A hedged sorry ("sorry if you
 * felt", "sorry, but you ...", "sorry you feel that way") does not own: it is `| hedge`, with
 * `act` or `effect` only where they are named. `act` needs the deed itself in words ("I
 * missed your party", "what I said about your mum"), not "what I did". `effect` needs what it
 * did to the other, in any words ("you waited for an hour", "it left you alone"). `change` is
 * a concrete promise about what the writer will do. `vague` is an unhedged sorry with no act
 * named; a hedged sorry is `| hedge` alone, however little it names (the hedge is the thing to
 * look at first; clarified in round 11, as three blind writers had read it). Owning with no
 * act named is `vague` whatever the words: a bare "I'm sorry", "that was on me", "it was my
 * fault" and a self-judgement ("I was a terrible friend", "I messed up", "I know I was awful")
 * are all `owns | vague`, also beside an effect, a change or an ask ("I'm sorry. Can we move
 * on?" is `owns | vague asks`; settled in round 13, as the blind writers read it).
 */

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
