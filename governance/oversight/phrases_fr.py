"""French phrase tables (1/6): shared fragments, then sick-leave return, bereavement and
requests for a person (mental health is in ``phrases_fr_health``).

Each rule is ``(name, category, regex)`` over folded text (lower-case, no accents: ``arret``
matches « arrêt »), with inflections spelt out. ``rules_fr`` puts the tables together.
"""

from __future__ import annotations

from governance.oversight.settings import Category

# Who a conflict is with, who a loss is of, and what a return follows.
BOSS = (r"(?:manager|manageur|manageuse|chef|cheffe|chef d'equipe|chef de (?:service|rayon|"
        r"projet|poste|chantier|atelier|cuisine|secteur)|responsable|superieure?|boss|"
        r"encadrante?|gerante?|dirigeante?|"
        r"n\+1|n\+2|directeur|directrice|patron|patronne|hierarchie)")
PEER = (r"(?:collegue|collaborateur|collaboratrice|equipe|binome|coequipier|coequipiere|"
        r"stagiaire|alternante?|apprentie?|subordonnee?|voisine? de bureau)")
KIN = (r"(?:ex-? ?(?:mari|femme|epoux|epouse|conjointe?|compagnon|compagne)|pere|mere|papa|"
       r"maman|parents?|frere|soeur|fils|fille|enfant|bebe|garcon|fiston|fillette|mari|femme|"
       r"epoux|epouse|conjointe?|compagnon|compagne|partenaire|grand-? ?(?:pere|mere)|"
       r"grands?-? ?parents|papi|papy|mamie|mamy|oncle|tante|cousine?|neveu|niece|tonton|"
       r"tata|tatie|pepe|parrain|marraine|filleule?|demi-? ?(?:frere|soeur)|"
       r"arriere-? ?grand-? ?(?:pere|mere)|grand-? ?(?:oncle|tante)|"
       r"(?:beau|belle|beaux|belles)-? ?(?:grand-? ?(?:pere|mere|parents?|oncle|tante)|pere|"
       r"mere|frere|soeur|fils|fille|parents|famille)|amie?|jumeau|jumelle|jumeaux|jumelles|"
       r"petite?-? ?(?:fils|fille|enfants?)|petits-? ?enfants|nourrice|nounou|tuteur|tutrice|"
       r"(?:pere|mere|parents?) adopti(?:f|ve|fs)|gendre|bru|concubine?|copain|copine|petite? "
       r"amie?|meilleure? amie?|proche|fiancee?)")
ARRET = (r"\b(?:arret(?:s)?(?: de travail| maladie)?|conge maladie|maladie|longue maladie|"
         r"accident du travail|accident de travail|at\b|hospitalisation|operation|chirurgie|"
         r"cancer|chimio(?:therapie)?|traitement|burn-? ?out|conge (?:longue|de longue) duree|"
         r"clm|cld|ald|affection (?:de )?longue duree|invalidite|raisons? (?:de sante|"
         r"medicales?)|problemes? de sante|soucis de sante|absence (?:pour )?maladie|arret prolonge|accident|"
         r"infarctus|avc|crise "
         r"cardiaque|fracture|blessure|depression|depression nerveuse|pneumonie|covid|hernie(?: "
         r"discale)?|lombalgie|sciatique|tendinite|entorse|canal carpien|greffe|convalescence|"
         r"reeducation|sejour a l'hopital|hopital|clinique|embolie(?: pulmonaire)?|phlebite|"
         r"thrombose|complications? (?:de (?:ma )?grossesse|medicales?|post-? ?operatoires?)|"
         r"grossesse pathologique|conge pathologique|covid long|commotion|traumatisme)")


