"""Decision-guard rules: sentences that state an HR decision as made (R12), EN and FR.

Each rule is ``(name, kind, regex)`` over folded text (lower-case, no accents). A rule only
fires on a statement: a sentence that is a question, or where the decision is introduced by
"if", "once", "si", "une fois que"... (``SUBORDINATE``), explains a process, not a decision.
"""

from __future__ import annotations

from typing import Literal

Kind = Literal["leave", "sanction", "rating", "dismissal", "salary"]

_DONE_EN = (r"(?:approved|granted|accepted|validated|authori[sz]ed|confirmed|refused|denied|"
            r"rejected|declined|turned down|cancelled|canceled|revoked)")
_LEAVE_EN = (r"(?:leave|holidays?|vacation|time off|days? off|absence|rtt|requests?|"
             r"applications?|sabbatical|remote work|telework(?:ing)?|overtime|transfer|"
             r"training|parental leave|sick leave)")
_IS_EN = (r"(?:has been|have been|is|are|was|were|'s|got|is now|has now been|will be|"
          r"has officially been)")

EN: tuple[tuple[str, Kind, str], ...] = (
    ("your-leave-decided", "leave",
     rf"\byour (?:\w+ ){{0,3}}{_LEAVE_EN}\b(?: \w+){{0,3}} {_IS_EN} (?:hereby |now |officially "
     rf"|formally |)(?:been )?{_DONE_EN}\b"),
    ("i-decide-your", "leave",
     r"\b(?:i|we|hr)(?: have|'ve| has| hereby| am| are|)? (?:hereby |now |)(?:approve|approved|"
     r"grant|granted|refuse|refused|deny|denied|reject|rejected|decline|declined|accept|"
     r"accepted|validate|validated|authori[sz]e|authori[sz]ed|approving|granting|refusing|"
     r"denying|rejecting)(?: you)? (?:your|you)\b"),
    ("they-decided-your", "leave",
     r"\b(?:your )?(?:manager|hr|supervisor|boss|line manager|director|the company|management)"
     r" (?:has |have |)(?:approved|granted|accepted|validated|refused|denied|rejected|declined)"
     r" your\b"),
    ("you-are-granted", "leave",
     r"\byou (?:are|have been|were|'re|'ve been) (?:hereby |officially |)(?:granted|awarded|"
     r"allowed|refused|denied|approved for) (?:\d+|the|your|a|an|additional|extra|leave|"
     r"time off|permission)\b"),
    ("you-are-sanctioned", "sanction",
     r"\byou (?:are|have been|were|will be|'re|'ve been) (?:hereby |formally |officially |)"
     r"(?:given|issued|receiving|subject to|handed|served) (?:a |an |)(?:formal |written |"
     r"verbal |final |first |official |)(?:warning|sanction|reprimand|suspension|"
     r"disciplinary)\b|\byou (?:are|have been|were|will be|'re|'ve been) (?:hereby |formally "
     r"|officially |)(?:suspended|sanctioned|reprimanded|demoted|disciplined|warned)\b"),
    ("sanction-issued", "sanction",
     r"\b(?:a|the|this|your|an) (?:formal |written |verbal |final |official |)(?:warning|"
     r"sanction|reprimand|suspension|disciplinary measure) (?:has been|is|was|will be) "
     r"(?:hereby |)(?:issued|imposed|applied|recorded|given|placed|added|confirmed)\b"),
    ("you-are-dismissed", "dismissal",
     r"\byou (?:are|have been|were|will be|'re|'ve been) (?:hereby |officially |formally |)"
     r"(?:dismissed|fired|terminated|let go|laid off|made redundant|sacked)\b"),
    ("contract-terminated", "dismissal",
     r"\byour (?:employment|contract|position|job|role|employment contract)(?: \w+){0,2} "
     r"(?:is|has been|was|will be) (?:hereby |officially |formally |)(?:terminated|ended|"
     r"cancelled|canceled|rescinded|not renewed)\b|\b(?:we|i) (?:are|have|am|will|'re|'ve|'m)"
     r" ?(?:be )?(?:terminating|ending|dismissing|firing|terminated|dismissed|fired|"
     r"letting) (?:you|your)\b"),
    ("your-rating-is", "rating",
     r"\byour (?:\w+ ){0,2}(?:rating|score|evaluation|appraisal|grade|review outcome|review "
     r"result|performance level|mark)s? (?:is|has been|was|will be|=|:|is set to|has been set "
     r"to|comes out at|is now) (?:set (?:to|at) |rated |assessed as |)(?:\d|a |an |\"|'|below|"
     r"above|meets|exceeds|does not|insufficient|unsatisfactory|satisfactory|excellent|poor|"
     r"good|outstanding|needs|partially|fully|low|high|average|strong|weak)"),
    ("i-rate-you", "rating",
     r"\b(?:i|we) (?:rate|have rated|rated|grade|graded|score|scored|evaluate|evaluated|"
     r"assess|assessed|'ve rated|am rating) (?:you|your)\b|\byou (?:are|have been|were|'re|"
     r"'ve been) (?:rated|graded|scored|assessed as|evaluated as)\b|\byour performance "
     r"(?:is|has been|was) (?:rated|assessed|judged|evaluated) as\b"),
    ("salary-changed", "salary",
     r"\byour (?:\w+ ){0,2}(?:salary|pay|wages?|compensation|bonus|raise|pay rise|"
     r"remuneration|pay grade|allowance)s? (?:is|has been|was|will be|are|have been) "
     r"(?:hereby |now |officially |)(?:increased|raised|reduced|decreased|cut|lowered|"
     r"changed|adjusted|frozen|revised|approved|refused|denied|withheld|cancelled|canceled|"
     r"set to|docked)\b"),
    ("you-get-raise", "salary",
     r"\byou (?:will|are going to|have been|are|'ll|'ve been) (?:receive|get|be given|given|"
     r"granted|awarded|receiving|getting) (?:a |an |)(?:\d+ ?% |)(?:raise|pay rise|salary "
     r"increase|salary cut|pay cut|bonus of|promotion)\b|\byou (?:are|have been|were|'re|"
     r"'ve been) (?:hereby |officially |)(?:promoted|demoted)\b"),
)

