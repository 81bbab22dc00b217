"""Is the resident asking for someone else? "my nephew is 18 and...", "asking for my daughter", "my little
sis, shes 16". The facts that follow are that person's; replies address the asker about them (he, she or
they). Used by bot.language.understanding on the normalised words of a message."""

from __future__ import annotations

import re
from typing import Dict, Optional

_RELATIONS = {
    "son": "he", "nephew": "he", "brother": "he", "husband": "he", "boyfriend": "he", "grandson": "he",
    "dad": "he", "father": "he", "uncle": "he", "stepson": "he", "lad": "he",
    # a son or daughter, as the Midlands say it: "my boy who is 17", "our girl"
    "boy": "he", "girl": "she",
    "daughter": "she", "niece": "she", "sister": "she", "wife": "she", "girlfriend": "she",
    "granddaughter": "she", "mum": "she", "mom": "she", "mother": "she", "aunt": "she", "stepdaughter": "she",
    "child": "they", "kid": "they", "partner": "they", "friend": "they", "cousin": "they",
    "grandchild": "they", "relative": "they", "neighbour": "they", "neighbor": "they", "client": "they",
    # as people text them: "my little sis", "my m8", "my grandad"
    "sis": "she", "bro": "he", "grandad": "he", "granddad": "he", "grandpa": "he", "stepdad": "he",
    "nan": "she", "nana": "she", "grandma": "she", "gran": "she", "stepmum": "she", "mate": "they",
    "m8": "they", "bestie": "they", "bf": "he", "gf": "she", "hubby": "he", "missus": "she",
    # someone a worker or volunteer supports: "one of our residents is 20", "a learner of mine, 19"
    "resident": "they", "learner": "they", "tenant": "they", "service user": "they", "mentee": "they",
    "claimant": "they", "participant": "they", "customer": "they", "young person": "they", "yp": "they",
    "cust": "they", "care leaver": "they",
}
# Words for the person asked about, beyond the relations: someone a worker supports.
RELATION_WORDS = frozenset(_RELATIONS) | {"man", "woman", "lad", "girl", "boy", "person", "lady", "guy"}
# How a worker or volunteer says whom they support, after "I" or "we": "a young woman we support is 18".
SUPPORTING = r"(?:help|support|mentor|work with|look after|am helping|am supporting|are supporting|are helping|am working with|are working with)"
_OWN_AGE = re.compile(r"\bi am (?:(?:nearly|almost|only|just|about) )?(?:\d{1,3}\b|an? \d|aged)")
# Said outright that the message is for someone else: their own age beside it is the asker's ("I'm asking for my
# son rather than me. He's 15 ... I'm 43"), not a sign they are telling us about themselves.
_EXPLICIT = re.compile(r"\b(?:asking|enquiring|messaging|writing|here) (?:for|4|about|on behalf of)\b|\bon behalf of\b"
                       r"|\brather than (?:me|myself)\b|\b(?:it is )?not (?:for )?(?:me|myself)\b"
                       # "I said I'd ask for her", "asked me to find him something"
                       r"|\bask (?:for|about) (?:him|her|them)\b|\b(?:find|get|look for) (?:him|her|them) (?:something|"
                       r"a course|some help|help)\b"
                       # "he won't ask for help himself so I'm asking"
                       r"|\b(?:so|that is why|which is why) i am (?:asking|messaging|writing)\b"
                       # "it's her mum writing", "this is his dad here"
                       r"|\b(?:it is|this is|it 's|its) (?:his|her|their) (?:mum|mom|mother|dad|father|nan|gran|"
                       r"grandma|grandad|aunt|uncle|sister|brother|carer|partner|wife|husband) (?:writing|here|"
                       r"messaging|typing)\b")
