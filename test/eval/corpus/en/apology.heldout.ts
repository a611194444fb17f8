// Held-out sets 15 and 15b (English, apology checklist), by two writers. Written blind, from the format and
// the labelling conventions in ../types.ts only: neither writer saw a rule, another corpus line
// or a result. They are to be measured once and never tuned on; if a line here turns out to be
// mislabelled, fix the label in a commit that says so, never the check.
// Voices leaned on in set 15: Malawian English, Kentish, old-school Cockney, Hebridean, Utah
// ("oh my heck", ward and bishop), a sheep-shearing gang, a dental practice, a funfair crew, a
// debating society, hospice volunteers, a festival ticket never paid back, a carer and the
// cared-for woman's daughter, a friend who skipped a court date as a witness, church
// bell-ringers, a flower-market stall, a crossword-setting pair; autocorrect slips and
// lowercase texting.
// Voices leaned on in set 15b: Botswanan English (Setswana greetings), Rwandan English with
// French first, Brazilian Portuguese first-language writer, a Korean learner who learnt
// English from films, Plymouth, Isle of Man (Manx), the Mississippi Delta; a carnival mas
// camp, a tile-fitting firm, a homeschooling co-op, bookmakers' shop staff, a lawn bowls club,
// church bell-ringers, amateur radio operators, an escape-room crew, a removal firm; a friend
// who called social services on the other, a friend who missed a wedding hungover, a ruined
// borrowed wedding dress, a starved cat while house-sitting, a read diary; heavy hashtags,
// messages redrafted with crossed-out words written as ~~, stiff committee politeness.
// Before the one measurement, 6 lines that repeat a tuning line or an earlier line word for word
// were taken out: they had been tuned on or would count twice.
import type { ApologyLine } from '../types.ts';

