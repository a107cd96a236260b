"""French handoff rules: ``(name, category, regex)`` over folded text (lower-case, no accents).

Folding removes accents, so ``arret`` matches « arrêt ». Inflections (gender, number, tense)
are spelt out. ``NEGATIVE`` lists phrases blanked out before the positive rules of the named
categories run (all categories when the tuple is empty).
"""

from __future__ import annotations

from governance.oversight.settings import Category

_BOSS = (r"(?:manager|manageur|manageuse|chef|cheffe|chef d'equipe|responsable|superieure?|"
         r"n\+1|n\+2|directeur|directrice|patron|patronne|hierarchie)")
_PEER = r"(?:collegue|collaborateur|collaboratrice|equipe|binome|coequipier|coequipiere)"
_KIN = (r"(?:pere|mere|papa|maman|parents?|frere|soeur|fils|fille|enfant|bebe|mari|femme|"
        r"epoux|epouse|conjointe?|compagnon|compagne|partenaire|grand-? ?(?:pere|mere)|"
        r"grands?-? ?parents|papi|papy|mamie|mamy|oncle|tante|cousine?|neveu|niece|tonton|"
        r"tata|tatie|pepe|parrain|marraine|filleule?|demi-? ?(?:frere|soeur)|"
        r"arriere-? ?grand-? ?(?:pere|mere)|grand-? ?(?:oncle|tante)|"
        r"beau-? ?(?:pere|frere|fils)|belle-? ?(?:mere|soeur|fille)|beaux-? ?parents|amie?|"
        r"meilleure? amie?|proche|chien|chat|fiancee?)")
_ARRET = (r"(?:arret(?:s)?(?: de travail| maladie)?|conge maladie|maladie|longue maladie|"
          r"accident du travail|accident de travail|at\b|hospitalisation|operation|chirurgie|"
          r"cancer|chimio(?:therapie)?|traitement|burn-?out|conge (?:longue|de longue) duree|"
          r"clm|cld|absence (?:pour )?maladie|arret prolonge|accident|infarctus|avc|crise "
          r"cardiaque|fracture|blessure|depression|depression nerveuse|pneumonie|covid)")

