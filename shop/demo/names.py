"""Vocabulary for demo shops: per country, words that combine into thousands of distinct products
and customers (brand x variant x base x size), plus the shop's own details.

Pure data. A `|` separates words; a size is `label:percent`, its price relative to the category's
reference price. Reference prices are euro cents; `price_factor` turns them into the country's
minor units. Everything here is invented: brands, shops and people are not real ones.
"""
from dataclasses import dataclass

# Same twelve departments in every country: SKU prefix and colour on the till's grid.
CATEGORY_COLORS = {
    "FRU": "#5a9e3a", "BAK": "#c8963e", "DAI": "#4f8fc0", "MEA": "#a23b3b", "DEL": "#b5651d",
    "PAN": "#8a6d3b", "BEV": "#2a7f8f", "SWE": "#c0507a", "FRO": "#5bb5d5", "HOU": "#6b7b8c",
    "CAR": "#8e6cc0", "BOO": "#4f6d7a",
}


@dataclass(frozen=True)
class CategoryWords:
    code: str
    name: str
    vat: str  # code of the category's VAT rate
    price: int  # reference price of a typical packed item, euro cents
    bases: tuple[str, ...]
    variants: tuple[str, ...]
    sizes: tuple[tuple[str, int], ...]
    kg_bases: tuple[str, ...] = ()  # sold loose by weight, priced per kg
    kg_price: int = 0  # reference price per kg, euro cents

    @property
    def color(self) -> str:
        return CATEGORY_COLORS[self.code]


@dataclass(frozen=True)
class CountryWords:
    country: str
    currency: str
    locale: str
    timezone: str
    language: str
    shop_name: str
    address: str
    vat_number: str
    vat_rates: tuple[tuple[str, str, int], ...]
    gs1_prefixes: tuple[int, int]  # first and last 3-digit GS1 prefix of the country
    phone_prefixes: tuple[str, ...]  # E.164 start of mobile numbers
    phone_digits: int  # digits after the prefix
    price_factor: int  # euro cents -> minor units
    price_step: int  # prices are multiples of this...
    price_less: int  # ...less this ("charm" endings: 1,29 EUR, 1 299 Ft)
    denominations: tuple[int, ...]  # coins and notes customers pay with, minor units
    cash_notes: tuple[int, ...]
    opening_float: int
    card_share: int  # percent of sales paid by card (or phone) rather than cash
    name_format: str  # product name from {brand} {variant} {base} {size}
    kg_name_format: str
    person_format: str  # customer name from {first} {last}
    users: tuple[str, str, str]  # cashier, manager, owner
    brands: tuple[str, ...]
    first_names: tuple[str, ...]
    last_names: tuple[str, ...]
    email_names: tuple[str, ...]  # latin local parts of e-mail addresses, used with the last name's index
    refund_reasons: tuple[str, ...]
    categories: tuple[CategoryWords, ...]


def _w(text: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in text.split("|"))


def _sizes(text: str) -> tuple[tuple[str, int], ...]:
    return tuple((label.strip(), int(pct)) for label, pct in (item.rsplit(":", 1) for item in text.split("|")))


def _cat(code, name, vat, price, bases, variants, sizes, kg_bases="", kg_price=0) -> CategoryWords:
    return CategoryWords(code, name, vat, price, _w(bases), _w(variants), _sizes(sizes), _w(kg_bases) if kg_bases else (), kg_price)


