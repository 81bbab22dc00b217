"""Jobs said in a message: the words that name a job, and the signs that it is held now rather than
done before, trained for or wished for. bot.language.situations reads a resident's situation with them."""

from __future__ import annotations

import re

from bot.language.numbers import NATIONALITIES

# Staff of an employer, said as such: "police staff", "NHS staff".
# Lines of work said in place of a job: "worked in retail for 10 years", "I work in care"
SECTORS = (r"(?:retail|hospitality|care|construction|sales|marketing|finance|banking|logistics|manufacturing|admin|"
           r"catering|security|the nhs|the army|the forces|the armed forces|the police|teaching|nursing|insurance|"
           r"recruitment)")
STAFF = "police staff|council staff|nhs staff|support staff|office staff|school staff"
# Someone else's places of work, named bare: "warehouse", "chinese takeaway", "car wash".
_PLACES_OF_WORK = (r"(?:warehouse|factory|restaurant|takeaway|hotel|kitchen|hospital|care home|car wash|supermarket|"
                   r"laundry|bakery|call centre|abattoir|packing plant)")
# Their work now or before, named: "I've been a hairdresser for fifteen years", "I'm a nurse at the
# QE but...", "bricklayer, sick of the cold". With a digital topic they want and no other situation
# said, someone changing career (bot.language.understanding keeps the topic they want, not the job).
OCCUPATIONS = (
    "hairdresser|barber|beautician|nail tech|chef|cook|kitchen porter|waiter|waitress|barista|bartender|"
    "nurse|midwife|paramedic|care worker|support worker|healthcare assistant|teacher|teaching assistant|"
    "lecturer|nursery nurse|childminder|social worker|driver|forklift driver|bus driver|lorry driver|"
    "hgv driver|taxi driver|delivery driver|courier|postie|postman|postwoman|bricklayer|builder|labourer|"
    "joiner|carpenter|plumber|electrician|plasterer|roofer|scaffolder|tiler|decorator|painter|welder|"
    "mechanic|fitter|machinist|engineer|factory worker|warehouse worker|picker|packer|cleaner|caretaker|"
    "security guard|receptionist|secretary|administrator|admin assistant|accountant|bookkeeper|cashier|"
    "shop assistant|sales assistant|retail assistant|store manager|shop manager|manager|supervisor|"
    "sales manager|salesman|saleswoman|estate agent|bank clerk|civil servant|police officer|firefighter|"
    "soldier|pharmacist|dentist|doctor|lawyer|solicitor|journalist|photographer|artist|tattoo artist|"
    "musician|actor|librarian|gardener|landscaper|farmer|butcher|baker|hotel worker|housekeeper|porter|"
    "call centre worker|customer service adviser|dental nurse|optician|translator|interpreter|nanny|au pair|"
    "hairstylist|stylist|paralegal|dispenser|pharmacy assistant|care assistant|dinner lady|lollipop lady|"
    "binman|refuse collector|vet nurse|cabin crew|flight attendant|concierge|glazier|locksmith|groundworker|"
    "dog groomer|groomer|tattooist|nail technician|makeup artist|personal trainer|fitness instructor|"
    "lifeguard|operative|machine operator|assembler|technician|phlebotomist|personal assistant|till operator|"
    "merchandiser|recruiter|clerk|kitchen assistant|florist|shop worker|retail worker|delivery rider|"
    "mortgage adviser|financial adviser|adviser|advisor|consultant|hotel receptionist|housekeeper|"
    "warehouse operative|production operative|quality inspector|inspector|forklift operator|bar staff|"
    "barman|barmaid|bar worker|claims handler|packer|postman|postwoman|exec|executive|team leader|"
    "shift leader|data entry clerk|[a-z]+ manager|" + STAFF)