# ...or the wish is theirs and none is the asker's: "she wants an apprenticeship in cyber ... I'm 47 and drive
# lorries", "any courses he could do? I'm 39 and work in IT myself"
_REL = "|".join(sorted(_RELATIONS, key=len, reverse=True))
_REL_AGE = (r"(?: (?:is|'s|s|who is|who 's)(?: just| only| almost| nearly| now)? \d{1,2}(?: (?:next|in|this) \w+)?"
            r"| (?:turns|will be|'ll be|is turning) \d{1,2}(?: (?:next|in|this) \w+)?"
            r"| ?[,(] ?\d{1,2} ?[,)]?| \( [^()]{1,40} \))")
_REL_WISH = (r"\b(?:my|our) (?:(?P<aged_first>\d{1,2} ?-?(?:year|yr)s? ?-?old )|\w+ )?(?P<wisher>" + _REL + r")"
             # (their age between, however said: "my son 's just 17", "my boy who is 17", "my son turns 19 in January",
             # "my daughter will be 16 in April", "my niece is almost 17"; or before: "my 17 yr old son wants")
             r"(?(aged_first)" + _REL_AGE + r"?|" + _REL_AGE + r")(?: ,)? (?:and |who )?(?:wants|would like|"
             r"'d like|is (?:mad|keen|obsessed|interested|desperate)|is really (?:into|keen)|loves|needs)\b")
_THEIR_WISH = re.compile(r"\b(?:he|she|they) (?:wants?|would like|'d like|(?:is|'s|s|are|'re) (?:mad|keen|obsessed|interested|"
                         r"into|desperate)"
                         r"|loves|could do|can do|could apply)\b"
                         # ...or what they ask of themselves: "keep asking me how they'd get into games"
                         r"|\b(?:how|whether|if) (?:he|she|they) (?:'d|would|could|can|might) (?:get|go|start|learn)\b"
                         # ...or the resident's wish for them: "I'd love them to do something productive"
                         r"|\b(?:i 'd|i would|we 'd|we would) (?:love|like) (?:him|her|them) to\b|\bi want (?:him|her|them) to\b"
                         r"|\b(?:could|can|would) (?:he|she|they) (?:do|apply|get|go)\b"
                         r"|\b(?:my|our) \w+ (?:could|can) (?:do|apply for|get onto|go on)\b"
                         # ...with the person as the subject, their age between: "my grandson is 17 and wants to do
                         # coding, I'm 70", "my niece (19) would like to learn coding"
                         r"|" + _REL_WISH +
                         # ...or named only by their age: "my 16-year-old wants to learn coding"
                         r"|\b(?:my|our) (?P<aged_only>\d{1,2}) ?-?(?:year|yr)s? ?-?old (?:wants|would like|'d like|"
                         r"is (?:mad|keen|obsessed|interested|desperate)|is really (?:into|keen)|loves|needs)\b" +
                         # ...or after what they are like: "He's bright and wants to learn computers"
                         r"|\b(?:he|she) (?:is|'s|s|has|'s got) [^.?!;,]{0,40}? and (?:wants|would like|'d like|loves|"
                         r"is keen)\b")
_OWN_WISH = re.compile(r"\bi (?:want|would like|'d like|would love|'d love|am looking|am interested|am keen|wanna|need|"
                       r"fancy)\b(?! (?:to )?(?:get |help |find |see |put |push )?(?:him|her|them|my \w+)\b)"
                       r"|\bfor (?:me|myself)\b|\bcan i\b(?! (?:get|help|find) (?:him|her|them)\b)|\bcould i\b")
