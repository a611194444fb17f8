// The apology checklist's trained model beside its rules (content/<locale>/checks/
// apology-model.json, made by `npm run train:checks`): the gentle model's features and trainer
// (model.ts, scripts/checks-model/train.ts), one label per checklist item met (act, effect,
// owns, change) and per flag (vague, hedge, asks), reading the whole message as the corpus
// labels it. Its guesses join the rules' checklist the way the checklist itself reasons: a
// guessed act also means the sorry is not a general one. Pure, and run in the browser.
import type { ApologyCheck, ApologyItem, ApologyState } from './apology.ts';
import type { Grammar } from './grammar.ts';
import { modelSchemaFor, readyLabelModel, scoreText } from './model.ts';
import type { LabelModel, ModelFile } from './model.ts';
import { APOLOGY_FLAGS, APOLOGY_LABELS } from './schema.ts';
import type { ApologyFlagKind, ApologyItemId, ApologyLabel, ApologyLists } from './schema.ts';

export const apologyModelSchema = modelSchemaFor(APOLOGY_LABELS);
export type ApologyModelFile = ModelFile<ApologyLabel>;
export type ApologyModel = LabelModel<ApologyLabel>;

export function readyApologyModel(file: ApologyModelFile): ApologyModel {
  return readyLabelModel(file, APOLOGY_LABELS);
}

/** The checklist item each label is about: met for the first four, flagged for the flags. */
export const ITEM_OF_LABEL: Record<ApologyLabel, ApologyItemId> = {
  act: 'namesAct',
  effect: 'namesEffect',
  owns: 'ownsIt',
  change: 'doesDifferently',
  vague: 'namesAct',
  hedge: 'ownsIt',
  asks: 'asksNothing',
};

const isFlag = (label: ApologyLabel): label is ApologyFlagKind => (APOLOGY_FLAGS as readonly string[]).includes(label);

/** The rules' checklist as labels: the items it met, and the flags it raised. */
export function labelsOfCheck(check: ApologyCheck): Set<ApologyLabel> {
  const state = new Map(check.items.map((i) => [i.id, i.state]));
  return new Set(APOLOGY_LABELS.filter((label) => state.get(ITEM_OF_LABEL[label]) === (isFlag(label) ? 'flagged' : 'met')));
}

/** How the model's guesses join the rules'; scripts/checks-model/apology.ts measures each. */
export interface JoinPolicy {
  /** A guessed act (or act or effect) clears the rules' general-sorry flag: it only stands
   *  because the rules found no act. With 'none' the flag stays and the act is not guessed. */
  readonly clearVague: 'none' | 'act' | 'actOrEffect';
  /** A score below a label's `veto` overrules the rules' own flag of it. */
  readonly veto: boolean;
}

/**
 * The join the product uses, from the replayed rounds (scripts/checks-model/apology.ts): a
 * guessed act or effect clears a general sorry, as the rules' own `deeds` do (Dutch sound
 * apologies flagged 4.0 -> 3.3 %, general sorries found as often). Vetoes never lowered the
 * flags on sound apologies there, and cost hedges found: the model only adds.
 */
export const JOIN_POLICY: JoinPolicy = { clearVague: 'actOrEffect', veto: false };

export interface Joined {
  /** The checklist's labels, rules and model together. */
  readonly labels: Set<ApologyLabel>;
  /** Labels there by the model's guess alone (the writer is told they are guesses). */
  readonly guessed: Set<ApologyLabel>;
  /** The rules' labels the model's guesses took away (a general sorry cleared, a veto). */
  readonly cleared: Set<ApologyLabel>;
}

/**
 * Rules and model together, kept to what one checklist can say: an item is met or flagged,
 * not both (a hedged sorry does not own; a sorry with its act named is not general).
 */
