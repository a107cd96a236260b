"""Given names and surnames common in English- and French-speaking workplaces.

A gazetteer, not a census: it lets the person recognizer find names the small spaCy models
miss (lower-case "claire martin", names that are also words such as Rose or Pierre) and tell
"I'm Grace" from "I'm tired". Lower-case, accents kept; ``names.py`` also matches the
accent-stripped form. ``AMBIGUOUS_GIVEN`` lists given names that are ordinary words in either
language; those need a name cue (capital letter inside a sentence, a surname, "I'm", "merci",
"Mr") before they count.
"""

from __future__ import annotations


def words(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``."""
    return frozenset(text.split())


GIVEN_NAMES: frozenset[str] = words(
    """
    aaron abby abdel abdoulaye abigail adam adèle adrian adrien agathe agnès ahmed aisha alain
    alan albert alex alexandra alexandre alexis alfred ali alice alicia aline alison amanda
    amandine amber amelia amélie amina amir amy ana anaïs andré andrea andrew andy angela
    angelina angélique anita ann anna anne annie anthony antoine antonio arnaud arthur audrey
    aurélie aurore axel aya barbara baptiste barry bastien beatrice béatrice ben benjamin benoît
    bernard betty beverly bill billy blanche bob bonnie brandon brenda brian bridget brigitte
    bruno bryan camille carl carla carlos carmen carol carole caroline carolyn catherine cécile
    cédric céline chantal charles charlie charlotte chase chen chloé chloe chris christian
    christina christine christophe christopher cindy claire clara clarisse claude claudia
    clément clémence colette colin connor constance corinne cynthia daniel danielle dave david
    dawn deborah debra denis denise dennis destiny diana diane didier dolores dominique donald
    donna doris dorothy dylan eddie edith edward eileen élodie éloïse elena eliane elias
    elisabeth élise eliza elizabeth ella ellen elliot émile emilie émilie emily emma emmanuel
    enzo eric éric erica erin ethan étienne eugénie eva evelyn fabien fabrice fanny farah
    fatima fatoumata félix fernand fiona florence florian frances francis francisco franck
    françois françoise frank frédéric gabriel gabrielle gaël gaëlle gary gaspard george
    georges gérard ghislaine gilbert gilles ginette gisèle gloria grace grégoire grégory
    guillaume gustave guy hannah harold harry hassan hélène henri henry hervé hiroshi hope
    hugo hugues ian inès ingrid irène isaac isabel isabelle ivan ivy jack jackie jacob jacqueline
    jacques james jamie jane janet janice jasmine jason jean jeanne jeannine jeff jeffrey
    jennifer jenny jérémie jérémy jérôme jerry jesse jessica jim jimmy joan joanna joe joël
    joëlle john johnny jonathan jordan jorge jose josé joseph josephine joséphine joshua joy
    joyce juan judith judy julia julian julie julien juliette justin karen karim kate katherine
    kathleen kathy katie kelly ken kenneth kevin kim kimberly kyle laetitia larry laura laure
    laurence laurent lauren léa leah léo léon léonie leslie lily linda lisa lise lola louis
    louise luc luca lucas lucie lucy ludovic lydie madeleine maël maëlle magali mamadou
    manon marc marcel margaret margot maria marianne marie marilyn marine mario marion
    mark martha martin martine mary mathieu mathilde matt matthew matthieu maud maurice max
    maxime megan mehdi melissa mélanie michael michel michèle michelle mike mohamed mohammed
    monique morgan moussa muriel myriam nadia nadine nancy naomi natalie nathalie nathan
    nicholas nick nicolas nicole nina noah noël noémie nora océane odette olga olive olivia
    olivier omar oscar pascal pascale patricia patrick paul paula pauline peggy penelope
    peter philippe pierre priya rachel rachid rafael ralph raphaël raymond rebecca régis
    rémi rémy renée richard rita robert robin roger roland romain ron ronald rose ruby russell
    ruth ryan sabine sabrina sacha salomé sam samantha samir samuel sandra sandrine sara sarah
    scott sean sébastien serge sharon shirley simon simone sofia solène sophie stella
    stephanie stéphane stéphanie steve steven summer susan suzanne sylvain sylvie tanguy
    tara teresa terry théo théodore thérèse thibault thierry thomas tiffany timothée
    timothy tina todd tom tomasz tony tristan valentin valérie vanessa véronique victor
    victoria victoire vincent virginie virginia vivian walter wanda wayne wei wendy will
    william xavier yann yannick yasmine yves yvette yvonne zachary zoé zoë zoe
    abena adama aditi agnieszka ahmad aimée alejandro alessandro amine aminata amit anas
    ananya anders andreas anh anil aoife arjun astrid aurélien autumn avery awa ayodele aymen
    beatriz bérénice bilal björn blake brooklyn camila capucine casey chidi chinedu chioma
    chiara cian ciara clotilde corentin damien daisy declan deepak delphine diego dmitri
    drew duc édouard elsa emeka eoin erik estelle eve fabienne fatou francesca freya
    geneviève giovanni giulia giuseppe gonçalo gwenaëlle hamza hana hans hao harper haruto
    hazel heather heike hind hoa holly hortense hui hunter hyun ibrahima ilyes imane iris
    isabela ishaan ivana jade jakub javier ji-woo jing josiane joão jun jürgen karima
    kasia katarzyna katrin kavya kenji kerry klaus kofi krzysztof kwame lars layla lee lei
    leila li liam ling linh logan lorenzo lou louna loïc lucía lucile madison magdalena
    malika mariama marta mason mateo matteo mathis maxence mei mette miguel milan min-jun
    ming minh mounir nabil nadège neha ngozi niamh nils nkechi nolwenn nour obinna olaf
    oluwaseun ousmane pablo padraig parker paweł pawel pedro petra phoenix pilar piotr
    pooja poppy priyanka quang quentin quinn rachida rahul rania ravi reese riley river
    rohan rowan sage said sakura salma sami samira sanjay savannah seamus sekou seo-yeon
    sergei sergio siobhan sigrid skylar sofiane sofía soline sunil sunny sven søren
    takashi tarek thanh thi thiago tiphaine tunde tuan tyler uche ute valentina vikram
    violet walid willow wolfgang xin yacine yan yaw yohann youenn youssef yuki yusuf
    zélie zineb zofia
    """
)

SURNAMES: frozenset[str] = words(
    """
    adams allen anderson andré arnaud aubert bailey baker barbier baron bell benoît bernard
    bertrand blanc blanchard bonnet boucher bouvier boyer brown brun brunet campbell carlier
    caron carpentier carter chevalier clark clément collin collins cook cooper david davies
    davis denis dubois dufour dumas dumont dupont dupuis durand edwards evans fabre faure
    fleury fontaine fournier françois gaillard garcia garnier gauthier gautier gérard girard
    giraud gonzalez green guerin guérin hall harris henry hill hughes jackson james johnson
    jones kelly king lacroix lambert laurent lebrun leclerc lecomte lefebvre lefèvre legrand
    lemaire lemoine leroy lewis lopez lucas marchand martin martinez masson mathieu mercier
    meunier meyer michel miller mitchell moore moreau morel morgan morin mullins muller
    müller nguyen nicolas noël parker patel perrin perrot petit philippe picard pierre
    poirier renard renaud rey richard rivière roberts robin robinson roche rodriguez roger
    rolland rousseau roussel roux roy scott simon smith taylor thomas thompson turner vidal
    vincent walker white williams wilson wood wright young
    adeyemi ahmed ali almeida andersson bianchi byrne camara chen costa diallo diop díaz
    esposito fernández ferrari ferreira fischer garcía gómez gupta hansen hernández horvat
    hussain jensen johansson khan kim kowalski kumar larsen le lee li liu lópez macdonald
    mcallister mccarthy martínez mensah murphy ndiaye nilsson novak nowak o'brien o'connor
    okafor okonkwo oliveira o'sullivan park pereira pérez pham rahman rodrigues romano rossi
    ruiz russo sánchez santos schmidt schneider sharma silva singh sørensen sow stewart
    traoré tran walsh wang weber wiśniewski zhang
    """
)

# Given names that are also common words (English or French): not a name without a cue.
AMBIGUOUS_GIVEN: frozenset[str] = words(
    """
    amber bill blanche chase claude constance dawn destiny frank grace guy hope ivy jack
    joy lily mark martin max olive pierre rose ruby summer victoire will may june april
    august ken john sam tom autumn avery blake casey daisy drew hazel heather holly hunter
    iris jade lee li lou mason parker phoenix poppy quinn reese river rowan sage savannah
    sunny violet willow said sami hana mei
    """
)

# Surname particles: part of the name only between two name words ("Marie-Claire de La Tour").
PARTICLES: frozenset[str] = words("de du des la le van der von da di del della dos el al ben bin mac mc o'")