POSITIVE: tuple[tuple[str, Category, str], ...] = (
    # sick-leave-return
    ("reprise-apres-arret", "sick-leave-return",
     rf"\b(?:reprise|reprends|reprendre|reprenne|reprennent|reprend|repris|retour(?:ne|ner)?|"
     rf"revenir|reviens|revenu|revenue|rentrer|rentre|revenant|reprenant|rentrant|retournant)\b"
     rf"[^.?!]{{0,50}}\b(?:apres|suite a|"
     rf"depuis|de|d'un|d'une|d'|a la fin de|en fin de)\b[^.?!]{{0,25}}{_ARRET}"),
    ("arret-puis-reprise", "sick-leave-return",
     rf"\b(?:mon|ma|mes|en|d'|un|une)\b ?{_ARRET}\b[^.?!]{{0,60}}\b(?:reprise|reprendre|"
     rf"reprends|revenir|retour|rentrer|reviens)\b"),
    ("arret-et-retour", "sick-leave-return",
     r"\breintegr\w*\b[^.?!]{0,30}\b(?:maladie|arret|operation|burn|accident|cancer)|\b(?:medecin|"
     r"docteur)\b[^.?!]{0,20}\b(?:m'autorise|m'a autorise|autorise|"
     r"dit que je peux) (?:a )?(?:reprendre|retravailler|revenir)\b|"
     r"\b(?:arrete|arretee|absent|absente|arret|opere|operee|hospitalise|hospitalisee|malade|infarctus|"
     r"accident|avc|fracture|prothese|operation|chirurgie|hospitalisation|maladie|traitement|"
     r"chimio\w*|cancer|mon medecin|problemes? de (?:dos|sante|coeur))\b[^?!]{0,80}"
     r"\b(?:mon retour|ma reprise|reprendre|revenir|retourner au travail|je reprends|je "
     r"reviens|je rentre|je retourne)\b|\bapte (?:a|au) "
     r"(?:reprendre|la reprise|travailler|retravailler|reprise)\b|\b(?:declare|declaree|"
     r"jugee?) apte\b|\b(?:mon )?poste (?:peut (?:il |)etre |pourrait etre |soit |)amenage\b|"
     r"\b(?:mon|l') arret (?:se termine|finit|prend fin|s'arrete)\b|\badapt\w* (?:mon|ma) "
     r"(?:poste|bureau|temps de travail|horaires)\b"),
    ("mi-temps-therapeutique", "sick-leave-return",
     r"\b(?:mi-? ?temps|temps partiel|tpt|temps partiel pour motif)\b[^.?!]{0,20}"
     r"therapeutique\b|\btherapeutique\b"),
    ("visite-de-reprise", "sick-leave-return",
     r"\bvisite (?:medicale )?(?:de |d'|de la )?(?:pre-? ?)?reprise\b|\bvisite de "
     r"(?:mi-?carriere|pre-? ?reprise)\b|\brendez-vous de liaison\b|\b(?:entretien|"
     r"rendez-vous|rdv|reunion) de (?:reprise|retour)\b"),
    ("medecin-du-travail", "sick-leave-return",
     r"\bmedec(?:in|ine) du travail\b|\bservice de (?:prevention et de )?sante au travail\b|"
     r"\b(?:spst|sst)\b|\binfirmiere? (?:du travail|en sante au travail)\b"),
    ("inaptitude", "sick-leave-return",
     r"\b(?:prolonge|prolongation)\w*\b[^.?!]{0,40}\b(?:revenir|reprendre|rentrer|retour)\b|"
     r"\breprise anticipee\b|\b(?:revenir|reprendre|rentrer) (?:plus tot|avant la fin de mon "
     r"arret)\b|\binapt(?:e|es|itude)\b|\bamenagement (?:de|du) (?:mon |ma )?(?:poste|temps de "
     r"travail|horaires)\b"),
    ("apres-mon-arret", "sick-leave-return",
     rf"\b(?:apres|depuis|fin de|suite a) (?:mon|ma|mes) (?:\w+ )?{_ARRET}"),
    ("je-suis-en-arret", "sick-leave-return",
     r"\b(?:je suis|suis|je serai) (?:encore |toujours |)(?:en arret|"
     r"arretee?)\b"),
    # conflict-harassment
    ("harcelement", "conflict-harassment",
     r"\bharcel(?:e|ee|es|ees|ement|ements|er|ent|eur|euse)\b|\bharcele(?:r)?\b"),
    ("discrimination", "conflict-harassment", r"\bdiscrimin\w*"),
    ("conflit-avec", "conflict-harassment",
     rf"\b(?:conflits?|differends?|disputes?|problemes?|soucis|souci|tensions?|litiges?|"
     rf"desaccords?|embrouilles?|clash)\b[^.?!]{{0,15}}\b(?:avec|entre)\b[^.?!]{{0,30}}"
     rf"\b(?:{_BOSS}|{_PEER})s?\b"),
    ("conflit-seul", "conflict-harassment",
     r"\b(?:conflit|conflits) (?:au travail|dans (?:mon|l'|mon) equipe|relationnel|"
     r"interpersonnel|avec ma hierarchie)\b"),
    ("agressions", "conflict-harassment",
     r"\b(?:m'|me )(?:a |ont |avait |avaient |)(?:humilie\w*|insulte\w*|menace\w*|"
     r"rabaisse\w*|agresse\w*|denigre\w*|"
     r"intimide\w*|ignore\w*|exclu\w*|ridiculise\w*|engueule\w*|crie\w* dessus|"
     r"hurle\w* dessus|gueule\w* dessus|"
     r"harcele\w*|touche\w*|trait(?:e|ant)\w* (?:mal|de|d'|comme)|parle\w* mal)|"
     r"\b(?:crie|hurle|gueule)\w* (?:sur|apres) "
     r"(?:moi|nous)\b"),
    ("propos-deplaces", "conflict-harassment",
     r"\b(?:propos|remarques?|commentaires?|gestes?|comportements?|blagues?|messages?|"
     r"attouchements?|avances?)\b[^.?!]{0,15}\b(?:deplace(?:e|s|es)?\b|sexistes?|racistes?|homophobes?|"
     r"sexuel\w*|inappropries?|insultants?|humiliants?|degradants?|obscenes?|blessants?|"
     r"rabaissants?|mechants?|insistant\w*)"),
    ("toxique", "conflict-harassment",
     r"\b(?:toxiques?|sexisme|racisme|homophobie|represailles|intimidation|"
     r"souffre-? ?douleur|placard(?:ise|isee|isation)?|mis(?:e)? au placard|"
     r"maltraitance|violences?|agression\w*)\b"),
    ("physique", "conflict-harassment",
     r"\bm'a (?:attrape|pousse|frappe|gifle|bouscule|touche|pince|agrippe|saisi|empoigne)e?\b|"
     r"\bs'enerve\w*\b[^.?!]{0,30}\b(?:si je|quand je|contre moi|apres moi)\b|\bme "
     r"(?:propose|proposer|demande|demander) de sortir\b|\bmalgre mon refus\b|\balors que "
     r"j'ai dit non\b|\brumeurs? (?:sur|a propos de) moi\b|\b(?:repand|fait courir|"
     r"propage)\w* (?:des )?rumeurs\b|\b(?:plus )?personne ne me parle\b|\bmenace\w* de "
     r"(?:me |m')(?!(?:licencier|virer|sanctionner|mettre a pied|renvoyer|donner un "
     r"avertissement|convoquer))"),
    ("retire-des-projets", "conflict-harassment",
     r"\bm'a retire\w* (?:des|de mes|du|de mon|de la) (?:projets?|dossiers?|missions?|equipe|"
     r"reunions?|planning)\b|\bdepuis que (?:j'ai annonce|j'ai dit|je suis enceinte|j'ai "
     r"parle|j'ai fait mon coming|j'ai porte plainte|je me suis plainte?|j'ai signale|j'ai "
     r"denonce|j'ai refuse|j'ai temoigne|j'ai alerte)\b|\bdepuis (?:ma plainte|mon "
     r"signalement|mon temoignage)\b|\bme (?:saborde|sabote)\w*"),
    ("relationnel", "conflict-harassment",
     r"\b(?:difficultes|problemes|soucis) relationnel\w*|\brelations? (?:tres )?(?:difficiles?|"
     r"tendues?|conflictuelles?|degradees?) avec\b|\ballusions?\b[^.?!]{0,15}\b(?:sur|a) (?:ma|mon|"
     r"mes)\b|\ballusions? (?:sexuelles|deplacees|graveleuses)\b|\bm'appelle\W+(?:ma cherie|ma "
     r"belle|ma puce|mon coeur|poupee|cherie|ma jolie)\b|\b(?:la|une) cible de\b|\bme prend\w* "
     r"pour cible\b|\bbouc emissaire\b|\btete de turc\b|\bme parle\w* comme (?:a|une?) \w+|"
     r"\b(?:antisemites?|antisemitisme|islamophobes?|transphobes?|xenophobes?|validistes?|"
     r"grossophobes?)\b"),
    ("me-fais-insulter", "conflict-harassment",
     r"\b(?:me fai[st]|me faire|me suis fait|me suis faite|m'a fait|m'ont fait) (?:insulter|"
     r"agresser|engueuler|harceler|humilier|crier dessus|rabaisser|"
     r"menacer|traiter|toucher|moquer)\b|\b(?:ete|suis|m'a|m'ont) agresse\w*|\bchantage\b|"
     r"\bmains? (?:aux fesses|au cul|aux seins|sur (?:les|mes) (?:fesses|cuisses?|seins)|baladeuses?)\b|"
     r"\bme mett?\w* (?:la |une |de la |)pression\b|\bc'est "
     r"devenu (?:invivable|insupportable|l'enfer)\b|\b(?:contrairement|a la difference) (?:aux|des) "
     r"autres\b|\bchoses (?:tres )?(?:blessantes|humiliantes|deplacees)\b"),
    ("victime", "conflict-harassment",
     r"\bvictime d(?:e |')(?:moqueries|remarques|propos|comportements|discrimination|violences?|"
     r"agressions?|insultes|menaces|harcelement|racisme|sexisme|brimades|mise a l'ecart|"
     r"pressions?)\b|\bje suis victime\b|\bcrasses\b|\bcoups? bas\b|\bbatons dans les roues\b|"
     r"\bpressions? (?:de|par) (?:mon|ma|mes)\b|\btensions? dans (?:mon|l') ?equipe\b|\bme "
     r"(?:flique|fliquent|surveille\w* en permanence)\b|\bmanque\w* de respect\b|\bje me sens "
     r"(?:rabaisse\w*|humilie\w*|exclu\w*|mise? de cote|isole\w*|ignore\w*|harcele\w*|"
     r"discrimine\w*|menace\w*|vise\w*|cible\w*)\b"),
    ("inegalite", "conflict-harassment",
     r"\bmoins paye\w* que\b|\bcritiqu\w*\b[^.?!]{0,30}\b(?:en public|devant|sans arret|tout le "
     r"temps|constamment)\b"),
    ("vie-impossible", "conflict-harassment",
     r"\bme (?:rend|rendent|pourrit|pourrissent|gache|gachent) la vie\b|\bvie (?:impossible|"
     r"infernale|d'enfer)\b|\bme pourri\w*|\bse moqu\w* de (?:moi|mon|ma|mes)\b|\bsur la "
     r"touche\b|\bmal a l'aise\b|\bdevant (?:tout le monde|les autres|toute l'equipe|l'equipe|"
     r"les clients|mes collegues)\b|\b(?:remarques?|commentaires?|reflexions?|blagues?)\b"
     r"[^.?!]{0,10}\bsur (?:mon|ma|mes) (?:poids|physique|corps|tenues?|origine|couleur|accent|"
     r"age|religion|orientation|vie privee|apparence|handicap|grossesse)\b|\b(?:favorise|"
     r"privilegie)\w*|\bfavoritisme\b|\b(?:bons|meilleurs|interessants) (?:projets|dossiers|"
     r"missions|horaires|creneaux)\b[^.?!]{0,15}\baux\b|\b(?:sexistes?|racistes?|homophobes?|"
     r"agressi(?:f|ve|fs|ves|vite))\b"),
    ("chef-hurle", "conflict-harassment",
     rf"\b(?:{_BOSS}|{_PEER})s?\b[^.?!]{{0,25}}\b(?:hurle|hurlent|crie|crient|gueule|gueulent|"
     rf"m'insulte|s'enerve contre moi|me crie|me hurle)\b|\bmoqueries?\b|\bse moque\w* de moi\b|"
     r"\bje subis\b|\bparce que je suis (?:enceinte|une femme|un homme|noire?|homosexuel\w*|"
     r"gay|lesbienne|trans|handicape\w*|musulmane?|juive?|trop vieux|trop vieille|"
     r"syndique\w*|d'origine|etrangere?|maman|mere)\b|\ba cause de (?:ma|mon|mes) (?:religion|"
     r"origines?|couleur|handicap|age|grossesse|accent|orientation|sexe|genre|nom|voile|"
     r"convictions|engagement syndical|begaiement|physique|poids|taille|look|tatouages?|"
     r"cheveux|barbe|prenom|nom de famille|maladie|diabete|surdite|religion)\b|\bsans mon consentement\b"),
    ("mise-a-l-ecart", "conflict-harassment",
     r"\bsous-? ?entendus?\b|\bne (?:me parle|me parlent|m'adresse|m'adressent|se parle|se "
     r"parlent|nous parlons) plus\b|\bon ne se parle plus\b|\bmis(?:e)? a l'ecart\b|\bme "
     r"(?:mettent|met) a l'ecart\b|\bm'(?:ignorent|excluent|evitent)\b|\bdans mon dos\b|"
     r"\b(?:seule?|le seul|la seule) (?:femme|homme|noire?|handicape\w*|senior|etrangere?)\b|"
     r"\b(?:celles|ceux) des autres\b|\btout le monde sauf moi\b|\b(?:sauf|excepte) "
     r"(?:moi|les miennes|les miens)\b|\bcoming[- ]out\b"),
    ("ambiance", "conflict-harassment",
     r"\b(?:ca se passe|ca passe|ca va|les relations sont|la relation est|c'est)\b[^.?!]{0,15}"
     r"\b(?:mal|tendue?s?|invivable|horrible|toxique|execrable|complique\w*)\b[^.?!]{0,10}"
     r"\bavec (?:(?:mon|ma|mes|un|une|le|la|les|certains|certaines|ce|cette) (?:\w+ )?"
     rf"(?:{_BOSS}|{_PEER}|client\w*|personne|gens|mec|type|fille|nana)|lui|elle|eux)\b|"
     r"\bambiance\b[^.?!]{0,20}\b(?:invivable|toxique|execrable|insupportable|"
     r"pourrie|delet\w*)\b"),
    ("mauvaise-entente", "conflict-harassment",
     rf"\b(?:je ne m'entends|j'm'entends|je m'entends) (?:pas|plus|mal)\b|\bne (?:supporte|"
     rf"supportons) plus (?:mon|ma) (?:{_BOSS}|{_PEER})"),
    ("plainte-contre", "conflict-harassment",
     rf"\b(?:plainte|signalement|signaler|denoncer|se plaindre)\b[^.?!]{{0,25}}\b(?:contre|de|"
     rf"sur) (?:mon|ma|un|une) (?:{_BOSS}|{_PEER})"),
    ("injustement-traite", "conflict-harassment",
     r"\b(?:traite|traitee|traitent|traite) (?:injustement|differemment|mal)\b|"
     r"\bs'acharne\w*\b"),
    ("me-devalorise", "conflict-harassment",
     r"\b(?:me|m'a|m'ont|m')(?: \w+)? (?:devalorise\w*|denigre\w*|rabaisse\w*|ridiculise\w*|"
     r"humilie\w*|drague\w*|deteste\w*|meprise\w*|harcele\w*|nuire|detruire)\b|\bm'(?:humilie|"
     r"insulte|ignore|exclut|evite|meprise|ecrase|enfonce)\w*|\bme descend\w* (?:aupres|devant|"
     r"en flammes|en public)\b|\b(?:m'a|me) (?:\w+ )?(?:(?:tres|super|vraiment|hyper) )?mal "
     r"parle\b|\bme parle\w* (?:(?:tres|super|vraiment|hyper) )?mal\b|\bdrague\w* "
     r"(?:lourde\w*|insistant\w*|malgre)\b|\bme (?:pourrit|pourrissent)\b"),
    ("dans-le-collimateur", "conflict-harassment",
     r"\b(?:pris|prend|prise) en grippe\b|\bdans (?:le|son|leur) (?:collimateur|viseur)\b|"
     r"\b(?:ragots|rumeurs?|commerages|bruits|mensonges)\b[^.?!]{0,15}\b(?:sur|a propos de|"
     r"concernant) moi\b|\bporter le chapeau\b|\bm'en veu(?:t|lent)\b|\ben froid avec\b|"
     r"\bne me (?:dit|disent) (?:plus|meme plus|meme pas|jamais) bonjour\b|\bne me salue\w* "
     r"(?:plus|pas|jamais)\b|\bcasse\w* du sucre\b|\bcherche\w* a me (?:nuire|couler|pieger|"
     r"faire craquer)\b|\bfait tout pour me\b|\bme pousser? (?:a la demission|a bout|a la "
     r"faute|a partir|vers la sortie|dehors)\b|\bme (?:pique|vole|piquent|volent)\w* (?:mes|"
     r"mon|ma)\b|\bs'approprie\w* (?:mes|mon|ma)\b|\bphotos? de moi\b|\bpour (?:se moquer|me "
     r"ridiculiser|m'humilier|me rabaisser)\b"),
    ("dispute-avec", "conflict-harassment",
     r"\b(?:s'est|se sont|me suis|nous sommes|on s'est|je me suis) (?:\w+ )?(?:engueul|disput|"
     r"embrouill|accroch|clash|battu|fache|pris la tete|pris le bec)\w*\b[^.?!]{0,5}\bavec\b|"
     r"\bc'est la guerre\b|\b(?:jamais|plus) (?:invitee?s?|conviee?s?) (?:aux|a la|au|a mes|a "
     r"nos|a l') ?(?:reunions?|points?|dejeuners?|comites?|seminaires?|afterworks?|pots?)\b|"
     r"\bme sui[st]\b[^.?!]{0,20}\b(?:jusqu|partout|chez moi|le soir|dans la rue)\b|\bj'ai "
     rf"peur (?:de|d') (?:mon|ma|mes|un|une|certains) (?:{_BOSS}|{_PEER}|client)"),
    ("violent-avec-moi", "conflict-harassment",
     r"\b(?:violente?|brutale?|odieu(?:x|se)|mechante?|insultante?|humiliante?|abjecte?|"
     r"agressi(?:f|ve)|irrespectueu(?:x|se)|hostile|cruel(?:le)?|infecte?|imbuvable)\b"
     r"[^.?!]{0,20}\b(?:avec|envers|contre|a l'egard de|vis-a-vis de) moi\b|\b(?:violente?|"
     r"violence) verbal\w*|\bverbalement (?:violente?|agressi\w*)\b|\b(?:je suis|on me|suis|"
     r"m'a|me|etre|sommes) trait\w* (?:comme (?:un|une|de la|des|du|moins)|de haut|avec "
     r"mepris)\b|\bmoins que rien\b"),
    ("avances", "conflict-harassment",
     r"\b(?:me|m'a|m'ont|m'avait) (?:\w+ )?fai\w* des avances\b(?! (?:sur|de)\b| d')|"
     r"\b(?:photos?|images?|videos?|textos?|sms|mails?|regards?|surnoms?|attitudes?|"
     r"propositions?|"
     r"contacts? physiques?)\b[^.?!]{0,15}\b(?:deplace(?:e|s|es)?\b|sexistes?|racistes?|sexuel\w*|"
     r"inappropri\w*|obscenes?|insistant\w*|degradant\w*|humiliant\w*|indecent\w*|graveleu\w*)|"
     r"\bme (?:regarde|fixe|"
     r"reluque|mate)\w*\b[^.?!]{0,25}\b(?:insistan\w*|bizarre\w*|lourd\w*|gene\w*)|\b(?:me "
     r"met\w*|m'a mis|m'ont mis) (?:la |sa |leur |les |ses )?mains? (?:dans|sur|aux|autour)\b"),
    ("origines", "conflict-harassment",
     r"\b(?:remarques?|commentaires?|reflexions?|blagues?|vannes?|piques?|moqueries?|"
     r"allusions?)\b[^.?!]{0,20}\b(?:sur|a propos de) (?:mon|ma|mes) (?:origines?|couleur|"
     r"couleur de peau|accent|religion|voile|nom|physique|poids|poitrine|seins|fesses|jambes|"
     r"formes|decollete|silhouette|handicap|age|grossesse|"
     r"orientation|sexualite|genre|look|cheveux|tenues?|corps|apparence|taille)\b|\bparce "
     r"que je (?:porte|mets) (?:le|un|une) (?:voile|foulard|kippa|turban|croix)\b|\bparce que "
     r"j'ai (?:un accent|un handicap|des enfants|plus de \d+ ans|\d+ ans|la peau)\b|\b(?:ne me "
     r"(?:donne|donnent|confie|confient|file|filent)|on me (?:donne|confie|file)) plus (?:aucun|"
     r"aucune|de|rien)\b|\bdepuis (?:que je suis (?:revenue?|rentree?) de|mon retour de) "
     r"(?:mon |ma )?conge (?:maternite|parental|paternite|d'adoption)\b[^.?!]{0,60}\b(?:on|"
     r"mon|ma|il|elle|ils)\b"),
    ("signaler-comportement", "conflict-harassment",
     r"\b(?:signaler|denoncer|remonter|plainte|signalement)\b[^.?!]{0,25}\b(?:comportement|"
     r"agissements|attitude|propos|gestes)\b[^.?!]{0,30}\b(?:envers moi|a mon egard|avec moi|"
     rf"de mon|de ma|d'un|d'une|du)\b|\bcomportement\w* (?:de |d')(?:mon|ma|un|une) "
     rf"(?:{_BOSS}|{_PEER}|client)\w*\b[^.?!]{{0,30}}\b(?:envers|avec|a l'egard de|"
     r"vis-a-vis de) moi\b"),
    ("hostile-envers-moi", "conflict-harassment",
     r"\bme parle\w*\b[^.?!]{0,20}\b(?:meprisant\w*|condescendan\w*|agressi\w*|humiliant\w*|"
     r"menacant\w*|hautain\w*|comme a (?:un|une) (?:chien|gamine?|enfant|idiote?|moins))|"
     r"\b(?:ca ne va (?:plus|pas)|ca va plus|ca se passe (?:mal|plus)|ca ne passe (?:plus|pas)|"
     r"ca passe plus|c'est (?:tendu|complique|difficile|l'enfer|invivable|la guerre)|je vis un "
     r"enfer|un enfer)\b[^.?!]{0,20}\bavec (?:mon|ma|mes|un|une|le|la|les|certains|certaines) "
     rf"(?:\w+ )?(?:{_BOSS}|{_PEER}|client|cliente|clients)|\bme reproche\w* (?:tout|sans "
     r"arret|constamment|tout le temps|systematiquement|n'importe quoi)\b|\brefus\w* de (?:me "
     r"parler|m'adresser la parole|me dire bonjour|travailler avec moi|me serrer la main)\b|"
     r"\bme (?:fait|font) passer pour (?:un|une|le|la)\b|\b(?:a la figure|au visage|dans la "
     r"figure|a la tete)\b|\bsale (?:arabe|noire?|negre|negresse|juive?|pd|pede|gouine|pute|"
     r"conne?|chinois\w*|bougnoule|race|etrangere?|feignant\w*|musulmane?|gros|grosse)\b|"
     r"\b(?:me|m'a|m'ont) (?:\w+ )?(?:intimid|terroris|persecut|malmen|maltrait|accabl|"
     r"bouscul|gifl|frapp|crach|sabot|snob|boycott|lynch|menac|insult|agress)\w*"),
    ("de-haut", "conflict-harassment",
     r"\bme prend\w* de haut\b|\bme coup\w* (?:\w+ )?la parole\b|\b(?:dejeuners?|reunions?|"
     r"sorties?|pots?|afterworks?|repas|pauses?|soirees?)\b[^.?!]{0,20}\bsans moi\b|\b(?:rigol|"
     r"rican|se marr|pouffe)\w*\b[^.?!]{0,15}\b(?:quand j'arrive|quand je passe|de moi|sur moi|"
     r"dans mon dos|derriere moi)\b|\bphotos? (?:de son|de sa|de leur) (?:sexe|corps|bite|"
     r"penis|seins|fesses)\b|\b(?:son|sa) (?:sexe|bite|penis)\b|\bnudes?\b|\bphotos? (?:nue?s?|"
     r"intimes?|denudee?s?|cochonnes?)\b|\bcouch\w* (?:pas )?avec (?:lui|elle|moi|le chef|mon chef)\b|"
     r"\bfaveurs? sexuel\w*|\bclients? (?:insultant|agressi|violent|menacant|irrespectueu)\w*|"
     r"\ben (?:hurlant|criant|gueulant|m'insultant)\b|\b(?:me dit|me repete|m'a dit|me traite)"
     r"\w* (?:que je suis|que j'etais) (?:nulle?|bete|idiote?|incompetente?|stupide|bon a rien|"
     r"bonne a rien|inutile|une? merde|debile|conne?)\b|\b(?:insultes?|tags?|graffitis?|injures?|"
     r"menaces?)\b[^.?!]{0,15}"
     r"\b(?:sur|dans|contre) (?:mon|ma|mes)\b|\b(?:fait|font|faisait) expres de me\b|\bpour "
     r"me faire (?:craquer|partir|demissionner|peter un plomb|pleurer)\b|\bvivre un (?:enfer|calvaire|"
     r"cauchemar)\b|\bleve\w* la main sur "
     r"moi\b|\b(?:denonce|accuse|signale|balance)\w* a tort\b|\bpour se faire bien voir\b|"
     r"\bme siffle\w*|\bsiffle\w* quand je passe\b|\bme (?:fait|font|"
     r"faisait) (?:la misere|vivre un enfer|la guerre|la gueule)\b|\bme mene\w* la vie dure\b|"
     r"\bm'en (?:fait|font) baver\b|\b(?:dit|raconte|repete|balance)\w* (?:a tout le monde|"
     r"partout|aux autres|a toute l'equipe|au chef|a mon chef|dans mon dos) que je\b"),
    ("traitement-inegal", "conflict-harassment",
     r"\b(?:je suis|suis|etre|je me sens|j'ai ete|me suis sentie?) (?:\w+ )?(?:rabaisse|"
     r"humilie|meprise|denigre|devalorise|insulte|menace|agresse|harcele|ridiculise|intimide|"
     r"persecute|maltraite|ostracise|discrimine|moque|brimee?|rejete)e?s?\b|"
     r"\brefus\w*\b(?:(?!rembours|frais|indemnit|prime)[^.?!]){0,40}\balors que (?:mes|les|tous mes|"
     r"toutes mes|mon|ma) (?:\w+ )?"
     r"collegues?\b|\bplus jeunes?\b[^.?!]{0,30}\b(?:l'ont|ont eu|ont obtenu|sont promus|"
     r"passent avant)\b|\b(?:trop vieux|trop vieille|trop age\w*) pour\b"),
    ("me-critiquer", "conflict-harassment",
     r"\bfai\w* courir (?:le |des |un )?(?:bruits?|rumeurs?)\b|\bpour (?:m'isoler|m'ecarter|me "
     r"mettre (?:a l'ecart|de cote)|m'humilier|me punir|me faire partir|me decourager)\b|"
     r"\b(?:me|m') ?critiqu\w* (?:aupres|devant|sans arret|tout le temps|constamment|en "
     r"permanence|dans mon dos)\b|\b(?:dit|dire|ordonne) de (?:me taire|la fermer|fermer ma "
     r"gueule)\b|\bque je (?:devais|dois) me taire\b|\bta gueule\b|\bm'(?:a |)embrass\w*|"
     r"\bm'a (?:bloquee?|coincee?|enfermee?) (?:dans|contre)\b|\bse fou\w* de (?:ma gueule|moi)\b"),
    ("fait-pleurer", "conflict-harassment",
     rf"\b(?:{_BOSS}|{_PEER}|client)\w*\b[^.?!]{{0,20}}\b(?:m'a|m'ont|me fait|me font|me "
     r"faisait) (?:\w+ )?pleurer\b|\b(?:tire|tiree|tirer|tirait)\w* (?:par )?les cheveux\b|"
     r"\bm'a (?:mordue?|griffee?|etranglee?|crache dessus)\b|\bm'(?:a |ont |)interdit de "
     r"(?:parler|m'adresser|manger avec|dejeuner avec)\b|\b(?:le seul|la seule|seule?) (?:a qui|"
     r"a|que) (?:on |l'on )?(?:\w+ )?(?:refuse|interdi|reproche|critique|engueule|ignore|"
     r"exclu|oublie)\w*|\binsinu\w*\b[^.?!]{0,40}\b(?:couch\w*|j'avais eu|je suis|j'etais)\b|"
     r"\ben couchant\b|\bde (?:facon|maniere) (?:humiliante|degradante|agressive|meprisante|"
     r"violente|brutale|insultante|rabaissante)\b|\b(?:taches|travaux|missions) "
     r"(?:degradantes|humiliantes|ingrates pour me punir)\b"),
    ("propos-sexistes", "conflict-harassment",
     r"\bles (?:femmes|filles|nanas|hommes|noirs|arabes|juifs|musulmans|homos|gays|lesbiennes|"
     r"handicapes|vieux|seniors|jeunes|meres|mamans|etrangers) (?:ne sont pas faite?s|n'ont "
     r"rien a faire|devraient|doivent rester|sont toutes|sont tous|ne savent pas|ne peuvent "
     r"pas|c'est)\b|\b(?:pas|plus) un (?:metier|poste|travail|job) (?:de|pour les) (?:femmes?|"
     r"filles?|nanas?|mamans?)\b|\b(?:volontairement|expres|sciemment|deliberement|"
     r"systematiquement) (?:oubliee?|ecartee?|exclue?|ignoree?|mise? de cote|pas invitee?)\b|"
     r"\bne (?:supporte|supportons|supportent) plus (?:les |ses |leurs )?(?:remarques|"
     r"reflexions|critiques|cris|attitude|comportement|insultes|moqueries|blagues|reproches|"
     r"humiliations|hurlements)\b"),
    # performance-evaluation
    ("mon-evaluation", "performance-evaluation",
     r"\b(?:mon|ma|mes) (?:derniere?s? |dernier |propre |)(?:entretien (?:annuel|individuel|"
     r"d'evaluation|de performance|d'appreciation|de mi-? ?annee|semestriel|de fin d'annee|"
     r"d'objectifs|de fin de periode d'essai)|evaluations?|notation|"
     r"note (?:annuelle|de "
     r"performance|finale)|appreciation|bilan (?:annuel|de performance)|revue de performance|"
     r"revue annuelle|classement|ranking|entretien de performance|feedback 360|niveau de "
     r"performance|"
     r"resultat d'evaluation|objectifs? annuels?)\b(?! (?:des|de la|du|d'une?|de) (?:frais|notes? "
     r"de frais|fournisseurs?|projets?|depenses?))"),
    ("contester-evaluation", "performance-evaluation",
     r"\b(?:contest\w*|recours|desaccord|pas d'accord|injuste\w*|mauvaise|basse|faible|"
     r"negative|severe|sanction\w*|remettre en cause|revoir)\b[^.?!]{0,30}\b(?:evaluation|"
     r"note|notation|entretien annuel|appreciation)s?\b"),
    ("m-a-note", "performance-evaluation",
     r"\b(?:m'a|m'ont|on m'a|je suis|j'ai ete) (?:mal |injustement |quand meme |tres mal |"
     r"severement |)(?:note|notee|evalue|"
     r"evaluee|classe|classee)\b|\bj'ai (?:eu|recu|obtenu) (?:une |un |la |)(?:mauvaise |"
     r"basse |faible |)(?:note|evaluation|appreciation)\b"),
    ("note-recue", "performance-evaluation",
     r"\b(?:m'a mis|m'ont mis|j'ai eu|j'ai obtenu|j'ai recu|on m'a mis|ai eu|m'a donne|"
     r"m'a attribue)\b[^.?!]{0,10}\b\d(?:[.,]\d)? ?(?:sur|/) ?\d+\b|\bmes objectifs\b"
     r"[^.?!]{0,30}\b(?:pas atteints|non atteints|rates|manques|modifies|changes)\b|"
     r"\b(?:note|evaluation|notation|appreciation) (?:que j'ai|qu'on m'a) (?:recue?|eue?|"
     r"obtenue?|donnee?|mise?|attribuee?)\b|\b(?:evaluation|note|notation|appreciation)s?\b"
     r"[^.?!]{0,50}\b(?:injuste|partiale?|biaisee?|fausse|pas juste|severe|incorrecte?)\b|"
     r"\bmon bilan (?:de fin d'annee|de mi-annee|annuel|de l'annee)\b|\b(?:change|modifie|"
     r"baisse|revu)e? ma note\b|\bma note (?:a ete )?(?:changee|modifiee|baissee|revue)\b|"
     r"\bcalibration\b[^.?!]{0,40}\b(?:ma|mon) (?:note|evaluation|classement)\b|\blow "
     r"performer\b|\bsous-? ?performant\w*|\bma note\b[^.?!]{0,40}\b(?:basse|mauvaise|"
     r"injuste|faible|baisse|moins bonne)\b|\b(?:mes performances|ma performance)\b|"
     r"\b(?:evaluation|note|notation|appreciation)\b[^.?!]{0,20}\b(?:mauvaise|negative|basse|"
     r"faible|injuste)\b|\bj'ai (?:recu|eu|obtenu)\W+(?:insuffisant|insatisfaisant|partiellement "
     r"satisfaisant|peu satisfaisant|a ameliorer|partiellement "
     r"atteint|non atteint|pas atteint)\b|\bmon bilan (?:de fin )?de periode d'essai\b"),
    ("compte-rendu", "performance-evaluation",
     r"\b(?:le )?(?:retour|feedback|commentaires?) de mon (?:manager|chef|responsable|n\+1)\b"
     r"[^.?!]{0,50}\b(?:injustifie\w*|injuste\w*|dur|severe|faux|biaise\w*|negatif)\b|"
     r"\b(?:mon|ma) (?:compte[- ]rendu|cr|synthese|fiche|formulaire|grille) (?:d'|de l'|du )?"
     r"(?:entretien annuel|entretien d'evaluation|evaluation)\b|\b(?:commentaires?|appreciations?"
     r"|remarques?) (?:de|dans|sur) mon entretien\b(?! (?:professionnel|prealable))|\bmon bilan "
     r"de fin de periode d'essai\b|\bmon\W+(?:a ameliorer|insuffisant|partiellement atteint|"
     r"non atteint)\b|\b(?:a ameliorer|insuffisant|partiellement atteint|non atteint)\W+"
     r"(?:a|sur|dans) (?:mon|ma)\b"),
    ("note-passee", "performance-evaluation",
     r"\bma note (?:est passee|a baisse|a chute|a ete (?:baissee|divisee|revue))\b"),
    ("note-attribuee", "performance-evaluation",
     r"\b(?:attribue|donne|mis)\w* (?:la |une )?(?:note|mention|appreciation)\b|\bmoins "
     r"performant\w*|\ba cause de (?:mon|ma) (?:evaluation|entretien|note|notation)\b|"
     r"\bjuge\w* insuffisant\w*|\bentretien (?:annuel|d'evaluation|individuel)\b[^.?!]{0,30}"
     r"\b(?:mal passe|s'est mal|catastroph\w*|negati\w*|injuste\w*)|\bremet\w* en (?:cause|"
     r"question) (?:mon travail|mes competences|mes resultats)\b|\bremis en (?:cause|question) mon "
     r"travail\b|\bn'atteins pas (?:mes|les) objectifs\b|\bobjectifs non atteints\b"),
    ("mon-entretien", "performance-evaluation",
     r"\bmon (?:dernier )?entretien\b(?! (?:professionnel|prealable|de recrutement|d'embauche|"
     r"de depart|de sortie|de reprise|de retour|disciplinaire|de mobilite|telephonique|de "
     r"licenciement))[^.?!]{0,60}\b(?:note|notation|evaluation|objectifs|reproche\w*|critiqu\w*|"
     r"injuste\w*|negati\w*|mauvais\w*|pas d'accord|contest\w*|insuffisant|ameliorer|prime|"
     r"augmentation)\b|\breproche\w* (?:mes|mon|ma) (?:resultats|performances?|travail|manque|"
     r"niveau)\b|\bmes objectifs\b[^.?!]{0,30}\b(?:irrealistes|pas realistes|inatteignables|"
     r"impossibles|intenables)\b|\bperiode d'essai\b[^.?!]{0,30}\b(?:prolongee|renouvelee|non "
     r"concluante|rompue|pas concluante)\b|\b(?:pas|plus) (?:au niveau|a la hauteur)\b|"
     r"\bplan de (?:progres|performance)\b|\bplan d'action individuel\b|\bpip\b"),
    ("pip", "performance-evaluation",
     r"\bplan d'amelioration\b|\binsuffisance (?:professionnelle|de resultats)\b|\bsous-? ?performance\b"),
    ("sous-les-attentes", "performance-evaluation",
     r"\b(?:ne repond pas|ne repondant pas|ne repondrais pas|en dessous|en-dessous|au-? ?dessous|"
     r"sous|en deca) (?:des|aux) attentes\b|\battentes (?:non|partiellement) (?:atteintes|"
     r"satisfaites)\b|\b(?:atteint partiellement|partiellement atteints?)\b"),
    ("pas-assez-performant", "performance-evaluation",
     r"\b(?:je ne suis|je suis|que je suis|j'etais|je serais|suis) (?:pas assez|pas|peu|"
     r"insuffisamment|trop peu|moins) (?:performante?|productive?|efficace|bonne?)\b|"
     r"\breproche\w* (?:un |une |mon |ma |mes |le |la |)(?:manque de (?:performance|resultats|"
     r"rigueur|productivite|implication|autonomie|investissement)|resultats|performances?|"
     r"niveau|lenteur|insuffisance)\b|\bsous-? ?not(?:e|ee|es|ees)\b|\bne (?:fais|fait) pas "
     r"le (?:job|boulot|travail)\b|\b(?:mon travail|mes resultats|ma performance|mes "
     r"performances|mon implication|mon investissement|mes chiffres)\b[^.?!]{0,25}\b(?:etai(?:t|"
     r"ent) |est |sont |)(?:juge\w* )?(?:insatisfaisant\w*|insuffisant\w*|mediocre\w*|"
     r"decevant\w*|pas a la hauteur|moyen\w*|faibles?|mauvais\w*)\b"),
    ("ma-note", "performance-evaluation",
     r"\b(?:mon|ma) (?:note|notation|rating|review|ranking)\b(?! (?:de |du |des |d')"
     r"(?!cette|\d(?:[.,]\d)? ?(?:sur|/) ?\d|l'annee|l'an\b|fin|performance|mi-? ?annee|ce semestre|"
     r"entretien|"
     r"evaluation|l'entretien|l'evaluation|annuelle))|\bmes objectifs\b"
     r"[^.?!]{0,50}\b(?:pas|non) atteints\b|"
     r"\bne merite pas (?:cette|la|ma|une telle|une si) (?:\w+ )?(?:note|evaluation|"
     r"appreciation|notation)\b|\b(?:m'a|m'ont|j'ai|on m'a)\b[^.?!]{0,20}\b(?:la |une )?"
     r"(?:pire|plus basse|plus mauvaise|moins bonne) (?:note|evaluation|notation)\b|\bj'ai "
     r"eu (?:un |une |la note )?\d(?:[.,]\d)? (?:alors que|contre|au lieu de|cette annee|"
     r"a mon)\b|\b(?:point|bilan|entretien) (?:annuel|de fin d'annee|individuel de fin)\b"
     r"[^.?!]{0,40}\b(?:decevant\w*|negati\w*|mauvais\w*|injuste\w*|insuffisant\w*)"),
    ("periode-essai-non-validee", "performance-evaluation",
     r"\bpas (?:\w+ )?valid\w* ma periode d'essai\b|\brefuse\w* de valider ma periode d'essai\b|"
     r"\bma periode d'essai\b[^.?!]{0,20}\b(?:pas|non) (?:ete )?validee\b|\b(?:recale|echoue|"
     r"rate)\w* (?:a |)ma periode d'essai\b"),
    ("retour-negatif", "performance-evaluation",
     r"\bj'ai (?:recu|eu|obtenu) (?:un|une|des) (?:\w+ ){0,2}(?:retour|feedback|avis|"
     r"commentaire|appreciation)s? (?:\w+ )?(?:negati\w*|mauvais\w*|defavorable\w*|dur|"
     r"severe\w*|injuste\w*|catastroph\w*)\b(?! (?:du|d'un|des) clients?)|\b(?:retour|feedback|"
     r"avis) (?:\w+ )?(?:negati\w*|defavorable\w*|dur|severe\w*|injuste\w*) de (?:mon|ma) "
     r"(?:manager|chef|cheffe|responsable|n\+1|superieure?|directeur|directrice)\b"),
    ("objectifs-pas-atteints", "performance-evaluation",
     r"\b(?:pas|jamais|non) atteint (?:mes|tous mes|mon|l'|les|ses) (?:\w+ )?objectifs?\b|"
     r"\bne pas l'avoir atteint\b|\b(?:mon|ma) (?:compte[- ]rendu|cr|synthese|fiche|support) "
     r"(?:d'|de l'|du )?entretien\b(?! (?:professionnel|prealable|d'embauche|de recrutement))|"
     r"\b(?:j'ai (?:eu|recu|obtenu)|on m'a (?:mis|donne|attribue)|m'a (?:mis|donne|attribue)|je "
     r"suis (?:note|notee|classe|classee)) (?!.*\b(?:anglais|langue|test|examen|toeic|toefl|quiz|permis|"
     r"certification|"
     r"diplome|bac|ecole|cours)\b)(?:un |une |la note |la lettre |en |)[b-e](?:\+|-"
     r"(?!\w))?(?=\s|$|[,.;!?])|\b(?:m'a|m'ont|on m'a) (?:mis|donne|attribue|emis) (?:un |une )?"
     r"(?:avis|appreciation|note|evaluation|commentaire)s? (?:negati\w*|defavorable\w*|"
     r"mauvais\w*|mitige\w*|insuffisant\w*|basse?)\b"),
    ("mention-recue", "performance-evaluation",
     r"\b(?:j'ai (?:eu|recu|obtenu)|on m'a (?:mis|donne|attribue|colle)|m'(?:a|ont) (?:mis|"
     r"donne|attribue|colle|note)|je n'ai (?:eu )?que|j'ai juste eu)\b[^.?!]{0,20}\W(?:a ameliorer|"
     r"insuffisant|insatisfaisant|passable|partiellement \w+|non acquis|en cours d'acquisition|"
     r"en dessous des attentes|"
     r"satisfaisant|moyen|peut mieux faire|conforme)\b|\bretrograde\w* dans (?:le|mon) "
     r"classement\b|\b(?:mon travail|mes resultats|ma performance|mes performances|mon "
     r"implication|mes chiffres)\b[^.?!]{0,25}\b(?:pas|plus|peu) (?:satisfaisant|suffisant|"
     r"assez bon|a la hauteur|au niveau)\w*"),
    ("attentes-non-remplies", "performance-evaluation",
     r"\b(?:note|evalue|juge|considere|qualifie)\w* (?:mon|ma|mes) [\w-]+(?: \w+)? comme "
     r"(?:insuffisant|insatisfaisant|faible|mauvais|moyen|a ameliorer|pas au niveau)\w*|"
     r"\bmon annee (?:est |a ete |)(?:ratee|mauvaise|catastrophique|insuffisante|decevante)\b|"
     r"\bpas (?:eu|obtenu) la (?:note|evaluation|appreciation) (?:attendue|esperee|que "
     r"j'esperais|meritee)\b|\b(?:je suis|j'etais|suis|que j'etais|que je suis) (?:le|la) (?:moins bon|"
     r"moins bonne|"
     r"plus mauvaise?|plus faible|dernier|derniere|moins performante?) (?:de|du|des)\b|"
     r"\b(?:refus|pas|non|report)\w*\b[^.?!]{0,15}\b(?:ma )?titularisation\b|\bma "
     r"titularisation\b[^.?!]{0,20}\b(?:refusee|reportee|pas)\b|\bje suis\W+(?:en dessous|en-dessous|"
     r"sous la barre|dans les derniers|parmi les "
     r"(?:moins|derniers))\b|\bne (?:remplit|remplis|satisfait|satisfais|correspond|atteint|atteins|"
     r"rencontre) pas "
     r"(?:les|aux|a mes|mes) attentes\b|\b(?:je ne suis|je suis|que je suis|j'etais|je n'etais|"
     r"que je n'etais|je serais|suis|n'etais|n'etait) (?:pas assez|insuffisamment|trop peu|"
     r"peu) (?:impliquee?|investie?|rigoureuse?|autonome|reactive?|motivee?|competente?|"
     r"organisee?|proactive?|serieuse?|fiable|productive?|performante?|efficace)\b"),
    ("points-negatifs", "performance-evaluation",
     r"\bn'a (?:retenu|vu|note|mentionne|parle|garde) que (?:les |mes |le |)(?:points "
     r"negatifs|negatif|erreurs|defauts|points faibles)\b|\b(?:pas d'accord|contest\w*|"
     r"injuste|revoir)\b[^.?!]{0,30}\b(?:niveau|taux) d'atteinte\b|\b(?:coche|ecrit|mis|note)"
     r"\w*\W+(?:insuffisant|insatisfaisant|a ameliorer|non atteint)\b|\ba cause (?:de |d')"
     r"(?:mon|ma|mes|une|la) (?:mauvaise |basse |)(?:evaluation|entretien annuel|note|notation|"
     r"appreciation|resultats? d'evaluation|classement)\b"),
    # mental-health
    ("burnout", "mental-health",
     r"\bburn-? ?out\b|\bepuisement (?:professionnel)?\b|\bepuise(?:e|s|es)?\b"),
    ("depression", "mental-health", r"\bdepress(?:ion|if|ive|ifs)\b|\bdeprime(?:e)?\b"),
    ("anxiete", "mental-health",
     r"\banxi(?:ete|eux|euse)\b|\bangoiss\w*|\bcrises? de panique\b|\bpaniqu\w*"),
    ("suicide", "mental-health",
     r"\bsuicid\w*|\bme (?:tuer|foutre en l'air|faire du mal|fais du mal)\b|\ben finir\b|"
     r"\bidees noires\b|\bme (?:jeter|balancer) (?:sous|par|du haut|d'un|dans|de)\b|\bsauter "
     r"(?:par la fenetre|d'un pont|du toit|sous un)\b|\bme pendre\b|\bme tirer une balle\b|"
     r"\bmettre fin a mes jours\b|\bme supprimer\b|"
     r"\b(?:plus|pas) envie de vivre\b|\bmieux sans moi\b|\b(?:pas|plus) envie de me "
     r"reveiller\b|\bne plus me reveiller\b|\b(?:envie de|veux|voudrais|prefere|preferais) "
     r"mourir\b|\bautomutil\w*"),
    ("n-en-peux-plus", "mental-health",
     r"\b(?:je n'en peux plus|j'en peux plus|n'en peux plus|je craque|je vais craquer|"
     r"j'ai craque|je n'y arrive plus|j'y arrive plus|je ne tiens plus|je tiens plus|"
     r"je n'arrive plus a (?:faire face|gerer|tenir|dormir|avancer|travailler)|"
     r"je ne sais plus (?:quoi faire|comment faire)|je sature|je coule)\b"),
    ("a-bout", "mental-health",
     r"\b(?:a bout|au bout du rouleau|a bout de nerfs|a bout de souffle|sous l'eau|"
     r"deborde\w*|submerge\w*|surmenage|surmene\w*|detresse|desespoir|desespere\w*|"
     r"mal-? ?etre|souffrance (?:au travail|psychologique|morale)|ma sante mentale|"
     r"(?:tres|trop|super|completement|vraiment) (?:stresse\w*|mal|seule?|triste|fatigue\w*)|"
     r"peter (?:un|les) (?:plomb|cable)s?|pete (?:un|les) (?:plomb|cable)s?)\b"),
    ("disparaitre", "mental-health",
     r"\benvie de (?:disparaitre|tout (?:arreter|lacher|plaquer)|m'enfuir|dormir pour "
     r"toujours)\b|\bdisparaitre\b|\bme noyer\b|\bje me noie\b|\bje ne vois pas d'issue\b|"
     r"\bje redoute (?:le travail|d'aller|le lundi|mes journees|chaque jour|de venir|de "
     r"retourner)\b|\bdu mal a me lever\b|\bla peur au ventre\b|\bca (?:ne )?va pas (?:fort|tres "
     r"fort)\b|\bca va vraiment pas\b|"
     r"\b(?:je sombre|en train de sombrer|vais sombrer|je suis en train de couler)\b"),
    ("psy", "mental-health",
     r"\b(?:ma|mon) (?:psy|psychiatre|psychologue|therapeute|psychotherapeute)\b|"
     r"\bne vois plus (?:l'interet|le sens|de sens|d'issue|comment)\b|\bplus (?:aucun |de |)"
     r"(?:sens|interet) (?:a|de) (?:continuer|vivre|me lever)\b|\b(?:plus aucune|aucune|"
     r"perdu toute|perdu ma) motivation\b|\bje bois (?:de plus en plus|trop|pour tenir|plus)\b|"
     r"\bje suis (?:completement |totalement |)vide(?:e)?\b|\bboule au ventre\b|"
     r"\bcoeur (?:s'emballe|bat trop|qui s'emballe)\b|\b(?:j'arrive|je n'arrive|n'arrive) plus a "
     r"respirer\b|\bpalpitations\b|\bpeur d'etre jugee?\b|\bau bord du gouffre\b"),
    ("moral", "mental-health",
     r"\bmoralement (?:c'est|ca|je)\b|\ble moral (?:est )?(?:a zero|au plus bas|en berne)\b|"
     r"\bpas le moral\b|\bdeven(?:ir|u|ue) (?:fou|folle|dingue)\b|\bje deviens (?:fou|folle|"
     r"dingue)\b|\b(?:cachets|medicaments|somniferes|anxiolytiques|antidepresseurs|calmants|"
     r"alcool)\b[^.?!]{0,20}\bpour (?:tenir|dormir|supporter|aller au travail|tenir le coup)\b|"
     r"\bje prends des (?:antidepresseurs|anxiolytiques|calmants)\b|\bje bois (?:tous les "
     r"soirs|chaque soir|pour oublier|pour tenir)\b|\bsur les nerfs\b|\bn'arrive (?:pas|plus) a "
     r"(?:me detendre|decompresser|souffler)\b|\btout (?:abandonner|laisser tomber|lacher|plaquer|"
     r"envoyer (?:balader|promener|valser))\b|"
     r"\b(?:plus|pas) (?:gout|envie) (?:a|de) rien\b|\bje ne me sens (?:pas|plus) bien (?:du tout|"
     r"psychologiquement|moralement|mentalement|dans ma tete|dans ma peau|au travail)\b|"
     r"\b(?:psychologiquement|mentalement|moralement|nerveusement) (?:je|ca|c'est|epuise\w*|a "
     r"bout|atteinte?|fragile|au plus bas|k\.?o)\b"),
    ("me-detruit", "mental-health",
     r"\bme (?:detruit|detruisent|bouffe|bouffent|ronge|rongent|consume|epuise)\b|\bje ne dors "
     r"(?:pas|plus)\b|\bperdu \d+ ?(?:kilos|kg)\b|\brumine\w*\b|\b(?:tellement|trop) de "
     r"(?:pression|stress)\b|\bje me sens (?:vraiment |tres |)pas bien\b"),
    ("a-bout-de-forces", "mental-health",
     r"\ba bout de forces?\b|\bplus d'energie\b|\bau fond du trou\b|\bje ne m'en sors plus\b|"
     r"\bje perds pied\b|\bje craque\w*\b|\bcrises? de (?:larmes|pleurs)\b|\bje me sens "
     r"oppresse\w*|\benvie de pleurer\b|\ben souffrance\b|\bje ne supporte plus (?:mon "
     r"travail|mon poste|le travail|rien|la pression)\b|\bje ne me reconnais plus\b|\ba deux "
     r"doigts de craquer\b"),
    ("couler", "mental-health",
     r"\bl'impression de couler\b|\bje ne ressens plus rien\b|\b(?:tellement|trop|si) "
     r"stresse\w*|\b(?:n'arrive plus a|ne peux plus) manger\b|\bje ne mange plus\b"),
    ("a-ma-limite", "mental-health",
     r"\ba ma limite\b|\b(?:je ne vais|je vais) pas tenir\b|\bje (?:ne )?tiens plus\b|"
     r"\bpeur tout le temps\b|\b(?:mes )?mains tremblent\b|\bje tremble\b|\bje me reveille "
     r"(?:toutes les nuits|la nuit|chaque nuit)\b|\bje me sens (?:tellement|si|trop|"
     r"completement) (?:seule?|mal|nulle?|vide|inutile)\b"),
    ("pleurer", "mental-health",
     r"\b(?:je pleure|pleure tous|en pleurs|en larmes|pleurer au travail|"
     r"je ne dors plus|je dors plus|insomnies?)\b"),
    ("stress", "mental-health",
     r"\b(?:stress (?:permanent|chronique|enorme|insupportable|au travail)|trop de stress|"
     r"tellement de stress|pression (?:insupportable|permanente|enorme))\b"),
    ("je-vais-mal", "mental-health",
     r"\b(?:je vais (?:tres |vraiment |)mal|je ne vais pas bien|je vais pas bien|ca ne va pas|"
     r"ca va pas du tout|je me sens (?:tres |vraiment |)(?:mal|vide|nul|nulle|inutile|seule?|"
     r"perdue?|abandonnee?))\b"),
    ("envie-de-rien", "mental-health",
     r"\b(?:j'ai |)(?:plus |)envie de rien\b|\bje me traine\b|\bje fais des malaises\b|"
     r"\bmalaises?\b[^.?!]{0,20}\b(?:stress|travail|boulot|pression)\b|\b(?:le travail|le "
     r"boulot|mon travail|mon poste|ce job|ce poste|cette situation) me rend malade\b|\b(?:je "
     r"n'en|j'en|n'en) dors (?:plus|pas)\b|\bje vais (?:exploser|peter un (?:plomb|cable)|"
     r"m'effondrer|m'ecrouler)\b|\bau bord de (?:l'explosion|la crise|l'effondrement|la "
     r"rupture)\b|\bfond du (?:trou|gouffre)\b|\becrase\w* (?:par|sous) (?:la charge|le "
     r"travail|les dossiers|la pression|le boulot)\b|\bje tiens a peine debout\b|\bperdu (?:le "
     r"gout|l'envie) (?:de tout|de vivre|de rien)\b|\b(?:plus|pas) (?:de )?gout a (?:rien|la "
     r"vie)\b|\bscarifi\w*|\bje me coupe\b|\bje (?:vais|pourrais|risque de|pense|crains de|"
     r"peur de) (?:\w+ ){0,3}faire une (?:connerie|betise|grosse betise)\b(?! (?:dans|sur|avec|"
     r"en))|\b(?:peur de|sur le point de|pres de|finir par|a deux doigts de) craquer\b"),
    # disciplinary
    ("disciplinaire", "disciplinary", r"\bdisciplinaires?\b|\bdiscipline\b"),
    ("avertissement", "disciplinary", r"\bavertissements?\b|\bblames?\b"),
    ("sanction", "disciplinary", r"\bsanction(?:s|ne|nee|ner|nes|nees)?\b"),
    ("mise-a-pied", "disciplinary", r"\bmise a pied\b|\bmis(?:e)? a pied\b|\bmettre a pied\b"),
    ("accuse", "disciplinary",
     r"\bm'accus\w*\b|\b(?:je suis|suis|j'ai ete) accusee?\b|\baccusations? (?:contre|"
     r"envers) moi\b"),
    ("licenciement", "disciplinary",
     r"(?<!mener a un )(?<!conduire a un )(?<!aboutir a un )(?<!entrainer un )"
     r"\blicenci(?:e|ee|es|er|ement|ements|ent)\b|\brenvoi(?:e|ee|er)?\b|\brenvoy(?:e|ee|er)\b"),
    ("vire", "disciplinary",
     r"\b(?:m'a|m'ont|suis|ete) (?:fait )?vire(?:e)?\b|\bpour (?:une |ma |)faute\b(?! de)|"
     r"\b(?:commis|reproche\w*) (?:une )?faute\b|\bpuni\w*|\bpunition\b|\b(?:dit|demande|"
     r"ordonne) de rentrer chez moi\b|\bjusqu'a nouvel ordre\b|\brenvoye\w* chez moi\b"),
    ("perdre-emploi", "disciplinary",
     r"\b(?:me|etre|va me|vont me|veut me|veulent me|vont-ils me|va-t-il me) (?:faire )?"
     r"vire(?:e|r)?\b|\bperdre mon (?:emploi|travail|poste|job|boulot)\b|\b(?:mener|"
     r"conduire|aboutir) a un licenciement\b|\bentrainer un licenciement\b"),
    ("faute", "disciplinary",
     r"\bfaute (?:grave|lourde|professionnelle)\b|\bentretien prealable\b"),
    ("convocation", "disciplinary",
     r"\bconvoqu(?:e|ee|es|ees|er|ation)\b[^.?!]{0,40}\b(?:entretien|sanction|rh|direction|"
     r"disciplin\w*|reunion|bureau|drh|rrh|patron|faits)|\b(?:faits|ce) (?:qu'on me reproche|"
     r"qui me sont reproches|reproches)\b|\bon me reproche des faits\b"),
    ("recadrage", "disciplinary",
     r"\brappel a l'ordre\b|\b(?:m'a |me |ete |suis |m'ont )recadre\w*|\brecadrage\b"),
    ("contrat-rompu", "disciplinary",
     r"\bmon contrat\b[^.?!]{0,20}\b(?:rompu|resilie|rupture)\b"),
    ("enquete-contre-moi", "disciplinary",
     r"\bsuspendu\w*\b[^.?!]{0,30}\b(?:enquete|procedure|decision|entretien)\b|\b(?:m'a|on "
     r"m'a|m'ont|je suis|suis) suspendue?\b|\b(?:enquete|procedure|"
     r"plainte)\b[^.?!]{0,20}\b(?:contre moi|a mon encontre|me "
     r"concernant|a mon sujet)\b|\b(?:fais|fait|faire) l'objet d'une (?:enquete|procedure|"
     r"plainte|sanction)\b|\benquete (?:sur|concernant) (?:moi|mes|mon|ma)\b|\bsuspendu\w* "
     r"(?:mes acces|mon badge|mon compte|mon acces)\b|\benquet\w* sur moi\b"),
    # bereavement
    ("proche-decede", "bereavement",
     rf"\b(?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {_KIN}\b[^.?!]{{0,25}}\b(?:decede\w*|mort|"
     rf"morte|morts|mortes|est parti|est partie|nous a quitte\w*|disparu\w*|s'est eteinte?|"
     rf"en fin de vie|mourant\w*|s'est suicide\w*|a perdu la vie|s'est tuee?)"),
    ("deces-de", "bereavement",
     r"\b(?:deces|mort|disparition|obseques|enterrement|funerailles|inhumation|cremation|"
     r"veillee)\b[^.?!]{0,6}\b(?:de|d') ?(?:mon|ma|mes|notre|nos)\b"),
    ("perdu-proche", "bereavement",
     rf"\b(?:(?:j'ai|nous avons|on a|je viens de|nous venons de|viens de) )?(?:perdu|perdre) "
     rf"(?:mon|ma|mes|notre|nos)\b(?: \w+){{0,2}} {_KIN}\b"),
    ("vient-de-mourir", "bereavement",
     rf"\bvient de (?:mourir|deceder|nous quitter)\b|\b(?:la|le|l') ?{_KIN} qui [^.?!]{{0,20}}"
     rf"(?:est decedee?|est morte?|est partie?|nous a quitte)|\bsoins palliatifs\b|\bne "
     rf"passera pas (?:la semaine|la nuit|le mois)\b"),
    ("perte-proche", "bereavement",
     r"\b(?:perdu|perte|deces|disparition) (?:d'un|d'une|un|une) (?:proche|etre cher|membre de "
     r"(?:ma|la) famille)\b"),
    ("enterre", "bereavement",
     r"\b(?:enterre|incinere)\w* (?:mon|ma|mes|notre)\b"),
    ("deuil", "bereavement",
     r"\b(?:en deuil|mon deuil|le deuil de|faire (?:mon|le) deuil|endeuille\w*|chagrin)\b|"
     r"\bnee? sans vie\b|\bmort-? ?nee?\b|\bfausse couche\b|\bperdu (?:notre|mon|le|un) "
     r"bebe\b|\bdeces (?:perinatal|dans (?:la|ma) famille)\b"),
    ("obseques", "bereavement",
     r"\b(?:obseques|enterrement|funerailles|inhumation)\b"),
    # human-request
    ("quelqu-un-des-rh", "human-request",
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
     r"rice)|gestionnaire rh|charge\w* rh|service rh|les rh|responsable rh|rh)\b"),
    ("vrai-humain", "human-request",
     r"\b(?:un|une) (?:vrai|vraie|veritable) (?:personne|humain|interlocut\w*|conseill\w*)\b|"
     r"\bune personne reelle\b|\bun etre humain\b|\bquelqu'un de (?:reel|vrai|humain)\b"),
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
     r"\b(?:contact|relation|rh|conseill\w*|agent|personne|quelqu'un|humain)\b"),
    ("contact-humain", "human-request",
     r"\b(?:echange|entretien|rendez-vous|rdv|appel|call|visio) (?:avec|aupres de) (?:ma|mon|un|"
     r"une|le|la) (?:rrh|hrbp|gestionnaire|charge\w* rh|rh|conseill\w*|responsable rh)\b|\b(?:contact|"
     r"interlocuteur|echange|interlocutrice) (?:humain|reel)\b|\b(?:transmettre|"
     r"transferer|passer)\b[^.?!]{0,15}\b(?:a|vers) (?:un|une) (?:humain|personne|conseill\w*)\b|"
     r"\b(?:echanger|discuter|parler) (?:directement )?avec (?:les rh|le service rh|un rh)\b"),
    ("rdv-rh", "human-request",
     r"\b(?:les rh|quelqu'un|une personne|un conseiller|une conseillere|vous|une? gestionnaire|"
     r"une? rh|une? charge\w*|ma rrh|mon rrh|mon hrbp|ma hrbp|mon gestionnaire|ma "
     r"gestionnaire)\b[^.?!]{0,20}"
     r"\b(?:m'appeler|me rappeler|me contacter|me telephoner|me recontacter)\b|\bquelqu'un "
     r"(?:a qui|avec qui) (?:je peux|je pourrais|parler|discuter)\b|\by a(?:-t-il)? "
     r"quelqu'un\b|\b(?:rendez-vous|rdv|entretien) avec (?:quelqu'un|une personne|un "
     r"conseiller|une conseillere|les rh|un rh|ma gestionnaire|mon gestionnaire)\b|"
     r"\bqu'on me (?:contacte|rappelle|telephone|recontacte)\b|\betre rappelee? par\b"),
    ("rappel", "human-request",
     r"\b(?:rappelez|rappelle|rappeler|appelez|appelle)-? ?moi\b|\bqu'on me rappelle\b|"
     r"\bqu'une personne me (?:rappelle|contacte|reponde)\b|\bquelqu'un (?:des rh |du service "
     r"rh |)(?:peut|pourrait) (?:me rappeler|m'appeler|me contacter|me repondre)"),
    ("je-veux-une-personne", "human-request",
     r"\b(?:je veux|je voudrais|j'aimerais|il me faut|je demande|je prefere) (?:une personne|un "
     r"humain|quelqu'un|un conseiller|une conseillere|un agent|un interlocuteur)\b|\b(?:vraie|"
     r"veritable) conversation\b|\bc'est (?:perso|personnel|prive|confidentiel|delicat|"
     r"sensible)\b|\bun sujet (?:sensible|delicat|personnel|prive|confidentiel)\b|\bune "
     r"personne (?:des|du service) rh\b"),
    ("un-mot", "human-request",
     r"^ ?(?:(?:un|une|des|le|la|les|vrai|vraie|je veux|je voudrais|svp|stp|merci|parler "
     r"a|parler|un vrai)\W*){0,3}(?:(?:conseiller|conseillere|agent|operateur|representant|"
     r"representante|quelqu'un|une personne|personne|interlocuteur)(?: rh)?|rh)\W*(?:svp|stp|"
     r"s'il vous plait|merci|!|\?)*\W* ?$"),
)