ITALY = CountryWords(
    country="IT", currency="EUR", locale="it_IT", timezone="Europe/Rome", language="it",
    shop_name="Bottega Bianchi – Alimentari", address="Via dell'Indipendenza 24, 40121 Bologna BO",
    vat_number="IT03715840918",
    vat_rates=(("A", "IVA 22%", 2200), ("B", "IVA 10%", 1000), ("C", "IVA 4%", 400)),
    gs1_prefixes=(800, 839),
    phone_prefixes=tuple(f"+39{p}" for p in (320, 324, 327, 328, 329, 330, 331, 333, 334, 335, 336, 337, 338, 339,
                                              340, 342, 345, 346, 347, 348, 349, 350, 351, 366, 368, 380, 388, 389,
                                              391, 392, 393)),
    phone_digits=7, price_factor=1, price_step=10, price_less=1,
    denominations=(100, 200, 500, 1000, 2000, 5000), cash_notes=(500, 1000, 2000, 5000),
    opening_float=10000, card_share=45,
    name_format="{base} {variant} {brand} {size}", kg_name_format="{base} {variant} {brand}",
    person_format="{first} {last}", users=("Anna", "Marco", "Giulia"),
    brands=_w("Valverde|Colle d'Oro|Casa Bianchi|Rossi & Figli|Fattorie del Sole|Il Casale|Borgo Antico|La Pergola|"
              "Monteverde|San Lorenzo|Terre Alte|Dolce Colle|Castelvecchio|Primavera|Campo Aperto|Val di Sole|"
              "Antica Corte|Il Frantoio|Cascina Verde|Podere Rosa|Le Querce|Tre Ponti|Orto Felice|Villa Serena"),
    first_names=_w("Giulia|Francesca|Chiara|Sara|Martina|Valentina|Alessia|Elisa|Federica|Silvia|Elena|Laura|Paola|"
                   "Roberta|Sofia|Aurora|Beatrice|Ginevra|Alice|Greta|Marco|Luca|Andrea|Matteo|Alessandro|Davide|"
                   "Francesco|Simone|Lorenzo|Stefano|Giorgio|Paolo|Riccardo|Nicolò|Tommaso|Leonardo|Gabriele|Edoardo|"
                   "Pietro|Salvatore"),
    last_names=_w("Rossi|Russo|Ferrari|Esposito|Bianchi|Romano|Colombo|Ricci|Marino|Greco|Bruno|Gallo|Conti|"
                  "De Luca|Mancini|Costa|Giordano|Rizzo|Lombardi|Moretti|Barbieri|Fontana|Santoro|Mariani|Rinaldi|"
                  "Caruso|Ferrara|Galli|Martini|Leone|Longo|Gentile|Martinelli|Vitale|Lombardo|Serra|Coppola|"
                  "De Santis|D'Angelo|Marchetti"),
    email_names=(),
    refund_reasons=_w("Prodotto difettoso|Prodotto scaduto|Il cliente ha cambiato idea|Errore di battitura|Prezzo errato"),
    categories=(
        _cat("FRU", "Frutta e verdura", "C", 250,
             "Insalata mista|Rucola|Spinaci novelli|Carote|Pomodorini|Funghi champignon|Fragole|Mirtilli|Patate|"
             "Cipolle dorate|Zucchine|Datterini",
             "bio|di stagione|del territorio|km 0|dell'orto|di Sicilia|di Puglia|della Piana",
             "125 g:60|250 g:100|500 g:170|1 kg:300",
             "Mele Golden|Mele Fuji|Pere Abate|Arance tarocco|Limoni|Banane|Pomodori ramati|Zucchine romanesche|"
             "Melanzane|Peperoni|Kiwi|Uva Italia", 260),
        _cat("BAK", "Panetteria", "C", 200,
             "Pane in cassetta|Grissini torinesi|Taralli|Crackers|Fette biscottate|Piadina|Focaccia genovese|"
             "Ciabatta|Pane carasau|Friselle|Pancarrè|Schiacciata",
             "al farro|all'olio d'oliva|ai cereali|senza sale|al rosmarino|di grano duro|ai semi di sesamo|"
             "con farina integrale",
             "200 g:60|300 g:80|400 g:100|500 g:120",
             "Pane casereccio|Pane pugliese|Pane di Altamura|Rosette|Filone toscano|Focaccia barese|Pizza bianca|"
             "Biscotti da forno", 450),
        _cat("DAI", "Latticini", "C", 180,
             "Latte|Yogurt|Mozzarella|Ricotta|Burro|Panna da cucina|Mascarpone|Stracchino|Kefir|Scamorza|Burrata|"
             "Latte di capra",
             "bio|senza lattosio|alta qualità|di montagna|di fattoria|light|delle Alpi|del Trentino",
             "125 g:55|250 g:100|500 ml:80|1 l:150"),
        _cat("MEA", "Macelleria", "B", 550,
             "Hamburger di manzo|Cotolette di pollo|Wurstel|Polpette|Arrosticini|Spiedini misti|Salsiccia fresca|"
             "Bocconcini di pollo|Involtini|Fettine di vitello|Straccetti di manzo|Ossobuco",
             "nostrano|bio|di fattoria|piemontese|pronto da cuocere|di filiera|100% italiano|della Val Padana",
             "2 pz:45|4 pz:80|300 g:100|500 g:160",
             "Petto di pollo|Fesa di tacchino|Macinato di manzo|Braciole di maiale|Bistecca di manzo|"
             "Spezzatino di vitello|Costine di maiale|Salsiccia di Bra", 1290),
        _cat("DEL", "Salumi e formaggi", "B", 420,
             "Prosciutto cotto|Salame|Speck|Bresaola|Mortadella|Coppa|Pancetta|Parmigiano Reggiano|Grana Padano|"
             "Pecorino romano|Gorgonzola|Asiago",
             "DOP|IGP|a fette|a cubetti|riserva|della casa|di montagna|del Casaro",
             "80 g:70|100 g:100|150 g:140|200 g:180",
             "Prosciutto crudo di Parma|Prosciutto San Daniele|Mortadella Bologna|Salame Milano|Parmigiano 24 mesi|"
             "Pecorino toscano|Provolone piccante|Caciocavallo", 2490),
        _cat("PAN", "Dispensa", "C", 190,
             "Spaghetti|Penne rigate|Fusilli|Riso Carnaroli|Passata di pomodoro|Olio extravergine|Aceto balsamico|"
             "Pesto alla genovese|Farina 00|Tonno all'olio|Ceci lessati|Polenta istantanea",
             "bio|di Gragnano|del Molino|della nonna|di Puglia|senza glutine|a km 0|alta qualità",
             "250 g:60|500 g:100|1 kg:180|3 x 500 g:270"),
        _cat("BEV", "Bevande", "A", 150,
             "Acqua minerale|Acqua frizzante|Aranciata|Chinotto|Tè freddo al limone|Succo di pesca|Birra chiara|"
             "Birra artigianale|Prosecco|Chianti|Lambrusco|Spremuta d'arancia",
             "bio|premium|di montagna|della casa|leggera|senza zucchero|Sicilia|riserva",
             "33 cl:45|50 cl:60|75 cl:140|1,5 l:100"),
        _cat("SWE", "Dolci e snack", "B", 220,
             "Biscotti frollini|Cioccolato fondente|Cioccolato al latte|Wafer|Patatine|Torrone|Amaretti|Cantucci|"
             "Crostatine|Merendine|Caramelle|Gelatine di frutta",
             "bio|senza glutine|alla nocciola|al pistacchio|al limone|al caffè|extra|della tradizione",
             "100 g:60|150 g:80|250 g:100|500 g:180"),
        _cat("FRO", "Surgelati", "B", 320,
             "Piselli|Spinaci|Minestrone|Bastoncini di pesce|Pizza margherita|Lasagne|Gelato alla vaniglia|"
             "Gelato al cioccolato|Gamberetti|Patate fritte|Verdure grigliate|Tortellini",
             "bio|gourmet|della tradizione|family pack|pronto in padella|di mare|dell'orto|linea leggera",
             "300 g:70|450 g:100|750 g:150|1 kg:190"),
        _cat("HOU", "Casa e pulizia", "A", 290,
             "Detersivo piatti|Detersivo lavatrice|Ammorbidente|Sgrassatore|Carta igienica|Rotoloni|Spugne|"
             "Sacchetti gelo|Pellicola|Candeggina|Tovaglioli|Pastiglie lavastoviglie",
             "al limone|al marsiglia|eco|fresh|sensitive|extra|plus|ai fiori di loto",
             "1 pz:60|3 pz:150|750 ml:100|1,5 l:170"),
        _cat("CAR", "Cura della persona", "A", 350,
             "Shampoo|Balsamo|Bagnoschiuma|Sapone liquido|Dentifricio|Spazzolino|Deodorante|Crema mani|"
             "Schiuma da barba|Salviette|Dischetti struccanti|Crema solare",
             "all'aloe|al miele|per pelli sensibili|alla camomilla|al muschio bianco|sensitive|bio|all'argan",
             "75 ml:50|250 ml:100|400 ml:140|1 pz:70"),
        _cat("BOO", "Libri e riviste", "C", 600,
             "Romanzo giallo|Romanzo storico|Libro di ricette|Guida turistica|Fumetto|Rivista di cucina|"
             "Rivista di viaggi|Libro per bambini|Cruciverba|Album da colorare|Atlante stradale|Dizionario",
             "edizione tascabile|illustrato|per ragazzi|in inglese|da collezione|ristampa|speciale|nuova edizione",
             "vol. 1:100|vol. 2:100|vol. 3:100|cofanetto:280"),
    ),
)

