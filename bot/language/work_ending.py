"""A job ending, in the resident's words: lost to machines, a workplace closing or gone, let go with the rest of
the workforce, or an end still to come (a notice served, a contract not renewed, the work moving abroad). The
patterns bot.language.situations reads a message's background and work by."""

from __future__ import annotations

import re
from typing import List

from bot.language.facts import Fact
from bot.language.jobs import WORKS_NOW

AUTOMATION = re.compile(r"\b(?:automation|automated|automating|automate|robots?|robotic|machines?|ai|chatgpt|chat gpt|"
                         r"ai tools?|generative ai|copilot|"
                         r"self checkouts?|self service|self scan\w*|scanners?|kiosks?|chatbots?|driverless|"
                         r"computeri[sz]ed|new system|software)\b")
# The job going, or at risk, in the resident's own words; with an automation cue anywhere in the
# message ("they got machines doing it now", "the robots have taken over the paint shop", "replaced
# by a chatbot") the resident is a worker displaced by automation.
JOB_LOSS = re.compile(
    r"\b(?:lost (?:my |our |the |his |her |their )?jobs?|laid (?:me |us )?off|got sacked|got fired|made redundant|redundanc\w*|"
    r"let (?:me |us |(?:most|all|some|half) of us |(?:most|all|some|half) of the \w+ )?go|being let go|"
    r"replac\w*|taken over|took over|(?:does|do|doing|did) (?:most of |all of |half of |much of |part of )?my job|"
    r"doing it|no more job|hours (?:are |were )?(?:being )?cut to (?:nothing|zero)|"
    r"my job (?:will |is going to |is gonna )?(?:finish|finishes|finishing|end|ends|ending|stop|stops|go|goes)\b|"
    # "cut our hours", "our whole team is being outsourced and automated"
    r"cut (?:our|my|all our|everyone 's) hours|(?:our|my) hours (?:are |have been |were |got )?(?:being )?cut|"
    r"(?:team|department|dept|role|roles|job|jobs|section|unit) (?:is |are |'s |s |will be |is going to be |has been |"
    r"have been |'s been |s been |got |was |were )?(?:being )?(?:outsourced|automated|replaced|axed|scrapped|cut)|"
    r"(?:moved|moving|switched|switching) (?:it all|everything|all of it|the work|the lot|my job|our jobs|my work) "
    r"(?:over )?to (?:an? |the )?(?:new )?(?:automated|ai|computer|robot|software|online)|"
    r"(?:my|our|the) work (?:is|has|'s|s) (?:all )?(?:gone|dried up|disappeared)|"
    r"cutting (?:jobs|staff)|job cuts|"
    # "jlr gettin rid of agency ppl n im 1 of em"
    r"(?:getting|gettin|got|get) rid of (?:\w+ ){0,2}?(?:staff|people|ppl|workers|agency|us|me|temps)|(?:job|jobs|role|roles|post|position) (?:is|are|'s|s) (?:going(?! (?:well|ok|okay|fine|great|good|to|alright)\b)|at risk|being cut)|"
    r"on the list|writing on the wall|"
    r"my (?:job|role|post|position)(?: \S+){1,8} (?:is|'s) (?:going(?! (?:well|ok|okay|fine|great|good|alright)\b)"
    # ("my job is going to AI", not "my job is going to be fine")
    r"(?! to (?!ai\b|robots?\b|machines?\b|automation\b|computers?\b|software\b|chatbots?\b|"
    r"an? (?:robot|machine|computer|chatbot|app)\b))|at risk|being cut)|(?:my |our )?jobs?(?: \S+){0,4} (?:has|have) gone|"
    r"trialling|trialing|(?:are|am|is|re|m) not needed|(?:do not|dont|don't|does not|doesn't) need (?:us|me|anyone|"
    r"people|staff|workers)\b|(?:no longer|will not|wo n't)(?: be)? needed|(?:job|jobs|role) (?:has |have |is |are |'s |s )?(?:gone|went|been given|given) to|"
    r"(?:\d+|some|half|most|all|loads|lots|many|(?:the )?whole lot) of us (?:are |r |will be |re |will |to |are to |are going to )?"
    r"(?:going|goin|go|out|finished|for the chop)|"
    # notice given by the employer: "half of us got our notice" (not "handed in my notice": theirs to give)
    r"(?:got|been given|were given|was given|have had|had) (?:our|my|their|his|her) (?:redundancy )?notice)\b")