_DONE_FR = (r"(?:accorde|accepte|valide|approuve|autorise|confirme|refuse|rejete|annule|"
            r"octroye|decline|revoque)e?s?")
_LEAVE_FR = (r"(?:conges?|demandes?|absences?|rtt|teletravail|jours?|sollicitations?|"
             r"mutation|formation|conge parental|conge sans solde|heures supplementaires)")
_IS_FR = r"(?:est|a ete|sont|ont ete|etait|sera|seront|est desormais|est bien|a bien ete)"

FR: tuple[tuple[str, Kind, str], ...] = (
    ("votre-conge-decide", "leave",
     rf"\b(?:votre|vos) (?:\w+ ){{0,3}}{_LEAVE_FR}\b(?: [\w']+){{0,4}} {_IS_FR} (?:bien |"
     rf"officiellement |formellement |definitivement |)(?:ete )?{_DONE_FR}\b"),
    ("je-decide", "leave",
     r"\b(?:je|nous|les rh) (?:vous )?(?:accorde|accordons|accordent|refuse|refusons|refusent|"
     r"valide|validons|valident|approuve|approuvons|approuvent|autorise|autorisons|"
     r"autorisent|rejette|rejetons|rejettent|ai accorde|avons accorde|ai refuse|avons refuse|"
     r"ai valide|avons valide|ai approuve|avons approuve|ai rejete|avons rejete|ont accorde|"
     r"ont refuse|ont valide) (?:votre|vos|ce|cette|ces|la|le|les)\b"),
    ("ils-ont-decide", "leave",
     r"\b(?:votre )?(?:manager|responsable|chef|n\+1|direction|les rh|rh) (?:a|ont) "
     r"(?:accepte|valide|approuve|accorde|refuse|rejete|autorise) (?:votre|vos)\b"),
    ("vous-etes-sanctionne", "sanction",
     r"\bvous (?:etes|avez ete|serez|allez etre) (?:\w+ |)(?:sanctionne|suspendu|mis a pied|"
     r"mise a pied|retrograde|blame|averti)e?s?\b|\bvous (?:recevez|recevrez|avez recu|"
     r"faites l'objet d'|ferez l'objet d') ?(?:un |une |)(?:avertissement|blame|sanction|mise "
     r"a pied)\b|\b(?:un avertissement|un blame|une sanction|une mise a pied)(?: \w+){0,2} "
     r"(?:vous |)(?:est|a ete|sera) (?:\w+ |)(?:notifiee?|prononcee?|infligee?|appliquee?|"
     r"adressee?|inscrite?|donnee?)\b"),
    ("vous-etes-licencie", "dismissal",
     r"\bvous (?:etes|avez ete|serez|allez etre) (?:\w+ |)(?:licencie|renvoye|congedie|"
     r"revoque|remercie)e?s?\b|\bvotre (?:contrat|licenciement|emploi|poste|periode d'essai)"
     r"(?: \w+){0,2} (?:est|a ete|sera) (?:\w+ |)(?:rompue?|resiliee?|terminee?|prononcee?|"
     r"effective?|confirmee?|supprimee?|non renouvelee?)\b|\b(?:nous|je) (?:vous )?"
     r"(?:licencions|licencie|mettons fin a votre|mets fin a votre|rompons votre)\b"),
    ("votre-note-est", "rating",
     r"\bvotre (?:\w+ ){0,2}(?:note|notation|evaluation|appreciation|niveau de performance|"
     r"classement)s? (?:\w+ ){0,2}(?:est|a ete|sera|:|=) (?:fixee? a |de |)(?:\d|insuffisant|"
     r"satisfaisant|excellent|a ameliorer|conforme|non atteint|atteint|depasse|partiellement"
     r"|tres|bon|mauvais|faible|moyen|\"|«|')|\b(?:je|nous) vous (?:note|notons|evalue|"
     r"evaluons|attribue|attribuons) (?:\d|la note|une note)|\bvous (?:etes|avez ete) "
     r"(?:note|evalue|classe)e?s? (?:\d|a |comme|en dessous|au-dessus)"),
    ("salaire-modifie", "salary",
     r"\bvotre (?:\w+ ){0,2}(?:salaire|remuneration|prime|augmentation|paie|coefficient|"
     r"bonus|indemnite)s? (?:\w+ ){0,1}(?:est|a ete|sera|passe|passera) (?:\w+ |)"
     r"(?:augmentee?|reduite?|baissee?|diminuee?|gelee?|supprimee?|revalorisee?|modifiee?|"
     r"fixee?|accordee?|refusee?|maintenue?|a \d)"
     r"|\bvous (?:beneficiez|beneficierez|recevrez|obtenez|obtiendrez|avez obtenu) (?:d'une "
     r"|une |d'un |un )(?:augmentation|promotion|prime de)\b|\bvous (?:etes|avez ete) "
     r"(?:promue?|retrogradee?)\b"),
)

# A decision introduced by one of these is a condition or a process, not a decision made.
SUBORDINATE = (
    r"\b(?:if|once|when|whether|unless|until|after|before|in case|as soon as|provided|"
    r"whenever|where|si|s'il|lorsque|lorsqu'|quand|une fois que|une fois|des que|des qu'|"
    r"apres que|avant que|jusqu'a ce que|au cas ou|a condition que|si jamais)\b[^.;:]{0,60}$"
)
# "... is approved by your manager": describing who decides, in the present or future.
BY_WHOM = (
    r"^(?: \w+){0,3} (?:by|par) (?:your|the|a|votre|le|la|l'|les|un|une|their|his|her|son|sa)"
)