KOREA = CountryWords(
    country="KR", currency="KRW", locale="ko_KR", timezone="Asia/Seoul", language="ko",
    shop_name="행복한 동네마트", address="서울특별시 마포구 월드컵로12길 34", vat_number="105-87-01234",
    # Korea has one VAT rate; fresh food and books are exempt (면세).
    vat_rates=(("A", "부가세 10%", 1000), ("B", "면세 0%", 0)),
    gs1_prefixes=(880, 880),
    phone_prefixes=("+8210",),  # 010-XXXX-XXXX; create.py skips the few unassigned blocks
    phone_digits=8, price_factor=14, price_step=100, price_less=0,
    denominations=(1000, 5000, 10000, 50000), cash_notes=(1000, 5000, 10000, 50000),
    opening_float=200000, card_share=85,
    name_format="{brand} {variant} {base} {size}", kg_name_format="{brand} {variant} {base}",
    person_format="{last}{first}", users=("안나", "마르코", "줄리아"),
    brands=_w("해담|풀향|한빛|새봄|늘푸른|다온|가온|우리들|참맛|하늘정원|바른식탁|솔향|정담|소담|한결|온누리|들녘|산들|"
              "마루|예담|은하수|별빛|새싹|고운빛"),
    first_names=_w("민준|서연|지훈|지우|서준|하은|도윤|수아|예준|지민|현우|민서|주원|하린|지호|윤서|건우|채원|우진|지아|"
                   "선우|서윤|연우|다은|유준|예은|정우|수빈|승현|은지|영호|미숙|경희|상철|정희|동현|혜진|성민|지영|태양"),
    last_names=_w("김|이|박|최|정|강|조|윤|장|임|한|오|서|신|권|황|안|송|류|홍"),
    email_names=_w("kim|lee|park|choi|jung|kang|cho|yoon|jang|lim|han|oh|seo|shin|kwon|hwang|ahn|song|ryu|hong"),
    refund_reasons=_w("불량 상품|유통기한 경과|단순 변심|계산 착오|가격 오류"),
    categories=(
        _cat("FRU", "과일·채소", "B", 250,
             "샐러드 채소|루꼴라|시금치|당근|방울토마토|양송이버섯|딸기|블루베리|감자|양파|애호박|깻잎",
             "유기농|무농약|국내산|제철|친환경|GAP인증|산지직송|특품",
             "150g:60|300g:100|500g:170|1kg:300",
             "사과 부사|배 신고|감귤|참외|단감|바나나|토마토|오이|파프리카|키위|샤인머스캣|복숭아", 450),
        _cat("BAK", "베이커리", "A", 200,
             "식빵|모닝빵|바게트|크루아상|소보로빵|단팥빵|카스텔라|베이글|치아바타|머핀|스콘|롤케이크",
             "통밀|우유|버터|호두|옥수수|쑥|흑미|치즈",
             "1개:40|2개입:70|4개입:120|6개입:170",
             "수제 쿠키|러스크|마들렌|깜빠뉴", 1800),
        _cat("DAI", "유제품", "A", 180,
             "우유|요거트|치즈|버터|생크림|두유|발효유|요구르트|모짜렐라|크림치즈|슬라이스 치즈|그릭요거트",
             "저지방|무가당|유기농|락토프리|1등급|목장|플레인|딸기맛",
             "200ml:40|500ml:80|900ml:130|2.3L:270"),
        _cat("MEA", "정육", "B", 650,
             "한우 불고기|돼지 앞다리|닭가슴살|양념갈비|훈제오리|소시지|돈까스|닭볶음탕용|삼계탕용 닭|떡갈비|차돌박이|우삼겹",
             "1등급|국내산|무항생제|한돈|동물복지|냉장|양념|특선",
             "300g:60|500g:100|600g:120|1kg:190",
             "삼겹살|목살|한우 등심|한우 안심|소갈비|닭다리|돼지갈비|사태", 2200),
        _cat("DEL", "반찬·김치", "A", 450,
             "김치|깍두기|배추김치|멸치볶음|장조림|잡채|어묵볶음|콩자반|오이소박이|동치미|총각김치|무말랭이",
             "국내산|전라도식|경상도식|저염|엄마손|수제|명품|매콤한",
             "200g:50|500g:100|1kg:180|2kg:330",
             "포기김치|갓김치|열무김치|명란젓|오징어젓|낙지젓|파김치|창란젓", 1500),
        _cat("PAN", "가공식품", "A", 220,
             "라면|즉석밥|참기름|고추장|된장|간장|참치캔|햄 통조림|카레|소면|떡볶이 떡|조미김",
             "매운맛|순한맛|오리지널|유기농|저염|프리미엄|국산콩|전통",
             "1개:40|3입:110|5입:170|대용량:300"),
        _cat("BEV", "음료·주류", "A", 150,
             "생수|탄산수|사이다|콜라|보리차|옥수수수염차|오렌지주스|식혜|맥주|소주|막걸리|커피음료",
             "제로|오리지널|라이트|유기농|프리미엄|무가당|레몬|복숭아",
             "340ml:45|500ml:60|1.5L:100|2L×6:450"),
        _cat("SWE", "과자·간식", "A", 180,
             "감자칩|새우과자|초코파이|약과|쿠키|젤리|사탕|초콜릿|팝콘|누룽지|견과류|찹쌀떡",
             "오리지널|허니버터|달콤한|매콤한|저당|녹차|딸기|치즈",
             "60g:50|120g:100|200g:150|대용량:250"),
        _cat("FRO", "냉동식품", "A", 500,
             "만두|군만두|물만두|냉동피자|아이스크림|냉동 떡갈비|치킨너겟|새우튀김|볶음밥|핫도그|붕어빵|냉동 돈까스",
             "고기|김치|새우|오리지널|매콤한|바삭한|프리미엄|가족용",
             "300g:70|500g:100|1kg:180|1.2kg:210"),
        _cat("HOU", "생활용품", "A", 350,
             "주방세제|세탁세제|섬유유연제|키친타월|화장지|수세미|위생백|랩|락스|물티슈|고무장갑|식기세척기 세제",
             "레몬향|무향|대용량|친환경|프리미엄|순한|베이킹소다|라벤더향",
             "1개:60|3개입:150|1L:100|2.5L:220"),
        _cat("CAR", "생활·미용", "A", 450,
             "샴푸|린스|바디워시|핸드워시|치약|칫솔|데오드란트|핸드크림|면도크림|폼클렌징|화장솜|선크림",
             "알로에|약산성|민감성|녹차|티트리|허브|무향|대용량",
             "100ml:50|300ml:100|500ml:140|1개:70"),
        _cat("BOO", "도서·잡지", "B", 1000,
             "소설|요리책|여행 가이드|만화책|요리 잡지|여행 잡지|그림책|십자말풀이|컬러링북|지도|사전|다이어리",
             "문고판|특별판|개정판|어린이용|영문판|소장판|한정판|신판",
             "1권:100|2권:100|3권:100|세트:280"),
    ),
)