# A workplace closing is a job lost to change, said before or after it happens: "the plant's shutting
# in March", "the depot closed". The resident is a displaced worker either way.
CLOSING = re.compile(
    r"\b(?:plant|factory|foundry|depot|warehouse|site|distribution (?:centre|center)|call (?:centre|center)|"
    r"store|shop|branch|(?:steel|iron|glass|brick|cement|gas|chemical|car)?works|office|mill|firm|company|business|yard|mine|pit|garage|line|dealership|workshop|"
    r"pottery|bakery|brewery|dairy|laundry|printers|sorting office|showroom|restaurant|pub)\b"
    r"(?: \S+){0,14}? (?:is |are |has |'s |s |will |will be |going to )?(?:closing|closin|shutting|shuttin|shut|"
    r"closed|closes|shuts|"
    r"going bust|gone bust|going under|gone under|moving abroad|relocating|going into administration|"
    r"gone into administration|winding down|being automated|is automating|went bust|went under|"
    r"went into administration|went into liquidation|gone into liquidation|going into liquidation|"
    r"went out of business|gone out of business|ceased trading|folded|"
    r"(?:going|getting|becoming|being) (?:fully |completely )?automated|"
    r"close(?! (?:to|by|friend|family|enough))|closed down|shut down|shutting down)\b"
    # (not the hours it keeps: "shop close 7", "the shop closes at 6 so evenings are fine")
    r"(?! (?:at |by |around |about )?(?:\d|half|noon|midnight|lunch|early|late|on (?:sun|sat|mon|tue|wed|thu|fri)))"
    # ...or the verb first: "they're shutting the Royal Mail sorting office", "closing our branch in June"
    r"|\b(?:they|they are|they 're|theyre|bosses|owners|management|company|firm|bank|council|store|shop|"
    r"employer|trust)(?: are| is| will| will be| 're| 's| s)? "
    # (or done: "I was let go when they closed the branch")
    r"(?:closing|shutting|shuttin|going to close|going to shut|closed|shut) (?:down )?(?:the|our|my|their) (?:\S+ ){0,3}?"
    r"(?:plant|factory|foundry|depot|warehouse|site|distribution (?:centre|center)|call (?:centre|center)|store|"
    r"shop|branch|works|office|mill|yard|garage|line|dealership|workshop|library|centre|center|nursery|"
    r"care home|surgery|pub|restaurant|hotel|school)\b"
    # ...or the place they worked, closed: "a machinist at the same place for 30 years until it shut"
    r"|\b(?:worked|working|been|was|were|a \w+|an \w+) (?:at|in|for) (?:the same|this|that|one) (?:place|firm|company)\b"
    r"(?: \S+){0,10}? (?:until|till|til|when|before) (?:it|they) (?:shut|closed|went bust|went under|folded)"
    # ...or a place they were at, then shut: "i was at a metal pressin place in wednesbury, shut last month"
    r"|\b(?:i|we) (?:was|were|worked) (?:at|in|for) (?:a|an|the) (?:\S+ ){0,3}(?:place|firm|company)\b(?: \S+){0,4}? ,? "
    r"(?:it |and it |which )?(?:shut|closed|went bust|went under|folded)\b(?! (?:at|for) (?:\d|lunch|the day))"
    # ...or the place named by where they work, whatever it is: "the pot bank I work at is closing down"
    r"|\b(?:the|my|our) (?:[a-z]+ ){1,3}(?:i|we) (?:work|worked|have worked|managed|ran|run|was at|were at)"
    r"(?: at| in| for)?\b(?: \S+){0,4}? "
    r"(?:is |are |has |'s |s )?(?:closing|shutting|closed|shut)(?: down)?\b(?! (?:at|for) (?:\d|lunch|the day|the night))"
    # ...or as a noun: "lost job at bank branch closure", "the factory closure"
    r"|\b(?:plant|factory|depot|warehouse|site|store|shop|branch|office|mill|works|call (?:centre|center)) "
    r"(?:closure|closures|shutdown)\b")