_SUPPORTED = "client|resident|learner|tenant|service user|mentee|student|claimant|participant|customer"
# Whom a case note is about, as its heading names them: "Cust: M, 24"
_CASE_NOTE_WHO = "cust|customer|client|claimant|participant|yp"
_ASKING_FOR = re.compile(
    r"^(?:hi |hello |hiya |hey )?(?:there )?(?:,? )?my (?P<first>" + _REL + r") "
    r"(?:(?:is|are|'s) (?P<age>\d{1,2})\b|wants|"
    r"would like|needs|is looking|is interested|is mad|is keen|is into|loves|likes|has just left|just left|"
    r"left school|is leaving|is finishing|is struggling|is unemployed|is out of work|has no job|can not find)"
    # ("a carer for my mum", "I care for my dad": the resident's own situation, not a request for them)
    r"|\b(?<!carer )(?<!care )(?<!caring )(?<!cares )(?<!cook )(?<!provide )(?<!work )(?<!working )(?<!worked )"
    r"(?:for|behalf of|asking for|helping|help|asking about|enquiring for|on behalf of) my (?P<for>" + _REL + r")\b"
    # (but "I help my dad at his shop", "helping my mum out": work they do beside someone, not a request;
    # "social media for my husband shop": theirs, not a request for them)
    r"(?! (?:out|at|in|on|run|runs|with the (?:shop|business|stall))\b|(?: 's| s)? (?:shop|business|stall|company|"
    r"firm|restaurant|takeaway|cafe|salon|garage|van)\b)"
    r"|\b(?:asking for|asking about|enquiring for|enquiring about|on behalf of|referring) (?:a|an|our|my|this) "
    r"(?P<for2>" + _REL + r")\b")
# A child under 13 named with their age ("my son is 12, he's really into coding") is who they ask for
# when the message goes on to what the child likes or wants, or asks what there is for them.
# The same, said less neatly: the relation with a word before it or a place after it ("my little sis,
# she's 16", "my nephew in Tamworth is 18", "my m8s 19"), or someone they support ("asking for a young man
# I support. He's 20"), followed by that person's age. Only an age makes these a request about them.
_RELATION_MENTION = re.compile(
    r"(?i)\b(?:my|our) (?:(?:little|big|younger|older|eldest|oldest|youngest|baby|best|twin|teenage|step) )?"
    r"(?P<rel>" + _REL + r")(?:s\b|\b)"
    r"|\b(?:(?:asking|enquiring|writing|here|messaging) (?:for|4|about|on behalf of)|i (?:help|support|mentor|"
    r"volunteer with|work with|am helping|am supporting|am working with|am mentoring)) (?:a|an|our|my) "
    # (their age may come first: "I'm working with a 17-year-old lad")
    r"(?:\d{1,2} (?:year|yr) old )?(?:young |older |friend 's |friend s )?(?:[a-z]+ )?(?P<who>man|woman|lad|girl|boy|person|lady|guy|"
    + _REL + r")\b"
    # ...or one of those a worker has: "one of the men on my caseload", "one of the lads I mentor"
    r"|\bone of (?:the |my |our )?(?P<who3>men|women|lads|girls|boys|people|young people|clients|residents|"
    r"learners|tenants|service users|mentees)(?: (?:on|in) (?:my|our) (?:caseload|books|list|group)| (?:i|we) "
    + SUPPORTING + r")\b"
    # ...or a worker's own, said as theirs: "one of my young people is 17"
    r"|\bone of (?:my|our) (?P<who6>young people|lads|girls|boys|young men|young women|care leavers|leavers|"
    r"school leavers|pupils|year 11s|year 13s|sixth formers)\b"
    # ...or a group they work with, named by its age: "a few of my 15 year olds"
    r"|\b(?:my|our) (?P<aged>\d{1,2}) ?-?(?:year|yr) ?-?olds\b"
    # ...or one child named only by their age: "my 16-year-old has just sat about in his room"
    r"|\b(?:my|our) (?P<aged_one>\d{1,2}) ?-?(?:year|yr) ?-?old\b"
    # ...or several children of theirs: "I've got two boys, 12 and 15"
    r"|\b(?:i have|i 've got|i have got|i 've|i got|we have|we 've got) (?:two|three|four|2|3|4) "
    r"(?P<several>kids|children|boys|girls|sons|daughters|teenagers|teens|lads)\b"
    # ...or whom a worker has, introduced: "I have a client, a 24 year old man from Eritrea"
    r"|\b(?:i have|i 've got|i have got|i 've|i got) (?:a|an|this) (?:new )?(?P<who11>" + _SUPPORTED + r"|young person)\b"
    # ...or in a worker's shorthand: "youth worker here - girl 16 castle vale"
    r"|(?:^|[,.;!?-] |\bhere )(?:(?:a|one) )?(?P<who7>girl|boy|lad|lass|young man|young woman|young person) (?=\d{2}\b)"
    # ...or whom a worker has, said plainly: "one of my clients (22, care leaver)", "a client of mine, 22"
    r"|\bone of (?:my|our) (?P<who4>" + _SUPPORTED + r")s\b|\b(?:a|an) (?P<who5>" + _SUPPORTED + r") of (?:mine|ours)\b"
    # ...or whom an employer or colleague has: "one of my kitchen porters - he lives in Handsworth, he's 23"
    r"|\bone of (?:my|our) (?:[a-z]+ )?(?P<who8>staff|workers|employees|porters|apprentices|lads|team|drivers|"
    r"cleaners|carers|volunteers|colleagues|students|pupils|trainees)\b"
    # ...or a case note's heading: "Cust: M, 24, lives Ettingshall"
    r"|\b(?P<who9>" + _CASE_NOTE_WHO + r") :"
    # ...or whom their job is for: "I'm a personal adviser for a care leaver", "key worker to a young lad"
    r"|\b(?:adviser|advisor|worker|mentor|coach|officer|keyworker|caseworker|pa)(?: \( [^()]{1,30} \))? (?:for|to) (?:a|an) (?:young )?"
    r"(?P<who10>care leaver|young person|man|woman|lad|girl|boy|" + _SUPPORTED + r")\b"
    # ...said the other way round: "a lady I help, she is 38", "the young lad we support is 17"
    r"|(?:\b(?:a|an|one|this|the) |(?:^|[,.;:!?)-] |\bhere ))(?:young |older )?(?:[a-z]+ )?"
    r"(?P<who2>man|woman|lad|girl|boy|person|lady|guy|" + _REL + r") (?:i|we) " + SUPPORTING + r"\b")
