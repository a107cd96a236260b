"""French phrase tables (2/6): conflict and harassment, the largest family.

Same format as ``phrases_fr``; the weak signals at the end (``handoff.WEAK``) answer only
when no other topic of the message does.
"""

from __future__ import annotations

from governance.oversight.phrases_fr import BOSS, PEER
from governance.oversight.settings import Category

CONFLICT_HARASSMENT: tuple[tuple[str, Category, str], ...] = (
    ("harcelement", "conflict-harassment",
     r"\bharcell?(?:e|ee|es|ees|ement|ements|er|ent|eur|euse)\b|\bharcele(?:r)?\b"),
    ("discrimination", "conflict-harassment", r"\bdiscrimin\w*"),
    ("conflit-avec", "conflict-harassment",
     rf"\b(?:conflits?|differends?|disputes?|problemes?|soucis|souci|tensions?|litiges?|"
     rf"desaccords?|embrouilles?|engueulades?|clash|mesentente|frictions?|accrochages?|altercations?|"
     rf"prises? de bec|prises? de tete)\b[^.?!]{{0,15}}\b(?:avec|entre)\b[^.?!]{{0,30}}"
     rf"\b(?:{BOSS}|{PEER})s?\b|\b(?:j'ai eu|j'ai|je me suis|on s'est|nous avons eu|"
     r"suite a|apres) (?:une |un |ma |mon |)(?:altercation|dispute|embrouille|clash|"
     r"accrochage|prise de bec|conflit|engueulade)s? (?:\w+ )?avec (?:un|une|le|la|mon|ma|ce|"
     r"cette) client\w*"),
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
     r"rabaissants?|mechants?|insistant\w*|desobligeant\w*|vexant\w*|cassant\w*|"
     r"condescendant\w*|meprisant\w*|injurieu\w*|diffamatoire\w*|grossier\w*|limite\w*)"),
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
     r"\bmains? (?:aux fesses|au cul|aux seins|sur (?:les|mes|ma|mon) (?:fesses|cuisses?|seins|poitrine|"
     r"genoux?|jambes?|taille|"
     r"hanches?|nuque|cou)|baladeuses?)\b|\bpose\w* (?:sa|ses|la|les) mains? sur (?:moi|ma|mon|"
     r"mes)\b|"
     r"\bme mett?\w* (?:la |une |de la |)pression\b|\bc'est "
     r"devenu (?:invivable|insupportable|l'enfer)\b|\b(?:contrairement|a la difference) (?:aux|des) "
     r"autres\b|\bchoses (?:tres )?(?:blessantes|humiliantes|deplacees)\b"),
    ("victime", "conflict-harassment",
     r"\b(?:me fai[st] |me suis fait |)rackett?\w*|\bextorqu\w*|\battouchements?\b|\bagression sexuelle\b|"
     r"\b(?:promotion|augmentation|contrat|cdi|poste|"
     r"prime)\b[^.?!]{0,30}\b(?:depend\w*|en echange|contre)\b[^.?!]{0,20}\b(?:diner|soiree|"
     r"verre|rendez-vous|sortir|faveurs?|coucher)\b|\b(?:diner|verre|soiree|week-end) en tete "
     r"a tete\b|\bimit\w* (?:mon|ma|mes) (?:handicap|accent|voix|begaiement|demarche|facon de "
     r"parler)\b|"
     r"\bvictime d(?:e |')(?:moqueries|remarques|propos|comportements|discrimination|violences?|"
     r"agressions?|insultes|menaces|harcelement|racisme|sexisme|brimades|mise a l'ecart|"
     r"pressions?)\b|\bje suis victime\b|\bcrasses\b|\bcoups? bas\b|\bbatons dans les roues\b|"
     r"\bpressions? (?:de|par) (?:mon|ma|mes)\b|\btensions? dans (?:mon|l') ?equipe\b|\bme "
     r"(?:flique|fliquent|surveille\w* (?:en permanence|constamment|sans arret|tout le temps|"
     r"de pres|h24))\b|\bme (?:masse|caresse|tripote|pelote|frotte|effleure|enlace|tape sur "
     r"(?:l'epaule|les fesses|la cuisse))\w*\b|\b(?:mon|ma) (?:voile|foulard|kippa|turban|"
     r"croix|religion|origine|accent|couleur de peau|orientation|handicap|grossesse|age|"
     r"physique|poids|nom)\b[^.?!]{0,30}\b(?:ne pass\w* pas|pos\w* probleme|derange\w*|"
     r"gene\w*|deplai\w*|pas (?:accepte|bienvenu|professionnel))|\bme coupe\w* (?:\w+ )?la "
     r"parole\b|\bme coupe\w* (?:sans arret|systematiquement|tout le temps|toujours)\b|"
     r"\bleve\w* les yeux au ciel\b|\bmanque\w* de respect\b|\bje me sens "
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
     rf"\b(?:{BOSS}|{PEER})s?\b[^.?!]{{0,25}}\b(?:hurle|hurlent|crie|crient|gueule|gueulent|"
     rf"m'insulte|s'enerve contre moi|me crie|me hurle)\b|\bmoqueries?\b|\bse moque\w* de moi\b|"
     r"\bje subis\b|\bparce que je suis (?:enceinte|une femme|un homme|noire?|homosexuel\w*|"
     r"gay|lesbienne|trans|handicape\w*|musulmane?|juive?|trop vieux|trop vieille|"
     r"syndique\w*|d'origine|etrangere?|maman|mere)\b|\ba cause de (?:ma|mon|mes) (?:religion|"
     r"origines?|couleur|handicap|age|grossesse|accent|orientation|sexe|genre|nom|voile|"
     r"convictions|engagement syndical|begaiement|physique|poids|taille|look|tatouages?|"
     r"cheveux|barbe|prenom|nom de famille|maladie|diabete|surdite|religion)\b|\bsans mon consentement\b"),
    ("chef-odieux", "conflict-harassment",
     rf"\b(?:{BOSS}|{PEER}|client|cliente)s?\b[^.?!]{{0,20}}\b(?:est|sont|etait|devient)"
     r" (?:\w+ )?(?:odieu(?:x|se)|toxiques?|insupportables?|infecte?s?|imbuvables?|tyranniques?|"
     r"perver(?:s|se)|manipulat(?:eur|rice)s?|violente?s?|agressi(?:f|ve|fs|ves)|"
     r"irrespectueu(?:x|se)|humiliante?s?|cruel(?:le)?s?)\b|\b(?:me|m') (?:fai[ts]|font) "
     r"peur\b|\babus (?:de pouvoir|d'autorite)\b|\babuse\w* de (?:son|sa|leur) (?:pouvoir|"
     r"autorite|position)\b|\bse colle\w* (?:a|contre) moi\b|\b(?:se liguent|liguee?s?|"
     r"complot\w*) contre moi\b|\bmonte\w* (?:les autres|l'equipe|tout le monde|mes collegues)"
     r" contre moi\b|\bm'(?:a|ont) (?:pique|vole|pris|chipe)\w* (?:mes|mon|ma) (?:idees?|"
     r"travail|projets?|dossiers?|clients?|primes?|merite)\b|\bme (?:rejette\w*|boude\w*)\b|"
     r"\bm'empech\w* de (?:parler|travailler|evoluer|prendre mes pauses|aller aux toilettes|"
     r"m'exprimer|partir)\b|\bm'appel+\w* [\"']?(?:la |le |l')?(?:grosse|gros|vieille|vieux|"
     r"boudin|moche|naine?|tapette|folle|gamine|petite)\b"),
    ("collegue-m-accuse", "conflict-harassment",
     rf"\b(?:{PEER}|client|cliente)s?\b[^.?!]{{0,20}}\bm'(?:accus|calomni|diffam)\w*|\bme "
     r"calomni\w*|\bme diffam\w*"),
    ("mise-a-l-ecart", "conflict-harassment",
     r"\bsous-? ?entendus?\b|\bne (?:me parle|me parlent|m'adresse|m'adressent|se parle|se "
     r"parlent|nous parlons) plus\b|\bon ne se parle plus\b|\b(?:il|elle|ils|elles|on|"
     r"personne) (?:ne )?me parle(?:nt)? (?:plus|jamais)\b|\bmis(?:e)? a l'ecart\b|\bne m'adresse\w* "
     r"(?:plus |pas |jamais |meme pas |)la parole\b|\bme "
     r"(?:mettent|met)(?: \w+)? a l'ecart\b|\bm'(?:ignorent|excluent|evitent)\b|\bdans mon dos\b|"
     r"\b(?:seule?|le seul|la seule) (?:femme|homme|noire?|handicape\w*|senior|etrangere?)\b|"
     r"\b(?:celles|ceux) des autres\b|\btout le monde sauf moi\b|\b(?:sauf|excepte) "
     r"(?:moi|les miennes|les miens)\b|\bcoming[- ]out\b"),
    ("ambiance", "conflict-harassment",
     r"\b(?:ca se passe|ca passe|ca va|les relations sont|la relation est|c'est)\b[^.?!]{0,15}"
     r"\b(?:mal|tendue?s?|invivable|horrible|toxique|execrable|complique\w*)\b[^.?!]{0,10}"
     r"\bavec (?:(?:mon|ma|mes|un|une|le|la|les|certains|certaines|ce|cette) (?:\w+ )?"
     rf"(?:{BOSS}|{PEER}|client\w*|personne|gens|mec|type|fille|nana)|lui|elle|eux)\b|"
     r"\bambiance\b[^.?!]{0,20}\b(?:invivable|toxique|execrable|insupportable|"
     r"pourrie|delet\w*)\b"),
    ("mauvaise-entente", "conflict-harassment",
     rf"\b(?:je ne m'entends|j'm'entends|je m'entends) (?:pas|plus|mal)\b(?: (?:du tout|bien|"
     rf"tres bien))? avec (?:(?:mon|ma|mes|un|une|le|la|les|certains|certaines|cette|ce) "
     rf"(?:\w+ )?(?:{BOSS}|{PEER}|client\w*|gens|personnes?)|lui|elle|eux|elles|personne)\b|"
     rf"\bne (?:supporte|"
     rf"supportons) plus (?:mon|ma) (?:{BOSS}|{PEER})"),
    ("plainte-contre", "conflict-harassment",
     rf"\b(?:plainte|signalement|signaler|denoncer|se plaindre)\b[^.?!]{{0,25}}\b(?:contre|de|"
     rf"sur) (?:mon|ma|un|une) (?:{BOSS}|{PEER})"),
    ("injustement-traite", "conflict-harassment",
     r"\b(?:traite|traitee|traitent|traite) (?:injustement|differemment|mal)\b|"
     r"\bs'acharne\w*\b"),
    ("me-devalorise", "conflict-harassment",
     r"\b(?<!\bje )(?:me|m'a|m'ont|m')(?: \w+)? (?:devalorise\w*|denigre\w*|rabaisse\w*|ridiculise\w*|"
     r"humilie\w*|drague\w*|deteste\w*|meprise\w*|harcele\w*|nuire|detruire)\b|\bm'(?:humilie|"
     r"insulte|ignore|exclut|evite|meprise|ecrase|enfonce)\w*|\bme descend\w* (?:aupres|devant|"
     r"en flammes|en public)\b|\b(?:m'a|me) (?:\w+ )?(?:(?:tres|super|vraiment|hyper) )?mal "
     r"parle\b|\bme parle\w* (?:(?:tres|super|vraiment|hyper) )?mal\b|\bdrague\w* "
     r"(?:lourde\w*|insistant\w*|malgre)\b|\bme (?:pourrit|pourrissent)\b"),
    ("dans-le-collimateur", "conflict-harassment",
     r"\bme fai\w* porter (?:la responsabilite|le chapeau|la faute)\b|\bme (?:rend|rendent)\w* "
     r"responsable de tout\b|\bmet\w* tout sur mon dos\b|\bque personne d'autre n'a\b|"
     r"\bpersonne d'autre (?:n'a|ne doit|ne fait)\b|"
     r"\b(?:pris|prend|prise) en grippe\b|\bdans (?:le|son|leur) (?:collimateur|viseur)\b|"
     r"\b(?:ragots|rumeurs?|commerages|bruits|mensonges|horreurs|saloperies)\b[^.?!]{0,15}"
     r"\b(?:sur|a propos de|concernant) (?:moi|ma|mon|mes)\b|\bporter le chapeau\b|\bm'en veu(?:t|lent)\b|"
     r"\ben froid avec\b|"
     r"\bne me (?:dit|disent) (?:plus|meme plus|meme pas|jamais) bonjour\b|\bne me salue\w* "
     r"(?:plus|pas|jamais)\b|\bcasse\w* du sucre\b|\bcherche\w* a me (?:nuire|couler|pieger|"
     r"faire craquer)\b|\bfait tout pour me\b|\bme (?:pique|vole|piquent|volent)\w* (?:mes|"
     r"mon|ma)\b|\bs'(?:approprie|attribue)\w* (?:\w+ )?(?:mes|mon|ma)\b|\btire\w* (?:toute )?la "
     r"couverture\b|\bphotos? de moi\b|\bpour (?:se moquer|me "
     r"ridiculiser|m'humilier|me rabaisser)\b"),
    ("dispute-avec", "conflict-harassment",
     r"\b(?:s'est|se sont|me suis|nous sommes|on s'est|je me suis) (?:\w+ )?(?:engueul|disput|"
     r"embrouill|accroch|clash|battu|fache|pris la tete|pris le bec)\w*\b[^.?!]{0,5}\bavec\b|"
     r"\bc'est la guerre\b|\b(?:jamais|plus) (?:invitee?s?|conviee?s?) (?:aux|a la|au|a mes|a "
     r"nos|a l') ?(?:reunions?|points?|dejeuners?|comites?|seminaires?|afterworks?|pots?)\b|"
     r"\bme sui[st]\b[^.?!]{0,20}\b(?:jusqu|partout|chez moi|le soir|dans la rue)\b|\bj'ai "
     rf"peur (?:de|d') (?:mon|ma|mes|un|une|certains) (?:{BOSS}|{PEER}|client)"),
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
     r"j'ai (?:un accent|un handicap|des enfants|plus de \d+ ans|\d+ ans|la peau)\b|"
     r"\bdepuis (?:que je suis (?:revenue?|rentree?) de|mon retour de) "
     r"(?:mon |ma )?conge (?:maternite|parental|paternite|d'adoption)\b[^.?!]{0,60}\b(?:on|"
     r"mon|ma|il|elle|ils)\b"),
    ("signaler-comportement", "conflict-harassment",
     r"\b(?:signaler|denoncer|remonter|plainte|signalement)\b[^.?!]{0,25}\b(?:comportement|"
     r"agissements|attitude|propos|gestes)\b[^.?!]{0,30}\b(?:envers moi|a mon egard|avec moi|"
     rf"de mon|de ma|d'un|d'une|du)\b|\bcomportement\w* (?:de |d')(?:mon|ma|un|une) "
     rf"(?:{BOSS}|{PEER}|client)\w*\b[^.?!]{{0,30}}\b(?:envers|avec|a l'egard de|"
     r"vis-a-vis de) moi\b"),
    ("hostile-envers-moi", "conflict-harassment",
     r"\bme parle\w*\b[^.?!]{0,20}\b(?:meprisant\w*|condescendan\w*|agressi\w*|humiliant\w*|"
     r"menacant\w*|hautain\w*|comme a (?:un|une) (?:chien|gamine?|enfant|idiote?|moins))|"
     r"\b(?:ca ne va (?:plus|pas)|ca va plus|ca se passe (?:mal|plus)|ca ne passe (?:plus|pas)|"
     r"ca passe plus|c'est (?:tendu|complique|difficile|l'enfer|invivable|la guerre)|je vis un "
     r"enfer|un enfer)\b[^.?!]{0,20}\bavec (?:mon|ma|mes|un|une|le|la|les|certains|certaines) "
     rf"(?:\w+ )?(?:{BOSS}|{PEER}|client|cliente|clients)|\bme reproche\w* (?:tout|sans "
     r"arret|constamment|tout le temps|systematiquement|n'importe quoi)\b|\brefus\w* de (?:me "
     r"parler|m'adresser la parole|me dire bonjour|travailler avec moi|me serrer la main)\b|"
     r"\bme (?:fait|font|faire) passer pour (?:un|une|le|la)\b|\bs'en pren\w* (?:\w+ )?a "
     r"moi\b|\bcherche\w* des noises\b|\bme cherche\w* (?:sans arret|tout le temps|en "
     r"permanence)\b|\brefus\w* de (?:dejeuner|manger|s'asseoir|sortir) "
     r"(?:avec|a cote de) moi\b|\b(?:a la figure|au visage|dans la "
     r"figure|a la tete)\b|\bsale (?:arabe|noire?|negre|negresse|juive?|pd|pede|gouine|pute|"
     r"conne?|chinois\w*|bougnoule|race|etrangere?|feignant\w*|musulmane?|gros|grosse)\b|"
     r"\b(?:me|m'a|m'ont) (?:\w+ )?(?:intimid|terroris|persecut|malmen|maltrait|accabl|"
     r"bouscul|gifl|frapp|crach|sabot|snob|boycott|lynch|menac|insult|agress)\w*"),
    ("de-haut", "conflict-harassment",
     r"\bme prend\w* de haut\b|\bme coup\w* (?:\w+ )?la parole\b|\b(?:dejeuners?|reunions?|"
     r"sorties?|pots?|afterworks?|repas|pauses?|soirees?|seminaires?)\b[^.?!]{0,20}\bsans "
     r"(?:jamais |)(?:moi|m'inviter|me convier)\b|\b(?:rigol|"
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
     r"\brefus\w*\b(?:(?!rembours|frais|indemnit|prime)[^.?!]){0,40}\balors que (?:(?:mes|les|"
     r"tous mes|toutes mes|mon|ma) (?:\w+ )?collegues?|les autres|tout le monde|eux|elles)\b|"
     r"\bplus jeunes?\b[^.?!]{0,30}\b(?:l'ont|ont eu|ont obtenu|sont promus|"
     r"passent avant)\b|\b(?:trop vieux|trop vieille|trop age\w*) pour\b"),
    ("me-critiquer", "conflict-harassment",
     r"\bfai\w* courir (?:le |des |un )?(?:bruits?|rumeurs?)\b|\bpour (?:m'isoler|m'ecarter|"
     r"me mettre en difficulte|me faire echouer|me "
     r"discrediter|me pieger|me couler|me "
     r"mettre (?:a l'ecart|de cote)|m'humilier|me punir|me faire partir|me decourager)\b|"
     r"\b(?:me|m') ?critiqu\w* (?:aupres|devant|sans arret|tout le temps|constamment|en "
     r"permanence|dans mon dos)\b|\b(?:dit|dire|ordonne) de (?:me taire|la fermer|fermer ma "
     r"gueule)\b|\bque je (?:devais|dois) me taire\b|\bta gueule\b|\bm'(?:a |)embrass\w*|"
     r"\bm'a (?:bloquee?|coincee?|enfermee?) (?:dans|contre)\b|\bse fou\w* de (?:ma gueule|moi)\b"),
    ("fait-pleurer", "conflict-harassment",
     rf"\b(?:{BOSS}|{PEER})\w*\b[^.?!]{{0,20}}\bme critiqu\w*|"
     rf"\b(?:{BOSS}|{PEER}|client)\w*\b[^.?!]{{0,40}}\b(?:m'a|m'ont|me fait|me font|me "
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
     r"handicapes|vieux|seniors|jeunes|meres|mamans|etrangers) (?:ne sont pas faite?s|(?:n'etaient|"
     r"ne seraient) pas faite?s|"
     r"n'(?:ont|avaient|auraient) rien a faire|devraient|doivent rester|sont toutes|sont tous|ne savent pas|"
     r"ne peuvent "
     r"pas|c'est)\b|\b(?:pas|plus) un (?:metier|poste|travail|job) (?:de|pour les) (?:femmes?|"
     r"filles?|nanas?|mamans?)\b|\b(?:volontairement|expres|sciemment|deliberement|"
     r"systematiquement) (?:oubliee?|ecartee?|exclue?|ignoree?|mise? de cote|pas invitee?)\b|"
     r"\b(?:ne |je |j')?(?:supporte|supportons|supportent) plus (?:les |ses |leurs )?(?:remarques|"
     r"reflexions|critiques|cris|attitude|comportement|insultes|moqueries|blagues|reproches|"
     r"humiliations|hurlements)\b"),
    ("vecu-comme", "conflict-harassment",
     r"\b(?:je le|je l'ai|j'ai|je) (?:vis|vecu|prends|pris|ressens|ressenti|percois|percu|"
     r"subis|subi)\w* (?:ca |cela |)comme (?:une? )?(?:menace|humiliation|agression|chantage|"
     r"harcelement|insulte|attaque|represaille|punition|mise a l'ecart)s?\b|\b(?:trouverai\w*|"
     r"trouvera|prendra|prendrai\w*) quelqu'un d'autre\b(?! pour (?:le|la|les|ce|cette) "
     r"(?:projet|dossier|formation|reunion|remplacement))"),
    # Weak signals (handoff.WEAK): another topic in the same message answers first.
    ("pousse-vers-la-sortie", "conflict-harassment",
     r"\b(?:veut|veulent|aura|auront|avoir) ma peau\b|\bme pousser? (?:a la demission|a bout|a la faute|"
     r"a partir|vers la sortie|dehors)\b|"
     r"\bme pousse\w* (?:vers la sortie|dehors|a la demission)\b"),
    ("plus-de-projets", "conflict-harassment",
     r"\bm'(?:a|ont)(?: \w+)? (?:retire|enleve|pris|supprime)\w* (?:des|de mes|du|de mon|de la|"
     r"mes|mon|ma) (?:projets?|dossiers?|missions?|equipe|reunions?|planning|clients?|"
     r"responsabilites|taches|comptes?)\b|\bsans (?:rien a faire|aucune (?:mission|tache))\b|"
     r"\bon ne me donne (?:plus )?rien\b|"
     r"\b(?:ne me (?:donne|donnent|confie|confient|file|filent)|on me (?:donne|confie|file)|"
     r"on ne me (?:donne|confie|file)) plus (?:aucun|aucune|de|rien)\b"),
)
