// The gentle-language check (P2, P8) against sentences people really write: what it
// points at, and, as much, the look-alikes it must leave alone. Arguable cases carry
// the reason for the call in `why`, so a later change to the lists is a decision, not a slip.
import { describe, expect, it } from 'vitest';
import gentle from '../../content/en/checks/gentle.json';
import grammarJson from '../../content/en/checks/grammar.json';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { checkGentle, gentleNotes } from '../../shared/text-checks/gentle.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';
import { GENTLE_KINDS, gentleListsSchema } from '../../shared/text-checks/schema.ts';
import { MAX_GAP, PatternError, parsePattern } from '../../shared/text-checks/pattern.ts';
import { findRuleSet, readDoc } from '../../shared/text-checks/match.ts';
import { MAX_CHECKED_CHARS } from '../../shared/text-checks/tokenize.ts';

const lists = gentleListsSchema.parse(gentle);
const grammar = grammarSchema.parse(grammarJson);
const kindsIn = (text: string): GentleKind[] => checkGentle(text, lists, grammar).map((f) => f.kind);

interface Case {
  readonly text: string;
  readonly kinds: readonly GentleKind[];
  readonly why?: string;
}

const flagged: Case[] = [
  { text: 'You need to call me back.', kinds: ['pressure'] },
  { text: 'We have to sort this out.', kinds: ['pressure'] },
  { text: 'We need to talk.', kinds: ['pressure'], why: 'the classic opener that makes a heart sink; the nudge offers "I\'d like to talk"' },
  { text: 'You should reply to me.', kinds: ['pressure'] },
  { text: 'You owe me an explanation.', kinds: ['pressure'] },
  { text: 'I need you to answer me.', kinds: ['pressure'] },
  { text: "Let's just settle this once and for all.", kinds: ['pressure', 'pressure'], why: 'two separate phrases, each pointed at once' },
  { text: 'You made me feel invisible.', kinds: ['blame'] },
  { text: "It's your fault we stopped talking.", kinds: ['blame'] },
  { text: 'This is all your fault.', kinds: ['blame'] },
  { text: 'You ruined everything.', kinds: ['blame'] },
  { text: "It wasn't my fault.", kinds: ['blame'], why: 'defending myself in a first note reads as pointing back at them' },
  { text: 'You should have told me.', kinds: ['blame'], why: '"should have" looks back to blame; it is not counted as pressure too' },
  { text: "If you don't call me by Friday, then I'm done.", kinds: ['ultimatum', 'urgency'] },
  { text: 'If you won’t talk to me, we’re done.', kinds: ['ultimatum'] },
  { text: 'This is your last chance.', kinds: ['ultimatum'] },
  { text: 'Answer me now or else.', kinds: ['urgency', 'ultimatum'], why: 'a time limit joined to a threat is both; the order gives way to them' },
  { text: "I won't ask again.", kinds: ['ultimatum'] },
  { text: "Unless you apologise, we're done.", kinds: ['ultimatum'] },
  { text: 'Please answer right now.', kinds: ['urgency'] },
  { text: 'Get back to me as soon as possible.', kinds: ['urgency'] },
  { text: 'I need an answer ASAP.', kinds: ['urgency'], why: 'asking for an answer is pressure, and it gives way to the rush beside it' },
  { text: 'Let me know by tomorrow.', kinds: ['urgency'] },
  { text: "Please, I'm begging you, answer me today.", kinds: ['urgency'] },
  { text: 'You always cancel on me.', kinds: ['past'] },
  { text: 'You never listen.', kinds: ['past'] },
  { text: 'You were always late.', kinds: ['past'] },
  { text: 'Why do you always do this?', kinds: ['past'], why: 'a question only softens "always" when it asks how they felt' },
  { text: 'Last time you said the same thing.', kinds: ['past'] },
  { text: "You're doing it again.", kinds: ['past'] },
  { text: 'Every time you get angry, I leave.', kinds: ['past'] },
  { text: 'You always made me feel small.', kinds: ['past'], why: '"always" plus a hurt is the past as a weapon, unlike "always made me laugh"' },
  { text: 'We need to talk right now, and you always do this.', kinds: ['urgency', 'past'], why: 'a demand with a time limit in its clause is urgency, not also pressure' },
  { text: 'YOU NEED TO CALL ME', kinds: ['pressure'] },
  { text: 'you    need\tto call me', kinds: ['pressure'] },
  { text: 'You don’t listen, and it’s your fault.', kinds: ['blame'] },
  { text: "Don't ignore me, answer right now.", kinds: ['pressure', 'urgency'], why: 'a separate clause keeps its own kind; "don\'t" only calms urgency when it is about not rushing' },
  { text: 'You have until Sunday.', kinds: ['urgency', 'ultimatum'], why: 'a deadline with its unspoken "or else"' },
  // Round 11: shapes behind set 6's misses, each checked on paraphrases of our own
  { text: 'Pay the rent or I\'m changing the locks.', kinds: ['ultimatum'], why: 'an order, then "or" and what I will do' },
  { text: 'Return my books or I\'ll sell your bike.', kinds: ['ultimatum'] },
  { text: 'Next time you bail I won\'t be inviting you.', kinds: ['ultimatum'], why: '"next time you" is an if-clause with a consequence' },
  { text: 'Keep it up and see who turns up to your wedding.', kinds: ['ultimatum'] },
  { text: 'Consider yourself uninvited from the party.', kinds: ['ultimatum'] },
  { text: 'Send the money by 5pm.', kinds: ['urgency'], why: 'a clock time is a deadline as much as a weekday' },
  { text: 'Please confirm by return.', kinds: ['urgency'] },
  { text: 'Fix the boiler this week please.', kinds: ['urgency'] },
  { text: "You've been keeping score since uni.", kinds: ['past'] },
  { text: "Fourth birthday in a row you've missed.", kinds: ['past'] },
  { text: 'We both know what you did in Leeds.', kinds: ['past'] },
  { text: "Like how you 'forgot' my birthday in 2019.", kinds: ['past'] },
  { text: 'I lost my job because you didn\'t turn up.', kinds: ['blame'], why: 'a loss of mine, then "because you" and what they did' },
  { text: "You've made my year a misery.", kinds: ['blame'] },  // Round 12: shapes behind set 7's misses (pressure as a question or sarcasm, blame told as a
  // story or a consequence, ultimatums without "or", the past without "always"/"never"),
  // each rule tried on paraphrases of our own
  { text: 'The least you can do is pick up the phone.', kinds: ['pressure'] },
  { text: 'Would it really kill you to say thank you?', kinds: ['pressure'] },
  { text: 'Is it too much to ask to get a reply?', kinds: ['pressure'] },
  { text: 'Get a grip and talk to me like an adult.', kinds: ['pressure'] },
  { text: 'I must insist that you pay what you owe.', kinds: ['pressure'] },
  { text: 'Stop sulking and talk to me.', kinds: ['pressure'] },
  { text: 'Give me an honest answer for once.', kinds: ['pressure'] },
  { text: "Hand my records back to my brother, he's been waiting.", kinds: ['pressure'] },
  { text: 'The cat got out because you left the window open.', kinds: ['blame'] },
  { text: 'I got fired because you told my boss about the sick days.', kinds: ['blame'] },
  { text: "Nice one, you've managed to upset everyone at the party.", kinds: ['blame'] },
  { text: 'You turned my own sister against me.', kinds: ['blame'] },
  { text: 'You left me sitting in A&E alone all night.', kinds: ['blame'] },
  { text: "The whole reason Dan won't talk to me is the lies you told.", kinds: ['blame'] },
  { text: 'Cheers for leaving me with the washing up again.', kinds: ['blame'] },
  { text: "Your temper is what's ruining this family.", kinds: ['blame'] },
  { text: "I'm a wreck and that's down to you.", kinds: ['blame'] },
  { text: "You pushed me into that loan and now I'm broke.", kinds: ['blame'] },
  { text: 'We all know who started this.', kinds: ['blame'] },
  { text: 'You dented my car and never said a word.', kinds: ['blame'] },
  { text: 'You lost my good jacket at the festival.', kinds: ['blame'] },
  { text: 'Mum was in bits for a week after what you said at the party.', kinds: ['blame'] },
  { text: 'Answer me, or forget we were ever friends.', kinds: ['ultimatum'] },
  { text: "Skip my birthday again and that's it.", kinds: ['ultimatum'] },
  { text: "I won't message you again after this.", kinds: ['ultimatum'] },
  { text: "Don't bother coming at Christmas if you can't apologise.", kinds: ['ultimatum'] },
  { text: "Pay your half, otherwise I'm telling the landlord.", kinds: ['ultimatum'] },
  { text: "Fine, ignore me, but then don't expect me at your wedding.", kinds: ['ultimatum'] },
  { text: "If I have to ask again, we're finished.", kinds: ['ultimatum'] },
  { text: "No reply and I'm cancelling your ticket.", kinds: ['ultimatum'] },
  { text: 'No money, no car. Your choice.', kinds: ['ultimatum'] },
  { text: 'You leave me no choice but to go to the police.', kinds: ['ultimatum'] },
  { text: "I'll be contacting my solicitor.", kinds: ['ultimatum'] },
  { text: "If the rent isn't paid by Monday I'm reporting you to the agency.", kinds: ['ultimatum', 'urgency'] },
  { text: "You need to decide today whether you're in.", kinds: ['urgency'] },
  { text: 'Text me before you go to sleep.', kinds: ['urgency'] },
  { text: "I'm waiting for your answer until Friday.", kinds: ['urgency'] },
  { text: "I need to know tonite whether you're coming.", kinds: ['urgency'] },
  { text: 'Might as well get it over with now.', kinds: ['urgency'] },
  { text: 'Funny how you only call when you need money.', kinds: ['past'] },
  { text: 'Just like in first year.', kinds: ['past'] },
  { text: "You've got form for this kind of thing.", kinds: ['past'] },
  { text: 'It goes back years with you.', kinds: ['past'] },
  { text: 'Back in uni you cheated on me the same way.', kinds: ['past'] },
  { text: "In 2015 you swore you'd changed.", kinds: ['past'] },
  { text: "We've been down this road before.", kinds: ['past'] },
  { text: "Every time I think you've changed, you prove me wrong.", kinds: ['past'] },
  { text: "Another 'emergency' like the one you had at my hen?", kinds: ['past'] },
  { text: "That's the same excuse you used at Christmas.", kinds: ['past'] },
  { text: 'I can still see you smirking when I told you about the divorce.', kinds: ['past'] },
  { text: 'Not like last Christmas when you vanished for a week.', kinds: ['past'] },
  { text: 'Spare me the sob stories you told me over the loan.', kinds: ['past'] },
  { text: 'You ghosted me once and I let it go.', kinds: ['past', 'blame'], why: 'ghosting is a harm of its own; letting it go once is the past brought back' },
  { text: 'I forgave you for the wedding.', kinds: ['past'] },
  { text: 'You did this to Emma back in school.', kinds: ['past'] },
  // Round 13: shapes behind set 8's misses. Urgency: a deadline named by a date or an occasion,
  // "now" closing an obligation, "it has to be today"; ultimatum: an order joined by "or" to a
  // loss, a condition on the other joined to a loss, "the next time ... will be the last"
  { text: 'sort the money out before xmas', kinds: ['urgency'] },
  { text: 'Return the drill before the weekend.', kinds: ['urgency'] },
  { text: 'you need to ring your nan before then', kinds: ['urgency'] },
  { text: 'By the 3rd I need an answer about the flat.', kinds: ['urgency'] },
  { text: 'by friday morning tell me if ur in', kinds: ['urgency'] },
  { text: 'I want my charger back this week.', kinds: ['urgency'] },
  { text: 'u need to come back now', kinds: ['urgency'] },
  { text: 'Call me back right now, it is about Mum.', kinds: ['urgency'] },
  { text: "It has to be today, I can't do this again.", kinds: ['urgency'] },
  { text: 'Kindly reply at your earliest.', kinds: ['urgency'] },
  { text: 'Say sorry to her or stay away from the house.', kinds: ['ultimatum'] },
  { text: 'ditch him or ditch me', kinds: ['ultimatum'] },
  { text: 'Pay me back otherwise we are finished.', kinds: ['ultimatum'] },
  { text: 'Delete the video or the whole class sees the chat.', kinds: ['ultimatum'] },
  { text: 'Keep siding with her and you stay out of my life.', kinds: ['ultimatum'] },
  { text: 'If you take that job, you lose me.', kinds: ['ultimatum'] },
  { text: 'if ur going to his party dont bother texting me', kinds: ['ultimatum'] },
  { text: "If you don't give the ring back, I won't be your friend anymore.", kinds: ['ultimatum'] },
  { text: "Fine, if that's what you want, but then it's over.", kinds: ['ultimatum'] },
  { text: 'The next time you bail on me will be the last time.', kinds: ['ultimatum'] },
  // Round 13, past: old wrongs recalled as a question, a list or a pretended silence
  { text: 'remember new year 2019?', kinds: ['past'] },
  { text: 'Do you remember how you spoke to me at the christening?', kinds: ['past'] },
  { text: 'u did the same to jake too, remember', kinds: ['past'] },
  { text: 'Need I remind you of the stag do?', kinds: ['past'] },
  { text: "I won't bring up how you acted at the wedding.", kinds: ['past'] },
  { text: "this isn't the first time", kinds: ['past'] },
  { text: 'And there was that night at the club with your cousin.', kinds: ['past'] },
  { text: "Ever since then it's always been about you.", kinds: ['past'] },
  { text: "in case you've forgotten how you were back then", kinds: ['past'] },
  { text: "You wrecked my 21st in '09.", kinds: ['past', 'blame'], why: 'both begin at You; the longer finding comes first' },
  // Round 13, blame: the other as the cause, in any words
  { text: 'you made me a laughing stock at school', kinds: ['blame'] },
  { text: 'Your cat scratched my daughter.', kinds: ['blame'] },
  { text: 'You just laughed it off.', kinds: ['blame'] },
  { text: 'you left me to handle all the paperwork', kinds: ['blame'] },
  { text: 'You made my time at that job hell.', kinds: ['blame'] },
  { text: 'Because of your big mouth I lost the flat.', kinds: ['blame'] },
  { text: 'You poached my best customers.', kinds: ['blame'] },
  { text: 'Things went downhill from the moment you moved in.', kinds: ['blame'] },
  // Round 13, pressure: orders through a third person, "before you decide", "tell me straight",
  // "you owe X an apology", "you could at least", "it's only fair that you", "kindly"
  { text: 'Tell your brother to give my ladder back.', kinds: ['pressure'] },
  { text: 'Hear me out before you decide anything.', kinds: ['pressure'] },
  { text: 'Just tell me straight, are we friends or not.', kinds: ['pressure'] },
  { text: 'You owe my mum an apology.', kinds: ['pressure'] },
  { text: 'you could at least reply', kinds: ['pressure'] },
  { text: "It's only fair that you pay half.", kinds: ['pressure'] },
  { text: 'Kindly return my books.', kinds: ['pressure'] },
  { text: 'Come and collect your things from the shed.', kinds: ['pressure'] },
  // Round 13, voices the corpus had little of (texting, flatmates, gaming, money lent, grief,
  // sarcasm). Mood: "you're coming saturday" states what the other will do, an order; "are you
  // coming saturday?" asks and is left alone
  { text: 'ur coming to mine saturday', kinds: ['pressure'] },
  { text: "you're giving the deposit back, end of", kinds: ['pressure'] },
  { text: 'send me the 20 quid u owe me', kinds: ['pressure'] },
  { text: 'where is my controller', kinds: ['pressure'] },
  { text: 'still waiting on that fiver', kinds: ['pressure'] },
  { text: 'u still owe me 40', kinds: ['pressure'] },
  { text: 'I lent you 500 in May and I have seen nothing back.', kinds: ['pressure'] },
  { text: 'ur share of the wifi is two months overdue', kinds: ['pressure'] },
  { text: 'I need the money by the 20th.', kinds: ['urgency'] },
  { text: 'rent is due friday', kinds: ['urgency'] },
  { text: 'wash your dishes', kinds: ['pressure'] },
  { text: 'bro pick up ur phone', kinds: ['pressure'] },
  { text: 'mate just text back', kinds: ['pressure'] },
  { text: "ur off the team if u don't turn up", kinds: ['ultimatum'] },
  { text: 'you fed the whole match on purpose', kinds: ['blame'] },
  { text: "You didn't even come to the hospital.", kinds: ['blame'] },
  { text: "She asked for you and you didn't come", kinds: ['blame'] },
  { text: 'Dad would be disgusted with you.', kinds: ['blame'] },
  { text: 'good of you to finally bother', kinds: ['blame'] },
  { text: 'classic.', kinds: ['past'] },
  { text: 'u flaked on us again', kinds: ['past'] },
  { text: 'wow another last minute cancellation', kinds: ['past'] },
  // Round 13, direct, sarcastic, grief and gaming voices
  { text: 'Sort it.', kinds: ['pressure'] },
  { text: 'I want my 300 quid back.', kinds: ['pressure'] },
  { text: 'hop on or ur getting kicked', kinds: ['ultimatum'] },
  { text: 'why do u never pass', kinds: ['past'] },
  { text: 'you died first AGAIN', kinds: ['past'] },
  { text: 'wow so ur gonna blank me now', kinds: ['blame'] },
  { text: "Obviously I'm not important.", kinds: ['blame'] },
  { text: 'nice how u only message when u want a lift', kinds: ['past'] },
  { text: 'enjoy ur holiday while i pay all the bills', kinds: ['blame'] },
  { text: 'She passed away waiting for you.', kinds: ['blame'] },
  { text: "I can't forgive you for skipping the funeral.", kinds: ['blame'] },
  { text: 'You blew half of our savings.', kinds: ['blame'] },
  // Round 13, mood: telling the other what they will do presses; asking it does not
  { text: "you're coming saturday.", kinds: ['pressure'] },
  { text: 'u r coming tmrw', kinds: ['pressure'] },
  { text: 'ur paying me back in full', kinds: ['pressure'] },
  // Round 13, flatmates, money lent and grief
  { text: 'stop eating my food', kinds: ['pressure'] },
  { text: "Don't borrow my charger again.", kinds: ['pressure'] },
  { text: 'if u use my shampoo again im telling the landlord', kinds: ['ultimatum'] },
  { text: "Don't call me until you've got my money.", kinds: ['ultimatum'] },
  { text: "we're not mates till u pay up", kinds: ['ultimatum'] },
  { text: "I've texted you like ten times.", kinds: ['past'] },
  { text: 'how hard is it to send 20 quid', kinds: ['pressure'] },
  { text: 'Grow up and act your age.', kinds: ['pressure'] },
  { text: 'u took the cash and then ghosted me', kinds: ['blame'] },
  { text: "You're a liar and a cheat.", kinds: ['blame'] },
  { text: 'you only care about yourself', kinds: ['blame'] },
  { text: "If you'd rung the doctor she'd still be here.", kinds: ['blame'] },
  { text: 'where were u when nan died', kinds: ['blame'] },
  { text: 'Too important for us now?', kinds: ['blame'] },
  // Round 14: second-person causation told as a story, in any words
  { text: 'you got me kicked out of the squad', kinds: ['blame'] },
  { text: 'You got us all into this mess.', kinds: ['blame'] },
  { text: 'You left me with the cleaning and the bills.', kinds: ['blame'] },
  { text: 'You told Priya what I said and now she hates me.', kinds: ['blame'] },
  { text: 'You turned my hen do into a circus.', kinds: ['blame'] },
  { text: 'You made my dad\'s funeral all about you.', kinds: ['blame'] },
  { text: 'Your builders cracked my window and you shrugged.', kinds: ['blame'] },
  { text: "You're why I missed the last train.", kinds: ['blame'] },
  { text: 'I only shouted because you goaded me.', kinds: ['blame'] },
  { text: "None of this would have happened if you'd told the truth.", kinds: ['blame'] },
  { text: 'Must be nice to be able to ditch people and sleep fine.', kinds: ['blame'] },
  { text: 'Hope stepping on me to get that job was worth it.', kinds: ['blame'] },
  { text: 'you let everyone think it was my fault', kinds: ['blame'] },
  { text: 'Ye made a right mess and left me tae clean it up.', kinds: ['blame'], why: 'Scots spellings read as the words they stand for' },
  // Round 14: the past anchored in a year, a school year or an occasion, the same act again, a count
  { text: 'You bailed on me back in 2019 as well.', kinds: ['past'] },
  { text: 'you ditched me in year 8 for the popular lot', kinds: ['past', 'blame'] },
  { text: 'You did the exact same thing at my leaving do.', kinds: ['past'] },
  { text: 'Fourth time now.', kinds: ['past'] },
  { text: "Don't make me bring up Magaluf.", kinds: ['past'] },
  { text: "Let's not pretend last Christmas didn't happen.", kinds: ['past'] },
  { text: "I've heard this excuse before.", kinds: ['past'] },
  { text: 'Every time I trust you, you do a Magaluf on me.', kinds: ['past'] },
  { text: 'Mind the time ye didnae come tae my wedding?', kinds: ['past'] },
  { text: 'So this is hardly new.', kinds: ['past'] },
  // Round 14: plain orders and owing, in every mood
  { text: 'Need you to tell me the truth.', kinds: ['pressure'] },
  { text: 'want my tenner back', kinds: ['pressure'] },
  { text: "It's your turn to say sorry.", kinds: ['pressure'] },
  { text: "You're obliged to pay half.", kinds: ['pressure'] },
  { text: "I deserve an explanation.", kinds: ['pressure'] },
  { text: "Don't you think you should apologise?", kinds: ['pressure'] },
  { text: 'Would you ever just answer me.', kinds: ['pressure'] },
  { text: "It's high time you grew up.", kinds: ['pressure'] },
  { text: 'At least reply to my message.', kinds: ['pressure'] },
  { text: 'Explain why you did it.', kinds: ['pressure'] },
  { text: 'Stop sulking.', kinds: ['pressure'] },
  { text: 'Come and collect your things from my garage.', kinds: ['pressure'] },
  // Round 14: a consequence joined to a demand, in every shape
  { text: 'Keep ignoring me and see where it gets you.', kinds: ['ultimatum'] },
  { text: "Carry on like this and you're not coming to the wedding.", kinds: ['ultimatum'] },
  { text: "Pay me or I'll report you.", kinds: ['ultimatum'] },
  { text: "If you won't give it back, I'll be speaking to my solicitor.", kinds: ['ultimatum'] },
  { text: "Say sorry to her or don't ever come round again.", kinds: ['ultimatum'] },
  { text: "If you don't turn up, you're out of the band.", kinds: ['ultimatum'] },
  { text: "If this is another Prague situation, I'm done.", kinds: ['ultimatum', 'past'] },
  { text: 'We were happy until you moved in.', kinds: ['blame'] },
  { text: 'Half my anxiety is down to the way you spoke to me.', kinds: ['blame'] },
  { text: 'Out of order what you said to my sister.', kinds: ['blame', 'past'] },
  { text: 'You always find a way to put me down.', kinds: ['blame', 'past'] },
  { text: 'You made a right fool of me at the wedding.', kinds: ['blame'] },
  { text: "You owe me an apology for ruining Ellie's party.", kinds: ['blame', 'pressure'] },
  { text: 'I still think about what you said at my graduation in 2012.', kinds: ['past'] },
  { text: 'Remember the tenner from uni?', kinds: ['past'] },
  { text: 'Before anything else, explain what happened in Magaluf.', kinds: ['past', 'pressure'] },
  { text: 'Same as you did at school.', kinds: ['past'] },
  { text: 'Same as Berlin, same as the wedding.', kinds: ['past'] },
  { text: 'You skipped my hen do too.', kinds: ['past'] },
  { text: "i'm sure blanking me all summer was really relaxing", kinds: ['blame'] },
  { text: 'You missed the penalty and let everyone think it was my fault.', kinds: ['blame'] },
  { text: "It's on you to reach out this time.", kinds: ['pressure'] },
  { text: 'You need to sort this out by tomorrow.', kinds: ['urgency'] },
  { text: 'At least ring me tonight.', kinds: ['urgency'] },
  { text: 'Come and see me before I fly home.', kinds: ['urgency'] },
  { text: 'Shift your bins today.', kinds: ['urgency'] },
  { text: 'You skipped the last three book clubs.', kinds: ['past'] },
  // Round 15: two orders joined by "and"/"so"/"then" without a comma are two clauses; a rush
  // or threat reaches the orders joined after it, not the one before
  { text: 'Quit ignoring my texts and phone me tonight.', kinds: ['urgency', 'pressure'] },
  { text: 'Stop making excuses and pay me back by Friday.', kinds: ['urgency', 'pressure'] },
  { text: 'stop blanking me n text me back right now', kinds: ['urgency', 'pressure'] },
  { text: 'Stop hiding and come round tonight.', kinds: ['urgency', 'pressure'] },
  // Round 15: the past without "always"/"never": the present likened to an old occasion, "ever
  // since X you've been ...", saying you won't mention it, "I'll never forget how you ...", a
  // year or an "incident" brought up
  { text: 'Here we go, this is round two of Marbella.', kinds: ['past'] },
  { text: 'This is just like the wedding.', kinds: ['past'] },
  { text: 'Just like the night of the leavers\' ball when you walked off with my date.', kinds: ['past'] },
  { text: "Ever since your fortieth you've been treating me like dirt.", kinds: ['past'] },
  { text: "I'm not even going to get into what you did at Easter.", kinds: ['past'] },
  { text: 'I could mention the Paris trip, but why bother.', kinds: ['past'] },
  { text: 'I will never forget how you laughed at me at the funeral.', kinds: ['past'] },
  { text: 'Fine, we can discuss 2017 if you like.', kinds: ['past'] },
  { text: 'Same as after the Ibiza incident.', kinds: ['past'] },
  { text: 'Mi nuh forget how yuh did treat mi at di party.', kinds: ['past'], why: 'Jamaican spellings read as the words they stand for' },
  // Round 15: blame without "your fault": a mess or state "down to you", "it was you that
  // spoiled", harm or damage done, a name for what they did (gaslighting), a loss "because you
  // refused", "you've made the last years harder", "made a shambles of"
  { text: 'The atmosphere at home is all down to you.', kinds: ['blame'] },
  { text: 'It was you that spoiled the christening.', kinds: ['blame'] },
  { text: 'Your drinking has caused so much harm to this family.', kinds: ['blame'] },
  { text: 'What you said at the reunion was pure spite and cruelty.', kinds: ['blame', 'past'] },
  { text: "You've been gaslighting me for months.", kinds: ['blame'] },
  { text: 'The business went bust because you refused to sign the loan.', kinds: ['blame'] },
  { text: "You've made the last two years so much harder.", kinds: ['blame'] },
  { text: 'You really made a shambles of the handover.', kinds: ['blame'] },
  { text: 'Is you who spoil di wedding.', kinds: ['blame'] },
  // Round 15: a deadline as an event ("before I board", "before the christening", "before Kev's
  // funeral"), a date ("by the 14th", "by the end of March"), "straight after work", chat and
  // dialect days ("this arvo", "tomoz"); a deadline stays one beside "or I'll ..."
  { text: 'Answer me before I board the plane.', kinds: ['urgency'] },
  { text: 'Sort it before the christening.', kinds: ['urgency'] },
  { text: "Get back to me before Kev's funeral.", kinds: ['urgency'] },
  { text: 'Let me know by the 14th.', kinds: ['urgency'] },
  { text: 'Pay me back by the 22nd.', kinds: ['urgency'] },
  { text: 'Pay me back by the end of March.', kinds: ['urgency'] },
  { text: 'Come round straight after work so we can have this out.', kinds: ['urgency'] },
  { text: 'Text me back this arvo.', kinds: ['urgency'] },
  { text: 'Call me tomoz.', kinds: ['urgency'] },
  { text: "Reply by the end of the week or I'll assume we're through.", kinds: ['urgency', 'ultimatum'] },
  { text: "If the car isn't back by Friday I'm calling the police.", kinds: ['ultimatum', 'urgency'] },
  // Round 15: ultimatums as going no contact, "unless ..., don't bother", tit for tat ("carry on
  // ...ing and I'll tell"); pressure as "don't you think you owe", "I'm going to need an
  // answer from you", "like adults"
  { text: 'Acknowledge what happened or I go no contact.', kinds: ['ultimatum'] },
  { text: "Unless it's an apology, don't bother calling.", kinds: ['ultimatum'] },
  { text: "Carry on telling people lies about me and I'll tell them the truth about you.", kinds: ['ultimatum'] },
  { text: "Don't you think you owe me an explanation?", kinds: ['pressure'] },
  { text: "I'll need an honest explanation.", kinds: ['pressure'] },
  { text: "I'm going to need a straight answer from you about the rent.", kinds: ['pressure'] },
  { text: "Let's go through the bill properly, like adults.", kinds: ['pressure'] },
  // Round 15, past: "not for the first time, you've ...", "history repeating itself", "just like
  // you did with ...", "years later and you still can't", "twice now you've", "don't forget you ran off"
  { text: "Not for the first time, you've let me down.", kinds: ['past'] },
  { text: 'History repeating itself, then.', kinds: ['past'] },
  { text: 'Just like you did with Sarah.', kinds: ['past'] },
  { text: "Years later and you still can't say sorry.", kinds: ['past'] },
  { text: "Twice now you've done this.", kinds: ['past'] },
  { text: "Don't forget you ran off with my savings.", kinds: ['past'] },
  // Round 15, past: "remember the summer you left me ...", "and now you're doing it to Mum as
  // well", "who forgot X as well", "I can still see you smirking"
  { text: 'Remember the summer you left me at the campsite?', kinds: ['past'] },
  { text: 'And now you\'re doing it to Mum as well.', kinds: ['past'] },
  { text: 'I can still see you smirking when they read the will.', kinds: ['past'] },
  { text: 'I still remember you rolling your eyes at my speech.', kinds: ['past'] },
  // Round 16: look-alikes of the released deadlines, praise, offers, gratitude and "Listen," below, that keep their note
  { text: "I don't want excuses. I need an answer tonight.", kinds: ['urgency'] },
  { text: "Answer me by Friday or don't bother at all.", kinds: ['urgency', 'ultimatum'] },
  { text: "I'll give you until Friday to decide.", kinds: ['urgency'] },
  { text: "I'll need the money back by Friday.", kinds: ['urgency'] },
  { text: 'You always made the biggest mess and left it for me.', kinds: ['past'] },
  { text: 'You were always the first to criticise me.', kinds: ['past'] },
  { text: 'You never once said sorry, never did.', kinds: ['past'] },
  { text: 'You better answer me.', kinds: ['pressure'] },
  { text: 'Listen to me for once.', kinds: ['pressure'] },
  { text: 'Listen, you need to call me.', kinds: ['pressure', 'pressure'] },
  { text: 'Because of you I lost my job.', kinds: ['blame'] },
  { text: "You missed my wedding. I haven't forgotten that.", kinds: ['past'] },
  // Round 16: blame told as a deed pinned on the other ("You did that.", "the trouble started with you", "it was your temper that ended"), a made-to-cry or made-worse, a cost "because you couldn't be bothered", a side taken "and now nobody"; the past held beside now ("exactly what you did after", "you were like this at", "bit rich coming from someone who", "you want me to forget", "we both know what happened at")
  { text: 'She sat alone at the table all night. You did that.', kinds: ['blame'] },
  { text: "The whole family stopped talking to me, and that's what you did.", kinds: ['blame'] },
  { text: 'The trouble started with you and your big mouth.', kinds: ['blame'] },
  { text: 'It was your temper that ended the band, not the money.', kinds: ['blame'] },
  { text: 'Your lies have done more harm than any row we had.', kinds: ['blame'] },
  { text: 'You made my dad cry on his birthday.', kinds: ['blame'] },
  { text: 'You honestly made a bad month so much worse.', kinds: ['blame'] },
  { text: "My rent went up because you couldn't be bothered to fill in the form.", kinds: ['blame'] },
  { text: 'You sided with her and now nobody at work will talk to me.', kinds: ['blame'] },
  { text: 'You left the back door open and I had to pay for a new telly.', kinds: ['blame'] },
  { text: "I'm the one who had to explain it all to the landlord after you moved out.", kinds: ['blame'] },
  { text: "You're the reason I cried the whole way home.", kinds: ['blame'] },
  { text: 'Nobody forced you to say it.', kinds: ['blame'] },
  { text: 'This is exactly what you did after the christening.', kinds: ['past'] },
  { text: 'You did this when Gran was in hospital too.', kinds: ['past'] },
  { text: 'You were like this at my wedding as well.', kinds: ['past'] },
  { text: "It's not the first deadline you've missed.", kinds: ['past'] },
  { text: 'Bit rich coming from someone who walked out on his own kids.', kinds: ['past'] },
  { text: "I still haven't forgotten you mocked my dad at his retirement do.", kinds: ['past', 'blame'], why: 'mocking his dad is blame as well as an old wrong kept' },
  { text: "Let's not pretend this is new.", kinds: ['past'] },
  { text: 'Need I remind you, you skipped the last one too.', kinds: ['past',  'past'] },
  { text: 'You think I forgot the Paris weekend?', kinds: ['past'] },
  { text: "You want me to just forget what happened at Dan's wedding?", kinds: ['past'] },
  { text: 'We both know what happened at the Christmas party.', kinds: ['past'] },
  { text: 'You know exactly what you did.', kinds: ['past'] },
  { text: "You've got form with this.", kinds: ['past'] },
  { text: "It's always the same with you.", kinds: ['past'] },
  // Round 16: a need or request put on the other in any register ("I would ask that you", "do me the courtesy of a reply", "I'd appreciate it if you stopped ignoring"), two alternatives for the other ("you X or you don't Y"), carry-on-and-see, "if you keep X I'll Y", "then don't bother", "after this the door is shut", "I'll take it that", an order due before an event or "till" a named time
  { text: 'I really do need you to text me back about the deposit.', kinds: ['pressure'] },
  { text: 'Still need you to ring me, mate.', kinds: ['pressure'] },
  { text: "I'm gonna need you to actually read what I sent.", kinds: ['pressure'] },
  { text: 'I am requesting you to return my calls.', kinds: ['pressure'] },
  { text: 'I would ask that you stop discussing me with the neighbours.', kinds: ['pressure'] },
  { text: 'Do me the courtesy of a reply, at least.', kinds: ['pressure'] },
  { text: "I'd appreciate it if you stopped ignoring my texts.", kinds: ['pressure'] },
  { text: 'Kindly acknowledge this email.', kinds: ['pressure'] },
  { text: "That bike was my dad's and you will give it back.", kinds: ['pressure'] },
  { text: "You're to apologise to your sister, and that's that.", kinds: ['pressure'] },
  { text: 'You oughta call your mother.', kinds: ['pressure'] },
  { text: 'u need 2 explain what happened m8', kinds: ['pressure'] },
  { text: "I'm owed an apology and you know it.", kinds: ['pressure'] },
  { text: 'You owe the whole team a proper explanation.', kinds: ['pressure'] },
  { text: "You apologise to Mum or you don't come to Christmas.", kinds: ['ultimatum'] },
  { text: 'You can either pay me back or find someone else to borrow from.', kinds: ['ultimatum'] },
  { text: 'Either you tell her or I will.', kinds: ['ultimatum'] },
  { text: 'Keep ignoring me and see what happens.', kinds: ['ultimatum'] },
  { text: "Carry on lying and I'll tell everyone what you did.", kinds: ['ultimatum'] },
  { text: "If you keep bad-mouthing me at work, I'm reporting you.", kinds: ['ultimatum'] },
  { text: "If this is how you're going to be, don't bother coming to the wedding.", kinds: ['ultimatum'] },
  { text: "I'm done asking. After this the door is shut.", kinds: ['ultimatum'] },
  { text: "Last time I'm asking, then I'm blocking your number.", kinds: ['ultimatum',  'ultimatum'] },
  { text: "If I don't hear back I'll take it that you're not interested in sorting this.", kinds: ['ultimatum'] },
  { text: "Pay me back or I swear I'm telling your mum.", kinds: ['ultimatum'] },
  { text: "Turn up on Sunday or you needn't bother ringing me again.", kinds: ['ultimatum'] },
  { text: 'No apology, no invite.', kinds: ['ultimatum'] },
  { text: 'Please sort the money out with me before the christening.', kinds: ['urgency'] },
  { text: "Reply before Saturday's match.", kinds: ['urgency'] },
  { text: 'Confirm before my flight on Thursday.', kinds: ['urgency'] },
  { text: 'I need you to tell Dad before the party.', kinds: ['urgency'] },
  { text: 'I want the keys handed back before Monday.', kinds: ['urgency'] },
  { text: 'You have till the end of term to fix this.', kinds: ['urgency'] },
  { text: 'Call me this evening, I fly out tomorrow.', kinds: ['urgency'] },
  { text: 'Ring me straight after work.', kinds: ['urgency'] },
  { text: "I'll be outside in five minutes, be ready.", kinds: ['urgency'] },
  // Round 16: the past held beside now ("same as after the christening", "you ruined X and now you've ruined Y", "third time this year", "three years running", "I forgave the X business. I won't forgive another", "the stunt you pulled at", "you disappeared when Gran died", "you bailed on me at the festival too"), and blame told as its cost ("left me shaking", "you let me do the whole move on my own", "it's because you lied that", "is the reason I'm not coming anymore", "if you'd just ..., none of this would've happened", "thanks a lot" after a loss)
  { text: "I'm crying in the car again, same as after the christening.", kinds: ['past'] },
  { text: "You're ignoring me, same as you ignored me at Dad's funeral.", kinds: ['past'] },
  { text: "You spoiled my thirtieth and now you've spoiled the baby shower.", kinds: ['past',  'blame',  'blame'] },
  { text: "Funny, you weren't this generous the night of the stag.", kinds: ['past'] },
  { text: "Third time this year you've cancelled on me.", kinds: ['past'] },
  { text: "You've forgotten my birthday three years running.", kinds: ['past'] },
  { text: "I forgave the caravan business. I won't forgive another.", kinds: ['past', 'past'], why: 'the forgiveness spent is the past, and so is the count it starts' },
  { text: "I let the wedding thing slide. I'm not letting this one go.", kinds: ['past'] },
  { text: "Don't think I've forgotten the stunt you pulled at the reunion.", kinds: ['past',  'past'] },
  { text: 'You disappeared when Gran died.', kinds: ['past'] },
  { text: "You weren't there when we buried the dog either.", kinds: ['past'] },
  { text: 'You bailed on me at the festival too.', kinds: ['past'] },
  { text: "You've made the club somewhere I can't relax anymore.", kinds: ['blame'] },
  { text: 'The way you shouted at me in the car park left me shaking.', kinds: ['blame'] },
  { text: 'You let me do the whole move on my own.', kinds: ['blame'] },
  { text: 'You sat there scrolling while I explained everything to the doctor.', kinds: ['blame'] },
  { text: "It's because you lied that I lost the flat.", kinds: ['blame'] },
  { text: "The way you spoke about my mum is the reason I'm not coming anymore.", kinds: ['blame'] },
  { text: "If you'd just told the truth, none of this would've happened.", kinds: ['blame'] },
  { text: 'I had to cancel the whole party, thanks a lot.', kinds: ['blame'] },
  { text: 'The way you talked to my little brother at the barbecue in front of everyone was cruel.', kinds: ['blame'] },
  // Round 16: kind sentences written to probe this round's new shapes (promises with dates, offers, released deadlines, "either way", kindness told with "left me in tears", "I'm the one who ... and I'm glad", "third time ... made me proud")
  { text: "Third time this year you've let me down.", kinds: ['past'] },
  { text: 'Please acknowledge this message.', kinds: ['pressure'] },
  { text: "I'm the one who had to clean up after you left the party.", kinds: ['blame'] },
  { text: 'We both know what happened at the office party.', kinds: ['past'] },
  // Round 16: kind sentences in many registers written after the round's rules, to probe them as a fresh writer might (released deadlines, promises, praise with always and never, fond memories, offers, "Listen,")
  { text: 'You never missed a chance to put me down.', kinds: ['past'] },
  { text: 'You never once thanked me for anything.', kinds: ['past'] },
  // Round 16: the past named as known ("I know exactly what you did at", "Here we go again."), and its sympathetic look-alikes ("I know what happened with your dad, and I'm so sorry")
  { text: 'I know exactly what you did at the party.', kinds: ['past'] },
  { text: 'Here we go again. Same excuses as last summer.', kinds: ['past',  'past'] },
  // Round 16: old wrongs whose look-alikes are sympathy or fondness ("You went quiet when Dad died, and I understand why", "same as after Mum's funeral, I'm here", "you've got form for surprising me", "I haven't forgotten you laughed at my joke when nobody else did")
  { text: 'You went quiet when Dad died and never rang once.', kinds: ['past'] },
  { text: "You've got form for lying to me.", kinds: ['past'] },
  { text: "I haven't forgotten you skipped my graduation.", kinds: ['past'] },
  // Round 16: orders, threats and deadlines whose look-alikes are gifts, offers and plans ("I would ask that you keep the card", "you come when you can, or you don't, either way I love you", "be ready for the best night ever", "nobody forced you to bake me a cake, but I'm so glad", "you have till the end of the month to use that voucher", "then we're done for the night")
  { text: "If you keep ignoring me I'm done.", kinds: ['ultimatum'] },
  { text: 'You have till Friday to pay me back.', kinds: ['urgency'] },
  { text: "Answer me or we're done.", kinds: ['ultimatum'] },
  { text: "If you keep lying, we're finished.", kinds: ['ultimatum'] },
];