_THEIR_AGE = re.compile(
    r"(?i)\b(?:(?P<pronoun>he|she) ?(?:is|'s|s|just turned|turned)|(?P<rel>" + _REL + r")(?:s(?= is))? ?"
    r"(?:s|'s|is|who is|who 's)(?: just turned| turned)?"
    r"|(?:" + _REL + r") (?:in|from|at) \w+(?: \w+)? (?:is|'s|s)"
    # ...with their name between: "one of my clients, Mohammed, is 31", "my neighbour Pat is 68"
    r"|(?:my|our) (?:" + _SUPPORTED + r")s? ?, [a-z]+ ?, (?:is|'s|s|who is)|(?:my|our) (?:" + _REL + r") [a-z]+ (?:is|'s)"
    # "girl 16 castle vale": a worker's shorthand
    r"|(?P<bare3>(?:(?<![\w ])|(?<=[,.;!?-] ))(?:(?:a|one) )?(?:girl|boy|lad|lass|young man|young woman|young person)(?: ,)?)"
    r"|(?P<bare>my (?:\w+ )?(?:" + _REL + r") ?,? ?\(?"
    r"|(?:my|our) (?:" + _SUPPORTED + r")s ?,? ?\(?|(?:" + _SUPPORTED + r") of (?:mine|ours) ?,? ?\(?"
    # "my partner 's a bus driver, 48": what they do, then their age
    r"|my (?:\w+ )?(?:" + _REL + r") (?:is|'s|s) an? (?:\w+ ){1,3}?, ?)"
    # "one of my young people is 17", "one of our clients is 22"
    r"|one of (?:my|our|the) (?:[a-z]+ ){0,2}?(?:[a-z]+s|people) (?:is|who is|'s)"
    # "Cust: M, 24": a case note's heading, who and their age
    r"|(?P<bare5>\b(?:" + _CASE_NOTE_WHO + r") :(?: (?:m|f|male|female) ,)?)"
    # "a young woman we support is 18", "YP I work with: 17, care leaver"
    r"|(?:i|we) " + SUPPORTING + r"(?: (?:is|'s|s)|(?P<bare4> ?[:,(-])|(?= an? \d{1,2} (?:year|yr) old))"
    # "helping a Syrian man, 41, who..."
    r"|(?P<bare2>(?:a|an) (?:\w+ )?(?:man|woman|lad|girl|boy|person|lady|guy) ?,?)"
    # "a young man from Albania who is 19"
    r"|(?:man|woman|lad|girl|boy|person|lady|guy|" + _REL + r")(?: (?:from|in|at) \w+(?: \w+)?)? who (?:is|'s|s|"
    r"just turned|turned)) (?:an? (?=\d{1,2} ?(?:year|yr)))?(?P<n>\d{1,2})(?! ?(?:(?:hours?|hrs?|k|grand|"
    r"days?|weeks?|months?|years? (?:ago|experience)|pounds?|quid|miles?)\b|%))\b")
