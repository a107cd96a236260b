"""French phrase tables (5/6): return from sick leave, discipline, bereavement and conflict
families added in the second tuning round.

Same format as ``phrases_fr``; ``rules_fr`` appends each table to its category.
"""

from __future__ import annotations

from governance.oversight.phrases_fr import KIN
from governance.oversight.settings import Category

SICK_LEAVE_MORE: tuple[tuple[str, Category, str], ...] = (
    ("reprise-et-visite", "sick-leave-return",
     r"\breprise\b[^?!]{0,80}\b(?:visite medicale|medecin|toubib|docteur|oncologue|"
     r"chirurgien|kine)\b|\b(?:reprise|retour) (?:progressi(?:f|ve)|en douceur|echelonnee?|"
     r"graduelle?|amenagee?|a temps partiel|adaptee?)\b(?! (?:du|au|en|sur) (?:presentiel|"
     r"bureau|site|teletravail|locaux))"),
    ("poste-donne-au-retour", "sick-leave-return",
     r"\b(?:je reviens|je rentre|je reprends|mon retour|ma reprise|a mon retour|en revenant|"
     r"en rentrant)\b[^?!]{0,100}\b(?:mon poste|ma place|mon bureau|mes dossiers|mes "
     r"missions)\b[^.?!]{0,30}\b(?:donne|attribue|pris|occupe|supprime|confie)\w*"),
)

DISCIPLINARY_MORE: tuple[tuple[str, Category, str], ...] = (
    ("mise-a-pied-de", "disciplinary",
     r"\bmise a pied (?:de |d')(?:\d+|un|une|deux|trois|quatre|cinq|huit|quinze) "
     r"(?:jours?|semaines?)\b(?![^.?!]*\b(?:maximum|max|prevue?|reglement|legale?|"
     r"autorisee?|possible|peut|combien)\b)"),
    ("enquete-me-concernant", "disciplinary",
     r"\b(?:enquete|procedure|rapport|dossier|plainte|signalement)\b[^.?!]{0,30}\b(?:qui me "
     r"(?:concerne|vise)|dont je fais l'objet)\b|\bsuite de la procedure\b|\ben attendant "
     r"(?:la|une) (?:decision|procedure|sanction|enquete|suite)\b|\b(?:ecarte|eloigne|dispense)"
     r"e?s? (?:de mon poste|de mes fonctions|du service)\b"),
    ("remise-en-main-propre", "disciplinary",
     r"\bconvocation\b(?! (?:a|pour) l'entretien (?:annuel|professionnel|d'evaluation))"
     r"[^.?!]{0,30}\bremise? en mains? propres?\b|\bremise? en mains? propres?\b[^.?!]{0,30}"
     r"\bconvocation\b(?! (?:a|pour) l'entretien (?:annuel|professionnel|d'evaluation))"),
)

BEREAVEMENT_MORE: tuple[tuple[str, Category, str], ...] = (
    ("proche-qui-est-mort", "bereavement",
     rf"\b(?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {KIN}\b[^.?!]{{0,60}}\b(?:est|sont|vient "
     r"de|viennent de|s'est) (?:decede\w*|mort|morte|morts|mortes|deceder|mourir|eteinte?)\b|"
     rf"\b(?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {KIN}\b[^.?!]{{0,60}}\b(?:il|elle|ils|"
     r"elles) (?:est|sont|vient d'etre|viennent d'etre) (?:decede\w*|mort\w*|parti\w*)\b"),
)

CONFLICT_LIFE: tuple[tuple[str, Category, str], ...] = (
    ("promotion-refusee-pour", "conflict-harassment",
     r"\b(?:refus\w*|pas eu|pas obtenu|pas droit a|prive\w* de|ecarte\w* de) (?:\w+ |l'){0,3}"
     r"(?:promotion|augmentation|poste|prime|formation|mutation|cdi|titularisation|"
     r"avancement)\b[^.?!]{0,40}\b(?:a cause de|en raison de|parce que|vu) (?:son|sa|mon|ma|"
     r"mes|ses|leur|l') ?(?:age|origine|religion|grossesse|sexe|genre|handicap|couleur|"
     r"orientation|nationalite|accent|enceinte|femme)\b|\bmot pour mot\b"),
    ("menace-si-je-parle", "conflict-harassment",
     r"\bsi je (?:parle|parlais|en parle|en parlais|le dis|le disais|vais voir|allais voir|"
     r"signale|signalais|porte plainte|portais plainte|denonce|denoncais|refuse|refusais)\b"
     r"[^.?!]{0,60}\b(?:ferai\w*|fera|va|allait|vont|allaient|pourrai\w*) (?:en sorte|me le "
     r"faire payer|me faire virer|me virer|me pourrir|me detruire|me le faire regretter|me "
     r"couler)\b|\bme le (?:fer\w*|faire) (?:payer|regretter)\b|\bferai\w* en sorte que je (?:ne|n')"),
    ("me-court-circuite", "conflict-harassment",
     r"\bme court-? ?circuit\w*|\b(?:dit|raconte|repete|balance|pretend|affirme)\w* (?:a |aux |"
     r"devant |partout )(?:\w+ ){0,3}que je (?:suis|serais|etais) (?:\w+ )?(?:incompetent|nul|"
     r"feignant|faineant|bete|idiot|con|folle?|instable|alcoolique|menteu|voleu|paresseu|lent|"
     r"mauvais|bon a rien|bonne a rien|incapable|toxique|hysterique|dangereu)\w*"),
)
