"""Phrase tables for the spaCy pipeline: the words residents use for each fact.

Kept as data, apart from the logic, so a reviewer can see exactly which words produce which fact.
Phrases are matched on token NORM after bot.language.nlp's normaliser, so "I'm", "im" and "i am" are one
phrase, "don't"/"dont" are "do not", "u" is "you" and "wanna" is "want to". Each multi-word phrase
also matches hyphenated and run-together ("part-time", "parttime").

An entry's id is "slot=value;slot=value". A value ending in "?" counts only when the message is
little more than the phrase ("not sure" answers a question; inside a sentence it may be about
anything). A value ending in "!" settles a conflict with other values of the slot ("I claimed
asylum and got refugee status" -> refugee).
"""

from __future__ import annotations

from typing import Dict, List, Tuple

# SMS-speak, common typos and tokenizer pieces -> the norm the patterns are written in.
NORMS: Dict[str, str] = {
    "rn": "right now", "n": "and", "&": "and", "+": "and", "u": "you", "ur": "your", "r": "are", "wiv": "with",
    "wid": "with", "w/": "with", "b4": "before", "cos": "because", "coz": "because",
    "cuz": "because", "bc": "because", "pls": "please", "plz": "please", "thx": "thanks",
    "yrs": "years", "yr": "year", "hrs": "hours", "hr": "hour", "wk": "week", "wks": "weeks",
    "mth": "month", "mnth": "month", "mths": "months", "uni": "university", "quals": "qualifications",
    "qual": "qualification", "qualis": "qualifications", "qualifcations": "qualifications",
    "qualifactions": "qualifications", "qualificatons": "qualifications", "lvl": "level",
    "englsh": "english", "englis": "english", "inglish": "english", "engish": "english",
    "enlish": "english", "univeral": "universal", "universel": "universal",
    "unemployeed": "unemployed", "unemplyed": "unemployed", "unemploid": "unemployed",
    "programing": "programming", "codeing": "coding", "websight": "website", "webside": "website",
    "evenins": "evenings", "evnings": "evenings", "weekens": "weekends", "wkends": "weekends",
    "asylem": "asylum", "assylum": "asylum", "asilum": "asylum", "refugie": "refugee",
    "refujee": "refugee", "seaker": "seeker", "unemployd": "unemployed", "unemploied": "unemployed",
    "skl": "school", "schl": "school", "thinkin": "thinking", "tme": "time", "nt": "not", "workin": "working", "livin": "living", "idk": "dunno", "dno": "dunno", "£": "£",
    "pm": "pm", "am": "am", "wanna": "want", "wana": "want", "gonna": "going", "yeh": "yes", "yea": "yes", "yep": "yes", "nah": "no", "nope": "no",
    "gcse's": "gcses", "sef": "self", "slef": "self", "alevel": "a-level", "alevels": "a-levels", "cyber-security": "cybersecurity",
    "skool": "school", "nothin": "nothing", "wrk": "work", "wrking": "working", "eves": "evenings",
    "codin": "coding", "progamming": "programming", "sumthin": "something", "summat": "something",
    "wat": "what", "wot": "what", "sum1": "someone", "jobles": "jobless", "unemploed": "unemployed",
    "nuffin": "nothing", "nuthin": "nothing", "nuffink": "nothing", "apprentiship": "apprenticeship",
    "apprenticship": "apprenticeship", "aprenticeship": "apprenticeship", "til": "till",
    "bein": "being", "gettin": "getting", "shuttin": "shutting", "closin": "closing", "fixin": "fixing",
    "ther": "there", "wnt": "want", "langwage": "language", "jus": "just", "jst": "just",
    "finishd": "finished", "finshed": "finished", "finised": "finished", "fnished": "finished",
    "leavin": "leaving", "finishin": "finishing", "mornins": "mornings", "il": "i will",
    # the people they ask for, as often misspelt: "my grandaughter is 15", "my neice"
    "grandaughter": "granddaughter", "grandaugther": "granddaughter", "granddauther": "granddaughter",
    "daugther": "daughter", "dauther": "daughter", "daugter": "daughter", "doughter": "daughter",
    "neice": "niece", "nefew": "nephew", "neffew": "nephew", "nephwe": "nephew", "cusin": "cousin",
}

# Everyday verbs residents write with the g dropped ("workin", "cleanin for herself", "lookin for a job"):
# each is read as its -ing form, as is every -ing word of the phrase tables below (all_norms). Only known
# -ing words are restored, so a word that ends in "in" (begin, cousin, Berlin) is never touched.
EVERYDAY_ING = (
    "working", "looking", "doing", "cleaning", "driving", "living", "going", "trying", "wanting",
    "coming", "packing", "picking", "starting", "learning", "studying", "caring", "cooking", "helping",
    "building", "fixing", "running", "sorting", "moving", "leaving", "finishing", "applying", "claiming",
    "waiting", "earning", "paying", "struggling", "volunteering", "delivering", "selling", "teaching",
    "nursing", "designing", "making", "typing", "texting", "using", "sitting", "stacking", "serving",
    "washing", "painting", "labouring", "plastering", "warehousing", "cutting", "closing", "shutting",
    "losing", "getting", "retraining", "training", "thinking", "planning", "hoping", "saving", "taking",
    "signing", "nothing", "something", "anything", "everything", "morning", "evening", "sewing",
)


def all_norms() -> Dict[str, str]:
    """NORMS, and the g-dropped spelling of every -ing word residents use or the phrase tables hold."""
    ing = {w for w in EVERYDAY_ING}
    ing.update(t for _, words in FACTS for phrase in words for t in phrase.split()
               if t.endswith("ing") and len(t) >= 6 and t.isalpha())
    dropped = {w[:-1]: w for w in ing}
    dropped.update(NORMS)  # a written norm ("nothin": "nothing") wins
    return dropped


_NUM_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight"]


def _n(number: int) -> dict:
    return {"NORM": {"IN": [str(number), _NUM_WORDS[number]]}}


UNEMPLOYED = "employment_status=unemployed;background=unemployed"
WOMEN = "target_group=women"