_WHO_PRONOUN = {"man": "he", "lad": "he", "boy": "he", "guy": "he", "woman": "she", "girl": "she", "lady": "she",
                "lass": "she", "young man": "he", "young woman": "she", "young person": "they",
                "person": "they", "men": "he", "lads": "he", "boys": "he", "women": "she", "girls": "she"}
# ...or asks what there is for them, or says where their schooling stands ("my son 16 finished yr11 ... any
# apprenticeships?", "my daughter 17 dropped out of college, what can she do")
_CHILD_ASK = re.compile(r"\b(?:into|loves?|likes?|wants?|wanting|keen|mad on|obsessed|interested|for (?:him|her|them)|"
                        r"anything for|clubs?|any (?:apprenticeships?|courses?|jobs?|training|help|ideas?|advice)|"
                        r"is there|are there|what (?:can|could|should|would) (?:he|she|they)|help (?:him|her|them)|"
                        r"finished|left school|left college|leaving school|dropped out|just left|"
                        r"(?:quit|left|leaving) (?:sixth form|college|school|uni|university|her course|his course)|"
                        r"suit (?:him|her|them)|what to do)\b")
_YOUNG = 13
# Children named together with their age (or ages): "the twins are 15", "the boys are 14 and 16", "my girls r 13"
_CHILDREN_AGED = re.compile(r"\b(?:the|my|our) (?:twins|boys|girls|kids|children|lads|sons|daughters|grandkids|"
                            r"grandchildren) (?:are|r|'re|who are) (?:both |nearly |almost |now )?\d{1,2}\b")
_PRONOUN_AFTER = re.compile(r"\b(?:he|him|his|she|her)\b")


def _pronoun_after(plain: str, at: int) -> Optional[str]:
    """he or she, by the first pronoun from `at` on, or None when none is said."""
    pronoun = _PRONOUN_AFTER.search(plain, at)
    return None if pronoun is None else "he" if pronoun.group(0) in ("he", "him", "his") else "she"