HUNGARY = CountryWords(
    country="HU", currency="HUF", locale="hu_HU", timezone="Europe/Budapest", language="hu",
    shop_name="Kovács Csemege", address="1061 Budapest, Király utca 21.", vat_number="24813758-2-42",
    vat_rates=(("A", "ÁFA 27%", 2700), ("B", "ÁFA 18%", 1800), ("C", "ÁFA 5%", 500)),
    gs1_prefixes=(599, 599),
    phone_prefixes=("+3620", "+3630", "+3670"),
    phone_digits=7, price_factor=400, price_step=1000, price_less=100,
    denominations=(10000, 50000, 100000, 200000, 500000, 1000000, 2000000),
    cash_notes=(50000, 100000, 200000, 500000, 1000000, 2000000), opening_float=2000000, card_share=55,
    name_format="{brand} {variant} {base} {size}", kg_name_format="{brand} {variant} {base}",
    person_format="{last} {first}", users=("Anna", "Márk", "Júlia"),
    brands=_w("Pannon|Kiskert|Alföldi|Tisza|Balaton|Mecsek|Hegyvidék|Zöldmező|Aranykalász|Csillag|Napfény|Duna|Mátra|"
              "Bükk|Őrség|Tündérkert|Gyöngy|Rózsa|Szivárvány|Tölgyfa|Kőröshegy|Nyírség|Hajnal|Fűzfa"),
    first_names=_w("Bence|Máté|Levente|Dávid|Balázs|Ádám|Péter|Gergő|Zoltán|László|István|Ferenc|Győző|Ödön|Előd|"
                   "Attila|Tamás|Gábor|Csaba|Lőrinc|Eszter|Anna|Zsófia|Réka|Dóra|Lili|Hanna|Boglárka|Noémi|Katalin|"
                   "Erzsébet|Ildikó|Tünde|Gyöngyi|Enikő|Emőke|Orsolya|Judit|Krisztina|Kinga"),
    last_names=_w("Nagy|Kovács|Tóth|Szabó|Horváth|Varga|Kiss|Molnár|Németh|Farkas|Balogh|Papp|Takács|Juhász|Lakatos|"
                  "Mészáros|Oláh|Simon|Rácz|Fekete|Szűcs|Győri|Bíró|Fülöp|Lőrincz|Szőke|Vörös|Bőd|Fűzi|Pintér|"
                  "Sipos|Vincze|Hegedűs|Kocsis|Orsós|Fazekas|Gulyás|Major|Katona|Csűrös"),
    email_names=(),
    refund_reasons=_w("Hibás termék|Lejárt szavatosság|A vevő meggondolta magát|Elütés|Hibás ár"),
    categories=(
        _cat("FRU", "Zöldség-gyümölcs", "A", 250,
             "salátakeverék|rukkola|bébispenót|sárgarépa|koktélparadicsom|csiperkegomba|eper|áfonya|burgonya|"
             "vöröshagyma|cukkini|retek",
             "bio|hazai|szezonális|friss|válogatott|kertészeti|termelői|prémium",
             "125 g:60|250 g:100|500 g:170|1 kg:300",
             "Jonagold alma|Idared alma|vilmoskörte|őszibarack|sárgadinnye|banán|paradicsom|TV paprika|uborka|"
             "szőlő|kajszibarack|citrom", 220),
        _cat("BAK", "Pékáru", "B", 160,
             "kenyér|kifli|zsemle|kalács|pogácsa|kakaós csiga|túrós batyu|bejgli|pita|bagett|rozskenyér|"
             "fonott kalács",
             "teljes kiőrlésű|tönkölybúzás|magvas|vajas|sajtos|házi|kovászos|burgonyás",
             "1 db:40|4 db:120|500 g:100|1 kg:180",
             "házi kenyér|vekni|pogácsa|kakaós kalács|pozsonyi kifli|linzer|omlós keksz|mákos rúd", 600),
        _cat("DAI", "Tejtermék", "C", 180,
             "tej|joghurt|tejföl|túró|vaj|főzőtejszín|kefir|trappista sajt|túrókrém|ementáli|parenyica|"
             "habtejszín",
             "zsírszegény|laktózmentes|bio|teljes|házi|friss|görög|sűrített",
             "150 g:55|250 g:100|500 ml:80|1 l:150"),
        _cat("MEA", "Hús", "C", 500,
             "csirkemell filé|pulykamell|sertéskaraj|darált hús|virsli|fasírt|cevapcsicsa|csirkeszárny|"
             "rántott szelet|sertéscomb|csirkecomb|debreceni",
             "hazai|friss|füstölt|pácolt|bio|szabadtartású|paprikás|fokhagymás",
             "2 db:45|4 db:80|300 g:100|500 g:160",
             "csirkemell|sertéstarja|marhalábszár|sertésoldalas|darált sertéshús|kolbász|csülök|libamáj", 1100),
        _cat("DEL", "Felvágott és sajt", "A", 380,
             "szalámi|sonka|parasztkolbász|párizsi|kenőmájas|szalonna|gyulai kolbász|trappista|edámi|gouda|"
             "füstölt sajt|juhtúró",
             "csemege|csípős|füstölt|szeletelt|házi|prémium|paprikás|érlelt",
             "80 g:70|100 g:100|150 g:140|200 g:180",
             "téliszalámi|kolozsvári szalonna|sonkás párizsi|császárszalonna|disznósajt|trappista sajt|"
             "füstölt tarja|hurka", 2600),
        _cat("PAN", "Kamra", "A", 190,
             "spagetti|penne|tarhonya|rizs|paradicsompüré|napraforgóolaj|ecet|lecsó|finomliszt|pirospaprika|"
             "tojásos tészta|lencse",
             "bio|házi|négytojásos|csemege|csípős|édes|prémium|gluténmentes",
             "250 g:60|500 g:100|1 kg:180|3 × 500 g:270"),
        _cat("BEV", "Italok", "A", 160,
             "ásványvíz|szódavíz|narancslé|almalé|jeges tea|szörp|világos sör|barna sör|pezsgő|tokaji aszú|"
             "egri bikavér|pálinka",
             "szénsavmentes|enyhe|bio|prémium|cukormentes|száraz|félédes|válogatott",
             "0,33 l:45|0,5 l:60|0,75 l:140|1,5 l:100"),
        _cat("SWE", "Édesség", "A", 200,
             "keksz|étcsokoládé|tejcsokoládé|nápolyi|burgonyachips|szaloncukor|mézeskalács|zselécukor|sós perec|"
             "müzliszelet|gumicukor|karamella",
             "mogyorós|gluténmentes|citromos|kakaós|epres|cukormentes|mézes|vaníliás",
             "100 g:60|150 g:80|250 g:100|500 g:180"),
        _cat("FRO", "Fagyasztott", "A", 320,
             "zöldborsó|spenót|lecsókeverék|halrudacska|pizza|lasagne|jégkrém|vaníliafagylalt|rétes|"
             "hasábburgonya|grillzöldség|derelye",
             "bio|családi|prémium|gyors|hagyományos|házi|klasszikus|könnyű",
             "300 g:70|450 g:100|750 g:150|1 kg:190"),
        _cat("HOU", "Háztartás", "A", 290,
             "mosogatószer|mosószer|öblítő|zsíroldó|toalettpapír|papírtörlő|szivacs|fagyasztózacskó|folpack|"
             "hypo|szalvéta|mosogatógép-tabletta",
             "citromos|illatmentes|öko|koncentrált|levendulás|extra|sensitive|friss illatú",
             "1 db:60|3 db:150|750 ml:100|1,5 l:170"),
        _cat("CAR", "Szépségápolás", "A", 350,
             "sampon|hajbalzsam|tusfürdő|folyékony szappan|fogkrém|fogkefe|dezodor|kézkrém|borotvahab|"
             "törlőkendő|vattakorong|naptej",
             "aloe verás|mézes|kamillás|érzékeny bőrre|argánolajos|bio|frissítő|körömvirágos",
             "75 ml:50|250 ml:100|400 ml:140|1 db:70"),
        _cat("BOO", "Könyv és újság", "C", 700,
             "krimi|történelmi regény|szakácskönyv|útikönyv|képregény|főzőmagazin|utazási magazin|mesekönyv|"
             "keresztrejtvény|kifestő|autóatlasz|szótár",
             "zsebkönyv|illusztrált|ifjúsági|angol nyelvű|gyűjtői|új kiadású|különleges|bővített",
             "1. kötet:100|2. kötet:100|3. kötet:100|díszdoboz:280"),
    ),
)