# ...and said as done: the workplace is gone, and with it the job ("the firm went bust in October").
CLOSED = re.compile(r"(?<!will )(?<!be )(?<!is )(?<!are )(?<!to )(?:(?:until|till|til|when|before) (?:it|they) shut|"
                     r"closed|closed down|shut down|went bust|gone bust|"
                     r"went under|gone under|went into administration|gone into administration|went into liquidation|"
                     r"gone into liquidation|went out of business|gone out of business|ceased trading|folded)$")
# Let go together with others, which is a redundancy, not a sacking: "they let 200 of us go in June".
LET_GO_TOGETHER = re.compile(r"\b(?:let|laid|lay) (?:\d+|hundreds|dozens|loads|lots|half|most|all|the lot|the whole "
                              r"(?:team|shift|line|site)) (?:of us )?(?:go|off)\b|\b(?:let|laid) us (?:all )?(?:go|off)\b"
                              r"|\blaid off (?:\d+|hundreds|dozens|loads|lots|half|most|all) of us\b")
FOR_GOOD = re.compile(r" (?:down )?for good")
NOT_FOR_GOOD = re.compile(r" (?:early|for the day|for lunch|for the night|for the weekend|for christmas|"
                           r"for the holidays|for refurb\w*|for repairs|today|tonight|at \d)")
# A job loss still to come, said as what will happen to them: "we all get laid off", "im bein made
# redundant", "we're redundant from March", "moving everything to Leicester". Still in work now, displaced.
MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|christmas|easter|spring|summer|autumn|winter)")
OURS = re.compile(r"\b(?:my|our)(?: \S+){0,3} $|^(?:\S+ )?$")
TO_COME = re.compile(r"(?: down)? (?:in|at|by|from|next|this|at the end of|end of|after)(?: the)? (?:" + MONTHS
                      + r"|month|year|week|new year)\b| soon\b")
