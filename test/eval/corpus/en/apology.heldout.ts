// Held-out set 11 (English, apology checklist). Written blind, from the format and the labelling
// conventions in ../types.ts only: the writer saw no rule, no other corpus line and no result.
// It is to be measured once and never tuned on; if a line here turns out to be mislabelled,
// fix the label in a commit that says so, never the check.
// Voices leaned on here: childhood friends in their forties, two mothers from an antenatal (NCT)
// group, a friendship broken over a car loan and a house deposit, a running club and a climbing
// club, old university hall-mates, someone writing carefully after therapy and someone using
// therapy words to hedge, an angry writer in capitals, South African, Australian and Jamaican
// English, a long email letter, and one- or two-word replies.
// Before the one measurement, 3 lines that match a tuning line word for word were
// taken out: they had been tuned on.
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // sound: the act named and owned
  ['act owns', "I regret telling Dave about your IVF before you were ready to tell anyone."],
  ['act owns', "I shouldn't have read your messages when you left your phone on the table."],
  ['act owns', "I was wrong to go quiet on you for four months after the argument about the deposit."],
  ['act owns', "Ag, I'm sorry I made that joke about your accent at the braai, it was cheap."],
  ['act owns', "I apologise for pulling out of the house purchase two days before exchange."],
  ['act owns', "Sorry for bailing on the Three Peaks with a text at 5am."],
  ['act owns', "I'm really sorry about what I said about your mum at Jen's wedding."],
  ['act owns', "I'm ashamed that I spent the money you lent me for the car on a holiday."],
  ['act owns', "Mate, I'm sorry I didn't belay you properly at the wall that night. That was on me."],
  ['act owns', "Mi sorry fi how mi cuss yuh out in front a everybody at de christening."],
  ['act owns', "Forgetting to pick you up from the airport was my mistake, full stop."],
  ['act owns', "I'm sorry for posting the photo of you at the hen do without asking."],
  ['act owns', "Calling you selfish in the group chat was cruel of me."],
  ['act owns', "I had no right to tell your husband about the loan."],
  ['act owns', "Sorry I flaked on the hike."],
  ['act owns', "My bad for losing your rope."],
  ['act owns', "I'm sorry I didn't text back after the scan."],
  ['act owns', "Sorry for the screaming voicemail on Sunday, that was not okay."],

  // sound: the act, what it did to the other (often as a story), and owning it
  ['act effect owns', "I'm sorry I didn't come to the hospital when Noah was born. You went through that whole first night without anyone from the group, and I'd promised to be there."],
  ['act effect owns', "I told the club about your knee before you'd decided to quit, and you ended up fielding questions you didn't want to answer at the AGM. I'm sorry."],
  ['act effect owns', "I regret leaving you with the whole rent in third year; you had to take extra shifts at the union bar and your grades took the hit."],
  ['act effect owns', "I'm so sorry I cancelled on your birthday dinner at the last minute. You'd booked the table weeks ahead and ended up eating with just Ryan and an empty chair."],
  ['act effect owns', "I'm sorry I never paid back the deposit money. You had to put your own move on hold for a year because of it."],
  ['act effect owns', "I owe you an apology for the comment about your weight at the reunion. I know you left early and didn't come to the next one."],
  ['act effect owns', "Sorry, mate, for shouting at you at the finish line. You'd run your guts out and I made you feel like you'd let the whole team down."],
  ['act effect owns', "It was wrong of me to ghost you after your dad's funeral; it meant you got through those first weeks without the one friend who'd known him."],
  ['act effect owns', "I'm sorry I laughed when you told me about the redundancy. You'd been holding it in for a week and I made you regret saying anything."],
  ['act effect owns', "I'm genuinely sorry I dropped out of the car share without telling you. You stood at the bus stop in the rain for forty minutes wondering where I was."],
  ['act effect owns', "Sorry I missed your race, I know you looked for me at the finish."],
  ['act effect owns', "I'm sorry I never paid you back for the car, it left you short for months."],
  ['act effect owns', "I'm sorry I let the club think you'd lost the hut deposit when it was me. You took the flak for my mistake all season."],
  ['act effect owns', "I've spent a long time with this, partly in therapy, and I want to say it without dressing it up: I told people in the NCT group that you weren't coping, and I said it as though I was worried for you, but really I was gossiping. You found out from Hannah, and you stopped coming to the Wednesday meet-ups when you most needed them. That's on me and I'm sorry."],
  ['act effect owns', "Thirty-odd years of friendship, and I threw it in the bin over a parking space at your mum's funeral. I shouted at you in the car park in front of your aunties, and you had to go in and sit through the service shaking. I'm so sorry."],

  // sound: with a concrete change
  ['act owns change', "I'm sorry I borrowed the tent and returned it with a broken pole. I've ordered a replacement and I'll drop it round on Saturday."],
  ['act owns change', "I regret missing the last three club nights without a word. From now on, if I can't make it, I'll message the group by lunchtime."],
  ['act owns change', "Sorry for going behind your back to Nomvula about the stokvel. I'm going to tell her myself that I got it wrong."],
  ['act owns change', "I'm sorry I kept cancelling our walks. I've blocked out every second Sunday in my diary for you, and I won't move it."],
  ['act owns change', "Mi sorry mi neva come to yuh graduation. Next big ting in yuh life, mi deh deh, front row."],
  ['act effect owns change', "I'm sorry I stopped paying back the car loan after March. You ended up covering your own rent on a credit card. I've set up a standing order for £200 on the first of every month until it's cleared."],
  ['act effect owns change', "I'm sorry I talked over you every time you tried to raise the money. You stopped trying, and I let you. Next time we meet I'll let you say your piece before I say a word."],
  ['act effect owns change', "I apologise for reading your diary out loud in halls. It followed you round the whole of first year. If it ever comes up again with anyone, I'll tell them it was me and it was cruel."],
  ['act effect owns change', "When you asked for the deposit money back I got defensive and said you'd always been tight, which wasn't true and which I said to hurt. You had to tell Marc the purchase was off, and I know it nearly cost you the flat altogether. I was wrong. I've sold the car and the full amount will be in your account by the end of the month."],

  // sound: no sorry at all, only the effect or only the change
  ['effect', "You waited an hour at the trailhead and then drove home alone."],
  ['change', "From next month I'll pay £150 on the first, every month, until it's done."],

  // vague: an unhedged sorry or self-judgement that names no act
  ['owns | vague', "I'm sorry. Truly."],
  ['owns | vague', "Sorry for all of it, Lou."],
  ['owns | vague', "I was a rubbish friend to you."],
  ['owns | vague', "I behaved like an absolute cow, I know."],
  ['owns | vague', "I made a proper hash of things, mate."],
  ['owns | vague', "Mi did wrong, mi know."],
  ['owns | vague', "That one's on me."],
  ['owns | vague', "I'M SORRY. OKAY? I'M SORRY."],
  ['owns | vague', "I handled everything badly, and I know it."],
  ['owns | vague', "Ag, sorry hey."],
  ['owns | vague', "Sorry."],
  ['owns | vague', "I've been a terrible friend."],
  ['owns | vague', "I know I was in the wrong."],
  ['owns | vague', "Honestly, I'm sorry, Kerry-Ann. For the whole lot."],
  ['owns | vague', "Sorry for being such a coward about all this."],
  ['owns | vague', "My fault."],
  ['owns | vague', "Sorry, mate."],

  // vague beside an effect, a change or an ask
  ['effect owns | vague', "I'm so sorry. I know you spent that whole winter feeling like you had nobody."],
  ['effect owns | vague', "I let you down, and you ended up carrying the baby group on your own."],
  ['effect owns | vague', "I'm sorry. You shouldn't have had to find out from Facebook."],
  ['owns change | vague', "I was a crap friend. I'll ring you every other Sunday, and I'll actually do it this time."],
  ['owns change | vague', "Sorry for everything, bru. I'll come up to Joburg in May and take you for lunch, my treat."],
  ['owns | vague asks', "I'm sorry. Can we just go back to how it was?"],
  ['owns | vague asks', "I know I was a nightmare. Any chance you'd let me buy you a pint and start again?"],
  ['owns | vague asks', "Mi sorry, fren. Yuh cyaan forgive mi?"],
  ['owns | vague asks', "That was all my fault. Please tell me we're alright."],
  ['effect owns | vague asks', "I'm sorry, I know it left you out of pocket and out of a house. Could you find it in you to give me another go?"],
  ['owns change | vague asks', "I made such a mess of things. From now on I'll be the first to call, I promise. Can we meet for coffee next week?"],

  // hedge: sorry if, sorry but, sorry you feel, excuses and blame, in any wording
  ['| hedge', "I'm sorry if anything I said landed wrong."],
  ['| hedge', "Sorry, but you have to admit you were no angel either."],
  ['| hedge', "If I hurt you, then I'm sorry."],
  ['| hedge', "I apologise for any offence caused."],
  ['| hedge', "Sorry, I suppose, if that's what you need to hear."],
  ['| hedge', "Mistakes were made on both sides, and I'm sorry for mine, whatever they were."],
  ['| hedge', "Sorry you took it the way you did, mate, wasn't intentional."],
  ['| hedge', "I'm sorry things got heated, you were pushing my buttons though."],
  ['| hedge', "I'M SORRY, ALRIGHT? BUT YOU STARTED IT."],
  ['| hedge', "I'm sorry for my part, whatever that was, though I still think most of it was on you."],
  ['| hedge', "Sorry you got the wrong end of the stick."],
  ['| hedge', "I'm sorry if the way I worded things triggered you; that was never my intent."],
  ['| hedge', "Sorry about the money, but the market crashed and there was nothing I could have done."],
  ['act | hedge', "I'm sorry I missed the party, but nobody told me the time had changed."],
  ['act | hedge', "Sorry I didn't pay you back sooner, things have been mental at work."],
  ['act | hedge', "I apologise for the comment about your husband, though in fairness he'd been winding me up all night."],
  ['act | hedge', "I only told Dave about the baby because I thought you'd already told him, so sorry about that."],
  ['act | hedge', "My therapist says I need to acknowledge that I shouted at you, so: I shouted, and I'm sorry, but you also need to look at your own triggers."],
  ['act | hedge', "Ja, sorry I left the braai early, but you lot were being impossible."],
  ['act | hedge', "Sorry for bringing up your ex at dinner, I'd had a few and wasn't thinking straight."],
  ['effect | hedge', "I'm sorry you had to wait at the hospital on your own, but the trains were all cancelled that day."],
  ['effect | hedge', "I'm sorry it left you short for the deposit, but I did tell you I might not manage the full amount."],

  // hedge with something asked back
  ['| hedge asks', "I'm sorry if I upset you. Can we just forget it and move on?"],
  ['| hedge asks', "I'm sorry you took it so badly. Could you at least unblock me?"],
  ['| hedge asks', "Apologies if I overstepped, mate. Reckon you could give me a call sometime?"],
  ['| hedge asks', "If I said something wrong, sorry, and can you please stop telling people I'm a thief."],
  ['act | hedge asks', "Sorry I skipped the relay, but I had a lot on. Can you put me back on the team?"],

  // asks: forgiveness or anything else asked back, beside a sound owning
  ['act owns | asks', "I'm sorry I told Priya about your divorce before you were ready. Can you forgive me?"],
  ['act owns | asks', "I was wrong to call you a snob in front of the halls lot. Is there any chance we could start over?"],
  ['act owns | asks', "Mi sorry fi borrow yuh car an bring it back mash up. Beg yuh, talk to mi."],
  ['act owns | asks', "I'm sorry I said you weren't safe to climb with. I need you to tell me we're still partners."],
  ['act owns | asks', "I'm sorry I never came to see the baby. Could I come round one afternoon next week?"],
  ['act effect owns | asks', "I regret missing Ella's christening. I know you kept looking at the door for me. Would you let me take her out for her birthday?"],
  ['act effect owns | asks', "Sorry for vanishing after the loan went south; you were left chasing me for months. I'd really appreciate it if you could reply, even just a line."],
  ['act owns change | asks', "I'm sorry I kept your deposit for so long. I'll transfer the rest on Friday. Please let me know it's arrived."],
  ['act effect owns change | asks', "I'm sorry I made fun of your running in front of the group; you stopped coming on Tuesdays after that. I won't make a single crack about pace again. Will you come back to the Tuesday run?"],
  ['| asks', "Forgive me?"],
];