NEGATIVE: tuple[tuple[str, tuple[Category, ...], str], ...] = (
    ("ressources-humaines", ("human-request",),
     r"\b(?:capital humain|facteur humain|droits (?:de l'homme|humains)|"
     r"sciences humaines|erreur humaine|(?:a|de) taille humaine|relations humaines|corps "
     r"humain|etre humain est)\b"),
    ("procedure-disciplinaire", ("disciplinary",),
     r"\b(?:procedure|regime|politique|regles?|echelle des sanctions|sanctions?)"
     r" (?:disciplinaires? )?(?:(?:est|sont)(?:-elle|-il|-elles|-ils)? |)(?:decrite?s?|"
     r"definie?s?|prevue?s?|detaillee?s?|"
     r"expliquee?s?) (?:dans|par) (?:le|la|l')\b|\bechelle des sanctions\b"),
    ("suicide-d-un-proche", ("mental-health",),
     r"\b(?:mon|ma|notre|son|sa)\b[^.?!]{0,25}\bs'est suicidee?\b|\ba mis fin a ses jours\b"),
    ("menace-de-sanction", ("conflict-harassment",),
     r"\bmenace\w* (?:de|d') ?(?:me |m')?(?:licenciement|sanction|avertissement|mise a pied|"
     r"blame|procedure disciplinaire|licencier|virer|sanctionner|mettre a pied|renvoyer|"
     r"donner un avertissement|convoquer|suspendre)\b"),
    ("accuse-de", ("conflict-harassment",),
     r"\baccus\w* (?:de|d') ?(?:\w+ )?(?:harcelement|discrimination|racisme|sexisme)\b"),
    ("craquer-pour", ("mental-health",),
     r"\bcraque\w* pour\b"),
    ("gerer-un-conflit", ("conflict-harassment",),
     r"\b(?:gerer|resoudre|desamorcer|arbitrer|prevenir|mediation (?:d'un|des)) (?:un |les |des "
     r"|)conflits?\b(?! avec)"),
    ("conflit-d-interets", ("conflict-harassment",),
     r"\bconflits? d'interets?\b|\bconflits? (?:de|d') (?:calendrier|agenda|planning|horaires?"
     r"|dates?|reservation|salle|version)\b|\b(?:calendrier|agenda|planning) en conflit\b"),
    ("formation-harcelement", ("conflict-harassment",),
     r"\b(?:formation|politique|charte|module|affiche|sensibilisation|guide|procedure|"
     r"referent\w*|e-?learning|atelier|webinaire|session|campagne|semaine|journee|enquete)s?"
     r"(?: obligatoires?)? (?:sur le |sur la prevention du |contre le |"
     r"de lutte contre le |de prevention du |anti-? ?|en matiere de |)"
     r"(?:harcelement|discriminations?|violences?)(?: (?:sexuel|"
     r"moral)\w*)?\b|\blutte contre (?:le harcelement|les discriminations)\b"),
    ("avertissement-ecran", ("disciplinary",),
     r"\b(?:affiche|affichent|montre|indique|message d')\w* (?:un |une |l')?(?:avertissement|"
     r"alerte)\b|\bavertissements? (?:pour|de|sur) (?:un |une |le |la )?(?:justificatif|champ|"
     r"fichier|document|mot de passe|connexion|doublon)\b"),
    ("avertissement-objets", ("disciplinary",),
     r"\b(?:avertissements?|alertes?) (?:meteo|de securite|de phishing|incendie|de "
     r"depassement|de budget|de quota|du navigateur|systeme|de connexion|d'expiration)\b|"
     r"\bsanctions? (?:internationales?|economiques?|financieres? internationales?)\b|"
     r"\bpays sous sanctions?\b|\bdiscipline (?:budgetaire|fiscale)\b"),
    ("evaluation-objets", ("performance-evaluation",),
     r"\b(?:evaluation|appreciation|notation)s? (?:des|de la|du|d'une?) (?:frais|notes? de "
     r"frais|fournisseurs?|risques?|projets?|depenses?|formations?|prestataires?|"
     r"candidats?|dossiers?|logiciels?|securite|besoins?|couts?|charges?|postes?)\b|"
     r"\b(?:periode|calendrier|campagne|procedure|grille|formulaire|processus) "
     r"(?:d'|des |de l')?evaluations? (?:des|de la|du|pour les|pour tous|annuelles? pour "
     r"(?:toute|l'ensemble))\b|\bnotes? de frais\b|\bnote de service\b"),
    ("arret-objets", ("sick-leave-return",),
     r"\b(?:politique|regles?|regime) (?:generale?s? |)(?:des |d'|en matiere d')?arrets? "
     r"maladie (?:pour les|des) (?:prestataires|interimaires|contractuels|stagiaires)\b"),
    ("deuil-politique", ("bereavement",),
     r"\bconge (?:pour |de )deces (?:prevu|accorde) par (?:la convention|l'accord|la loi)\b"),
)

