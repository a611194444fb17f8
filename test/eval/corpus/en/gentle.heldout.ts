// Held-out set 11 (English, gentle check). Written blind, from the format and the labelling
// conventions in ../types.ts only: the writer saw no rule, no other corpus line and no result.
// It is to be measured once and never tuned on; if a line here turns out to be mislabelled,
// fix the label in a commit that says so, never the check.
// Voices leaned on here: childhood friends in their forties, two mothers from an antenatal (NCT)
// group, a friendship broken over a car loan and a house deposit, a running club and a climbing
// club, old university hall-mates, someone writing carefully after therapy and someone using
// therapy words as a weapon, an angry writer in capitals, South African, Australian and
// Jamaican English, a long email letter, and one- or two-word replies.
// Before the one measurement, 4 lines that match a tuning line word for word were
// taken out: they had been tuned on.
import type { GentleLine } from '../types.ts';

export const lines: readonly GentleLine[] = [
  // pressure: demands, orders and owing, with neither a threat nor a time limit
  ['pressure', "Pick up the phone, Nomsa. I know you've seen the missed calls."],
  ['pressure', "You still owe me R40,000 for the Polo and I'd like it back."],
  ['pressure', "I'm going to need a straight answer from you about the deposit."],
  ['pressure', "Stop pretending you haven't read my messages."],
  ['pressure', "The least you can do is tell me why."],
  ['pressure', "Quit hiding behind Mark and talk to me yourself."],
  ['pressure', "I think you owe me at least one honest conversation, after thirty years."],
  ['pressure', "Don't you dare go quiet on me."],
  ['pressure', "I've named my needs clearly, and now it's your job to meet them."],
  ['pressure', "Ring me back, mate, this is getting silly."],
  ['pressure', "Yuh must answer me, Keisha, mi nah go beg."],
  ['pressure', "Pay the money back. That's all I'm asking."],
  ['pressure', "You have to come to Lily's party, she keeps asking for Auntie Jo."],
  ['pressure', "Tell me to my face what I did, instead of all this silence."],
  ['pressure', "Sit down with me and go through the numbers properly, like adults."],
  ['pressure', "Hand back the club's rope and the quickdraws, they were never yours."],
  ['pressure', "I deserve an explanation and you're going to give me one."],

  // blame: the other is the cause of harm
  ['blame', "You made me a laughing stock in front of the whole running club."],
  ['blame', "Because of you I had to move back in with my parents at forty-one."],
  ['blame', "This whole mess is down to you and your big mouth."],
  ['blame', "You've turned the whole antenatal group against me."],
  ['blame', "I've been in bits for months and that's on you."],
  ['blame', "Is you who mash up this friendship, not me."],
  ['blame', "What you did was textbook gaslighting and it has done real damage to my mental health."],
  ['blame', "YOU RUINED THE BEST THING IN MY LIFE."],
  ['blame', "You left me to deal with the landlord on my own while you swanned off to Perth."],
  ['blame', "Your avoidant nonsense is the reason we're here."],
  ['blame', "You broke my trust, plain and simple."],
  ['blame', "My marriage nearly went under because you wouldn't pay back a cent."],
  ['blame', "You made my first months with the baby so much lonelier than they needed to be."],
  ['blame', "Honestly, mate, you've made a right mess of things and I'm the one cleaning up."],
  ['blame', "Ag, you've made my life a misery this year, man."],
  ['blame', "It's your fault Dean stopped coming to the crag."],
  ['blame', "You hurt me more than anyone ever has."],
  ['blame', "Whatever you tell yourself, you're the one who walked away and left me looking like the villain."],

  // ultimatum: a consequence for not doing it (or for carrying on)
  ['ultimatum', "If I don't hear back, I'll take that as your answer and I'm out."],
  ['ultimatum', "Either you pay me back or I tell your mum where the money went."],
  ['ultimatum', "This is the last time I reach out. Ignore it and that's that."],
  ['ultimatum', "One more no-show and I'm taking you off the relay team for good."],
  ['ultimatum', "Say sorry to my face or don't bother coming to the christening."],
  ['ultimatum', "If you can't be honest with me, we have nothing left to talk about."],
  ['ultimatum', "Keep this up and you can forget being godmother."],
  ['ultimatum', "Last chance, Paul."],
  ['ultimatum', "Pay up or I'm going to the small claims court."],
  ['ultimatum', "I'm holding a boundary: acknowledge what happened or I go no contact."],
  ['ultimatum', "Yuh either talk to me straight or yuh lose me, simple so."],
  ['ultimatum', "Don't reply and I'll know exactly where I stand, and I won't write again."],
  ['ultimatum', "IF YOU WON'T COME TO THE PARTY THEN WE ARE FINISHED."],
  ['ultimatum', "Mate, if you can't front up to the club committee, don't expect a spot on the trip next year."],
  ['ultimatum', "Meet me halfway on this or I'm done trying."],
  ['ultimatum', "Unless you're writing to sort out the deposit, don't write at all."],
  ['ultimatum', "Carry on telling the club your version and I'll tell them mine, receipts and all."],

  // urgency: a time limit or "now" on the other
  ['urgency', "I need an answer before the weekend."],
  ['urgency', "Ring me back today, please."],
  ['urgency', "Let me know by the 14th whether you're still doing the Comrades with me."],
  ['urgency', "Phone me now now, Thandi."],
  ['urgency', "Text me back this arvo."],
  ['urgency', "Call me the second you see this."],
  ['urgency', "Respond within 48 hours."],
  ['urgency', "Hurry up and answer, I'm sitting here staring at the screen."],
  ['urgency', "REPLY. NOW."],
  ['urgency', "You need to sign the transfer form before the bank closes on Friday."],
  ['urgency', "Get back to me before Kev's funeral, I don't want this hanging over it."],
  ['urgency', "I want your answer by tomorrow morning."],
  ['urgency', "Come round straight after work so we can have this out."],
  ['urgency', "Answer me before I board the plane on Thursday."],
  ['urgency', "Call mi today, yuh hear?"],

  // past: old wrongs of the other brought back as a weapon
  ['past', "Same as Bali. Same as Tom's stag. Same as always."],
  ['past', "This is the car money all over again."],
  ['past', "You did exactly this when my mum died, vanished for three months."],
  ['past', "I haven't forgotten what you said at my hen do, by the way."],
  ['past', "Don't think I've forgotten Kruger."],
  ['past', "Let's talk about 2014 then, since you want to talk about who let who down."],
  ['past', "Funny, you didn't have these scruples when you copied my dissertation in third year."],
  ['past', "Remember the Christmas you 'forgot' to pick me up from Heathrow?"],
  ['past', "Shall we go back to the summer you slept with my brother, or would you rather not?"],
  ['past', "Ever since the Year 6 residential you've been pulling this stunt."],
  ['past', "I could bring up the Three Peaks weekend, but I think you already know."],
  ['past', "This is what you did to Sarah in the NCT group as well, isn't it."],
  ['past', "Back in 2008 you cleared off to Sydney without a word, and here we are again."],
  ['past', "Mi nuh forget how yuh did treat mi at Carnival dem time."],
  ['past', "ROMANIA. REMEMBER ROMANIA."],
  ['past', "Twelve years on and you've never once mentioned what you did at my wedding."],

  // pressure + blame: a demand or owing, and the other as the cause of harm
  ['pressure blame', "You owe me an apology for the way you humiliated me at the AGM."],
  ['pressure blame', "Own what you did to me, Claire. You broke me."],
  ['pressure blame', "Admit it, you wrecked this, not me."],
  ['pressure blame', "Stop acting like the victim when you're the one who caused all this."],
  ['pressure blame', "You need to take accountability for the harm you caused me and the kids."],
  ['pressure blame', "Just pay me back, mate, you've already cost me the house."],

  // pressure + urgency: separate clauses, one a plain demand, one with a time limit
  ['pressure urgency', "Stop sulking. And ring me tonight."],
  ['pressure urgency', "You owe me the rest of the money, and I want it by the end of the month."],
  ['pressure urgency', "Give me back my key. Also ring Mum before Sunday, she's beside herself."],
  ['pressure urgency', "YOU OWE ME. CALL ME TONIGHT."],
  ['pressure urgency', "Stop hiding behind your phone. I want to see you at the clubhouse tomorrow night."],

  // ultimatum + urgency: a deadline joined to a threat
  ['ultimatum urgency', "Ring me this arvo or don't bother ringing at all."],
  ['ultimatum urgency', "If the money isn't back in my account by Monday, I'm calling a lawyer."],
  ['ultimatum urgency', "Midnight, Jess. After that I'm blocking you everywhere."],
  ['ultimatum urgency', "Reply by the end of the week or I'll assume we're through."],
  ['ultimatum urgency', "Yuh have till Sunday, after dat mi done wid yuh."],
  ['ultimatum urgency', "TONIGHT OR NEVER."],

  // blame + past: harm laid on the other, with old wrongs brought back
  ['blame past', "You humiliated me at my fortieth and you've done it all over again."],
  ['blame past', "You ruined my wedding and now you've ruined this too."],
  ['blame past', "Because of you I failed second year, and you've never once owned that."],
  ['blame past', "You broke my heart in 1999 when you told the whole school my secret, and you're doing the same thing now."],
  ['blame past', "It was your lies back in the Cape Town days that wrecked my first marriage."],
  ['blame past', "From the day you crashed my car in matric you've been costing me, man."],

  // pressure + past
  ['pressure past', "Explain Ibiza, then. Go on."],
  ['pressure past', "You still owe me for the flights to Jamaica in 2016, don't think I forgot."],
  ['pressure past', "Tell me why you lied about the Barcelona trip. I want to hear it."],
  ['pressure past', "Admit what you did at Dad's sixtieth."],

  // ultimatum + blame
  ['ultimatum blame', "You've wrecked everything, and if you can't see that, we're done."],
  ['ultimatum blame', "You made me lose the flat, so pay it back or I'm telling everyone at church."],
  ['ultimatum blame', "Your lies cost me my job. Fix it or lose me."],
  ['ultimatum blame', "YOU DID THIS TO US. ADMIT IT OR GET LOST."],

  // urgency + blame
  ['urgency blame', "You've made me ill with worry, so call me back today."],
  ['urgency blame', "Thanks to you I'm out of pocket ten grand, and I need it back by payday."],
  ['urgency blame', "You ruined the relay for all of us. Apologise to the team before Saturday's run."],
  ['urgency blame', "Your silence broke me. Answer me tonight."],

  // ultimatum + past
  ['ultimatum past', "After what you pulled in Lagos, one more lie and we're finished."],
  ['ultimatum past', "You bailed on my wedding. Bail on the christening and that's it for us."],
  ['ultimatum past', "Remember Durban? Try that again and you'll never hear from me."],

  // urgency + past
  ['urgency past', "Like the time you left me at the airport in Kingston. Ring me before ten tonight."],
  ['urgency past', "You ducked out for a whole year after the Bristol thing. Answer me by Friday."],

  // three or more kinds at once
  ['pressure urgency past', "Don't do a 2012 on me. Reply today."],
  ['ultimatum urgency blame', "You've wrecked my credit rating. Pay me back by the 30th or I go to the police."],
  ['pressure blame past', "You owe me the truth about what happened at the ball in first year, because it's haunted me ever since."],
  ['ultimatum urgency blame past', "YOU WRECKED MY LIFE IN 2015 AND YOU'RE DOING IT AGAIN. ANSWER BY TONIGHT OR WE ARE DONE."],
  ['pressure urgency blame', "Stop playing the victim, you caused this. Call me tomorrow."],

  // kind: sharing words with the demands, deadlines and threats, asking nothing of the other
  ['', "No rush on this. Answer whenever you've got the headspace."],
  ['', "You don't owe me anything, Gemma, least of all a reply."],
  ['', "I owe you a proper explanation, and it's yours whenever you want it."],
  ['', "Please don't feel you have to answer this."],
  ['', "Answer or don't, I'll still be in your corner."],
  ['', "I'm not going to give you a deadline. I'll just be here."],
  ['', "Last chance I had to say this in person, I bottled it, so I'm writing instead."],
  ['', "I'm done being angry about the money."],
  ['', "Forget the loan. Honestly, it's forgotten on my side."],
  ['', "Don't worry about replying tonight, or this week even."],
  ['', "I'll be at parkrun on Saturday if you fancy it, no pressure either way."],
  ['', "Right now I just want you to know I'm thinking of you."],
  ['', "I'm free Friday evening if that ever suits, but any day works."],
  ['', "If you ever want to call, I'm around, and there's no clock on it."],
  ['', "I need some time before I can talk properly, and I hope that's alright."],
  ['', "Take your time. Weeks, months, whatever it takes."],
  ['', "You never have to explain the silence to me."],
  ['', "You don't have to understand it all, I don't either."],
  ['', "Nothing you owe me, nothing I owe you, just two old friends."],
  ['', "I don't need an answer, I just needed to say it."],
  ['', "I'm not asking for anything, I just wanted to say hello."],
  ['', "I've let go of the deadline I had in my head for when we'd be okay."],
  ['', "Now that a bit of time has passed, I can see it all more clearly."],

  // kind: the writer's own fault and the writer's own past
  ['', "I'm not blaming you for any of it."],
  ['', "It was my fault as much as anyone's, probably more."],
  ['', "I blame the wine for half of what I said that night, and myself for the rest."],
  ['', "I'm the one who stopped replying first, I know that."],
  ['', "I know I hurt you when I left the group chat without a word."],
  ['', "You were right about the loan, and I was too proud to admit it."],
  ['', "I've paid off the car now, so there's no money between us any more."],
  ['', "The deposit is sorted on my end, you don't need to think about it."],
  ['', "I'm sorry for my part in it."],
  ['', "We both said things we didn't mean."],
  ['', "The car stuff doesn't matter to me now."],

  // kind: good memories, news and small talk
  ['', "Tonight I found the photo of us on top of Tryfan and had a little cry."],
  ['', "I remember the night in halls when we sat on the roof with dry Cheerios to watch the meteor shower."],
  ['', "Last year was the hardest of my life and I missed you through all of it."],
  ['', "When Dad was in hospital you were the one who drove up, and I've never forgotten that."],
  ['', "Remember the tandem at the Lakes? I still laugh about it."],
  ['', "We've known each other since we were five, and I don't want to lose that."],
  ['', "I still have your climbing shoes. They're yours whenever you want them."],
  ['', "The club isn't the same without you on Thursday nights."],
  ['', "How's Ezra? Is he walking yet?"],
  ['', "I saw the twins' first-day-at-school photo and it made my whole week."],
  ['', "I've started running again. Slowly, but I thought of you on every hill."],
  ['', "Happy birthday, Sam. Hope it's a good one."],
  ['', "I wrote this four times before sending it."],
  ['', "I get it if you'd rather leave things where they are."],
  ['', "If you'd rather not reply, that's alright too, truly."],
  ['', "I miss your voice."],

  // kind: therapy words, used carefully and about the writer
  ['', "My therapist helped me see that a lot of the anger I carried wasn't really about you."],
  ['', "I'm learning to say what I feel without making it your job to fix it."],
  ['', "I've been working on my own patterns, the going-silent one especially."],
  ['', "I've set a boundary for myself: no more late-night texts when I'm upset. That's for me, not a rule for you."],
  ['', "I think we both had a lot going on that neither of us had words for."],
  ['', "I'm trying to hold the good years and the hard one at the same time."],

  // kind: South African, Australian and Jamaican English
  ['', "Ag, man, I'm not cross anymore. Shame, I just miss you."],
  ['', "I'll phone you just now, hey, once the kids are in bed."],
  ['', "Ja, no, I'm fine, just missing our Sunday braais."],
  ['', "Haven't stopped thinking about you, mate. Hope the new job's treating you alright."],
  ['', "No worries at all if you're flat out, mate."],
  ['', "Reckon we could both do with a cuppa and a yarn one of these days."],
  ['', "Mi glad yuh reach out, fi true."],
  ['', "Mi nuh vex again, mi jus miss mi fren."],
  ['', "Tek yuh time, no pressure."],
  ['', "Yuh mother did call me last week, she seh yuh doing good. Mi glad."],

  // kind: one- and two-word replies
  ['', "Thank you."],
  ['', "Okay."],
  ['', "Me too."],
  ['', "I'd like that."],
  ['', "Still here."],
  ['', "Miss you."],
  ['', "No rush."],
  ['', "Soon, hopefully."],
  ['', "Whenever's fine."],
  ['', "Cheers, mate."],
  ['', "Fair enough."],
  ['', "Noted."],

  // kind: an old friend's long letter by email, and the antenatal and house-deposit friends
  ['', "I've been trying to write this for about six weeks, and every draft has either been too long or sounded like a cover letter, so I'm just going to say it plainly: I miss you, I think about the Kinder Scout walk every time it rains, and I'd love to hear how you are, whenever and however you want to tell me."],
  ['', "I went back to Leeds for a conference in March and walked past our old house on Brudenell Road, the one with the green door, and I stood there like an idiot for ten minutes remembering the curry nights and the awful carpet, and I realised I'd never told you how much those two years meant to me."],
  ['', "You don't have to write back to any of this; I just didn't want another year to go by without you knowing I still think of you as family."],
  ['', "I know the money got in the way of everything, and I hate that it did, because it was never what we were about."],
  ['', "Mum asked after you at Christmas, and for once I didn't change the subject."],
  ['', "The antenatal group had a picnic last week and someone asked if you were coming, and I realised how much I'd wanted you to be."],
  ['', "I hope the house move went smoothly and that the new place already feels like yours."],
  ['', "If you ever want to meet halfway, there's a nice café in Ashford I've been saving for the occasion."],
  ['', "I won't message again unless you do, not because I'm upset but because I want to give you room."],
  ['', "You were a brilliant friend to me for twenty years, and one bad year doesn't cancel that."],
];