SICK_LEAVE_RETURN: tuple[tuple[str, Category, str], ...] = (
    ("reprise-apres-arret", "sick-leave-return",
     rf"\b(?:reprise|reprends|reprendre|reprenne|reprennent|reprend|repris|retour(?:ne|ner)?|"
     rf"revenir|reviens|revenu|revenue|rentrer|rentre|revenant|reprenant|rentrant|retournant|"
     rf"(?:reprendr|reviendr|rentrer|retourner)(?:ai|as|a|ons|ez|ont|ais|ait))\b"
     rf"[^.?!]{{0,50}}\b(?:apres|suite a|"
     rf"depuis|de|d'un|d'une|d'|a la fin de|en fin de)\b[^.?!]{{0,25}}{ARRET}"),
    ("arret-puis-reprise", "sick-leave-return",
     rf"\b(?:mon|ma|mes|en|d'|un|une)\b ?{ARRET}\b[^.?!]{{0,60}}\b(?:reprise|reprendre|"
     rf"reprends|revenir|retour|rentrer|reviens)\b"),
    ("arret-et-retour", "sick-leave-return",
     r"\breintegr\w*\b[^.?!]{0,30}\b(?:maladie|arret|operation|burn|accident|cancer)|\b(?:medecin|"
     r"docteur|chirurgien|toubib|specialiste|generaliste|cardiologue|oncologue)\b[^.?!]{0,20}"
     r"\b(?:m'autorise|m'a autorise|autorise|dit que je peux|dit que je pourrai|m'a dit que je "
     r"pouvais) (?:a )?(?:reprendre|retravailler|revenir)\b|"
     r"\b(?:arrete|arretee|absent|absente|absence (?:pour|a cause d'|liee a) (?:ma|mon|mes|"
     r"une|un|raison)|arret|opere|operee|hospitalise|hospitalisee|malade|infarctus|"
     r"hopital|clinique|soins|hernie|lombalgie|sciatique|tendinite|entorse|canal carpien|greffe|"
     r"convalescence|reeducation|le medecin|le toubib|mon toubib|le docteur|mon docteur|"
     r"(?:mon|ma|le) (?:generaliste|chirurgien|specialiste|rhumatologue|cardiologue)|"
     r"accident|avc|fracture|prothese|operation|chirurgie|hospitalisation|maladie|traitement|"
     r"chimio\w*|cancer|mon medecin|problemes? de (?:dos|sante|coeur)|embolie|phlebite|"
     r"thrombose|opere\w*|complications?)\b[^?!]{0,80}"
     r"\b(?:mon retour|ma reprise|reprendre|revenir|retourner au travail|je reprends|je "
     r"reviens|je rentre|je retourne|au retour|le (?:grand )?"
     r"retour(?! d[eu']| des)|(?:reprise|retour) (?:prevue?|programmee?|"
     r"fixee?|le \d|le 1er|lundi|mardi|mercredi|jeudi|vendredi|demain|la semaine|dans \d|"
     r"apres-demain|debut|fin|mi-))\b|\bapte (?:a|au) "
     r"(?:reprendre|la reprise|travailler|retravailler|reprise)\b|\b(?:declare|declaree|"
     r"jugee?) apte\b|\b(?:mon )?poste (?:peut (?:il |)etre |pourrait etre |soit |)amenage\b|"
     r"\b(?:ma reprise|mon retour)\b[^?!]{0,60}\b(?:medecin|toubib|docteur|chirurgien|"
     r"generaliste|specialiste)\b|\b(?:medecin|toubib|docteur|chirurgien|generaliste|"
     r"specialiste|oncologue|cardiologue|neurologue|pneumologue|psychiatre|kine\w*|"
     r"rhumatologue|medecin traitant)\b[^.?!]{0,30}\b(?:veut|voudrait|conseille|recommande|"
     r"prescrit|preconise|"
     r"propose)\w*\b[^.?!]{0,25}\b(?:mi-? ?temps|temps partiel|reprise|reprendre|revenir|"
     r"retravailler|amenagement)\b|"
     r"\b(?:mon|l') arret (?:\w+ )?(?:se termine|termine|finit|fini|se finit|prend fin|"
     r"s'arrete|s'acheve|expire|est fini|est termine|s'est termine)\b|\badapt\w* (?:mon|ma) "
     r"(?:poste|bureau|temps de travail|horaires)\b"),
    ("mi-temps-therapeutique", "sick-leave-return",
     r"\b(?:mi-? ?temps|temps partiel|tpt|temps partiel pour motif)\b[^.?!]{0,20}"
     r"therapeutique\b|\btherapeutique\b"),
    ("visite-de-reprise", "sick-leave-return",
     r"\bvisite (?:medicale )?(?:de |d'|de la )?(?:pre-? ?)?reprise\b|\b(?:certificat|avis|"
     r"autorisation|feu vert) (?:medical )?(?:de|pour la|pour ma) reprise\b|\bvisite de "
     r"(?:mi-?carriere|pre-? ?reprise)\b|\brendez-vous de liaison\b|\b(?:entretien|"
     r"rendez-vous|rdv|reunion) de (?:reprise|retour)\b"),
    ("medecin-du-travail", "sick-leave-return",
     r"\bmedec(?:in|ine) du (?:travail|taf|boulot)\b|\bmedecin[- ]conseil\b|"
     r"\bservice de (?:prevention et de )?sante au travail\b|"
     r"\b(?:spst|sst)\b|\binfirmiere? (?:du travail|en sante au travail)\b|\b(?:poste|"
     r"remplace\w*|supprime\w*|perdre mon (?:poste|emploi|travail|job)|licencie\w*)\b"
     rf"[^.?!]{{0,30}}\b(?:pendant|durant) (?:mon|ma) (?:\w+ )?{ARRET}|\b(?:pendant|durant) "
     rf"(?:mon|ma) (?:\w+ )?{ARRET}\b[^.?!]{{0,40}}\b(?:remplace\w*|supprime\w*|donne\w* a "
     r"quelqu'un|perdre mon (?:poste|emploi|travail|job))"),
    ("inaptitude", "sick-leave-return",
     r"\b(?:prolonge|prolongation)\w*\b[^.?!]{0,40}\b(?:revenir|reprendre|rentrer|retour)\b|"
     r"\breprise anticipee\b|\b(?:revenir|reprendre|rentrer) (?:plus tot|avant la fin de mon "
     r"arret)\b(?! (?:de|du|des) (?:mission|vacances|conges?|deplacement|seminaire|formation|"
     r"voyage|pause|dejeuner))|\binapt(?:e|es|itude)\b|\b(?:me reclasser|mon reclassement|"
     r"reclassee?|reclassement (?:apres|"
     r"suite|pour "
     r"inaptitude))\b|\bamenagement (?:de|du) (?:mon |ma )?(?:poste|temps de "
     r"travail|horaires)\b"),
    ("apres-arret-reprendre", "sick-leave-return",
     rf"\b(?:apres|depuis|suite a|fin de|fin d')\b[^.?!]{{0,30}}{ARRET}\b[^?!]{{0,60}}"
     r"\b(?:reprendre|reprise|revenir|retour|rentrer|reprends|reviens|retourner|retravailler)\b"),
    ("reprendre-malgre", "sick-leave-return",
     r"\b(?:reprendre|reprise|revenir)\b[^.?!]{0,50}\b(?:alors que|malgre|avec) (?:mon dos|mon "
     r"genou|ma hanche|mon epaule|mon coeur|ma sante|mes douleurs|mon traitement|ma maladie)\b"),
    ("reprendre-pendant-arret", "sick-leave-return",
     rf"\b(?:reprendre|revenir|retravailler|reprise)\b[^.?!]{{0,30}}\b(?:pendant|alors que|avant "
     rf"la fin de|malgre) (?:mon|ma) (?:\w+ )?{ARRET}"),
    ("apres-mon-arret", "sick-leave-return",
     rf"\b(?:apres|depuis|fin de|suite a) (?:mon|ma|mes) (?:\w+ )?{ARRET}"),
    ("je-suis-en-arret", "sick-leave-return",
     r"\b(?:je suis|suis|je serai) (?:encore |toujours |)(?:en arret|"
     r"arretee?)\b"),
)