# Bare keyword rules ("harcèlement", "disciplinaire") do not fire on a question about documents
# or rules that says nothing about the writer (« où est la procédure disciplinaire ? »).
GENERIC: frozenset[str] = frozenset({
    "harcelement", "discrimination", "toxique", "disciplinaire", "avertissement", "sanction",
    "licenciement", "mise-a-pied", "burnout", "depression", "anxiete", "deuil", "obseques",
    "medecin-du-travail",
})
DOCUMENT = (
    r"\b(?:politiques?|procedures?|processus|regles?|reglement|code de conduite|intranet|"
    r"formations?|ateliers?|formulaires?|modeles?|charte|definition|qu'est-ce qui constitue|"
    r"considere\w*|defini\w*|guide|loi|echelle|evenements?|affiches?|referent\w*|statistiques|"
    r"bilan social|enquete (?:diversite|annuelle|de satisfaction)|webinaire|secouristes?|"
    r"sensibilisation|dispositifs?|outils?|c'est quoi|qu'est-ce qu'une?|horaires|adresse|numero|"
    r"coordonnees|mail|ou (?:est|sont|trouver))\b"
)
PERSONAL = (
    r"\b(?:me|mon|ma|mes|moi|je suis|j'ai|j'etais|je me|on m'|nous|notre|nos|m'a|m'ont)\b"
)
