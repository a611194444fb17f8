// Held-out set 6 (English, apology checklist). Written blind, from the format and labelling
// conventions in ../types.ts only, without seeing the rules, the other sets or any results.
// It is measured once and never tuned on; when it is used for tuning it moves to tuning.
// Before the one measurement, 4 lines that match a tuning line word for word were
// taken out: they had been tuned on (round 10).
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // sound: the act, what it did to the other, owned, no flags
  ['act effect owns', "I'm sorry I missed your wedding. You'd saved me a seat next to your nan and it sat empty all through the speeches."],
  ['act effect owns', 'I was wrong to tell Jess about your debt. You trusted me with it and I handed it to someone else to gossip about.'],
  ['act effect owns', "I'm sorry I didn't come to the funeral. You stood at the front on your own after I'd promised I'd be next to you."],
  ['act effect owns', "i'm sorry i read your diary. it was yours, i had no right, and now you must wonder what else i went through"],
  ['act effect owns', 'I owe you an apology for the flatshare. I stopped paying my half of the bills in March and you covered them for four months.'],
  ['act effect owns', 'Sorry for laughing during your speech. You had worked on it for weeks and I made you look small in front of your whole family.'],
  ['act effect owns', 'I regret posting that photo of you from the stag do. Your boss saw it and you had to explain yourself at work.'],
  ['act effect owns', "I'm sorry I told the group chat you were gay. It wasn't mine to tell, and you never got to tell your parents yourself."],
  ['act effect owns', 'Dear Anne, I am truly sorry that I did not visit while Peter was ill. You carried all of it alone.'],
  ['act effect owns', "I'm sorry I forgot your birthday again. You'd booked the table and waited an hour while I was at the pub."],
  ['act effect owns', "I'm sorry. I cancelled on you three times in a row and the last time you were already on the train into town."],
  ['act effect owns', 'sorry i ghosted u after the party. u messaged me like five times and got nothing back, thats not ok'],
  ['act effect owns', "I'm so sorry I took Ben's side without even hearing you out. You lost two friends that week and I was one of them."],
  ['act effect owns', 'I should never have borrowed your car without asking. You missed your interview because of me, and I am sorry.'],
  ['act effect owns', "I'm sorry I let you find out I was moving to Berlin from Instagram. You should have heard it from me, not with everyone else."],
  ['act effect owns', "Sorry I made the whole hen weekend about my break-up. You'd planned it for months and hardly got a minute of it to yourself."],
  ['act effect owns', 'I was wrong. I started the rumour about you and Callum, and you spent your last term at school with people whispering behind you.'],
  ['act effect owns', 'sorry I was such a cow about the bridesmaid thing. you were only trying to keep your sister happy and I made you choose between us'],
  ['act effect owns', "I'm sorry I kept cancelling when your mum was ill. You needed someone and I wasn't there, not once."],
  ['act effect owns', "I'm sorry I told your boyfriend what you'd said about him. It ended things between you two and that is on me."],
  ['act effect owns', "I'm sorry I didn't stand up for you when Dave made that joke. You looked over at me and I looked away."],
  ['act effect owns', 'I regret what I said about your mum at the wake. She had only just died and I made the worst day of your life worse.'],
  ['act effect owns', "I'm sorry I shouted at you in the car park. You'd already had an awful day and I made it worse."],
  ['act effect owns', "I'm sorry I never came to see you in hospital. Six weeks you were in there and I didn't turn up once."],
  ['act effect owns', 'My fault entirely. I booked the wrong dates and you lost two days of the only holiday you had this year.'],
  ['act effect owns', "I'm sorry I was late to your dad's funeral. You had to carry him one short."],
  ['act effect owns', "i'm sorry i made fun of your accent in first year. you stopped speaking in seminars after that and i noticed and kept going"],
  ['act effect owns', "I'm sorry I lied about being ill so I could skip your graduation. The spare ticket went to waste and your parents kept asking where I was."],
  ['act effect owns', "Mate, I'm sorry I left you with the whole bill in Rome. You had €400 on your card that you didn't have, and I knew it."],
  ['act effect owns', 'I apologise for calling you a parasite at Christmas. Your kids were in the room and they heard every word.'],
  ['act effect owns', "I'm sorry I let the group chat pile on you about the wedding seating. I watched it happen for two days and said nothing while you got torn apart."],

  // sound, with a concrete promise of change
  ['act effect owns change', "It was my fault we lost the deposit, I left the bath running. You had to borrow from your brother because of it. I'm paying you back £50 a month from January."],
  ['act effect owns change', "I apologise. I moved out of the flat without notice and left you to find a new flatmate in a fortnight. I will pay my share of the rent until you do."],
  ['act effect owns change', "I'm sorry I missed the birth. You went through it without your best friend. I've already booked her first birthday off work and I'll be there."],
  ['act owns change', 'I apologise for the comments I made about your weight. I am going to stop commenting on anyone\'s body, full stop.'],
  ['act owns change', "I was out of order at the stag do, shouting at you in front of your mates. I'm sorry. I'll tell Rob myself that I started it."],
  ['act owns change', "I'm sorry I kept the money from the leaving collection. I'm paying back every penny by Friday and I'll tell the others why."],
  ['act owns change', "It was wrong of me to share your screenshots. I've deleted them and I will never pass on your messages again."],
  ['act owns change', "sorry i read your texts over your shoulder on the bus. eyes on my own phone from now on, promise"],
  ['act effect owns change', "I'm sorry I talked over you at every single dinner. You stopped bothering to finish your sentences. From now on I'm going to wait until you're done."],

  // no sorry at all: met items without a flag
  ['act effect', 'You waited at the station for two hours in the rain while I was still in bed.'],
  ['change', "From now on I'm going to ring you on Sundays like we used to."],

  // vague: a sorry with no act named (still owned)
  ['owns | vague', "I'm really sorry about all of it, honestly."],
  ['owns | vague', 'sorry for being a rubbish friend'],
  ['owns | vague', "I'm sorry for what I did."],
  ['owns | vague', 'I apologise for my part in it all.'],
  ['owns | vague', 'sorry about the whole thing x'],
  ['owns | vague', 'Sorry sorry sorry. I was awful to you.'],
  ['owns | vague', "I'm sorry, I really am. For all of it."],
  ['owns | vague', 'I regret a lot of how I behaved last year.'],
  ['owns | vague', 'Soz for being a total nightmare lately lol'],
  ['owns | vague', 'I offer you my sincere apologies for my conduct.'],
  ['owns change | vague', "I know I was the problem this year and I'm sorry. I've started seeing someone about my temper and I'll keep going."],
  ['owns change | vague', "I'm sorry for how I've been these last few months. I'll ring you every Sunday from now on."],
  ['owns | vague', 'I was a terrible friend to you and I know it.'],

  // vague and asking something back
  ['owns | vague asks', "I'm sorry for everything, can we just go back to normal?"],
  ['owns | vague asks', 'Sorry for all of it. Please forgive me.'],
  ['owns | vague asks', "i'm sorry ok? can you just reply"],
  ['owns | vague asks', "I'm sorry about everything. I hope one day you can forgive me."],
  ['owns | vague asks', "Sorry for being such an idiot. Friends again? 🙏"],
  ['owns | vague asks', "I am sorry for how I treated you and I'd be so grateful if you'd give me another chance."],

  // the act owned, but asking something back
  ['act owns | asks', "I'm sorry I missed your 40th. Can you forgive me?"],
  ['act owns | asks', "I'm sorry I said you were a terrible mother. Would you meet me for a coffee so I can say it properly?"],
  ['act effect owns | asks', "I'm sorry I told Jake your secret and you had to face him on your own. Will you give me another chance?"],
  ['act owns | asks', "Sorry I didn't come to the wedding. Let me know how I can make it up to you."],
  ['act owns | asks', 'I was wrong to sell the guitar you lent me. Please tell me we are ok.'],
  ['act owns | asks', "I'm sorry I was horrible about your new girlfriend. I just need to know you don't hate me."],
  ['act effect owns | asks', "i'm sorry i bailed on the flat and you had to find the rent on your own. pls dont be mad at me anymore"],
  ['act owns | asks', "Forgive me for what I said about Sam at his funeral. I'd give anything to take it back."],
  ['act owns | asks', "I'm sorry I didn't answer your messages about your dad. I hope you'll write back when you're ready."],
  ['act owns | asks', "I'm sorry I pulled out of the Lake District trip at the last minute. Do you think you could ever trust me again?"],
  ['act owns | asks', "I owe you an apology for Barcelona and here it is: I'm sorry I left you at the airport. Text me back?"],
  ['act effect owns | asks', "I'm sorry I kissed Liam at your birthday. You cried in the toilets all night. Could we talk, even just once?"],

  // hedge: if, "that you were upset", "you feel that way", passive voice
  ['| hedge', 'Sorry if anything I said came across wrong.'],
  ['| hedge', "I'm sorry that you were upset by what happened at the party."],
  ['| hedge', 'Sorry you feel that way.'],
  ['| hedge', 'Mistakes were made on both sides and I am sorry about that.'],
  ['| hedge', "I'm sorry the money thing got so messy."],
  ['act | hedge', 'I apologise if my comments at the wedding caused offence.'],
  ['effect | hedge', "I'm sorry you felt left out of the group chat."],
  ['| hedge', 'If I hurt you, then I apologise.'],
  ['| hedge', "I'm sorry you think I ruined your birthday."],
  ['| hedge', 'My apologies for any hurt that may have been caused.'],
  ['effect | hedge', "I'm sorry the flat didn't work out and you had to move back home."],
  ['| hedge', 'sorry i guess. for whatever it is i supposedly did'],
  ['| hedge', "Sorry if I've been a bit off, things have just been a lot."],

  // hedge: but, counter-blame, excuses
  ['act | hedge', "I'm sorry I shouted, but you were being impossible."],
  ['act | hedge', "I'm sorry I missed your birthday but work has been insane."],
  ['act | hedge', 'sorry i didnt come to the funeral but i hate funerals you know that'],
  ['act | hedge', "I'm sorry I said it, but you did start it."],
  ['act | hedge', "Sorry I told Sarah, but to be fair you never said it was a secret."],
  ['act | hedge', "I'm sorry I forgot, I had a lot on with the move."],
  ['act | hedge', "Look, I'm sorry I didn't pay you back yet, but it's not like you were short."],
  ['act | hedge', "I'm sorry I left early. I wasn't feeling well and you know how I get at parties."],
  ['| hedge', 'Sorry for what I said, I was drunk.'],
  ['act | hedge', "I'm sorry I made that joke about your wedding dress, it was only banter though and everyone else laughed."],
  ['effect | hedge', "I'm sorry you ended up paying for the whole holiday, money was just really tight for me then."],
  ['| hedge', "Obviously I'm sorry if you see it that way, but I was only being honest about Mark."],
  ['| hedge', "I'm sorry about the wedding, though you didn't exactly make me feel welcome either."],
  ['act | hedge', "I'm sorry I didn't text back, but I was going through stuff too, you weren't the only one."],
  ['act | hedge', "Yes I'm sorry I brought him to the party, but in my defence nobody told me you two had history."],

  // hedged and asking something back
  ['| hedge asks', "I'm sorry if I hurt you, can we just move on?"],
  ['act | hedge asks', "Sorry I missed it but you know how busy I've been. Friends again?"],
  ['effect | hedge asks', "I'm sorry you were hurt by the group chat thing. Can you forgive me and come to Tom's 30th?"],
  ['| hedge asks', "I'm sorry if I let you down over the rent. I hope you can see my side and we can be friends again."],
  ['act | hedge asks', "Sorry I was late to your thing but the traffic was mad. Can you stop being off with me now?"],
];
