"""French phrase tables (7/7): families added in the third tuning round, and their masks.

Two more authors (dictation-style, regional and non-native French; formal, euphemistic office
French) showed families the tables missed: requests for a named person (« l'assistante
sociale », « la personne qui s'occupe de ... »), hints (« on me fait comprendre que ... »), a
return that already happened followed by new distress, a manager's procedural question about
a team member (ordinary). Same format as ``phrases_fr``; ``rules_fr`` appends each table.
"""

from __future__ import annotations

from governance.oversight.phrases_fr import BOSS, KIN, PEER
from governance.oversight.settings import Category

# A person the writer asks to meet: a role, not only « quelqu'un ».
ROLE = (r"(?:l'|le |la |un |une |mon |ma |quelqu'un (?:des|du|de l')? ?)?(?:assistante? "
        r"sociale?|infirmiere?|psychologue (?:du travail|de l'entreprise)|referente?|"
        r"responsable (?:du personnel|rh|des ressources humaines|paie)|responsable|"
        r"gestionnaire|conseill(?:er|ere)|personne (?:qui|en charge|chargee?|responsable|"
        r"des rh|du service)|charge\w* (?:rh|de)|rrh|drh|hrbp|membre (?:des rh|du service)|"
        r"rh|ressources humaines|service (?:rh|du personnel))")
ASK = (r"(?:je veux|je voudrais|j'aimerais|je souhaite|je souhaiterais|je sollicite|je "
       r"demande|il me faudrait|puis-je|pourrais-je|est-ce que je peux|je peux|possible "
       r"(?:de|d')|serait-il possible (?:de|d')|est-il possible (?:de|d'))")
# The employee someone else writes about: a manager's procedural question is ordinary.
REPORT = (r"(?:collaborat(?:eur|rice)s?|salariee?s?|membres? de (?:mon |l'|notre )equipe|"
          r"agents?|subordonnee?s?|employee?s?|interimaires?|stagiaires?|alternante?s?|"
          r"apprentie?s?|n-1)")

SICK_LEAVE_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("restrictions-medicales", "sick-leave-return",
     r"\b(?:medecin|docteur|toubib|kine|chirurgien|specialiste)\b[^.?!]{0,20}\b(?:a dit|m'a "
     r"dit|dit|a interdit|m'interdit|m'a interdit|a prescrit|a mis|m'a mis) (?:que )?(?:pas "
     r"de|pas d'|de ne pas|de ne plus|interdit|aucune? |pas le droit|de pas|pas plus de|pas "
     r"porter|pas soulever|de |d')(?![^.?!]{0,40}\bpour (?:mon|ma|mes) (?:fils|fille|"
     r"enfants?|bebe|mari|femme|pere|mere|conjointe?))|\brestrictions? medicales?\b|\bcontre-? ?indications? "
     r"medicales?\b|\breserves? (?:medicales?|du medecin)\b|\barrets?(?: (?:de travail|"
     r"maladie))?(?: (?:de |d')?\w+){1,2} (?:est |s'est )?(?:fini|finie|termine|terminee|se termine|"
     r"s'acheve|acheve|fini depuis|termine depuis)\b"),
)