FACTS: List[Tuple[str, List[str]]] = [
    # ---- interests ---------------------------------------------------------------------------
    ("interest=coding", [
        "software dev", "app dev",
        "coding", "code", "to code", "programming", "programmer", "software", "software development",
        "software developer", "software engineering", "software engineer", "developer", "python",
        "javascript", "java", "app development", "apps", "making apps", "game development", "gaming",
        "video games", "computer games", "making games", "make games", "make a game", "making a game",
        "make my own games", "build games", "design games", "designing games", "create games", "game design", "games design", "game dev",
        "games development", "computer science", "full stack", "front end", "back end",
        # programs of their own: "he writes his own programs and little games"
        "own programs", "writes programs", "write programs", "writing programs", "little games"]),
    ("interest=data", [
        "working with data", "work with data", "data entry and analysis",
        "data", "data analysis", "data analyst", "data analytics", "data science", "data scientist",
        "excel", "spreadsheets", "spreadsheet", "sql", "power bi", "statistics", "analytics",
        "machine learning"]),
    ("interest=web_design", [
        "web dev", "web developer", "front end web", "graphic design", "graphic designer", "web stuff",
        "web design", "web designer", "website", "websites", "web development", "web developer",
        "wordpress", "ux", "ui design", "ux design", "making websites", "build websites", "web sites", "web site",
        "making web sites",
        "building websites"]),
    ("interest=it_support", [
        "it support", "tech support", "technical support", "helpdesk", "help desk", "service desk",
        "fixing computers", "fix computers", "repairing computers", "computer repair", "computer repairs",
        "it technician", "networking", "comptia", "desktop support", "it help desk",
        "networks", "network", "computer networks", "fixing pcs", "fix pcs", "fixing laptops", "fix laptops",
        "repair computer", "repair computers", "repairing pcs", "pc repair", "pc repairs", "laptop repairs",
        # (only as work they would do: "helping people sort out tech problems", bot.language.phrase_context)
        "tech problems", "tech issues", "computer problems", "computer issues", "it problems", "it issues",
        "laptop problems", "pc problems", "troubleshooting",
        # the trade said with what was mended: "I repair phones and computers", "fixed the computers on the base"
        "repair phones and computers", "repaired phones and computers", "fixing phones and computers",
        "fixed the computers", "fix the computers", "fixed computers", "repaired computers"]),
    ("interest=cyber_security", [
        "cyber", "cyber security", "cybersecurity", "it security", "information security",
        "network security", "online security", "ethical hacking", "hacking", "security", "hackers",
        "stop hackers", "keep hackers out", "safe from hackers", "protect against hackers", "cyber attacks",
        "penetration testing", "infosec", "hacker", "ethical hacker", "white hat hacker"]),
    ("interest=digital_marketing", [
        "digital marketing", "marketing", "social media", "social media marketing", "seo",
        "content creation", "content creator", "online marketing", "online advertising"]),
    ("interest=general_digital", [
        "learn computer", "use computer", "using computer", "computer for job",
        # the everyday devices and tasks, named: "want learn ipad n email", "prob basics first"
        "ipad", "my ipad", "use an ipad", "use my ipad", "use a tablet", "use my tablet", "learn email",
        "use email", "video call", "video calls", "basics first", "the basics first", "basic first", "the basic first", "basic things first",
        "basic computer skills", "computer skills", "basic computer", "computer basics", "basic it",
        "basic it skills", "using a computer", "use a computer", "using computers", "use computers",
        "emails", "emailing", "using email", "use email", "send emails", "sending emails",
        "the internet", "using the internet", "use the internet", "get online", "getting online",
        "get on computers", "get on a computer", "get on the computer", "getting on computers",
        "online banking", "digital skills", "basic digital skills", "essential digital skills",
        "computer literacy", "microsoft office", "typing", "learn computers", "learn about computers",
        "learn the basics", "need the basics", "just the basics", "the very basics",
        "learning computers", "computer course", "computers course", "learn how to use computers",
        # everyday tasks said as the wish: email, forms, a phone or tablet, calling family on video
        "learn email", "learn emails", "learn to email", "learn how to email", "learn to send emails",
        "video call", "video calls", "video calling", "facetime", "use my tablet", "use a tablet",
        "use his tablet", "use her tablet", "use the tablet", "use my phone properly", "use a smartphone",
        "use my smartphone", "forms online", "online forms", "fill in forms", "filling in forms",
        "fill forms online", "apply for jobs online", "applying for jobs online", "job applications online",
        "use zoom", "use whatsapp", "use teams",
        # better with computers, said as the need: "I need to get better at computers", "never used one"
        "better at computers", "better with computers", "better on computers", "help with computers",
        "help with computer", "help with the computer",
        "never used a computer", "not used a computer", "never touched a computer", "word or excel",
        # the basics said of the computers they struggle with: "a course on computers basic stuff as im rubbish
        # wiv them", "never switched a computer on"
        "computers basic stuff", "basic stuff on computers", "basic computer stuff", "computer basic stuff",
        "rubbish with them", "useless with them", "hopeless with them", "never switched a computer on",
        "never turned a computer on", "never switched on a computer",
        "word and excel", "excel and word", "word excel"]),
    ("interest=general_digital?", ["email", "computers", "the basics", "basics"]),
    ("interest=not_sure", [
        "not a clue what", "no clue what", "unsure what", "no idea what job", "dunno what to study", "dunno what to learn", "do not know what job",
        "not sure what to do", "not sure what i want", "not sure what to learn",
        "not sure what to study", "not sure which course", "not sure what course",
        "do not know what to do", "do not know what i want", "do not know what to learn",
        "dunno what to do", "no idea what to do", "no idea what i want", "open to anything",
        "anything really", "anything digital", "anything with computers", "anything at all",
        "no preference", "undecided", "have not decided", "not decided yet"]),
    ("interest=not_sure?", [
        "not a clue", "no clue",
        "not sure", "do not know", "dunno", "no idea", "anything", "unsure", "not sure really",
        "do not mind", "no idea really", "i do not know"]),
    # ---- availability (work context turns "part time" into employment; see understanding) ----
    ("availability=full_time", ["full time", "f/t", "f / t", "ft", "avail ft", "five days a week", "monday to friday", "full days", "full day",
                                # free whenever a course runs: "i have time all day", "free all week"
                                "time all day", "free all day", "free all week", "free every day", "i have all day",
                                "got all day", "available any time", "available anytime", "free any time",
                                "free anytime", "available all day", "available all week",
                                # nothing else in their days: "i am free all the time, nothing to do all day"
                                "free all the time", "available all the time", "nothing to do all day"]),
    ("availability=part_time", [
        "a few hours a week", "few hours a week", "couple of hours a week",
        # a few hours at a time, in the day: "a few hours at a time", "daytime ok but not full days"
        "a few hours at a time", "few hours at a time", "a few hours a day", "few hours a day",
        "couple of hours a day", "a couple of hours at a time", "daytime", "daytime ok", "in the daytime",
        "during the day", "in the day",
        "part time", "a few days a week", "few days a week", "couple of days a week", "p/t", "p / t", "pt only",
        "avail pt", "can do pt",
        "school hours", "mornings only", "in the afternoons", "afternoons only", "in the mornings",
        "during school hours", "in school hours", "term time only", "only morning", "only mornings",
        "morning only", "only in the morning", "only in the mornings", "only afternoon", "only afternoons",
        "afternoon only", "only in the afternoon",
        # a time of day said as what suits them: "mornings suit me", "afternoons are best"
        "mornings suit me", "morning suits me", "mornings are best", "mornings work for me", "mornings are good",
        "afternoons suit me", "afternoon suits me", "afternoons are best", "afternoons work for me",
        "daytime suits me", "days suit me", "days are best", "during the day suits me",
        "mornings would suit", "morning would suit", "mornings would be best", "mornings would be good",
        "afternoons would suit", "afternoons would be best", "can do mornings", "can only do mornings",
        "can do afternoons", "can only do afternoons",
        # while their children are at school: "only when children are in school"
        "when children are in school", "when the children are in school", "when children are at school",
        "when the children are at school", "when the kids are at school", "when the kids are in school",
        "when kids are at school", "when kids are in school", "while the kids are at school",
        "while the children are at school", "while kids are at school", "while children are at school",
        "when my children are at school", "when my kids are at school", "when my children are in school",
        # said without the verb, as many learners of English do: "when kids at school"
        "when kids at school", "while kids at school", "when the kids at school", "when children at school",
        # so many mornings or days in the week: "three mornings a week", "two days a week"
        "mornings a week", "one morning a week", "two mornings a week", "three mornings a week",
        "four mornings a week", "afternoons a week", "two afternoons a week", "three afternoons a week",
        "one day a week", "two days a week", "three days a week", "2 days a week", "3 days a week",
        "while he is at nursery", "while she is at nursery", "while they are at nursery",
        "while the kids are at school", "while the children are at school", "while they are at school",
        "while he is at school", "while she is at school", "when they are at school", "when they are in school",
        "only when they are at school", "when they at school",
        # the school run bounds their day: "it'd have to be between the school runs"
        "between the school runs", "between school runs", "around the school run", "around the school runs",
        "around school runs", "in between the school runs", "round the school run", "round the school runs",
        # the school day bounds it: "something that fits round school"
        "fits round school", "fit round school", "fits around school", "fit around school", "round school hours",
        "around school hours", "round school times", "around school times",
        # one day free in the week: "Mondays are my only day off"
        "my only day off", "only day off", "my one day off", "on my day off", "on my days off"]),
    ("availability=evenings_weekends", [
        "evenings", "weekends", "evenings and weekends", "at the weekend", "on the weekend",
        "at weekends", "evening classes", "evening courses", "weekend classes", "weekend courses",
        "nights", "night time", "saturdays", "sundays", "weekday evenings", "in the evenings", "wknds", "wknd",
        # the day ruled out, whatever the reason: "i look after the wife in the day so i cant do days"
        "can not do days", "can not do daytime", "can not do daytimes", "can not do the day", "can not do day time",
        "no good in the day", "no good during the day",
        "in the evening", "after 6", "after 5", "after 6pm", "after 5pm",
        # "only" before the time: "Only evening I can", "only weekend is possible"
        "only evening", "only in the evening", "only weekend", "only at the weekend", "only at weekends",
        # a weekday's evening, or a free day at the weekend: "Sunday I am free and Monday evening"
        *(f"{day} {time}" for day in ("monday", "tuesday", "wednesday", "thursday", "friday")
          for time in ("evening", "evenings", "night", "nights")),
        "sunday i am free", "saturday i am free", "i am free on sunday", "i am free on saturday", "free on sundays",
        "free on saturdays", "free on sunday", "free on saturday", "sundays i am free", "saturdays i am free"]),
    ("availability=evenings_weekends?", ["evening", "weekend", "evening only", "weekend only"]),
    ("availability=evenings_weekends;employment_status=employed", ["after work", "after my shift"]),
    # ---- benefits and income -------------------------------------------------------------------
    ("universal_credit=true", [
        "uc",
        "on uc", "on universal credit", "universal credit", "claiming uc", "claim uc", "get uc",
        "getting uc", "receive uc", "receiving uc", "my uc", "my universal credit", "uc claim",
        "uc claimant", "claiming universal credit", "get universal credit",
        # the online account only claimants have: "can't get into his UC journal"
        "uc journal", "universal credit journal", "journal on uc",
        # the claimant's work search group, as a work coach writes it
        "full conditionality", "intensive work search"]),
    ("universal_credit=false", [
        "do not get universal credit", "do not claim universal credit", "not on any benefits", "do not get any benefits", "not claiming any benefits", "come off uc", "came off uc", "off uc now", "no longer on uc", "not on uc any more", "not on uc anymore",
        "not on uc", "not on universal credit", "no uc", "not claiming uc", "do not get uc", "no universal credit",
        "do not claim uc", "not on benefits", "no benefits", "not claiming benefits",
        "do not claim benefits", "do not get benefits", "not claiming anything"]),
    ("annual_income=0", [
        "just benefits", "only benefits", "benefits only", "only on benefits", "just on benefits",
        "no income", "zero income", "nothing coming in", "no money coming in", "not earning",
        "earn nothing", "earning nothing", "no earnings", "no wage", "no wages", "no salary",
        "do not earn anything", "not earning anything",
        "just my pension", "only my pension", "just a pension", "only a pension", "just the pension",
        "only the pension", "just my state pension", "on my pension", "nothing but benefits",
        "no money at all", "not a penny", "skint"]),
    ("annual_income=0;immigration_status=asylum_seeker;background=refugee", [
        "only asylum support", "just asylum support", "only get asylum support", "just get asylum support",
        "asylum support only", "only the asylum support"]),
    # ---- qualifications (numbered forms are token patterns below) ------------------------------
    ("qualification_level=0", [
        "no qualifications", "no qualification", "no formal qualifications", "no qualifications at all",
        "without qualifications", "left school with nothing", "left school with no qualifications",
        "left school with no gcses", "do not have any qualifications", "have not got any qualifications",
        "not got any qualifications", "never got any qualifications", "no gcses", "entry level"]),
    ("qualification_level=2", ["gcse", "gcses", "o level", "o levels", "btec first"]),
    ("qualification_level=3", [
        "a level", "a levels", "a-level", "a-levels", "t level", "t levels", "btec national",
        "btec extended diploma", "access course", "access to he", "access to higher education",
        "international baccalaureate", "baccalaureate", "bacalaureat", "bacalaureatul", "baccalaureat", "bacul", "bacu",
        "high school diploma",
        "secondary school diploma", "abitur", "matura", "wassce", "waec", "neco", "ssce", "leaving certificate",
        "intermediate certificate", "higher secondary certificate", "hsc", "fsc", "12th grade", "grade 12",
        "class 12", "a level equivalent", "scottish highers", "highers", "advanced highers"]),
    ("qualification_level=4", ["hnc", "cert he", "certhe", "certificate of higher education"]),
    ("qualification_level=5", ["hnd", "foundation degree", "dip he", "diploma of higher education"]),
    ("qualification_level=6", [
        "qualified nurse", "registered nurse", "qualified midwife", "qualified teacher", "trained teacher",
        "trained nurse", "qualified engineer", "qualified accountant", "qualified pharmacist",
        "qualified lawyer", "qualified architect", "qualified social worker", "qualified physiotherapist",
        "licence degree", "licentiate", "bachelor of science", "bachelor of arts", "bsc nursing",
        "degree", "bachelors", "bachelor's", "bachelor", "bachelors degree", "bachelor's degree",
        "bsc", "ba hons", "beng", "university degree", "undergraduate degree", "graduate",
        # bachelor's degrees as South Asian universities name them
        # (not "btech", which is often a BTEC typed as it sounds)
        "b.tech", "b.com", "bcom", "b com", "bca", "bba", "b.sc", "b.e",
        "graduated", "honours degree", "first degree",
        # a BA said with what shows it is the degree ("ba" alone is too short to be sure of)
        "a ba", "my ba", "did ba", "did a ba", "ba degree", "ba from", "ba in", "have ba", "done ba"]),
    ("qualification_level=7", [
        "masters", "master's", "masters degree", "master's degree", "msc", "mba", "meng",
        "postgraduate", "postgrad", "postgraduate degree"]),
    ("qualification_level=8", ["phd", "doctorate", "dphil"]),
    ("qualification_level=7", ["qualified doctor", "qualified dentist", "medical degree", "medicine degree",
                               "i was a doctor", "trained as a doctor", "mbbs"]),
    # ---- work and background -------------------------------------------------------------------
    (UNEMPLOYED, [
        "let me go", "was let go", "been let go", "got let go",
        "unemployed", "out of work", "jobseeker", "job seeker", "jobseekers", "on jsa", "jobless",
        # as workers note it: not in education, employment or training; long-term unemployed
        "neet", "ltu", "not been in work or education", "not in work or education", "not been in education or work",
        "not in education or work", "not in education employment or training", "not in work education or training",
        "not been in work education or training",
        # ...written with its commas, in any order: "not in education, employment or training"
        *(f"not {been}in {a} , {b} or {c}" for been in ("", "been ")
          for a, b, c in (("education", "employment", "training"), ("work", "education", "training"),
                          ("employment", "education", "training"), ("education", "work", "training"))),
        "not working", "no job", "do not have a job", "have not got a job", "between jobs",
        "has not got a job", "does not have a job", "has no job",
        "not employed", "lost my job", "lost my jobs", "lost his job", "lost her job", "lost their job",
        "lost job", "lost the job", "got sacked", "been sacked",
        "got fired", "been fired", "looking for work", "looking for a job", "job hunting", "job seeking",
        "searching for work", "searching for a job", "signed on", "signing on", "job searching",
        "searching for jobs", "lost me job", "got the sack", "sacked me", "fired me", "kicked out of my job",
        "got kicked out of my job", "i quit my job", "i have quit my job", "left my job", "packed in my job",
        "jacked in my job", "packed my job in", "jacked my job in", "on the dole", "been on the dole",
        "on benefits and looking", "on the social",
        # just out of prison, with no work to go back to: "got out of hmp birmingham 2 month ago"
        "got out of prison", "released from prison", "came out of prison", "just out of prison", "out of jail",
        "got out of jail", "released from jail", "got out of hmp", "released from hmp", "came out of hmp",
        "left prison", "since i got out of prison", "just done a sentence", "after my sentence",
        # still looking, said as the struggle: "finished my degree but can't find a job"
        "can not find a job", "can not find work", "can not find any work", "can not get a job",
        "can not get work", "struggling to find work", "struggling to find a job",
        "still can not find anything", "still can not get anything", "can not find a job anywhere",
        "can not land a job",
        # out of work a while, said as time: "not worked since my son was born"
        "not worked since", "have not worked since", "not worked for", "have not worked for",
        "not had a job since", "not had a job for", "have not had a job since", "have not had a job for"]),
    # Looking for work, said as the help they want or as where they are now: "need help getting a job",
    # "branch shut last month, now nothing"
    (UNEMPLOYED, [
        "help getting a job", "help to get a job", "help finding a job", "help finding work", "help to find work",
        "help to find a job", "help getting work", "help getting into work", "get back into work",
        "getting back into work", "get back to work", "back into work", "now nothing", "not working atm",
        "no job atm", "look at work again", "looking at work again", "ready to work again", "ready to look for work",
        "ready to go back to work", "ready to get back to work", "ready for work again", "back to work again",
        # doing nothing now, the way school leavers say it: "not doing nothin now"
        "not doing anything now", "not doing nothing now", "not doing anything at the moment",
        "not doing nothing at the moment", "not doing anything atm", "not doing nothing atm",
        "doing nothing at the moment", "doing nothing atm", "not doing anything right now",
        "now i do nothing", "i do nothing now", "i do nothing at the moment", "i am doing nothing", "doing nothing now"]),
    # Off work through illness, on sickness benefits: not in work ("been on the sick for 2 years")
    ("employment_status=unemployed", [
        "on the sick", "on sickness benefit", "on sickness benefits", "on esa", "long term sick",
        "on incapacity benefit"]),
    # Sent by the jobcentre to look for work: "the jobcentre says I need to do my job search online"
    ("employment_status=unemployed", [
        "my job search", "do my job search", "jobcentre says", "jobcentre said", "the jobcentre told me",
        "jobcentre told me", "jobcentre sent me", "job centre says", "job centre said", "job centre sent me"]),
    # At home with children, not in paid work: out of work, not an "unemployed" background of its own
    ("employment_status=unemployed", [
        "stay at home mum", "stay at home mom", "stay at home dad", "stay at home parent", "full time mum",
        "full time mom", "housewife"]),
    # Never in work yet: "he has never had a job", "never worked in my life"
    ("employment_status=unemployed", [
        "never had a job", "has never had a job", "never had a proper job", "never worked", "never been employed",
        "never been in work", "not had a job yet", "never had a paid job"]),
    # Not allowed to work yet (an asylum claim): not in work, whatever their background
    ("employment_status=unemployed", [
        "not allowed to work", "can not work yet", "no right to work", "no permission to work",
        "not permitted to work", "not allowed to get a job"]),
    ("employment_status=unemployed;background=displaced_worker", [
        "made redundant", "took redundancy", "lost my job to automation", "lost my job to a machine",
        "lost my job to machines", "lost my job to robots", "lost my job to a robot",
        "lost my job to ai", "took voluntary redundancy", "taken voluntary redundancy",
        "accepted redundancy", "accepted voluntary redundancy", "redundant", "i am redundant",
        # done, said after the event: "out of work since being made redundant"
        "after being made redundant", "since being made redundant", "after being let go", "since being let go",

        "after being laid off", "since being laid off",
        # laid off is made redundant in other words: the job went, not the worker
        "laid off", "laid me off", "got laid off", "been laid off", "was laid off", "were laid off"]),
    # Agency and zero-hours work gone, whatever work is named beside it: "been doing agency work ... but they've
    # cut my hours to nothing, the agency just stopped ringing me"
    ("employment_status=unemployed!;background=displaced_worker", [
        "cut my hours to nothing", "cut my hours to zero", "hours cut to nothing", "hours cut to zero",
        "stopped ringing me", "stopped calling me", "stopped giving me shifts", "no shifts since", "no more shifts"]),
    ("background=displaced_worker", [
        # going, not yet gone: "I've put my name down for voluntary redundancy", "told I'm surplus to requirements"
        "voluntary redundancy", "put my name down for redundancy", "surplus to requirements", "made surplus",
        # notice given by the employer (not "handed in my notice", their own choice)
        "been given notice", "been given my notice", "given notice", "got my notice", "been served notice",
        "given us notice", "given us our notice",
        "replaced by a machine", "replaced by machines", "replaced by a robot", "replaced by robots",
        "replaced by ai", "replaced by a computer", "replaced by computers", "replaced by automation",
        "robots took my job", "machines took my job", "ai took my job", "automation took my job",
        "computers took my job", "my job was automated", "job was automated", "job got automated",
        "automated out of a job", "automated out of my job", "the factory closed",
        "the factory shut", "factory closed down"]),
    ("employment_status=employed", [
        # the work they cannot give up to study: "I can't afford to stop working"
        "can not afford to stop working", "can not afford to stop work", "can not afford to give up work",
        "can not afford to give up my job", "can not afford to quit", "can not afford to leave my job",
        "can not give up my job", "can not give up work", "have to keep working", "need to keep working",
        "and work as", "i am work", "got a job", "started work", "started a job", "i have a job", "i have got a job", "found a job", "got a new job",
        "i work", "i am working", "i am employed", "employed", "in work", "my job", "my boss",
        "my manager", "my shift", "my shifts", "my role", "in my role", "my department",
        # still there, said in the present perfect: "the firm I've worked at for 25 years"
        "i have worked at", "i have worked for", "i have been working at", "i have been working for", "working as", "i work as", "zero hours contract",
        "zero hour contract", "zero hours", "zero hour", "0 hours contract", "agency shifts", "agency work",
        "agency worker", "through an agency", "for an agency", "temp work", "temping", "off sick",
        "signed off sick", "been signed off", "signed off for", "still on the books", "on sick leave", "on maternity leave", "on paternity leave", "on furlough",
        "do shifts", "doing shifts", "few shifts", "odd shifts", "security shifts", "bank shifts", "picking up shifts",
        "pick up shifts", "to tick over", "cash in hand", "live and work", "my work",
        "all day at work", "at work all day", "on the tills", "do the tills", "on the bins", "work on the bins",
        "at my work",
        # work done now, said as the driving, the pay brought home, or the kind of work done
        "i drive for a", "i drive for an", "i bring home", "i take home", "doing care work", "doing cleaning work",
        "doing agency work", "doing warehouse work", "doing factory work", "doing security work",
        "now doing security", "currently doing security",
        # what they manage: "I live in Leamington and manage a cafe"
        "i manage a", "and manage a", "i manage the", "and manage the", "i manage an", "and manage an"]),
    ("employment_status=employed?", ["working", "employed", "in work", "yes working"]),
    ("employment_status=self_employed", [
        "self employed", "selfemployed", "freelance", "freelancer", "freelancing", "own business",
        "my own business", "run my own", "work for myself", "working for myself", "sole trader",
        "my own boss", "driver for myself", "delivery driver for myself",
        # the work done for themselves: "she does cleaning for herself", "got my own round"
        "cleaning for herself", "cleaning for himself", "cleaning for myself",
        # someone asked for, in the third person, and a trader's own pitch: "he runs a stall on the market"
        "runs his own", "runs her own", "runs their own", "run his own", "run her own", "run their own", "his own business", "her own business",
        "their own business", "runs a stall", "run a stall", "market stall", "my own stall", "his own stall",
        "her own stall", "market trader",
        "works for herself", "works for himself", "my own round", "got my own round", "his own round",
        # Deliveroo riders are self-employed, not workers (Supreme Court, IWGB v CAC [2023] UKSC 43,
        # https://farorelaw.co.uk/insights/recent-supreme-court-ruling-why-are-deliveroo-riders-not-workers);
        # Uber drivers are workers (Uber v Aslam), so "I drive for Uber" is left to the question.
        # Amazon Flex delivery partners are independent contractors (Amazon Flex terms of service)
        "amazon flex", "do amazon flex", "doing amazon flex",
        "doing deliveroo", "do deliveroo", "deliveroo rider", "deliveroo driver", "on deliveroo", "ride for deliveroo",
        "riding for deliveroo", "delivering for deliveroo", "deliveroo for myself"]),
    # finishing school this year: still there, and leaving it ("im 16 finishing yr 11, results in august"). Year 11
    # and year 13 are the last years of school and of sixth form: whoever is in one leaves at the end of it.
    ("employment_status=in_education;background=school_leaver", [
        "doing yr 11", "doing yr 13", "in yr 11", "in yr 13", "doing year 13", "doing year 11", "in year 11 at school",
        "in year 11", "in year 13", "i am year 11", "i am year 13", "i am yr 11", "i am yr 13",
        "finishing year 11", "finishing year 13", "finishing yr 11", "finishing yr 13", "finishing sixth form",
        "finishing my a levels", "finishing my gcses", "leaving school this summer", "leave school this summer",
        "leaving school in the summer", "leaving school in june", "leaving school in july"]),
    ("employment_status=in_education", [
        "student", "i am a student", "at college", "at university", "in college", "in sixth form",
        "at sixth form", "at school", "in school", "studying", "in year 10",
        "doing my a levels", "doing my gcses", "in year 12",
        # where they go each day: "I go to college in Wolverhampton" (not "my kids go to school")
        *(f"i {go} to {where}" for go in ("go", "still go") for where in ("college", "university", "sixth form"))] + [
        # sitting exams now or soon, theirs or their child's: "about to do her GCSEs"
        f"{doing} {whose} {exams}" for doing in ("doing", "sitting", "taking", "about to do", "about to sit",
                                                  "revising for", "in the middle of")
        for whose in ("my", "his", "her", "their") for exams in ("gcses", "a levels", "exams", "mocks")]),
    ("employment_status=employed;background=displaced_worker", [
        "going to be redundant", "will be redundant", "being redundant", "be made redundant",
        "working till the end of the month", "working until the end of the month", "working till the end of",
        "working until the end of", "still working till", "still working until", "serving my notice",
        "on my notice", "working my notice", "been given my notice", "got my notice", "at risk of redundancy",
        "facing redundancy", "being made redundant", "going to be made redundant", "being let go",
        "we are all being let go", "letting us go", "letting me go", "my last day is", "losing my job",
        "going to lose my job", "about to lose my job", "job is going", "my job is going", "job is at risk",
        "my job is at risk",
        # told in writing: "redundancy notice today"
        "redundancy notice", "notice of redundancy", "redundancy letter", "redundancy consultation",
        "consultation for redundancy", "put at risk", "been put at risk",
        # the job going to a machine, not yet gone: "my job is being automated next year"
        "being automated", "going to be automated", "will be automated", "getting automated",
        "automating my job", "automating my role", "automating our jobs", "replacing us with ai",
        "replacing us with robots", "replacing us with machines", "replacing me with ai",
        "being replaced by software", "being replaced by ai", "being replaced by a machine",
        "being replaced by machines", "being replaced by robots", "being replaced by computers",
        "being replaced by chatbots", "being replaced by a chatbot", "being replaced by bots",
        "being replaced by an app", "being replaced by self checkouts"]),
    # Universal Credit topping up a wage is pay too low to live on: "I work 20 hours ... get universal credit on top"
    ("background=low_wage;employment_status=employed;universal_credit=true", [
        "universal credit on top", "uc on top", "uc to top up", "uc top up", "universal credit top up",
        "universal credit to top up", "topped up with uc", "topped up by uc", "topped up with universal credit",
        "topped up by universal credit", "top up from uc", "top up from universal credit", "uc tops up",
        "universal credit tops up", "uc tops me up", "top up with uc", "top up with universal credit"]),
    ("background=low_wage;employment_status=employed", [
        "low paid", "low pay", "low wage", "low wages", "minimum wage", "poorly paid", "badly paid",
        "pays pennies", "paid pennies", "pays buttons", "still skint", "barely covers", "barely covers the bills",
        "low paid job", "low income job", "national minimum wage", "barely minimum wage", "minimum wage job",
        "on the minimum wage", "living wage", "on the living wage", "pays peanuts", "paid peanuts", "for peanuts",
        "wages are rubbish", "pay is rubbish", "pay is terrible", "struggling on my wage",
        # said plainly by those who learnt English later: "the money is low", "the pay is small"
        "money is low", "the money is low", "money is small", "pay is small", "the pay is small", "pay is low",
        "the pay is low", "salary is low", "salary is small", "wage is low", "wage is small",
        "do not earn enough", "not earning enough", "can not live on my wage",
        "min wage", "on min wage", "minimum wages", "shit pay", "crap pay", "rubbish pay", "poor pay", "bad pay",
        "terrible pay", "awful pay", "pay is very low", "the pay is very low", "pay is really low", "pay is so low",
        "very low pay", "really low pay", "rubbish money", "crap money", "shit money", "small money", "pay is shit",
        "pay is crap", "pay is poor", "pay is low", "pay is bad", "the pay is awful", "pays rubbish", "pays nothing",
        "money is pants", "pay is pants", "pays pants", "wages are pants",
        "money is awful", "money is terrible", "money is rubbish", "money is crap", "money is poor", "money is bad",
        "the money is awful", "the money is rubbish",
        # with "is" written on: "money's awful", "pay's rubbish"
        "money's awful", "money's terrible", "money's rubbish", "money's crap", "money's shit", "money's poor",
        "pay's awful", "pay's terrible", "pay's rubbish", "pay's crap", "pay's shit", "pay's poor", "pay's low",
        # ...with a word to say how much so: "money is very small", "the money is so bad"
        "money is very small", "money is very low", "money is so low", "money is really low", "money is too low",
        "money is very bad", "money is so bad", "money is not good", "money is not enough", "pay is not enough",
        "pay is very small", "pay is too low", "salary is very low", "salary is very small", "wage is very low",
        # net of costs, or texted: "some weeks I barely clear 200 quid", "wrk in a chippy 4 peanuts"
        "barely clear", "barely make", "barely earn", "4 peanuts"]),
    ("background=career_changer", [
        "change career", "career change", "change careers", "changing careers", "changing career",
        "switch careers", "switch career", "new career", "retrain", "retraining", "career switch",
        "change of career", "change my career", "a change of career", "want to move into",
        "looking to move into", "hoping to move into", "move into a new career", "switch into",
        "transition into", "career move", "new direction", "do something different", "pivot into",
        "get out of teaching", "leave teaching", "leaving teaching", "out of retail", "get out of retail",
        "fancy a change", "fancy a complete change", "a complete change", "want a change", "need a change",
        "complete change of career", "switch to", "switching to", "want to move from", "looking to move from",
        "hoping to move from", "want to move away from", "want out",
        # leaving the armed forces for a civilian career: "leaving the Army in April after 12 years"
        "leaving the army", "leaving the forces", "leaving the armed forces", "leaving the navy", "leaving the raf",
        "leaving the royal navy", "leaving the marines", "service leaver", "getting out of the army",
        "coming out of the army", "left the army", "left the forces", "left the navy", "left the raf",
        "hate my job", "hate it and want", "sick of my job", "fed up with my job", "a fresh start",
        "want to get out", "looking for a change", "ready for a change", "ready for a new challenge",
        "time for a change", "different career", "a different career", "another career",
        "do not want to go back", "never go back to it", "ever go back to it", "get out of shift work",
        "out of shift work"] + [
        # fed up of the work they do and wanting something else: "hgv driver ... fed up of the roads"
        f"{fed_up} {what}" for fed_up in ("fed up of", "fed up with", "sick of", "tired of", "had enough of",
                                          "bored of", "sick and tired of")
        for what in ("my job", "the job", "the roads", "driving", "the warehouse", "the factory", "retail",
                     "care work", "night shifts", "the shifts", "shift work", "the hours", "my work")]),
    ("background=school_leaver", [
        "just left school", "recently left school", "left school this year", "left school this summer",
        "just finished school", "finished school this year", "school leaver", "just left college",
        "left college", "finished college", "just finished college", "left sixth form",
        "finished sixth form", "leaving school", "about to leave school",
        "finished year 11", "finished year 13", "just finished year 11", "just finished year 13",
        "done year 11", "done year 13", "left school in the summer", "left school in june", "left school in july",
        "left school last year", "left school last summer", "left college last year", "left college in june",
        "left college in the summer", "finished college in june", "finished my btec", "just finished my btec",
        "finished my course at college", "finished at college", "just left sixth form"]),
    ("background=school_leaver;qualification_level=2", [
        "finished my gcses", "just finished my gcses", "just done my gcses", "done my gcses"]),
    ("background=school_leaver;qualification_level=3", [
        "finished my a levels", "just finished my a levels", "just done my a levels"]),
    # ---- refugees, status and English -----------------------------------------------------------
    ("background=refugee;immigration_status=refugee", [
        "refugee", "i am a refugee", "i am refugee", "as a refugee"]),
    ("background=refugee;immigration_status=refugee!", [
        "have asylum", "got asylum", "been granted asylum",
        "refugee status", "got my status", "got status", "got refugee status", "granted refugee status",
        "granted asylum", "have refugee status", "got my papers", "humanitarian protection",
        "got humanitarian protection", "have humanitarian protection", "leave to remain as a refugee",
        "refugee leave", "positive decision", "got a positive decision", "got positive decision",
        "had a positive decision", "my asylum was accepted", "asylum accepted", "asylum was granted",
        "given asylum", "was given asylum"]),
    ("background=refugee;immigration_status=asylum_seeker", [
        "asylum seeker", "asylum seekers", "seeking asylum", "claimed asylum", "applied for asylum",
        "claiming asylum", "waiting for my claim", "claim pending", "my claim is pending",
        "asylum claim", "waiting for a decision", "waiting for home office", "waiting on home office",
        "waiting on the home office", "waiting for the home office", "claim is still being decided",
        "claim is being decided", "still being decided", "still waiting for a decision", "no decision yet",
        "waiting to hear about my asylum", "waiting to hear from the home office", "asylum support",
        "section 95", "section 95 support", "section 4 support", "aspen card", "in a hotel from the home office",
        "home office hotel", "my asylum case", "asylum case", "appeal for asylum", "asylum appeal",
        "asylum interview", "my asylum interview", "waiting for my interview with the home office",
        "substantive interview", "waiting on my asylum", "waiting for my asylum",
        "asylum is not decided", "asylum not decided", "asylum is pending", "asylum pending",
        "asylum is still pending", "asylum still pending", "waiting for asylum", "waiting on asylum",
        "asylum is not finished", "asylum not finished", "asylum application",
        # refused and appealing: still seeking asylum, still without the right to work
        "case refused", "claim refused", "claim was refused", "case was refused", "asylum refused",
        "refused asylum", "now appeal", "now appealing", "waiting for my appeal", "appeal hearing",
        "appealing the refusal", "appeal against the refusal", "appealing the decision", "fresh claim",
        # the word alone, as a terse message puts it: "I am Eritrea. Asylum. Dudley." (granted asylum is above)
        "asylum"]),
    ("immigration_status=settled", [
        "settled status", "ilr", "indefinite leave", "indefinite leave to remain", "eu settled status"]),
    ("immigration_status=pre_settled", [
        "pre settled", "presettled", "pre settled status", "presettled status"]),
    ("immigration_status=british_irish", [
        "i am british", "british citizen", "british passport", "british national", "uk citizen",
        "irish citizen", "i am irish", "irish passport", "born in the uk", "born in england",
        # the nationality said as who they are: "Irish lad, well not a lad anymore, 59"
        "irish lad", "irish man", "irishman", "irish woman", "irish bloke", "irish fella", "irish girl",
        "british lad", "british man", "british woman", "british bloke",
        "born in britain", "born here", "uk national", "british born",
        # said of someone asked for, or as the passport they hold: "he's british, got his passport in the 90s"
        "he is british", "she is british", "they are british", "is a british citizen", "got my passport",
        "got his passport", "got her passport", "have my passport", "has his passport", "has her passport",
        "got my british passport", "british now", "british citizen now"]),
    ("immigration_status=british_irish?", ["british", "irish", "british irish"]),
    ("immigration_status=ukraine_scheme", [
        "temporary protection", "homes for ukraine", "ukraine scheme", "ukraine family scheme",
        "ukraine sponsorship scheme", "ukraine permission extension", "ukrainian scheme", "ukraine visa",
        "ukrainian visa", "from ukraine", "i am ukrainian", "came from ukraine", "fled ukraine",
        # the scheme said loosely beside the country: "came from Ukraine on the visa scheme"
        "from ukraine on the visa scheme", "from ukraine on a visa", "from ukraine on the scheme",
        "from ukraine on the visa", "from ukraine on a scheme", "ukraine on the visa scheme"]),
    ("immigration_status=afghan_resettlement", [
        "arap", "acrs", "afghan relocations", "afghan resettlement", "afghan citizens resettlement scheme",
        "afghan relocations and assistance policy", "afghan resettlement scheme", "afghan scheme",
        "relocated from afghanistan", "evacuated from afghanistan", "evacuated from kabul"]),
    ("immigration_status=bno_visa", [
        "bno", "bn(o)", "bn o", "bn(o) visa", "bno visa", "hong kong visa", "british national overseas",
        "hong kong bno", "from hong kong"]),
    ("immigration_status=visa_holder", [
        "on a visa", "work visa", "student visa", "skilled worker visa", "spouse visa", "family visa",
        "graduate visa", "my visa", "have a visa", "tier 2 visa", "dependant visa",
        # the route named as people say it: "on the care worker visa", "health and care visa"
        "care worker visa", "care visa", "health and care visa", "health and care worker visa", "worker visa",
        "dependent visa", "on a work visa", "on the visa",
        # a partner's visa, held as their dependant: "came as a dependant on my husband's skilled worker visa"
        "as a dependant", "as a dependent", "as his dependant", "as her dependant", "on my husband 's visa",
        "on my wife 's visa", "on my partner 's visa"]),
    ("english_level=fluent?", ["native", "native english speaker"]),
    ("english_level=none", [
        "no english", "do not speak english", "can not speak english", "not speak english",
        "not speak any english", "speak no english", "not know any english", "not a word of english",
        "zero english", "has no english", "have no english",
        "english is very little", "very very little english", "english is very very little"]),
    ("english_level=basic", [
        "english not so good", "english is not so good", "english not great", "english is not great", "my english little", "english little",
        "english is little", "english is a little", "english is a bit", "english is beginner", "beginner english",
        "get by in english", "i get by in english", "english is not the best", "english is so so",
        "english is not great", "english could be better", "english beginner", "beginner level english",
        "my english is not good", "english is not good", "english not good", "english not very good",
        "english is not very good", "little english", "a little english", "some english",
        "a bit of english", "only a bit of english", "bit of english", "english is a bit weak", "english is weak",
        "weak english", "english is poor", "poor english",
        "i speak some english", "i speak a little english", "basic english", "english is basic",
        "english is bad", "bad english", "poor english", "english is poor", "broken english",
        "english is weak", "need esol", "esol", "learning english", "learn english",
        "english is limited", "limited english",
        "improve my english", "improving my english", "english classes", "english lessons",
        # the topic first, as many learners put it: "English I speak a little", "English speaking little bit"
        "english i speak a little", "english i speak little", "english speaking little", "english speaking a little",
        "english speaking little bit", "english speak little", "english speak a little", "english a little",
        "english little bit", "english a little bit", "english i know a little", "english i know little",
        "speak a little english", "speak little english", "speak english a little", "speak english little bit",
        "speak english a little bit", "english speaking is little", "english i am learning"]),
    ("english_level=intermediate", [
        "english is intermediate", "intermediate english", "english is b1", "english is b2",
        "english is ok", "english is okay", "english is good", "good english", "english is not bad",
        "intermediate english", "reasonable english", "decent english", "english is alright",
        "english ok", "english okay", "english good", "english is fine", "english fine", "english alright",
        "english is medium", "english medium"]),
    ("english_level=fluent", [
        "fluent english", "fluent in english", "english is fluent", "native speaker",
        "native english", "english native", "english is my first language", "first language is english",
        "english first language", "speak english fluently", "fluent",
        # as a worker notes it: "Eng 1st lang"
        "eng 1st lang", "english 1st lang", "eng first lang", "english 1st language", "eng 1st language"]),
    # ---- digital confidence: what they say about using a computer ------------------------------
    ("digital_confidence=none", [
        "can not even send an email", "can not send an email", "can not send emails", "can not use a computer",
        "can not use computers", "can not use a laptop", "never used a computer", "never used a laptop",
        "never used computers", "do not know how to use a computer", "do not know how to use a laptop",
        "do not know how to use computers", "do not know how to use the internet", "no idea about computers",
        "no idea how to use a computer", "no computer skills", "no it skills", "no digital skills",
        "computer illiterate", "not used a computer", "have not used a computer", "do not know computers",
        "can not turn on a computer", "do not know how to send an email", "can not do emails",
        "can not use email", "can not type",
        # with a word between, or the topic first: "i dont really know computers", "Computer I don't know"
        "do not really know computers", "do not really know how to use a computer", "do not know computer",
        "do not know anything about computers", "do not know much about computers", "computer i do not know",
        "computers i do not know", "computer i know nothing", "computer i can not use",
        "no computer knowledge", "do not know about computers", "know nothing about computers"]),
    ("digital_confidence=basic", [
        "not good with computers", "not very good with computers", "not great with computers",
        "rubbish with computers", "bad with computers", "struggle with computers", "struggle with technology",
        "not good with technology", "not good with tech", "not confident with computers",
        "not confident on computers", "not confident online", "only use my phone", "only use a phone",
        "only know my phone", "just use my phone", "basic computer user", "a bit of computer",
        "little bit of computer", "not techy", "not very techy", "not tech savvy", "not computer literate",
        "a little with computers", "computers scare me"]),
    ("digital_confidence=confident", [
        "good with computers", "confident with computers", "confident on computers", "confident online",
        "tech savvy", "good with technology", "good with tech", "use computers every day",
        "use a computer every day", "use a computer at work", "computer literate", "good at computers",
        "i am techy"]),
    # ---- groups they say they are not in ("as a man in my forties"): narrow, never asked ------------
    ("excluded_group=women;excluded_group=black_women", [
        "as a man", "i am a man", "i am male", "i am a guy", "as a guy", "as a bloke", "i am a bloke",
        "as a lad", "i am a lad", "as a father", "i am a father", "as a dad", "i am a dad", "single dad",
        "single father", "being a man"]),
    ("excluded_group=young_people;excluded_group=over_50s", [
        "in my thirties", "in my forties", "in my 30s", "in my 40s", "middle aged", "middle age"]),
    ("excluded_group=young_people", ["in my fifties", "in my sixties", "in my 50s", "in my 60s"]),
    ("excluded_group=over_50s", ["in my twenties", "in my 20s"]),
    # ---- back to asking for themselves after asking for someone else ----------------------------
    ("asking_for=self", [
        "for myself", "asking for myself", "it is for me", "it's for me", "this is for me", "its for me", "it is about me",
        "for me not", "for me now", "now for me", "what about me", "and for me", "me as well", "me too"]),
    # ---- target groups: only when the resident says it of themselves ---------------------------
    (f"target_group=black_women;{WOMEN}", [
        "as a black woman", "i am a black woman", "black woman myself", "as a black female",
        "i am a black female"]),
    (WOMEN, [
        "as a woman", "i am a woman", "i am female", "single mum", "single mother", "i am a mum",
        "as a mum", "i am a single mum"]),
    ("target_group=care_leavers", [
        "care leaver", "i am a care leaver", "as a care leaver", "i was in care", "grew up in care",
        "left care", "care experienced", "in foster care"]),
    ("target_group=veterans", [
        "served in the raf", "served in the navy", "served in the royal navy", "was in the army", "was in the forces", "was in the navy", "was in the raf", "ex soldier", "ex serviceman", "former soldier", "army veteran",
        "veteran", "ex forces", "ex army", "ex military", "ex raf", "ex navy", "served in the army",
        "served in the forces", "served in the military", "left the army", "left the forces",
        "armed forces veteran"]),
    ("target_group=over_50s", ["over 50", "over fifty", "i am over 50", "50 plus"]),
    ("target_group=young_people", ["i am a young person", "young person"]),
]