def asking_for(plain: str) -> Optional[str]:
    """he, she or they when the message is about another person the resident is asking for."""
    m = _ASKING_FOR.search(plain)
    wish, own_wish = _THEIR_WISH.search(plain), _OWN_WISH.search(plain)
    theirs = (_EXPLICIT.search(plain) or (wish and not own_wish)
              or (_asking_for_by_question(plain) and not own_wish) or _asking_for_by_account(plain)
              or _asking_for_by_story(plain))
    if _OWN_AGE.search(plain) and not theirs:
        return None  # "my daughter is 16 and I'm 42": they are telling us about themselves
    if not m:
        if wish is not None and wish.group("wisher") and not own_wish:
            return _RELATIONS[wish.group("wisher")]  # "my son (DOB 03/01/2011) is desperate to do something"
        if wish is not None and wish.group("aged_only") and not own_wish:
            # "my 16-year-old wants...": who they are is said after, if at all ("...for him")
            return _pronoun_after(plain, wish.end()) or "they"
        if _CHILDREN_AGED.search(plain) and not own_wish:
            return "they"  # "the twins r 15 both mad on computers", "my boys are 12 and 15"
        return (_asking_for_by_age(plain) or _asking_for_by_question(plain) or _asking_for_said(plain)
                or _asking_for_by_wish(plain) or _asking_for_at_school(plain) or _asking_for_by_story(plain))
    if m.group("age") and int(m.group("age")) < _YOUNG and not _CHILD_ASK.search(plain[m.end():]):
        return None  # "my son is 5 years old" alone is not yet a question about him
    return _RELATIONS[m.group("first") or m.group("for") or m.group("for2")]


# Asked outright, after the person is named: "my dad runs a shop, can he get help?", "my wife was laid off,
# what could she do?", "is there anything for him".
_ASKS_ABOUT_THEM = re.compile(
    r"\b(?:(?:can|could|would|will) (?P<p1>he|she|they) (?:get|have|do|go|apply|join|sign up|try|be helped)"
    r"|what (?:can|could|should|would) (?P<p2>he|she|they) do|(?:anything|something|help|courses?|a course|"
    r"what is there|what 's there|whats there|what there is|is there|what 's out there|what is out there|"
    r"whats out there|what s out there) "
    r"for (?P<p3>him|her|them)|(?:can|could) (?:you|anyone|someone) help (?P<p4>him|her|them)"
    # "is there a class she could go to?", "somewhere they'd teach him the basics?", "for girls her age?"
    r"|\bis there (?:a|an|any|something|anything|somewhere|anywhere)\b[^.?!]{0,40}?\b(?P<p5>he|she|they) "
    r"(?:could|can|would|might)\b|\b(?:teach|train) (?P<p6>him|her|them)\b(?=[^.!]*\?)"
    r"|\bfor (?:girls|boys|kids|children|young people|people|someone) (?P<p7>his|her|their) age\b"
    # "is there anything digital for her?", "any courses near here for him"
    r"|\b(?:anything|something|any courses?|courses|a course|help)(?: \w+){1,2} for (?P<p8>him|her|them)(?= ?\?|$| \.)"
    r")\b")


def _asking_for_by_question(plain: str) -> Optional[str]:
    """he, she or they when someone is named ("my dad runs a shop") and then asked about ("can he get help?")."""
    mention = _RELATION_MENTION.search(plain)
    if mention is None:
        return None
    ask = _ASKS_ABOUT_THEM.search(plain, mention.end())
    if ask is None:
        return None
    pronoun = next(p for p in ask.groups() if p)
    return {"him": "he", "her": "she", "them": "they", "his": "he", "their": "they"}.get(pronoun, pronoun)


def _pronoun(mention: "re.Match") -> str:
    """he, she or they for the person a _RELATION_MENTION names."""
    if mention.groupdict().get("several") or mention.groupdict().get("aged") or (
            mention.group("rel") and mention.group(0).endswith("s")
                                              and not mention.group("rel").endswith("s")):
        return "they"  # "my sons", "two boys": more than one
    word = next(w for w in mention.groups() if w).lower()
    return _RELATIONS.get(word) or _WHO_PRONOUN.get(word, "they")