CONFLICT_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("on-me-fait-comprendre", "conflict-harassment",
     r"\b(?:me |m')(?:fai[st]|font|faisait|faisaient|a fait|ont "
     r"fait|fera) (?:bien |clairement |gentiment |)(?:comprendre|sentir|savoir)\b(?: (?:a "
     r"demi-? ?mot|a mots couverts|clairement|subtilement|lourdement|sans le dire))?"
     r"[^.?!]{0,70}\b(?:a mon age|trop (?:vieux|vieille|age|agee|jeune)|laisser la place|"
     r"(?:pas|plus) (?:ma|a ma) place|pas (?:la )?bienvenue?|de trop|partir|demissionner|"
     r"enceinte|ma grossesse|mes enfants|mon origine|mon accent|ma religion|mon handicap|"
     r"ferais mieux|devrais|gene|derange|pas a la hauteur|pas voulue?)|\blaisser la place "
     r"aux jeunes\b|\ba mon age\b[^.?!]{0,40}\b(?:laisser la place|devrais partir|plus ma "
     r"place|trop (?:vieux|vieille)|place aux jeunes|la retraite)\b"),
    ("echanges-degrades", "conflict-harassment",
     rf"\b(?:relations?|rapports?|echanges|communication|entente|ambiance) avec (?:mon|ma|mes|"
     rf"la|le|les) (?:\w+ )?(?:{BOSS}|{PEER})s?\b[^.?!]{{0,40}}\b(?:degrad\w*|tendu\w*|"
     r"complique\w*|conflictuel\w*|difficiles?|detestables?|execrables?|catastrophiques?|"
     r"envenim\w*|deteriore\w*|tourne\w* au vinaigre|pourri\w*)"),
    ("quand-j-arrive", "conflict-harassment",
     r"\b(?:changent|change|se levent|se leve|partent|part|se taisent|se tait|s'en vont|"
     r"arretent de parler|sortent)\b[^.?!]{0,20}\bquand j'arrive\b|\bquand j'arrive\b"
     r"[^.?!]{0,40}\b(?:se taisent|se tait|changent de|partent|s'en vont|se levent|"
     r"arretent de parler)\b|\bpersonne (?:ne )?me (?:parle|dit bonjour|calcule|adresse la "
     r"parole)\b|\b(?:groupe|conversation|discussion)s? (?:\w+ )?sans moi\b|\bs'(?:y|en) "
     r"moqu\w* de (?:moi|mon|ma|mes)\b"),
    ("signe-religieux", "conflict-harassment",
     r"\b(?:je porte (?:le |la |un |une )?|mon |ma )(?:voile|foulard|hijab|kippa|turban|"
     r"croix|barbe)\b[^.?!]{0,80}\b(?:enlever|retirer|oter|l'enleve|le retire|sinon)\b|"
     r"\b(?:sont|seraient|etaient) (?:faite?s|bonne?s|bons) (?:que )?pour (?:ca|le menage|ce "
     r"travail|ce boulot|les taches|nettoyer|servir|ce genre)\b"),
    ("pour-moi-en-fait", "conflict-harassment",
     r"\b(?:agissements|comportements?|propos|harcel\w*|discrimin\w*|pressions?)\b.{0,200}"
     r"\b(?:je (?:pose|demande|me pose) (?:la question |ca |cela |)pour moi"
     r"(?:-? ?meme)?|il s'agit de moi|c'est (?:de )?moi (?:qui suis|qu'il s'agit)|je suis "
     r"(?:dans ce cas|concernee?)|c'est mon cas)\b"),
)