BEREAVEMENT: tuple[tuple[str, Category, str], ...] = (
    ("proche-decede", "bereavement",
     rf"\b(?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {KIN}\b[^.?!]{{0,25}}\b(?:decede\w*|mort|"
     rf"morte|morts|mortes|est parti|est partie|nous a quitte\w*|disparu\w*|s'est eteinte?|"
     rf"en fin de vie|mourant\w*|s'est suicide\w*|a perdu la vie|s'est tuee?|a ete tuee?|"
     rf"s'est noyee?|n'est plus(?: de ce monde| parmi nous)?(?=\s*(?:[,;.!?]|$))|est au plus mal|entre la "
     rf"vie et la mort|(?:vit )?ses derniers (?:jours|instants)|n'en a plus pour longtemps|nous a laisse\w*|"
     rf"a rendu "
     rf"(?:l'ame|son dernier souffle)|s'en est allee?|a succombe|ne s'est pas reveillee?)|"
     rf"\b(?:emporte|arrache|enleve|fauche)\w* (?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} "
     rf"{KIN}\b|\b(?:perdu|perdre) (?:papa|maman|mamie|papi|papy|mamy|pepe|meme)\b|"
     rf"\b(?:un|une) (?:proche|membre de ma famille|personne proche|ami proche|amie proche) "
     rf"(?:est |vient d'etre |)(?:decede\w*|mort|morte|parti|partie)\b|\bquelqu'un de (?:tres )?"
     rf"proche\b[^.?!]{{0,20}}\b(?:decede\w*|mort|morte|perdu|parti|partie)\b"),
    ("deces-de", "bereavement",
     r"\b(?:deces|mort|disparition|obseques|enterrement|funerailles|inhumation|cremation|"
     r"veillee)\b[^.?!]{0,6}\b(?:de|d') ?(?:mon|ma|mes|notre|nos)\b"),
    ("perdu-proche", "bereavement",
     rf"\b(?:(?:j'ai|nous avons|on a|je viens de|nous venons de|viens de) )?(?:perdu|perdre) "
     rf"(?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {KIN}\b"),
    ("vient-de-mourir", "bereavement",
     rf"\bvient de (?:mourir|deceder|nous quitter)\b|\b(?:la|le|l') ?{KIN} qui [^.?!]{{0,20}}"
     rf"(?:est decedee?|est morte?|est partie?|nous a quitte)|\bsoins palliatifs\b|\bne "
     rf"passera pas (?:la semaine|la nuit|le mois)\b"),
    ("papa-decede", "bereavement",
     r"\b(?:papa|maman|mamie|mamy|papi|papy|pepe|meme|tonton|tata|tatie|mon pere|ma mere)\b"
     r"[^.?!]{0,20}\b(?:nous a quitte\w*|est decede\w*|est morte?|s'est eteinte?|est partie? "
     r"(?:cette nuit|ce matin|hier|dimanche|samedi|la semaine derniere|pour toujours))|"
     r"\b(?:deces|obseques|enterrement|funerailles|veillee) (?:de |d')(?:papa|maman|mamie|"
     r"mamy|papi|papy|pepe|meme|tonton|tata)\b|\b(?:veillee|ceremonie|messe|service|"
     r"cremation) (?:funeraire|funebre|d'adieu|d'enterrement)s?\b[^.?!]{0,6}\b(?:de|d'|pour) "
     r"?(?:mon|ma|mes|notre|nos)\b"),
    ("perte-proche", "bereavement",
     r"\b(?:perdu|perte|deces|disparition) (?:d'un|d'une|un|une) (?:proche|etre cher|membre de "
     r"(?:ma|la) famille)\b|"
     rf"\bperte (?:de|d') ?(?:mon|ma|mes|notre|nos) (?:\w+ )?{KIN}\b"),
    ("enterre", "bereavement",
     r"\b(?:enterre|incinere)\w* (?:mon|ma|mes|notre)\b|\b(?:corps|depouille|cercueil|cendres|"
     r"urne|tombe|sepulture) (?:de|d') ?(?:mon|ma|mes|notre)\b|\brapatriement du corps\b"),
    ("deuil", "bereavement",
     r"\b(?:en deuil|mon deuil|le deuil de|faire (?:mon|le) deuil|endeuille\w*|chagrin)\b|"
     r"\bnee? sans vie\b|\bmort-? ?nee?\b|\bfausse couche\b|\bperdu (?:notre|mon|le|un) "
     r"bebe\b|\bdeces (?:perinatal|dans (?:la|ma) famille)\b|\bdeuil (?:perinatal|familial|"
     r"dans (?:ma|la|notre) famille)\b|\binterruption (?:medicale|therapeutique) de grossesse\b|"
     r"\b(?:une|d'une|l'|apres une|suite a une) img\b|\bperte de (?:ma |notre |)grossesse\b|"
     r"\b(?:j'ai|je vis|je traverse|suite a|a cause d'|apres) (?:un |mon |)deuil\b"),
    ("obseques", "bereavement",
     r"\b(?:obseques|enterrement|funerailles|inhumation)\b"),
)


