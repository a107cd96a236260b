"""English handoff rules: ``(name, category, regex)`` over folded text (lower-case, no accents).

Inflections are spelt out in the patterns. ``NEGATIVE`` lists phrases blanked out before the
positive rules of the named categories run (all categories when the tuple is empty).
"""

from __future__ import annotations

from governance.oversight.settings import Category

_ME = r"(?:i|i'm|im|i've|ive|i'd|me|my|myself|mine)"
_BOSS = (r"(?:manager|boss|supervisor|line manager|team ?lead(?:er)?|head of department|director|"
         r"n\+1|superior|lead|ceo|owner|foreman|gaffer|higher-?ups?|shift lead|"
         r"line leader)")
_PEER = (r"(?:colleague|co-?worker|coworker|teammate|team member|peer|employee|staff member|"
         r"intern|trainee|apprentice|direct report|deskmate)")
_KIN = (r"(?:mother|mum|mom|mommy|mummy|father|dad|daddy|parents?|brother|sister|sibling|son|"
        r"daughter|child|kid|baby|wife|husband|partner|spouse|fiance|fiancee|boyfriend|girlfriend|"
        r"grand(?:mother|father|ma|pa|parent|son|daughter|dad|mum|mom)|nan|nana|gran|gramps|granny|"
        r"grandad|aunt|uncle|cousin|"
        r"niece|nephew|(?:mother|father|brother|sister|son|daughter)[- ]in[- ]law|stepfather|"
        r"stepmother|stepson|stepdaughter|step-? ?(?:mum|mom|dad|father|mother|brother|sister|"
        r"son|daughter|parent|kid|child)|god(?:mother|father|son|daughter|parent)|twin|"
        r"in-laws|auntie|aunty|great[- ]grand(?:mother|father|ma|pa|parent)|grandkid|"
        r"grandchild|(?:baby |little )?(?:boy|girl)|newborn|infant|toddler|best friend|friend|"
        r"relative|family member|dog|cat)")
_SICK = (r"\b(?:sick|sickness|illness|ill health|medical leave|health leave|disability leave|"
         r"long[- ]term leave|surgery|operation|cancer|chemo(?:therapy)?|treatment|"
         r"hospital(?:isation|ization)?|accident|injury|burn-?out|stroke|heart attack|"
         r"being ill|being off|time off sick|off sick|sick note|medical absence|breakdown|"
         r"nervous breakdown|depression|stress leave|mental health leave|pneumonia|covid|"
         r"(?:being )?signed off|long[- ]term sick(?:ness)?|"
         r"\bop\b|(?:knee|hip|back|shoulder|heart|foot|wrist|ankle|spine) (?:op|surgery|"
         r"injury|problems?|replacement)|slipped disc|hernia|hospital stay|rehab|\w+ectomy|"
         r"radiotherapy|transplant|fracture|concussion|long covid|broken (?:leg|arm|ankle|"
         r"wrist|hip|foot|back|collarbone|shoulder))")
_CANT = r"(?:can't|cant|cannot|can not|unable to|don't know how to|dont know how to)"