PERFORMANCE_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("entretien-mal-passe", "performance-evaluation",
     r"\b(?:mon|ma) (?:propre )?(?:review|evaluation|entretien annuel|entretien "
     r"d'evaluation|bilan annuel|revue annuelle|revue de performance|notation|"
     r"evaluation annuelle)(?: (?:de|d')[\w' -]{0,25}?)? (?:s'est|se passe|se serait|a "
     r"ete|est) (?:\w+ )?(?:mal|catastrophique|desastreu\w*|negati\w*|mauvais\w*)\b|"
     r"\b(?:mon|ma) (?:evaluation|feedback|retour|revue|entretien) 360\b|\b(?:retours?|"
     r"resultats?|commentaires?) (?:sur|de|du) (?:mon|ma) (?:\w+ )?360\b|\bmon 360\b"
     r"[^.?!]{0,40}\b(?:commentaires?|durs?|negati\w*|injuste\w*|critiques?|mauvais\w*)|"
     r"\b(?:deuxieme|seconde|nouvelle|autre) evaluation\b[^.?!]{0,40}\b(?:quelqu'un d'autre|"
     r"un autre|une autre|que mon|que ma)\b|\bcontre-? ?evaluation\b|\b(?:m'a|m'ont|on m'a) "
     r"mis (?:des|de) (?:notes?|appreciations?) (?:basses?|mauvaises?|negatives?|"
     r"faibles?)\b|\b(?:m'a|m'ont|on m'a) mis (?:des|de) (?:mauvaises|basses|faibles) "
     r"(?:notes|appreciations)\b"),
    ("retour-apres-entretien", "performance-evaluation",
     r"\b(?:retour|feedback|compte-? ?rendu|conclusion|bilan)s? (?:de (?:mon|ma) \w+ )?"
     r"(?:apres|suite a|de|sur) (?:mon|ma) (?:entretien|evaluation|review)\b(?! "
     r"(?:professionnel|d'embauche|de recrutement|prealable))|\b(?:compter|jouer|peser|"
     r"figurer|ressortir|apparaitre|etre pris en compte)\w* (?:dans|sur|pour) (?:mon|ma) "
     r"(?:entretien|evaluation|note|notation|appreciation|review)\b(?! (?:professionnel|"
     r"d'embauche|de recrutement|prealable))|\bmaniere de servir\b|\b(?:mon|ma) (?:\w+ ){0,6}"
     r"\(?crep\b|\b(?:mon|ma) (?:evaluation|entretien annuel|crep|compte[- ]rendu "
     r"d'(?:entretien|evaluation)[\w ]{0,30}|bilan annuel|fiche d'evaluation|appreciation)"
     r"[^.?!]{0,40}\b(?:mentionne|indique|note|dit|precise)\w* [^.?!]{0,40}\ba ameliorer\b|"
     r"\bperiode d'essai\b[^.?!]{0,80}\b(?:pas gagne|mal partie?|"
     r"compromise?|me garder|pas sur\w* de me garder)\b"),
)

MENTAL_HEALTH_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("plus-capable-de-faire-face", "mental-health",
     r"\b(?:je ne me sens|je me sens|je ne suis|je suis) (?:plus|pas|pas du tout) (?:capable|"
     r"en etat|de taille|la force) (?:de |d')(?:faire face|tenir|continuer|assumer|gerer|"
     r"venir|affronter|encaisser|supporter)\b|\bincapable de (?:faire face|tenir le coup|"
     r"continuer|affronter)\b|\bil m'arrive de pleurer\b|\bje (?:me surprends|finis) a "
     r"pleurer\b|\bpleur\w*\b[^.?!]{0,20}\b(?:dans les toilettes|aux wc|dans les wc|entre "
     r"(?:deux|les) reunions|au vestiaire|dans les vestiaires|dans l'escalier|dans le "
     r"parking|devant mon ecran)\b"),
    ("si-je-tombais", "mental-health",
     r"\bsi (?:je |j')(?:tombais|avais un accident|me faisais (?:renverser|ecraser)|ne "
     r"rentrais pas|ne revenais pas)\b[^.?!]{0,60}\b(?:plus simple|mieux|soulagement|tout "
     r"s'arreterait|ce serait fini)\b|\bpour que tout s'arrete\b"),
)

DISCIPLINARY_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("la-porte", "disciplinary",
     r"\b(?:c'est|ce sera|ca sera) la porte\b|\bje (?:prends|prendrai|vais prendre) la porte\b|"
     r"\b(?:me |m')(?:mettre|met|mettent|mettra|"
     r"mettront|a mise?|ont mise?) a la porte\b|\bprendre la porte\b|\b(?:m'|me )(?:a |ont |"
     r"avait |avaient |)(?:foutue?|fichue?|mise?|jetee?|flanquee?|foutre|ficher|mettre|jeter) "
     r"dehors\b"),
    ("convoque-pour-s-expliquer", "disciplinary",
     r"\bconvoqu\w* (?:\w+ )"
     r"{0,3}pour (?:m'expliquer|m'en expliquer|s'expliquer|que je m'explique|donner (?:ma|"
     r"des) (?:version|explications))\b|\b(?:retire|desactive|bloque|confisque|suspendu|"
     r"pris)\w* (?:mon|ma) (?:badge|carte d'acces|acces)\b[^.?!]{0,40}\b(?:sans explication|"
     r"en attente|jusqu'a|decision|incident|enquete)|\ben attente (?:de |d'une |de la )"
     r"?(?:decision|sanction|la suite)\b|\b(?:fais|fait|faisais) l'objet d'(?:un|une) "
     r"(?:signalement|accusation|rapport|enquete|procedure|plainte)\b|\b(?:enquete|"
     r"procedure|audit|investigation)\w*(?: \w+){0,2} (?:qui )?me (?:concern|vis)\w*|\b(?:mon )?c4\b[^.?!]"
     r"{0,30}\b(?:motif|faute|grave)\b|\bmotif grave\b"),
)