LOSING = re.compile(
    r"\b(?<!after )(?<!since )(?:get|getting|gettin|will be|will get|going to be|going to get|be|being|bein|about to be|are all being|"
    r"are being) (?:laid off|made redundant|let go|finished)\b"
    # (not "I was made redundant at the end of March": that is done)
    r"|\b(?<!was made )(?<!were made )(?<!been made )(?<!got made )(?<!was )(?<!were )redundant (?:(?:from|in|at|by|come|"
    r"after|next) (?:the end of |end of )?(?:the )?|(?:at |by )?(?:the )?end of (?:the )?)(?:" + MONTHS
    + r"|month|year|week)\b"
    r"|\b(?:laying|lay|layin) (?:off )?(?:everyone|every1|everybody|us|us all|people|staff|workers|half of us|all of us|"
    r"most of us|the lot of us)(?: off)?\b"
    r"|\b(?:moving|relocating) (?:everything|everyone|all|all the \w+|the work|production|the jobs?|it all) "
    r"(?:to|down to|up to|over to|out to)\b"
    # their workplace moving abroad: "my factory is movin to poland"
    r"|\b(?:factory|plant|firm|company|work|works|production|warehouse|call centre|office|line|job|jobs)"
    # ("the factory in Telford I've worked at for 11 years is moving to Poland")
    r"(?: (?:is|are|'s|s)| (?!is\b|are\b)\S+(?: (?!is\b|are\b)\S+){0,9} (?:is|are|'s|s))? "
    r"(?:moving|relocating|going|being moved) (?:abroad|overseas|offshore|to (?:poland|india|"
    r"china|europe|eastern europe|romania|turkey|mexico|vietnam|spain|germany|hungary|slovakia|czechia|"
    r"the czech republic|portugal|morocco|the philippines|another country))\b"
    r"|\b(?:been |i have been |was |were |i was )?offered (?:voluntary )?redundancy\b"
    # choosing to go when jobs are being cut: "they asked for volunteers for redundancy ... I put my hand up"
    r"|\b(?:volunteers?|volunteered|volunteering|applied|going) for (?:voluntary )?redundancy\b"
    # "my admin job at the council will go next year": the job going, said of the job
    # a contract coming to its end, not renewed: "my fixed term contract ends in 3 weeks"
    r"|\b(?:fixed term|temporary|temp|my|our) (?:work |job |agency |employment |fixed term |temp |temporary )?"
    r"(?:contract|post|role|placement|position)(?: \S+){0,8}? "
    r"(?:ends|is ending|finishes|runs out|is up|"
    r"expires|is not being renewed|will not be renewed|comes to an end|was not renewed|were not renewed|"
    r"has not been renewed|is not renewed|not renewed)\b"
    # (not "they did not renew it": that contract has ended; "didn't" reads "do not" in the normalised words)
    r"|\b(?<!did )(?<!do )(?:will not|wo n't|are not|not) (?:be )?renew(?:ing|ed)? (?:it|my contract|the contract|me)\b"
    r"|\bmy (?:\w+ ){0,2}(?:job|role|post|position)(?: \S+){0,8} (?:will|is going to|is gonna|is due to) "
    r"(?:go|end|finish|be cut|be replaced|disappear|be automated)\b"
    # ...or in the present, as it is happening: "my job at jaguar is going, they're cutting the line and I'm
    # one of the ones going"
    r"|\bmy (?:\w+ ){0,2}(?:job|role|post|position)(?: \S+){0,6} (?:is|'s|s) (?:going|being cut|being axed|ending)"
    r"(?= ?[,.;!]|$| (?:and|n|because|cos|as|soon|next|in|at|from|end)\b)|\bi am (?:one of (?:the ones|those|them)|on the list) (?:going|getting the chop|being let go)\b"
    # staff being cut, and they are among them: "jlr gettin rid of agency ppl n im 1 of em"
    r"|\b(?:getting rid of|cutting|laying off|letting go|losing|sacking)(?: \S+){0,4}? (?:staff|people|ppl|workers|"
    r"jobs|temps|drivers|agency|lads|posts|shift|shifts|line|team|department|dept)\b(?: \S+){0,6}? (?:and |but |so )?"
    r"i am (?:1|one) of (?:them|those|the ones)\b"
    # "they've announced another round of redundancies and I'm on the list"
    r"|\b(?:redundancies|job cuts|lay ?offs|layoffs)\b(?: \S+){0,6}? (?:and |but |so )?i am (?:on the list|one of them|"
    r"1 of them|affected|included|in the first lot)\b"
    # the workforce going at a time to come: "40 of us are going in January"
    r"|\b(?:\d+|all|most|half|loads|lots|some|many|the rest) of us (?:are|will be) (?:going|out|finishing|leaving)"
    r"(?=" + TO_COME.pattern + r")")
# Their own last day to come, which is a job lost unless they say they chose to go ("I want out of
# teaching ... I'm leaving at the end of the summer term" is a change of career, not a redundancy).
LAST_DAY = re.compile(
    # "I finish at the end of the month" (not a condition: "full time once I finish in June", a pupil's last term)
    r"(?<!once )(?<!when )(?<!after )(?<!until )(?<!till )(?<!before )(?<!soon as )\bi (?:finish|leave|am finishing|am leaving) (?:work )?(?:at the end of|end of|on|in|next|this) (?:the )?"
    r"(?:" + MONTHS + r"|month|week|friday|year|term|summer term|school year)\b"
    # ...or tersely, as texted: "finish fri", "finish on friday"
    r"|(?:^|[,.;!?] )(?:i )?(?:finish|finishing) (?:on )?(?:fri|friday|monday|mon|next week|end of the month)\b"
    # ...or counted down: "finishing in six weeks"
    r"|(?:^|[,.;!?] |(?<!once )(?<!when )(?<!after )(?<!until )\bi (?:am )?|\band )(?:finish|finishing|leave|leaving) in "
    r"(?:a|one|two|three|four|five|six|seven|eight|\d{1,2}|"
    r"a few|a couple of) (?:weeks?|months?|days?)\b")