# « me rappeler » is a call-back, except as "remind me" (« me rappeler la date limite »): then
# an object follows. "Call me" verbs take no such object, but « que »/« de » clauses are no call.
NOT_A_REMINDER = (
    r"(?! (?:que\b|qu'|de\b(?! (?:suite|toute|nouveau|preference))|d'(?!urgence)|des\b(?! que)|"
    r"du\b|la\b|le\b|les\b|l'|un\b|une\b|mon\b|ma\b|mes\b|ce\b|cette\b|ces\b|votre\b|vos\b|"
    r"notre\b|nos\b|combien\b|quand\b|comment\b|quel\w*|ou\b|si\b|pourquoi\b|a quel\w*))"
)
CALL_ME = (
    r"\b(?:(?:me rappeler|me rappelle)\b" + NOT_A_REMINDER + r"|(?:m'appeler|me contacter|"
    r"me telephoner|me recontacter|m'appelle|me contacte|me telephone|me recontacte)\b"
    r"(?! (?:que\b|qu'|de (?!nouveau|toute|suite|preference|vive)|d'(?!urgence))))"
)


HUMAN_REQUEST: tuple[tuple[str, Category, str], ...] = (
    ("quelqu-un-des-rh", "human-request",
     r"\b(?:un|une) (?:rh|drh|rrh|gestionnaire|conseill\w*|humain)s? (?:dispo\w*|disponible|"
     r"present\w*|en ligne)\b|"
     r"\b(?:un|une) (?:interlocut\w*|conseill\w*|gestionnaire|charge\w*) rh\b[^.?!]{0,30}"
     r"\b(?:dispo\w*|present\w*|joignable|en ligne|peut|pourrait)\b|"
     r"\b(?:quelqu'un|une personne|un conseiller|une conseillere|un humain)\b[^.?!]{0,6}"
     r"\b(?:de|des|du|de l'equipe|du service|aux) ?(?:l'equipe |service |)(?:rh|ressources "
     r"humaines)\b[^.?!]{0,30}\b(?:dispo\w*|present\w*|joignable|la|en ligne|pour (?:me |)"
     r"(?:parler|discuter|repondre|aider)|peut|pourrait)\b"),
    ("parler-a-humain", "human-request",
     r"\b(?:parler|discuter|echanger|m'entretenir|causer|m'adresser|voir|rencontrer|avoir|"
     r"joindre|contacter|appeler|avoir affaire|etre mis en relation|etre en contact|"
     r"etre mise? en relation|passer|transfer\w*|redirig\w*|orient\w*|mettre en relation)\b"
     r"[^.?!]{0,20}\b(?:a |avec |vers |)(?:un |une |quelqu'un|des |)(?:vrai |vraie |veritable "
     r"|mon |ma |)(?:humains?|etre humain|personne (?:reelle|physique|des rh|du service|de "
     r"l'equipe)|rrh|hrbp|gestionnaire rh|charge\w* rh|"
     r"une personne|quelqu'un|conseill(?:er|ere)|agent|interlocut(?:eur|rice)|operat(?:eur|"
     r"rice)|gestionnaire rh|charge\w* rh|service rh|les rh|responsable rh|rh|la drh|drh|membre (?:de "
     r"l'equipe|du service|des rh)|gestionnaire (?:paie|de paie|rh|conges)|votre "
     r"(?:responsable|superieure?|manager|superviseur|superviseuse|chef)|un superviseur)\b|"
     r"\b(?:aborder|voir|traiter|regler|discuter|parler)\w* (?:de |)(?:ca |cela |ce point |ce "
     r"sujet |en |)(?:directement |)avec (?:un|une) (?:gestionnaire|conseill\w*|personne|"
     r"humain|interlocut\w*|rh)\b"),
    ("vrai-humain", "human-request",
     r"\b(?:un|une) (?:vrai|vraie|veritable) (?:personne|humain|interlocut\w*|conseill\w*)\b|"
     r"\b(?:une )?personne (?:reelle|humaine)\b|\bun etre humain\b|\bquelqu'un de (?:reel|vrai|humain)\b"),
    ("pas-un-robot", "human-request",
     r"\bpas (?:a |avec |de |)(?:un|une|la|le) (?:robot|bot|machine|ia|intelligence "
     r"artificielle|chatbot|assistant)\b|\bpas (?:parler|discuter|ecrire|echanger) (?:a|avec) "
     r"(?:un|une|la|le|ce|cette) (?:robot|bot|machine|ia|chatbot)\b|"
     r"\b(?:stop|arrete|assez|marre) (?:du|de|avec le|de ce|"
     r"de cette) (?:robot|bot|machine|ia|chatbot)\b"),
    ("humain", "human-request", r"\bhumains?\b|\bhumain svp\b"),
    ("me-mettre-en-contact", "human-request",
     r"\bme mettre en (?:contact|relation)\b|\bmettre en (?:contact|relation) avec "
     r"(?:quelqu'un|une personne|un conseiller|les rh)\b"),
    ("mettre-en-contact", "human-request",
     r"\b(?:mettez|mets|mettre|passez|passe|transferez|redirigez)-? ?moi\b[^.?!]{0,25}"
     r"\b(?:contact|relation|rh|conseill\w*|agent|personne|quelqu'un|humain|gestionnaire|"
     r"charge\w*|interlocut\w*|responsable|referent\w*|membre|specialiste)\b|\bme (?:passer|"
     r"transferer|rediriger vers|orienter vers) (?:les rh|les ressources humaines|un|une|"
     r"quelqu'un|le service|la paie|mon|ma)\b|\b(?:conseill\w*|quelqu'un|rh|personne|"
     r"gestionnaire)\b[^.?!]{0,20}\b(?:me recevoir|me voir|me rencontrer|m'accorder un "
     r"(?:rendez-vous|rdv|entretien))\b|\bparler a qui\W*$"),
    ("contact-humain", "human-request",
     r"\b(?:echange|entretien|rendez-vous|rdv|appel|call|visio) (?:avec|aupres de) (?:ma|mon|un|"
     r"une|le|la) (?:rrh|hrbp|gestionnaire|charge\w* rh|rh|conseill\w*|responsable rh)\b|\b(?:contact|"
     r"interlocuteur|echange|interlocutrice) (?:humain|reel)\b|\b(?:transmettre|"
     r"transferer|passer)\b[^.?!]{0,15}\b(?:a|vers) (?:un|une) (?:humain|personne|conseill\w*)\b|"
     r"\b(?:echanger|discuter|parler) (?:directement )?avec (?:les rh|le service rh|un rh)\b"),
    ("rdv-rh", "human-request",
     r"\b(?:les rh|quelqu'un|une personne|un conseiller|une conseillere|vous|une? gestionnaire|"
     r"une? rh|une? charge\w*|ma rrh|mon rrh|mon hrbp|ma hrbp|mon gestionnaire|ma "
     r"gestionnaire|la personne|le gestionnaire|la gestionnaire|mon conseiller|ma "
     r"conseillere)\b[^.?!]{0,40}"
     + CALL_ME + r"|\bme faire "
     r"(?:rappeler|contacter|appeler|recontacter)\b|\bquelqu'un "
     r"(?:a qui|avec qui) (?:je peux|je pourrais|parler|discuter)\b|\by a(?:-? ?t-? ?il)? "
     r"(?:\w+ )?"
     r"quelqu'un\b|\b(?:rendez-vous|rdv|entretien|echange|appel|contact)(?: \w+){0,3} avec "
     r"(?:quelqu'un|une personne|un "
     r"conseiller|une conseillere|les rh|un rh|ma gestionnaire|mon gestionnaire|le service "
     r"rh|le service du personnel|la paie|un gestionnaire)\b|\b(?:un|d'un|une) (?:contact|"
     r"echange|appel|rendez-vous|rdv) (?:telephonique|physique|en presentiel|en personne|en "
     r"visio|de vive voix)\b|\b(?:quelqu'un|une personne|un conseiller|un humain)\b[^.?!]{0,15}"
     r"\b(?:peut|pourrait|pourra|puisse)\w*(?:(?:-t)?-(?:il|elle))? (?:prendre en charge|"
     r"traiter|regarder|s'occuper de|examiner|reprendre)\b|"
     r"\bqu'on me (?:contacte|rappelle|telephone|recontacte)\b|\bqu'on m'appelle\b|\betre (?:rappele|"
     r"contacte|appele|recontacte|"
     r"recu|telephone|joint)e?s? par\b"),
    ("rappel", "human-request",
     r"\b(?:(?:rappelez|rappelle|rappeler)-? ?moi\b" + NOT_A_REMINDER + r"|(?:appelez|"
     r"appelle)-? ?moi\b)|\bqu'on me rappelle\b|"
     r"\bqu'une personne me (?:rappelle|contacte|reponde)\b|\bqu'(?:un|une) (?:conseill\w*|"
     r"personne|gestionnaire|rh|charge\w*|humain|agent|membre|interlocut\w*|responsable rh)"
     r"(?: \w+){0,3} (?:me|m') ?(?:rappelle|contacte|appelle|telephone|recontacte|reponde|"
     r"recoive|aide|ecoute|accompagne|explique)\b|\bquelqu'un (?:des rh |du service "
     r"rh |)(?:peut|pourrait) (?:me rappeler\b" + NOT_A_REMINDER + r"|m'appeler|me contacter|"
     r"me repondre)"),
    ("je-veux-une-personne", "human-request",
     r"\b(?:je veux|je voudrais|j'aimerais|il me faut|je demande|je prefere|je souhaite|je "
     r"souhaiterais|je souhaiterai) (?:parler a |voir |rencontrer |)(?:une personne|un "
     r"humain|quelqu'un|un conseiller|une conseillere|un agent|un interlocuteur|une "
     r"interlocutrice|un membre de l'equipe|une? gestionnaire)\b|\bde vive voix\b|"
     r"\bj'ai besoin (?:de parler a |de voir |)(?:d'un|d'une|de quelqu'un|d'un vrai|d'une "
     r"vraie) ?(?:conseill\w*|interlocut\w*|humain|personne|agent|gestionnaire|contact "
     r"humain)\b|\bj'ai besoin de (?:parler|voir|rencontrer|joindre|discuter avec) "
     r"(?:quelqu'un|une personne|un conseiller|un humain)\b|\b(?:une |un |d'une |d'un )"
     r"(?:vraie |)(?:aide|reponse|presence|intervention|assistance|contact|echange|"
     r"interlocutrice|interlocuteur) humaine?\b|\bvrai contact\b|\ben direct (?:avec|aupres "
     r"de?) (?:les rh|un|une|quelqu'un|le service|la paie)\b|\b(?:me|m') joindre\b[^.?!]{0,20}"
     r"\b(?:conseill\w*|quelqu'un|rh|personne)\b|\b(?:conseill\w*|quelqu'un|rh|personne)\b"
     r"[^.?!]{0,20}\b(?:peut|pourrait|puisse) me joindre\b|"
     r"\b(?:en|un) (?:face a face|tete a tete|presentiel)\b[^.?!]{0,30}\b(?:avec|quelqu'un|"
     r"conseill\w*|rh|gestionnaire)\b|\b(?:vraie|"
     r"veritable) conversation\b|\bc'est (?:perso|personnel|prive|confidentiel|delicat|"
     r"sensible)\b|\bun sujet (?:sensible|delicat|personnel|prive|confidentiel)\b|\bune "
     r"personne (?:des|du service) rh\b"),
    ("un-mot", "human-request",
     r"^ ?(?:(?:un|une|des|le|la|les|vrai|vraie|je veux|je voudrais|svp|stp|merci|parler "
     r"a|parler|un vrai)\W*){0,3}(?:(?:conseiller|conseillere|agente?|operateur|operatrice|"
     r"representante?|quelqu'un|une personne|personne|interlocut(?:eur|rice)|gestionnaire)"
     r"(?: rh| reelle| humaine)?|rh)(?:\W*(?:svp|"
     r"stp|s'il vous plait|s'il te plait|merci|!|\?))*\W* ?$"),
)