CHINA = CountryWords(
    country="CN", currency="CNY", locale="zh_CN", timezone="Asia/Shanghai", language="zh",
    shop_name="好邻居便利店", address="上海市静安区南京西路 1266 号", vat_number="91310106MA1K4C7Q08",
    vat_rates=(("A", "增值税 13%", 1300), ("B", "增值税 9%", 900), ("C", "增值税 6%", 600)),
    gs1_prefixes=(690, 699),
    phone_prefixes=tuple(f"+86{p}" for p in (130, 131, 132, 133, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155,
                                              156, 157, 158, 159, 180, 182, 183, 185, 186, 187, 188, 189)),
    phone_digits=8, price_factor=6, price_step=10, price_less=0,
    denominations=(100, 500, 1000, 2000, 5000, 10000), cash_notes=(1000, 2000, 5000, 10000),
    opening_float=50000, card_share=80,
    name_format="{brand}{variant}{base} {size}", kg_name_format="{brand}{variant}{base}",
    person_format="{last}{first}", users=("安娜", "马可", "朱莉娅"),
    brands=_w("金禾|丰收|天源|绿野|福满|康乐|家和|鑫源|田园|青山|万家|好味|瑞丰|恒康|美佳|盛世|阳光|春晓|德丰|嘉禾|百味|"
              "乐享|五谷|锦绣"),
    first_names=_w("伟|芳|娜|秀英|敏|静|丽|强|磊|军|洋|勇|艳|杰|娟|涛|明|超|秀兰|霞|平|刚|桂英|晨|欣怡|子涵|浩然|梓萱|"
                   "宇轩|雨桐|俊杰|思远|佳怡|志强|建华|海燕|晓东|丹|鹏|婷"),
    last_names=_w("王|李|张|刘|陈|杨|黄|赵|吴|周|徐|孙|马|朱|胡|郭|何|高|林|罗"),
    email_names=_w("wang|li|zhang|liu|chen|yang|huang|zhao|wu|zhou|xu|sun|ma|zhu|hu|guo|he|gao|lin|luo"),
    refund_reasons=_w("商品质量问题|商品过期|顾客不想要了|收银输错|价格错误"),
    categories=(
        _cat("FRU", "果蔬", "B", 250,
             "生菜|芝麻菜|菠菜|胡萝卜|圣女果|蘑菇|草莓|蓝莓|土豆|洋葱|西葫芦|黄瓜",
             "有机|精选|新鲜|本地|绿色|特级|农家|无公害",
             "150克:60|300克:100|500克:170|1公斤:300",
             "红富士苹果|鸭梨|砂糖橘|香蕉|西红柿|青椒|猕猴桃|葡萄|哈密瓜|西瓜|芒果|荔枝", 200),
        _cat("BAK", "烘焙", "A", 200,
             "吐司|面包|蛋糕|月饼|馒头|花卷|包子|油条|蛋挞|菠萝包|牛角包|餐包",
             "全麦|奶香|红豆|椰蓉|芝士|黑米|肉松|杂粮",
             "1个:40|4个装:120|6个装:170|500克:100",
             "散装饼干|蛋黄酥|桃酥|麻花", 900),
        _cat("DAI", "乳制品", "B", 180,
             "牛奶|酸奶|奶酪|黄油|淡奶油|豆奶|乳酸菌饮料|奶粉|羊奶|炼乳|奶片|希腊酸奶",
             "低脂|全脂|有机|无糖|原味|草莓味|高钙|脱脂",
             "200毫升:40|500毫升:80|1升:150|12盒装:400"),
        _cat("MEA", "肉禽", "B", 550,
             "鸡胸肉|鸡翅|猪排|牛肉丸|香肠|腊肠|五花肉片|肥牛卷|羊肉卷|鸡腿肉|猪肉馅|牛腩块",
             "冷鲜|精选|散养|黑猪|有机|调味|原切|腌制",
             "300克:60|500克:100|800克:150|1公斤:190",
             "五花肉|猪里脊|牛腱子|羊排|排骨|鸡腿|猪蹄|牛里脊", 1000),
        _cat("DEL", "熟食", "A", 420,
             "卤牛肉|酱鸭|烧鸡|叉烧|腊肉|火腿|咸鸭蛋|皮蛋|豆腐干|卤鸡爪|熏鱼|凉拌菜",
             "五香|麻辣|秘制|川味|广式|金华|老卤|甜辣",
             "100克:50|200克:100|350克:160|500克:220",
             "烤鸭|白切鸡|酱牛肉|叉烧肉|卤猪耳|盐水鸭|糖醋排骨|红肠", 1500),
        _cat("PAN", "粮油调味", "B", 250,
             "大米|挂面|面粉|花生油|菜籽油|酱油|香醋|豆瓣酱|蚝油|榨菜|方便面|小米",
             "东北|五常|有机|特级|古法|压榨|老陈|手工",
             "250克:60|500克:100|1公斤:180|5公斤:800"),
        _cat("BEV", "酒水饮料", "A", 120,
             "矿泉水|苏打水|柠檬汽水|可乐|绿茶|乌龙茶|橙汁|酸梅汤|啤酒|黄酒|白酒|咖啡饮料",
             "无糖|低糖|原味|柠檬|蜜桃|冰爽|经典|清爽",
             "330毫升:45|500毫升:60|1.5升:100|24瓶装:900"),
        _cat("SWE", "休闲零食", "A", 180,
             "薯片|饼干|巧克力|糖果|瓜子|坚果|果冻|牛肉干|辣条|海苔|蛋卷|锅巴",
             "原味|五香|麻辣|焦糖|抹茶|草莓|奶油|海盐",
             "60克:50|120克:100|250克:180|500克:320"),
        _cat("FRO", "冷冻食品", "A", 320,
             "水饺|汤圆|馄饨|冰淇淋|速冻披萨|鱼丸|虾仁|鸡块|春卷|小笼包|手抓饼|粽子",
             "猪肉白菜|三鲜|芝麻|玉米|鲜虾|牛肉|荠菜|香菇",
             "300克:70|500克:100|1公斤:180|1.5公斤:250"),
        _cat("HOU", "家居清洁", "A", 290,
             "洗洁精|洗衣液|柔顺剂|厨房湿巾|卷纸|抽纸|海绵|保鲜袋|保鲜膜|消毒液|垃圾袋|洗碗块",
             "柠檬|薰衣草|无香|浓缩|植物|抗菌|家庭装|清新",
             "1件:60|3件装:150|1升:100|2升:170"),
        _cat("CAR", "个人护理", "A", 350,
             "洗发水|护发素|沐浴露|洗手液|牙膏|牙刷|止汗露|护手霜|剃须泡|湿巾|化妆棉|防晒霜",
             "芦荟|蜂蜜|绿茶|温和|清爽|滋润|薄荷|玫瑰",
             "75毫升:50|250毫升:100|400毫升:140|1件:70"),
        _cat("BOO", "图书报刊", "B", 800,
             "小说|菜谱|旅游指南|漫画|美食杂志|旅行杂志|绘本|填字游戏|涂色书|地图册|字典|笔记本",
             "口袋版|精装|少儿版|英文版|典藏版|修订版|特别版|插图版",
             "第一册:100|第二册:100|第三册:100|套装:280"),
    ),
)

COUNTRIES = {words.country: words for words in (ITALY, KOREA, HUNGARY, CHINA)}