JOB_SAID = re.compile(
    r"\b(?:i am|i have been|i 've been|been|i was|i work as|i worked as|working as|worked as|and work as|i do|years as|"
    # (their age between: "I'm 34 and a secondary school science teacher")
    r"yrs as|year as)(?: \d{2}(?: years old)? (?:and|,))?(?: an?)? (?:\w+ ){0,3}(?:" + OCCUPATIONS + r")s?\b"
    r"|(?:^|[,.;!] )(?:\d{2} )?(?:an? )?(?:self employed |freelance )?"
    r"(?:(?:primary|secondary|school|supply|senior|junior|head|assistant|maths|math|english|science|music|art|"
    r"history|geography|chemistry|physics|biology|ict|computing|drama|window|"
    r"trainee|qualified|agency|night|van|bus|site|shift|team|retail|hospital|community|district|staff|registered|"
    r"ward|practice|digital|marketing|sales|account|accounts|hr|payroll|finance|office|warehouse|care|kitchen|"
    r"bank|restaurant|shop|store|call|centre|train|tram|coach) ){0,2}"
    r"(?:" + OCCUPATIONS + r")(?= [,.;!]| for| of| in| at|$| \d+ (?:years|year)\b| \d{2} (?:§|[a-z]+ ?[,.;!])"
    r"| currently| atm| at the moment| by day| right now| here| on nights| on days| on shifts| by trade"
    # the job, then what they want instead: "33, leeds, primary teacher wanting to move into data"
    r"| wanting to| who wants to| looking to| hoping to| keen to| trying to| thinking of| fed up| sick of)"
    r"|\b(?:i work as|i worked as|working as|worked as|i have worked as|been working as)(?: an?)? \w+(?: \w+)?"
    r"|\b(?:been in|worked in|working in|years in) " + SECTORS + r"(?: management)? for \d+ (?:years|year)\b"
    # a working life named by its field: "I've spent my whole career in HR"
    r"|\b(?:spent|had|built) (?:my |a )?(?:whole |entire )?career (?:in|as) (?:an? )?\w+"
    # the job they are tired of: "fed up of being a cleaner", "sick of doing payroll", "bored of doing admin"
    r"|\b(?:fed up|sick|tired|bored) (?:of|with) (?:being an? (?:\w+ )?(?:" + OCCUPATIONS + r")|doing (?:the )?"
    r"(?:payroll|admin|accounts|bookkeeping|deliveries|cleaning|care work|sales|retail|warehouse work|factory work|"
    r"security|driving|nights|shifts|the tills|call centre work|bar work|kitchen work))\b")
# A job not in the list above, known by the shape of the word, where a job is said: "i am a beauty
# therapist", "been a florist 20 years", "as a sous chef", "beauty therapist 27 west brom". The words that end
# like jobs but are not (a student, a refugee, a carer for mum, a beginner) are left out.
NOT_JOBS = {"user", "beginner", "member", "other", "number", "newcomer", "foreigner", "carer", "volunteer",
             "student", "pensioner", "claimant", "parent", "resident", "immigrant", "migrant", "seeker",
             "jobseeker", "learner", "leaver", "mother", "father", "brother", "sister", "daughter", "grandmother",
             "grandfather", "partner", "woman", "man", "gentleman", "christian", "muslim", "asian", "european",
             "african", "indian", "pakistani", "iranian", "syrian", "afghan", "eritrean", "sudanese", "nigerian",
             "romanian", "bulgarian", "lithuanian", "ukrainian", "albanian", "italian", "brazilian", "bit",
             "little", "fan", "person", "refugee", "fresher", "graduate", "dependant", "dependent", "citizen",
             "veteran", "survivor", "sufferer", "diabetic", "smoker", "drinker", "gamer", "lover", "owner",
             "older", "younger", "bigger", "better", "quicker", "faster", "together", "over", "under", "after",
             "never", "ever", "either", "neither", "rather", "whether", "later", "sooner", "proper", "major",
             "minor", "junior", "senior", "former", "latter", "supporter", "mentor", "tutor"} | set(NATIONALITIES)
JOBLIKE = r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|man|woman|ess|ic|ee)"
JOB_GUESS = re.compile(
    r"\b(?:i am|i have been|i 've been|been|i was|i work as|i worked as|working as|worked as|years as|yrs as)"
    r"(?: an?)? (?:[a-z]+ )?(?P<job>" + JOBLIKE + r")(?= [,.;!]| for| in| at| and| but| \d| §|$)"
    r"|(?:^|[,.;!] )(?:hi |hiya |hello )?(?:an? )?(?:[a-z]+ )?(?P<job2>" + JOBLIKE + r") \d{2}(?= (?:§|[a-z]))")


def job_guess(plain: str) -> "re.Match | None":
    for m in JOB_GUESS.finditer(plain):
        if (m.group("job") or m.group("job2")) not in NOT_JOBS:
            return m
    return None


