"""The wordings that name the employer in a job mail's body, in the seven languages
(pure data for ``company``).

Each pattern captures the name as ``c``; the second field says how the wording names
it (see ``COMPANY_BODY``).
"""

from __future__ import annotations

from assistant.core.german_case import INSTITUTION
from assistant.core.name_cue import NAME

#: (pattern, how it names the employer): "" plainly; "recruits" as who recruits (its
#: client may follow: "chez Hays pour le compte de X", then it is none); "team" after a
#: team word that has its
#: article ("el equipo de X"), an organisation's name only; "relay" in a platform's words,
#: passing on what the employer did ("sent to", "viewed by", "rejected by"); "weak" by a
#: preposition alone or a German noun (a one-word name needs more, see below); "behalf"
#: ("on behalf" in English) on behalf of the employer; "case" a German public body in
#: the case its sentence puts it in
COMPANY_BODY: list[tuple[str, str]] = [
    # at / with / to / join / in <Company>
    (
        rf"\b(?:position|role|job|vacancy|opening|opportunity|post|interview|career|internship|"
        rf"apprenticeship|team|employment)\s+(?:here\s+)?(?:at|with)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:position|role)\s++of\s++\S[^.!?\n]{{0,59}}?(?<!\s)\s++(?:at|with|in)\s+"
        rf"(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    # "a position for <title> at <Company>", "the role as <title> with <Company>"
    (
        rf"\b(?:position|role|job|vacancy|opening)\s++(?:for|as)\s++\S[^.!?\n]{{0,59}}?(?<!\s)\s++"
        rf"(?:at|with)\s+"
        rf"(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:work|working)\s+(?:here\s+)?(?:at|with|for)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:interest\s+in|apply(?:ing)?\s+to\s+join|applying\s+(?:to|at|with)|joining|join|"
        rf"(?:time\s+to|chose\s+to|decided\s+to)\s+apply\s+(?:to|at|with)|"
        rf"applied\s+(?:to|at|with)|application\s+(?:to|at|with)|considering|"
        rf"working\s+(?:at|for|with)|career\s+at|careers\s+at)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    (
        rf"[\"”]\s+(?:at|with|bei|chez|bij)\s+(?P<c>{NAME})",
        "",
    ),
    (
        rf"\b(?:application|cv|resume|r[ée]sum[ée]|profile)\s+(?:was|has\s+been|is|have\s+been)\s+"
        rf"(?:successfully\s+)?(?:sent|submitted|forwarded|delivered|shared)\s+to\s+(?:the\s+)?(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:the|our)\s+(?:entire\s+|whole\s+)?(?P<c>{NAME})\s+(?:team|family|hiring\s+team|"
        rf"recruiting\s+team|"
        rf"talent\s+team|hr\s+team|recruitment\s+team)\b",
        "",
    ),
    # "the Acme hiring process", "the Acme careers site" ("our Graduate Academy
    # recruitment process" is a programme's: not after "our", nor a programme's words;
    # a city stands there too, "the Berlin hiring process": only an organisation's name)
    (
        rf"\b(?:the)\s+(?!(?i:graduate|campus|student|internship|summer|early|trainee|"
        rf"apprentice)\b)(?P<c>{NAME})\s+(?:(?:hiring|recruitment|recruiting|selection|"
        rf"interview)\s+process|careers\s+site|careers\s+page|talent\s+community)\b",
        "org",
    ),
    # "The following items were sent to <Company>", "viewed by <Company>"
    (
        rf"\b(?:sent|forwarded|submitted|delivered|transmitted|passed\s+on)\s+to\s+(?:the\s+)?(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:viewed|seen|reviewed|opened|downloaded)\s+by\s+(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\ban\s+(?:die\s+|den\s+)?(?P<c>{NAME})\s+(?:(?:wurde|ist|wird)\s+)?"
        rf"(?:erfolgreich\s+)?(?:übermittelt|[üu]bermittelt|versendet|gesendet|"
        rf"weitergeleitet|verschickt)\b",
        "relay",
    ),
    (
        rf"\b(?:transmise|envoy[ée]e|envoy[ée]s|adress[ée]e)\s+(?:à|a|chez)\s+(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:verstuurd|doorgestuurd|gestuurd|verzonden)\s+(?:naar|aan)\s+(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:enviad[oa]s?|remitid[oa]s?)\s+a\s+(?P<c>{NAME})",
        "relay",
    ),
    # Portuguese and Italian: "enviada para a X", "encaminhada à X", "inviata a X",
    # "inoltrata all'X", "trasmessa alla X"
    (
        rf"\b(?:enviad[oa]s?|encaminhad[oa]s?)(?:[^\S\n]++com[^\S\n]++sucesso)?[^\S\n]++"
        rf"(?:para(?:[^\S\n]++(?:a|o))?|à|ao)[^\S\n]++(?P<c>{NAME})",
        "relay",
    ),
    # a Portuguese board's notice opens on the employer and what it did: "A Acme quer
    # conversar com você", "A Acme encerrou o processo", "A Acme enviou um teste" (an
    # organisation's name only: "A Maria Silva enviou uma mensagem" is a person)
    (
        rf"(?:^|(?<=[.!?:][^\S\n])|(?<=\n))(?:A|O)[^\S\n]++(?!(?:Equip[ae]|Time|Presidente|"
        rf"J[úu]ri|Dire[çc][ãa]o|Coordena[çc][ãa]o|Recrutador|Gestor|Empresa)\b)(?P<c>{NAME})[^\S\n]++"
        rf"(?:(?:quer|gostaria[^\S\n]++de)[^\S\n]++(?:conversar|falar|conhecer)|convidou|encerrou|"
        rf"finalizou|visualizou|selecionou|enviou[^\S\n]++(?:um|uma))\b",
        "org",
    ),
    (
        rf"\b(?:inviat[aoie]|inoltrat[aoie]|trasmess[aoie])[^\S\n]++(?:a|ad|al|alla|allo|all['’])"
        rf"[^\S\n]*+(?P<c>{NAME})",
        "relay",
    ),
    # Indeed's Spanish card: "Se envió lo siguiente a X"
    (
        rf"\b(?:se\s+envi[óo]\s+lo\s+siguiente)\s+a\s+(?P<c>{NAME})",
        "relay",
    ),
    # who recruits for whom: "I'm a recruiter at X", "I lead recruiting for X", "chargée de
    # recrutement chez X", "recruiter di X", "reclutadora en X", "responsável pelo RH da
    # X", "sono la titolare della X" (a title's words before the employer; a job title
    # there is none: "recruiter for Data Analyst roles")
    (
        rf"\b(?:recruiter|recruiterin|recruitment\s+consultant|talent\s+partner|"
        rf"talent\s+acquisition\s+(?:partner|specialist|manager|lead)|"
        rf"i\s+(?:lead|handle|run|manage|do)\s+(?:the\s+)?(?:recruiting|recruitment|hiring)|"
        rf"charg[ée]e?\s+de\s+recrutement|recruteur|recruteuse|"
        rf"responsable\s+(?:rh|du\s+recrutement)|reclutador|reclutadora|selezionatrice|"
        rf"selezionatore|recrutador|recrutadora|respons[áa]vel\s+pelo\s+(?:rh|recrutamento)|"
        # the owner or manager of a shop or a restaurant: "owner of X", "titolare della X",
        # "encargado del X", "eigenaar van X", "Inhaber der X", "dono da X"
        rf"owner|propri[ée]taire|g[ée]rante?|inhaber|inhaberin|titolare|encargad[oa]|"
        rf"due[ñn][oa]|eigenaar|eigenaresse|don[oa]|propriet[áa]ri[oa])"
        rf"[^\S\n]++(?:at|for|with|of|chez|de|du|bei|der|von|bij|van|di|presso|en|del|na|no|"
        rf"da|do|della|dell['’])"
        rf"[^\S\n]*+(?:(?:the|la|l['’]|el|a|o|der)[^\S\n]++)?(?P<c>{NAME})",
        "recruits",
    ),
    # who writes from where, in Italian: "ti scrivo da X", "vi scriviamo da X"
    (
        rf"\b(?:ti\s+scrivo|le\s+scrivo|vi\s+scrivo|ti\s+scriviamo|le\s+scriviamo|"
        rf"vi\s+scriviamo)[^\S\n]++da[^\S\n]++(?P<c>{NAME})",
        "org",
    ),
    # "rejected by <Company>" in a platform's words, in the six languages
    (
        rf"\b(?:rejected|declined|turned\s+down|afgewezen|abgelehnt|refus[ée]e?|rechazad[oa]|"
        rf"rifiutat[oa]|recusad[oa]|reprovad[oa])\s+(?:door|by|von|par|por|da|pela|pelo|dalla|dal)\s+"
        rf"(?:the\s+|de\s+|la\s+|der\s+)?(?P<c>{NAME})",
        "relay",
    ),
    (
        rf"\b(?:submitting|uploading|sending)\s+(?i:your\s+|a\s+)?(?i:application|cv|resume|"
        rf"r[ée]sum[ée]|profile|details)\s+(?:to|with)\s+(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    # applying to / working at <Company>, in de/fr/es/it/pt/nl
    (
        rf"\b(?:werken\s+bij|baan\s+bij|arbeiten\s+bei|travailler\s+chez|candidature\s+chez|"
        rf"candidature\s+aupr[èe]s\s+de|candidatura\s+presso|sollicitatie\s+bij|bewerbung\s+bei|"
        rf"trabalhar\s+na|trabalhar\s+no|trabajar\s+en|lavorare\s+presso|"
        # "interés en trabajar con X", "interesse a lavorare per X"
        rf"(?:inter[ée]s\s+en|ganas\s+de)\s+trabajar\s+(?:con|para))\s+"
        rf"(?:der\s+|dem\s+|la\s+|l['’]|het\s+|de\s+)?(?P<c>{NAME})",
        "",
    ),
    # "we at <Company>", "au sein de <Company>", "formar parte de", "far parte di", "deel
    # uitmaken van", "l'intérêt que vous portez à <Company>"
    (
        rf"\b(?:we\s+(?:here\s+)?at|us\s+(?:here\s+)?at|everyone\s+(?:here\s+)?at|"
        rf"everybody\s+(?:here\s+)?at|all\s+of\s+us\s+(?:here\s+)?at|"
        rf"au\s+sein\s+d[eu]|au\s+sein\s+d['’]|formar\s+parte\s+de|far\s+parte\s+d[ie]|"
        rf"deel\s+uit\s+(?:te\s+)?maken\s+van|que\s+vous\s+(?:portez|manifestez)\s+(?:à|a|aux|au|pour)|"
        rf"que\s+vous\s+avez\s+port[ée]e?\s+(?:à|a|au|pour))[^\S\n]*+"
        rf"(?:(?:the|la|le|el|il|del|della|het|de|l['’])[^\S\n]*+)?"
        rf"(?:(?:soci[ée]t[ée]|entreprise|empresa|azienda|groupe|grupo|gruppo)[^\S\n]++)?(?P<c>{NAME})",
        "",
    ),
    # having applied to <Company>, in the seven languages: "bei X beworben", "postulé chez
    # X", "gesolliciteerd bij X", "postularte a X", "candidato presso X", "se candidatar à
    # X" (a job title there is no employer)
    (
        rf"\b(?:postul[ée]e?|postuler|postulez|postulant|gesolliciteerd|solliciteren|"
        rf"solliciteerde|postular(?:te|se|me)?|postulado|postulada|postulaste|aplicar|aplicado|"
        rf"aplicaste|candidatura|candidat[oa]|candidarti|candidarsi|candidarvi|candidatar(?:-se)?|"
        rf"candidatou|candidatado|candidatada|candidataste)\s+(?:(?:a|à|ao|na|no|en|bij|chez|"
        rf"aupr[èe]s\s+de|presso|para\s+a|junto\s+[àa]|junto\s+da|por)\s+)"
        rf"(?:(?:la|el|l['’]|a|o|de|het)\s*)?(?P<c>{NAME})",
        "applied",
    ),
    # "bei X beworben", "bei der X GmbH zu bewerben": German names the employer before the verb
    (
        rf"\b(?:bei)\s+(?:der\s+|dem\s+|die\s+)?(?P<c>{NAME})(?=[^\S\n]+(?:beworben|"
        rf"zu\s+bewerben|bewerben|beworben\s+haben))",
        "",
    ),
    # on behalf of the employer: "on behalf of X", "im Auftrag von X", "namens X", "au nom
    # de X", "pour le compte de X", "en nombre de X", "a nome di X", "per conto di X", "em
    # nome da X": the writer acts for X, whoever sends the mail. A colleague may stand
    # there too ("namens Sanne de Vries"): see company.py
    (
        rf"\b(?:on\s+behalf\s+of)\s+(?:the\s+)?(?P<c>{NAME})",
        "on behalf",
    ),
    (
        rf"\b(?:namens|au\s+nom\s+d[eu]|au\s+nom\s+des|im\s+auftrag\s+(?:von|der|des)|"
        rf"pour\s+le\s+compte\s+d[eu]|en\s+nombre\s+de|por\s+cuenta\s+de|a\s+nome\s+d[ie]|"
        rf"a\s+nome\s+della|per\s+conto\s+d[ie]|per\s+conto\s+della|em\s+nome\s+d[aoe])"
        rf"[^\S\n]++(?:(?:la|l['’]|el|het|de|the)[^\S\n]*+)?(?P<c>{NAME})",
        "behalf",
    ),
    # a German public body in the case its sentence puts it in: "bei den Stadtwerken
    # Lauterbach", "im Klinikum Nordheide", "beim Landratsamt Ostheide" (named in the
    # nominative: see core/german_case.py)
    (
        rf"\b(?:bei\s+den|in\s+den|an\s+den|von\s+den|zu\s+den|beim|im|vom|zum|des|dem)"
        rf"[^\S\n]++(?P<c>{INSTITUTION}[^\S\n]++{NAME})",
        "case",
    ),
    # German capitalises nouns too ("im Namen des Teams"): a one-word name needs more
    (
        rf"\b(?:im\s+namen\s+(?:der|des|von))[^\S\n]++(?P<c>{NAME})",
        "weak",
    ),
    # working with us at the employer: "work with us at X", "join us at X", "lavorare con
    # noi presso X", "travailler avec nous chez X", "werken met ons bij X", "mit uns bei
    # X" (not "in", "na", "no", "en": "joining us in Lisbon" names a city)
    (
        rf"\b(?:work(?:ing)?\s+with\s+us|join(?:ing)?\s+us|trabalhar\s+conn?osco|"
        rf"trabajar\s+con\s+nosotros|lavorare\s+con\s+noi|travailler\s+avec\s+nous|"
        rf"werken\s+met\s+ons|mit\s+uns)[^\S\n]++(?:at|here\s+at|presso|chez|bij|bei)"
        rf"[^\S\n]++(?:(?:the|la|l['’]|el|il|der|de|het|a|o)[^\S\n]++)?(?P<c>{NAME})",
        "",
    ),
    # a sentence that opens with the employer's place: "At X, we read every
    # application", "Here at X, our team", "Chez X, nous", "Chez X, notre équipe"
    # (a holiday or a city opens one too, "At Christmas, our office": only an
    # organisation's name)
    (
        rf"\b(?:here\s+at|at|chez)[^\S\n]++(?P<c>{NAME}),[^\S\n]*+"
        rf"(?:we|our|us|everyone|every|nous|notre|nos|chaque)\b",
        "org",
    ),
    # who writes, from where: "reaching out from X", "This is Jo from X", "I'm Jo Park
    # from X"; "de la part de X", "da parte di X", "da parte da X", "desde X" (a person
    # may stand there too: only an organisation's name counts)
    (
        rf"\b(?:reaching\s+out\s+from|writing\s+(?:to\s+you\s+)?from|getting\s+in\s+touch\s+from|"
        rf"contacting\s+you\s+from)[^\S\n]++(?:the[^\S\n]++)?(?P<c>{NAME})",
        "org",
    ),
    (
        rf"\b(?:this\s+is|i['’]m|i\s+am|my\s+name\s+is)[^\S\n]++(?:[A-Z][\w'’-]*+[^\S\n]++){{1,3}}?"
        rf"(?:from|with)[^\S\n]++(?:the[^\S\n]++)?(?P<c>{NAME})",
        "org",
    ),
    (
        rf"\b(?:de\s+la\s+part\s+de|da\s+parte\s+d[ie]|da\s+parte\s+della|da\s+parte\s+d[ao]|desde)"
        rf"[^\S\n]++(?:(?:tout|toute|tutto|todo|toda)[^\S\n]++)?(?:(?:l['’]|la|le|il|el|o|a)[^\S\n]*+)?"
        rf"(?:(?:[ée]quipe|team|equipo|equipa)[^\S\n]++(?:de|di|da|do|del|della)[^\S\n]++)?(?P<c>{NAME})",
        "org",
    ),
    # the team of the employer, in six languages: "el equipo de X", "l'équipe de X", "il
    # team di X", "a equipa da X", "het team van X", "das Team der X" (a team's own name
    # stands there too, "el equipo de Recursos Humanos": only an organisation's counts).
    # Only with its article before it ("team", see company.py): a signature's "Equipo de
    # X" is read whole by core/signature.py
    (
        rf"\b(?:equipo|[ée]quipe|equipa|team|squadra|time)"
        rf"[^\S\n]++(?:de|di|da|do|del|della|van|von|der|des|du)[^\S\n]++"
        rf"(?:(?:la|l['’]|the)[^\S\n]*+)?(?P<c>{NAME})",
        "team",
    ),
    # "our company, X": the company named beside the words for it, in the seven languages
    (
        rf"\b(?:our\s+company|our\s+organi[sz]ation|unserem\s+unternehmen|unser\s+unternehmen|"
        rf"unseres\s+unternehmens|notre\s+entreprise|notre\s+soci[ée]t[ée]|nuestra\s+empresa|"
        rf"nostra\s+azienda|nossa\s+empresa|ons\s+bedrijf)[^\S\n]*+,[^\S\n]*+"
        rf"(?:(?:der|die|dem|the|la|a|het|de|el|l['’])[^\S\n]*+)?(?P<c>{NAME})",
        "",
    ),
    # the employer's offices: "at the offices of X", "en las oficinas de X", "na sede da
    # X", "presso la sede di X", "dans les locaux de X", "in den Räumlichkeiten der X",
    # "op het kantoor van X" (a city stands there too: only an organisation's name)
    (
        rf"\b(?:offices|office|oficinas|oficina|sede|locaux|si[èe]ge|kantoor|b[üu]ro|"
        rf"r[äa]umlichkeiten|zentrale|hauptsitz|firmensitz|instalaciones|instala[çc][õo]es)"
        rf"[^\S\n]++(?:de|da|do|di|of|van|"
        rf"der|des|du|del|della)[^\S\n]++(?:(?:la|l['’]|the)[^\S\n]*+)?(?P<c>{NAME})",
        "org",
    ),
    # openings of the employer: "oportunidades da X", "opportunités chez X", "opportunità
    # presso X", "vacatures bij X", "Stellenangebote bei X" (not "na", "no", "en": "as
    # oportunidades no Porto" names a city)
    (
        rf"\b(?:oportunidades|vagas|opportunit[ée]s|opportunit[àa]|vacatures|stellenangebote|"
        rf"ofertas)[^\S\n]++(?:da|do|chez|presso|bij|bei)[^\S\n]++(?P<c>{NAME})",
        "",
    ),
    # "opportunities at X", "open positions with X"
    (
        rf"\b(?:opportunities|positions|roles|jobs|vacancies|openings|careers)\s+(?:at|with)\s+"
        rf"(?:the\s+)?(?P<c>{NAME})",
        "",
    ),
    # joining the team of <Company>: "unirse al equipo de X", "rejoindre l'équipe de X",
    # "fazer parte da equipa da X", "far parte del team di X", "join the team of X"
    (
        rf"\b(?:unirse|unirte|formar\s+parte|rejoindre|int[ée]grer|entrare\s+a\s+far\s+parte|"
        rf"far\s+parte|fazer\s+parte|juntar-se|join|joining)\s+(?:(?:al|del|a|à|ao|de|do|da|"
        rf"the|of)\s+)?(?:l['’]\s*|le\s+|la\s+|o\s+|a\s+|il\s+|our\s+)?(?:equipo|équipe|"
        rf"equipe|equipa|team|squadra|time)\s+(?:de|di|da|do|of|del|della|du|des)\s+"
        rf"(?:la\s+|l['’]|the\s+)?(?P<c>{NAME})",
        "",
    ),
    # received by the employer: "received by X", "reçue par X", "recibida por X", "recebida
    # pela X", "ricevuta da X", "ontvangen door X"; and welcomed to it: "welcome to X",
    # "bienvenue chez X", "willkommen bei X", "bienvenido a X", "benvenuto in X", "bem-vindo
    # à X", "welkom bij X", "greetings from X" (a person stands there too: see
    # company_acts.organisation)
    (
        rf"\b(?:received|re[çc]ue?|recibid[oa]|recebid[oa]|ricevut[oa]|ontvangen|welcome|"
        rf"bienvenue|willkommen|bienvenid[oa]|benvenut[oa]|bem-vind[oa]|welkom|greetings)\s+"
        rf"(?:by|par|por|pela|pelo|da|door|to|chez|bei|a|in|à|na|no|bij|from)\s+"
        rf"(?:(?:the|la|le|l['’]|el|der|die|a|o|de|het)\s+)?(?P<c>{NAME})",
        "org",
    ),
    # the selection process of <Company>: "proceso de selección de X", "processo seletivo
    # da X", "processus de recrutement chez X", "hiring process at X", "Auswahlverfahren
    # bei X" (a job title there is no employer)
    (
        rf"\b(?:proceso\s+de\s+selecci[óo]n|procesos\s+de\s+selecci[óo]n|processo\s+seletivo|"
        rf"processo\s+de\s+sele[çc][ãa]o|processo\s+di\s+selezione|processus\s+de\s+"
        rf"(?:recrutement|s[ée]lection)|selection\s+process|recruitment\s+process|"
        rf"hiring\s+process|interview\s+process|application\s+process|selectieprocedure|"
        rf"sollicitatieprocedure|auswahlverfahren|bewerbungsprozess|bewerbungsverfahren)"
        rf"\s+(?:de|da|do|di|at|with|of|bei|chez|van|bij|della|del|dello|du)\s+"
        rf"(?:(?:la|el|the|der|a|o)\s+|l['’]\s*)?(?P<c>{NAME})",
        "applied",
    ),
    # a company noun before the name: "na empresa X", "la empresa X", "l'entreprise X",
    # "la société X", "l'azienda X"; written in capitals, "Azienda Agricola X" is the
    # name itself (see company._noun_begins)
    (
        rf"\b(?:empresa|entreprise|soci[ée]t[ée]|azienda|compa[ñn][íi]a|companhia)"
        rf"\s+(?P<c>{NAME})",
        "noun",
    ),
    # "der Firma X", "bei Firma X", "bij de firma X": German and Dutch only ("firma" is a
    # signature in Spanish, Italian and Portuguese: "para su firma Electrónica")
    (
        rf"\b(?:(?:der|die|eine|einer|bei|het|bij\s+de)\s+firma)\s+(?P<c>{NAME})",
        "weak",
    ),
    # an agency's client is the employer: "our client, X", "notre client X", "nuestro
    # cliente X", "o nosso cliente X", "un nostro cliente, X", "onze klant X", "unser
    # Kunde, die X GmbH". Written with a capital ("Our Client", a German "Kunde") the
    # noun may begin a name of its own ("Our Client Success Team", "unseren Kunden
    # Lösungen"): then only a comma before the name
    (
        rf"\b(?:(?:our|my|the|notre|un|mon|nuestro|nuestra|nosso|nossa|nostro|onze)\s+"
        rf"(?:client|cliente|klant|opdrachtgever)|(?:unser|unseren|unserem|unseres)\s+(?:kunden?|"
        rf"mandanten?|auftraggebers?))"
        rf"(?:[^\S\n]*+,|(?<=client)|(?<=cliente)|(?<=klant)|(?<=opdrachtgever))[^\S\n]*+"
        rf"(?:(?:la|el|a|o|de|het|die|der|the|les|los|las|os|as|le|il|lo|gli|i)\s+)?(?P<c>{NAME})",
        "relay",
    ),
    # "poste de <title> chez <Company>", "puesto de <title> en <Company>", "vaga de <title>
    # na <Company>", "Stelle als <title> bei <Company>". The title starts and ends with a
    # non-space and the gaps are possessive: the three cannot share out a run of spaces
    # (which made hostile mail take cubic time)
    (
        rf"\b(?:poste|puesto|vaga|posizione|posici[óo]n|functie|stelle|vacature|vacante|offre|"
        rf"oferta|candidatura\s++per)\s++(?:de\s++|di\s++|d['’]|van\s++|als\s++|como\s++|"
        rf"du\s++|da\s++|do\s++)?"
        rf"\S[^.!?\n]{{0,59}}?(?<!\s)\s++(?:chez|bei|bij|presso|na|no|en|auprès\s+de)\s+"
        rf"(?:der\s+|la\s+|de\s+|l['’]|el\s+|a\s+|o\s+)?(?P<c>{NAME})",
        "weak",
    ),
    # interest in / joining <Company> (one-word heads: their needles stay specific); in
    # French, Spanish, Italian, Portuguese and Dutch a capitalised word there is a name
    (
        rf"\b(?:interesse|intérêt|interet|interés|interes|rejoindre|unirte|unirse|entrare|fazer)"
        # "l'intérêt manifesté pour", "el interés demostrado en", "o interesse demonstrado na"
        rf"(?:\s+(?:manifest[ée]e?|t[ée]moign[ée]e?|demostrado|mostrado|manifestado|"
        rf"demonstrado|dimostrato|mostrato))?"
        rf"\s+(?:pour|port[ée]\s+[àa]|en|por|per|verso|nei\s+confronti\s+d(?:i|ella|el)|envers|"
        rf"hacia|em|na|no|pela|pelo|in|a|parte\s+d[ao])\s+"
        rf"(?:la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|a\s+|o\s+|het\s+|de\s+)?(?P<c>{NAME})",
        "",
    ),
    # in German a noun is capitalised too: "Interesse an der Stelle"
    (
        rf"\b(?:interesse|rejoindre|unirte|unirse|entrare)(?:\s+(?:an|f[üu]r))?\s+"
        rf"(?:der\s+|dem\s+|die\s+|la\s+|le\s+|l['’]|el\s+|il\s+|lo\s+|a\s+|o\s+|het\s+|de\s+)?"
        rf"(?P<c>{NAME})",
        "weak",
    ),
    # an application to an institution: "Ihre Bewerbung an der Universität X",
    # "votre candidature à La Maison du Fromage" (a city stands there too: only an
    # organisation's name)
    (
        rf"\b(?:bewerbung\s+an\s+(?:der|die|das|den)|candidature\s+(?:à|a|aux|au))"
        rf"[^\S\n]++(?:(?:l['’]|la|le|les)[^\S\n]*+)?(?P<c>{NAME})",
        "org",
    ),
    # the hiring department of the employer: "El equipo de Recursos Humanos de X", "A
    # equipa de Recursos Humanos da X", "l'ufficio del personale di X", "the Human
    # Resources team of X", "le service des ressources humaines de X" (a city stands there
    # too: only an organisation's name)
    (
        rf"\b(?:recursos\s+humanos|ressources\s+humaines|risorse\s+umane|human\s+resources|"
        rf"ufficio\s+(?:del\s+)?personale|personeelszaken|gente\s+e\s+gest[ãa]o)"
        rf"(?:[^\S\n]++(?:team|department|departamento|departement))?[^\S\n]++"
        rf"(?:de|da|do|di|del|della|des|du|of|van|at)[^\S\n]++"
        rf"(?:(?:la|l['’]|the|a|o|het|el)[^\S\n]*+)?(?P<c>{NAME})",
        "org",
    ),
    # weakest: a preposition alone ("bei", "chez")
    (
        rf"\b(?:bei|chez|bij|en|f[üu]r\s+die|pour|voor)\s+(?:der\s+|la\s+|de\s+)?(?P<c>{NAME})\b",
        "weak",
    ),
]