# Phrases that contain a fact word but are not that fact; matched so the word inside cannot fire.
IGNORE: List[str] = [
    "post code", "dress code", "promo code", "discount code", "code of conduct", "data entry",
    "mobile data", "data protection", "personal data", "my data", "data allowance", "security guard",
    "security guards", "security officer", "job security", "social security", "national security",
    "security deposit", "door security", "student loan", "student loans", "student finance",
    "aston villa", "aston martin", "property developer", "refugee council", "refugee action",
    "refugee week",
    # where a worker works, not who the resident is: "a support worker at a refugee charity"
    "refugee charity", "refugee centre", "refugee center", "refugee project", "refugee service",
    "refugee services", "refugee organisation", "refugee organization", "refugee support", "refugee team",
    "refugee drop in", "asylum charity", "asylum support charity", "migrant charity", "british gas", "british airways", "british sign language", "evening standard",
    "weekend away", "any time", "what is universal credit", "in the morning", "in person",
    "anything else", "good evening", "evening all", "this evening", "this weekend", "the weekend",
    "next weekend", "last weekend", "face to face",
    # the Jobcentre and its work coaches are not the resident's job
    "job centre", "job center", "my job centre", "my job center", "the job centre", "work coach",
    "my work coach", "job coach", "my job coach", "my work experience", "my work history",
    # a route asked about, not a qualification held: "asking about degree apprenticeships"
    "degree apprenticeship", "degree apprenticeships", "degree level apprenticeship", "degree level apprenticeships",
]


