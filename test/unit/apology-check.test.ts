// The private apology checklist (P4) against apologies people really write: whether each
// names the act and its effect, owns it without "but", "if" or blame, and asks nothing back.
// Each case lists only the items it is about; `why` records the arguable calls.
import { describe, expect, it } from 'vitest';
import apology from '../../content/en/checks/apology.json';
import grammarJson from '../../content/en/checks/grammar.json';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';
import type { ApologyItemId, ApologyState } from '../../shared/text-checks/apology.ts';
import { APOLOGY_ITEM_IDS, apologyListsSchema } from '../../shared/text-checks/schema.ts';
import { MAX_CHECKED_CHARS } from '../../shared/text-checks/tokenize.ts';

const lists = apologyListsSchema.parse(apology);
const grammar = grammarSchema.parse(grammarJson);

type Expected = Partial<Record<ApologyItemId, ApologyState>>;

interface Case {
  readonly text: string;
  readonly expect: Expected;
  readonly why?: string;
}

function statesOf(text: string): Record<ApologyItemId, ApologyState> {
  const entries = checkApology(text, lists, grammar).items.map((item) => [item.id, item.state] as const);
  return Object.fromEntries(entries) as Record<ApologyItemId, ApologyState>;
}

const cases: Case[] = [
  // Naming the act
  { text: "I'm sorry I didn't come to your birthday.", expect: { namesAct: 'met', ownsIt: 'met', asksNothing: 'met' } },
  { text: 'I’m sorry I didn’t come to your birthday.', expect: { namesAct: 'met' } },
  { text: "I'm sorry for missing your wedding.", expect: { namesAct: 'met' } },
  { text: 'I apologise for how I treated you at the party.', expect: { namesAct: 'met' } },
  { text: 'I was wrong to read your messages.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'It was unkind of me to joke about your job.', expect: { namesAct: 'met' } },
  { text: "I didn't call after your dad's surgery.", expect: { namesAct: 'met', ownsIt: 'met' }, why: 'naming my own act plainly owns it, even without "sorry"' },
  { text: "I've been distant since the move.", expect: { namesAct: 'met' } },
  { text: "It wasn't fair of me to cancel at the last minute.", expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'Sorry for everything.', expect: { namesAct: 'flagged', namesEffect: 'missing', ownsIt: 'met' } },
  { text: "I'm sorry for what happened.", expect: { namesAct: 'flagged' } },
  { text: "I'm sorry about everything.", expect: { namesAct: 'flagged' } },
  { text: 'My apologies for the misunderstanding.', expect: { namesAct: 'flagged' } },
  { text: "Honestly, I'm sorry for my part in it.", expect: { namesAct: 'flagged' } },
  { text: 'Sorry for what I did.', expect: { namesAct: 'flagged' }, why: 'points at an act without naming it' },
  { text: 'I never meant to hurt you.', expect: { namesAct: 'missing', namesEffect: 'missing' }, why: 'about my intent, not the act or its effect; not flagged either' },
  { text: 'I missed you so much.', expect: { namesAct: 'missing' } },
  // Naming the effect
  { text: 'It left you alone with people you barely knew.', expect: { namesEffect: 'met' } },
  { text: 'You felt embarrassed in front of everyone.', expect: { namesEffect: 'met' } },
  { text: 'I know that hurt you.', expect: { namesEffect: 'met' } },
  { text: "I'm sorry I wasn't there for you. That must have been so lonely for you.", expect: { namesAct: 'met', namesEffect: 'met' } },
  { text: 'You had to get through it on your own.', expect: { namesEffect: 'met' } },
  { text: 'I embarrassed you in front of your family, and I am sorry.', expect: { namesAct: 'met', namesEffect: 'met', ownsIt: 'met' } },
  { text: 'I left you waiting at the station for an hour.', expect: { namesAct: 'met', namesEffect: 'met' } },
  { text: 'I know I let you down.', expect: { namesEffect: 'met', ownsIt: 'met', namesAct: 'flagged' }, why: 'owning with no act named is a general sorry (round 13)' },
  // Owning it
  { text: "I'm sorry if you felt hurt.", expect: { ownsIt: 'flagged', namesEffect: 'missing', namesAct: 'missing' } },
  { text: "I'm sorry you feel that way.", expect: { ownsIt: 'flagged', namesEffect: 'missing' } },
  { text: "I'm sorry you were upset.", expect: { ownsIt: 'flagged', namesEffect: 'missing' } },
  { text: 'If anything I said upset you, I apologise.', expect: { ownsIt: 'flagged', namesEffect: 'missing' } },
  { text: "I'm sorry I missed your party, but work was crazy.", expect: { namesAct: 'met', ownsIt: 'flagged' } },
  { text: "I shouldn't have said that, but you also said awful things.", expect: { namesAct: 'met', ownsIt: 'flagged' } },
  { text: 'Mistakes were made.', expect: { ownsIt: 'flagged', namesAct: 'missing' } },
  { text: 'Things got out of hand.', expect: { ownsIt: 'flagged' } },
  { text: 'I was only trying to help.', expect: { ownsIt: 'flagged' } },
  { text: 'It takes two.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry, but you overreacted.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry, I was drunk and stupid.", expect: { ownsIt: 'flagged' }, why: 'the reason can come later; the nudge is soft and only the writer sees it' },
  { text: 'We both made mistakes.', expect: { ownsIt: 'flagged' } },
  { text: "It wasn't all my fault.", expect: { ownsIt: 'flagged' } },
  { text: 'You made me so angry that I said things.', expect: { ownsIt: 'flagged' } },
  { text: 'Sorry I was so cold to you at dinner, but I understand if you need time.', expect: { namesAct: 'met', ownsIt: 'met' }, why: 'a "but" that makes room for them is not a hedge' },
  { text: "I'm sorry I forgot, but that's no excuse.", expect: { ownsIt: 'met' } },
  { text: 'That was on me.', expect: { ownsIt: 'met' } },
  { text: "I'm sorry to hear about your dad.", expect: { ownsIt: 'missing' } },
  // Asking nothing back
  { text: 'Please forgive me.', expect: { asksNothing: 'flagged' } },
  { text: 'I hope you can forgive me one day.', expect: { asksNothing: 'flagged' }, why: 'a hope is still a request they may feel they owe' },
  { text: 'Can we move on now?', expect: { asksNothing: 'flagged' } },
  { text: 'I need you to forgive me.', expect: { asksNothing: 'flagged' } },
  { text: "Let's forget this ever happened.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry. Can we just go back to normal?", expect: { asksNothing: 'flagged', ownsIt: 'met' } },
  { text: "Let me know it's okay between us.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry, but you have to understand how stressed I was.", expect: { ownsIt: 'flagged', asksNothing: 'flagged' } },
  { text: "I'm not asking you to forgive me.", expect: { asksNothing: 'met' } },
  { text: "You don't have to forgive me.", expect: { asksNothing: 'met' } },
  { text: 'I understand if you never forgive me.', expect: { asksNothing: 'met' } },
  { text: "I know we can't go back to how we were.", expect: { asksNothing: 'met' } },
  { text: 'I need you to know how sorry I am.', expect: { asksNothing: 'met' }, why: 'wanting to be heard, not asking them to do anything' },
  // Doing differently (optional)
  { text: "From now on I'll call when I say I will.", expect: { doesDifferently: 'met' } },
  { text: 'Next time I will tell you first.', expect: { doesDifferently: 'met' } },
  { text: "I'm going to be more careful with what I share.", expect: { doesDifferently: 'met' } },
  { text: 'I promise I will be on time.', expect: { doesDifferently: 'met' } },
  { text: "I won't comment on your work like that again.", expect: { doesDifferently: 'met' } },
  { text: "I won't lie, it was hard.", expect: { doesDifferently: 'missing' } },
  { text: "I'm going to miss you.", expect: { doesDifferently: 'missing' } },
  { text: "I'll always love you.", expect: { doesDifferently: 'missing' } },
  // Whole apologies
  {
    text: "I'm sorry I didn't come to your birthday. It left you alone with people you barely knew. Next time I say I'll be there, I will be.",
    expect: { namesAct: 'met', namesEffect: 'met', ownsIt: 'met', asksNothing: 'met', doesDifferently: 'met' },
  },
  {
    text: 'I laughed at you in front of your friends, and that hurt you. I was wrong.',
    expect: { namesAct: 'met', namesEffect: 'met', ownsIt: 'met', asksNothing: 'met', doesDifferently: 'missing' },
  },
  // Round 11: shapes behind set 6's misses, each checked on paraphrases of our own
  { text: "I forgot your birthday. You'd planned a whole dinner and sat there alone.", expect: { namesAct: 'met', namesEffect: 'met', ownsIt: 'met' }, why: 'the effect told as a story of what they had done and then lived through' },
  { text: 'I shouted at you and made your evening worse.', expect: { namesAct: 'met', namesEffect: 'met' } },
  { text: 'Sorry for being such an idiot lately.', expect: { namesAct: 'flagged', ownsIt: 'met' }, why: 'judging myself names no deed' },
  { text: "I'm sorry for how I've been this year.", expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: "I'm sorry I was late, I had a lot on at work.", expect: { namesAct: 'met', ownsIt: 'flagged' } },
  { text: "I'm sorry I missed your call. Could we talk this weekend?", expect: { namesAct: 'met', asksNothing: 'flagged' } },
  { text: "I'm sorry I lied. I hope you'll write back one day.", expect: { namesAct: 'met', asksNothing: 'flagged' } },
  // Round 12: shapes behind set 7's misses (asks in any words, hedges after a full stop or in the
  // passive, excuses without "but", change as a concrete promise), each on paraphrases of our
  // own, and look-alikes that must stay met
  { text: "I'm sorry I missed your party. I'd really appreciate a reply.", expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I lied about the money. All I ask is that you read this.', expect: { asksNothing: 'flagged' } },
  { text: 'I was wrong to shout at you. Give me another chance?', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I said that. Could you find it in your heart to forgive me?", expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I forgot your birthday. Save me a seat at the next one?', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I forgot your birthday. I don't expect a second chance.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I lied to you. I don't deserve a reply and I'm not asking for one.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I was late, work was mental that week.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry I missed the dinner, I had a migraine.', expect: { ownsIt: 'flagged' } },
  { text: "Sorry I couldn't drop everything for your move.", expect: { ownsIt: 'flagged' } },
  { text: 'I regret that you felt left out at the wedding.', expect: { ownsIt: 'flagged' } },
  { text: 'If my joke upset you, I apologise.', expect: { ownsIt: 'flagged' } },
  { text: 'Your bike got broken while it was at mine, sorry.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I shouted. That said, you were winding me up.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry I forgot. In my defence, nobody reminded me.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I shouted at you. There's no excuse for it.", expect: { ownsIt: 'met' } },
  { text: "I'm sorry I broke your bike while you were away.", expect: { ownsIt: 'met' } },
  { text: 'From now on, anything you tell me stays between us.', expect: { doesDifferently: 'met' } },
  { text: "I'll pay you back on the 1st of every month.", expect: { doesDifferently: 'met' } },
  { text: "I've kept Saturdays free so I can help with the move.", expect: { doesDifferently: 'met' } },
  { text: "I'll drive your mum to her appointments every week.", expect: { doesDifferently: 'met' } },
  { text: 'The money will be back in your account by Friday.', expect: { doesDifferently: 'met' } },
  { text: "I've been a terrible mate and I'm sorry.", expect: { namesAct: 'flagged' } },
  { text: 'Sorry for being such a pain.', expect: { namesAct: 'flagged' } },
  { text: "I've been a bad friend, I know that, and I want to do better.", expect: { namesAct: 'flagged' }, why: 'a self-judgement names no deed (round 13)' },
  { text: "I'm sorry I missed your party. Just let me know if you ever need anything.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I was so hard on you. I'd love nothing more than for you to be happy.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I was late. Work was busy but that's no excuse at all.", expect: { ownsIt: 'met' } },
  { text: "I'm sorry I lost your necklace. I should have been more careful with it.", expect: { ownsIt: 'met' } },
  { text: "I'm sorry I let you down. All I want is for you to be okay.", expect: { asksNothing: 'met' } },
  // Round 13: owning with no act named is a general sorry, whatever the words; an act is named
  // by its target or occasion, by "it was me who ...", or as a judged deed ("Not inviting you
  // was petty"); sorry that a thing happened, with no one doing it, is a hedge
  { text: "I'm sorry. I mean it.", expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'i messed up. sorry', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'It was my fault, all of it.', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: "I'm sorry. Can we move on?", expect: { namesAct: 'flagged', asksNothing: 'flagged' } },
  { text: "I'm sorry for the things I said about your sister at dinner.", expect: { namesAct: 'met' } },
  { text: 'sorry for the words i used about ur dad', expect: { namesAct: 'met' } },
  { text: "I'm sorry for what I said to you.", expect: { namesAct: 'flagged' }, why: 'to you is no target beyond the reader' },
  { text: 'It was me who told Jess about the loan. Sorry.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: "Yeah I'm the idiot who scratched your car.", expect: { namesAct: 'met' } },
  { text: 'Not inviting you to the party was petty and I regret it.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'Laughing at your haircut in front of everyone was cruel.', expect: { namesAct: 'met' } },
  { text: 'I was nasty about your new girlfriend. Sorry.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'I was nasty to you. Sorry.', expect: { namesAct: 'flagged' } },
  { text: 'And I just didnt show up. Im sorry.', expect: { namesAct: 'met' } },
  { text: "I'm sorry the money went missing.", expect: { ownsIt: 'flagged' } },
  { text: 'Apologies that your phone got broken at mine.', expect: { ownsIt: 'flagged' } },
  { text: "It's a shame things got so heated at the wedding.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I broke your phone at mine.", expect: { ownsIt: 'met', namesAct: 'met' } },
  // Round 13: asks as a hope or prayer that they will do something, a "let's", an order back;
  // the effect told with "you" as subject; a step already taken as change; excuses of
  // circumstance and blame moved to them as hedges
  { text: "I'm sorry I lied. I hope one day you'll trust me again.", expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I ghosted you. I pray your heart will soften.', expect: { asksNothing: 'flagged' }, why: 'a prayer that they change towards me still asks it of them (set 8 reads it so)' },
  { text: "Sorry I ghosted you. I hope you're doing well.", expect: { asksNothing: 'met' } },
  { text: 'I was wrong to shout. Lets grab a coffee soon.', expect: { asksNothing: 'flagged' } },
  { text: 'sorry for muting you. follow me back?', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I lied. Call me if you ever need anything.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I was late. Let's not pretend it was nothing.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I went quiet. For weeks you didn't know if I was okay.", expect: { namesEffect: 'met' } },
  { text: 'I missed the funeral. You were looking for me and I was not there.', expect: { namesEffect: 'met' } },
  { text: "I've asked the bank to refund your half.", expect: { doesDifferently: 'met' } },
  { text: "I'll go with you to the landlord and tell him it was me.", expect: { doesDifferently: 'met' } },
  { text: "I've asked myself why I did it.", expect: { doesDifferently: 'missing' } },
  { text: "Sorry I didn't ring, I was just so busy with the kids.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I snapped, it's the new meds.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry I was late, my phone had died.', expect: { ownsIt: 'flagged' } },
  { text: "Sorry about the cat. She was never fed properly when she lived with you, so it's no wonder she ran.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I said that about you. I wasn't myself.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I snapped at you. I was busy but that's no excuse.", expect: { ownsIt: 'met' } },
  { text: 'I apologise for my comments about your cooking.', expect: { namesAct: 'met' } },
  // Round 13, voices the corpus had little of: texting, terse, money lent, gaming
  { text: "my fault. won't happen again.", expect: { namesAct: 'flagged', doesDifferently: 'met' } },
  { text: "i'll pay u back friday", expect: { doesDifferently: 'met' } },
  { text: "Sorry I still haven't paid you back.", expect: { namesAct: 'met' } },
  { text: "Sorry, I just didn't mean it like that.", expect: { namesAct: 'flagged' }, why: 'my intent is no act named, so the sorry stays general' },
  { text: 'soz for ghosting, been mad busy', expect: { namesAct: 'met', ownsIt: 'flagged' } },
  { text: 'soz for being a div', expect: { namesAct: 'flagged' } },
  { text: "I've been busy thinking about what I did. I shouldn't have said it.", expect: { ownsIt: 'met' } },
  { text: 'ok im sorry, happy now?', expect: { ownsIt: 'flagged' } },
  { text: 'sorry. can we play tonight?', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I raged at you. Can we be honest about it another time, when you want?", expect: { asksNothing: 'met' } },
  // Round 13: a bare question back after the sorry asks; the same words told do not; a sorry
  // for being an insult names no deed
  { text: 'Sorry I was a prick. Friends again?', expect: { asksNothing: 'flagged', namesAct: 'flagged' } },
  { text: 'sorry for ditching u at the party. we good?', expect: { asksNothing: 'flagged', namesAct: 'met' } },
  { text: 'sorry i muted you. follow me again?', expect: { asksNothing: 'flagged' } },
  { text: "sorry i was such a dick to you at the match", expect: { namesAct: 'met' } },
  { text: "I'm sorry I lied. All good now, I told her the truth.", expect: { asksNothing: 'met' } },
  // Round 14: a sorry beside something with the shape of a deed (a first-person verb done to
  // someone or something) is never called general, even where the act phrases miss the deed;
  // a self-judgement beside the same words still is
  { text: "I've been turning up late to book club and talking through the readings, and I'm sorry.", expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: "I've been cancelling on you every week, and I'm sorry.", expect: { namesAct: 'met' } },
  { text: "I've pushed our lunches back three times and I'm sorry.", expect: { namesAct: 'missing' }, why: 'the act phrases miss it, but it has the shape of a deed, so the sorry is not called general' },
  { text: "I kept borrowing your charger without asking. Sorry.", expect: { namesAct: 'met' } },
  { text: "I've been thinking about you a lot, and I'm sorry.", expect: { namesAct: 'flagged' }, why: 'a thought is no deed' },
  { text: "I was going through a lot, and I'm sorry.", expect: { namesAct: 'missing' }, why: 'circumstances are a hedge, not a deed or a general sorry' },
  { text: "I know I messed things up and I'm sorry.", expect: { namesAct: 'flagged' } },
  { text: "I let you down and I'm sorry.", expect: { namesAct: 'flagged' } },
  { text: "I made a right mess of it, sorry.", expect: { namesAct: 'flagged' } },
  { text: 'I was out of order leaving the band chat the way I did.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'I was out of line shouting at you in front of everyone.', expect: { namesAct: 'met' } },
  { text: 'I was out of order, sorry.', expect: { namesAct: 'flagged' } },
  { text: 'I was plain wrong to bad-mouth you at the bake sale.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'sorry for rage quitting and leaving u alone in the final', expect: { namesAct: 'met' } },
  { text: 'Sorry for drunk texting you at 3am.', expect: { namesAct: 'met' } },
  { text: 'soz for being a total div', expect: { namesAct: 'flagged' } },
  { text: 'sorry for being a muppet', expect: { namesAct: 'flagged' } },
  // Round 14: dialect and chat spellings read as the words the rules are written with
  { text: "Ah'm sorry ah slagged yer cooking at the party.", expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'Ah wis bang oot o order leavin ye tae close the bar on yer ain. Sorry, pal.', expect: { namesAct: 'met' } },
  { text: 'soz i didnt pay u back', expect: { namesAct: 'met' } },
  { text: 'sorry. cant we just forget about it and go back to how it was', expect: { asksNothing: 'flagged' } },
  { text: "Sorry. I know we can't go back to how it was.", expect: { asksNothing: 'met' } },
  // Round 14: a hedge in every shape (a feeling put on them, a condition before or after, a
  // grudging sorry, an excuse of circumstance, the blame handed back) and the kind look-alikes
  { text: "I'm sorry you see it the way you do.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry for whatever you think I said.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry it came across as rude.", expect: { ownsIt: 'flagged' } },
  { text: 'If my comments at the meeting caused any upset, I apologise.', expect: { ownsIt: 'flagged', namesAct: 'met' } },
  { text: 'I apologise should my lateness have caused offence.', expect: { ownsIt: 'flagged' } },
  { text: 'Sorry then if I was short with you.', expect: { ownsIt: 'flagged' } },
  { text: 'Sorry, I suppose.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I snapped, I'd been on nights all week.", expect: { ownsIt: 'flagged' } },
  { text: "Sorry I giggled at the funeral, I can't help it.", expect: { ownsIt: 'flagged' } },
  { text: "Sorry I left early, though to be fair you said it was fine.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry I ate your leftovers, what did you expect.', expect: { ownsIt: 'flagged' } },
  { text: "Sorry I went quiet, you're not exactly easy to reach either.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry about the jokes, everyone else laughed.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I laughed at you, and I can't help going over it.", expect: { ownsIt: 'met' }, why: '"can\'t help" here is regret, not an excuse' },
  { text: 'I know things have been hard for you, and I made them harder. I am sorry.', expect: { ownsIt: 'met' } },
  { text: 'I apologise for my absence at your father’s funeral.', expect: { namesAct: 'met' } },
  // Round 14: asking something back as a question, a please, a wish for a meeting
  { text: "I'm sorry I broke your lamp. Could you keep it from Mum?", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I lied. Please say you'll still come.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I missed the gig. Can I buy you lunch and explain?", expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I was rude. Do you think we could start again?', expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I shouted. Do you still want to come on the trip?', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I was late. I'd appreciate it if you kept it to yourself.", expect: { asksNothing: 'flagged' } },
  { text: "sorry for being a div. u coming to the match or what", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I was late. Could I have been any more careless.", expect: { asksNothing: 'met' }, why: 'a rhetorical question about myself asks nothing of them' },
  { text: "I'm sorry I forgot your birthday. I'll put it in my calendar.", expect: { asksNothing: 'met' } },
  { text: "I was rude at dinner. Can I just say how sorry I am?", expect: { asksNothing: 'met' }, why: 'a rhetorical way into the sorry asks nothing of them' },
  // Round 14: a change as a repairing deed promised, under way or done; a self-judgement in the
  // shape of a noun ("the mess I made", "the way I've been") names no act
  { text: "I'll pay for the new window.", expect: { doesDifferently: 'met' } },
  { text: "I'll tell her myself that it was me.", expect: { doesDifferently: 'met' } },
  { text: "im telling the group chat i was wrong", expect: { doesDifferently: 'met' } },
  { text: "I've transferred the money back.", expect: { doesDifferently: 'met' } },
  { text: 'I shall not raise it again at the committee.', expect: { doesDifferently: 'met' } },
  { text: 'From now on the rota is on the fridge.', expect: { doesDifferently: 'met' } },
  { text: "I'll tell you why when I see you.", expect: { doesDifferently: 'missing' } },
  { text: "I'm telling you the truth.", expect: { doesDifferently: 'missing' } },
  { text: "I'm sorry for the mess I made of things.", expect: { namesAct: 'flagged' } },
  { text: 'Sorry for the way I have been lately.', expect: { namesAct: 'flagged' } },
  { text: "I'm sorry for the friend I was that year.", expect: { namesAct: 'flagged' } },
  { text: 'Sorry about all the money stuff.', expect: { namesAct: 'flagged' } },
  { text: 'Sorry for the mess I left in your kitchen.', expect: { namesAct: 'met' } },
  // Round 14: the effect in every shape (bearing it alone, a third party turning on them, what
  // followed "because of it", what they had been doing, the writer picturing them)
  { text: "I'm sorry I missed the move. You carried the boxes on your own.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I told your dad. He wouldn't speak to you for weeks.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I kept the deposit. You missed the trip because of it.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I cancelled. You lot had to find another singer.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I took over; you'd been planning it for months.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I told Jo. Now the whole office knows your business.", expect: { namesEffect: 'met' } },
  { text: 'My remarks caused you real distress, and I am sorry.', expect: { namesEffect: 'met' } },
  { text: "I keep picturing you waiting outside the station. I'm sorry I forgot.", expect: { namesEffect: 'met' } },
  { text: 'I apologise if I caused you any distress.', expect: { namesEffect: 'missing', ownsIt: 'flagged' }, why: '"any" supposes an effect rather than naming one' },
  { text: "Sorry I called you names, but you'd been winding me up all night.", expect: { namesEffect: 'missing' } },
  { text: 'I was cold to you because of it, and I am sorry.', expect: { namesEffect: 'missing' } },
  // Round 15: a first-person deed in any words ("sorry fi ...", "my bad for ...ing", "...ing was
  // my mistake", "I had no business ...ing"); owning with no deed named ("that one's on me",
  // "I was in the wrong", "I did you wrong") is a general sorry
  { text: 'Mi sorry fi mash up yuh phone.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'My bad for breaking your charger.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'Shouting at you in the car was my mistake.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: 'I had no business reading your texts.', expect: { namesAct: 'met', ownsIt: 'met' } },
  { text: "That one's all on me, mate.", expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'I was in the wrong, plain and simple.', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'I did you wrong.', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'I made a proper hash of it.', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  // Round 15: the effect told as a story (what they had already done, what others saw, what it
  // meant for them, what it took from them, going without); a "when you ..." clause that only
  // sets the scene is not the effect
  { text: "You'd already booked the flights when I pulled out. I'm sorry.", expect: { namesAct: 'met', namesEffect: 'met' } },
  { text: "Half the office heard what I said about you, and I'm sorry.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I missed the hearing. It meant you had to face the judge alone.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I shared the photo. It followed you for months.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I announced your engagement first. I took that moment from you.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry I kept the car. You were without it for a month.", expect: { namesEffect: 'met' } },
  { text: "I'm sorry. You shouldn't have had to hear it from your boss.", expect: { namesEffect: 'met', namesAct: 'flagged' } },
  { text: "I'm sorry I laughed at your accent. I made you dread speaking up.", expect: { namesEffect: 'met' } },
  { text: "I was dismissive when you needed me, and I'm sorry.", expect: { namesAct: 'met', namesEffect: 'missing' } },
  { text: "I'm sorry I went quiet every time you brought up your job.", expect: { namesAct: 'met', namesEffect: 'missing' } },
  // Round 15: hedges as fairness, an assumption, drink, the blame shared out or a misreading;
  // the same words owning it stay met
  { text: "I'm sorry I snapped at you, though in fairness you'd been needling me all day.", expect: { ownsIt: 'flagged' } },
  { text: 'I told Mum, but only because I assumed you\'d told her already.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry about what I said, I'd had a few too many.", expect: { ownsIt: 'flagged' } },
  { text: 'Sorry, most of it was on you really.', expect: { ownsIt: 'flagged' } },
  { text: 'Sorry you got the wrong idea about the message.', expect: { ownsIt: 'flagged' } },
  { text: "I'd had a few drinks, which is no excuse, and I'm sorry I insulted your sister.", expect: { ownsIt: 'met', namesAct: 'met' } },
  { text: "In fairness to you, you'd warned me twice. I'm sorry I didn't listen.", expect: { ownsIt: 'met' } },
  { text: "Most of it was on me, and I'm sorry I let it get that far.", expect: { ownsIt: 'met' } },
  // Round 15: an ask with a please in it, a plea; a concrete promise to tell someone myself, to pay back
  { text: 'Sorry I forgot, can you please let it go now.', expect: { asksNothing: 'flagged' } },
  { text: 'Mi sorry mi neva call. Beg yuh, talk to mi.', expect: { asksNothing: 'flagged', namesAct: 'met' } },
  { text: "I'm sorry I lied about the money. I'll tell your dad myself what I did.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I lost your deposit. I'm paying you back £40 a week.", expect: { doesDifferently: 'met' } },
  // Round 15: a self-judgement or a general harm is owning with no act named ("I acted like a
  // brat", "I handled it badly", "the bad feeling", "the harm I've caused", "I upset you"); a
  // change as a routine, a treat, an apology in person, a step already taken, being there
  { text: 'I acted like a spoilt brat, I know.', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'I handled the whole thing really badly.', expect: { namesAct: 'flagged', ownsIt: 'met' } },
  { text: 'Sorry for all the bad feeling at Easter.', expect: { namesAct: 'flagged' } },
  { text: "I'm sorry for the harm I've caused.", expect: { namesAct: 'flagged' } },
  { text: "I'm sorry I upset you.", expect: { namesAct: 'flagged' } },
  { text: "I'm sorry I upset you by cancelling.", expect: { namesAct: 'met' } },
  { text: 'I behaved badly at the party when I shouted at your dad.', expect: { namesAct: 'met' } },
  { text: "I'll phone you every Sunday evening from now.", expect: { doesDifferently: 'met' } },
  { text: "I'll drive down next month and take you out for dinner.", expect: { doesDifferently: 'met' } },
  { text: "I'll apologise to Mia face to face at the next meeting.", expect: { doesDifferently: 'met' } },
  { text: "I've written to the landlord to fix the leak.", expect: { doesDifferently: 'met' } },
  { text: "I've booked us a table for your birthday.", expect: { doesDifferently: 'met' } },
  { text: "I'll be there for the christening.", expect: { doesDifferently: 'met' } },
  { text: "I'll always be there for you if you need me.", expect: { doesDifferently: 'missing' }, why: 'a feeling, not a concrete step' },
  // Round 15: hedges a next writer may use: the words "came out wrong" or "were misconstrued",
  // "I didn't realise it was such a big deal", a dark place, a head or mood in a bad way, a rough
  // few months, "sorry for being honest", "sorry the truth hurt", "you're right, I guess"; the
  // same words owning it stay met
  { text: "I'm sorry it came out wrong.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry that my words were misconstrued.", expect: { ownsIt: 'flagged' } },
  { text: "Sorry, I didn't realise it was such a big deal to you.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry, I was in a dark place back then.", expect: { ownsIt: 'flagged' } },
  { text: "Sorry, my head wasn't in the right place.", expect: { ownsIt: 'flagged' } },
  { text: 'My mental health was all over the place, sorry.', expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry, I've had a rough few months.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry for being honest.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry the truth hurt.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry, you're right, I guess.", expect: { ownsIt: 'flagged' } },
  { text: "I was in a dark place, and that's no excuse for what I said. I'm sorry.", expect: { ownsIt: 'met' } },
  { text: "I'm sorry I didn't realise how much it meant to you; I should have asked.", expect: { ownsIt: 'met' } },
  { text: "You had a rough few months and I made them worse. I'm sorry.", expect: { ownsIt: 'met' } },
  { text: "You're right, I was selfish, and I'm sorry.", expect: { ownsIt: 'met' } },
  { text: 'I lied to you about the money. That was wrong of me.', expect: { ownsIt: 'met', namesAct: 'met' } },
  // Round 15: asks in other wordings: "let me know when you're free", an invitation asked
  // ("fancy a drink?", "pint on me Saturday?", "still on for Sunday?"), "no hard feelings?",
  // "drop me a line", "hoping we can move forward", "waiting to hear from you"; the same
  // offered with "if you ever" or "no pressure", or told, asks nothing
  { text: "I'm sorry I shouted. Let me know when you're free to talk.", expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I was late. Fancy a drink on Friday?', expect: { asksNothing: 'flagged' } },
  { text: 'Sorry mate, I was out of order. Pint on me Saturday?', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I snapped. Still on for Sunday?", expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I broke the vase. No hard feelings?', expect: { asksNothing: 'flagged' } },
  { text: 'Sorry I snapped. Drop me a line sometime.', expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I hurt you. I'm hoping we can move forward.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I didn't call. Waiting to hear from you.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I lied. If you ever want to talk, drop me a line.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I lied. Give me a ring if you ever want to, no pressure.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I didn't come. No hard feelings from me about the ticket, either.", expect: { asksNothing: 'met' } },
  { text: 'You spent the evening waiting for a call that never came. I\'m sorry.', expect: { asksNothing: 'met' } },
  { text: 'Sorry. Fancy me forgetting your birthday, of all days.', expect: { asksNothing: 'met' } },
  // Round 15: a deed told as where I was ("at the pub when you rang"), or done with others
  // ("me and Dave went without you"): not called general, though only the first names the act
  { text: 'Sorry. I was at the pub when you rang from the hospital.', expect: { namesAct: 'met' } },
  { text: 'Sorry. Me and Dave went to the gig without you.', expect: { namesAct: 'missing' } },
  { text: 'Sorry. We went without you and posted it everywhere.', expect: { namesAct: 'missing' } },
  { text: 'Sorry, we went to the beach and had a lovely time.', expect: { namesAct: 'flagged' } },
  { text: "I'm sorry. I wasn't there when your dad died.", expect: { namesAct: 'met' } },
  { text: 'Ah\'m sorry, ah wis at the pub when ye needed me.', expect: { namesAct: 'met' } },
  // Round 15: the effect as others' hopes let down ("the kids had been excited all week") or
  // what came at them ("you got messages from strangers for days")
  { text: "I'm sorry I cancelled. The kids had been excited all week.", expect: { namesEffect: 'met' } },
  { text: 'Sorry I posted it. You got messages from strangers for days.', expect: { namesEffect: 'met' } },
  { text: "I'm sorry I was excited and talked over you.", expect: { namesEffect: 'missing' } },
  { text: 'I miss you.', expect: { namesAct: 'missing', namesEffect: 'missing', ownsIt: 'missing', asksNothing: 'met', doesDifferently: 'missing' } },
  { text: '', expect: { namesAct: 'missing', namesEffect: 'missing', ownsIt: 'missing', asksNothing: 'missing', doesDifferently: 'missing' } },
  // Round 16: owning in other words ("that whole mess was entirely on me", "I was a lousy flatmate", "I haven't been a good brother"), an excuse
  // without "but" ("though to be fair", "I honestly thought you'd already heard", "had a migraine", "what else was I supposed to do", "only a
  // laugh", "the director told me to go"), asking back ("draw a line under it", "I'd love another chance", "tell me you'll still come"); look-alikes
  { text: 'That whole mess was entirely on me.', expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'met' } },
  { text: "I've been really out of order with you.", expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'met' } },
  { text: "I'm ashamed of how I spoke to you.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: 'I was a lousy flatmate and a worse friend.', expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'met' } },
  { text: "I haven't been a good brother to you this year.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: 'I was a complete idiot.', expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'met' } },
  { text: "I'm sorry I forgot your birthday, though to be fair you never remind me.", expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: "Sorry I didn't ring, I honestly thought you'd already heard from Mum.", expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: 'Sorry I missed the gig. Had a migraine all day.', expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: 'Sorry I was late, my car broke down.', expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I left early, what else was I supposed to do?", expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: 'Sorry I walked off the set, the director told me to go.', expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: 'Sorry about the video, it was only a laugh.', expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: 'Sorry I posted it, everyone does it.', expect: { ownsIt: 'flagged', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry it got out, but it wasn't down to me alone.", expect: { ownsIt: 'flagged', namesAct: 'missing', asksNothing: 'met' } },
  { text: "I'm sorry I shouted. Can we draw a line under it?", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: "I'm sorry I was rude. Shake on it?", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: "I'm sorry I let you down. I'd love another chance.", expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'flagged' } },
  { text: "I'm sorry I missed it. Just answer me please.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: "Sorry I forgot your party, tell me you'll still come on Friday.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: "I'm sorry I was short with you. Let me know that we're okay.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: 'Sorry for the row, friends again or not?', expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: "I've said sorry, now I'd like one back.", expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'flagged' } },
  { text: "I'm sorry I snapped. I'd love it if you came to dinner on Sunday.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'flagged' } },
  { text: "I've apologised. The least you could do is reply.", expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'flagged' } },
  { text: "I'm sorry for the drama, let's get a curry, yeah?", expect: { ownsIt: 'met', namesAct: 'flagged', asksNothing: 'flagged' } },
  { text: "I'm sorry I forgot your birthday, though I know that doesn't fix anything.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I missed your recital. I thought about you all evening.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I shouted at you in the car.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I read your diary. It was wrong and I know it.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I missed your party. I'll be there next year, no excuses.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I shouted. I'll understand if you need space.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I was late, everyone was waiting for me and that's on me.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  { text: "I'm sorry I shook you awake like that.", expect: { ownsIt: 'met', namesAct: 'met', asksNothing: 'met' } },
  // Round 16: a concrete change told as a date, a habit or a thing already done ("I'll ring you on Sundays", "I've fitted a new bolt",
  // "the bill comes to me", "half of what I got for it is yours", "on the kitchen calendar now"); look-alikes ("on the phone", "I'll be thinking of you today")
  { text: "I'm sorry I took the credit. I'll email the team today and set it straight.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I missed our calls. I'll ring you on Sundays from now.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I cancelled again. I've asked for every Friday off next term.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry the gate was open. I've fitted a new bolt on it.", expect: { doesDifferently: 'met' } },
  { text: "Sorry I posted that photo. I took it down, and I'll ask you before I post anything with you in it.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I crashed your car. The bill for the repair comes to me.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I sold the bike. Half of what I got for it is yours.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I missed your opening night. I'll be at the last show, front row.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I forgot. Your birthday is on the kitchen calendar now.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I embarrassed you. Anything I'm unhappy about, I'll raise with you in private.", expect: { doesDifferently: 'met' } },
  { text: "I'm sorry I snapped at you on the phone.", expect: { doesDifferently: 'missing' } },
  { text: "I'm sorry I forgot your birthday. I'll be thinking of you today.", expect: { doesDifferently: 'missing' } },
  { text: "I'm sorry I said that. I'll be at home if you want to talk.", expect: { doesDifferently: 'missing' } },
  // Round 18: something asked back in other words: a chance or a pint ("any chance of a pint?", "another chance?"), what it would mean ("it'd mean the world if you came"), a reply "would be appreciated", "all I'm asking is", "I'd love you to come back", "text me back when you see this", "are we sound?", "your turn to say sorry"; and look-alikes that ask nothing
  { text: "I'm sorry I shouted at you. Any chance of a coffee this week?", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I missed the wedding. One more chance?", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I lied about the money. It would mean a lot if you wrote back.", expect: { asksNothing: 'flagged' } },
  { text: "I apologise for the remarks I made at the meeting. A reply would be appreciated.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I left you at the party. All I'm asking is ten minutes.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I quit the band without warning. I'd love you to come to the next gig.", expect: { asksNothing: 'flagged' } },
  { text: "Sorry I read your messages. Ring me back once you've seen this.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I laughed at your haircut. Are we sound?", expect: { asksNothing: 'flagged' } },
  { text: "I said sorry for the car, so now it's your turn to say sorry.", expect: { asksNothing: 'flagged' } },
  { text: "I'm sorry I missed the wedding. I don't expect another chance.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I lied about the money. It meant a lot that you lent it to me.", expect: { asksNothing: 'met' } },
  { text: "I'm sorry I shouted at you. No need to reply, I just wanted you to know.", expect: { asksNothing: 'met' } },
  // Round 18: hedges in other words: a busy time as the reason ("it's been a mad month"), a thing that failed ("the printer was playing up"), "it's just business", "I can't control that", no choice, "you know that about me"; the hurt put on how they took it ("you took it so personally", "I regret that you found it upsetting", "sorry it landed badly"); the weight turned back ("In fairness you had..."); and look-alikes that own it
  { text: "I'm sorry I forgot to call, it's been a crazy week.", expect: { ownsIt: 'flagged' } },
  { text: "Sorry the invoice was late, the printer kept playing up.", expect: { ownsIt: 'flagged' } },
  { text: "Sorry I posted the screenshot, it's just the internet, people share things.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry the photo spread, I can't control who sees it.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry you took the joke so personally.", expect: { ownsIt: 'flagged' } },
  { text: "I regret that you found my email upsetting.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry it came across so badly.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I shouted. In fairness you'd been goading me all night.", expect: { ownsIt: 'flagged' } },
  { text: "I'm sorry I missed your party. It's been a hard year for you and I let you down.", expect: { ownsIt: 'met' } },
  { text: "I'm sorry I laughed. You took a risk telling me and I made it harder.", expect: { ownsIt: 'met' } },
  { text: "I'm sorry I broke your vase. I know it was your gran's and I should have been careful.", expect: { ownsIt: 'met' } },
];

describe('apology.json', () => {
  it('matches the schema', () => {
    expect(apologyListsSchema.safeParse(apology).success).toBe(true);
  });

  it('rejects a list with a broken pattern or an exclamation mark', () => {
    const broken = structuredClone(lists);
    broken.items.namesAct.finds.phrases.push('sorry ... ... ... for');
    expect(apologyListsSchema.safeParse(broken).success).toBe(false);
    const loud = structuredClone(lists);
    loud.items.ownsIt.met = 'Great job!';
    expect(apologyListsSchema.safeParse(loud).success).toBe(false);
  });

  it('says the last item is optional', () => {
    expect(lists.items.doesDifferently.missing).toMatch(/optional/i);
    expect(lists.items.doesDifferently.label).toMatch(/optional/i);
  });
});

describe('checkApology', () => {
  it.each(cases)('reads $text', ({ text, expect: expected }) => {
    const states = statesOf(text);
    const relevant = Object.fromEntries(Object.keys(expected).map((id) => [id, states[id as ApologyItemId]]));
    expect(relevant).toEqual(expected);
  });

  it('always returns every item, in order, each with a reason', () => {
    for (const text of ['', 'Sorry for everything.', "I'm sorry I lied, but you lied too."]) {
      const { items } = checkApology(text, lists, grammar);
      expect(items.map((i) => i.id)).toEqual([...APOLOGY_ITEM_IDS]);
      for (const item of items) expect(item.reason.length).toBeGreaterThan(0);
    }
  });

  it('gives the reasons from the content file, and no spans when missing', () => {
    const items = checkApology('I miss you.', lists, grammar).items;
    const act = items.find((i) => i.id === 'namesAct');
    expect(act?.reason).toBe(lists.items.namesAct.missing);
    expect(act?.label).toBe(lists.items.namesAct.label);
    expect(act?.spans).toEqual([]);
  });

  it('points at just the "but", with the reason for it', () => {
    const text = "I'm sorry I missed your party, but work was crazy.";
    const owns = checkApology(text, lists, grammar).items.find((i) => i.id === 'ownsIt');
    const butFlag = lists.items.ownsIt.flags.find((f) => f.id === 'owns.but');
    expect(owns?.spans).toEqual([{ start: text.indexOf('but'), end: text.indexOf('but') + 3, match: 'but' }]);
    expect(owns?.reason).toBe(butFlag?.reason);
  });

  it('gives the reason behind the earliest hedge when there are several', () => {
    const text = 'Mistakes were made. Sorry if it hurt, but you also lied.';
    const owns = checkApology(text, lists, grammar).items.find((i) => i.id === 'ownsIt');
    expect(owns?.state).toBe('flagged');
    expect(owns?.reason).toBe(lists.items.ownsIt.flags.find((f) => f.id === 'owns.passive')?.reason);
    expect(owns?.spans.map((s) => s.match)).toEqual(['Mistakes were made', 'Sorry if', 'but', 'you also']);
  });

  it('names every different reason when several hedges are there, each with its words, in order', () => {
    const text = "I'm sorry if you felt hurt, but you started it.";
    const owns = checkApology(text, lists, grammar).items.find((i) => i.id === 'ownsIt');
    const reasonOf = (id: string) => lists.items.ownsIt.flags.find((f) => f.id === id)?.reason;
    expect(owns?.state).toBe('flagged');
    const notes = owns?.notes ?? [];
    // The blame at the end is the part that hurts most: it must be named, not only the "if".
    expect(notes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(notes.map((n) => n.reason)).size).toBe(notes.length);
    expect(notes[0]?.match).toBe('sorry if');
    expect(notes.map((n) => n.reason)).toContain(reasonOf('owns.but'));
    expect(notes.at(-1)?.match.toLowerCase()).toContain('you started');
    // Items that are not flagged carry no notes.
    expect(checkApology(text, lists, grammar).items.filter((i) => i.state !== 'flagged').every((i) => i.notes.length === 0)).toBe(true);
  });

  it('shows where the act was named, with offsets into the original text', () => {
    const text = 'Hey.\n\nI’m sorry I didn’t come to your birthday.';
    const act = checkApology(text, lists, grammar).items.find((i) => i.id === 'namesAct');
    const span = act?.spans[0];
    expect(span && text.slice(span.start, span.end)).toBe(span?.match);
    expect(span?.match).toBe('sorry I didn’t');
  });

  it('returns for a very long draft', () => {
    const sentence = "I'm sorry I didn't come, and I know it left you alone, but I was tired. ";
    const long = sentence.repeat(Math.ceil((MAX_CHECKED_CHARS * 2) / sentence.length));
    const { items } = checkApology(long, lists, grammar);
    expect(items).toHaveLength(APOLOGY_ITEM_IDS.length);
    expect(items.find((i) => i.id === 'ownsIt')?.state).toBe('flagged');
  });
});