BEREAVEMENT_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("dire-adieu", "bereavement",
     rf"\b(?:dire adieu|dit adieu|fait (?:nos|mes|ses) adieux|faire (?:nos|mes) adieux) "
     rf"(?:a|aux) (?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {KIN}\b|\b{KIN}\b[^.?!]{{0,3}}"
     r"[.?!]?[^.?!]{0,80}\b(?:il|elle) (?:est|nous a) (?:\w+ )?(?:(?:decede\w*|mort\w*|"
     r"quitte\w*|eteinte?) (?:\w+ )?(?:brutalement|soudainement|subitement|hier|ce matin|"
     r"cette nuit|avant-hier|ce week-end|la nuit derniere|dimanche|samedi|lundi|mardi|"
     r"mercredi|jeudi|vendredi)|partie? (?:\w+ )?(?:brutalement|soudainement|subitement|"
     r"pour toujours))\b"),
)

HUMAN_REQUEST_THIRD: tuple[tuple[str, Category, str], ...] = (
    ("rdv-avec-un-role", "human-request",
     rf"\b{ASK} ?(?:(?:avoir|prendre|obtenir|organiser|fixer|caler) )?(?:un |une )?"
     r"(?:rendez-vous|rdv|entretien|call|appel|echange|visio|entrevue|rencontre|point) avec "
     rf"{ROLE}\b|\b{ASK} ?(?:rencontrer|voir|parler a|parler avec|echanger avec|jaser avec) "
     rf"{ROLE}\b|\b(?:organiser|caler|fixer|planifier|programmer) (?:un |une )(?:call|appel|"
     r"visio|echange|rendez-vous|rdv|point|reunion) avec (?:quelqu'un|une personne|un "
     r"conseiller|une conseillere|un gestionnaire|un membre)\b"),
    ("evoquer-de-vive-voix", "human-request",
     r"\b(?:prefere|preferais|souhaite|voudrais|aimerais|prefererais) (?:l'|en |le |la |les |)"
     r"(?:evoquer|aborder|exposer|expliquer|dire|discuter|traiter|presenter) (?:directement|"
     r"de vive voix|en personne|en direct|oralement|en face)\b|\bpas a l'aise (?:pour|a "
     r"l'idee d'|de) (?:ecrire|l'ecrire|mettre par ecrit|le detailler|en parler par ecrit|"
     r"tout ecrire)\b|\b(?:peut-on|pourrait-on|est-ce qu'on (?:peut|pourrait)|on (?:peut|"
     r"pourrait)|pouvez-vous|pourriez-vous|vous (?:pouvez|pourriez)|merci de) me (?:rappeler|"
     r"recontacter|contacter|appeler|telephoner) (?:par telephone|au telephone|rapidement|"
     r"svp|s'il vous plait|\W|$|au \d|sur mon)|\b(?:jaser|placoter|papoter|clavarder) avec "
     r"(?:quelqu'un|une personne|un humain|un conseiller)\b"),
)