PAST_JOB = re.compile(r"(?:i was|i worked as|worked as|used to)\b")
# Work done now, said as where: "and work in a warehouse now", "currently working at Tesco".
WORKS_NOW = re.compile(r"\b(?:i|and) (?:work|working|am working|m working|'m working) in " + SECTORS + r"\b(?! for \d)"
                       # "I still work in Nuneaton as a care assistant", "live in Sutton but work in Tamworth"
                       r"|\b(?:i still|still|but|but i) (?:work|working) (?:in|at|for|as)\b"
                       r"|\b(?:(?:i|and) (?:work|am working|m working) (?:in|at|for) (?:a|an|the) (?:\w+ ){1,3}?"
                        r"(?:now|at the moment|currently|these days)\b|(?:i )?(?:currently|now) (?:work|working) "
                        r"(?:in|at|for) (?:a|an|the)? ?\w+"
                        # ...or opening the message or a clause, the "I" left out: "work in phone shop in dudley"
                        r"|(?:^|(?<=[,.;!?] ))(?:work|working) (?:in|at|for) (?:a |an |the )?\w+"
                        # "I work on a helpdesk for the council", "I work for the NHS": their work now, said plainly
                        r"|\bi (?:work|am working) (?:on|at|for) (?:a|an|the|our) \w+"
                        # "currently doing data entry for an insurance company", "I manage a small Greggs"
                        r"|\b(?:currently|now|i am|i 'm|im) doing (?:\w+ ){1,3}?for (?:a|an|the) (?:\w+ ){0,2}?"
                        r"(?:company|firm|council|charity|bank|business|agency|shop|store|hospital|school|university|"
                        r"insurer|retailer|supermarket|factory|warehouse)\b"
                        # "I drive buses", "she drives trains": driving for an operator is work held (not taxis,
                        # often one's own business)
                        r"|\b(?:i|he|she|i have been|i 've been|i am|i 'm|been) (?:drive|drives|driving) (?:buses|a bus|trains|"
                        r"a train|trams|a tram|lorries|a lorry|hgvs|an hgv|forklifts|a forklift|coaches|a coach)\b"
                        # "ive just been working in my dads shop since": work held since then, to now
                        r"|\b(?:i have |i 've |ive )?(?:just |only |mainly )?been working (?:in|at|for) (?:my|a|an|the)\b"
                        # "I do security at Merry Hill", "I do admin for a law firm": the work done, and where
                        r"|\bi (?:do|am doing|am on) (?:the )?(?:tills|till|checkouts|shop floor|security|admin|reception|cleaning|catering|deliveries|delivery|"
                        r"maintenance|payroll|accounts|bookkeeping|marketing|sales|hr|care work|agency work|"
                        r"warehouse work|factory work|bar work|retail|shifts|nights) (?:at|for|in) \w+"
                        r"|\bi (?:manage|am managing|supervise) (?:a|an|the) (?!household|house|money|budget|kids|"
                        r"children|family)\w+"
                        # the job now, after what they were: "currently a payroll officer at the council", "now I
                        # pick and pack at the Next warehouse"
                        r"|\b(?:currently|now) (?:an?|the) (?:\w+ ){0,2}?(?:" + OCCUPATIONS + r"|officer|operative|"
                        r"technician|tech|clerk|assistant|worker|adviser|advisor|coordinator|controller|agent)\b"
                        r"|\b(?:currently|now|these days) i (?:pick|pack|clean|drive|serve|stack|cook|deliver|sort|load)\b"
                        # ...said as what they are doing, the "I" left out: "currently picking in a warehouse", "out 6
                        # months and driving for a delivery firm"
                        r"|\b(?:currently|now|and now|and) (?:picking|packing|cleaning|driving|delivering|stacking|cooking|"
                        r"serving|sorting|loading|working) (?:in|at|for) (?:a|an|the) (?:\w+ ){0,2}?(?:firm|company|"
                        r"warehouse|factory|shop|store|supermarket|depot|hotel|restaurant|hospital|school|office|"
                        r"care home|agency|council|kitchen)\b"
                        # "here I clean hotel rooms", "I clean offices at night": someone else's place
                        r"|\bi (?:clean|am cleaning) (?:hotel rooms|hotels|offices|schools|hospitals|wards|trains|"
                        r"buses|the hospital|the school|the offices|at)\b"
                        # the article left out, as many learners of English say it: "and work in warehouse", "me
                        # work chinese takeaway"
                        r"|\b(?:i|and|me) (?:work|working|am working) (?:in |at )?(?:\w+ )?" + _PLACES_OF_WORK + r"\b)")
