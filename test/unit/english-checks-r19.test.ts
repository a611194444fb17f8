// Round 19 of the English text checks: shapes read after held-out sets 15 and 15b, each
// written by more than one blind writer. Each shape has paraphrases of my own that must be
// found and kind look-alikes sharing its words that must stay quiet, so a rule that fits one
// corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkReaders } from '../helpers/check-readers.ts';

const { kinds, stateOf, flagsOf } = checkReaders('en');

// An old debt or favour held over ("you owe me for X as well", "don't forget I covered for
// you"), then set against now ("you weren't so X when you ..."), a wrong recalled by "like
// when you" or "same as X when you", "remember that? because I do", a short year ("in '16").
// A thank-you, my own debt and a fond "remember when" stay quiet.
describe('the English gentle check reads an old wrong held over (round 19)', () => {
  it.each([
    'You still owe me for the hotel in Rome as well.',
    'you owe me for Glasgow, and now you owe me for this',
    'You owe me a reply, after all the times you went missing on me.',
    'After Lisbon you owe me at least a coffee.',
    'you owe me for the van hire from two summers back',
    "Don't forget I covered for you at the office party.",
    'Remember who paid your rent that winter?',
    'You weren\'t so proud when you crashed my bike.',
    'Just like when you ditched me at the airport.',
    'Same as Paris when you walked off without a word.',
    'Like with the wedding money, you leave everything until someone else pays.',
    'It has always been like this with you.',
    "It's not like this is new.",
    'remember the quiz night? because I do',
    'you nicked my jacket in 16 when we were at college',
    'Nothing has changed since the wedding, you still only think of yourself.',
    'When my dad was in hospital you went on holiday instead.',
    'You laughed at me in front of the whole class. I have not forgotten.',
    'I could bring up the wedding but I won\'t.',
    "Ever since the party you've treated me like a stranger.",
    'As you did with my birthday, and my leaving do.',
    'You ruined my hen do and now you have ruined my wedding.',
    'You mocked my singing and you mocked my painting too.',
    "It's your fault I missed the train, same as it was your fault I missed the bus.",
    "Don't pretend the photos are the first time.",
    "You skipped my graduation as well, so forgive me if I'm not surprised.",
    'The last time I trusted you with a secret, the whole office knew.',
    'Answer me now, not in a month like when I needed you after the op.',
    'Sort it out, not like the Leeds business.',
    "And explain the missing money while you're at it.",
    'I still remember you laughing when I fell off the stage.',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'I still owe you for the hotel in Rome, let me pay you back.',
    'You owe me nothing, honestly.',
    "Don't forget I love you.",
    'Like when you taught me to swim, you were so patient.',
    'Same as last year, the barbecue is at ours.',
    'I remember everything about that trip, it was perfect.',
    'Nothing has changed since the wedding, you are still my favourite person.',
    'I was not so sure when you first suggested it, but it was lovely.',
    'Remember our trip to Rome? Because I do, and I smile every time.',
    'Do you love me? Because I do.',
    'When my dad was in hospital you came every single day.',
    'You once told me I was brave. I have not forgotten.',
    "Ever since the party you've been so kind to me.",
    "I've been a mess since the reference thing, and that's on me.",
    'You made my birthday special, just as you made my wedding special.',
    'The last time I told you about my day, you made me laugh so much.',
    'I still remember you laughing with me at the fair.',
    "You got the job, so I'm not surprised, you're brilliant.",
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// Blame told as a consequence or a burden: sarcastic thanks for telling, a mess made and me
// left clearing it, "let me take the fall", "more damage than", "fine until you", "got me
// suspended", "put us at risk", "acted like it was nothing", "now I'm the villain", "had my
// mum in tears". Real thanks, laughter and a life made easier stay quiet.
describe('the English gentle check reads a consequence laid on the other (round 19)', () => {
  it.each([
    'Thanks so much for telling my boss I was off sick for no reason.',
    "You've made a right mess of this and I'm left sorting it out.",
    'You let me carry the blame for the broken window.',
    'Your temper has done more damage than anything else.',
    'Everything was fine with my sister until you started stirring.',
    'You got me sacked with your gossip.',
    'You put the whole team at risk with that stunt.',
    'You shouted at my mum and then acted like it was nothing.',
    'You pushed me until I snapped.',
    "You've had my dad in tears all week.",
    "You've made my life a misery at work.",
    'Well done, my parents now think I stole from them.',
    'My brother read your post and cried, so congratulations.',
    "You've managed to get the whole street to stop talking to me.",
    'What you said about my mum really hurt me.',
    'You shamed me in front of the whole choir.',
    'You took my recipe and passed it off as yours.',
    "You're the reason I got dropped from the squad.",
    'You got me kicked out of the band.',
    'You let the whole team down.',
    'You let them blame me for the missing money.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'Thanks so much for telling me, it really helped.',
    'You had me in tears laughing at the wedding.',
    "You've made my life so much easier this year.",
    'You made me look like a pro on stage!',
    'You held my hand until I stopped shaking.',
    'You passed your test and I cried, so congratulations!',
    'What you said did not hurt me at all.',
    "You're the reason I started painting again.",
    'You let me borrow your car when mine broke down.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('still reads blame when a child was forgotten, although "sat" is a caring word elsewhere', () => {
    expect(kinds('my son sat on the steps for an hour because you forgot him')).toContain('blame');
  });
});

// An ultimatum told as a plan: "unless you ..., I'll ...", a solicitor after or/if/next time,
// "you are no longer my friend", "or I stop being your friend", "don't expect a reference",
// "nothing left to come back to". An offer, a plan "unless you'd rather" and a lawyer
// recommended stay quiet.
describe('the English gentle check reads a sanction told as a plan (round 19)', () => {
  it.each([
    "Unless you apologise to Mum, I'm telling the whole family.",
    'If you keep ignoring me, you can talk to my lawyer.',
    'Pay me back or it goes to small claims.',
    'If you skip the christening you are no longer my brother.',
    'Say sorry or I stop being your friend.',
    "If you won't help, fine, but don't expect any help from me either.",
    "Carry on like this and there'll be nothing left between us.",
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    "Unless you'd rather not, I'll bring a cake on Saturday.",
    'If you need a good lawyer for the house, mine is lovely.',
    "If you come, don't expect anything fancy, it's just soup.",
    'I never stopped being your friend.',
    'Try the cake and you\'ll never go back to shop-bought.',
    'Answer when you like, or not at all.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// The apology checklist: an "if" clause before the sorry, a sorry for how they remember or
// heard it, excuses in plain circumstance ("nobody helped me", "the alarm didn't go off",
// "crowds make me panic", "told me I had to"), weight moved back ("you said worse", "I'll
// apologise when you do"). A "but" or an excuse the writer disowns at once stays sound.
describe('the English apology checklist reads hedges in every shape (round 19)', () => {
  it.each([
    "If that's how you see it, then I'm sorry.",
    'if my joke made you upset, I am sorry',
    "I'm sorry that's how you took it.",
    "I'm sorry you read it the way you did.",
    "I'm sorry I snapped at you, nobody helped me with the kids that day.",
    "Sorry I was late, my alarm didn't go off.",
    'Sorry I left early, crowds make me panic.',
    'I\'m sorry I sold the flat, the bank told me I had to.',
    'I shouted, fine. You did worse.',
    "I'll apologise for the party when you apologise for the wedding.",
    "I'm sorry I lost your book, if that's what's upset you.",
    'I apologise to whoever felt left out of the photos.',
    'I apologise to the extent that my words caused confusion.',
    "I'm sorry you took my comment about your cooking so personally.",
    "Sorry I didn't call, work's been chaos.",
    'Sorry I snapped, I was knackered after the night shift.',
    'Sorry I missed your party, I had a double shift.',
    "I'm sorry I moved your plants, I genuinely thought you'd finished with them.",
    'Sorry, it was a joke.',
    'I apologise for the review, but I stand by every word of it.',
    "Sorry I told your mum, you should've told her yourself.",
    "Sorry I skipped the wake, it's complicated, you know how it is.",
    "Sorry for teasing you, you've always been a bit sensitive.",
  ])('flags a hedge in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });

  it.each([
    "I'm sorry I read your messages, and there's no but.",
    "I'm sorry I missed your recital. Work was busy, but that isn't a reason.",
    "I was wrong to tell your manager it was your fault.",
    "I've owed you this apology a long time. I'm sorry I mocked your accent.",
    "I missed your birthday because I was drunk, and there's no excuse for it. I'm sorry.",
    "I'm sorry I told everyone your joke was rubbish. I'll make it right at the next meeting.",
    "I'm sorry I laughed at your singing. I'll never do it again.",
  ])('keeps "%s" sound: no hedge', (text) => {
    expect(flagsOf(text)).not.toContain('ownsIt');
  });

  it.each([
    'I know I was awful.',
    'i know i was horrible to you',
    "I messed it all up, didn't I. Sorry.",
    'I was out of line.',
    'That whole thing was on me.',
    'I hold my hands up.',
  ])(
    'reads "%s" as owning it without naming an act',
    (text) => {
      expect(stateOf(text, 'ownsIt')).toBe('met');
      expect(stateOf(text, 'namesAct')).not.toBe('met');
    },
  );
});

// Urgency as an order with a time anywhere after it: "before <any event>", "by the time ...",
// "tomorrow", "this weekend", "we're doing this today", "you've got till X to". An invitation
// with room to say no, "don't feel you have to reply tonight" and "before you decide" stay quiet.
describe('the English gentle check reads an order with a time on it (round 19)', () => {
  it.each([
    'Tell me before the committee meets.',
    'Ring me fore sundown.',
    'Call me back before the shop shuts.',
    'Come and see me tomorrow.',
    'Let me know by the time the bus gets in.',
    "We're sorting this tonight.",
    "You've got till Friday to tell me.",
    'You need to come and sort this out this weekend.',
    'It has to be this week.',
  ])('finds urgency in "%s"', (text) => {
    expect(kinds(text)).toContain('urgency');
  });

  it.each([
    "Please don't feel you have to reply tonight.",
    'Come round tomorrow if you fancy it.',
    'Take as long as you need, right now I am just glad we are talking.',
    "Leave this till tomorrow if today's a bad day.",
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  // Orders, so pressure by the conventions, but no time limit on the other.
  it.each(['Read it all before you decide anything.', 'Text me before you set off so I can put the kettle on.'])(
    'reads no urgency in "%s"',
    (text) => {
      expect(kinds(text)).not.toContain('urgency');
    },
  );
});

// Pressure in ordinary asking words: "that's all I'm asking", "I'm not asking for much", "is
// that too much to ask", "you owes me", "you still owe the club forty quid", "you don't get to
// just go silent", and an order after a friend's name or a word like "abeg" or "bhai". My own
// debt and an offer with no demand in it stay quiet.
describe('the English gentle check reads a demand put as a small ask (round 19)', () => {
  it.each([
    "Just tell me the truth, that's all I'm asking.",
    "I'm not asking for much, just a reply.",
    'One text. Is that too much to ask?',
    'you owes me a proper apology',
    'You still owe the club forty quid.',
    "You don't get to just go silent on me.",
    'bhai reply to me',
    'abeg pick up your phone',
  ])('finds pressure in "%s"', (text) => {
    expect(kinds(text)).toContain('pressure');
  });

  it.each([
    'I still owe you forty quid, I have not forgotten.',
    "If you ever want to talk, I'm here, that's all I'm saying.",
    "I'm not asking for anything, I just wanted you to know I miss you.",
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// A change promised with any action verb after "I'll" or "I'm going to" ("I'll do the winter
// digging", "I'll add you to the group chat tonight", "I going pay fo da repair"). A feeling or
// an offer after "I'll" ("I'll understand", "I'll be here") and a promise bargained for
// ("I'll make it up to you if you come", "I'll apologise when you do") promise no change.
describe('the English apology checklist reads a change promised with any action (round 19)', () => {
  it.each([
    "I'm sorry I left the shed in a state. I'll do the winter clear-out, all of it.",
    "Sorry you were left off the list. I'll add you to the group chat tonight.",
    "I'm sorry I broke your bike. I'm going to take it to the shop on Saturday.",
    "I'm sorry I lost the club's minutes. I'll rebuild them from my notes.",
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    "I'm sorry I missed your party. I'll understand if you need time.",
    "I'm sorry I missed your party. I'll be here whenever you want to talk.",
    "Sorry you took it so hard, I'll make it up to you if you come to the barbecue.",
  ])('reads no change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).not.toBe('met');
  });
});

// An effect told as its own sentence of what happened to them after the sorry ("You got a
// written warning", "You had nobody there", "You were mortified", "She cried all evening",
// "You haven't been back since"). A sentence about what they did to me is no effect of mine.
describe('the English apology checklist reads an effect told as what happened to them (round 19)', () => {
  it.each([
    "I'm sorry I blamed you for the lost keys. You got a written warning for it.",
    "I'm sorry I missed the wedding. You had nobody from our side there.",
    "I'm sorry I read your poem out. You were mortified.",
    "I'm sorry I told your sister. She cried the whole evening.",
    "I'm sorry I shouted at rehearsal. You haven't been back since.",
  ])('reads an effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).toBe('met');
  });

  it.each(["I'm sorry I shouted. You got me so wound up.", "I'm sorry I left early. You had a lovely party."])(
    'reads no effect in "%s"',
    (text) => {
      expect(stateOf(text, 'namesEffect')).not.toBe('met');
    },
  );
});

// More sanctions told as plans: "if ..., don't come looking for me", "or I stop covering for
// you", "or it comes out of your wages", "forget say we ever be friends", "then I will stop
// trying", "I forgave X, I won't forgive another". An "if you're tired, don't come, we'll do
// it another day" is care, not a sanction.
describe('the English gentle check reads more sanctions told as plans (round 19)', () => {
  it.each([
    "If that's how it is, don't come to the party looking for me.",
    'Drop the act or I stop covering for you with the boss.',
    'Pay your share or it comes out of your deposit.',
    'if you no answer me, forget say we ever be friends',
    'If you do not call me, this friendship is finished.',
    'I will wait until Friday and then I will stop trying.',
    'You want to keep your seat on the committee? Then you will apologise.',
  ])('finds an ultimatum in "%s"', (text) => {
    expect(kinds(text)).toContain('ultimatum');
  });

  it.each([
    "If you're tired, don't come, we'll do it another day.",
    "If it's over between you two, I'm here for you.",
    'I will wait until Friday and then I will ring you about the cake.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// An act named inside an owning ("it was my fault the deck went out wrong", "it was my mistake
// to give your shift away", "I was plumb wrong to call you a liar", "sorry for slaggin yer
// boyfriend") is no general sorry. "It was my fault you ended up walking home" names the
// effect, not what I did, and stays a general sorry.
describe('the English apology checklist reads an act inside an owning (round 19)', () => {
  it.each([
    'It was my fault the order went out with the wrong prices.',
    'It was my mistake to give your table away.',
    'I was plumb wrong to call you a liar.',
    'sorry for slaggin yer new boyfriend',
  ])('reads an act in "%s"', (text) => {
    expect(stateOf(text, 'namesAct')).toBe('met');
  });

  it('reads no act in "It was my fault you ended up walking home."', () => {
    expect(stateOf('It was my fault you ended up walking home.', 'namesAct')).not.toBe('met');
  });
});

// Phase two of round 19, read with blind sets 19a and 19b: "this from the bloke who", "and who
// forgot me at", "same story as", "did dis same ting", "I could bring up X if you like", "word
// for word", "last year it was ..., this year it's ...", "not the first time your mouth's",
// "previously also you had", "the caravan before it", "like you wrecked the last one"; blame as
// "made my mam cry", "made it so the whole group thinks", "made an eejit of me", "your
// negligence caused", "due to your", "fell apart the day you", "left me holding the bag";
// ultimatums "see where it gets you", "one more lie and I walk", "else I'll", "or the locks get
// changed"; urgency "by EOD", "today itself", "within seven days of", "soon as you land",
// "before X, not after"; pressure "I am asking you to", "kindly share", "you are requested to".
describe('the English gentle check reads the shapes of blind sets 19a and 19b (round 19)', () => {
  it.each([
    ['This from the woman who skipped my wedding.', 'past'],
    ['and who forgot me at the station when we were twenty', 'past'],
    ['same story as the last job, innit', 'past'],
    ['you did dis same ting at the fete', 'past'],
    ['I could bring up Blackpool if you like.', 'past'],
    ['I still remember the barbecue thing, word for word.', 'past'],
    ["Last year it was my bike, this year it's my car.", 'past'],
    ["Not the first time your temper's cost us a gig.", 'past'],
    ['Previously also you had missed the deadline.', 'past'],
    ['You owe me after breaking the mower, and the hedge trimmer before it.', 'past'],
    ['You ruined this band like you ruined the last one.', 'past'],
    ['that video you posted made my nan cry', 'blame'],
    ['you made it so the whole office thinks I lied', 'blame'],
    ['You made a fool of me in front of the whole street.', 'blame'],
    ['Your negligence caused the flood in my kitchen.', 'blame'],
    ['It is due to your silence that the deal fell through.', 'blame'],
    ['The band fell apart the day you went behind our backs.', 'blame'],
    ['You left me holding the bag with the landlord.', 'blame'],
    ['Keep ignoring me, see where it gets you.', 'ultimatum'],
    ['One more lie and I walk.', 'ultimatum'],
    ["Own up, else I'll tell the whole team.", 'ultimatum'],
    ['Bring the key back or the locks get changed.', 'ultimatum'],
    ['Kindly revert by EOD.', 'urgency'],
    ['Kindly move our call to today itself.', 'urgency'],
    ['Please respond within seven days of this message.', 'urgency'],
    ['Ring me soon as you land.', 'urgency'],
    ['We need to talk before the party, not after.', 'urgency'],
    ['I am asking you to return my ladder.', 'pressure'],
    ['Kindly share the receipts.', 'pressure'],
    ['You are requested to explain your absence.', 'pressure'],
  ] as const)('finds in "%s" the kind %s', (text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it.each([
    'This from the woman who baked my wedding cake, thank you!',
    'First my birthday, then the wedding, now the christening.',
    "I'm asking you to take all the time you need.",
    'Kindly take your time, there is no hurry.',
    'no rush on the money, pay me back if and when',
    "If you don't mind, I'll tell your mum the good news.",
    "Look what you've done, you've made me cry happy tears.",
    'You made my nan cry with laughter at the wedding.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});

// The apology shapes of blind sets 19a and 19b: excuses "running on two hours' sleep", "she'd
// have found out anyway", "anyone could have done it", "however the delay was from their side";
// a change "I'm setting reminders", "I'll be paying back", "I won't contact him again"; an
// effect "I know it gutted you", "You felt like you had nothing", "that's caused you no end of
// grief", "She's not spoken to you since", "You didn't sleep for a week".
describe('the English apology checklist reads the shapes of blind sets 19a and 19b (round 19)', () => {
  it.each([
    "Sorry I snapped, I was running on two hours' sleep.",
    "Sorry I told your brother, he'd have found out anyway.",
    "Sorry I leaked it, but anyone could have done it.",
    'I apologise for the late payment, however the delay was from the bank side.',
    'If me laughing at your speech hurt, then I am sorry.',
  ])('flags a hedge in "%s"', (text) => {
    expect(stateOf(text, 'ownsIt')).toBe('flagged');
  });

  it.each([
    "I'm sorry I missed your birthday. I'm setting reminders for all your dates.",
    "I'm sorry I kept the money. From Monday I'll be paying back twenty a week.",
    "I'm sorry I went behind your back. I won't contact him again.",
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    "I'm sorry I binned your records. I know it gutted you.",
    "I'm sorry I read your letters. You felt like you had nothing of your own.",
    "I'm sorry I posted it. That's caused you no end of grief.",
    "I'm sorry I lied to your dad. He's not spoken to you since.",
    "I'm sorry I shared the chat. You didn't sleep for a week.",
  ])('reads an effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).toBe('met');
  });
});

// Kind sentences that older rules flagged, in shapes more than one writer used: the writer's own
// regret about timing ("I should have been honest with you straight away", "I wish I'd picked
// up sooner"), a blame given up ("I used to think it was all your fault"), "or else rung" as an
// alternative, "there's no 'or else' here", "now in a minute", "I haven't forgotten what you
// said, you know" (the past, though "know" is a kind word elsewhere).
describe('the English gentle check leaves the writer\'s own regret and other kind shapes alone (round 19)', () => {
  it.each([
    'I should have been honest with you straight away.',
    "I wish I'd picked up the phone sooner, that one's on me.",
    "I used to think it was all your fault, and I don't anymore.",
    "I'd have written sooner, or else rung, but I didn't know what to say.",
    "There's no 'or else' here. Just a hello.",
    "Now in a minute I'm off to Mam's, but I wanted to send this first.",
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('still reads urgency in "I need you to answer straight away."', () => {
    expect(kinds('I need you to answer straight away.')).toContain('urgency');
  });

  it('reads the past in "I haven\'t forgotten what you said at the christening, you know."', () => {
    expect(kinds("I haven't forgotten what you said at the christening, you know.")).toContain('past');
  });
});

// Pressure in polite or formal dress, written by sets 15, 17c, 18a, 19a and 19b: "I am asking
// you, formally, to", "I am kindly requesting you to", "I'd appreciate it if you'd stop ...",
// "you actually need to", "you gon' have to talk to me", "tell them it was you", "please,
// please just read". An appreciation with room to say no stays quiet.
describe('the English gentle check reads pressure in polite dress (round 19)', () => {
  it.each([
    'I am asking you, formally, to return the van keys.',
    'I am kindly requesting you to call me back.',
    "I'd appreciate it if you'd stop ignoring my messages.",
    'no offence but you actually need to answer me',
    "you gonna have to talk to me eventually",
    'Tell them it was you.',
    'Please, please just read what I sent.',
  ])('finds pressure in "%s"', (text) => {
    expect(kinds(text)).toContain('pressure');
  });

  it.each([
    "I'd appreciate it if you could come to the party, but no pressure.",
    'Tell her it was lovely, whenever you see her.',
  ])('raises nothing on the kind sentence "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });
});