export const lines: readonly ApologyLine[] = [
  // held-out set 15
  // sound: the deed, what it did, owned, and a concrete change; no flags
  ['act effect owns change', "I'm sorry I didn't turn up to court as your witness. You stood up there on your own and he got off because of it. I've told the officer I'll give a statement if they ever reopen it, and I'll be there."],
  ['act effect owns change', "I never paid you back the £185 for the festival ticket and you ended up short on your rent in September. I'm sorry. It's going into your account on Friday, payday, all of it."],
  ['act effect owns change', "Sorry for telling the other carers your mum had stopped eating before I'd told you. You had to hear it second hand in a corridor. From now on anything about your mum comes to you first, from me."],
  ['act effect owns change', "i'm sorry i told the whole gang about your back. you lost the season on Uist because of it. i'm ringing Calum on monday to tell him you're fit and it was me shooting my mouth off"],
  ['act effect owns change', "I'm sorry I rebooked your patients without asking. You walked into a day you hadn't planned and got shouted at by Mr Ellis. I'll check the diary with you every morning before I touch it."],
  ['act effect owns change', "Moni. I am sorry I shouted at you in front of the other carers. You went home and cried, your sister told me. I will say sorry to you in front of all of them at Monday handover."],
  ['act effect owns change', "I'm sorry I mocked your speech in front of the whole society. You didn't come to a single meeting after that. I've stood down from judging your rounds, and I've asked to say this out loud at the next meeting."],
  ['act effect owns change', "sorry i left you to lock up the waltzer on your own in that storm. you got soaked and caught your hand in the shutter. from now on we close up together, both of us, every night"],
  ['act effect owns change', "Oh my heck, I'm sorry I told people at ward you'd come home early from your mission. Your mom heard it from Sister Jensen before she heard it from you. I'm going to Sister Jensen on Sunday to tell her it wasn't mine to tell."],
  ['act effect owns change', "I'm sorry I forgot to pick up your order from the wholesaler. You had nothing on the stall for the busiest Saturday in May. There's an alarm on my phone now for every Thursday pickup and I've paid for the lost stock."],
  ['act effect owns change', "I'm sorry I walked off mid-peal. The band had to stand and you got the blame from the tower captain. I'll tell him myself at practice on Thursday that it was me."],
  ['act effect owns change', "I'm sorry I signed us both up for the hospice night shifts without checking with you. You missed Lily's school play. I've already swapped your next two back and I'll ask before I put your name down for anything."],
  ['act effect owns change', "I'm sorry I put only my name on the crossword we set together. You saw it in print and thought I'd rubbed you out. I've emailed the editor to put both our names on it online and on every one from now."],
  ['act effect owns change', "I'm sorry I stood you up at Dreamland. You waited two hours by the gate in the rain. There's no but coming. Next time I'll be the one there first, if there's ever a next time."],

  // sound: the deed, what it did, owned; no flags
  ['act effect owns', "I'm sorry I didn't pay you back. You had to borrow off your brother to cover it, and that's on me."],
  ['act effect owns', "i'm sorry i never turned up at the magistrates. you went through it on your own and the case fell apart"],
  ['act effect owns', "I'm sorry I took the Harris job without telling you. You'd turned down two other gangs waiting on me."],
  ['act effect owns', "Sorry for what I said about your accent at the ceilidh. You went quiet the whole rest of the night and I saw it."],
  ['act effect owns', "I am very sorry I did not come to see your mother when she was dying. You sat with her alone for the last three nights."],
  ['act effect owns', "I'm sorry I laughed when you tripped on the podium at the final. It made you feel small in front of people you wanted to impress."],
  ['act effect owns', "I'm sorry I read your text out to the girls on reception. You were mortified, and it was cruel of me."],
  ['act effect owns', "I'm sorry I gave you the wrong court date. You planned your whole week round it for nothing."],
  ['act effect owns', "I'm sorry I went behind your back to the agency. You lost three weeks of shifts because of what I told them."],
  ['act effect owns', "sorry i sold the generator without asking. you had no power on the hook-a-duck the whole of whitstable week"],
  ['act effect owns', "I'm sorry I never passed your message on to Sister. She thought you'd just not turned up, and you got a written warning for it."],
  ['act effect owns', "I'm sorry for the way I spoke to your mum at the end, short and rough with her. She stopped wanting to get out of bed."],
  ['act effect owns', "I'm sorry I let you pay for both tickets and never paid my half. You lived on beans for a month, Jess told me. I'm not asking for anything, I just wanted you to hear it from me."],

  // sound: the deed owned, with a concrete change; no flags
  ['act owns change', "I'm sorry I didn't pay back the ticket money. I've set up a standing order, £30 a week, starting this Friday."],
  ['act owns change', "I'm sorry I missed the hearing. I've written to the CPS to say I'll give evidence if there's a retrial."],
  ['act owns change', "Sorry I took your clippers without asking. They're cleaned and back in your shed, and I've bought my own."],
  ['act owns change', "I'm sorry I booked over your lunch breaks all month. I'm putting them back in the diary today and I won't book into them again."],
  ['act owns change', "oh my heck, I'm sorry I posted that photo of you at the stake dance. I've taken it down and I won't post you again without asking."],
  ['act owns change', "I'm sorry for bad-mouthing you to the committee. I'm withdrawing my complaint at the AGM on the 12th."],
  ['act owns change', "im sorry i never rang when your mum went into the hospice. im going to visit her on saturday and every saturday after"],

  // sound: the deed owned; no flags
  ['act owns', "I'm sorry I skipped court. No excuses."],
  ['act owns', "I was wrong to tell Dr Moyo about your appointments. I'm sorry."],
  ['act owns', "it was me who let the ewes out of the fank. sorry, pal."],
  ['act owns', "I'm sorry I dipped into the float to pay for my diesel. That was stealing and I know it."],
  ['act owns', "I regret what I said about your dad's drinking in the debate. Every word of it."],
  ['act owns', "Sorry I kept the festival ticket money. I've no good reason and I won't pretend I have."],
  ['act owns', "I'm sorry I never thanked you for covering my hospice shifts all that winter."],

  // vague: owned, but no deed named
  ['owns | vague', "Sorry for everything, mate."],
  ['owns | vague', "i know i was a rubbish friend this year. sorry"],
  ['owns | vague', "I'm sorry. I really am. That's all I've got."],
  ['owns | vague', "It was my fault, the whole thing, start to finish."],
  ['owns | vague', "ah my friend, I am very very sorry for all that happened between us"],
  ['owns | vague', "Sorry for being a nightmare on the fair this season."],
  ['owns | vague', "I messed it all up didn't I. Sorry chick."],

  // vague, with what it did to the other told but no deed named
  ['effect owns | vague', "I'm sorry for all of it. I know you cried the whole drive home."],
  ['effect owns | vague', "I was a terrible friend, I know it, and I know you ended up sleeping in your car that week."],
  ['effect owns | vague', "Sorry for how I was. You stopped coming up the tower for months because of me."],
  ['effect owns | vague', "I'm really sorry, I know it cost you the whole season's wages."],
  ['effect owns | vague', "that was on me and i know it left you feeling like you couldn't trust anyone at work"],

  // vague, with a concrete change but no deed named
  ['owns change | vague', "I'm sorry for the lot. From next month I'll put £50 in your account on the 1st until it's all squared."],
  ['owns change | vague', "I know I messed up. I'm going to ring you every Sunday from now on, whether you pick up or not."],
  ['owns change | vague', "My fault entirely. I've asked to be moved to the Ashford surgery so you don't have to see me every day."],

  // vague and asking something back
  ['owns | vague asks', "Sorry for everything, can we just go back to normal?"],
  ['owns | vague asks', "I know I was awful. Will you come on the Christmas fair with us again?"],
  ['owns | vague asks', "im so sorry, please say you forgive me"],
  ['owns | vague asks', "sorry for being a div. pint friday? you're buying lol"],
  ['owns | vague asks', "I am sorry my friend. I beg you, let us be as before."],
  ['effect owns | vague asks', "Sorry for all of it, I know you had a horrible month because of me. Can we start again?"],
  ['effect owns | vague asks', "I know I let you down and you had to carry the whole gang for a week. Any chance you'd have me back on the board?"],
  ['owns change | vague asks', "I'm sorry for everything. I'll ring you every week from now on. Please just pick up."],

  // hedged, naming nothing
  ['| hedge', "Sorry if anything I did was a problem for you."],
  ['| hedge', "Sorry you see it like that, honestly."],
  ['| hedge', "I apologise if my conduct at the society dinner caused any offence."],
  ['| hedge', "I'm sorry that you took all of it so hard."],
  ['| hedge', "I'm sorry things got out of hand, but it takes two."],
  ['| hedge', "sorry if it seemed like i didnt care, i did, it was just a mad month"],
  ['| hedge', "I'm sorry you heard it the way you did."],
  ['| hedge', "Mistakes were made on both sides and I'm sorry for my part in whatever it is you think I did."],

  // hedged, with the deed named (but, if, excuses, counter-blame)
  ['act | hedge', "I'm sorry I didn't go to court, but the summons went to my old address."],
  ['act | hedge', "Sorry I never paid you back for the ticket, money's been mad tight since the van went."],
  ['act | hedge', "I'm sorry I told your mum's doctor about the falls, but you'd have done the same in my shoes."],
  ['act | hedge', "I'm sorry I shouted at you at the fold, but you were winding me up all morning."],
  ['act | hedge', "Sorry if me walking out mid-peal came across badly."],
  ['act | hedge', "I'm sorry I didn't come to the hospice that night, I just can't do deathbeds, you know that."],
  ['act | hedge', "oh my heck, I'm sorry I told the bishop, but honestly somebody had to"],
  ['act | hedge', "I'm sorry I sold the generator. To be fair you never used it."],
  ['act | hedge', "sorry i laughed at ur speech, it was a joke tho, u need thicker skin for debating"],
  ['act | hedge', "I'm sorry I booked over your lunches, I was only doing what Dr Patel told me."],
  ['act | hedge', "I'm sorry I didn't go to the agency with you, but if you'd been straight with me from the start none of this would have happened."],
  ['act | hedge', "Sorry I told your mum about the money. In my defence you'd have told her yourself eventually."],
  ['act | hedge', "I'm sorry I was short with your mum at the end, the rota was impossible and nobody helped me."],
  ['act | hedge', "Sorry I never showed up at the Bailey, but you knew I don't do courts, bruv, you never should've put my name down."],

  // hedged, with what it did to the other named
  ['effect | hedge', "I'm sorry if it meant you had to face the judge on your own."],
  ['effect | hedge', "Sorry if you ended up out of pocket, that was never the plan."],
  ['effect | hedge', "I'm sorry your mum went without her tablets that weekend, but I was told it wasn't my shift."],

  // hedged, with deed and effect named
  ['act effect | hedge', "I'm sorry I missed the hearing and you had to do it alone, but you never told me the time properly."],
  ['act effect | hedge', "Sorry I kept the ticket money and you had to scrape for rent, but I did say I'd pay when I could."],
  ['act effect | hedge', "i'm sorry i told the gang about your back and you lost the Uist contract if that's how you see it"],
  ['act effect | hedge', "I apologise that my remarks about your stammer in the final left you humiliated, though that was never my intention."],

  // hedged, with a change
  ['act change | hedge', "Sorry I forgot the wholesaler order, the alarm didn't go off. I'll set two from now on."],

  // hedged and asking something back
  ['| hedge asks', "Sorry if I got it wrong. Can we put it behind us now?"],
  ['| hedge asks', "I'm sorry you feel so strongly about it, but surely we can be grown-ups and move on?"],
  ['| hedge asks', "Sorry if it came across badly. Maybe let's just forget the whole thing?"],
  ['| hedge asks', "i know you think it was all me, and fine, sorry, but can we just move on"],
  ['act | hedge asks', "I'm sorry I went to the agency, but you gave me no choice. Can you at least tell your mum I'm not a monster?"],
  ['act | hedge asks', "sorry i didnt go to court but i was scared, hes my cousins mate. please dont hate me"],
  ['act effect | hedge asks', "I'm sorry I didn't pay you back and you ended up borrowing off your brother, but I've had a rough year too. Can we call it quits?"],

  // owned with the deed named, and asking for forgiveness or something back
  ['act effect owns | asks', "I'm sorry I didn't turn up to court for you. You were up there on your own and he walked. Can you ever forgive me?"],
  ['act effect owns | asks', "I'm sorry I didn't pay back the £185. You went short on your rent because of me. Can we get a drink and talk?"],
  ['act effect owns | asks', "I'm sorry I told Calum about your back and you lost the Uist work. Would you put in a word for me with the new gang?"],
  ['act effect owns | asks', "I'm so sorry I mocked your speech. You never came back to the society after it. Please come back, we need you."],
  ['act effect owns | asks', "I'm sorry I walked out of the shift and left you with both rooms. You went home wrecked. I hope you can forgive me one day."],
  ['act effect owns | asks', "i'm sorry i left u to close the waltzer alone and u hurt ur hand. let me make it up to u, dinner on me?"],
  ['act effect owns | asks', "I'm sorry I rebooked your patients. You got an earful from Mr Ellis because of me. All I'm asking is you say hello at the desk again."],
  ['act owns | asks', "I'm sorry I kept the festival money. Can we be mates again?"],
  ['act owns | asks', "Sorry I sold the generator without asking. Tell me we're still alright?"],
  ['act owns | asks', "I was wrong to tell the ward about you coming home early from your mission. Would you give me another chance?"],
  ['act owns | asks', "I'm sorry I gossiped about your divorce at the practice. I need you to tell me you don't hate me."],
  ['act owns | asks', "It was me who let slip about the float tin. Sorry. Will you have a word with your dad for me?"],
  ['act owns | asks', "I'm sorry I never came to see your mum in the hospice. Please write back, even one line."],
  ['act owns change | asks', "I'm sorry I didn't pay you for the ticket. I'm sending £50 every Friday until it's cleared. Would you let me come to Boomtown with you again next year?"],
  ['act owns change | asks', "I'm sorry I missed the hearing. I've told the police I'll give evidence at the retrial. Can you forgive me before then?"],
  ['act effect owns change | asks', "I'm sorry I told the girls on reception what you'd told me. You had to walk past them every day knowing. I'll never repeat anything you tell me again. Can we have lunch like we used to?"],
  ['act effect owns change | asks', "Sorry for walking off mid-peal. The band stood and you got the telling-off from the captain. I'll own up at practice Thursday. Could you ring with me again after that?"],
  // held-out set 15b, a second writer
  // sound apologies: the deed named, owned without a hedge, often with its effect and a change
  ['act effect owns change', "I'm sorry I rang social services about you without talking to you first. You had a stranger going through your kitchen cupboards while your kids watched, and that was because of me. Next time I'm worried about anything, I'll come to you before anyone else."],
  ['act effect owns change', "I missed your wedding because I was hungover from the night before, and there's no dressing that up. You walked down the aisle looking for a face that wasn't there. I'm sorry. I've stopped drinking before anything that matters and I've told the lads why."],
  ['act effect owns', "Mma, I am sorry that I told the others about your divorce before you were ready. You had to hear your own news from your cousin after church."],
  ['act effect owns change', "I let the cat go four days without food while you were away. She ended up at the vet and you came home to a bill and a frightened animal. I'm so sorry. I'll pay the vet bill this week."],
  ['act owns', "i read your diary. i'm sorry. there's no excuse for it."],
  ['act owns', "I was wrong to lay your tiles before the screed had dried, and wrong to tell the Hendersons it was your fault."],
  ['act effect owns', "I apologise that I shouted at you in front of your mother. You were ashamed in your own house, and this is my fault."],
  ['act effect owns change', "I'm sorry I told everyone at the mas camp you'd taken the costume money. You lost your section and half your friends stopped speaking to you. I'll write to the committee tomorrow and tell them I was wrong."],
  ['act owns change', "Sorry for ruining your mum's wedding dress with red wine and then handing it back in a carrier bag like it was nothing. I'm taking it to a specialist cleaner on Monday, and if it can't be saved I'll pay for a restorer."],
  ['act effect owns', "I took the tower keys home and didn't bring them back for the Christmas peal. You had to stand up and explain to the whole band why we couldn't ring. I'm sorry."],
  ['act owns', "I regret calling you a lazy mother in front of the co-op. You'd been up all night with Ollie."],
  ['act effect owns change', "It was my mistake to give your shift to Dean without asking you. You lost two Saturdays' pay. From next month the rota comes past you before it goes up on the wall."],
  ['act effect owns change', "I am really sorry, brother, like in the movie but in real life: I borrowed your car and scratched it and hid it from you. You found out from the neighbour. I will pay for the repair, all of it."],
  ['act effect owns', "I walked out of the escape room mid-shift and left you with three groups on a Saturday night. You had to run it alone. That was wrong of me and I'm sorry."],
  ['act effect owns change', "I've owed you this apology a long time. I said your son was spoiled, in front of him, and he cried all the way home. I'm sorry. I won't comment on your children again."],
  ['act effect owns', "Sorry I laughed when you fell on the green. You'd just had your hip done and you were embarrassed in front of the whole club."],
  ['act owns change', "I sold the radio you lent me. I'm ashamed of it. I'll buy you the same model back, I've already found one going in Bristol."],
  ['act effect owns', "amiga, desculpa. I lied to you about the flat, I said it was taken when it wasn't, because I wanted it for my sister. You had to stay in the hostel two more months."],
  ['act effect owns', "I never came to see you in hospital. You were in there three weeks and I didn't come once. I'm sorry, truly."],
  ['act effect owns change', "I'm sorry I left you to carry the wardrobe on your own. Your back went and you were off work a fortnight. I'll cover the two weeks' money you lost."],
  ['act effect owns change', "I posted that photo of you asleep at the reception with #lightweight #shame and two hundred people saw it. You were mortified. I'm sorry. It's deleted and I won't post you again without asking."],
  ['act owns', "I shouted at you across the shop floor in front of the customers. I'm sorry for that."],
  ['act owns', "I owe you an apology, and here it is: I'm sorry I told Paula about your operation before you'd told her yourself."],
  ['act owns change', "I was the one who changed the locks on the unit while you were on holiday. I'm sorry. I'll drop a key round today."],
  ['act effect owns change', "I'm sorry I let you think the mistake on the Hendersons' job was yours. You lost the Holloway contract over it. I'm ringing Mr Holloway on Monday to tell him the truth."],
  ['act effect owns', "Dumela. I did not come to your father's funeral. You buried him without your oldest friend beside you. There is no reason that makes it right, and I am sorry."],
  ['act effect owns', "i put the wrong odds on that slip and told the manager it was you. you got a written warning that should have been mine. im sorry"],
  ['act effect owns', "Sorry for going behind your back to the committee about your handicap. You found out at the AGM in front of everyone."],
  ['act owns', "I ~~might have~~ ~~maybe~~ said things about your marriage that I had no business saying. I'm sorry."],
  ['act effect owns', "I'm sorry, with no but after it: I forgot Amara's party, the one I'd promised to run the treasure hunt for. She waited by the window for me."],
  ['act owns', "If I could take back the phone call to social services I would, in a heartbeat. I'm sorry I made it."],
  ['act owns', "Spilling the wine was my fault, not the caterer's, not the table's. I'm sorry about your mum's dress."],
  ['act effect owns', "Sorry I said you only got the job because of your uncle. You'd worked years for it and I took that away from you in one sentence."],
  ['act effect owns', "That night you drove round the estate till three looking for the cat. I'm sorry I left the back door open."],
  ['act effect owns', "I'm sorry I left you at the juke joint with no ride home. You walked all the way back in them shoes, and I ain't got no excuse for it."],
  ['act owns change', "It was me that lost the club's logbook. I'm sorry. I'll rebuild it from my own notes before the next meeting."],

  // no sorry, no flags: the deed, its effect or a change said plainly, or nothing to check
  ['act effect', "You waited outside the registry office in the cold for forty minutes and I never came."],
  ['change', "From now on I'll ring you before I ring anyone about the kids."],
  ['', "Your mum's dress had been in the family since 1962."],
  ['act', "I called social services on you on the fourteenth of March."],
  ['', "I think about you every time I pass the bowls club."],
  ['effect', "Your kids stopped coming to co-op science after that, and they loved that class."],
  ['effect', "You went home and cried in the car, Sarah told me."],
  ['change', "I will never again talk about your family in the shop."],

  // vague: owned, but no deed named
  ['owns | vague', "Sorry for everything, honestly."],
  ['owns | vague', "I'm sorry for the way I've been."],
  ['owns | vague', "I was a rubbish friend this year, I know that."],
  ['owns | vague', "that was on me, the whole thing"],
  ['effect owns | vague', "Sorry sorry sorry. I hate that we're like this. You were so hurt."],
  ['owns | vague', "I am sorry. Like the movie says, sorry is not enough. But I am sorry."],
  ['owns | vague', "#sorry #myfault #imanidiot"],
  ['owns | vague', "I'm sorry for what I did. I'll be a better friend from now on."],
  ['owns change | vague', "I am sorry for what I did. From now on I will phone you every Sunday after the service."],
  ['effect owns | vague', "I know I hurt you and I'm sorry. You stopped coming to the green because of me."],
  ['owns | vague', "Sorry for the whole mess at the tile yard. It's on me."],
  ['owns | vague', "I was awful to you at the camp. Completely awful."],
  ['owns | vague', "~~Sorry if~~ Sorry. Just sorry."],
  ['effect owns | vague', "I'm sorry. You sat on the church steps on your own in your good coat until the caretaker locked up."],
  ['effect owns | vague', "I know what it did. Your mum said you didn't leave the house for a week after the AGM. I'm sorry for it."],
  ['effect owns | vague', "sorry for everything. your little girl asked why i don't come round any more, your sister told me"],
  ['owns | vague', "Bon. I know that I was not correct with you. I regret."],
  ['owns | vague', "I've been a right pillock, my lover, and I know it."],

  // vague and asks: owned with no deed, and something asked back
  ['owns | vague asks', "I'm sorry, ok? Can we just go back to normal."],
  ['owns | vague asks', "Sorry for everything. Please text me back."],
  ['owns | vague asks', "I messed up, I know. Would you come for a coffee on Saturday so we can start again?"],
  ['owns | vague asks', "My fault, all of it. I hope one day you can find it in you to forgive me."],
  ['owns | vague asks', "sorry amiga, please don't be angry any more, I need you in my life"],
  ['owns | vague asks', "I'm so sorry. Give me one more chance, like in the films. Just one."],
  ['owns | vague asks', "I apologise unreservedly. I would be grateful if you would consider rejoining the rink for the spring."],
  ['owns | vague asks', "Sorry for how I've been. Let's draw a line under it and crack on at the unit Monday?"],
  ['owns | vague asks', "Mma, I am sorry for all of it. Please forgive me."],
  ['effect owns change | vague asks', "I know you've had to find a new partner for the pairs and I'm sorry. I'll be there every Thursday from now on. Will you have me back?"],

  // owned with the deed named, and something asked back
  ['act owns | asks', "I'm sorry I missed your wedding. Can you ever forgive me?"],
  ['act effect owns | asks', "I'm sorry I called social services. You had to explain yourself to a stranger in your own kitchen. Please, will you meet me?"],
  ['act owns | asks', "I read your diary and I'm sorry. I need to hear you say it's ok."],
  ['act owns | asks', "Sorry I gave your Saturday to Dean without asking. Can we be mates again?"],
  ['act effect owns | asks', "i'm sorry i left you on your own with the wardrobe, i know ur back's still bad. pint on me friday? please say yes"],
  ['act owns change | asks', "I apologise for posting the photo. I've taken it down and I won't post you again without asking. All I ask is that you unblock me."],
  ['act owns | asks', "Mma, I am sorry I did not come to the funeral of your father. I ask you to forgive me, as a sister."],
  ['act owns change | asks', "I'm sorry for scratching your car and hiding it. I will pay for all of it. I hope you'll let me make it up to you at carnival."],

  // hedge: "but"
  ['act | hedge', "I'm sorry I missed the wedding, but you knew what that stag was going to be like, you organised it."],
  ['| hedge', "Sorry about the dress, but it was an old dress and these things happen at weddings."],
  ['act | hedge', "yes I read the diary but you left it open on the kitchen table"],
  ['act | hedge', "I apologise for what I said about your mum, but honestly you'd been winding me up all night."],
  ['act | hedge', "I'm sorry I called them but I was scared for the kids and I'd do it again."],
  ['| hedge', "Look, I'm sorry, but you've been no angel either."],
  ['| hedge', "I'm sorry for my part, but it takes two, doesn't it."],

  // hedge: "if you felt"
  ['| hedge', "Sorry if you felt left out at the co-op fair."],
  ['| hedge', "I'm sorry if anything I said at the bowls dinner upset you."],
  ['| hedge', "sorry if it came across like i was blaming you for the screed"],
  ['| hedge', "if my words made you sad, I am sorry amiga"],
  ['act | hedge', "I apologise if my comments about your parenting were taken the wrong way."],

  // hedge: "that you were upset" and "you feel that way"
  ['| hedge', "I'm sorry you were upset by the whole thing with the social worker."],
  ['| hedge', "Sorry that you got so worked up about the rota."],
  ['| hedge', "I regret that you were offended at the AGM."],
  ['| hedge', "It's a shame you took the hashtag thing so personally, sorry about that. #peace"],
  ['| hedge', "sorry you see it like that, honestly"],
  ['| hedge', "Well I'm sorry that's how you remember the christening."],
  ['| hedge', "If that's how you feel, then I'm sorry, what else can I say."],

  // hedge: counter-blame
  ['act | hedge', "I'm sorry I shouted, but you started it by calling me a snake in front of the whole camp."],
  ['| hedge', "I said some things at the tile yard, sure. You said worse."],
  ['act | hedge', "Sorry about ringing social services, though you have to admit the house was a state that week."],
  ['act | hedge', "I forgot to feed the cat, I know. You also forgot to tell me she was on special food, so."],
  ['| hedge asks', "I'll apologise for the post when you apologise for the wedding."],

  // hedge: excuses
  ['act | hedge', "Sorry I missed the wedding, the taxi never turned up and my phone had died."],
  ['| hedge', "I'm sorry about the cat, work was mental that week and I lost track of the days."],
  ['act | hedge', "i was going through a lot when I said those things about your husband. sorry"],
  ['act | hedge', "Sorry for not coming to the hospital. Hospitals make me panic, you know that."],
  ['act | hedge', "I'm sorry I changed the locks, the landlord told me I had to."],
  ['act | hedge', "My English is not so good, so maybe when I said your food was for dogs it sounded worse than I meant. Sorry."],
  ['effect | hedge', "I'm sorry you had to take the kids to your mum's for a week, but the social worker would have come anyway, it wasn't really me."],
  ['effect | hedge', "I know you ended up paying the whole van hire yourself, and I'm sorry, but the job fell through, that wasn't my doing."],

  // hedge and asks
  ['| hedge asks', "I'm sorry if I hurt you. Can we forget it and go to the parade together like always?"],
  ['| hedge asks', "sorry you feel like that. but can you at least reply to me"],
  ['act | hedge asks', "Sorry I missed the wedding but I was really ill, surely you can forgive that?"],
  ['act | hedge asks', "I apologise if my call to the social worker caused you any distress. I trust we can now put this behind us."],
  ['| hedge asks', "Sorry the tiles went wrong, the adhesive was a bad batch. Still mates? #sorrynotsorry jk #mates"],
  ['| hedge asks', "If I said anything at the christening that upset you, I'm sorry, and I hope you'll still come to Ruby's party."],
  ['| hedge asks', "Forgive me for the tower keys. I truly had no idea the Christmas peal was that week. I am sorry."],

  // asks with no sorry
  ['| asks', "Can we not just pretend the last six months never happened?"],
  ['| asks', "I'd really like you to come back to the rink. Would you think about it?"],
  ['| asks', "Please tell me we're still friends."],
  ['| asks', "Is there any way you could see your way to letting me back in the co-op rota?"],
];