const leftAlone: Case[] = [
  { text: 'I never meant to hurt you.', kinds: [] },
  { text: 'I always loved our walks.', kinds: [] },
  { text: 'You always made me laugh.', kinds: [], why: 'a warm memory is the opposite of the past as a weapon; pointing at it would police kindness' },
  { text: 'You were always there for me.', kinds: [] },
  { text: "You've always been kind to me.", kinds: [] },
  { text: 'You never let me down when it mattered.', kinds: [] },
  { text: 'We never got to say goodbye.', kinds: [] },
  { text: 'I need to say sorry.', kinds: [], why: 'my own need, asked of nobody' },
  { text: 'Sometimes I need to be alone.', kinds: [] },
  { text: 'Right now I feel calm.', kinds: [], why: '"right now" describing my own state is not asking them to hurry' },
  { text: "I'm a bit tired right now, so I'll keep this short.", kinds: [] },
  { text: "I can't talk right now, but I'd like to soon.", kinds: [] },
  { text: "I'd love to hear from you when you're ready.", kinds: [] },
  { text: "Whenever you're ready, I'm here.", kinds: [] },
  { text: "You don't have to reply.", kinds: [] },
  { text: "You don't need to answer right away.", kinds: [] },
  { text: "There's no rush to answer right now.", kinds: [] },
  { text: "I'm not in a hurry.", kinds: [] },
  { text: 'Take all the time you need to think.', kinds: [] },
  { text: "If you need to talk, I'm here.", kinds: [] },
  { text: "It wasn't your fault.", kinds: [] },
  { text: 'None of this is your fault.', kinds: [] },
  { text: "I don't think it's your fault.", kinds: [] },
  { text: "If you don't want to talk, then that's okay.", kinds: [] },
  { text: "If you don't want to hear from me, I'll understand.", kinds: [] },
  { text: 'You never know, it might be nice to catch up.', kinds: [] },
  { text: 'Have you always felt that way?', kinds: [] },
  { text: 'You made me laugh when I needed it most.', kinds: [] },
  { text: 'You made me a better person.', kinds: [] },
  { text: 'You must have been so tired.', kinds: [] },
  { text: 'You must be exhausted.', kinds: [] },
  { text: 'You should know that I miss you.', kinds: [] },
  { text: 'The last time you visited was lovely.', kinds: [], why: 'a happy memory; "last time you" as a reproach is still pointed at' },
  { text: 'Every time I hear that song I think of you.', kinds: [] },
  { text: "I'll always remember the way you laughed.", kinds: [] },
  { text: 'I miss you.', kinds: [] },
  { text: "It's been a while, and I think about you often.", kinds: [] },
  { text: "I was wrong, and I'm sorry.", kinds: [] },
  { text: "There's no right answer.", kinds: [] },
  { text: 'I know you have your own life now.', kinds: [] },
  { text: "If you'd like to talk, I'm here.", kinds: [] },
  { text: 'I hope you are well.', kinds: [] },
  { text: '', kinds: [] },
  // Round 11: kind look-alikes of the new shapes
  { text: 'Call me when you can, no rush.', kinds: [] },
  { text: 'Come round tonight if you fancy it.', kinds: [] },
  { text: "I'll never forget the way you held me at the hospital.", kinds: [], why: 'a fond memory of care, not an old wrong' },
  { text: 'Now that I\'ve moved I feel calmer.', kinds: [] },
  { text: "By Monday I'll be back home, so maybe we could meet if you ever want.", kinds: [], why: 'my own timeline, not a deadline on them' },
  { text: 'I know you always loved the sea.', kinds: [] },
  { text: 'I still have the scarf you knitted me in 2015 x', kinds: [] },
  { text: "It's my last chance to say this before I fly, so thank you.", kinds: [] },  // Round 12: kind sentences that share words with the harmful shapes (orders to do nice
  // things, "or" in an offer, fond memories with years, my own plans for today, "your fault"
  // denied, good outcomes "because of you"); each must raise nothing
  { text: "Call your mum, she'd love to hear from you.", kinds: [] },
  { text: 'Go easy on yourself this week.', kinds: [] },
  { text: "Take the weekend off, you've earned it.", kinds: [] },
  { text: 'Treat yourself to something nice tonight.', kinds: [] },
  { text: 'Have a lovely time at the wedding.', kinds: [] },
  { text: 'Tell your sister I said congratulations.', kinds: [] },
  { text: 'Come round for dinner sometime, or we could meet in town, whatever suits.', kinds: [] },
  { text: "Coffee or a walk, whichever you'd prefer.", kinds: [] },
  { text: "Keep the jumper or give it to charity, I don't mind either way.", kinds: [] },
  { text: 'I remember our trip to Cork in 2014, best week of my life.', kinds: [] },
  { text: 'Back in 2009 you taught me to drive, and I still think of it every time I park.', kinds: [] },
  { text: 'In 2016 you sat with me all night at the hospital and I have never forgotten it.', kinds: [] },
  { text: 'Remember when we got lost in Rome? I still laugh about it.', kinds: [] },
  { text: "I'm moving flats today, so I'll be slow to reply.", kinds: [] },
  { text: "Tonight I'm finally seeing the band, wish you were there.", kinds: [] },
  { text: "I'm off to bed now, talk soon.", kinds: [] },
  { text: "I'm cooking tonight for the first time in ages.", kinds: [] },
  { text: "It's not your fault, and it never was.", kinds: [] },
  { text: 'None of what happened was your fault, I know that now.', kinds: [] },
  { text: "Don't ever think it was your fault.", kinds: [] },
  { text: 'Because of you I went back to college, and I love it.', kinds: [] },
  { text: 'Because of you I finally learned to swim.', kinds: [] },
  { text: 'Thanks to you the garden looks amazing this year.', kinds: [] },
  { text: "I'm the reason we stopped talking, not you.", kinds: [] },
  { text: 'You were always the one who made everyone feel welcome.', kinds: [] },
  { text: 'Every time I pass the chipper I think of you and smile.', kinds: [] },
  { text: 'You never once made me feel like a burden.', kinds: [] },
  { text: 'I owe you a thank you for last year.', kinds: [] },
  { text: "If you ever want to talk, I'm here, and if not that's okay too.", kinds: [] },
  { text: "Either way, I'm glad we met.", kinds: [] },
  { text: 'Last chance I had to say it I bottled it, so: thank you.', kinds: [] },
  { text: 'I need to stop blaming you for things that were mine.', kinds: [] },
  { text: "You don't have to answer, I just wanted you to know.", kinds: [] },
  { text: "I'll be in town on Friday, no pressure at all.", kinds: [] },
  { text: "Answer whenever, or don't, honestly it's fine.", kinds: [] },
  { text: 'Write back if you feel like it, no deadline.', kinds: [] },
  { text: "I'm done with the old job, finally, started the new one today.", kinds: [] },
  { text: 'You made my year so much better.', kinds: [] },
  { text: "Same as always, I'm rooting for you.", kinds: [] },
  { text: "Like last time, I'll bring the cake.", kinds: [] },
  { text: "Hope you're not working too hard right now.", kinds: [] },
  { text: 'Please look after yourself.', kinds: [] },
  { text: "Just be yourself, they'll love you.", kinds: [] },
  { text: "You have to try the new café on the corner, it's great.", kinds: [] },
  { text: 'I still remember you singing at my 21st, it was perfect.', kinds: [] },
  { text: 'Let me know how the interview went.', kinds: [] },
  { text: 'Give my love to your dad.', kinds: [] },
  { text: 'We should get coffee sometime, no rush.', kinds: [] },
  { text: 'It was your kindness that got me through 2020.', kinds: [] },
  { text: 'After everything you did for me, I just want to say thanks.', kinds: [] },
  { text: 'The least I could do is cook you dinner after all your help.', kinds: [] },
  { text: "It wouldn't kill me to call more often, I know.", kinds: [] },
  { text: "It's the least I can do after you minded the dog.", kinds: [] },
  { text: 'I had to come to my senses about a lot of things.', kinds: [] },
  { text: "Just do it if it makes you happy, you've got my support.", kinds: [] },
  { text: 'I insist that you keep the change.', kinds: [] },
  { text: "Stop apologising, honestly, it's fine.", kinds: [] },
  { text: "Give the books back whenever, there's no rush.", kinds: [] },
  { text: "Bring the kids back for a visit sometime, I'd love that.", kinds: [] },
  { text: 'Say sorry to nobody on my account, you did nothing wrong.', kinds: [] },
  { text: 'I got the job because you helped me with the interview.', kinds: [] },
  { text: 'I passed because you sat up with me every night.', kinds: [] },
  { text: 'I was late because I stopped to buy you flowers.', kinds: [] },
  { text: "The reason I'm writing is you're on my mind.", kinds: [] },
  { text: 'The only reason I got through that year is you.', kinds: [] },
  { text: 'Thanks for having me last weekend, it was lovely.', kinds: [] },
  { text: 'Cheers for dropping me home the other night.', kinds: [] },
  { text: "Your kindness is what's keeping me going.", kinds: [] },
  { text: "My garden looks amazing and that's down to you.", kinds: [] },
  { text: "It's down to you whether we meet, no pressure.", kinds: [] },
  { text: 'You talked me into the best holiday of my life.', kinds: [] },
  { text: 'We both know who makes the best lasagne.', kinds: [] },
  { text: "You crashed on my sofa for a week and it was the most fun I've had in ages.", kinds: [] },
  { text: "You lost a stone for the marathon, that's amazing.", kinds: [] },
  { text: "You broke the ice at that party and I'm glad you did.", kinds: [] },
  { text: 'You let me sit in the sun with a book all afternoon, bliss.', kinds: [] },
  { text: "I'll never get those years back, but I'm glad we're talking now.", kinds: [] },
  { text: 'You never let me down, not once.', kinds: [] },
  { text: 'Ignore my last message, I sent it to the wrong person.', kinds: [] },
  { text: "I won't text again unless you want me to, I promise.", kinds: [] },
  { text: "Don't come if you're not feeling up to it, rest up.", kinds: [] },
  { text: "Come if you can, otherwise I'll see you next week.", kinds: [] },
  { text: "Then don't worry about it at all.", kinds: [] },
  { text: 'No rush, no pressure, whenever suits.', kinds: [] },
  { text: 'I had no choice but to laugh when I saw the photo.', kinds: [] },
  { text: 'My solicitor says the house sale is going through next month.', kinds: [] },
  { text: "If you don't mind, I'll tell your mum the good news.", kinds: [] },
  { text: 'Funny how you always know exactly what to say.', kinds: [] },
  { text: 'Your track record of kindness speaks for itself.', kinds: [] },
  { text: "We've been here before on holiday, remember the views?", kinds: [] },
  { text: "I think you've changed so much, and I'm proud of you.", kinds: [] },
  { text: 'Another cake like the one you made for my 30th, please.', kinds: [] },
  { text: "I still remember you laughing when I told you I'd got the job.", kinds: [] },
  { text: 'I forgave you long ago, honestly.', kinds: [] },
  { text: 'Back in school you always stuck up for me.', kinds: [] },
  { text: 'In 2019 you helped me move flat and I still owe you a pint.', kinds: [] },
  { text: "Let me guess, you're already planning the next trip.", kinds: [] },
  { text: "You did the same thing for Hannah when she was sick, you're so good like that.", kinds: [] },
  { text: 'Not like the old days, but still lovely to see you.', kinds: [] },
  { text: 'Tell me tonight how the gig went!', kinds: [] },
  { text: 'I need to know your shoe size before Friday for the surprise, no pressure.', kinds: [] },
  { text: 'Do it now or later, whatever suits you.', kinds: [] },
  { text: "Answer this whenever, or don't, it's fine.", kinds: [] },
  { text: "Reply by Friday if you'd like a seat at the dinner, no worries if not.", kinds: [] },
  // Round 13: kind sentences sharing words with the new urgency and ultimatum shapes
  { text: "Come round before Christmas if you can, I'll make mince pies.", kinds: [] },
  { text: "By the 15th I'll be settled in the new flat.", kinds: [] },
  { text: "Right now, it's hard to know what to say.", kinds: [] },
  { text: "If you're tired, don't come, honestly it's fine.", kinds: [] },
  { text: 'If you never write back I will understand.', kinds: [] },
  { text: 'Ring me or I can ring you, whichever is easier.', kinds: [] },
  { text: "Reply or don't, both are fine by me.", kinds: [] },
  { text: "Take your time, or don't answer at all, that's okay.", kinds: [] },
  { text: 'Call me or I will call you tomorrow.', kinds: [] },
  { text: 'The next time you visit we should go to the coast.', kinds: [] },
  // Round 13: kind sentences sharing words with the new past, blame and pressure shapes
  { text: 'Remember Christmas 2015, the best one ever.', kinds: [] },
  { text: 'Do you remember how you taught me to swim?', kinds: [] },
  { text: 'There was that time in Rome when we laughed till we cried.', kinds: [] },
  { text: "It's not the first time I've thought of you this week.", kinds: [] },
  { text: 'In 1999 you were the first person to visit me in hospital.', kinds: [] },
  { text: 'Because of you I got through that year.', kinds: [] },
  { text: 'You took my side when nobody else did.', kinds: [] },
  { text: 'You made me a birthday cake once and I still think of it.', kinds: [] },
  { text: 'Tell your mum I said hi.', kinds: [] },
  { text: 'Ask Sam to ring me whenever he likes.', kinds: [] },
  { text: 'Come and get your present when you can.', kinds: [] },
  { text: "You don't owe me an apology.", kinds: [] },
  { text: 'Should I remind you on Friday about the tickets?', kinds: [] },
  // Round 13: kind look-alikes in the same voices
  { text: "are you coming saturday? then I'll bake a cake", kinds: [] },
  { text: "you're coming to my wedding right? so excited", kinds: [] },
  { text: 'you owe me nothing, honestly', kinds: [] },
  { text: "where's the party saturday?", kinds: [] },
  { text: 'i lent u my hoodie, keep it', kinds: [] },
  { text: 'the baby is due tomorrow', kinds: [] },
  { text: "clean the kitchen together saturday? i'll bring snacks", kinds: [] },
  { text: 'bro the game last night was class', kinds: [] },
  { text: "you're out of this world lol", kinds: [] },
  { text: 'you did it on purpose to make me laugh', kinds: [] },
  { text: "you didn't even have to ask, you just came", kinds: [] },
  { text: 'Mum would be so proud of you.', kinds: [] },
  { text: 'typical british weather haha', kinds: [] },
  // Round 13: kind look-alikes for the direct, sarcastic, grief and gaming shapes
  { text: "Keep it, it's yours.", kinds: [] },
  { text: 'I want my best friend back.', kinds: [] },
  { text: 'I need my keys back whenever you can, no rush', kinds: [] },
  { text: 'get on tonight if u want', kinds: [] },
  { text: 'u always make me laugh', kinds: [] },
  { text: 'ur always there for me', kinds: [] },
  { text: 'you smashed it again', kinds: [] },
  { text: "you're gonna leave for uni soon, I'll miss you", kinds: [] },
  { text: "I'll never forgive you for making me cry laughing at the wedding", kinds: [] },
  { text: 'You took the last of the cake lol', kinds: [] },
  { text: 'love how you always know what to say', kinds: [] },
  // Round 13, mood: the same words asked
  { text: "you're coming saturday?", kinds: [] },
  { text: 'ur coming to mine saturday?', kinds: [] },
  { text: "you're coming back to us one day, I know it", kinds: [] },
  // Round 13: teasing and fond texts that share words with the harmful shapes
  { text: 'ur still my best mate even if u never text back lol', kinds: [] },
  { text: 'remember when u fell in the lake lmao', kinds: [] },
  { text: 'You still owe me a pint haha', kinds: [] },
  // Round 13: kind look-alikes for the flatmate, money and grief shapes
  { text: 'Stop beating yourself up about it.', kinds: [] },
  { text: "Don't text me until you've landed!", kinds: [] },
  { text: "I've told you a hundred times how proud I am", kinds: [] },
  { text: 'How hard is it to say goodbye to a dog, honestly.', kinds: [] },
  { text: 'you\'re such a joke lol', kinds: [] },
  { text: "You're not selfish at all.", kinds: [] },
  { text: 'If you need me again, I will come straight over.', kinds: [] },
  // Round 13: friendly warnings, fond reminders, offers and plans that share words with the new
  // shapes (a natural consequence after "or", "remember?" after a kindness, "there's the thing
  // on Friday", "you took my place and you deserve it")
  { text: "Bring a coat or you'll freeze.", kinds: [] },
  { text: 'Come early or the good seats go.', kinds: [] },
  { text: 'You came to see me in hospital too, remember?', kinds: [] },
  { text: "There's the thing at the pub on Friday if you fancy it.", kinds: [] },
  { text: 'You took my place on the team and you deserve it.', kinds: [] },
  { text: 'the next time you visit will be the last time we see the old house', kinds: [] },
  { text: "Ring me when you're back, no rush.", kinds: [] },
  // Round 14: kind sentences that share words with the new shapes
  { text: "Don't feel you have to answer tonight.", kinds: [] },
  { text: "Don't worry about the car right now, just rest.", kinds: [] },
  { text: "It's fine if you can't make it tonight.", kinds: [] },
  { text: 'Write back in any way you like, or not at all.', kinds: [] },
  { text: 'Thanks to you I still have my flat.', kinds: [] },
  { text: 'Nothing you said caused the split.', kinds: [] },
  { text: "I've stopped keeping score.", kinds: [] },
  { text: 'I was the one counting, not you.', kinds: [] },
  { text: "I still owe you for the tickets, I haven't forgotten and I'm on it.", kinds: [] },
  { text: 'You got me into running and I love it.', kinds: [] },
  { text: 'You left me with such happy memories of that summer.', kinds: [] },
  { text: 'You helped me so much back in 2019.', kinds: [] },
  { text: 'You did the same thing for me at my wedding, I was so grateful.', kinds: [] },
  { text: "You're not obliged to reply.", kinds: [] },
  { text: 'Stop worrying about it.', kinds: [] },
  { text: 'Come and get your things whenever suits you.', kinds: [] },
  { text: 'Keep going and you will get there.', kinds: [] },
  { text: "Bring a jumper or I'll lend you mine.", kinds: [] },
  { text: 'It all started when you lent me that book.', kinds: [] },
  { text: 'Would you ever come to the match with me if you fancy it?', kinds: [] },
  { text: 'We were fine until the storm hit.', kinds: [] },
  { text: 'I still think about what you said at my graduation, it meant the world.', kinds: [] },
  { text: 'Remember the cake from uni? I still make it.', kinds: [] },
  { text: 'You always find a way to make me laugh.', kinds: [] },
  { text: "It's not on you to fix this.", kinds: [] },
  { text: 'I need to work today, so I will ring tomorrow.', kinds: [] },
  { text: 'Now you listen to this: the puppy learned to sit.', kinds: [] },
  { text: 'Same as ever, same as always: I love you.', kinds: [] },
  { text: 'Face it, we both miss the old days.', kinds: [] },
  { text: 'Gonna call you later.', kinds: [] },
  { text: "You've missed the last two buses, so I'll drive you.", kinds: [] },
  { text: "You told me about the job and now I can't stop smiling.", kinds: [] },
  // Round 15: joins that are one order, or the writer's own plan
  { text: "I'll finish work and call you tonight.", kinds: [] },
  { text: 'I\'ll wait and call you now.', kinds: [] },
  { text: 'Take your time and call me whenever.', kinds: [] },
  { text: 'Ring me tonight and tell me everything.', kinds: ['urgency'], why: 'the deadline reaches the order joined after it' },
  { text: 'Come round and talk to me tonight.', kinds: ['urgency'], why: '"come and talk" is one order' },
  { text: 'Drop whatever you are doing and call.', kinds: ['urgency'], why: '"drop everything and" is the rush itself' },
  // Round 15: fond comparisons, promises not to bring things up, "ever since" good news
  { text: "I won't bring up the old stuff, that's done with.", kinds: [] },
  { text: 'No need to bring up the past, I won\'t even mention the old flat again.', kinds: [] },
  { text: 'Ever since the move you\'ve been so happy.', kinds: [] },
  { text: "It's like the time we got lost in Rome, I still laugh.", kinds: [] },
  { text: "I could talk about your dad for hours, but I'll let you go.", kinds: [] },
  { text: 'I could bring up the boxes tomorrow, but only if you want.', kinds: [] },
  { text: 'This is just like the old days, love it.', kinds: [] },
  { text: "It's just like Christmas.", kinds: [] },
  { text: 'This is just like the first time we met.', kinds: [] },
  { text: "I'll never forget the way you held my hand at the funeral.", kinds: [] },
  { text: "I'm not going to mention the party to your mum.", kinds: [] },
  // Round 15: kind look-alikes of the new blame shapes
  { text: 'Whatever we do next is down to you and me.', kinds: [] },
  { text: 'The lovely atmosphere at home is all down to you.', kinds: [] },
  { text: 'The kids made a right mess of the kitchen.', kinds: [] },
  { text: "You've done so much good for this family.", kinds: [] },
  { text: 'The match was cancelled because you didn\'t feel well.', kinds: [] },
  { text: 'Honestly you made the move so much less stressful.', kinds: [] },
  { text: 'You made a right mess of the icing, haha.', kinds: [] },
  { text: 'The storm did real damage to our roof.', kinds: [] },
  // Round 15: the writer's own dates and plans
  { text: "I'll have it sorted by the end of the month.", kinds: [] },
  { text: "I'll be done by the 3rd.", kinds: [] },
  { text: "I'm going round straight after work.", kinds: [] },
  { text: 'We fly out on the 14th.', kinds: [] },
  { text: 'Give me a hug before I go.', kinds: [] },
  { text: "Let me know by Friday, I'll be around all weekend.", kinds: [], why: 'a date beside the writer\'s own availability reads as an offer' },
  { text: 'By Monday I will be home again.', kinds: [] },
  // Round 15: kind look-alikes of the new ultimatum and pressure shapes
  { text: "Keep practising and I'll show you the next move.", kinds: [] },
  { text: "Keep going and I'll tell you when to stop.", kinds: [] },
  { text: "Don't you think it's time we had a holiday?", kinds: [] },
  { text: "Don't you think you deserve a break?", kinds: [] },
  { text: "I'm going to need a bigger suitcase.", kinds: [] },
  { text: "I'll need a reply from the landlord first.", kinds: [] },
  { text: "Unless you'd rather not, let's meet at the café.", kinds: [] },
  { text: "I'm going no contact with social media for a bit.", kinds: [] },
  { text: "We handled it like adults and I'm proud of us.", kinds: [] },
  // Round 15: kind look-alikes of the new past shapes
  { text: 'Years later and you still make me laugh.', kinds: [] },
  { text: 'Just like you did with me when I was little, thank you.', kinds: [] },
  { text: "Don't forget you promised to bring the cake.", kinds: [] },
  { text: "It's not the first time I've said I love you.", kinds: [] },
  { text: 'I keep thinking about you, as usual.', kinds: [] },
  { text: 'Remember the summer you taught me to swim?', kinds: [] },
  { text: 'Remember the night you drove three hours to get me?', kinds: [] },
  { text: 'I still remember you holding my hand.', kinds: [] },
  { text: "Now you've done the garden too, you star.", kinds: [] },
  // Round 15: kind sentences written to probe the new and old shapes (gratitude "thanks to you",
  // "you're the reason I kept going", happy tears, an invitation to stop by, fond mentions)
  { text: "I could mention a hundred good things about you, but I'll just say thank you.", kinds: [] },
  { text: 'Thanks to you I got the job.', kinds: [] },
  { text: "You're the reason I kept going.", kinds: [] },
  { text: "Look what you've done, you've made me cry happy tears.", kinds: [] },
  { text: "It's down to you that we had such a good trip.", kinds: [] },
  { text: 'History repeating itself in the best way, another baby in the family!', kinds: [] },
  { text: 'Stop by and have a cuppa sometime.', kinds: [] },
  { text: 'Ever since the funeral I\'ve been meaning to write.', kinds: [] },
  { text: 'Remember the night we got locked out and laughed till 3am?', kinds: [] },
  { text: "Don't forget you're always welcome here.", kinds: [] },
  // Round 15: gratitude and stepping back that share words with blame, orders and ultimatums
  { text: 'When Dad was ill you were the one who drove up every weekend.', kinds: [] },
  { text: "Ag, man, I'm not angry anymore.", kinds: [] },
  { text: "I won't text again until you're ready.", kinds: [] },
  { text: "I won't message again unless you apologise.", kinds: ['ultimatum'] },
  { text: 'You were the one who left me at the station.', kinds: ['blame'] },
  // Round 16: a deadline released in its own clause, a first-person promise with its own date, praise with
  // always, a grudge denied ("never did"), an offer ("if you ever want it back"), "suits you better", stepping back
  // until the other would like, a discourse "Listen," before an admission, gratitude, a kindness "never forgotten"
  { text: 'No need to answer this week, or any week really.', kinds: [] },
  { text: "I'm not expecting a reply tomorrow or ever, I just wanted you to know.", kinds: [] },
  { text: "Please don't feel you need to decide tonight.", kinds: [] },
  { text: "You don't have to sort everything out at once.", kinds: [] },
  { text: "There's no pressure to reply by Friday, or at all.", kinds: [] },
  { text: "I'll return your drill by Saturday, I'll leave it in the porch.", kinds: [] },
  { text: "By Sunday I'll post the keys back through your door.", kinds: [] },
  { text: "We'll pay you back before the end of the month, promise.", kinds: [] },
  { text: 'You always cooked the tastiest Sunday lunches.', kinds: [] },
  { text: 'You were always the kindest one in our year.', kinds: [] },
  { text: 'You were always the first to help when someone moved house.', kinds: [] },
  { text: "I'm not angry with you, never was.", kinds: [] },
  { text: "I don't blame you, never did.", kinds: [] },
  { text: "If you ever want your old desk back, it's in the garage waiting.", kinds: [] },
  { text: "Whenever you fancy coming back to the choir, there's a seat for you.", kinds: [] },
  { text: 'That colour suits you better than it ever suited me.', kinds: [] },
  { text: 'I hope the new job treats you better.', kinds: [] },
  { text: "I won't message again unless you want me to.", kinds: [] },
  { text: "I won't call again until you'd like me to.", kinds: [] },
  { text: "Look, I know I was out of order, and I'm sorry.", kinds: [] },
  { text: "Listen, I've been thinking about what I said.", kinds: [] },
  { text: 'Thanks to you I finally applied for the course, so thank you.', kinds: [] },
  { text: "Because of you I kept going that year, and I'm grateful.", kinds: [] },
  { text: "You drove me to the hospital at 3am. I've never forgotten that.", kinds: [] },
  { text: "You were the only one who visited me in rehab. I'll never forget it.", kinds: [] },
  { text: "You gave me a bed when I had nowhere. I haven't forgotten that.", kinds: [] },
  // Round 16: look-alikes of blame told as a deed pinned on the other ("You did that.", "the trouble started with you", "it was your temper that ended"), a made-to-cry or made-worse, a cost "because you couldn't be bothered", a side taken "and now nobody"; the past held beside now ("exactly what you did after", "you were like this at", "bit rich coming from someone who", "you want me to forget", "we both know what happened at"), that stay quiet
  { text: "You planted the whole garden yourself. You did that, and it's beautiful.", kinds: [] },
  { text: "That's what you did for me when I was ill, and I've never said thank you.", kinds: [] },
  { text: 'It all started when you lent me that book.', kinds: [] },
  { text: 'It was your kindness that got me through that year.', kinds: [] },
  { text: 'You made my dad laugh on his birthday.', kinds: [] },
  { text: 'You made a hard month so much easier.', kinds: [] },
  { text: "I couldn't come because I couldn't get a babysitter.", kinds: [] },
  { text: "You sided with me when nobody else did, and I won't forget it.", kinds: [] },
  { text: "I'm the one who had to leave early, sorry about that.", kinds: [] },
  { text: "You're the reason I kept going.", kinds: [] },
  { text: 'Nobody forced me to leave, I chose to.', kinds: [] },
  { text: 'This is exactly what you did for me after the christening, and I loved it.', kinds: [] },
  { text: 'You did this for me when Gran was in hospital too.', kinds: [] },
  { text: 'You were the same kind soul at my wedding as well.', kinds: [] },
  { text: "It's not the first time I've said I love you.", kinds: [] },
  { text: "It's rich coming from the garden, the smell of the roses.", kinds: [] },
  { text: "I haven't forgotten you, I think of you often.", kinds: [] },
  { text: "Let's not pretend we're strangers.", kinds: [] },
  { text: "Let me remind you that you're always welcome here.", kinds: [] },
  { text: 'You think I forgot your birthday? Never!', kinds: [] },
  { text: 'We both know what a great time we had at the party.', kinds: [] },
  { text: "You know exactly what you want, I've always admired that.", kinds: [] },
  { text: "It's always the same with you and me, we just pick up where we left off.", kinds: [] },
  // Round 16: look-alikes of a need or request put on the other in any register ("I would ask that you", "do me the courtesy of a reply", "I'd appreciate it if you stopped ignoring"), two alternatives for the other ("you X or you don't Y"), carry-on-and-see, "if you keep X I'll Y", "then don't bother", "after this the door is shut", "I'll take it that", an order due before an event or "till" a named time, that stay quiet
  { text: 'I really do need to text my sister back.', kinds: [] },
  { text: "I'd appreciate it if you could come to the party, if you're free.", kinds: [] },
  { text: 'I would ask that you look after yourself this winter.', kinds: [] },
  { text: "You're to die for in that dress.", kinds: [] },
  { text: "You'll give it back whenever you're done with it, no rush.", kinds: [] },
  { text: 'You can come Friday or Saturday, either way is fine.', kinds: [] },
  { text: "You can either stay at ours or at Mum's, whichever suits.", kinds: [] },
  { text: "Keep going and you'll get there, I promise.", kinds: [] },
  { text: "If you keep practising I'll take you to the final.", kinds: [] },
  { text: "If this is how it's going to be, I'm glad, it suits us both.", kinds: [] },
  { text: "Last time I'm asking for directions, I promise, I'll buy a map.", kinds: [] },
  { text: 'No worries, no rush.', kinds: [] },
  { text: 'Enjoy your holiday before the new job starts.', kinds: [] },
  { text: 'Come and see the garden before the roses go over.', kinds: [] },
  { text: "I'll finish the painting before the weekend.", kinds: [] },
  { text: "You have till whenever you like, there's no rush.", kinds: [] },
  { text: "I'll be outside in five minutes, take your time.", kinds: [] },
  { text: "I'm owed nothing, honestly.", kinds: [] },
  { text: 'You owe me nothing at all.', kinds: [] },
  { text: "I'll ring you straight after work, if that's OK.", kinds: [] },
  // Round 16: look-alikes of the past held beside now ("same as after the christening", "you ruined X and now you've ruined Y", "third time this year", "three years running", "I forgave the X business. I won't forgive another", "the stunt you pulled at", "you disappeared when Gran died", "you bailed on me at the festival too"), and blame told as its cost ("left me shaking", "you let me do the whole move on my own", "it's because you lied that", "is the reason I'm not coming anymore", "if you'd just ..., none of this would've happened", "thanks a lot" after a loss), that stay quiet
  { text: 'I feel the same as you do about it.', kinds: [] },
  { text: "You made my thirtieth and now you've made the baby shower special too.", kinds: [] },
  { text: 'Third time lucky, see you Saturday!', kinds: [] },
  { text: "You've remembered my birthday three years running, you star.", kinds: [] },
  { text: 'I forgave myself for the caravan business in the end.', kinds: [] },
  { text: 'I let the kids go to the park.', kinds: [] },
  { text: 'The trick you showed me at the reunion still works.', kinds: [] },
  { text: "You came when Gran died, and I'll never forget it.", kinds: [] },
  { text: "You were there when we buried the dog, and I'm grateful.", kinds: [] },
  { text: 'You helped me at the festival too.', kinds: [] },
  { text: "You've made the club somewhere I love to be.", kinds: [] },
  { text: 'The way you hugged me in the car park left me feeling so loved.', kinds: [] },
  { text: 'You let me do the speech on my own, and I loved it.', kinds: [] },
  { text: 'You sat there laughing with me all night.', kinds: [] },
  { text: "It's because you believed in me that I applied.", kinds: [] },
  { text: "The way you spoke about my mum is the reason I'm still smiling.", kinds: [] },
  { text: "If you'd like to, we could meet in the park.", kinds: [] },
  { text: 'I had to laugh at the card, thanks for that.', kinds: [] },
  { text: "It's the first cake you've made me.", kinds: [] },
  { text: "I haven't forgotten you made me that cake.", kinds: [] },
  // Round 16: look-alikes of kind sentences written to probe this round's new shapes (promises with dates, offers, released deadlines, "either way", kindness told with "left me in tears", "I'm the one who ... and I'm glad", "third time ... made me proud"), that stay quiet
  { text: "I'll bring the casserole dish back before the weekend, I promise.", kinds: [] },
  { text: 'You always knew how to make a rubbish day better.', kinds: [] },
  { text: 'Whenever you want the bike back, just say.', kinds: [] },
  { text: "There's no rush at all, reply whenever, or never, that's ok too.", kinds: [] },
  { text: "I don't expect an answer this week.", kinds: [] },
  { text: "You don't have to decide anything tonight.", kinds: [] },
  { text: "Before you go to bed, just know I'm thinking of you.", kinds: [] },
  { text: "If you keep smiling like that I'll have to take a photo.", kinds: [] },
  { text: "Either way, I'm happy, you choose.", kinds: [] },
  { text: 'You can have the spare room or the sofa, whichever.', kinds: [] },
  { text: "Keep doing what you're doing, you're brilliant.", kinds: [] },
  { text: "I'm the one who had to learn to cook after you moved out, and I'm glad I did.", kinds: [] },
  { text: 'You left the porch light on for me and I cried, it meant so much.', kinds: [] },
  { text: 'You made a horrible week so much easier.', kinds: [] },
  { text: 'I forgave the whole thing years ago.', kinds: [] },
  { text: "I won't forgive myself for missing your graduation.", kinds: [] },
  { text: 'The way you spoke at the funeral left me in tears, it was beautiful.', kinds: [] },
  { text: 'You sat there holding my hand while I waited for the results.', kinds: [] },
  { text: "It's because you believed in me that I finished the course.", kinds: [] },
  { text: "If you'd told me earlier, I would've come sooner.", kinds: [] },
  { text: "Thanks a lot for the flowers, they're gorgeous.", kinds: [] },
  { text: 'Remember the time we got lost in Whitby? Best day ever.', kinds: [] },
  { text: 'You were always the best at making up songs.', kinds: [] },
  { text: "You disappeared into the kitchen when Gran died and made everyone tea, I'll never forget it.", kinds: [] },
  { text: "Third time this year you've made me proud.", kinds: [] },
  { text: "We both know what happened at the party was no one's fault.", kinds: [] },
  { text: "I'd appreciate it if you could bring a salad on Saturday.", kinds: [] },
  { text: 'Kindly ignore my last message, wrong chat!', kinds: [] },
  { text: 'Call me this evening if you get a minute, no pressure.', kinds: [] },
  { text: 'I need you to know how much you mean to me.', kinds: [] },
  { text: 'Please confirm you got home safe.', kinds: [] },
  { text: "Reply before Saturday's match if you want a lift, otherwise no worries.", kinds: [] },
  { text: "No cake, no party, that's the rule, ha!", kinds: [] },
  { text: "If this is how it's going to be, I'm in, count me in.", kinds: [] },
  { text: "I'm owed a holiday, I think, after this year.", kinds: [] },
  { text: 'You owe me a coffee, loser, ha.', kinds: [] },
  // Round 16: look-alikes of kind sentences in many registers written after the round's rules, to probe them as a fresh writer might (released deadlines, promises, praise with always and never, fond memories, offers, "Listen,"), that stay quiet
  { text: 'No need to rush back to me, take the week, take the month.', kinds: [] },
  { text: "I'm not asking for anything tonight, I just miss you.", kinds: [] },
  { text: "Don't worry about replying before the holidays, honestly.", kinds: [] },
  { text: "You don't owe me a reply.", kinds: [] },
  { text: "Take all the time you need, there's no deadline on this.", kinds: [] },
  { text: "I'll have your jumper washed and back to you by Sunday.", kinds: [] },
  { text: "I'll sort the tickets tonight and forward them to you.", kinds: [] },
  { text: "We'll be at the church by ten, come if you feel up to it.", kinds: [] },
  { text: 'You always had a gift for making people feel at home.', kinds: [] },
  { text: "You were always the one who remembered everyone's birthdays.", kinds: [] },
  { text: 'You never once made me feel like a burden.', kinds: [] },
  { text: "You never missed a single one of my matches, I'll always love you for that.", kinds: [] },
  { text: 'Back in school you were the only one who sat with me at lunch.', kinds: [] },
  { text: 'Remember the caravan in Tenby? I still laugh about it.', kinds: [] },
  { text: 'I think about the summer we spent on the farm all the time.', kinds: [] },
  { text: "I'll never forget the way you held my hand at Dad's funeral.", kinds: [] },
  { text: 'Because of you I finally went to the doctor, thank you.', kinds: [] },
  { text: "If it wasn't for you I'd never have found the courage to leave.", kinds: [] },
  { text: "You're the reason I started painting again.", kinds: [] },
  { text: 'Honestly, it suits you, keep it.', kinds: [] },
  { text: "Listen, I just wanted to say I'm proud of you.", kinds: [] },
  { text: "Look, I know I messed up and I'm sorry.", kinds: [] },
  { text: "Either way, I'll love you just the same.", kinds: [] },
  { text: "If you ever need a place to stay, the spare room's yours.", kinds: [] },
  { text: 'If you want the dog back for the weekend, just shout.', kinds: [] },
  { text: "Come over whenever, the kettle's always on.", kinds: [] },
  { text: "I won't bother you again unless you want me to, promise.", kinds: [] },
  { text: "I won't push, if you'd rather not talk that's fine.", kinds: [] },
  { text: "Whatever you decide, I'll respect it.", kinds: [] },
  { text: "Ring me if you want, or don't, either is fine by me.", kinds: [] },
  { text: 'Take care of yourself this week, you deserve a rest.', kinds: [] },
  { text: 'Let me know how the interview goes tomorrow!', kinds: [] },
  { text: "Good luck on Friday, you'll smash it.", kinds: [] },
  { text: 'Hope the surgery goes well on Monday, thinking of you.', kinds: [] },
  { text: 'The last time we spoke you made me laugh so hard.', kinds: [] },
  { text: 'You taught me to ride a bike in that car park, remember?', kinds: [] },
  { text: 'I still have the scarf you knitted me in 2009.', kinds: [] },
  { text: 'Every time I hear that song I think of you and smile.', kinds: [] },
  { text: 'Last Christmas was lovely because you were there.', kinds: [] },
  { text: "It's been ages, and I'd love to see you when you're ready.", kinds: [] },
  // Round 16: look-alikes of the past named as known ("I know exactly what you did at", "Here we go again."), and its sympathetic look-alikes ("I know what happened with your dad, and I'm so sorry"), that stay quiet
  { text: "I know what happened at the party was an accident, don't worry.", kinds: [] },
  { text: 'Again with this, lol, you and your puns.', kinds: [] },
  { text: "I know about the surprise party, don't worry, I'll act shocked!", kinds: [] },
  { text: "I know what happened with your dad, and I'm so sorry.", kinds: [] },
  { text: "I know what happened to your brother, and I'm here if you need me.", kinds: [] },
  { text: "We both know what happened at the hospital, and I'm so sorry for your loss.", kinds: [] },
  // Round 16: look-alikes of old wrongs whose look-alikes are sympathy or fondness ("You went quiet when Dad died, and I understand why", "same as after Mum's funeral, I'm here", "you've got form for surprising me", "I haven't forgotten you laughed at my joke when nobody else did"), that stay quiet
  { text: 'You went quiet when Dad died, and I understand why.', kinds: [] },
  { text: "I know you disappeared for a while after the divorce, and that's okay.", kinds: [] },
  { text: "Same as after Mum's funeral, I'm here whenever you need me.", kinds: [] },
  { text: 'You left when your nan was ill, I get it, you had to.', kinds: [] },
  { text: "I heard what happened at work, I'm so sorry.", kinds: [] },
  { text: 'We both know what happened last year was hard on everyone.', kinds: [] },
  { text: "If you'd told me sooner, I'd have come straight over.", kinds: [] },
  { text: "It's not the first time you've helped me move house, you legend.", kinds: [] },
  { text: 'You did this for me when I was ill too, I remember.', kinds: [] },
  { text: "I'm the one who got stuck with the washing up after your party, ha, no complaints.", kinds: [] },
  { text: 'You made the worst year so much better.', kinds: [] },
  { text: "You're the reason I cried at the wedding, happy tears!", kinds: [] },
  { text: 'Your lies about being busy were just to plan my party, you sneak!', kinds: [] },
  { text: "You've got form for surprising me, don't you.", kinds: [] },
  { text: "I haven't forgotten you laughed at my joke when nobody else did.", kinds: [] },
  // Round 16: look-alikes of orders, threats and deadlines whose look-alikes are gifts, offers and plans ("I would ask that you keep the card", "you come when you can, or you don't, either way I love you", "be ready for the best night ever", "nobody forced you to bake me a cake, but I'm so glad", "you have till the end of the month to use that voucher", "then we're done for the night"), that stay quiet
  { text: "I'd appreciate it if you could send me the recipe sometime.", kinds: [] },
  { text: 'I would ask that you keep the card, it was always meant for you.', kinds: [] },
  { text: "I really need you to know I'm proud of you.", kinds: [] },
  { text: "I'm gonna need you to save me a slice of that cake!", kinds: [] },
  { text: "You're to have the big bedroom, no arguments, my treat.", kinds: [] },
  { text: "You oughta see the garden now, it's gorgeous.", kinds: [] },
  { text: "You can either come for lunch or dinner, whatever's easier.", kinds: [] },
  { text: "You come when you can, or you don't, either way I love you.", kinds: [] },
  { text: "Keep going like this and you'll have your degree in no time.", kinds: [] },
  { text: "If you keep sending me photos of the baby, I'm going to cry every day.", kinds: [] },
  { text: "If this is how it's going to be, then I'm glad we're friends.", kinds: [] },
  { text: "After this the pub, then we're done for the night, promise.", kinds: [] },
  { text: "If I don't hear back I'll assume you're busy, no worries at all.", kinds: [] },
  { text: 'No sugar, no milk, just how you like it.', kinds: [] },
  { text: "Reply before Saturday if you want a lift, otherwise I'll see you there.", kinds: [] },
  { text: 'You have till the end of the month to use that voucher I gave you!', kinds: [] },
  { text: 'Call me straight after the scan if you feel like it.', kinds: [] },
  { text: "I'll be outside at eight, be ready for the best night ever.", kinds: [] },
  { text: "Let's not pretend we don't both love that film.", kinds: [] },
  { text: 'Before you go to bed, have a cuppa and relax.', kinds: [] },
  { text: "Nobody forced you to bake me a cake, but I'm so glad you did.", kinds: [] },
  { text: 'Please do acknowledge how brilliant you were today!', kinds: [] },
  // Round 17: an old wrong told beside when it was (a year, 'three christmases back', 'at uni', 'back in the day'), added on with too/either/as well, an emphatic 'you did miss', or the writer's forbearance then ('and I said nothing', 'I let the Paris thing go'); and their look-alikes, kindness told beside a date or a 'too', that stay quiet
  { text: "You ditched me at the airport back in 2017 and now you want a favour?", kinds: ['past', 'blame'] },
  { text: "Three christmases back you humiliated me in front of my in-laws.", kinds: ['past', 'blame'] },
  { text: "At uni you stole my notes and passed them off as yours.", kinds: ['past', 'blame'] },
  { text: "Back in the day you blanked me for a whole term.", kinds: ['past', 'blame'] },
  { text: "That summer in Crete when you left me at the bar, I cried all night.", kinds: ['past'] },
  { text: "You walked out on Mum's party too, and now this.", kinds: ['past', 'past'] },
  { text: "You weren't at the christening either, were you?", kinds: ['past'] },
  { text: "You did miss my graduation, whatever you tell people.", kinds: ['past'] },
  { text: "You stole my boyfriend in sixth form and I said nothing.", kinds: ['past', 'blame'] },
  { text: "I let the Paris thing go.", kinds: ['past'] },
  { text: "I forgave the whole wedding business.", kinds: ['past'] },
  { text: "At school you were the only one who sat with me.", kinds: [] },
  { text: "Years ago you taught me to swim, and I still think of it.", kinds: [] },
  { text: "You lent me your car back in the day, what a legend.", kinds: [] },
  { text: "You were brilliant at the concert too!", kinds: [] },
  { text: "You helped me move house as well, thank you.", kinds: [] },
  { text: "You did leave me a lovely note, I kept it.", kinds: [] },
  { text: "You said sorry and I forgave you, that's what friends do.", kinds: [] },
  { text: "I let it go.", kinds: [] },
  { text: "I let the dog go at the park and he came right back.", kinds: [] },
  { text: "You came to my graduation too, I was so happy.", kinds: [] },
  { text: "You missed my party in 2015 but honestly it's fine, we were kids.", kinds: [] },
  // Round 17: an old wrong recalled aloud, counted or named as a pattern ("as I recall you", "or has that slipped your mind?", "I could list them", "the third time since", "Pattern much?"), set beside now ("you used to mock me and now", "first the party, now this"), named by its event ("after the Bristol thing"), or still felt ("to this day"); and their look-alikes, fond or neutral, that stay quiet
  { text: "As I recall, you also forgot my thirtieth.", kinds: ['past'] },
  { text: "You were this rude at the christening, or has that slipped your mind?", kinds: ['past'] },
  { text: "I've got a whole list, I could name a dozen.", kinds: ['past'] },
  { text: "That's the third time since Easter.", kinds: ['past'] },
  { text: "This is the fourth meeting you've skipped.", kinds: ['past'] },
  { text: "Oh look, it's a pattern with you, isn't it.", kinds: ['past'] },
  { text: "You used to mock my accent and now you're doing one yourself?", kinds: ['past'] },
  { text: "First my birthday, then the wedding, now the christening.", kinds: [] },
  { text: "You went silent for months after the Lisbon thing.", kinds: ['past'] },
  { text: "To this day I can't believe you left me at that party.", kinds: ['past'] },
  { text: "I seem to recall you made the best trifle in Yorkshire.", kinds: [] },
  { text: "I could list them all, the reasons I love you.", kinds: [] },
  { text: "That's the third time since Easter you've made me laugh till I cried.", kinds: [] },
  { text: "What a lovely pattern on that dress.", kinds: [] },
  { text: "You used to read to me at night and now I read to my kids.", kinds: [] },
  { text: "First the sun, then the rain, now a rainbow!", kinds: [] },
  { text: "I've lost count of the kind things you've done.", kinds: [] },
  { text: "Ya I still remember the durian night, still the funniest thing ever.", kinds: [] },
  { text: "To this day I still use the knife you gave me.", kinds: [] },
  // Round 17 (after blind sets 17a-d): the past told in more shapes: the same deed before with where or when ("you did this at Coachella too"), "this is exactly like X when you", "who was it that", "remember the job where you", "I still remember you laughing at me", a promise broken since, "like this since", "either" for a care not shown, still silent about it, old money, an old incident; and their look-alikes, fond or kind, that stay quiet
  { text: "You pulled the same thing at my sister's wedding.", kinds: ['past'] },
  { text: "This is exactly like the Cornwall trip when you vanished with the car keys.", kinds: ['past'] },
  { text: "Who was it that forgot to book the minibus last year?", kinds: ['past'] },
  { text: "Remember the gig where you left me on my own in the rain?", kinds: ['past', 'blame'] },
  { text: "I still remember you laughing at me when I tripped on stage.", kinds: ['past'] },
  { text: "You swore you'd never lie to me again, and here we are.", kinds: ['past'] },
  { text: "You've been like this since the reunion.", kinds: ['past'] },
  { text: "You didn't come when Grandad was in hospital either.", kinds: ['past'] },
  { text: "You've still never said a word about the money.", kinds: ['past'] },
  { text: "And what about the tenner from 2016?", kinds: ['past'] },
  { text: "The incident of June 2018 has never been resolved.", kinds: ['past'] },
  { text: "You did the same for me when I was poorly, thank you.", kinds: [] },
  { text: "This is exactly like the holiday when you made us all laugh till we cried.", kinds: [] },
  { text: "Remember the gig where you sang our song? Best night ever.", kinds: [] },
  { text: "I still remember you laughing at my terrible jokes, it kept me going.", kinds: [] },
  { text: "You promised you'd never stop singing, and you haven't, I love it.", kinds: [] },
  { text: "You've been like this since you started the new job, so happy.", kinds: [] },
  // Round 17: two wrongs compared ("the same way you ruined"), a fault found then too, an old wrong set up as the measure ("not like in 2015 when you"), the record kept ("every message from 2018"), the same person named by an old wrong, a terse recall of a named event ("Remember Durban?"), "explain Ibiza"; and their look-alikes, kindness compared, memories asked after fondly, that stay quiet
  { text: "You wrecked my birthday, just like you wrecked Mum's retirement do.", kinds: ['past', 'blame', 'blame'] },
  { text: "You let the team down, the same way you let us down at the cup final.", kinds: ['past', 'blame', 'blame'] },
  { text: "It's your fault we lost the deposit, and it was your fault in Lisbon too.", kinds: ['blame', 'blame', 'past'] },
  { text: "Reply properly, not like in 2019 when you sent a single emoji.", kinds: ['past'] },
  { text: "Like Leeds in 2016, you've vanished again.", kinds: ['past'] },
  { text: "I still have every text from 2020, so don't rewrite history.", kinds: ['past'] },
  { text: "I kept the voicemail from that night where you called me pathetic.", kinds: ['past'] },
  { text: "Same bloke who forgot my fortieth.", kinds: ['past'] },
  { text: "Remember Magaluf?", kinds: ['past'] },
  { text: "Explain Newquay.", kinds: ['past'] },
  { text: "You made my day, just like you made my dad's day at the party.", kinds: [] },
  { text: "You helped me move, the same way you helped Mum last spring, thank you.", kinds: [] },
  { text: "Remember me?", kinds: [] },
  { text: "Remember when?", kinds: [] },
  { text: "I kept every card you sent me since 2010, they make me smile.", kinds: [] },
  { text: "Explain yourself.", kinds: ['pressure'] },
  { text: "Remember Easter 2018? Best egg hunt ever.", kinds: [] },
  { text: "Remember Tom? Best neighbour we ever had.", kinds: [] },
  // Round 17: a wrong done to me named whole ("what you put me through", "did a number on me"), a vice named as the cause ("it's your silence that's making it worse"), absent when needed, things falling apart once you came, shown up or told on before others, a confidence passed on, a sarcastic thanks, tears caused, a word of yours judged, "you're the one who"; and their look-alikes, that stay quiet
  { text: "I don't think you know what you put my mum through that year.", kinds: ['blame'] },
  { text: "Honestly, you've done a right number on her.", kinds: ['blame'] },
  { text: "It's your temper that's tearing this family apart.", kinds: ['blame'] },
  { text: "I needed you at the hospital and you were nowhere to be found.", kinds: ['blame'] },
  { text: "Everything went south the moment you took over the committee.", kinds: ['blame'] },
  { text: "You shouted at me in front of the kids, over a parking space.", kinds: ['blame'] },
  { text: "You forwarded my messages to Dave behind my back.", kinds: ['blame'] },
  { text: "Thanks for posting it before I got the chance, really.", kinds: ['blame'] },
  { text: "You've had Mum in tears all week.", kinds: ['blame'] },
  { text: "Your comments at the barbecue were uncalled for.", kinds: ['blame'] },
  { text: "You're the one who crashed the van, not me.", kinds: ['blame'] },
  { text: "You showed me the ropes in front of everyone, I was so grateful.", kinds: [] },
  { text: "I needed you and you were there, every single time.", kinds: [] },
  { text: "Everything went brilliantly the moment you took over the committee!", kinds: [] },
  { text: "Thanks for telling me before I heard it elsewhere, that was kind.", kinds: [] },
  { text: "You had me in tears laughing at the wedding.", kinds: [] },
  { text: "Your speech at the wedding was beautiful.", kinds: [] },
  { text: "You broke my fall that day, literally.", kinds: [] },
  { text: "It's thanks to you I still walk every morning.", kinds: [] },
  { text: "You were the one who drove up when Dad was ill, I'll never forget it.", kinds: [] },
  // Round 17: kindness that shares words with the kinds, met in blind sets 17a-d and written anew: "you were never the problem", "you always made it bearable", "I've let it go", "none of it was your doing", "I just want you to be happy", "right now all I want", "I'm at the lake right now and", "now or in ten years", "no rush, pay me back whenever", "the last chance I'll get to say"
  { text: "Honestly, you were never the problem.", kinds: [] },
  { text: "You always made the night shifts bearable.", kinds: [] },
  { text: "I was hurt back then, but I've moved on.", kinds: [] },
  { text: "I've told everyone none of this was your doing.", kinds: [] },
  { text: "I only want you to be happy, whatever you choose.", kinds: [] },
  { text: "Right now all I want is a cup of tea with you.", kinds: [] },
  { text: "I'm at the lake right now and it reminds me of our summers.", kinds: [] },
  { text: "The spare room is yours, now or in ten years.", kinds: [] },
  { text: "No rush at all, pay me back whenever you can.", kinds: [] },
  { text: "This is the last chance I'll get to say thank you before I go.", kinds: [] },
  { text: "im at the park right now come down", kinds: ['urgency'] },
  // Round 17 (after blind sets 17a-d): blame told in more shapes: an idiom of betrayal ("hung me out to dry"), a thing of yours that did harm ("your post got me suspended"), harm "over what you said", made to feel small, made sure of my loss, the blame put on me ("let them think it was me"), time found for all but me, "because you didn't show", formal cause ("caused by your conduct"), "had you not"; and their look-alikes, that stay quiet
  { text: "You hung me out to dry in front of the board.", kinds: ['blame'] },
  { text: "Your comment in the group chat got my sister dropped from the team.", kinds: ['blame'] },
  { text: "I lost two clients over what you posted about me.", kinds: ['blame'] },
  { text: "The way you talked to me at dinner made me feel about two inches tall.", kinds: ['blame'] },
  { text: "You've made sure my parents won't trust me again.", kinds: ['blame'] },
  { text: "You broke the vase and let Mum think it was me.", kinds: ['blame'] },
  { text: "You had time to go to the pub but not to visit Nan.", kinds: ['blame'] },
  { text: "Because you didn't turn up, we lost the booking.", kinds: ['blame'] },
  { text: "The damage to the flat was caused entirely by your party.", kinds: ['blame'] },
  { text: "Had you not lied to the landlord, none of this would have happened.", kinds: ['blame'] },
  { text: "You left me standing there with the cake and no candles.", kinds: ['blame'] },
  { text: "You never once made me feel stupid for asking.", kinds: [] },
  { text: "The way you talked to me at dinner made me feel so welcome.", kinds: [] },
  { text: "Your post about my bakery got me forty new customers!", kinds: [] },
  { text: "Because you didn't mind, we went ahead and booked the cottage.", kinds: [] },
  { text: "I lost track of time over what you said about the stars, it was lovely.", kinds: [] },
  { text: "You had time to visit Nan and still made it to the pub, legend.", kinds: [] },
  // Round 17 (after blind sets 17a-d): a sanction after an order in any words ("or you'll be hearing from my solicitor", "or I go to HR", "or I swear"), what you want to keep put on the line, a formal notice, an end named, "don't you ever come near", one chance and that's it, an act I'll be forced to, find yourself another; and their look-alikes, that stay quiet
  { text: "Delete the photos or you'll be hearing from my lawyer.", kinds: ['ultimatum'] },
  { text: "Pay back the deposit or I'm taking the texts to the landlord.", kinds: ['ultimatum'] },
  { text: "Answer me tonight or I swear.", kinds: ['urgency', 'ultimatum'] },
  { text: "If you want to keep your place on the team, you'll apologise to Rachel first.", kinds: ['ultimatum'] },
  { text: "Failure to return the keys will be taken as notice that you are leaving.", kinds: ['ultimatum'] },
  { text: "If you tell her, that's the end of us.", kinds: ['ultimatum'] },
  { text: "If you can't be honest, we'll call it a day.", kinds: ['ultimatum'] },
  { text: "Don't you ever come near my kids again.", kinds: ['ultimatum'] },
  { text: "I'm giving you one chance to explain and that's it.", kinds: ['ultimatum'] },
  { text: "If you do not answer, I shall have to speak to your mother.", kinds: ['ultimatum'] },
  { text: "If you won't help with the move, find yourself another flatmate.", kinds: ['ultimatum'] },
  { text: "Pop round tomorrow or I'll bring the cake to you.", kinds: [] },
  { text: "If you want to keep the blue mug, you'll have to fight Mum for it, ha.", kinds: [] },
  { text: "If you come to the party, that's the end of my diet!", kinds: [] },
  { text: "If you need anything, I shall have to insist you ask me.", kinds: [] },
  { text: "Don't you ever change, you're perfect.", kinds: [] },
  // Round 17: look-alikes met in blind sets 17a-d: "even now" beside kindness, a second person hurt "too" (blame, not the past), "since the X thing" about my own low, and a threat "don't bother with a text" that a kind "don't bother with a gift" must not cancel
  { text: "I'm still in your corner, even now.", kinds: [] },
  { text: "You lied to me, and you lied to my brother too.", kinds: ['blame', 'blame'] },
  { text: "I've been low since the house move thing, and that's my doing, not yours.", kinds: [] },
  { text: "If you won't say it to my face, don't bother with a text.", kinds: ['ultimatum'] },
  { text: "If you can't make it, don't bother with a present, just come when you can.", kinds: [] },
  // Round 17: a consequence pinned on you ("you left the gate open and the dog got out", "whatever you told them, they've gone cold on me"), a duty dropped ("you were supposed to ... and you"), set up on purpose, everything made hard; a conditional sanction that cancels, or sends you elsewhere; and their look-alikes, that stay quiet
  { text: "You forgot to lock the back door and the dog ran off.", kinds: ['blame'] },
  { text: "Whatever you said to my aunt, she won't speak to me any more.", kinds: ['blame'] },
  { text: "You were supposed to pick Mia up at three and you just left her at school.", kinds: ['blame'] },
  { text: "You planned it that way, to embarrass me in front of Dad.", kinds: ['blame'] },
  { text: "You make everything so awkward with my friends.", kinds: ['blame'] },
  { text: "If you won't apologise to Priya, I'm cancelling the trip.", kinds: ['ultimatum'] },
  { text: "If you can't be bothered to show up, you can find someone else to drive you.", kinds: ['ultimatum'] },
  { text: "You left the door open and the cat came in to say hello.", kinds: [] },
  { text: "Whatever you told my aunt, she loved it, she keeps asking after you.", kinds: [] },
  { text: "You were supposed to bring wine and you brought prosecco instead, even better!", kinds: [] },
  { text: "You make it so hard to stay cross with you.", kinds: [] },
  { text: "If you can't make it, I'll cancel the table, no worries.", kinds: [] },
  { text: "If you don't like the blue one you can get another colour.", kinds: [] },
  // Round 17: a sanction in any order and any words: an order then "or I" and any act of mine, a condition with no "if" ("you don't come, don't bother"), a withdrawal of me ("I'm not coming to the do", "I'm not saving you a place unless"), a sanction I name ("I'll know where I stand", "I'll make sure of it", "if you won't tell her, I will"), what is yours kept or given away, the end after this, the last letter, going on without you; and their look-alikes, offers, plans and kindness, that stay quiet
  { text: "Answer me or I'll come round to your house.", kinds: ['ultimatum'] },
  { text: "Pay me back or I cancel the standing order for your phone.", kinds: ['ultimatum'] },
  { text: "You don't ring her tonight and that's us finished.", kinds: ['ultimatum'] },
  { text: "You can't say sorry, don't bother coming to the party.", kinds: ['ultimatum'] },
  { text: "If you don't apologise to Dad, I'm not coming to your wedding.", kinds: ['ultimatum'] },
  { text: "I'm not covering your shifts anymore unless you explain yourself.", kinds: ['ultimatum'] },
  { text: "If you don't show up on Saturday I'll know where I stand.", kinds: ['ultimatum'] },
  { text: "Keep ignoring me and I'll make sure everyone knows why.", kinds: ['ultimatum'] },
  { text: "If you won't tell her the truth, I will.", kinds: ['ultimatum'] },
  { text: "You'll get your jacket back once you've apologised.", kinds: ['ultimatum'] },
  { text: "If you don't collect your stuff by Friday I'm giving it to the charity shop.", kinds: ['ultimatum', 'urgency'] },
  { text: "If you won't sort it out I'm taking your name off the lease.", kinds: ['ultimatum'] },
  { text: "I'll be taking my key back.", kinds: ['ultimatum'] },
  { text: "I'm done after this.", kinds: ['ultimatum'] },
  { text: "If you ignore this message it will be the last one I send.", kinds: ['ultimatum'] },
  { text: "Be at the station by six, we're going without you otherwise.", kinds: ['urgency', 'ultimatum'] },
  { text: "If you don't mind, I'm not coming to the dinner, I'm shattered.", kinds: [] },
  { text: "If you don't need me tomorrow I'm not coming in.", kinds: [] },
  { text: "If you can't make it, don't bother bringing anything, just come next time.", kinds: [] },
  { text: "You don't have to come, don't bother dressing up.", kinds: [] },
  { text: "I'm not booking anything until you say which day suits.", kinds: [] },
  { text: "If you're free Saturday I'll know where to book.", kinds: [] },
  { text: "You'll get your jumper back when you come over on Sunday.", kinds: [] },
  { text: "I'm done after this shift, fancy a pint?", kinds: [] },
  { text: "Give me a ring or I'll pop round later with the cake.", kinds: [] },
  { text: "If you can't tell her, I will, don't worry, I'll do it gently.", kinds: [] },
  { text: "We're going without you if you're still poorly, no worries, feel better.", kinds: [] },
  { text: "I'll make sure everyone has a seat at the party.", kinds: [] },
  { text: "If you don't mind me asking, I'll take the spare key back on Friday.", kinds: [] },
  // Round 17: text-speak spellings read as their words ("ans", "kno", "comin", "doh", "evry1", "wont", "youll", "b4"), so a phrase need not list each; and look-alikes in the same spellings that stay quiet
  { text: "ans me or im dne", kinds: ['ultimatum'] },
  { text: "if u dont sort it im not comin to the party", kinds: ['ultimatum'] },
  { text: "bring it back or doh bother showing up", kinds: ['ultimatum'] },
  { text: "u mde me look stupid in front of evry1", kinds: ['blame'] },
  { text: "cud u call me b4 u go, no rush", kinds: [] },
  { text: "r u coming to the bbq? ppl are asking", kinds: [] },
  { text: "i kno ur busy, ans whenever u can x", kinds: [] },
  { text: "doh worry about the cake, i got it", kinds: [] },
  // Round 18: the past brought back in any words: the same deed before ("..., same as you did at Mardi Gras", "as you did at my jubilee"), the measure named after a wrong ("let me down again, same as Lisbon"), the same wrong added on ("went quiet on me after my divorce as well"), counted ("that's twice now", "I've counted", "unlike the last four times", "add it to the list", "I could keep going"), not new ("this isn't new", "don't act new"), not forgotten ("funny how that's slipped your mind", "nobody has forgotten the fund business"), a time ago set first, "while you're at it explain", "like at the fair that time", "exactly what happened with"; and their look-alikes that stay quiet
  { text: "You snapped at my sister at lunch, same as you did at her engagement party.", kinds: ['past'] },
  { text: "You forgot my birthday again, same as last spring.", kinds: ['past'] },
  { text: "You mocked my painting too.", kinds: ['past', 'blame'] },
  { text: "That's three times now.", kinds: ['past'] },
  { text: "I've kept count, believe me.", kinds: ['past'] },
  { text: "Answer me this time, unlike the last three times.", kinds: ['pressure', 'past'] },
  { text: "Just add it to the list with the rent and the car.", kinds: ['past'] },
  { text: "The van, the loan, the wedding. I could go on.", kinds: ['past'] },
  { text: "Honestly, this isn't new.", kinds: ['past'] },
  { text: "Funny how it's slipped your mind, the money you borrowed.", kinds: ['past'] },
  { text: "Don't think we've forgotten.", kinds: ['past'] },
  { text: "Years ago you swore you'd never do this to me.", kinds: ['past'] },
  { text: "It's exactly what happened with the caravan.", kinds: ['past'] },
  { text: "You baked beautifully, just as you did at Christmas.", kinds: [] },
  { text: "That's twice now you've beaten me at chess, well played!", kinds: [] },
  { text: "While you're at it, could you grab some milk?", kinds: [] },
  { text: "This isn't new to me, I've been doing yoga for years.", kinds: [] },
  { text: "Two summers ago you taught me to swim.", kinds: [] },
  { text: "I could go on about how great the trip was.", kinds: [] },
  { text: "This is the third time I've been to Rome and I love it more every time.", kinds: [] },
  { text: "I haven't forgotten your birthday, don't worry!", kinds: [] },
  // Round 18: blame pinned in more shapes: an apology owed for a deed ("you owe me an apology for telling"), told to own it ("you need to admit you outed me"), made to look a fool or the joke of a place, left looking like the villain, the harm told then pinned at the end ("and that's down to you", "thanks to you", "puts that squarely on you"), "it was you who hit send", a consequence after "and now"; and their look-alikes that stay quiet
  { text: "You owe my sister an apology for shouting at her kids.", kinds: ['blame', 'pressure'] },
  { text: "You have to admit you lied to them.", kinds: ['blame', 'pressure'] },
  { text: "You had me looking like a complete idiot at the meeting.", kinds: ['blame'] },
  { text: "Your post made me the joke of the whole office.", kinds: ['blame'] },
  { text: "You've left me standing there like a lemon in front of her parents.", kinds: ['blame'] },
  { text: "Nobody in the family rings me now, and that's down to you.", kinds: ['blame'] },
  { text: "I'm on a warning at work, thanks to you.", kinds: ['blame'] },
  { text: "My mum blames herself, but I put that squarely on you.", kinds: ['blame'] },
  { text: "It was you who leaked the photos, not me.", kinds: ['blame'] },
  { text: "You posted the video and now my students won't take me seriously.", kinds: ['blame'] },
  { text: "You don't owe me an apology for anything, honestly.", kinds: [] },
  { text: "I think I owe you an apology for being late.", kinds: [] },
  { text: "I'm sleeping so much better now, thanks to you.", kinds: [] },
  { text: "I can't stop smiling, thanks to you.", kinds: [] },
  { text: "You introduced me to Sam and now we're inseparable.", kinds: [] },
  { text: "You lent me the book and now I can't put it down!", kinds: [] },
  { text: "Dinner's on you next time!", kinds: [] },
  // Round 18: a time set by what is owed or by an event ("you owe me a call and I want it today", "before you go on your break, phone me", "as soon as you're off the boat, ring me", "I need to hear from you this evening"), a need put emphatically ("you really do need to call me back", "ye've gotta face it"); and their look-alikes, caring or unhurried, that stay quiet
  { text: "You owe me the money and I want it this weekend.", kinds: ['urgency'] },
  { text: "Before you clock off, ring me.", kinds: ['urgency'] },
  { text: "The minute you get out of the meeting, phone me.", kinds: ['urgency'] },
  { text: "Message me before the meeting starts.", kinds: ['urgency'] },
  { text: "I need to hear from you tonight.", kinds: ['urgency'] },
  { text: "You really do have to talk to me about this.", kinds: ['pressure'] },
  { text: "You've gotta answer me sometime.", kinds: ['pressure'] },
  { text: "Call me before you leave if you want, no rush.", kinds: [] },
  { text: "Come and see me before you go back to uni, I'll make your favourite.", kinds: [] },
  { text: "I want it back eventually, the book, whenever you're done.", kinds: [] },
  { text: "Before you go, say bye to Nan!", kinds: [] },
  { text: "You really do need to rest this weekend.", kinds: [] },
  { text: "I'd like this today if possible, but no worries if not.", kinds: [] },
  // Round 18: an ultimatum in more shapes: a condition of not going to ("if you're not willing to talk, give me back my key"), silence as the condition ("if I hear nothing back, I won't be reaching out again", "I'll take it we're not friends"), the sanction after a dare ("refuse and that's it for us", "ignore this and I stop writing"), an end named as the other choice ("or stop calling yourself family", "or we're strangers", "tonight or never"); and their look-alikes, plans and directions, that stay quiet
  { text: "If you're not prepared to say sorry, don't bother coming to the barbecue.", kinds: ['ultimatum'] },
  { text: "If you're not gonna talk to me I'll take that as your answer.", kinds: ['ultimatum'] },
  { text: "If we don't hear from you this time, we won't be trying again.", kinds: ['ultimatum'] },
  { text: "Skip my birthday again and I'm done.", kinds: ['ultimatum'] },
  { text: "Say sorry to Gran or stop calling me your sister.", kinds: ['ultimatum'] },
  { text: "Apologise or we're finished.", kinds: ['ultimatum'] },
  { text: "If you're not going to make it, I'll save you some cake.", kinds: [] },
  { text: "If I don't hear back I'll assume you're busy and book for two.", kinds: [] },
  { text: "Turn left at the church and that's it, you're there.", kinds: [] },
  { text: "If you're not keen to come, don't worry at all.", kinds: [] },
  { text: "Come for tea or not, up to you!", kinds: [] },
  // Round 18: more text-speak read as its words ("nvr", "alwys", "answr", "strait", "hav", "ruind", "evrything", "agn"); and look-alikes in the same spellings that stay quiet
  { text: "u nvr answr me", kinds: ['past'] },
  { text: "ring me strait away", kinds: ['urgency'] },
  { text: "u hav 2 call me", kinds: ['pressure'] },
  { text: "u ruind evrything", kinds: ['blame'] },
  { text: "nvr mind, c u 2moro x", kinds: [] },
  { text: "theyre lovely, thx for the flowers agn", kinds: [] },
  // Round 18: a year or a past time set as the measure of now ("don't do a 2012 on me", "this isn't 2016 where you", "not like with the tour fund"), "and look how that went", "bit rich coming from you after you"; pressure as the future told ("you'll apologise to her", "you're gonna call me back", "you're answering me this time"), an expectation or a due ("I'd expect a written explanation", "deserves an explanation", "I'm owed a call"), sarcasm ("it would be nice if some people could manage a reply"); and their look-alikes that stay quiet
  { text: "Don't pull a 2019 on me.", kinds: ['past'] },
  { text: "This isn't sixth form anymore, where you could just disappear.", kinds: ['past'] },
  { text: "Pay it back this time, not like with the wedding money.", kinds: ['pressure', 'past'] },
  { text: "You swore you'd change and look how that went.", kinds: ['past'] },
  { text: "That's rich coming from someone who skipped my graduation.", kinds: ['past'] },
  { text: "You'll apologise to my mother, and you'll mean it.", kinds: ['pressure'] },
  { text: "You're gonna pick up the phone when I ring.", kinds: ['pressure'] },
  { text: "I would expect a proper apology from you.", kinds: ['pressure'] },
  { text: "My sister deserves an explanation.", kinds: ['pressure'] },
  { text: "I'm owed a phone call at the very least.", kinds: ['pressure'] },
  { text: "It'd be nice if some people could bother to reply.", kinds: ['pressure'] },
  { text: "We moved to Leeds and look how that turned out, happiest we've ever been!", kinds: [] },
  { text: "You deserve an apology, and here it is.", kinds: [] },
  { text: "You'll love it, I promise.", kinds: [] },
  { text: "I know you'll tell the truth when it matters.", kinds: [] },
  { text: "It would be lovely if you could come on Sunday!", kinds: [] },
  { text: "Put it right there on the table, ta.", kinds: [] },
  { text: "Don't do a runner on me before the speeches!", kinds: [] },
];