CHOSEN = re.compile(r"\b(?:want|wanting|need|needing) (?:to get )?out of\b|\b(?:want|wanting|decided|choosing|chose) to "
                    r"(?:leave|quit|get out)\b|\b(?:handed|handing|put|putting) (?:in )?(?:my )?notice\b|"
                    r"\b(?:resigned|resigning|quit|quitting|my choice|my own choice|my decision)\b")
# A job that has gone, in so many words: "my job in the stockroom has gone". Not in work any more,
# whatever "my job" said on its own.
JOB_GONE = re.compile(r"\bmy (?:\w+ ){0,2}?job(?: \S+){0,4} (?:has gone|is gone|went|has been cut|was cut|got cut|"
                       r"disappeared|has disappeared|no longer exists)\b"
                       # ...or left by them, or come to its end, said as done: "quit my job last wk", "contract at
                       # the council ended last Friday" (not "want to quit my job", nor "ends in March")
                       r"|\b(?<!to )(?<!wanna )(?<!gonna )(?:quit|left|walked out of|packed in|jacked in) my (?:\w+ )?job"
                       r"(?= (?:last|yesterday|on|in|a|an|\d+)\b| ?[,.;!]| ?$)"
                       r"|\b(?:contract|job|placement|post|role)(?: \S+){0,6}? (?:ended|finished|ran out|expired|"
                       r"came to an end)(?= (?:last|yesterday|on|in|a|\d+)\b| ?[,.;!]| ?$)")
# The job ending for the resident, said as what it means to them: "so that's me finished on Friday".
ENDING = re.compile(r"\bthat (?:'s|s|is) me (?:finished|done|out)\b|\b(?:agency|firm|company|we) "
                     r"(?:has |have |'s |s )?lost the contract\b")
def let_go_together(facts: List[Fact], view, text: str) -> List[Fact]:
    """Let go with the rest of the workforce: displaced, and out of that job (unless work now is said)."""
    together = LET_GO_TOGETHER.search(view.plain)
    if together is None:
        return facts
    kept = [f for f in facts if not (f.slot == "background" and f.value in ("unemployed", "low_wage", "career_changer"))]
    slots = {f.slot for f in kept}
    if "background" not in slots:
        kept.append(view.fact("background", "displaced_worker", together.start(), together.end(), text))
    if "employment_status" not in slots and not WORKS_NOW.search(view.plain):
        kept.append(view.fact("employment_status", "unemployed", together.start(), together.end(), text))
    return kept


def losing(facts: List[Fact], view, text: str) -> List[Fact]:
    """A job loss still to come: in work now (not out of work, as "laid off" alone says) and displaced."""
    losing = LOSING.search(view.plain)
    if losing is None and not CHOSEN.search(view.plain):
        losing = LAST_DAY.search(view.plain)
    if losing is None:
        return facts
    gone = JOB_GONE.search(view.plain)
    if gone:  # "...was not renewed" of a contract that "ended last Friday": displaced, and out of that work now
        kept = [f for f in facts if f.slot != "employment_status"
                and not (f.slot == "background" and f.value in ("unemployed", "low_wage", "career_changer"))]
        kept.append(view.fact("employment_status", "unemployed", gone.start(), gone.end(), text))
        if not any(f.slot == "background" for f in kept):
            kept.append(view.fact("background", "displaced_worker", losing.start(), losing.end(), text))
        return kept
    kept = [f for f in facts if not (f.slot == "employment_status" and f.value == "unemployed")
            and not (f.slot == "background" and f.value in ("unemployed", "low_wage", "career_changer"))]
    slots = {f.slot for f in kept}
    if "employment_status" not in slots:
        kept.append(view.fact("employment_status", "employed", losing.start(), losing.end(), text))
    if "background" not in slots:
        kept.append(view.fact("background", "displaced_worker", losing.start(), losing.end(), text))
    return kept


__all__ = ["AUTOMATION", "JOB_LOSS", "CLOSING", "CLOSED", "LET_GO_TOGETHER", "FOR_GOOD", "NOT_FOR_GOOD", "MONTHS", "OURS", "TO_COME", "LOSING", "LAST_DAY", "CHOSEN", "JOB_GONE", "ENDING", "let_go_together", "losing"]