# What they have or run for themselves: "I run a small nail bar", "i have my own barber shop" (not "I want to run
# my own shop one day": a wish, read before it is taken).
OWN_TRADE = re.compile(r"\bi (?:have|'ve got|have got|run|own|got|am running) (?:my own|a|an|our)(?: (?:own|small|little|"
                       r"tiny|family))? (?:\w+ ){0,2}?(?:shop|business|salon|nail bar|barbers|barber shop|barbershop|"
                       r"cafe|restaurant|takeaway|stall|garage|firm|company|bakery|catering business|cleaning business)\b")
# Jobs done for an employer (not the trades often done self-employed): named as theirs, they are in work.
EMPLOYEE_JOB = re.compile(
    r"\b(?:police officer|teacher|teaching assistant|lecturer|nurse|midwife|paramedic|soldier|civil servant|"
    r"firefighter|care worker|support worker|healthcare assistant|nursery nurse|social worker|"
    r"receptionist|cashier|shop assistant|sales assistant|retail assistant|factory worker|warehouse worker|"
    r"warehouse operative|production operative|call centre worker|customer service adviser|dental nurse|"
    r"pharmacy assistant|care assistant|dinner lady|kitchen porter|kitchen assistant|till operator|"
    r"machine operator|forklift operator|forklift driver|forklift truck driver|shop worker|retail worker|"
    r"hotel worker|librarian|porter|"
    r"admin assistant|administrator|secretary|security guard|manager|supervisor|"
    r"cook|chef|sous chef|head chef|estate agent|exec|executive|bus driver|train driver|tram driver|coach driver|it technician|"
    r"school technician|team leader|pharmacy technician|lab technician|clerk|bar staff|barista|waitress|waiter|"
    r"postman|postwoman|postie|dispenser|pharmacy dispenser|" + STAFF + r"|cleaner at)s?\b")
# A job named with where it is done, a workplace of someone else's: "a chef at a hotel", "nurse at the QE".
AT_WORKPLACE = re.compile(
    r" (?:at|for) (?:a|an|the|our|my) (?:\w+ ){0,2}?(?:hotel|restaurant|hospital|school|college|university|"
    r"factory|warehouse|salon|shop|store|supermarket|bank|office|care home|nursing home|nursery|pub|bar|cafe|"
    r"garage|call centre|call center|company|firm|council|gym|surgery|pharmacy|chemist|airport|station|depot|"
    r"plant|hotel chain|bakery|kitchen|leisure centre|sports centre|prison|library|charity)\b")
RETIRED = re.compile(r"\bretired\b")
NOT_HELD = re.compile(r"\b(?:ex|former|formerly|retired|qualified|trained|training|trainee|student|unemployed|"
                       r"out of work|redundant|was|were|used to be|wannabe|aspiring|would be|want to be|to be|become)\b")

# Signs that a job named is theirs now, in the words around it: "hgv driver atm", "security, 12 hour shifts",
# "a chef by day". With them any job, not only one done for an employer, is work held.
_HELD_NOW = re.compile(r"\b(?:atm|at the moment|currently|right now|these days|at present|by day|"
                       r"\d+ ?(?:hour|hr) shifts?|night shifts?|day shifts?|on nights|on shifts|"
                       r"\d+ (?:days|nights|shifts) a week)\b")


def held_now(plain: str, job: "re.Match") -> bool:
    """A sign the job is held now in its own clause: "im a hgv driver atm", "I do security, 12 hour shifts"."""
    before = re.split(r"[.;!?]", plain[:job.start()])[-1]
    after = re.split(r"[.;!?]| but | and i (?:want|would|wan)", plain[job.end():])[0]
    return bool(_HELD_NOW.search(before[-30:]) or _HELD_NOW.search(after[:40]))


__all__ = ["AT_WORKPLACE", "EMPLOYEE_JOB", "JOBLIKE", "JOB_GUESS", "JOB_SAID", "NOT_HELD", "NOT_JOBS", "OCCUPATIONS",
           "OWN_TRADE", "PAST_JOB", "RETIRED", "STAFF", "WORKS_NOW", "held_now", "job_guess"]