# Phrases blanked before the named categories' rules (see ``rules_fr.NEGATIVE``).
NEGATIVE_THIRD: tuple[tuple[str, tuple[Category, ...], str], ...] = (
    ("question-de-manager", ("sick-leave-return", "conflict-harassment", "disciplinary",
                             "performance-evaluation", "bereavement"),
     r"\b(?:quelle est la (?:procedure|demarche|marche a suivre|bonne (?:facon|methode))|"
     r"quelles sont les (?:etapes|demarches|regles|bonnes pratiques)|comment(?: dois-je|"
     r" puis-je| faut-il| je dois| je peux| on doit| peut-on| doit-on)?|la procedure|la marche a "
     rf"suivre)\b(?! (?:un|une|le|la|les|l') ?(?:\w+ )?{REPORT})[^.?!,;:]{{0,80}}?\b(?:d'un|a un|"
     r"un|une|d'une|a une|l'un de mes|l'une de mes|d'un de mes|d'une de mes)\b "
     rf"(?:\w+ )?{REPORT}\b(?! (?:m'|me |nous |qui m'|qui me ))[^.?!]*"),
    ("retour-deja-fait-puis-detresse", ("sick-leave-return",),
     r"^(?=.*\b(?:ca fait|cela fait|depuis|il y a) (?:\w+ ){0,2}(?:jours?|semaines?|mois) "
     r"(?:que j'ai repris|que je suis revenue?|que je suis rentree?|de reprise|que je suis "
     r"de retour))(?=.*\b(?:ca recommence|je (?:ne )?tiens plus|boule au ventre|insomnies?|"
     r"je craque|crises? d'angoisse|je n'en peux plus|je pleure)\b).*"),
    ("peur-du-placard", ("conflict-harassment",),
     r"\b(?:peur|crain\w*|inquiet\w*|angoiss\w*) (?:de |que |qu' ?)[^.?!]{0,80}\b(?:mette|"
     r"mettent|mettre|retrouver|retrouve) au placard\b"),
    ("accuse-et-enquete", ("conflict-harassment",),
     r"\b(?:l'objet d'(?:un|une)|(?:un|une) (?:\w+ )?(?:signalement|plainte|enquete|"
     r"procedure)s? (?:contre moi|a mon encontre|me concernant|me visant)) [^.?!]{0,15}"
     r"(?:pour|de|concernant|suite a) [^.?!]{0,60}|\b(?:propos|comportements?|gestes?|"
     r"remarques?|blagues?|attitudes?) (?:juge|considere|qualifie|estime|percu)\w* (?:comme )?"
     r"(?:deplace|inappropri|sexiste|raciste|agressi|insultant|limite)\w*|\bplainte contre "
     r"moi pour \w+|\bsoi-? ?disant (?:parce que|que|pour) [^.?!]*(?:[.?!] ?(?:or |mais |en "
     r"fait |alors que |)c'est (?:lui|elle|eux|elles) qui [^.?!]*)?"),
    ("lessive-apres-un-evenement", ("mental-health",),
     r"\b(?:apres|suite a|avec|entre) [^.?!]{0,40}\b(?:salons?|seminaires?|deplacements?|"
     r"demenagements?|inventaires?|soirees?|week-ends?|rush|marathons?|voyages?|congres|"
     r"foires?|festivals?|vols?|gardes?|astreintes?|mariages?|fetes?)\b[^.?!]{0,30}\bje suis "
     r"(?:completement |totalement |un peu |)(?:lessivee?|rincee?|cramee?|a plat|crevee?|"
     r"vannee?|claquee?|naze|morte?)\b"),
    ("visite-d-embauche", ("sick-leave-return",),
     r"^.*\bvisite (?:medicale )?(?:d'embauche|d'information et de prevention|de pre-? ?"
     r"embauche)\b.*$"),
    ("formation-sst", ("sick-leave-return",),
     r"\b(?:formation|secourisme|secouristes?|sauveteurs?|recyclage|mac|carte|certificat)"
     r"(?: \w+){0,2} sst\b|\bsst (?:formation|recyclage)\b"),
    ("agent-de-voyages", ("human-request",),
     r"\bagents? (?:de voyages?|immobiliers?|de securite|d'entretien|de maitrise|de change|"
     r"de nettoyage)\b|\bagences? de voyages?\b"),
)