def _asking_for_by_wish(plain: str) -> Optional[str]:
    """he, she or they when someone is named ("my son works part time") and then what they want is said of them
    ("he wants coding"), and nothing the resident wants for themselves ("she wants me to retrain" is theirs)."""
    mention = _RELATION_MENTION.search(plain)
    if mention is None or _OWN_WISH.search(plain):
        return None
    wish = _THEIR_WISH.search(plain, mention.end())
    if wish is None or re.match(r" (?:me|us)\b", plain[wish.end():]):
        return None
    said = re.match(r"(?:he|she|they)\b", wish.group(0))
    pronoun = _pronoun(mention)
    if said is None or pronoun == "they":
        return said.group(0) if said else pronoun
    return pronoun if said.group(0) == pronoun else None  # ("my son ..., she wants": someone else again)


# Where their schooling stands, said of them: "my son's in Year 10 at school in Halesowen".
_AT_SCHOOL = re.compile(r"\b(?:my|our) (?P<rel>" + _REL + r") (?:is|'s|s) (?:in (?:year|yr) ?\d{1,2}\b|(?:at|in) "
                        r"(?:school|college|sixth form)\b|doing (?:his|her|their) (?:gcses|a levels|btec))")


def _asking_for_at_school(plain: str) -> Optional[str]:
    """he, she or they when someone's schooling is said ("my son's in Year 10") and then what they want, or a
    question ("where do we start?"); the schooling alone ("my son is at college") is only a mention."""
    school = _AT_SCHOOL.search(plain)
    if school is None or not (_CHILD_ASK.search(plain, school.end()) or "?" in plain[school.end():]):
        return None
    return _RELATIONS[school.group("rel")]


def _asking_for_said(plain: str) -> Optional[str]:
    """he, she or they when someone is named ("my husband (born 1968) has been made redundant") and the message
    says outright it is asked for someone else ("so I'm asking")."""
    mention = _RELATION_MENTION.search(plain)
    if mention is None or not _EXPLICIT.search(plain):
        return None
    return _pronoun(mention)


# The resident's own situation, said before anyone else is named: "I've been out of work nearly 2 years ... I
# could do a few hours when my partner (she's 40) is home" is about the resident, whatever age the partner is.
_SAID_OF_THEMSELVES = re.compile(r"\bi (?:am|have|was|could|can|want|would|live|work|need|did|had|will|do not|"
                                 r"can not|'m|'ve)\b")


def _said_of_them(verbs: str) -> Dict[str, "re.Pattern[str]"]:
    """For "he" and "she": the pronoun followed by one of `verbs` ("he's been", "she builds")."""
    return {p: re.compile(r"\b" + p + r" (?:" + verbs + r")\b") for p in ("he", "she")}


# What the resident says of their own life, wants or needs: with any of it, a message is not only about another.
_OWN_SITUATION = re.compile(r"\bi (?:am |have |'ve )?(?:been |just )?(?:made redundant|redundant|unemployed|out of work|"
                            r"looking for|working|work|lost|left|was|had|did|got|study|studied|retired|claim|"
                            r"on (?:uc|universal credit|benefits))\b|\bmy (?:job|work|employer|contract|hours)\b")
_THEY_DO = _said_of_them("is|'s|s|has|was|had|did|does|can|could|left|got|loves|likes|wants|struggles|spends")


def _asking_for_by_account(plain: str) -> Optional[str]:
    """he or she when someone is named with their age ("My son (16, autistic ...) left school in July"), their
    story is told ("he's really not coping at college") and then a question asked ("is there anything more
    hands-on?"), while the asker says only who they are ("I'm 47 and at my wits' end"), nothing of their own."""
    mention = _RELATION_MENTION.search(plain)
    if mention is None or _OWN_WISH.search(plain) or _OWN_SITUATION.search(plain) or "?" not in plain[mention.end():]:
        return None
    if _THEIR_AGE.search(plain, mention.start()) is None:
        return None
    pronoun = _pronoun(mention)
    told = _THEY_DO.get(pronoun)
    return pronoun if told is not None and len(told.findall(plain, mention.end())) >= 1 else None