POSITIVE: tuple[tuple[str, Category, str], ...] = (
    # sick-leave-return
    ("return-after-sick", "sick-leave-return",
     rf"\b(?:return(?:s|ed|ing)?|com(?:e|ing) back|go(?:ing)? back|get(?:ting)? back|back|"
     rf"resum(?:e|ing)|restart(?:ing)?)\b(?: to (?:work|the office|my (?:job|post|desk)))?"
     rf"[^.?!]{{0,40}}\b(?:after|from|following|since)\b[^.?!]{{0,40}}{_SICK}"),
    ("back-at-work-sick", "sick-leave-return",
     rf"\b{_ME}\b[^.?!]{{0,40}}\b(?:been|was|am|have been|on|off)\b[^.?!]{{0,20}}\b"
     rf"(?:sick leave|off sick|on leave for (?:illness|surgery|medical)|medical leave|"
     rf"sickness absence)\b[^.?!]{{0,60}}\b(?:return|back|come back|resume|restart)"),
    ("therapeutic-part-time", "sick-leave-return",
     r"\b(?:therapeutic|phased|graded|gradual|progressive|part-time medical)\b[^.?!]{0,20}"
     r"\b(?:part[- ]time|return|resumption|reintegration|half[- ]time)|\bphas(?:e|ed|ing) "
     r"(?:me |myself )?back\b|\bease (?:me |myself )?back in\b"),
    ("return-to-work-meeting", "sick-leave-return",
     r"\breturn[- ]to[- ]work\b[^.?!]{0,15}\b(?:interview|meeting|visit|plan|assessment|"
     r"appointment|check)"),
    ("occupational-doctor", "sick-leave-return",
     r"\b(?:occupational|company|work|workplace)\b (?:health )?(?:doctor|physician|"
     r"medical (?:check|exam|visit|assessment)|health (?:visit|check|assessment|appointment|"
     r"referral|service)|nurse)"),
    ("fit-for-work", "sick-leave-return",
     r"\b(?:fit|unfit|fitness) (?:for|to) (?:work|return|resume|go back|come back|start "
     r"back|restart)|\bfit note\b[^.?!]{0,30}\b(?:says|said|recommends?|amended|adjust\w*|"
     r"phased|light|reduced|restrict\w*|return\w*|back|may be fit)\b|"
     r"\bunfit (?:for|to do) (?:my|the|this|that) (?:current |usual |old |)(?:role|job|"
     r"position|post|duties|work|shifts?)\b|\bfit for (?:light|restricted|adjusted|modified) "
     r"(?:duties|work)\b|\b(?:occupational health|oh|work doctor|company doctor|occupational "
     r"physician|occupational nurse)\b (?:said|says|found|declared|told me|thinks|has said|"
     r"recommend\w*|report\w*|assessment said|put)\b|"
     r"\breasonable adjustments?\b[^.?!]{0,40}\b(?:return|back)"),
    ("sick-and-return", "sick-leave-return",
     r"\b(?:sick leave|sickness absence|medical leave|long-term sick|off sick|illness|surgery|"
     r"(?:hip|knee|shoulder) replacement|recovery|recovering|rehab\w*|operation|chemo\w*|"
     r"cancer|heart attack|stroke|accident|injury|hospital\w*|signed me off|my doctor|"
     r"(?:back|health|heart|knee|mental health) problems?|"
     r"signed off (?:sick|until|for)|burn-?out leave)\b[^?!]{0,80}\b(?:go(?:ing)? back|"
     r"come back|coming back|return to work|returning|return next|return on|back to work|"
     r"back at work|restart\w*|resum\w* work|then i'm back|i'm back|when i'm back|back in the office|"
     r"start(?:ing)? again|start(?:ing)? back)\b|"
     r"\b(?:(?:work|occupational|company) doc(?:tor)?|doctor)\b[^.?!]{0,30}\brestrictions?\b|"
     r"\bput restrictions on me\b|\breintegrat\w*\b[^.?!]{0,30}\b(?:illness|sick|surgery|burn-?out|"
     r"medical|cancer|accident)|\b(?:doctor|doc|gp|consultant|specialist|surgeon|physio)\b"
     r"[^.?!]{0,20}\b(?:cleared|signed|declared|says|said) (?:me )?(?:as )?(?:fit|ok|able|to (?:return|"
     r"work|come back|go back|start back|restart|resume))\b|\b(?:occupational health|occ "
     r"health|oh|company doctor|work doctor|occupational therapist|physio(?:therapist)?|"
     r"gp|doctor|specialist)\b[^.?!]{0,40}\b(?:before|when|after|until) "
     r"(?:i |my |)(?:return\w*|come back|coming back|go back|going back|restart|start back|"
     r"resume)|\bcleared (?:me )?(?:to|for) (?:work|"
     r"return)\b|\b(?:workstation|desk|chair|role|"
     r"hours|duties|schedule|"
     r"job|post)\b[^.?!]{0,20}\b(?:adapted|adjusted|modified)\b[^?!]{0,60}\b(?:come back|"
     r"return|go back|restart)"),
    ("restricted-duties", "sick-leave-return",
     r"\bcoming off (?:long[- ]term )?(?:sick|sick leave|medical leave|sickness absence)\b|"
     r"\b(?:restricted|light|amended|adjusted|lighter|modified|reduced) (?:duties|hours|"
     r"workload)\b[^?!]{0,60}\b(?:go back|come back|return|i'm back|back at work|restart)|"
     r"\b(?:doctor|doc|gp|consultant|specialist|surgeon|physio|occupational health|oh)\b"
     r"[^.?!]{0,30}\b(?:wants|recommends?|suggests?|said|says|advised?)\b[^.?!]{0,20}"
     r"\b(?:restricted|light|amended|reduced|phased|part[- ]time|lighter) (?:duties|hours|"
     r"return|days|workload)\b"),
    ("off-then-return", "sick-leave-return",
     r"\b(?:i'm|im|i am|i've been|ive been|i have been|i was|been) (?:off|absent|signed off|"
     r"on long[- ]term sick(?: leave)?|on sick leave|on medical leave|"
     r"off work|out)\b (?:sick|ill|work|with|for|since|due)\b[^.?!]{0,80}\b(?:return|back|"
     r"restart|resume|come back)|\b(?:sick leave|sick note|fit note|medical leave|"
     r"sickness absence) (?:ends|finishes|is over|expires|runs out)\b|\b(?:see|visit|"
     r"appointment with|meet|referred to|referral to|check with)\w* (?:the )?(?:occupational "
     r"health|work doctor|company doctor|occupational physician)"),
    ("after-my-sick-leave", "sick-leave-return",
     rf"\b(?:after|since|end of|following) my\b[^.?!]{{0,20}}{_SICK}|\b(?:after|since|"
     rf"following)\b[^.?!]{{0,40}}{_SICK}\b[^?!]{{0,60}}\b(?:go(?:ing)? back|come back|"
     r"coming back|return\w*|back (?:to|at) work|i'm back|restart\w*|resum\w*|start(?:ing)? "
     r"back)\b|\b(?:doctor|doc|gp|consultant|specialist|surgeon)\b[^.?!]{0,20}\b(?:says|said|"
     r"thinks|told me|agrees)(?: that)? i (?:can|could|should|may|am able to|'m able to|am "
     r"ready to|'m ready to) (?:go back|come back|return|start back|restart|resume|work)\b"),
    # conflict-harassment
    ("harass", "conflict-harassment", r"\bharass(?:ed|es|ing|ment|er)?\b"),
    ("bully", "conflict-harassment", r"\bbull(?:y|ies|ied|ying)\b"),
    ("discriminat", "conflict-harassment", r"\bdiscriminat(?:e|es|ed|ing|ion|ory)\b"),
    ("sexual-behaviour", "conflict-harassment",
     r"\b(?:sexual(?:ly)?|inappropriate(?:ly)?|unwanted|unwelcome|hurtful|offensive|insulting|"
     r"creepy|lewd|explicit|suggestive|dirty|flirty|obscene|"
     r"degrading|demeaning|insistent|racist|sexist|homophobic|nasty|snide)\b[^.?!]{0,20}\b(?:comments?|"
     r"advances?|touch(?:ed|ing|es)?|jokes?|messages?|remarks?|behaviou?r|contact|attention|"
     r"photos?|propositions?|harassment|notes?|emails?|texts?|letters?|drawings?|graffiti|"
     r"nicknames?)\b|\bask\w* (?:me )?(?:about|questions about) my (?:sex life|love life|body|"
     r"sexual\w*|dating life|sexuality)\b"),
    ("abuse-verbs", "conflict-harassment",
     r"\b(?:yell(?:s|ed|ing)?|shout(?:s|ed|ing)?|scream(?:s|ed|ing)?|swear(?:s|ing)?|swore)\b"
     r" (?:at|to) (?:me|us)\b|\b(?:humiliat|belittl|insult|threaten|intimidat|mock|ridicul|"
     r"degrad|demean|undermin|sabotag|exclud|isolat|ignor|target|gaslight|touch|grab|kiss|"
     r"follow|pick(?:s|ed|ing)? "
     r"on|mistreat|abus|assault|hit|push|grop|stalk)\w*\b (?:me|us|my work|my ideas)\b"),
    ("hostile", "conflict-harassment",
     r"\b(?:hostile|toxic|abusive|racist|sexist|homophobic|transphobic|misogynist(?:ic)?|"
     r"ableist)\b"),
    ("racial-slur", "conflict-harassment", r"\b(?:slurs?|racism|sexism|homophobia|retaliat\w*)\b"),
    ("conflict-with", "conflict-harassment",
     rf"\b(?:conflicts?|disputes?|problems?|issues?|trouble|tensions?|fights?|arguments?|"
     rf"disagreements?|clash(?:es)?|falling out|fell out)\b (?:with|between)\b[^.?!]{{0,30}}"
     rf"\b(?:{_BOSS}|{_PEER}|colleagues|co-?workers|team|them|him|her)s?\b"),
    ("boss-behaviour", "conflict-harassment",
     rf"\bmy (?:{_BOSS}|{_PEER})s?\b[^.?!]{{0,40}}\b(?:keeps?|constantly|always|won't stop|"
     rf"keeps on)\b[^.?!]{{0,30}}\b(?:criticis|criticiz|blam|shout|yell|insult|humiliat|"
     rf"ignor|undermin|threat|exclud|mock|comment)"),
    ("dont-get-along", "conflict-harassment",
     rf"\b(?:don't|dont|do not|can't|cant|cannot) (?:get along|work|stand|deal)\b[^.?!]{{0,20}}"
     rf"\b(?:with )?my (?:{_BOSS}|{_PEER})"),
    ("complaint-against", "conflict-harassment",
     rf"\b(?:complain(?:t|ts)?|grievance|report(?:ing)?)\b[^.?!]{{0,20}}\b(?:against|about) "
     rf"(?:my|a|the) (?:{_BOSS}|{_PEER})"),
    ("unfair-treatment", "conflict-harassment",
     r"\b(?:treated|treating|treats) me (?:unfairly|differently|badly|like)\b|\b(?:i'm|i am|"
     r"i was|i've been|being) treated (?:unfairly|differently|badly|like)\b|\bmak(?:es|ing) "
     r"threats\b|\b(?:had|have) (?:a|an) (?:\w+ )?(?:fight|argument|row|altercation|shouting "
     r"match) with (?:my|a|the)\b|\band i (?:had|have) (?:a|an) (?:\w+ )?(?:fight|argument|row|"
     r"altercation|falling out)\b|"
     r"\bunfair(?:ly)? treat"),
    ("feel-targeted", "conflict-harassment",
     r"\bfe(?:el|els|lt|eling) (?:so |very |really |)(?:targeted|singled out|excluded|"
     r"victimi[sz]ed|picked on|discriminated|harassed|bullied|intimidated|unsafe|threatened|"
     r"ostraci[sz]ed|humiliated)\b|\b(?:everyone|everybody|all the others|the others)"
     r"(?: else)?(?:'s)? (?:but|except) me\b|\beveryone else's\b|\bthe only (?:woman|"
     r"man|black|gay|muslim|jewish|disabled|older|foreign)\b"),
    ("rude-to-me", "conflict-harassment",
     r"\b(?:rude|nasty|horrible|mean|aggressive|hostile|condescending|patroni[sz]ing|vile|"
     r"cruel|cold|dismissive|awful|vicious) (?:to|towards|with) me\b|\b(?:blanks?|blanked|"
     r"blanking|snubs?|snubbed|ghosts?|ghosted|shuns?|shunned) me\b|\b(?:i'll|i will|i'd|"
     r"i would) regret it\b|\bwatch my back\b|\btoo (?:old|young|fat|emotional|foreign|"
     r"pregnant) (?:for|to)\b"),
    ("because-i-am", "conflict-harassment",
     r"\b(?:women|men|girls|mothers|mums|moms|black people|gay people|old people|older people|"
     r"foreigners|immigrants|muslims|jews|disabled people) (?:shouldn't|should not|can't|"
     r"cannot|don't belong|do not belong|aren't (?:made|fit|cut out|good)|belong in|should "
     r"stay)\b|"
     r"\bbecause (?:i'm|im|i am|i was|of my) (?:pregnant|a woman|a man|gay|lesbian|trans|"
     r"black|muslim|jewish|disabled|old|too old|a mother|a single mother|foreign|religion|"
     r"accent|skin|age|gender|disability|pregnancy|origin|ethnicity|sexual orientation|"
     r"union|colou?r|race|name|headscarf|beliefs?)\b|\bwithout my consent\b"),
    ("life-impossible", "conflict-harassment",
     r"\bmak(?:e|es|ing) my life (?:impossible|hell|miserable|a misery|a living hell|"
     r"difficult)\b|\b(?:make|makes|made|making) me (?:feel )?(?:uncomfortable|unsafe|uneasy|"
     r"scared|afraid)\b|\bcall(?:s|ed|ing)? me (?:a |an )?(?:stupid|idiot|useless|lazy|"
     r"incompetent|names|fat|ugly|dumb|\w+ names)\b|\b(?:mock|mocks|mocked|mocking|laugh(?:s|ed|"
     r"ing)? at|make fun of|makes fun of|made fun of|making fun of|imitat\w*) (?:me|my \w+)\b|"
     r"\bsidelin\w*|\b(?:paid|earn|earning) less than (?:my |the |)(?:male|female|men|women|"
     r"colleagues|coworkers|others)\b|"
     r"\bfavou?ritism\b|\bfavou?rs? (?:the )?(?:men|women|others|his friends|her friends)\b|"
     r"\b(?:good|best|interesting|easy) (?:projects|tasks|shifts|assignments|clients|"
     r"accounts|hours)\b[^.?!]{0,15}\bto (?:the |his |her |their )?(?:men|women|guys|others|"
     r"mates|friends|favou?rites|pals)\b|\b(?:leaves?|gives?|leaving|giving) me (?:all )?the "
     r"(?:worst|crappy|rubbish|shit|boring)\b|\bout to get me\b|\b(?:has|have|got) it in "
     r"for me\b|\bcomment(?:s|ing|ed)? (?:about|on) my (?:weight|body|appearance|looks|"
     r"clothes|skin|origin|religion|age|accent|sexuality|pregnancy)\b|\bme\b[^.?!]{0,30}\bin "
     r"front of (?:everyone|everybody|the (?:whole )?team|the others|clients|customers|my "
     r"colleagues)\b"),
    ("physical", "conflict-harassment",
     r"\b(?:brush|rub|press)(?:es|ed|ing|s)? (?:up )?against me\b|\brefer(?:s|red|ring)? to "
     r"me as\b|\bmy (?:hijab|headscarf|turban|kippah|yarmulke|cross|accent|hair|skin|religion|"
     r"name|disability|pregnancy|age|weight|body)\b[^.?!]{0,30}\b(?:is |was |)"
     r"(?:unprofessional|inappropriate|not (?:appropriate|acceptable|welcome|professional)|a "
     r"problem|offensive)\b|\bi (?:reported|complained about|raised a (?:complaint|grievance) "
     rf"(?:about|against)) my (?:{_BOSS}|{_PEER})\b|\b(?:now )?i get all the (?:night|worst|"
     r"weekend|late|bad) shifts\b|"
     r"\b(?:grab|grabbed|grabs|pushed|shoved|hit|slapped|kicked|touch|touches|touched|touching|"
     r"pinched|stroking|strokes)\b[^.?!]{0,10}\b(?:me|my (?:arm|hand|shoulders?|leg|body|"
     r"bottom|bum|waist|neck|hair|breast|chest|knee|back))\b"
     r"|\b(?:angry|furious|aggressive|mad) (?:at|with) me\b|\bgets? (?:angry|furious|"
     r"aggressive|mad)\b[^.?!]{0,40}\b(?:if|when) i\b|\bask(?:s|ed|ing)? me out\b|\bwon't "
     r"leave me alone\b|\beven though i said no\b|\b(?:rumou?rs?|gossip|lies) (?:about|on) "
     r"me\b|\bspread(?:ing|s)? (?:rumou?rs?|lies)\b|\b(?:nobody|no one) (?:talks|speaks) to "
     r"me\b|\bthreaten(?:s|ed|ing)? (?:me\b|to (?!fire|sack|dismiss|suspend|terminate|start "
     r"(?:a|the) disciplinary|give me a (?:formal |written |final )?warning|sanction))"),
    ("since-i-announced", "conflict-harassment",
     r"\b(?:since|after|because) i (?:announced|told (?:them|him|her|my manager|my boss)|"
     r"disclosed|came out|got pregnant|complained|raised (?:a|my|the|an) (?:complaint|concern|"
     r"grievance|issue)|reported (?:him|her|them|it|my|the)|filed (?:a|my) (?:complaint|"
     r"grievance)|blew the whistle|spoke up|said no)\b|\b(?:since|after) my (?:complaint|"
     r"grievance|report)\b|\b(?:tak(?:es|ing)|took|steal(?:s|ing)?|stole) (?:the )?credit "
     r"(?:for|of) my\b|\b(?:steal(?:s|ing)?|stole|stolen) my (?:ideas?|work)\b|"
     r"\bbad-? ?mouth\w* me\b|\btrash-? ?talk\w* me\b|\btalk\w* (?:me )?down (?:to|in front)\b|"
     r"\bthr(?:ow|ew|own|owing|ows) me under the bus\b|\b(?:left|kept|taken|dropped|cut) "
     r"(?:me )?off (?:every|all|the|each|most)\b[^.?!]{0,15}\b(?:meetings?|emails?|invites?|"
     r"invitations?|lists?|rota|projects?|threads?|chats?|calls?)\b|"
     r"\bremoved me from (?:projects|the project|the team|meetings|my "
     r"projects|the rota)\b"),
    ("blackmail", "conflict-harassment",
     r"\bblackmail\w*|\b(?:got|get|been|was) (?:insulted|assaulted|groped|harassed|"
     r"humiliated|threatened|yelled at|shouted at)\b|\bit(?:'s| has) become (?:unbearable|"
     r"unlivable|hell)\b|\bunlike (?:the )?others\b|\b(?:very )?hurtful things\b"),
    # A weak signal (handoff.WEAK): another topic in the same message answers first.
    ("pushed-out", "conflict-harassment",
     r"\b(?:i'm|i am|i'm being|i am being|being) (?:pushed|forced|squeezed|managed) out\b|"
     r"\bpush(?:ing)? me out\b|\b(?:want|trying to get) me (?:out|gone)\b|\bforce me to "
     r"(?:quit|resign|leave)\b"),
    ("victim", "conflict-harassment",
     r"\bvictim of\b|\bvictimi[sz]ed\b|\bpressur(?:es|ed|ing|e) me\b|\bputs? (?:a lot of |so "
     r"much |)pressure on me\b|\bdisrespect\w*|\breproach\w* me\b|\bmicromanag\w* me\b"),
    ("left-out", "conflict-harassment",
     r"\b(?:left|leaving|leave|kept|keeps? me) out of\b|\bexclud(?:ed|ing) (?:me )?from\b|"
     r"\b(?:talks?|talking|gossip\w*|laugh\w*) (?:behind my back|about me)\b|"
     r"\bfreez(?:e|es|ing) me out\b|\bcold shoulder\b|\bsilent treatment\b|"
     r"\b(?:stopped|won't|refuse to|don't|dont) (?:talking|talk|speak|speaking) to me\b|"
     r"\binnuendo\w*|\bsnide (?:comments?|remarks?)"),
    # performance-evaluation
    ("my-review", "performance-evaluation",
     r"\bmy (?:last |latest |recent |annual |yearly |mid-?year |year-end |end of year |"
     r"quarterly |probation |probationary |trial period |end[- ]of[- ]probation |)?"
     r"(?:performance )?(?:review|evaluation|appraisal|rating|assessment|score|ranking|grading|"
     r"grade|mark|feedback|objectives review)\b(?! (?:of|for) (?:the|an?|my|this|our|"
     r"expense|claim))(?! (?:invitation|invite|date|slot|form|template|reminder|link|deadline|"
     r"schedule)s?\b)"),
    ("contest-rating", "performance-evaluation",
     r"\b(?:contest|challenge|appeal|dispute|disagree|unfair|unjust|wrong|low|bad|poor|"
     r"negative|harsh)\w*\b[^.?!]{0,30}\b(?:performance )?(?:review|evaluation|appraisal|rating|"
     r"assessment|score|grade)\b"),
    ("rated-me", "performance-evaluation",
     r"\b(?:rated|graded|scored|evaluated|assessed|marked|reviewed|appraised) me\b|"
     r"\bgave me (?:a|an) [^.?!]{0,20}\b(?:rating|score|review|evaluation|appraisal|grade)"
     r"|\bmy (?:manager|boss|supervisor|n\+1|lead)'?s? (?:assessment|evaluation|review|rating|"
     r"appraisal|feedback|scoring)\b|\b(?:disagree|don't agree|do not agree|dont agree) with "
     r"(?:his|her|their|the|my|this|that) (?:assessment|evaluation|review|rating|appraisal|"
     r"feedback|score)\b|\bsecond opinion on my\b"),
    ("score-received", "performance-evaluation",
     r"\b(?:gave me|got|get|received|given|i have|i had|rated me|marked me|scored me)\b[^.?!]{0,15}"
     r"\b\d(?:[.,]\d)? ?(?:out of|/) ?\d+\b|\bmy (?:objectives|goals|targets|kpis)\b[^.?!]{0,30}"
     r"\b(?:not met|not achieved|missed|unmet|not reached|changed|moved)\b|\b(?:review|"
     r"evaluation|appraisal|rating|assessment|score|grade|feedback)\b[^.?!]{0,30}\b(?:is |was "
     r"|)(?:really |very |so |)(?:unfair|unjust\w*|biased|inaccurate|not fair|harsh)\b|\b(?:rating|score|"
     r"evaluation|appraisal|"
     r"review|grade|mark) (?:that )?i (?:got|received|was given)\b|\b(?:got|get|given|rated|"
     r"received|i'm|i am|marked|scored|i was)\b[^.?!]{0,20}\b(?:partially meets|below "
     r"expectations|does not meet|doesn't meet|did not meet|not meeting expectations|needs "
     r"improvement|unsatisfactory|insufficient)"),
    ("mid-year", "performance-evaluation",
     r"\b(?:challenge|contest|dispute|appeal|disagree with|refute|respond to)\b[^.?!]{0,30}"
     r"\b(?:comments?|feedback|assessment|remarks?|conclusions?|outcome)\b[^.?!]{0,30}\bmy "
     r"(?:mid-?year|year-end|annual|yearly|review|evaluation|appraisal|one-to-one)\b|"
     r"\b(?:needs improvement|below expectations|partially meets|does not meet|unsatisfactory|"
     r"insufficient)\W+(?:rating|score|grade|mark|review|evaluation)\b|\bmy\W+(?:needs "
     r"improvement|below expectations|partially meets|does not meet)\b|\b(?:sign|signing) my "
     r"(?:annual |performance |mid-?year |)(?:review|evaluation|appraisal)\b"),
    ("my-performance", "performance-evaluation",
     r"\bmy performance (?:is|was|isn't|wasn't|has been|level|rating|score|review)\b|"
     r"\b(?:say|says|said|think|thinks|claim|claims) my (?:performance|work|results) "
     r"(?:is|was|are|were|isn't|aren't)\b"),
    ("gave-me-grade", "performance-evaluation",
     r"\b(?:gave|given|assigned|awarded) me (?:a |an |the )?(?:grade|mark|rating|score|mention)\b|"
     r"\b(?:because of|due to) my (?:evaluation|review|appraisal|rating|score)\b|\bjudged "
     r"(?:insufficient|inadequate|unsatisfactory)\b|\b(?:review|appraisal|evaluation) "
     r"(?:meeting )?(?:went|was) (?:badly|bad|terribly|awful|horribly)\b|\bquestion(?:ed|s|ing)? "
     r"(?:my work|my skills|my competence|my results)\b|\b(?:didn't|did not|don't|do not) (?:meet|"
     r"reach|hit) my (?:objectives|targets|goals)\b"),
    ("not-at-level", "performance-evaluation",
     r"\bmy (?:probation|probationary period|trial period)\b[^.?!]{0,20}\b(?:extended|renewed|"
     r"failed|not confirmed|terminated|ended|(?:was|wasn't|was not|is not|isn't|won't be|will "
     r"not be|has not been|hasn't been) (?:successful|passed|confirmed|going well|signed off|"
     r"approved|a success)|unsuccessful|at risk|not passed)\b|\b(?:failed|didn't pass|did not "
     r"pass|won't pass|extended|extending) my (?:probation|probationary period|trial "
     r"period)\b|\b(?:my work|my performance|my results|my output|my numbers|i)(?: is|'s| "
     r"was|) (?:not|isn't|wasn't|is not|was not|never) (?:good enough|up to (?:scratch|"
     r"standard|par)|at the (?:required |expected )?level)\b|\b(?:says|said|told me|thinks|think) (?:that )?"
     r"(?:i'm|i am|my work is|my work isn't|my performance is) not\b|\bblam\w* (?:me for )?"
     r"(?:my )?(?:results|performance|numbers|figures)\b|\b(?:graded|rated|scored|marked) (?:as )?"
     r"(?:[a-e](?:[,.?!]|$| this| last| for| in| on| and)|low|poor|insufficient|unsatisfactory)"),
    ("pip", "performance-evaluation",
     r"\b(?:performance improvement plan|pip|low performer|underperformer|underperform\w*|"
     r"under-perform\w*|under-? ?deliver\w*|"
     r"performance (?:issues?|problems?|concerns?) (?:with me|about me))\b|\b(?:on|onto|"
     r"into) (?:a |an )?(?:formal )?performance (?:\w+ )?plan\b|\bperformance support plan\b"),
    ("got-rating", "performance-evaluation",
     rf"\b{_ME}\b[^.?!]{{0,15}}\b(?:got|received|was given|been given|get|have)\b[^.?!]{{0,25}}"
     r"\b(?:rating|score|evaluation|appraisal|review result|review outcome)\b|\b(?:got|"
     r"received|given) my (?:\w+ ){0,3}(?:rating|score|review|appraisal|evaluation|grade|mark|"
     r"feedback)\b(?! (?:date|invite|invitation|meeting|form|template|slot|time|link|schedule|"
     r"reminder))"),
    # mental-health
    ("burnout", "mental-health", r"\bburn(?:ed|t)?[- ]?out\b|\bburning out\b"),
    ("depression", "mental-health", r"\bdepress(?:ed|ion|ive)\b"),
    ("anxiety", "mental-health",
     r"\banxi(?:ety|ous)\b|\bpanic attacks?\b|\bpanicking\b"),
    ("suicide", "mental-health",
     r"\bsuicid\w*|\bkill(?:ing)? myself\b|\b(?:don't|do not|dont) feel safe (?:with|around|"
     r"by) myself\b|\bnot safe (?:with|around) myself\b|\bend(?:ing|ed)? (?:it all|my life|things)\b|"
     r"\bno (?:point|reason) (?:in )?(?:living|going on|carrying on)\b|\bdark thoughts\b|"
     r"\bintrusive thoughts\b|\bbetter off without me\b|\b(?:don't|dont|do not) want to wake "
     r"up\b|\bwish i (?:wouldn't|didn't|would not|could not) wake up\b|\bself[- ]harm\w*|"
     r"\bhurt(?:ing)? myself\b|\b(?:don't|dont|do not) want to (?:live|be alive|be here|go on)"
     r"|\bno reason to live\b|\bbetter off dead\b|\bwant to die\b"),
    ("cant-cope", "mental-health",
     rf"\b{_CANT} (?:cope|go on|keep going|handle (?:it|this|anything)|take (?:it|this|"
     rf"any ?more)|function|stop crying|sleep|breathe)\b|{_CANT} (?:focus|concentrate|think)"
     r"(?: on anything| at all| any ?more| properly)\b|\bmy (?:head|mind) is (?:all over the "
     r"place|a mess|racing|spinning)\b"),
    ("anymore", "mental-health",
     r"\b(?:can't|cant|cannot) (?:do|take|handle|bear|stand) (?:this|it|this job|work)? ?"
     r"(?:any ?more|any longer)"),
    ("overwhelmed", "mental-health",
     r"\b(?:overwhelm\w*|exhausted|drained|breaking down|break ?down|falling apart|hopeless|"
     r"worthless|desperate|miserable|at (?:the )?end of my (?:rope|tether)|"
     r"(?:so|very|really|extremely|too|completely|totally) (?:stressed|tired|low|down|"
     r"lonely|alone|sad|empty|lost))\b"),
    ("stress", "mental-health",
     r"\b(?:stressed out|stress is (?:too|killing|unbearable)|under (?:so much|too much|"
     r"huge|a lot of) (?:stress|pressure)|my mental health|mental(?:ly)? (?:exhausted|drained|"
     r"struggl\w*|unwell|broken|not ok))"
     r"\b"),
    ("crying", "mental-health",
     rf"\b{_ME}\b[^.?!]{{0,20}}\b(?:cry|crying|cried|in tears|tearful)\b"),
    ("struggling", "mental-health",
     r"\b(?:i'm|im|i am|i've been|ive been|i have been) (?:really |so |)(?:struggling|"
     r"not (?:ok|okay|coping|well mentally|doing well)|not in a good place|feeling (?:awful|"
     r"terrible|horrible|numb|broken|awful))"),
    ("rock-bottom", "mental-health",
     r"\brunning on empty\b|\blosing my footing\b|\b(?:hit|at) rock bottom\b|\binsomnia\b|"
     r"\bcan't stand (?:my job|work|this job|it) any ?more\b|\bcrying fits?\b|\bon the verge of "
     r"(?:breaking down|tears|a breakdown|collapse)\b"),
    ("losing-my-mind", "mental-health",
     r"\bnot (?:doing )?(?:great|well|good|ok|okay) mentally\b|\bnot doing (?:great|well)\b|"
     r"\b(?:i feel like i'm|i'm|i am|feel like i'm) (?:losing my mind|going crazy|going insane|"
     r"falling apart|losing it)\b|\bself[- ]medicat\w*|\b(?:pills|tablets|sleeping pills|"
     r"medication|meds|alcohol) to (?:get through|cope|sleep|keep going|survive)\b"),
    ("destroying-me", "mental-health",
     r"\b(?:work|my job|this job|it|this place|(?:work |the )?stress|the pressure|(?:the|my) "
     r"workload)(?: is|'s)? (?:destroying|killing|crushing|"
     r"breaking|eating) me\b|\beating me (?:alive|up)\b|\b(?:i )?(?:don't|can't|cannot) "
     r"sleep\b|\blost \d+ ?(?:kilos|kg|pounds|lbs)\b|\bmaking me (?:ill|sick|physically ill)\b|"
     r"\bcan't get out of bed\b|\bi(?:'m| am) not well\b|\bi think i need help\b|\bfeel(?:ing)? "
     r"numb\b|\bfeel (?:so |completely |)empty\b|\bdrink(?:ing)? (?:every "
     r"(?:night|day|evening)|to forget|to cope|more)\b|\bdrink(?:ing)?\b[^.?!]{0,25}\b(?:to "
     r"(?:get through|cope|forget|sleep|numb|switch off|calm down|keep going)|most (?:nights|"
     r"days|evenings)|every (?:night|day|evening)|alone at night)\b|\b(?:constantly|always) on edge\b|"
     r"\bcan't relax\b|\b(?:feel like|want to|thinking of) giving up\b|\bwant to give up\b|"
     r"\bcan't stop (?:worrying|thinking about "
     r"work|crying|shaking)\b"),
    ("at-my-limit", "mental-health",
     r"\b(?:don't|do not|can't|cannot|dont) see the point\b|\bpoint of anything\b|\bat my "
     r"(?:limit|wits' end|wit's end|breaking point)\b|\bbreaking point\b|\b(?:can't|cannot) "
     r"(?:do|take|handle|stand) (?:this|it) (?:much )?(?:longer|anymore)|\b(?:scared|afraid|"
     r"terrified|frightened|anxious) all the time\b|\bhands? (?:shake|shaking|tremble|"
     r"trembling)\b|\bi'm shaking\b"),
    ("going-under", "mental-health",
     r"\b(?:so|just|completely|totally) done with (?:everything|it all|life)\b|\b(?:i'm|i am|"
     r"feel like i'm|feel like i am|i feel like i'm) (?:going under|sinking|spiral+ing|"
     r"crumbling|unravel+ing|breaking)\b|\bfeel(?:ing)? (?:like )?(?:a |such a |a complete "
     r"|a total |an utter )?(?:failure|burden|waste of space)\b|\b(?:i'm|i am) (?:a |such a "
     r"|)(?:failure|burden)\b|\bgetting on top of me\b"),
    ("holding-it-together", "mental-health",
     r"\b(?:barely|hardly|not|just about|only just) (?:holding|keeping|hold|keep) (?:it|"
     r"myself|things) together\b|\b(?:barely|hardly|not really|only just) (?:coping|functioning|"
     r"surviving|hanging on|keeping my head above water)\b|\b(?:i'm|i am|i've been|been|i "
     r"started|started|i take|taking|put me) on (?:anti-? ?depressants|anxiety (?:meds|"
     r"medication|pills)|sleeping pills)\b|\b(?:i'm|i am|i feel|feeling) (?:so |completely |"
     r"totally |properly |absolutely |)(?:fried|frazzled|running on fumes|at breaking point)\b|"
     r"\b(?:that's|that is|this is|it's) not (?:like )?me\b|\b(?:i'm|i am) not myself\b|"
     r"\bnot feeling (?:like )?myself\b|\b(?:don't|do not) recogni[sz]e myself\b|\bsnap(?:ped|"
     r"ping)? at (?:a customer|customers|everyone|people|colleagues|my (?:kids|family|"
     r"partner|team))\b|\bnothing (?:feels|seems|is) worth (?:it|anything|doing)\b|\b(?:isn't|"
     r"is not|not) worth it any ?more\b|\bnothing matters any ?more\b|\bstopped (?:eating|"
     r"sleeping)\b|\b(?:can't|cannot|not) (?:eat|eating) (?:properly|any ?more|at all)\b|"
     r"\bdread(?:ing)? (?:coming|going|getting|waking|mondays|every (?:day|morning|shift)|"
     r"work|the office)\b|\bhow (?:much )?longer "
     r"i can (?:do|take|handle|keep|cope|go on|stand|last)\b|\b(?:everything|it all|all of "
     r"this|life)(?: just)? (?:feels|is|seems|is getting|has become) (?:way |all |just |a bit |)"
     r"too much\b"),
    ("disappear", "mental-health",
     r"\bwant to (?:disappear|vanish|give up|run away|not exist|sleep forever)\b|"
     r"\b(?:can't|cannot|don't) see (?:a|any) way out\b|\bno way out\b|\bgive up on "
     r"(?:everything|life)\b|\bdrowning\b"),
    ("therapist", "mental-health",
     r"\bmy (?:therapist|psychiatrist|psychologist|shrink|counsell?or|psychotherapist)\b|"
     r"\b(?:everything|life|it all|work) (?:feels|seems|is) (?:pointless|meaningless|hopeless)"
     r"|\bwhat's the point\b|\b(?:drinking|drink) (?:more|too much|to cope|to get through)\b|"
     r"\b(?:lost|losing) all (?:my )?motivation\b|\bheart (?:races|racing|pounding)\b|"
     r"\bcan't breathe\b|\bcan't think straight\b|\bon the edge\b"),
    # disciplinary
    ("disciplinary", "disciplinary", r"\bdisciplin(?:ary|ed|e (?:hearing|procedure|meeting|"
     r"action|process|me))\b"),
    ("warning", "disciplinary",
     r"\b(?:written|verbal|formal|final|official|first|second|last) warning\b|"
     r"\b(?:got|received|given|issued|get|gave me|give me|receive|getting) (?:a |an )?"
     r"(?:written |verbal |formal |final |official )?warning\b(?! (?:that|about|message|"
     r"saying|says|when|pop|on (?:the |my )?screen|in the (?:tool|app|system)))|"
     r"\bwarnings? (?:i|that i|which i) (?:got|received|was given|have)\b|\bwarnings?\b"
     r"[^.?!]{0,30}\b(?:on|in|from|off) my (?:record|file|personnel file|hr file)\b"),
    ("sanction", "disciplinary", r"\bsanction(?:s|ed|ing)?\b"),
    ("fired", "disciplinary",
     r"\b(?:be(?:ing)?|been|get(?:ting)?|got|was|am|were|are) (?:being )?(?:fired|sacked|"
     r"dismissed|terminated|let go|suspended)\b|\b(?:sacked|fired|dismissed|terminated|"
     r"suspended) me\b|\blet me go\b|\binvestigat\w* (?:into|of|on|about) my\b(?! "
     r"(?:complaint|grievance|report|claim|concern))"),
    ("lose-job", "disciplinary",
     r"\b(?:fire|sack|dismiss|suspend|terminate) me\b|\blose my job\b|\blosing my job\b"),
    ("dismissal", "disciplinary",
     r"\b(?:dismissal|gross misconduct|misconduct|suspension|suspended|reprimand\w*)\b|"
     r"\bpunish\w*|\bdock(?:ed|ing)? my (?:pay|salary|wages)\b|\b(?:told|asked|ordered|sent)"
     r" (?:me )?(?:to )?(?:go|stay) home\b|\b(?:sent me|was sent|been sent|got sent|i'm being "
     r"sent) home\b(?! (?:early|sick|ill|because of|due to))|\b(?:told|asked|ordered|"
     r"instructed)(?: me)? not to (?:come in|come back|return|attend)\b|\bwhile they (?:look "
     r"into|investigate|review)\b|\b(?:being|been|am|i'm) "
     r"investigated\b|\binvestigat\w* (?:me|against me|into me)\b|\bwrit(?:e|ten|ing) (?:me )?"
     r"up\b|\bwrite-up\b|\binvestigat(?:ion|ory) (?:meeting|interview|hearing)\b|\bfact[- ]"
     r"finding (?:meeting|interview)\b|\b(?:am i|i'm|i am|will i be|could i be|i could be|i'll "
     r"be) in (?:trouble|big trouble|serious trouble)\b|\bthere(?:'ll| will| would| could) be "
     r"(?:serious |real |)\W?consequences\b|\bformal (?:meeting|interview) with (?:hr|my "
     r"manager|the hr|my boss|the manager)\b"),
    ("hearing", "disciplinary",
     r"\b(?:hearing|investigation|inquiry|formal complaint|complaint)\b[^.?!]{0,20}"
     r"\b(?:against|about|into) me\b|\b(?:summoned|called|invited) to (?:a|an) "
     r"(?:hearing|investigation|formal meeting|interview with hr)"),
    ("summoned", "disciplinary",
     r"\bsummon\w* me\b|\bcommitted a (?:fault|serious fault|offence|offense)\b|\bdisciplinary "
     r"board\b"),
    ("accused", "disciplinary",
     r"\bunder investigation\b|\bthreaten\w* (?:me )?with (?:dismissal|a warning|sanctions?|"
     r"disciplinary|the sack|being fired|termination)\b|\baccus\w* (?:me )?of\b|\b(?:being|been|was|am|"
     r"i'm) accused\b|\ballegations? "
     r"(?:against|about|involving) me\b|\b(?:about|regarding|over|concerning) (?:an|the|some|"
     r"a serious) allegations?\b"),
    ("termination-letter", "disciplinary",
     r"\b(?:termination|dismissal) (?:letter|meeting|notice|hearing|procedure)\b|"
     r"\btermination of my\b"),
    # bereavement
    ("kin-died", "bereavement",
     rf"\b(?:my|our)\b(?: \w+){{0,2}} {_KIN}(?:'s)?\b[^.?!]{{0,25}}\b(?:died|dies|dying|"
     rf"passed|pass away|has passed|is dead|was killed|killed|lost (?:his|her|their) (?:life|"
     rf"battle|fight)|is terminally|on (?:his|her|their) deathbed|end of life|(?:is )?in "
     rf"palliative|palliative care|(?:is )?in (?:a )?hospice|won't make it|is dying|"
     rf"(?:days|weeks) to live|was put (?:down|to sleep)|didn't make it|did not make it|"
     rf"was murdered|drowned|overdosed|died by suicide|(?:is|was) on life support|(?:is|are) "
     rf"in (?:his|her|their) (?:final|last) (?:days|hours|weeks)|(?:doesn't|does not) have "
     rf"long left|not long left|didn't survive|did not survive|never woke up|"
     rf"succumbed|(?:is )?no longer with us|was laid to rest|"
     rf"(?:'s| is| has) gone\b(?! (?:on|for|to|away|abroad|until|till|from|out|home|back|into|"
     rf"shopping|quiet|up|down|over|through))|was found dead|has left us|is gone\b(?! (?:on|for|to|"
     rf"away|abroad|until|till|from))|had to be put (?:down|to sleep))|"
     rf"\bthe {_KIN} (?:who|that) [^.?!]{{0,20}}\b(?:died|passed|is dead|"
     rf"has died|just died)\b"),
    ("death-of", "bereavement",
     rf"\b(?:death|loss|passing|funeral|burial|cremation|wake|memorial)s? (?:of|for) (?:my|our)"
     rf"\b|\b(?:my|our) (?:\w+ )?{_KIN}(?:'s)? (?:death|funeral|burial|passing|cremation|"
     rf"ashes|grave|headstone|wake|inquest|probate|"
     rf"memorial)\b"),
    ("lost-kin", "bereavement",
     rf"\b(?:(?:i|we|i've|ive|we've|just|recently) (?:just |recently |have |))?(?:lost|losing) (?:both |"
     rf")(?:my|our)"
     rf"\b(?: \w+){{0,2}} {_KIN}\b|\bmy late {_KIN}\b|\brip (?:to )?(?:my|our)\b|\brest in peace\b|"
     rf"\b(?:said|saying|say) (?:our |my |a |)(?:final |last |)goodbyes? to (?:my|our)(?: \w+)? "
     rf"{_KIN}\b|\bfuneral (?:arrangements|plans|service) (?:for|of) (?:my|our)\b"),
    ("took-own-life", "bereavement",
     r"\b(?:my|our)\b[^.?!]{0,30}\b(?:took|ended|taken) (?:his|her|their) own life\b|"
     r"\b(?:my|our)\b[^.?!]{0,30}\b(?:committed suicide|killed (?:him|her|them)sel(?:f|ves))\b"),
    ("grief", "bereavement",
     r"\b(?:griev(?:e|es|ed|ing)|grief|mourning|bereaved|widow(?:ed|er)?)\b"),
    ("death-in-family", "bereavement",
     r"\bdeath in (?:the|my|our) family\b|\bfamily (?:bereavement|death|loss|tragedy)\b|"
     r"\blost (?:a|our|my) (?:loved one|family member|relative)\b|"
     r"\b(?:stillborn|stillbirth|miscarriage|miscarried)\b|"
     r"\blost (?:our|the|my) baby\b"),
    ("buried", "bereavement",
     r"\b(?:buried|bury|burying|cremated|cremating) (?:my|our)\b"),
    ("attend-funeral", "bereavement",
     r"\b(?:attend|go to|organis|organiz|arrang|plan)\w* (?:the |a |his |her |their )?"
     r"(?:funeral|burial|cremation|memorial)"),
    ("mum-died", "bereavement",
     r"(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\byour )(?<!\bwhose )(?<!'s )"
     r"\b(?:mum|mom|dad|nan|nana|nanna|grandma|grandpa|granny|gran|grandad|granddad|auntie|"
     r"papa|mama|grandmother|grandfather)(?:'s)? (?:funeral|death|passing|cremation|burial|"
     r"ashes|grave|headstone|"
     r"wake|memorial)\b|(?<!\bher )(?<!\bhis )(?<!\btheir )(?<!\byour )(?<!\bwhose )(?<!'s )"
     r"\b(?:mum|mom|dad|nan|nana|nanna|grandma|grandpa|granny|gran|grandad|"
     r"granddad|auntie|papa|mama|grandmother|grandfather|nanny|gramps|mother|father)(?: |(?='))"
     r"(?:died|passed|has died|has passed|just died|just passed|is dying|was dying|passed "
     r"away|is gone|'s gone|has gone)\b(?! (?:on|for|to|away|abroad|until|till|from|out|home|"
     r"back|into|shopping|quiet|up|down|over|through))|\b(?:cancer|covid|illness|an accident|a heart attack|"
     r"a stroke|the disease|"
     r"dementia|it) (?:took|has taken|claimed) (?:my|our) (?:\w+ )?"
     rf"{_KIN}\b|\blost (?:someone|somebody|a person) (?:very |really |so |)(?:close|dear|"
     r"special|important)\b|\bsomeone (?:very |)(?:close|dear) to me (?:died|has died|passed|"
     r"has passed|is dying)\b|\bdeath of (?:a|my|our) (?:loved one|close friend|family member|"
     r"relative|close relative)\b|\bborn sleeping\b|\blost (?:the|our|my) pregnancy\b|"
     r"\bpregnancy loss\b|\bthe funeral is (?:on|this|next|tomorrow|today|in|at)\b|\bfuneral (?:to attend|"
     r"to go to|to organi[sz]e|to plan|to arrange)\b|"
     r"\b(?:scatter\w*|collect\w*|bury\w*) (?:my|our|mum's|dad's|mom's|the) (?:\w+'s )?ashes\b|"
     r"\brip (?:mum|mom|dad|nan|grandma|grandpa|granny|gran|grandad)\b|\b(?:fly|flying|flew|travel\w*|go|"
     r"going|head\w*|drive|driving) (?:\w+"
     r" ){0,2}for (?:a|the|his|her|their) (?:funeral|burial|cremation|memorial)\b|\b(?:funeral|cremation|"
     r"burial|memorial|wake|headstone|coffin|"
     r"casket)\w*(?: \w+){0,2} (?:of|for) (?:my|our) (?:\w+ )?"
     rf"{_KIN}\b|\b(?:we|i) (?:just |recently |)(?:lost|buried|cremated) (?:mum|mom|dad|nan|"
     r"grandma|grandpa|granny|gran|grandad)\b"),
    ("put-down", "bereavement",
     r"\b(?:had to |)put (?:my|our) (?:\w+ )?(?:dog|cat|pet|puppy|kitten)s? (?:down|to sleep)\b"),
    ("passed-away", "bereavement",
     r"\b(?:my|our)\b[^.?!]{0,40}\b(?:passed away|passed on|died)\b"),
    # human-request
    ("talk-to-human", "human-request",
     r"\b(?:talk|speak|chat|talking|speaking|chatting|discuss(?:ing)?|meet|connect|"
     r"put me through|transfer(?:red)?|escalate|pass|forward|get)\w* (?:me |this |that |it |"
     r"my (?:case|situation|issue|problem|question) )?(?:to|with|in touch "
     r"with) (?:a |an |some |the |your |my |)(?:real |actual |live |human |)(?:(?:payroll|"
     r"benefits|pensions?|leave|pay|compensation|expenses?|onboarding|relocation|hr) )?(?:humans?|person|"
     r"people|someone|somebody|agent|representative|rep|operator|advis[eo]r|counsel+or|"
     r"human being|hr (?:person|officer|rep|representative|partner|staff|advis[eo]r|agent|"
     r"team|manager|colleague|department|business partner)|(?:the )?hr|human resources|"
     r"member of (?:staff|hr|the hr team)|hr team|one of (?:you|your colleagues)|"
     r"hr business partner|hrbp|hr)\b"),
    ("want-human", "human-request",
     r"\b(?:want|need|like|prefer|get|give me|find|reach|contact|call|ask for|request)\w* "
     r"(?:to (?:talk to |speak to |speak with |reach |contact |see )?)?(?:a |an |some |)(?:real "
     r"|actual |live |)(?:human|person|agent|operator|representative|human being|somebody real|"
     r"someone real)\b|\bget me (?:a |an |some|someone|somebody|a real|the)\b|\b(?:rather "
     r"than|instead of|not) (?:a|the|this|an|your) (?:bot|robot|machine|ai|chatbot)\b"),
    ("not-a-bot", "human-request",
     r"\b(?:not (?:a|the|this|with a|with the|to a|to the) (?:bot|robot|machine|ai|chatbot)|"
     r"no (?:more )?(?:bots?|robots?|ai|machines?)|stop (?:the |this )?(?:bot|robot|ai)|"
     r"real (?:person|human|people)|human (?:please|pls|now|agent|being)|"
     r"(?:a|an) (?:actual|real|live) (?:person|human|agent|someone))\b"),
    ("anyone-there", "human-request",
     r"\b(?:any|a|some) (?:humans?|real people|real persons?|people) (?:here|there|around|"
     r"available|online)\b|\bis (?:anyone|anybody|someone|somebody|there anyone|there a "
     r"human|there a person) (?:there|here|available|real|around|online)\b|\b(?:don't|dont|"
     r"do not) want (?:to (?:talk|speak|chat) (?:to|with) )?(?:a|the|this|your) (?:bot|robot|"
     r"machine|ai|chatbot)\b"),
    ("meet-advisor", "human-request",
     r"\b(?:meet|see|talk to|speak to|speak with|talk with)\w* (?:a|an|some|the|my) (?:hr |"
     r"human )?(?:advis[eo]r|person|human|representative|agent|business partner|officer)\b|"
     r"\b(?:real|proper|actual) conversation\b|\b(?:it's|its|it is) (?:personal|private|"
     r"confidential|sensitive|delicate)\b|\bsomething (?:personal|private|sensitive|"
     r"confidential|delicate)\b"),
    ("forward-to-person", "human-request",
     r"\b(?:forward|pass|send|transfer|escalate|hand) (?:my (?:request|question|case|message)|"
     r"this|it|me) (?:on )?to (?:a|an|the) (?:human|person|advis[eo]r|agent|hr|real)\b|"
     r"\b(?:discuss|talk about|speak about) (?:this|it|that|my case) directly with\b|"
     r"\bhuman interlocutor\b"),
    ("call-from-hr", "human-request",
     r"\b(?:a )?call(?: back)? from (?:hr|someone|a person|a human|human resources|an? "
     r"advis[eo]r)\b|\b(?:is there|are there) (?:a|any|some) (?:person|human|people|one|"
     r"someone|somebody|advis[eo]r)\b[^.?!]{0,20}\b(?:speak|talk|chat|call)|\b(?:is there|"
     r"are there) (?:anyone|anybody|someone|somebody|any humans?|people)\b[^.?!]{0,20}"
     r"\b(?:speak|talk|chat|call|help me)|\b(?:book|schedule|arrange|have|set up|get)\w* (?:a "
     r"|an )?(?:call|meeting|appointment|chat|video call|1:1|one-to-one|phone call) with (?:a|"
     r"an|someone|somebody|the|my|your) (?:hr )?(?:advis[eo]r|person|human|representative|"
     r"agent|business partner|officer|hr|hrbp)\b|\bappointment with "
     r"(?:someone|a person|an? advis[eo]r|hr|my hr)\b"),
    ("someone-from-hr", "human-request",
     r"\b(?:someone|somebody|a person|a human|anyone|anybody) (?:from|in|at|of) (?:hr|human "
     r"resources|the hr)"),
    ("call-back", "human-request",
     r"\b(?:call|ring|phone) me(?: back)?\b|\bgive me a (?:call|ring|phone call|bell)\b|\bcalled back\b|"
     r"\bhuman (?:colleague|person|being|agent|"
     r"advis[eo]r|staff|contact)\b|\b(?:someone|somebody|a person|anyone|hr|a colleague)"
     r" (?:to |could |can |please |)(?:call|phone|contact|ring|get back to) me\b|"
     r"\bcallback\b|\b(?:need|want) (?:a|some) human\b"),
    ("single-word", "human-request",
     r"^ ?(?:hello\W*|hi\W*)?(?:is )?(?:anyone|anybody|someone|somebody) (?:there|here|around|"
     r"real)\W* ?$|^ ?(?:(?:a|an|the|real|live|human|hr|please|pls|i want|i need|get me|give me|talk to|"
     r"speak to)\W*){0,3}(?:humans?|agent|person|operator|representative|advis[eo]r|someone|"
     r"human please|hr person|hr agent|hr advis[eo]r|hr|human resources)\W*(?:please|pls|now|!|\?)*\W* ?$"),
)