describe('gentle.json', () => {
  it('matches the schema, with a rule for every kind', () => {
    expect(gentleListsSchema.safeParse(gentle).success).toBe(true);
    for (const kind of GENTLE_KINDS) expect(lists.rules.some((r) => r.kind === kind)).toBe(true);
  });

  it('rejects a list with a broken pattern or a warning in its copy', () => {
    const broken = structuredClone(lists);
    broken.rules[0]!.phrases.push('you (need');
    expect(gentleListsSchema.safeParse(broken).success).toBe(false);
    const loud = structuredClone(lists);
    loud.rules[0]!.explanation = 'Warning: pressure detected!';
    expect(gentleListsSchema.safeParse(loud).success).toBe(false);
  });

  it('speaks in Mend\'s voice: a "might", and an offer rather than an order', () => {
    for (const rule of lists.rules) {
      expect(rule.explanation).toMatch(/might|can /i);
      expect(rule.suggestion).toMatch(/^(Would you like|If you'd like)/);
    }
  });
});

describe('checkGentle', () => {
  it.each(flagged)('points at $text', ({ text, kinds }) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  it.each(leftAlone)('leaves $text alone', ({ text, kinds }) => {
    expect(kindsIn(text)).toEqual(kinds);
  });

  it('gives offsets into the original text, so the words as written can be highlighted', () => {
    const text = 'Hi 🌿 Sam.\n\nHonestly,  YOU   NEED to call.';
    const [finding] = checkGentle(text, lists, grammar);
    expect(finding).toBeDefined();
    expect(text.slice(finding!.start, finding!.end)).toBe('YOU   NEED to');
    expect(finding!.match).toBe('YOU   NEED to');
  });

  it('highlights an ultimatum from "if" through "then"', () => {
    const text = "Look. If you don't reply to this, then I'm done.";
    const finding = checkGentle(text, lists, grammar).find((f) => f.kind === 'ultimatum');
    expect(finding?.match).toBe("If you don't reply to this, then");
  });

  it('carries the explanation and suggestion from the content file', () => {
    const [finding] = checkGentle('You need to call me.', lists, grammar);
    const rule = lists.rules.find((r) => r.id === finding?.rule);
    expect(finding?.explanation).toBe(rule?.explanation);
    expect(finding?.suggestion).toBe(rule?.suggestion);
  });

  it('does not run a phrase across the end of a sentence', () => {
    expect(kindsIn('I miss you. Never mind.')).toEqual([]);
    expect(kindsIn('Thank you\nalways')).toEqual([]);
  });

  it('reports findings earliest first', () => {
    const starts = checkGentle('You never call. You need to. Right now.', lists, grammar).map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(starts).toHaveLength(3);
  });

  it('returns for a very long draft, and reads only the first MAX_CHECKED_CHARS', () => {
    const sentence = 'I have been thinking about the summer and what you said. ';
    const long = sentence.repeat(Math.ceil(MAX_CHECKED_CHARS / sentence.length));
    expect(long.length).toBeGreaterThanOrEqual(MAX_CHECKED_CHARS);
    expect(checkGentle(long, lists, grammar)).toEqual([]);
    const noisy = 'you need to '.repeat(2_000);
    expect(checkGentle(noisy, lists, grammar).length).toBeGreaterThan(0);
    const beyond = 'a '.repeat(MAX_CHECKED_CHARS) + 'You need to call me.';
    expect(checkGentle(beyond, lists, grammar)).toEqual([]);
  });

  it('stays bounded on input built to make gaps backtrack', () => {
    const hostile = 'if you don\'t '.repeat(3_000);
    expect(Array.isArray(checkGentle(hostile, lists, grammar))).toBe(true);
  });
});

describe('a rule that yields to other kinds', () => {
  // A small list of its own, so the test reads the mechanism and not the English content.
  const rule = (id: string, kind: GentleKind, phrases: string[], extra: object = {}) => ({
    id, kind, phrases, explanation: 'This might read as x.', suggestion: 'Would you like to say y?', ...extra,
  });
  const small = gentleListsSchema.parse({
    privacy: 'Only you can see these notes.',
    kinds: Object.fromEntries(GENTLE_KINDS.map((k) => [k, { label: k }])),
    rules: [
      rule('pressure.order', 'pressure', ['answer me'], { yieldsInClauseTo: ['urgency', 'ultimatum'] }),
      rule('pressure.ask', 'pressure', ['tell me'], { yieldsTo: ['urgency'] }),
      rule('pressure.stay', 'pressure', ['listen to me']),
      rule('urgency.now', 'urgency', ['right now', 'quick ... answer']),
      rule('ultimatum.orElse', 'ultimatum', ['or else']),
      rule('blame.fault', 'blame', ['your fault']),
      rule('past.always', 'past', ['you always']),
    ],
  });
  const kinds = (text: string): GentleKind[] => checkGentle(text, small).map((f) => f.kind);

  it('gives way, by default, to those kinds found anywhere in the same sentence', () => {
    expect(kinds('Tell me right now.')).toEqual(['urgency']);
    expect(kinds('Tell me, I mean right now.')).toEqual(['urgency']);
    expect(kinds('Tell me. Right now.')).toEqual(['pressure', 'urgency']);
  });

  it('with yieldsInClauseTo, gives way to those kinds found in the same clause', () => {
    expect(kinds('Answer me right now.')).toEqual(['urgency']);
    expect(kinds('Answer me or else.')).toEqual(['ultimatum']);
  });

  it('with yieldsInClauseTo, keeps its finding in another clause or sentence', () => {
    expect(kinds('Answer me, I mean right now.')).toEqual(['pressure', 'urgency']);
    expect(kinds('Answer me. Right now.')).toEqual(['pressure', 'urgency']);
  });

  it('gives way where a finding of those kinds runs across the comma into its clause', () => {
    expect(kinds('Quick, answer me.')).toEqual(['urgency']);
  });

  it('gives way to nothing else, and a rule without yieldsTo never gives way', () => {
    expect(kinds('Answer me, it is your fault.')).toEqual(['pressure', 'blame']);
    expect(kinds('Listen to me right now.')).toEqual(['pressure', 'urgency']);
  });

  it('with clauseJoins, cuts a clause at a join: the order before it keeps its note, the one after gives way', () => {
    const rules = [
      rule('pressure.stop', 'pressure', ['stop hiding'], { yieldsInClauseTo: ['urgency'] }),
      rule('urgency.tonight', 'urgency', ['answer me tonight', 'stop hiding and answer me tonight']),
      ...small.rules.filter((r) => r.kind !== 'pressure' && r.kind !== 'urgency'),
    ];
    const unjoined = gentleListsSchema.parse({ ...small, rules });
    const joined = gentleListsSchema.parse({ ...small, rules, clauseJoins: { phrases: ['and (answer|stop)'] } });
    const read = (text: string, list: typeof small): GentleKind[] => checkGentle(text, list).map((f) => f.kind);
    expect(read('Stop hiding and answer me tonight.', unjoined)).toEqual(['urgency']);
    expect(read('Stop hiding and answer me tonight.', joined)).toEqual(['urgency', 'pressure']);
    expect(read('Answer me tonight and stop hiding.', joined)).toEqual(['urgency']);
  });

  it('with afterSentence, keeps a phrase only after its lead in the sentence before, and notes both', () => {
    const rules = [
      rule('ultimatum.twoSentence', 'ultimatum', ['^ then (you|we) (come|are done)'], { afterSentence: { phrases: ['do you (still|) want to be friends ?'] } }),
      ...small.rules.filter((r) => r.kind !== 'ultimatum'),
    ];
    const list = gentleListsSchema.parse({ ...small, rules });
    const read = (text: string) => checkGentle(text, list).filter((f) => f.rule === 'ultimatum.twoSentence').map((f) => f.match);
    expect(read('Do you still want to be friends? Then you come on Saturday.')).toEqual(['Do you still want to be friends? Then you come']);
    // A one- or two-word sentence between ("No?") is passed over; a longer one is not.
    expect(read('Do you want to be friends? No? Then we are done.')).toEqual(['Do you want to be friends? No? Then we are done']);
    expect(read('Do you want to be friends? I asked you twice already. Then we are done.')).toEqual([]);
    // The lead must come before: the phrase alone, or the lead after it, is nothing.
    expect(read('Then you come on Saturday.')).toEqual([]);
    expect(read('Then you come on Saturday. Do you still want to be friends?')).toEqual([]);
  });
});

describe('pattern syntax', () => {
  const spans = (text: string, phrases: string[], unless?: string[]): string[] =>
    findRuleSet(readDoc(text), { phrases, unless }).map((s) => s.match);

  it('treats case and apostrophes alike', () => {
    expect(spans('I DON’T know', ["don't"])).toEqual(['DON’T']);
    expect(spans('Don‘t', ['don’t'])).toEqual(['Don‘t']);
  });

  it('matches whole words only', () => {
    expect(spans('yours truly', ['your'])).toEqual([]);
    expect(spans('your truly', ['your'])).toEqual(['your']);
  });

  it('supports choices, optional words, any word and word globs', () => {
    expect(spans('we must talk', ['we (need to|must) talk'])).toEqual(['we must talk']);
    expect(spans('sorry for it', ['sorry (really|) for'])).toEqual(['sorry for']);
    expect(spans('sorry for missing it', ['for *ing'])).toEqual(['for missing']);
    expect(spans('sorry for ing', ['for *ing'])).toEqual([]);
    expect(spans('i apologise', ['apolog*'])).toEqual(['apologise']);
    expect(spans('you big fool', ['you * fool'])).toEqual(['you big fool']);
  });

  it(`bridges a gap of up to ${MAX_GAP} words, and no more`, () => {
    const words = (n: number): string => Array.from({ length: n }, () => 'la').join(' ');
    expect(spans(`if ${words(MAX_GAP)} then`, ['if ... then'])).toHaveLength(1);
    expect(spans(`if ${words(MAX_GAP + 1)} then`, ['if ... then'])).toHaveLength(0);
    expect(spans('if then', ['if ... then'])).toHaveLength(1);
  });

  it('highlights only the bracketed part', () => {
    expect(spans("I'm sorry I was late, but the bus", ['sorry ... [but]'])).toEqual(['but']);
  });

  it('drops a match that an unless pattern covers, even in part', () => {
    expect(spans('you made me laugh', ['you made me'], ['made me laugh'])).toEqual([]);
    expect(spans('you made me cry', ['you made me'], ['made me laugh'])).toEqual(['you made me']);
  });

  it('with a final ?, matches only in a sentence that ends with a question mark', () => {
    expect(spans("you're coming saturday?", ["you're coming ?"])).toEqual(["you're coming"]);
    expect(spans("you're coming saturday?!", ["you're coming ?"])).toEqual(["you're coming"]);
    expect(spans("you're coming saturday.", ["you're coming ?"])).toEqual([]);
    expect(spans("you're coming saturday", ["you're coming ?"])).toEqual([]);
    // Each sentence is asked or told on its own.
    expect(spans("are you free? you're coming saturday.", ["you're coming ?"])).toEqual([]);
    expect(spans("you're coming saturday. are you free?", ["you're coming ?"])).toEqual([]);
    expect(spans("you're coming. you're coming?", ["you're coming ?"])).toEqual(["you're coming"]);
    // As an unless: the question is left alone, the statement is not.
    expect(spans("ur coming saturday?", ['ur coming'], ['ur coming ?'])).toEqual([]);
    expect(spans('ur coming saturday.', ['ur coming'], ['ur coming ?'])).toEqual(['ur coming']);
    expect(spans('Respond?', ['^ respond $ ?'])).toEqual(['Respond']);
  });

  it.each(['', '...', 'you (need', '(a|)', '... you', 'you ...', 'a ... b ... c ... d', 'a**', 'self-care', '[you', 'you]', '? you', 'you ? me', '?', 'you ... ?'])(
    'rejects the broken pattern %j',
    (source) => {
      expect(() => parsePattern(source)).toThrow(PatternError);
    },
  );
});

describe('giving way to another kind', () => {
  // Small hand-made lists, so the test is about the mechanism and not about any language's rules.
  const rule = (id: string, kind: GentleKind, phrase: string, extra: object = {}) => ({
    id,
    kind,
    phrases: [phrase],
    explanation: 'This might read as a push.',
    suggestion: 'Would you like to say it softer?',
    ...extra,
  });
  const make = (orderExtra: object) =>
    gentleListsSchema.parse({
      privacy: 'Only you see these notes.',
      kinds: Object.fromEntries(GENTLE_KINDS.map((k) => [k, { label: k }])),
      rules: [
        rule('pressure.order', 'pressure', '^ call me', orderExtra),
        rule('urgency.now', 'urgency', '(now|urgent)'),
        rule('ultimatum.or', 'ultimatum', 'or we are done'),
        rule('blame.fault', 'blame', 'your fault'),
        rule('past.always', 'past', 'you always'),
      ],
    });
  const kinds = (text: string, orderExtra: object): GentleKind[] => checkGentle(text, make(orderExtra)).map((f) => f.kind);

  it('in the clause: only where the other kind touches the same clause', () => {
    const inClause = { yieldsInClauseTo: ['urgency'] };
    expect(kinds('Call me now.', inClause)).toEqual(['urgency']);
    expect(kinds('It is urgent, call me.', inClause)).toEqual(['urgency', 'pressure']);
    expect(kinds('Call me. It is urgent.', inClause)).toEqual(['pressure', 'urgency']);
    expect(kinds('Call me, or we are done.', inClause)).toEqual(['pressure', 'ultimatum']);
  });

  it('in the sentence: wherever the other kind is found in it', () => {
    const inSentence = { yieldsTo: ['urgency', 'ultimatum'] };
    expect(kinds('It is urgent, call me.', inSentence)).toEqual(['urgency']);
    expect(kinds('Call me, or we are done.', inSentence)).toEqual(['ultimatum']);
    expect(kinds('Call me. It is urgent.', inSentence)).toEqual(['pressure', 'urgency']);
  });

  it('never when the other kind is not one it names', () => {
    expect(kinds('Call me, your fault.', { yieldsTo: ['urgency'], yieldsInClauseTo: ['urgency'] })).toEqual(['pressure', 'blame']);
  });
});

describe('notes the writer reads', () => {
  // A small list of its own: one rule with two phrases (a condition and an ending), one other.
  const lists = gentleListsSchema.parse({
    privacy: 'Only you see these notes.',
    kinds: Object.fromEntries(GENTLE_KINDS.map((k) => [k, { label: k }])),
    rules: [
      ['ultimatum.ifThen', 'ultimatum', ['if you do not call', 'it is over']],
      ['blame.fault', 'blame', ['your fault']],
      ['pressure.x', 'pressure', ['answer me']],
      ['urgency.x', 'urgency', ['right now']],
      ['past.x', 'past', ['you always']],
    ].map(([id, kind, phrases]) => ({ id, kind, phrases, explanation: 'This might read as x.', suggestion: 'Would you like to say y?' })),
  });
  const notes = (text: string) => gentleNotes(checkGentle(text, lists)).map((n) => [n.rule, ...n.matches]);

  it('are one per rule and sentence, quoting every phrase the rule found there', () => {
    expect(notes('If you do not call, it is over.')).toEqual([['ultimatum.ifThen', 'If you do not call', 'it is over']]);
  });

  it('keep the same rule in another sentence, and another rule, apart', () => {
    expect(notes('If you do not call, it is your fault. It is over.')).toEqual([
      ['ultimatum.ifThen', 'If you do not call'],
      ['blame.fault', 'your fault'],
      ['ultimatum.ifThen', 'It is over'],
    ]);
  });
});