def token_patterns() -> List[dict]:
    """Numbered qualifications and "N days a week": forms a phrase list cannot spell out."""
    out: List[dict] = []
    for level in range(9):
        num = _n(level)
        for prefix in ([], [{"NORM": {"IN": ["nvq", "btec", "rqf"]}}], [{"NORM": "a"}]):
            out.append({"label": "FACT", "id": f"qualification_level={level}",
                        "pattern": prefix + [{"NORM": "level"}, num]})
        out.append({"label": "FACT", "id": f"qualification_level={level}",
                    "pattern": [{"NORM": {"IN": ["nvq", "btec", "rqf"]}}, num]})
        out.append({"label": "FACT", "id": "qualification_level=0",
                    "pattern": [{"NORM": "entry"}, {"NORM": "level"}, num]})
        out.append({"label": "FACT", "id": f"qualification_level={level}",
                    "pattern": [{"NORM": {"IN": [f"nvq{level}", f"level{level}", f"btec{level}"]}}]})
    for count in range(1, 9):
        out.append({"label": "FACT", "id": "qualification_level=3", "pattern": [
            _n(count), {"NORM": "a", "OP": "?"}, {"NORM": {"IN": ["levels", "a-levels"]}}]})
        out.append({"label": "FACT", "id": "qualification_level=2", "pattern": [
            _n(count), {"NORM": {"IN": ["gcses", "gcse"]}}]})
    # "I left school at 15": before the exams at 16, so no qualifications from school
    out.append({"label": "FACT", "id": "qualification_level=0", "pattern": [
        {"NORM": {"IN": ["left", "leaving", "quit", "finished"]}}, {"NORM": "school"}, {"NORM": "at"},
        {"NORM": {"IN": ["13", "14", "15", "thirteen", "fourteen", "fifteen"]}}]})
    for days in range(1, 8):
        schedule = "part_time" if days <= 4 else "full_time"
        out.append({"label": "FACT", "id": f"availability={schedule}", "pattern": [
            _n(days),
            {"NORM": {"IN": ["day", "days"]}},
            {"NORM": {"IN": ["a", "per", "each", "every"]}},
            {"NORM": {"IN": ["week", "wk"]}}]})
    return out


def _variants(phrase: str) -> List[str]:
    words = phrase.split()
    if len(words) < 2:
        return [phrase]
    out = [phrase, "-".join(words)]
    if len(words) <= 3:
        out.append("".join(words))
    return out


def phrase_patterns() -> List[dict]:
    out = []
    for spec, phrases in FACTS:
        for phrase in phrases:
            out += [{"label": "FACT", "pattern": v, "id": spec} for v in _variants(phrase)]
    out += [{"label": "IGNORE", "pattern": v} for p in IGNORE for v in _variants(p)]
    return out