export function joinScores(
  rules: ReadonlySet<ApologyLabel>,
  scores: Record<ApologyLabel, number>,
  model: Pick<ApologyModel, 'kinds'>,
  policy: JoinPolicy = JOIN_POLICY,
): Joined {
  const labels = new Set(rules);
  const cleared = new Set<ApologyLabel>();
  if (policy.veto) {
    for (const flag of APOLOGY_FLAGS) {
      const veto = model.kinds[flag].veto;
      if (labels.has(flag) && veto !== undefined && scores[flag] < veto) {
        labels.delete(flag);
        cleared.add(flag);
      }
    }
  }
  const raised = (label: ApologyLabel): boolean => !labels.has(label) && !cleared.has(label) && scores[label] > model.kinds[label].threshold;
  const guessed = new Set<ApologyLabel>();
  const guess = (label: ApologyLabel): void => {
    labels.add(label);
    guessed.add(label);
  };
  // Flags first: a hedge the model reads means the sorry does not own, whatever else it says.
  if (raised('hedge')) guess('hedge');
  if (raised('asks')) guess('asks');
  for (const meet of ['effect', 'change'] as const) if (raised(meet)) guess(meet);
  if (!labels.has('hedge') && raised('owns')) guess('owns');
  if (guessed.has('hedge') && labels.has('owns')) {
    labels.delete('owns');
    cleared.add('owns');
  }
  if (raised('act') && (!labels.has('vague') || policy.clearVague !== 'none')) guess('act');
  const clearsVague = policy.clearVague === 'act' ? guessed.has('act') : policy.clearVague === 'actOrEffect' && (guessed.has('act') || guessed.has('effect'));
  if (labels.has('vague') && clearsVague) {
    labels.delete('vague');
    cleared.add('vague');
  }
  if (!labels.has('act') && raised('vague')) guess('vague');
  return { labels, guessed, cleared };
}

/** The model's reading of a whole message beside the rules' checklist of it. */
export function joinModel(text: string, check: ApologyCheck, model: ApologyModel, grammar: Grammar | undefined, policy: JoinPolicy = JOIN_POLICY): Joined {
  const rules = labelsOfCheck(check);
  return joinScores(rules, scoreText(text, model, grammar, rules), model, policy);
}

/** An item's state as a set of labels says it: its flag first, then its met label. */
function stateOf(id: ApologyItemId, labels: ReadonlySet<ApologyLabel>, rules: ApologyState): { state: ApologyState; label?: ApologyLabel } {
  for (const label of APOLOGY_LABELS) if (ITEM_OF_LABEL[label] === id && isFlag(label) && labels.has(label)) return { state: 'flagged', label };
  for (const label of APOLOGY_LABELS) if (ITEM_OF_LABEL[label] === id && !isFlag(label) && labels.has(label)) return { state: 'met', label };
  // "I ask nothing back" is met by having written anything unflagged: the rules know when.
  if (id === 'asksNothing') return { state: rules === 'flagged' ? 'met' : rules };
  return { state: 'missing' };
}

/**
 * The rules' checklist with the model's guesses joined in, as the writer sees it: an item the
 * model reads as met or flagged, where the rules did not, says so in the words of
 * `lists.guess`, as a guess (`guessed`), without quoting words it cannot point at. An item a
 * guess only took a flag from (a general sorry, once an effect is read) is plainly missing.
 * Without the words for guesses the rules' checklist is returned as it was.
 */
export function checkWithModel(text: string, check: ApologyCheck, lists: ApologyLists, model: ApologyModel, grammar: Grammar | undefined): ApologyCheck {
  const words = lists.guess;
  if (!words || check.items.length === 0) return check;
  const joined = joinModel(text, check, model, grammar);
  const items = check.items.map((item): ApologyItem => {
    const { state, label } = stateOf(item.id, joined.labels, item.state);
    if (state === item.state) return item;
    const reason = label !== undefined && joined.guessed.has(label) ? `${words.labels[label]} ${words.onlyGuess}` : lists.items[item.id].missing;
    return { ...item, state, reason, spans: [], notes: [], guessed: true };
  });
  return { items };
}