NEGATIVE: tuple[tuple[str, tuple[Category, ...], str], ...] = (
    ("human-resources", ("human-request",),
     r"(?<!from )(?<!in )(?<!at )(?<!to )(?<!with )(?<!of )\bhuman resources\b"
     r"|\bhuman (?:rights|capital|error|factors?|touch|relations)\b"
     r"|\bhr (?:address|portal|policy|policies|system|website|intranet|office|email)\b"),
    ("contact-person", ("human-request",),
     r"\b(?:emergency )?contact (?:person|persons|people|details)\b|\bpersons? to contact\b|"
     r"\bin person\b|\bper person\b|\bpersons? (?:in charge|responsible)\b"),
    ("policy-documents", ("disciplinary",),
     r"\bdisciplinary (?:scale|grid|matrix)\b|"
     r"\bdisciplinary (?:procedure|process|policy|rules|code|sanctions?)s? (?:is |are |)"
     r"(?:described|defined|set out|explained|written|included|detailed|covered|in the "
     r"(?:handbook|rules|policy))\b|\bdisciplinary (?:policy|rules|code)\b"),
    ("dismissal-for-unfitness", ("disciplinary",),
     r"\b(?:unfit|incapacity|ill[- ]health)\b[^.?!]{0,120}\b(?:fired|dismiss\w*|sacked|let go|"
     r"terminated|lose my job)\b|\b(?:capability|ill[- ]health|medical) (?:dismissal|grounds)\b"),
    ("relative-suicide", ("mental-health",),
     r"\b(?:took|ended|taken) (?:his|her|their) own life\b|\b(?:committed|commit) suicide\b|"
     r"\bkilled (?:him|her|them)sel(?:f|ves)\b|\b(?:died|lost (?:him|her|them)) (?:by|to) "
     r"suicide\b"),
    ("threatened-with-sanction", ("conflict-harassment",),
     r"\bthreaten\w* (?:me )?with (?:dismissal|a warning|sanctions?|disciplinary|the sack|"
     r"being fired|termination)\b"),
    ("accused-of", ("conflict-harassment",),
     r"\baccus\w*(?: me)? of (?:\w+ )?(?:harassment|bullying|discrimination|racism|sexism|"
     r"misconduct)\b"),
    ("handle-a-conflict", ("conflict-harassment",),
     r"\b(?:handle|manage|resolve|mediate|defuse|prevent|handling|managing|resolving) (?:a |the "
     r"|)(?:conflicts?|disputes?)\b(?! with)"),
    ("conflict-of-interest", ("conflict-harassment",),
     r"\bconflicts? of interests?\b|\b(?:schedul\w*|calendar|meeting|booking|diary|time|"
     r"room|shift|rota|holiday|planning|version|merge|data) conflicts?\b"),
    ("harassment-policy-docs", ("conflict-harassment",),
     r"\b(?:anti-? ?)?(?:harassment|discrimination|bullying)(?: and \w+)?"
     r" (?:policy|policies|training|course|module|e-?learning|awareness|poster|charter|"
     r"procedure document|officer contact|workshop|session|webinar|campaign|week|day|survey|"
     r"committee|referent|officer)s?\b|\bgrievance (?:procedure|policy|form|process)\b"),
    ("warning-objects", ("disciplinary",),
     r"\b(?:weather|storm|security|phishing|fire|virus|browser|system|expiry|expiration|"
     r"battery|low stock|spam|heat|travel|flood|amber|red|yellow|cookie|email|login|password|"
     r"budget|overspend|overtime|quota)\w* (?:warnings?|alerts?)\b"),
    ("sanctions-lists", ("disciplinary",),
     r"\b(?:sanctions? (?:screening|lists?|compliance|regime|checks?)|economic sanctions|"
     r"international sanctions|sanctioned (?:countries|country|entities))\b"),
    ("expense-evaluation", ("performance-evaluation",),
     r"\b(?:evaluation|review|assessment|rating|appraisal|approval) (?:period|window|cycle|"
     r"calendar|timeline|schedule|process|form|template|guide|criteria|policy|dates?|"
     r"deadline)s? (?:for|of) (?:expense|claim|invoice|supplier|vendor|travel|contract|"
     r"document|project|the whole|all|everyone|new|the company|tenders?|training)\w*\b|"
     r"\b(?:energy|risk|credit|supplier|vendor|safety|security|tax|property|market|fire risk|"
     r"expense|document|code|contract|salary|pay|job|insurance|software|peer)"
     r" (?:review|evaluation|assessment|rating|appraisal|score|mark)s?\b"),
    ("contractors-general", ("sick-leave-return",),
     r"\bsick leave polic\w*\b"),
    ("someone-elses-loss", ("bereavement",),
     r"\b(?:a|my|our|the|one of (?:my|our)) (?:colleague|coworker|co-worker|team ?mate|team "
     r"member|employee|staff member|manager|boss|former employee|ex-colleague|direct report|"
     r"report|friend at work|intern)s?(?:'s?| whose| who)\b[^.?!]{0,40}"),
    ("grief-generic", ("bereavement",),
     r"\bbereavement (?:leave )?polic\w*\b|\b(?:is there|are there|do (?:we|employees|staff) "
     r"get|does the policy|what is the policy|policy on)\b[^.?!]{0,40}\bfuneral\b"),
)

# Bare keyword rules ("harassment", "disciplinary") do not fire on a question about documents
# or rules that says nothing about the writer ("is there a policy on harassment at events?").
GENERIC: frozenset[str] = frozenset({
    "harass", "bully", "discriminat", "hostile", "racial-slur", "disciplinary", "dismissal",
    "sanction", "grief", "burnout", "depression", "anxiety", "occupational-doctor",
})
DOCUMENT = (
    r"\b(?:polic(?:y|ies)|procedures?|process|rules?|handbook|code of conduct|intranet|"
    r"training|workshop|course|forms?|templates?|charter|definition|what counts as|considered|"
    r"defined|guidelines?|law|scale|events?|posters?|officer|referent|statistics|survey|"
    r"webinar|first aiders?|awareness|opening hours|address|phone number|email|contact "
    r"details|where (?:is|are|can i find))\b"
)
PERSONAL = (
    r"\b(?:me|my|mine|myself|i'm|i am|i was|i've|i have been|i feel|i felt|i got|i received|"
    r"i had|we|our|us)\b"
)