# Their age, said of them by pronoun or by name: "he is 17", "she'll be 16 in May", "Our Josh is seventeen",
# "one of the young men who comes is 19", "a lad in Knowle who turns 16"
_AGED = re.compile(r"\b(?P<p>he|she)(?: is| 's| s| will be| 'll be| turns| turned| just turned)(?: now| only| just)? "
                   r"(?P<n>\d{1,2})(?! ?(?:hours?|hrs?|k|grand|days?|weeks?|months?|years? (?:ago|experience)|pounds?|%))\b"
                   r"|\b(?:our [a-z]+|my (?:eldest|youngest|oldest|middle one)(?: , [a-z]+ ,)?|(?:my|our) (?:\w+ )?(?:" + _REL
                   + r")(?: [a-z]+)?|one of (?:the|my|our) (?:[a-z]+ ){1,2}"
                   r"(?:who [a-z]+|i [a-z]+)|(?:lad|girl|boy|young man|young woman) (?:in|from) [a-z]+ who) "
                   r"(?:is|'s|s|turns|will be) (?P<n2>\d{1,2})(?! ?(?:hours?|hrs?|k|grand|days?|weeks?|months?|miles?|pounds?|%))\b")
# What is said of them: "he's been out of school", "she builds websites", "he finish GCSE last year"
_SAID_OF = _said_of_them(r"is|'s|s|has|was|had|wants|likes|loves|builds|made|makes|finish\w*|start\w*|stop\w*|"
                         r"watch\w*|left|got|can|could|would|does|did|never|sits|spends|works|like|want|needs|keeps|"
                         r"plays|goes|gets|seems|says|thinks|enjoys|spent")


def _asking_for_by_story(plain: str) -> Optional[str]:
    """he or she when the message gives someone's age ("Our Josh is seventeen", "mother of Kacper, he is 17") and
    tells their story in the third person ("He's been out of school since the summer"), with no wish of the
    resident's own: whoever else is named, the message is about them."""
    aged = next((m for m in _AGED.finditer(plain) if int(m.group("n") or m.group("n2")) >= _YOUNG), None)
    if aged is None or _OWN_WISH.search(plain):
        return None
    counts = {p: len(r.findall(plain)) for p, r in _SAID_OF.items()}
    pronoun = aged.group("p") or max(counts, key=counts.get)
    # (their age is one thing said of them, "she'll be 16 in May", "Our Josh is seventeen"; it alone is not a story:
    # "she's 19 now", "when my wife (she's 38) is home")
    said = counts[pronoun] + (0 if aged.group("p") and _SAID_OF[pronoun].match(plain, aged.start()) else 1)
    return pronoun if said >= 2 else None


def _asking_for_by_age(plain: str) -> Optional[str]:
    """he, she or they when someone is named ("my little sis", "a young man I support") and then their
    age is given ("she's 16"): the message is about them, however it is put together."""
    mention = _RELATION_MENTION.search(plain)
    if mention is None:
        return None
    if len(_SAID_OF_THEMSELVES.findall(plain[:mention.start()])) >= 2 and not _THEIR_WISH.search(plain):
        return None
    age = _THEIR_AGE.search(plain, mention.start())
    # (the resident's own wish after it is theirs: "my little girl is 2. I'd love to do web design")
    wish = _CHILD_ASK.search(plain[age.end():]) if age is not None and not _OWN_WISH.search(plain[age.end():]) else None
    if age is None or (int(age.group("n")) < _YOUNG or age.group("bare") or age.group("bare2") or age.group("bare3")
                       or age.group("bare4") or age.group("bare5")) and not wish:
        return None  # "my son, 17, lives in Walsall" tells us about him; "my son 17 wants..." asks
    if age.group("pronoun"):
        return age.group("pronoun").lower()
    said = _pronoun(mention)
    if said == "they":  # "one of our clients is 22 ... He'd like to learn coding": the pronoun says who
        return _pronoun_after(plain, age.end()) or said
    return said


__all__ = ["SUPPORTING", "asking_for"]
