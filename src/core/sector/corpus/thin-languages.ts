// Employer introductions in the languages the sector model has least of (Czech, Norwegian, Danish, Finnish, Polish,
// Swedish, and English-language postings from those countries). About half describe the employer only by what it
// ships, sells, operates or treats. Hard families are well represented: makers of medical devices, surgical
// robots, scanners, hearing aids, implants and radiology or pathology software (Healthcare); accountancy, audit
// and bookkeeping firms, payroll bureaus, credit unions and pension funds (Finance); tax, benefits, statistics,
// land-registry, transport and environment offices and inspectorates that never say government (Public Sector);
// grocery and meal apps, marketplaces, furniture and DIY chains (Retail); operators described by subscribers,
// masts, fibre and SIM cards (Telecommunications); factories described by what they make (Manufacturing);
// software houses serving many industries (IT). Labels follow docs/sector-labels.md; `why` marks the hard calls.
import type { SectorExample } from './example.ts';

export const THIN_LANGUAGES: SectorExample[] = [
  // Czech
  {
    id: 'tl-001',
    company: 'Účetní kancelář Kostelecká bilance s.r.o.',
    text: `Správce IT a účetních systémů – Pardubice

Každý měsíc u nás projde 160 tisíc dokladů: faktury, pokladní bločky, výpisy z účtů. Vedeme účetnictví, zpracováváme mzdy a podáváme daňová přiznání pro 900 klientů – od stomatologických ordinací a autoservisů po e-shopy a malé strojírny.

Budete mít na starosti server, zálohy, přístupy a hlavně náš účetní software, ve kterém pracuje 45 účetních. Pomůžete nám také dotáhnout automatické vytěžování faktur, aby kolegyně nemusely přepisovat čísla ručně.

Nabízíme stravenky, pět týdnů dovolené a příspěvek na penzijní spoření.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
    why: 'keeps the books and runs payroll for other firms: an accountancy firm; its clients\' clinics and workshops do not decide',
  },
  {
    id: 'tl-002',
    company: 'Družstevní záložna Podřipsko',
    text: `# O nás

Spoří u nás a půjčují si 31 tisíc členů z Roudnicka, Mělnicka a Litoměřicka. Každý člen má jeden hlas na členské schůzi a zisk nezůstává akcionářům, ale vrací se do lepších úrokových sazeb.

# Koho hledáme

**Úvěrový analytik / analytička**

- posuzujete žádosti o spotřebitelské úvěry a úvěry pro živnostníky
- ověřujete příjmy žadatelů a jejich záznamy v registrech
- připravujete podklady pro úvěrový výbor

Pracoviště: Roudnice nad Labem, plný úvazek.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
    why: 'members save and borrow with it: a credit union (spořitelní a úvěrní družstvo)',
  },
  {
    id: 'tl-003',
    company: 'Vltavín penzijní společnost a.s.',
    text: `Na účtech doplňkového penzijního spoření u nás má odloženo na stáří 520 tisíc lidí, dohromady 61 miliard korun. Jejich vklady a příspěvky zaměstnavatelů investujeme do dluhopisů, akcií a nemovitostních fondů podle strategie, kterou si každý účastník zvolí.

Hledáme **datového analytika** do týmu klientských dat. Budete stavět přehledy o tom, kdy lidé začínají spořit, kdy přestávají platit a proč přecházejí jinam, a navrhovat, jak je v aplikaci upozornit včas. Pracujeme v SQL a Power BI, Python je výhodou.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
  },
  {
    id: 'tl-004',
    company: 'Revizor & Partneři, auditorská společnost s.r.o.',
    text: `Každé jaro ověřujeme účetní závěrky 340 společností: nemocnic, měst a obcí, strojíren, logistických firem i sportovních klubů. Naši auditoři tráví leden až duben u klientů, zbytek roku pak radíme s daněmi a s přechodem na IFRS.

Asistent/ka auditora – Olomouc

- spolupráce na auditu od inventury po zprávu auditora
- testování vnitřních kontrol a vzorků dokladů
- práce s daty klientů v IDEA a Excelu

Podporujeme vás ve studiu na auditora (ACCA nebo zkoušky KAČR) a platíme zkoušky i studijní volno.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
    why: 'an audit firm; the hospitals, towns and factories are its clients',
  },
  {
    id: 'tl-005',
    company: 'Výplatnička s.r.o.',
    text: `Kadeřnictví se třemi zaměstnanci, pekárna, malá stavební firma: 4 200 podniků u nás každý měsíc nechává spočítat mzdy. Oni nám pošlou docházku, my jim vrátíme výplatní pásky, přehledy pro zdravotní pojišťovny a správu sociálního zabezpečení a příkazy k úhradě.

Do týmu hledáme **PHP vývojáře**, který rozšíří naši aplikaci o nové typy srážek a napojí ji na bankovní API. Home office většinu týdne, jednou týdně Brno.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
    why: 'payroll for small firms is money software (Finance)',
  },
  {
    id: 'tl-006',
    company: 'Lékárny U Zlaté váhy',
    text: `E-commerce specialista/ka – Praha

Ve 120 lékárnách a přes náš e-shop vydáme ročně přes 6 milionů léků na recept, a stále víc lidí si léky, vitamíny i kosmetiku objedná domů nebo do výdejního boxu. Náš farmaceut odpoví v chatu na dotazy k dávkování a eRecept lze uplatnit i online.

Budete se starat o kategorie volně prodejných léků a dermokosmetiky na webu: produktové stránky, akce, vyhledávání a spolupráci s marketingem. Zkušenost s Google Analytics a Shoptetem nebo Magentem je výhodou.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'a pharmacy chain is Healthcare, even when the job is in its online shop',
  },
  {
    id: 'tl-007',
    company: 'Slyšadla Morava s.r.o.',
    text: `Naše naslouchátka nosí za ušima 180 tisíc lidí v Evropě. Navrhujeme je v Olomouci – elektroniku, akustiku i software, který je přizpůsobí sluchu každého uživatele – a vyrábíme je v našem závodě v Šternberku.

# Hledáme

**Embedded vývojář/ka (C, DSP)**

Budete pracovat na algoritmech potlačení šumu a na Bluetooth spojení s telefonem. Každý nový algoritmus testujeme s audiology a s dobrovolníky, kteří naše přístroje nosí.

# Nabízíme

Sick days, multisport kartu, 25 dní dovolené, firemní hackathony.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'designs and makes hearing aids: a medical-device maker is Healthcare, not Manufacturing',
  },
  {
    id: 'tl-008',
    company: 'Ortoimplant Hranice a.s.',
    text: `Procesní inženýr/ka – obrábění

Každý rok z naší výroby v Hranicích odjede 90 tisíc kyčelních a kolenních náhrad do nemocnic v 35 zemích. Implantáty vyvíjíme s ortopedy, frézujeme je z titanu a kobalt-chromu, leštíme, čistíme a balíme ve sterilním prostředí.

Budete optimalizovat CNC programy a upínání, snižovat zmetkovitost a spolupracovat s oddělením kvality při validacích podle MDR a ISO 13485.

Nabízíme třináctý plat, příspěvek na dopravu a závodní jídelnu.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'designs and manufactures hip and knee replacements: medical devices are Healthcare',
  },
  {
    id: 'tl-009',
    company: 'Radiosken s.r.o.',
    text: `Radiologové v 85 nemocnicích otevírají ráno seznam snímků seřazený naším softwarem: nejdřív ty, na kterých model našel krvácení do mozku nebo plicní embolii. Popis pak dělá lékař, my mu ušetříme hledání.

**Backend Engineer (Python)** – Praha / remote

- integrace s PACS a nemocničními informačními systémy (DICOM, HL7)
- škálování inference na GPU v nemocniční síti i v cloudu
- monitoring výkonu modelů po nasazení`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'software made for radiology departments is Healthcare',
  },
  {
    id: 'tl-010',
    company: 'Nemocnice Sázava-Vysočina a.s.',
    text: `Ve čtyřech nemocnicích máme 1 100 lůžek, osm operačních sálů a vlastní záchrannou službu pro dva okresy. Ročně u nás přijde na svět 2 400 dětí.

Hledáme **síťového administrátora**, který se postará o síť, Wi-Fi a připojení zdravotnických přístrojů ve všech čtyřech areálech. Pracujete v týmu devíti lidí a držíte pohotovost jednou za měsíc.

Benefity: ubytování, závodní stravování, očkování zdarma, příspěvek na penzijní připojištění.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'runs hospitals; the job is a network administrator',
  },
  {
    id: 'tl-011',
    company: 'Skenovací technika Brno s.r.o.',
    text: `Naše CT přístroje stojí ve 300 nemocnicích a diagnostických centrech od Portugalska po Kazachstán. Rentgenku, detektor i rekonstrukční software vyvíjíme v Brně, skládáme je v Kuřimi a servisní technici pak přístroj instalují přímo na oddělení.

Hledáme **vývojáře rekonstrukce obrazu (C++/CUDA)**. S fyziky a radiology budete zkracovat dobu skenu a snižovat dávku záření pro pacienty, aniž by utrpěla kvalita obrazu.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'makes CT scanners for hospitals: a diagnostic-device maker is Healthcare',
  },
  {
    id: 'tl-012',
    company: 'Nábytek Hrášek',
    text: `# O nás

V našich 28 obchodních domech a na e-shopu prodáváme sedačky, postele, kuchyně a všechno, co patří do bytu – od talířů po koberce. Ročně rozvezeme 140 tisíc zakázek a naši montážníci složí 30 tisíc kuchyní.

# Pozice: Data analytik/čka (cenotvorba)

Budete hledat, které slevy opravdu prodávají, sledovat ceny konkurence a navrhovat ceny pro 40 tisíc položek. Pracujeme v BigQuery a Lookeru.

# Co nabízíme

Zaměstnanecká sleva 25 %, stravenky, flexibilní začátek pracovní doby.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
    why: 'sells sofas, beds and kitchens in its stores and online: a furniture chain',
  },
  {
    id: 'tl-013',
    company: 'Hobbymarkety Šroubek',
    text: `Vedoucí oddělení zahrada – Tábor

Na jaře k nám lidé chodí pro sadbu, hnojivo a sekačky, v létě pro bazény a grily, na podzim pro dlaždice a barvy. Ve 43 marketech v Čechách a na Moravě máme přes 35 tisíc druhů zboží pro kutily, chalupáře a řemeslníky.

Povedete tým šesti prodavačů, budete objednávat zboží a starat se, aby venkovní plocha vypadala dobře i v sobotu odpoledne.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
  },
  {
    id: 'tl-014',
    company: 'Nákupník s.r.o.',
    text: `Objednáte ráno, máte to na večeři. Z našich tří skladů v Praze, Brně a Ostravě vozíme nákupy – pečivo, maso, ovoce, drogerii – do 60 tisíc domácností týdně, v elektrických dodávkách a v hodinovém okně, které si zákazník vybere v aplikaci.

Hledáme **Senior Android Developer**. Budete mít na starosti košík, platby a sledování řidiče na mapě. Kotlin, Jetpack Compose, malý tým a rychlé releasy.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
    why: 'a grocery delivery app sells groceries to consumers: Retail',
  },
  {
    id: 'tl-015',
    company: 'Odkladník.cz',
    text: `Každý den si u nás lidé prodají 40 tisíc věcí, které už nepotřebují: dětské kočárky, zimní bundy, lego, kola. Prodávající nafotí inzerát, kupující zaplatí přes nás a balík doručí výdejní místo za rohem.

**Trust & Safety analytik** – Praha

- odhalujete podvodné inzeráty a falešné kupující
- ladíte pravidla, která hlídají platby a doručení
- spolupracujete se zákaznickou podporou na sporných případech`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
    why: 'a marketplace where consumers buy goods is Retail',
  },
  {
    id: 'tl-016',
    company: 'Vitamínník.cz',
    text: `Doplňky stravy, sportovní výživa, přírodní kosmetika a zdravé svačiny: z našeho skladu v Modřicích odesíláme denně 9 tisíc balíků zákazníkům v Česku, na Slovensku a v Maďarsku. Léky ani recepty nevydáváme.

Do týmu marketingu hledáme **specialistu na výkonnostní kampaně**. Budete řídit rozpočet na Google a Meta, testovat kreativu a sledovat, které kampaně přivádějí věrné zákazníky.

Nabízíme: slevu na sortiment, kartu Multisport, zdravotní den volna.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
    why: 'an online shop for supplements and cosmetics, not a pharmacy: it dispenses no medicines, so Retail',
  },
  {
    id: 'tl-017',
    company: 'Vysílače Čechy a.s.',
    text: `Na našich 4 300 stožárech a střešních vysílačích visí antény všech tří mobilních sítí, záchranných složek i místních rozhlasů. Stavíme nové věže tam, kde operátoři potřebují pokrýt dálnice a železnici, a pronajímáme jim místo, napájení a optické přípojky.

**Projektový manažer výstavby stožárů** – České Budějovice

Povedete výstavbu od výběru pozemku a stavebního povolení po předání technologie operátorovi. Služební auto i k soukromým účelům.`,
    sector: 'Telecommunications',
    lang: 'cs',
    why: 'owns masts and towers rented by mobile operators: a tower company',
  },
  {
    id: 'tl-018',
    company: 'Mobilka Plus',
    text: `Zákaznická podpora – Ostrava

Naši SIM kartu má v telefonu 350 tisíc lidí. Volají a surfují v síti velkého operátora, ale tarif, aplikaci a podporu mají od nás – bez úvazků a s daty, která se převádějí do dalšího měsíce.

Budete pomáhat zákazníkům s aktivací eSIM, přenosem čísla a vyúčtováním, po telefonu i v chatu. Nástup možný ihned, zaškolení je placené.`,
    sector: 'Telecommunications',
    lang: 'cs',
  },
  {
    id: 'tl-019',
    company: 'Optika Valašsko s.r.o.',
    text: `Od roku 2016 jsme dotáhli optické vlákno do 52 tisíc domácností na Valašsku a Kopanicích, i do osad, kam se žádný jiný internet nedostal. Zákazníci od nás mají internet, IPTV a pevnou linku.

**Technik FTTH** – Vsetín

- zapojování přípojek v domech a bytech
- měření a odstraňování poruch na optických trasách
- komunikace se zákazníky přímo na místě

Služební auto, telefon, notebook, 13. plat.`,
    sector: 'Telecommunications',
    lang: 'cs',
    why: 'builds and runs fibre to homes: a broadband operator',
  },
  {
    id: 'tl-020',
    company: 'Hlasnet a.s. – zákaznické centrum Kolín',
    text: `Naše zákaznické centrum v Kolíně ročně vyřídí 1,2 milionu hovorů a chatů od lidí, kteří u Hlasnetu mají mobilní tarif, domácí internet nebo televizi. Řešíme výpadky, vyúčtování, nové telefony na splátky i stěhování internetu do nového bytu.

Hledáme **Workforce plánovače/plánovačku**, který/á odhadne, kolik hovorů přijde v pondělí ráno, a podle toho sestaví směny pro 180 operátorů.`,
    sector: 'Telecommunications',
    lang: 'cs',
    why: 'the contact centre of a mobile and broadband operator is in the operator\'s sector',
  },
  {
    id: 'tl-021',
    company: 'Tarifárna s.r.o.',
    text: `Když zákazník operátora překročí datový limit, aktivuje roaming nebo si koupí telefon na splátky, musí se to správně objevit na faktuře. Náš systém to počítá pro 14 operátorů ve střední Evropě a na Balkáně, dohromady pro 11 milionů SIM karet a přípojek.

Senior Java vývojář/ka – Praha-Karlín

Budete pracovat na ratingovém jádře, které zpracuje 900 milionů záznamů o hovorech a datech denně. Java 21, Kafka, Oracle a PostgreSQL.`,
    sector: 'Telecommunications',
    lang: 'cs',
    why: 'billing software made for mobile and broadband operators is Telecommunications',
  },
  {
    id: 'tl-022',
    company: 'Porcelánka Ohárka a.s.',
    text: `V peci u nás za rok projde 14 milionů talířů, hrnků a konvic. Porcelán odléváme a točíme v Loučné pod Ohárkou, malujeme ho ručně i na linkách s digitálním tiskem a prodáváme hotelům, restauracím i velkoobchodům v 50 zemích.

Hledáme **mistra výroby** na úsek glazování. Povedete směnu 30 lidí a budete řešit, proč se ve čtvrtek ráno objevilo víc prasklin.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
  },
  {
    id: 'tl-023',
    company: 'Cukrovar Pobečví a.s.',
    text: `Každý podzim k nám 110 dní nonstop přijíždějí kamiony s řepou od 800 pěstitelů z Hané. Z 1,3 milionu tun řepy vyrobíme 190 tisíc tun cukru a melasu pro lihovary.

Specialista/ka automatizace (PLC Siemens)

Budete se starat o řídicí systémy difuze, odparky a krystalizace a během kampaně držet pohotovost. Mimo kampaň připravujete modernizace na příští sezónu.

Nabízíme ubytování na kampaň, příplatky za směny a příspěvek na penzijní spoření.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
    why: 'processes beet into sugar in its plant: a food maker is Manufacturing, not agriculture',
  },
  {
    id: 'tl-024',
    company: 'Kolejová vozidla Nymburk a.s.',
    text: `Naše tramvaje jezdí v sedmi městech, od Ostravy po Rigu. Každou svaříme, nalakujeme, zapojíme a vyzkoušíme na vlastní zkušební trati v Nymburce, než ji předáme dopravnímu podniku.

**Konstruktér elektrické výzbroje**

- návrh kabeláže a rozvaděčů v E-Plan
- spolupráce s dodavateli trakčních měničů
- podpora výroby při oživování prvních kusů

Nabízíme 25 dní dovolené, stravování v závodě a dopravu z Poděbrad a Kolína.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
  },
  {
    id: 'tl-025',
    company: 'Lisovna Malenovice s.r.o.',
    text: `Data scientist – výroba

Na 60 vstřikolisech denně vyrobíme 700 tisíc plastových dílů: mřížky chladiče, krytky, držáky a části palubních desek pro pět automobilek. Každý lis posílá každou sekundu tlaky, teploty a časy cyklu.

Hledáme někoho, kdo z těch dat pozná, kdy se nástroj začíná opotřebovávat, dřív než začnou vznikat zmetky. Python, SQL, trocha strojového učení a chuť chodit do haly.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
    why: 'injection-moulds plastic parts for carmakers: a car supplier; the job is in data',
  },
  {
    id: 'tl-026',
    company: 'Pivovar Trhanov',
    text: `Ročně uvaříme 320 tisíc hektolitrů piva, stočíme ho do lahví, plechovek a sudů a rozvezeme do hospod a obchodů po celé republice. Sladujeme ze ječmene od okolních zemědělců a vodu bereme z vlastní studny.

Technolog/technoložka varny

Budete řídit várky, hlídat kvašení a ležení a ladit recepty nových speciálů. Pivní deputát samozřejmostí.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
    why: 'brews and bottles beer in its own plant: a drink maker is Manufacturing',
  },
  {
    id: 'tl-027',
    company: 'Finanční úřad pro Horácko',
    text: `# Koho hledáme

**Referent/ka kontroly DPH** – Jihlava

Budete porovnávat kontrolní hlášení s přiznáními, vybírat plátce k místnímu šetření a sepisovat výzvy k odstranění pochybností.

# O nás

Spravujeme daň z příjmů, DPH a silniční daň 180 tisíc poplatníků z 15 územních pracovišť. Vracíme přeplatky, vymáháme nedoplatky a pomáháme lidem vyplnit přiznání.

Služební poměr, 5 týdnů dovolené, 5 dní indispozičního volna.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'a tax office that collects income tax and VAT: Public Sector though it never says government',
  },
  {
    id: 'tl-028',
    company: 'Úřad pro zaměstnanost – krajská pobočka Podkrkonoší',
    text: `Vyplácíme podporu v nezaměstnanosti, příspěvek na bydlení a rodičovský příspěvek 64 tisícům lidí v Podkrkonoší a zprostředkujeme jim práci u 3 000 zaměstnavatelů. Na 14 kontaktních pracovištích přijímáme žádosti a radíme, jak se vrátit do práce.

Hledáme **analytika/analytičku dat** na krajskou pobočku v Trutnově. Budete připravovat přehledy o nezaměstnanosti pro obce, sledovat, jak rychle vyřizujeme žádosti, a automatizovat hlášení, která dnes vznikají ručně v Excelu.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'pays unemployment and family benefits and places job seekers: a public benefits office',
  },
  {
    id: 'tl-029',
    company: 'Úřad pro statistiku a sčítání, pracoviště Jihlava',
    text: `Statistik/statistička – šetření v domácnostech

Každé čtvrtletí se ptáme 25 tisíc domácností, jestli pracují, kolik utratí za bydlení a jak se jim žije. Z odpovědí a z dat od firem a úřadů počítáme míru nezaměstnanosti, inflaci a počet obyvatel a zveřejňujeme je podle pevného kalendáře.

Budete navrhovat výběr vzorku, vážit odpovědi a kontrolovat kvalitu dat. R nebo SAS výhodou.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'collects surveys and publishes national statistics: a public statistics office',
  },
  {
    id: 'tl-030',
    company: 'Inspektorát ochrany ovzduší a vod, oblast Ostrava',
    text: `Ročně zkontrolujeme 1 400 provozů – hutě, koksovny, spalovny, čistírny odpadních vod i velkochovy prasat – a když najdeme únik do řeky nebo překročené limity, ukládáme nápravná opatření a pokuty.

**Inspektor/ka ochrany ovzduší**

- kontroly zdrojů znečištění přímo v provozech
- vyhodnocování dat z kontinuálního měření emisí
- správní řízení a součinnost s Policií

Služební telefon, 5 týdnů dovolené, platový tarif podle zákona o státní službě.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'inspects factories and fines polluters: an environmental inspectorate is Public Sector',
  },
  {
    id: 'tl-031',
    company: 'Parkovací Brouk s.r.o.',
    text: `Senzory v asfaltu, aplikace pro řidiče a mapa pro strážníky: naše parkování používá 48 měst v Česku a na Slovensku. Radnice vidí, kde je volno, řidič zaplatí v aplikaci a městská policie dostane upozornění na auto bez platného lístku.

Hledáme **React Native vývojáře**, který převezme aplikaci pro řidiče a přidá do ní parkování podle zón, které si každé město nastavuje samo.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
    why: 'parking sensors and apps sold to towns for their streets: a smart-city vendor',
  },
  {
    id: 'tl-032',
    company: 'Kodérna Špilberk s.r.o.',
    text: `Jsme 150 vývojářů, designérů a testerů v Brně a Olomouci. Pro pojišťovnu jsme postavili aplikaci na hlášení škod, pro výrobce kotlů servisní portál, pro síť fitness center rezervace a pro dvě nemocnice objednávkový systém.

**Senior .NET vývojář/ka**

Přidáte se k týmu, který pro dopravní firmu přepisuje staré plánování směn do cloudu. Azure, C#, Angular, Scrum bez zbytečných ceremonií.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
    why: 'a software house with clients in many industries is IT',
  },
  {
    id: 'tl-033',
    company: 'Serverovna Hostivice a.s.',
    text: `V našich dvou datových sálech u Prahy běží 9 000 serverů 1 200 zákazníků: e-shopů, pojišťoven, herních studií, nemocnic i úřadů. Pronajímáme racky, virtuální servery a zálohování a hlídáme je 24 hodin denně.

**Linux administrátor/ka (směny)**

Budete řešit incidenty, automatizovat provisioning v Ansiblu a zlepšovat monitoring. Směny 12 hodin, příplatky za noci a víkendy.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
    why: 'hosting and cloud for firms of every kind is IT',
  },
  {
    id: 'tl-034',
    company: 'Píchačkárna s.r.o.',
    text: `Píchačky v telefonu, plánování směn, žádosti o dovolenou a podklady pro mzdy: Píchačkárna používá 7 000 firem – hotely, stavebniny, školy, autoservisy i výrobní podniky. Nasazení trvá den a účetní dostane na konci měsíce hotový export.

Hledáme **Product ownera**, který převezme modul plánování směn a bude s zákazníky řešit, co jim chybí.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
    why: 'attendance and HR software that firms of every industry use is IT',
  },
  {
    id: 'tl-035',
    company: 'Hradní Pixel Games',
    text: `Naše tři mobilní hry hraje každý měsíc 5 milionů lidí: budují středověká města, obléhají hrady a obchodují s přáteli.

# Hledáme

**Unity vývojář/ka (gameplay)**

- nové herní mechaniky a sezónní eventy
- optimalizace pro slabší telefony
- spolupráce s game designéry a grafiky

# Nabízíme

Kanceláře v Kutné Hoře i remote, podíl na zisku, herní konzole v kuchyňce.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
  },
  {
    id: 'tl-036',
    company: 'Datalom s.r.o.',
    text: `Pro banku jsme postavili model, který předpovídá, kdo odejde ke konkurenci. Pro strojírnu předpovídáme poruchy lisů, pro řetězec drogerií objednávky do 600 prodejen a pro vodárnu úniky z potrubí. Jsme 40 datových inženýrů a vědců v Praze a v Plzni.

**Data engineer (Databricks)**

Navrhnete a postavíte datovou platformu pro nového klienta, a pak další. Většinu týdne z domova, jednou týdně workshop u klienta.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
    why: 'a data and AI company working for banks, factories and retailers alike: multi-sector, IT',
  },
  {
    id: 'tl-037',
    company: 'Překladiště Lovosice a.s.',
    text: `Dispečer/ka kontejnerové dopravy

Na našem překladišti u Labe denně přeložíme 600 kontejnerů z vlaků na kamiony a zpět a na 40 tisících metrech čtverečních skladujeme zboží pro výrobce nábytku, pneumatik i potravin.

Budete plánovat přistavení kamionů, hlídat příjezdy vlaků a komunikovat s řidiči a zákazníky. Znalost němčiny výhodou.`,
    sector: null,
    lang: 'cs',
    why: 'moves and stores freight for others: logistics is unclassified',
  },
  {
    id: 'tl-038',
    company: 'Větrné parky Krušnohoří a.s.',
    text: `Naše 48 větrných elektráren na hřebenech Krušných hor vyrobí ročně 290 GWh elektřiny – tolik spotřebuje 80 tisíc domácností. Elektřinu prodáváme na burze a přímo firmám.

Hledáme **analytika výroby a obchodu**. Budete předpovídat výrobu podle počasí, sledovat poruchy turbín a připravovat podklady pro prodej elektřiny na den dopředu.`,
    sector: null,
    lang: 'cs',
    why: 'produces and sells electricity: energy is unclassified',
  },
  {
    id: 'tl-039',
    company: 'Vodovody a kanalizace Podbrdsko a.s.',
    text: `Vodu z našich úpraven pije 140 tisíc lidí na Příbramsku a Berounsku a jejich odpadní vodu čistíme v 22 čistírnách. Akcionáři jsou města a obce regionu.

**Specialista/ka GIS a pasportu sítí**

Budete udržovat mapu 1 900 km vodovodů a kanalizací, zapisovat opravy a připravovat podklady pro plán obnovy potrubí.

Benefity: 13. plat, 5 týdnů dovolené, příspěvek na penzijní spoření a rekreaci.`,
    sector: null,
    lang: 'cs',
    why: 'a water company owned by towns is a utility (unclassified), not Public Sector: public ownership does not decide',
  },
  {
    id: 'tl-040',
    company: 'Vltavan, regionální deník',
    text: `Data engineer – redakční platforma

Náš tištěný deník a zpravodajský web čte denně 400 tisíc lidí v jižních Čechách. Píšeme o zastupitelstvech, o hokeji, o uzavírkách silnic i o tom, kde se zrovna otevřela nová pekárna.

Pomůžete nám propojit data o čtenosti, předplatném a reklamě, aby redakce viděla, které články lidi čtou až do konce a které vedou k předplatnému.`,
    sector: null,
    lang: 'cs',
    why: 'a newspaper: media is unclassified, though the job is in data',
  },
  {
    id: 'tl-041',
    company: 'Střední průmyslová škola Podhorská Lhota',
    text: `Učíme 850 studentů strojírenství, elektrotechniku a informační technologie a spolupracujeme s firmami z regionu na praxích a maturitních projektech.

Přijmeme **učitele/učitelku programování** (Python, databáze, základy sítí) od září. Vítáme i odborníky z praxe, pedagogické minimum si můžete doplnit při práci.`,
    sector: null,
    lang: 'cs',
    why: 'a school: education is unclassified',
  },
  {
    id: 'tl-042',
    company: 'Horské hotely Jeseník',
    text: `Recepční / Front Office Agent

Naše tři horské hotely v Jeseníkách mají 260 pokojů, wellness a vlastní lyžařskou školu. V zimě k nám jezdí rodiny na hory, v létě cyklisté a firemní akce.

Budete vítat hosty, vyřizovat rezervace a pomáhat jim s výlety. Ubytování pro zaměstnance zdarma.`,
    sector: null,
    lang: 'cs',
  },
  {
    id: 'tl-043',
    company: 'Zemědělské družstvo Blatná',
    text: `Obhospodařujeme 4 200 hektarů polí kolem Blatné, chováme 900 dojnic a mléko prodáváme mlékárně. Pěstujeme pšenici, řepku, kukuřici a vojtěšku na krmení.

**Agronom/ka s přesahem do dat**

Budete plánovat osevní postupy, vyhodnocovat výnosové mapy z kombajnů a řídit precizní hnojení podle satelitních snímků.`,
    sector: null,
    lang: 'cs',
    why: 'grows crops and keeps dairy cows: agriculture is unclassified',
  },
  {
    id: 'tl-044',
    company: 'Výzkumný ústav materiálů Hradec',
    text: `Zkoumáme, jak stárnou kompozity, slitiny a lepené spoje, a zkoušíme vzorky pro automobilky, letecké firmy i výrobce zdravotnických pomůcek. Jsme veřejná výzkumná instituce se 180 zaměstnanci.

Vědecký pracovník/pracovnice – únava materiálu

- návrh a vyhodnocení únavových zkoušek
- modelování v MATLABu nebo Pythonu
- publikace a podávání grantů`,
    sector: null,
    lang: 'cs',
    why: 'a non-profit research institute is unclassified, though it tests materials for carmakers',
  },
  // Norwegian
  {
    id: 'tl-045',
    company: 'Tallverket Regnskap AS',
    text: `Vi fører regnskapet, kjører lønna og leverer skattemeldingen for 1 400 små bedrifter langs kysten – fiskebåtrederier, gårdsbruk, frisører og snekkere. Bilagene kommer inn på mobilen, og vi sender tilbake tall kunden forstår.

**Regnskapsfører** – Kristiansund

- løpende bokføring og avstemminger for en fast kundeportefølje
- MVA-meldinger og årsoppgjør
- rådgivning når kunden vurderer å ansette eller kjøpe ny båt

Vi betaler for autorisasjon som regnskapsfører, og du får fleksibel arbeidstid og hytte til utlån.`,
    sector: 'Finance & FinTech',
    lang: 'no',
    why: 'does bookkeeping and payroll for small firms: an accountancy firm; its clients being fishermen and farmers does not decide',
  },
  {
    id: 'tl-046',
    company: 'Fjellkommunenes Pensjonskasse',
    text: `Vi forvalter pensjonen til 46 000 ansatte og pensjonister i tretten kommuner i innlandet: lærere, sykepleiere, brannfolk og renholdere. Hver måned utbetaler vi alderspensjon og uførepensjon, og vi investerer 38 milliarder kroner i aksjer, obligasjoner og eiendom.

Vi søker en **porteføljeanalytiker** som skal følge opp eksterne forvaltere, måle avkastning og risiko, og lage rapporter til styret.`,
    sector: 'Finance & FinTech',
    lang: 'no',
    why: 'a pension fund; its members work for municipalities, but paying pensions is Finance',
  },
  {
    id: 'tl-047',
    company: 'Lønnsloftet AS',
    text: `Lønnskonsulent – Drammen

Hver måned sørger vi for at 38 000 ansatte i 600 virksomheter får riktig lønn på konto: butikkjeder, barnehager, entreprenører og et par legesentre. Vi beregner trekk, feriepenger og sykepenger, og sender a-meldingen for kundene våre.

Du får ansvar for 20–25 kunder, blir kjent med tariffavtalene deres og er den de ringer når noe er uklart. Erfaring fra lønn er et pluss, men vi lærer deg resten.`,
    sector: 'Finance & FinTech',
    lang: 'no',
    why: 'a payroll bureau for other firms is Finance',
  },
  {
    id: 'tl-048',
    company: 'Revisjonshuset Nordkapp AS',
    text: `# Om oss

Vi reviderer årsregnskapene til 520 selskaper, stiftelser og borettslag i Finnmark og Troms, og hjelper dem med skatt, MVA og kontrollerte overganger når eierne skal selge.

# Stillingen

**Revisor / revisorassistent** – Hammerfest eller Alta

Du deltar i revisjon fra planlegging til revisjonsberetning, tester internkontroll og jobber med dataanalyse av hovedbøker. Vi dekker master i regnskap og revisjon og flyttegodtgjørelse nordover.`,
    sector: 'Finance & FinTech',
    lang: 'no',
    why: 'an audit firm is Finance (accountancy and audit)',
  },
  {
    id: 'tl-049',
    company: 'Ekkolodd Medisinsk AS',
    text: `Ultralydapparatene våre brukes på fødeavdelinger, hjertepoliklinikker og legekontorer i 70 land. Vi konstruerer transdusere, elektronikk og bildebehandling i Horten og monterer hvert apparat i vår egen produksjonshall.

**Firmware-utvikler (C/C++)**

Du skal jobbe med styringen av transdusere og strømforbruket i det håndholdte apparatet vårt, som jordmødre bruker ute i distriktene. Vi jobber tett med klinikere og tester nye versjoner på sykehus før lansering.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
    why: 'designs and builds ultrasound scanners for hospitals: medical devices are Healthcare, despite the factory words',
  },
  {
    id: 'tl-050',
    company: 'Apotek Nordlys',
    text: `Netthandelsansvarlig – Tromsø

I 64 apotek fra Bodø til Kirkenes ekspederer vi 3 millioner resepter i året, og stadig flere bestiller medisinene sine i nettapoteket og henter dem i postkassa. Farmasøytene våre svarer på spørsmål i chat hele uka.

Du får ansvar for nettbutikken: sortiment av reseptfrie legemidler og hudpleie, kampanjer, søk og kundereisen fra resept til levering.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
    why: 'a pharmacy chain is Healthcare, also for a job in its online shop',
  },
  {
    id: 'tl-051',
    company: 'Snittbilde AS',
    text: `Patologer på 40 sykehuslaboratorier i Norden ser vevsprøvene sine på skjermen i stedet for i mikroskopet. Programmet vårt viser de skannede snittene, markerer områder med mulig kreft og lar patologen signere svaret direkte inn i journalen.

Vi søker en **maskinlæringsingeniør** i Trondheim som vil jobbe med modeller for prostata- og brystkreft, sammen med patologer som bruker verktøyet hver dag.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
    why: 'digital pathology software for hospital laboratories is Healthcare',
  },
  {
    id: 'tl-052',
    company: 'Omsorgshusene Vestlandet AS',
    text: `Sykehjemmene våre i Bergen, Askøy og Os er hjemmet til 310 beboere. Sykepleiere, helsefagarbeidere og aktivitører steller, gir medisiner, lager mat og arrangerer turer og konserter.

**Systemansvarlig fagsystem og IT**

Du blir den som sørger for at pasientjournalen, medisinrommet og vaktplanleggingen fungerer på alle fem husene, og som lærer opp nyansatte. Helsefaglig bakgrunn er ikke et krav.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
  },
  {
    id: 'tl-053',
    company: 'Matkassa Nå',
    text: `Fra lagrene våre i Oslo, Bergen og Stavanger kjører vi dagligvarer hjem til 85 000 husstander hver uke – melk, brød, fisk og bleier – i det tidsvinduet kunden velger i appen.

**Backend-utvikler (Go)**

Du blir en del av teamet som eier plukkruter på lageret og kjøreruter for bilene. Målet: ferskere varer, færre kilometer og ingen glemt melk.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
    why: 'a grocery delivery app sells groceries to consumers: Retail',
  },
  {
    id: 'tl-054',
    company: 'Sofakroken Møbler',
    text: `Butikksjef – Sofakroken Lillestrøm

I 36 varehus over hele landet selger vi sofaer, senger, spisestuer og tepper, og bilene våre kjører møblene hjem og bærer dem opp trappa. Vi kjøper fra fabrikker i Norge, Polen og Litauen.

Du leder 14 selgere og lagermedarbeidere, setter mål for butikken og sørger for at kundene føler seg velkomne også en travel lørdag. Personalrabatt 30 prosent.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
    why: 'sells furniture it buys from factories, in its own stores: a furniture chain',
  },
  {
    id: 'tl-055',
    company: 'Bygg & Bolt',
    text: `Skruer, plank, maling og terrassebord: i 52 byggvarehus får håndverkere og hjemmefiksere det de trenger, og proffkundene får varene levert på byggeplassen dagen etter.

Vi søker en **kategorianalytiker** til hovedkontoret på Hamar. Du skal analysere salg og marginer for verktøy og festemidler, foreslå hvilke varer vi skal ta inn og ut, og jobbe med leverandørene om kampanjer.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
  },
  {
    id: 'tl-056',
    company: 'Bruktbua.no',
    text: `Hver dag legges 25 000 ting ut for salg hos oss: barnevogner, ski, sofaer og brukte telefoner. Kjøperen betaler i appen, selgeren leverer pakken på nærmeste post i butikk, og pengene kommer når pakken er hentet.

**Dataanalytiker, markedsplass** – Oslo

Finn ut hvorfor noen annonser selges på en time og andre ligger i en måned, og hjelp produktteamene å gjøre det enklere å selge.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
    why: 'a marketplace where people buy and sell goods is Retail',
  },
  {
    id: 'tl-057',
    company: 'Telekraft Innlandet AS',
    text: `Vi har 190 000 mobil- og fiberkunder i Innlandet og Trøndelag, og vi har satt opp 140 egne master for å dekke daler som lenge var uten dekning. Kundene får SIM-kort, bredbånd og TV fra samme sted og snakker med noen som kjenner bygda.

**Radioplanlegger 5G** – Lillehammer

Du planlegger nye basestasjoner, simulerer dekning og jobber sammen med grunneiere og kommuner om plassering av master.`,
    sector: 'Telecommunications',
    lang: 'no',
    why: 'sells mobile subscriptions and fibre, builds masts: an operator',
  },
  {
    id: 'tl-058',
    company: 'Mastelaget AS',
    text: `Vi eier 3 100 master og tårn fra Lindesnes til Svalbard. Mobiloperatørene, nødnettet og kringkasterne leier plass til antennene sine hos oss, og vi sørger for strøm, fiber og vedlikehold.

Vi søker en **prosjektleder utbygging** som skal bygge 60 nye master langs jernbanen de neste to årene – fra grunneieravtale og byggesøknad til ferdig mast.`,
    sector: 'Telecommunications',
    lang: 'no',
  },
  {
    id: 'tl-059',
    company: 'Signalnett AS – kundesenteret i Mo i Rana',
    text: `Kundeveileder – Mo i Rana

Fra kundesenteret vårt i Mo hjelper 140 veiledere kundene til Signalnett på telefon og chat: med mobilabonnement, bredbånd som har falt ut, fakturaer og nye telefoner. Vi svarer på 900 000 henvendelser i året.

Du får tre ukers betalt opplæring, fast stilling og mulighet til å jobbe hjemmefra etter et halvt år.`,
    sector: 'Telecommunications',
    lang: 'no',
    why: 'the customer centre of a mobile and broadband operator is Telecommunications',
  },
  {
    id: 'tl-060',
    company: 'Havsatt AS',
    text: `Bredbånd via satellitt til 2 800 skip og 40 plattformer – fra fiskebåter i Barentshavet til cruiseskip i Karibia. Vi leier kapasitet på satellittene, installerer antenner om bord og drifter nettet fra vårt nettsenter i Stavanger døgnet rundt.

**Nettverksingeniør, NOC**

Du overvåker linkene, feilsøker når et skip mister forbindelsen midt i Nordsjøen og automatiserer rutinearbeidet. Skiftordning med god kompensasjon.`,
    sector: 'Telecommunications',
    lang: 'no',
    why: 'provides satellite connectivity to ships and rigs: a satellite operator is Telecommunications',
  },
  {
    id: 'tl-061',
    company: 'Fôrfabrikken Hitra AS',
    text: `Fabrikken vår på Hitra produserer 320 000 tonn fôr i året til oppdrettsanlegg langs hele kysten. Vi blander fiskemel, vegetabilske råvarer og oljer, ekstruderer pelleten og laster den rett om bord i fôrbåtene ved kaia.

**Prosessingeniør**

Du skal optimalisere ekstruderingen, redusere energiforbruket og jobbe med nye resepter sammen med fôrforskerne våre. Turnus i perioder, ellers dagtid.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
    why: 'makes fish feed in its own factory: Manufacturing, though its customers are fish farms',
  },
  {
    id: 'tl-062',
    company: 'Profilverket Toten AS',
    text: `Vi ekstruderer 45 000 tonn aluminiumsprofiler i året – til vindusrammer, solcellestativer og bildeler – og kapper, borer og anodiserer dem i samme fabrikk på Toten.

Vi søker en **vedlikeholdsingeniør** som kan ta ansvar for pressene og ovnene våre og bygge opp prediktivt vedlikehold med sensordata. Skiftarbeid kan forekomme.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
  },
  {
    id: 'tl-063',
    company: 'Sjokoladefabrikken Sørbyen AS',
    text: `Dataanalytiker – produksjon og planlegging

Fra linjene våre i Trondheim kommer 60 millioner sjokoladeplater, påskeegg og konfektesker i året. De selges i dagligvarebutikker og kiosker i hele Norden.

Du skal koble data fra produksjonslinjene med salgsprognoser, slik at vi lager riktig mengde påskeegg – og ikke står igjen med 200 tonn i mai. Power BI, SQL og gjerne Python.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
    why: 'makes chocolate in its own factory: a food maker is Manufacturing; the job is in data',
  },
  {
    id: 'tl-064',
    company: 'Skattekontoret Midt',
    text: `Vi fastsetter skatten for 700 000 personer og 90 000 selskaper i Midt-Norge, følger opp dem som ikke betaler, og kontrollerer at arbeidsgivere trekker riktig skatt. Hvert år sender vi ut skatteoppgjøret og svarer på 400 000 spørsmål på chat og telefon.

**Seniorrådgiver kontroll – merverdiavgift** – Trondheim

Du velger ut saker ved hjelp av dataanalyse, gjennomfører bokettersyn hos virksomheter og skriver vedtak.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'assesses and collects tax: a tax office is Public Sector, though it never says government',
  },
  {
    id: 'tl-065',
    company: 'Ytelseskontoret Nordland',
    text: `Saksbehandler dagpenger – Bodø

Vi behandler søknader om dagpenger, sykepenger og arbeidsavklaringspenger for folk i hele Nordland, og betaler ut 11 milliarder kroner i året. Når noen mister jobben eller blir syke, er det vi som sørger for at de har penger å leve av.

Du vurderer søknader etter regelverket, innhenter opplysninger fra arbeidsgivere og skriver vedtak som folk forstår.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'processes sickness and unemployment benefits: a public benefits office',
  },
  {
    id: 'tl-066',
    company: 'Tilsynet for arbeidsmiljø, region Vest',
    text: `Vi inspiserer byggeplasser, fiskeforedlingsanlegg, verft og sykehjem for å sjekke at folk jobber trygt, får lønn og ikke jobber for lange skift. Når vi finner alvorlige brudd, gir vi pålegg, stansevedtak eller overtredelsesgebyr.

**Inspektør** – Bergen

- tilsyn på arbeidsplasser, ofte uanmeldt
- oppfølging av ulykker og varsler
- samarbeid med politi og skatteetat mot arbeidslivskriminalitet`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'a labour inspectorate: inspects workplaces and issues orders, Public Sector',
  },
  {
    id: 'tl-067',
    company: 'Eiendomsregisteret, Hønefoss',
    text: `Hver dag tinglyser vi 4 000 skjøter og pantedokumenter, slik at det er klart hvem som eier hvilken bolig, tomt og hytte i Norge, og hvem som har pant i den. 95 prosent kommer inn digitalt fra banker og meglere.

Vi søker en **utvikler (Java/Kotlin)** til teamet som bygger tjenesten for automatisk tinglysing. Du får jobbe med et register hele samfunnet stoler på.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'registers title deeds and mortgages on property: a land registry is Public Sector',
  },
  {
    id: 'tl-068',
    company: 'Kodebryggen AS',
    text: `Utvikler – Kodebryggen, Stavanger

Vi er 70 utviklere og designere som lager systemer for et sykehus, et rederi, en kjede med treningssentre, to kommuner og en bank. Akkurat nå bygger vi ny ordreløsning for en produsent av vinduer og en app for bestilling av drosjer.

Du jobber i små team tett på kunden, med .NET, React og Azure. Kompetansedager hver måned og konferanse etter eget valg.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
    why: 'a software house whose clients are in many industries is IT',
  },
  {
    id: 'tl-069',
    company: 'Budsjettbua AS',
    text: `Økonomisjefer i 2 500 virksomheter – alt fra hotellkjeder og entreprenører til frivillige organisasjoner – lager budsjettet og prognosene sine i Budsjettbua i stedet for i 40 regneark.

Vi søker en **frontend-utvikler (TypeScript/React)** som vil gjøre store tabeller raske og forståelige. Hjemmekontor det meste av uka, samlinger i Oslo hver måned.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
    why: 'budgeting and planning software used by firms of every kind is IT',
  },
  {
    id: 'tl-070',
    company: 'Dataskjæret AS',
    text: `Vi hjelper et oljeselskap med å forutsi pumpehavari, en dagligvarekjede med å bestille riktig mengde brød, og et helseforetak med å planlegge operasjonsstuer. 30 dataingeniører og -forskere i Bergen og Oslo.

**Data engineer** – bli med på å bygge dataplattformer i Snowflake og Databricks for kundene våre.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
  },
  {
    id: 'tl-071',
    company: 'Bølgevarsel AS',
    text: `Vi varsler bølger, vind og is for 1 200 skip og 60 offshoreinstallasjoner. Rederiene bruker varslene våre til å velge rute og fart, og riggene til å planlegge løft og mannskapsbytte.

**Meteorolog / dataforsker** – Bergen

Du skal forbedre bølgemodellene våre med maskinlæring og observasjoner fra skipene, og sitte vakt på varslingsdesken enkelte helger.`,
    sector: null,
    lang: 'no',
    why: 'forecasting services for shipping and offshore: unclassified',
  },
  {
    id: 'tl-072',
    company: 'Grønt Samvirke SA',
    text: `Medlemmene våre – 340 gårdbrukere på Østlandet – dyrker poteter, gulrøtter, løk og kål. Vi henter grønnsakene, vasker, sorterer og pakker dem i pakkeriet vårt i Lier og selger dem videre til grossister.

**Produksjonsplanlegger**

Du planlegger pakking etter hva butikkjedene bestiller og hva som faktisk ligger på lageret, og snakker mye med bøndene i høstsesongen.`,
    sector: null,
    lang: 'no',
    why: 'a growers\' cooperative that packs and sells its members\' produce: agriculture is unclassified',
  },
  {
    id: 'tl-073',
    company: 'Kraftlaget Sogn AS',
    text: `Våre 19 vannkraftverk i Sogn produserer 2,1 TWh i året, og vi selger strømmen på den nordiske kraftbørsen. Dammer, tuneller og turbiner må passes på hele året, også når snøen ligger meterdyp på fjellet.

**Analytiker kraftproduksjon** – Leikanger

Du skal lage tilsigsprognoser og optimalisere når vi slipper vann, slik at vi produserer når prisen er høyest.`,
    sector: null,
    lang: 'no',
  },
  {
    id: 'tl-074',
    company: 'Rederiet Kystlast AS',
    text: `IT-driftsansvarlig – Haugesund

Våre 22 lasteskip frakter fisk, fôr, tømmer og byggevarer langs norskekysten og til kontinentet. Om bord trenger mannskapet stabilt nett, satellittlinker og systemer som virker i storm.

Du får ansvar for IT på skipene og på kontoret: servere, nettverk, sikkerhet og leverandører.`,
    sector: null,
    lang: 'no',
    why: 'a shipping company: logistics and transport are unclassified, though the job is IT',
  },
  {
    id: 'tl-075',
    company: 'Fjellstuene AS',
    text: `Vi driver åtte fjellstuer og høyfjellshoteller i Jotunheimen og Rondane, med 700 senger, servering og guidede turer. Om vinteren er vi fulle av skiløpere, om sommeren av fotturister.

**Resepsjonsleder** – Spiterstulen`,
    sector: null,
    lang: 'no',
  },
  {
    id: 'tl-076',
    company: 'Avisa Nordkyst',
    text: `Avisa, nettsiden og podkastene våre når 120 000 lesere hver dag i Vesterålen, Lofoten og Ofoten. Vi dekker kommunestyremøter, fiskeri, fotball og været.

Vi søker en **journalist med datakompetanse** som kan grave i offentlige registre og lage grafikk som gjør tallene forståelige.`,
    sector: null,
    lang: 'no',
    why: 'a newspaper and news site: media is unclassified',
  },
  {
    id: 'tl-077',
    company: 'Bemanningshuset Nord AS',
    text: `Vi har 1 100 vikarer i jobb hver uke i Nord-Norge – på lager, i butikk, på byggeplass og i kontorjobber – og rekrutterer faste stillinger for kundene våre.

**Rekrutteringskonsulent** – Tromsø

Du finner og intervjuer kandidater, følger opp vikarer og er kontaktperson for et knippe kunder.`,
    sector: null,
    lang: 'no',
    why: 'a staffing agency that names no client\'s business is unclassified',
  },
  // Danish
  {
    id: 'tl-078',
    company: 'Revisorhuset Vestkysten',
    text: `Vi reviderer regnskaber, laver skat og rådgiver 2.300 kunder mellem Ribe og Thyborøn – landbrug, fiskerier, håndværkere og et par hundrede foreninger. Når en landmand skal generationsskifte, eller en tømrer vil købe sin første varevogn, er det os, de ringer til.

**Revisorassistent** – Ringkøbing

- deltage i revision og udarbejdelse af årsrapporter
- bogføring og momsafstemning for mindre kunder
- arbejde med vores dataanalyseværktøjer til revision

Vi betaler din uddannelse til statsautoriseret revisor, hvis du vil.`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'audit and accounting firm; its clients are farms and fisheries, which does not decide',
  },
  {
    id: 'tl-079',
    company: 'Lønkontoret Fyn ApS',
    text: `Lønkonsulent – Odense

Hver måned får 24.000 medarbejdere i 800 virksomheter deres løn via os: bagerier, tandlægeklinikker, vognmænd og daginstitutioner. Vi håndterer overenskomster, ferie, barsel og indberetninger til eIndkomst, så virksomhederne ikke skal.

Du får dine egne kunder og bliver deres faste kontakt. Erfaring med løn er et plus, men vi oplærer dig grundigt.`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'a payroll bureau is Finance',
  },
  {
    id: 'tl-080',
    company: 'Pensionskassen Skovly',
    text: `Vi forvalter pensionen for 58.000 gartnere, skovarbejdere og anlægsgartnere og udbetaler hver måned pension til 12.000 af dem. Formuen på 41 mia. kr. investerer vi i aktier, obligationer, skov og vedvarende energi.

Vi søger en **dataanalytiker** til vores medlemsservice, der kan hjælpe os med at forstå, hvornår medlemmerne har brug for rådgivning – fx når de skifter job eller får børn.`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'a pension fund whose members are gardeners and forest workers: Finance',
  },
  {
    id: 'tl-081',
    company: 'Bilagsboksen ApS',
    text: `Fotografer, frisører, elektrikere og freelance-oversættere – 60.000 af dem tager billeder af deres kvitteringer, sender fakturaer og indberetter moms fra vores app. Bankposteringer matches automatisk, og revisoren får adgang med et klik.

**Senior backend-udvikler (Kotlin)** – København

Du skal bygge den nye momsmotor og integrationer til bankerne. Vi arbejder i små teams, og man kan sagtens arbejde hjemmefra.`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'bookkeeping and invoicing for freelancers and small firms is Finance',
  },
  {
    id: 'tl-082',
    company: 'Lydbro Hearing A/S',
    text: `Vores høreapparater sidder bag ørerne på 2 millioner mennesker i 100 lande. Vi udvikler chips, akustik og apps i Ballerup og producerer apparaterne på vores fabrik i Kolding.

Vi søger en **signalbehandlingsingeniør**, der vil arbejde med taleforståelse i støj – i restauranter, togvogne og fødselsdagsfester. Du tester nye algoritmer sammen med vores audiologer og testpersoner.

Vi tilbyder sundhedsforsikring, frokostordning og fleksibel arbejdstid.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'designs and makes hearing aids: a medical-device maker is Healthcare',
  },
  {
    id: 'tl-083',
    company: 'Stomaline A/S',
    text: `Produktionsingeniør – Fredensborg

På vores fabrik svejser, stanser og pakker vi 400 millioner stomiposer og katetre om året i renrum. Produkterne bruges af mennesker, der lever med en stomi eller ikke kan tømme blæren selv – i hjemmet og på hospitaler i 40 lande.

Du skal forbedre vores linjer med automatisering og vision-systemer og sikre, at alle ændringer valideres efter reglerne for medicinsk udstyr.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'manufactures ostomy and continence products: medical devices are Healthcare, not Manufacturing, despite the factory talk',
  },
  {
    id: 'tl-084',
    company: 'Røntgenlys ApS',
    text: `Radiologer på 30 hospitaler i Danmark og Sverige bruger vores program til at finde brud på røntgenbilleder fra skadestuen. Det markerer mistænkelige områder, og lægen beslutter.

Vi søger en **MLOps-ingeniør**, der skal få modellerne sikkert ud på hospitalernes servere, overvåge deres præcision og lave dokumentationen til CE-mærkningen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'software for hospital radiology departments is Healthcare',
  },
  {
    id: 'tl-085',
    company: 'Kronehjørnets Apoteker',
    text: `Vores 46 apoteker i Nord- og Midtjylland ekspederer 4 millioner recepter om året, giver influenzavaccinationer og tjekker medicinen for borgere, der tager mange slags piller. Man kan også handle vitaminer, hudpleje og babyprodukter hos os.

**Farmakonomelev** – start 1. august

Tre års uddannelse med skift mellem apoteket og skolen. Du lærer om lægemidler, rådgivning og receptekspedition.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'a pharmacy chain is Healthcare; the vitamins and skin care it also sells do not make it Retail',
  },
  {
    id: 'tl-086',
    company: 'Møbelladen Kvist',
    text: `Hos os finder man sofaer, spiseborde, senge og lamper i 40 butikker og på nettet. Vi køber fra møbelfabrikker i Danmark, Polen og Portugal, og vores chauffører bærer møblerne ind og samler dem.

**E-commerce manager** – Herning

Du får ansvaret for webshoppen, der står for en tredjedel af salget: sortiment online, konvertering, levering og samarbejde med butikkerne om click & collect.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'tl-087',
    company: 'Hammerslag Byggecenter',
    text: `Tømrere og gør-det-selvere henter træ, gips, isolering, maling og værktøj i vores 28 byggecentre, og håndværkerne får varerne leveret på pladsen næste morgen.

Vi søger en **salgsassistent til trælasten** i Skive. Du rådgiver kunder om materialer, laver tilbud til håndværkere og kører truck i gården. Personalerabat og frokostordning.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
    why: 'a builders\' merchant and DIY chain is Retail',
  },
  {
    id: 'tl-088',
    company: 'Aftensbudet ApS',
    text: `Fra 3.500 restauranter, pizzeriaer og sushisteder bringer vores bude aftensmaden ud til 600.000 kunder i 40 byer. Kunden bestiller i appen, restauranten laver maden, og en cykel eller elbil henter den.

**Data Scientist – levering**

Du skal forudsige tilberedningstider og planlægge, hvilket bud der henter hvad, så maden er varm og buddene ikke venter.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
    why: 'a meal-delivery marketplace: consumers buy food through it, so Retail under the rule',
  },
  {
    id: 'tl-089',
    company: 'Poteposen.dk',
    text: `Foder, kattegrus, hundesenge og legetøj: vi sender 1,4 millioner pakker om året fra vores lager i Vejle til kæledyrsejere i hele Norden. Mange kunder har fast levering hver fjerde uge, så de aldrig løber tør for foder.

Vi søger en **lagerplanlægger**, der skal styre bemandingen på lageret og sørge for, at ordrer bestilt inden kl. 22 når ud næste dag.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'tl-090',
    company: 'Ringsignal Mobil',
    text: `Kundeservicemedarbejder – Esbjerg

540.000 danskere har vores SIM-kort i telefonen. Vi hjælper dem, når de skal flytte nummer, aktivere eSIM, skifte abonnement eller forstå regningen efter en ferie udenfor EU.

Du tager telefoner og chats, løser sagen første gang og bliver en del af et hold på 35. Fast løn, bonus og gratis mobilabonnement.`,
    sector: 'Telecommunications',
    lang: 'da',
    why: 'sells mobile subscriptions and SIM cards: an operator',
  },
  {
    id: 'tl-091',
    company: 'Lysleder Vestsjælland A/S',
    text: `Vi har gravet fiber ned til 78.000 husstande og sommerhuse i Vestsjælland og Odsherred, og vi lejer nettet ud til de internetudbydere, kunderne vælger.

**Netværksplanlægger**

Du planlægger nye udrulninger, designer tracéer og samarbejder med entreprenører og kommuner om gravetilladelser.`,
    sector: 'Telecommunications',
    lang: 'da',
  },
  {
    id: 'tl-092',
    company: 'Bølgebro Radio A/S',
    text: `Vores mikrobølgeradioer forbinder 300.000 mobilmaster rundt om i verden med resten af nettet, fra Nordnorge til Indonesien. Operatørerne bruger dem, hvor der ikke kan graves fiber ned.

**RF-udviklingsingeniør** – Aalborg

Du designer sendere og modtagere til E-bånd og arbejder med prototyper i vores testkamre.`,
    sector: 'Telecommunications',
    lang: 'da',
    why: 'makes radio links for mobile operators: network equipment for operators is Telecommunications',
  },
  {
    id: 'tl-093',
    company: 'Vingestøberiet Esbjerg A/S',
    text: `I vores hal ved havnen støber vi 900 vindmøllevinger om året, hver på op til 90 meter. Glasfiber og harpiks lægges i forme, hærdes, slibes og lakeres, før vingerne sejles til vindmølleparker i Nordsøen.

**Kvalitetsingeniør** – du skal stå for ultralydsinspektion af vingerne og finde årsagen, når en vinge ikke består.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
    why: 'makes turbine blades in a factory: a maker of machine parts is Manufacturing, not energy',
  },
  {
    id: 'tl-094',
    company: 'Ostefabrikken Thyholm A/S',
    text: `Hvert år laver vi 22.000 tons ost af mælk fra 260 gårde i Thy – skiveskåret, revet og i store blokke til pizzaer. Osten modner i vores lagre i op til to år, før den sendes til supermarkeder og fødevarevirksomheder i 30 lande.

**Procesoperatør** – 3-holdsskift, fuld oplæring.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
    why: 'makes cheese from milk bought from farms: a food maker is Manufacturing, not agriculture',
  },
  {
    id: 'tl-095',
    company: 'Legetøjsfabrikken Træklodsen',
    text: `Vores klodser, togbaner og dukkehuse i bøgetræ bliver savet, slebet og malet i Hobro. Vi laver 1,8 millioner stykker legetøj om året, som sælges i legetøjsbutikker i 25 lande.

**Vedligeholdelsestekniker** – du holder CNC-fræsere, lakrobotter og pakkemaskiner kørende og er med til at automatisere nye linjer.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
  },
  {
    id: 'tl-096',
    company: 'Ventilfabrikken Herning A/S',
    text: `Data engineer – Herning

Vores ventiler styrer vand og varme i 70.000 bygninger, fjernvarmeværker og skibe. Vi støber, bearbejder og samler dem på fabrikken i Herning og sender dem til grossister i 50 lande.

Du skal samle data fra maskiner, ERP og kvalitetsmålinger i én platform, så produktionen kan se, hvor der går tid og materiale til spilde.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
    why: 'makes valves in its foundry and factory: a data job at a manufacturer',
  },
  {
    id: 'tl-097',
    company: 'Restanceinddrivelsen',
    text: `Vi inddriver skat, bøder, børnebidrag og andre beløb, som borgere og virksomheder skylder det offentlige – i alt 120 mia. kr. fordelt på 1,2 millioner skyldnere. Vi laver afdragsordninger, trækker i løn og har en særlig enhed for gældsramte, der ikke kan betale.

**Dataanalytiker** – Ringkøbing

Du skal finde de sager, hvor en tidlig henvendelse kan forhindre, at gælden vokser, og udvikle modeller, der prioriterer sagsbehandlernes arbejde.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
    why: 'collects unpaid taxes, fines and child support: a public collection agency, though it never says government',
  },
  {
    id: 'tl-098',
    company: 'Ydelseskontoret',
    text: `Hver måned udbetaler vi folkepension, børnecheck, boligstøtte og barselsdagpenge til 2,7 millioner danskere. Borgerne søger på nettet, og vores sagsbehandlere træffer afgørelser og svarer på 3 millioner henvendelser om året.

Vi søger en **produktejer** til vores team for boligstøtte, som skal gøre ansøgningen enklere og få flere afgørelser truffet automatisk.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
    why: 'pays state pensions and child benefits: a public benefits office',
  },
  {
    id: 'tl-099',
    company: 'Fødevaretilsynet Region Midt',
    text: `Vi kontrollerer 11.000 restauranter, slagterier, bagerier og supermarkeder i Midtjylland og giver dem den smiley, der hænger i døren. Når der er salmonella i en kylling, eller en restaurant har mus, er det os, der rykker ud.

**Fødevareinspektør** – Aarhus

Du udfører kontrolbesøg, tager prøver og træffer afgørelser om påbud og bøder. Tjenestebil og fleksibel arbejdstid.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
    why: 'inspects food businesses and hands out smileys: an inspectorate is Public Sector',
  },
  {
    id: 'tl-100',
    company: 'Statistikkontoret for Kommunerne',
    text: `Vi samler tal fra 98 kommuner om skoler, ældrepleje, jobcentre og budgetter og udgiver dem som nøgletal, så kommunerne kan sammenligne sig med hinanden – og så borgerne kan se, hvad deres skatter går til. Vi er kommunernes fælles statistikenhed med 40 medarbejdere.

**Statistiker / data scientist** – København

Du udvikler nye indikatorer, kvalitetssikrer data og bygger dashboards i Power BI.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
    why: 'the municipalities\' joint statistics unit: a public statistics body, though it never says government',
  },
  {
    id: 'tl-101',
    company: 'Kodesmedjen Aarhus ApS',
    text: `Fullstack-udvikler – Aarhus

Vi er 55 udviklere, der bygger software for en pensionskasse, et hospital, en producent af køleanlæg, en biografkæde og tre kommuner. Vi arbejder i små teams og bliver hos kunden, til løsningen kører.

.NET, Vue og Azure. Vi har fredagsbar, fire ugers kompetencetid om året og en cykelklub, der er alt for ambitiøs.`,
    sector: 'Information Technology & Software Development',
    lang: 'da',
    why: 'a software house with clients in many industries is IT',
  },
  {
    id: 'tl-102',
    company: 'Kundekartoteket ApS',
    text: `Ejendomsmæglere, rejsebureauer, advokatkontorer og grossister holder styr på deres kunder, tilbud og opfølgning i Kundekartoteket – 9.000 virksomheder i Norden i alt.

Vi søger en **Site Reliability Engineer** til vores platformteam. Kubernetes, PostgreSQL og Go.`,
    sector: 'Information Technology & Software Development',
    lang: 'da',
    why: 'CRM software used by firms of all kinds is IT',
  },
  {
    id: 'tl-103',
    company: 'Serverhallen Fredericia A/S',
    text: `I vores datacenter kører 6.000 servere for 700 kunder: webshops, forsikringsselskaber, spiludviklere, kommuner og et par forskningsgrupper. Vi leverer colocation, privat cloud og backup, og strømmen kommer fra vind og sol.

**Datacentertekniker** – vagtordning, fuld oplæring.`,
    sector: 'Information Technology & Software Development',
    lang: 'da',
  },
  {
    id: 'tl-104',
    company: 'Fjernvarme Midtfyn a.m.b.a.',
    text: `Vi leverer varme til 19.000 hjem og virksomheder på Midtfyn fra tre værker, der brænder flis og udnytter overskudsvarme fra et slagteri. Forbrugerne ejer os selv.

**Driftsingeniør** – du har ansvar for vores værker og ledningsnet og er med til at planlægge overgangen til store varmepumper.`,
    sector: null,
    lang: 'da',
    why: 'district heating is a utility: unclassified',
  },
  {
    id: 'tl-105',
    company: 'Landbrugsrådgivningen Sønderjylland',
    text: `Vores 140 konsulenter rådgiver 3.000 landmænd om marker, kvæg, svin, miljøgodkendelser og økonomi. Vi laver gødningsplaner, vurderer nye stalde og hjælper med ansøgninger om tilskud.

**Planteavlskonsulent** – Aabenraa. Kørsel efter statens takster og frihed til selv at planlægge dagen.`,
    sector: null,
    lang: 'da',
    why: 'advisory for farmers: agriculture is unclassified (no bank, no software vendor)',
  },
  {
    id: 'tl-106',
    company: 'Strategihuset Nørreport ApS',
    text: `Vi hjælper hospitaler, banker, forsyningsselskaber og ministerier med strategi, organisering og store forandringer. 45 konsulenter i København.

**Analytiker** – du laver analyser, workshops og beslutningsoplæg sammen med vores partnere.`,
    sector: null,
    lang: 'da',
    why: 'management consultancy: unclassified, whatever the clients',
  },
  {
    id: 'tl-107',
    company: 'Professionshøjskolen Vestbyen',
    text: `Vi uddanner 9.000 sygeplejersker, lærere, pædagoger og ingeniører på fem campusser i Vestdanmark.

**Adjunkt i sygepleje** – Esbjerg. Du underviser i klinisk sygepleje og vejleder studerende i praktik på hospitalerne.`,
    sector: null,
    lang: 'da',
  },
  {
    id: 'tl-108',
    company: 'Containerlinjen Fredericia A/S',
    text: `Vores fem containerskibe sejler fast mellem Fredericia, Göteborg, Gdynia og Rotterdam, og vores lastbiler kører containerne det sidste stykke til kunderne.

**Booking-koordinator** – du tager imod ordrer fra speditører, planlægger lasten på skibene og holder kunderne orienteret, når vejret forsinker en afgang.`,
    sector: null,
    lang: 'da',
    why: 'container shipping and haulage: logistics is unclassified',
  },
  {
    id: 'tl-109',
    company: 'Havforskningsinstituttet Skagen',
    text: `Vi undersøger fiskebestande, havstrømme og iltsvind i Nordsøen og Kattegat og rådgiver om fiskekvoter. To forskningsskibe og 120 medarbejdere.

**Postdoc i populationsmodellering** – du modellerer torsk og sild med data fra vores togter og fra fiskeriet.`,
    sector: null,
    lang: 'da',
    why: 'a research institute is unclassified',
  },
  {
    id: 'tl-110',
    company: 'Feriecentre Klitgården',
    text: `Vi har 420 feriehuse, to campingpladser og et badeland ved Vesterhavet. Om sommeren er her 6.000 gæster hver nat.

**Receptionist** – sæsonansættelse april–oktober, med mulighed for bolig.`,
    sector: null,
    lang: 'da',
  },
  // Finnish
  {
    id: 'tl-111',
    company: 'Tilitoimisto Tasekulma Oy',
    text: `Hoidamme kirjanpidon, palkat ja veroilmoitukset 1 100 pienyritykselle Pirkanmaalla – kampaamoille, rakennusliikkeille, hammaslääkäreille ja verkkokaupoille. Kuitit tulevat meille sovelluksen kautta, ja asiakas näkee tuloksensa kuukauden välein.

**Kirjanpitäjä** – Tampere

- asiakkaiden juokseva kirjanpito ja arvonlisäveroilmoitukset
- tilinpäätösten valmistelu yhdessä KLT-tilintarkastajan kanssa
- neuvonta, kun asiakas palkkaa ensimmäisen työntekijänsä

Tarjoamme joustavan työajan, etätyömahdollisuuden ja tuen tilitoimistoalan tutkintoihin.`,
    sector: 'Finance & FinTech',
    lang: 'fi',
    why: 'an accountancy firm; its clients\' trades do not decide',
  },
  {
    id: 'tl-112',
    company: 'Säästökassa Kalliola',
    text: `Säästöt, asuntolainat ja yritystilit 58 000 asiakkaalle Keski-Suomessa. Meillä ei ole osakkeenomistajia: voitto jää alueelle ja lahjoitamme osan siitä paikallisille urheiluseuroille ja kouluille.

Haemme **luottoanalyytikkoa** Jyväskylään. Arvioit yritysasiakkaiden rahoitushakemuksia, seuraat luottosalkun riskejä ja kehität luottopäätösten malleja yhdessä IT:n kanssa.

Edut: liikunta- ja kulttuuriseteli, työterveyshuolto, edullinen asuntolaina henkilöstölle.`,
    sector: 'Finance & FinTech',
    lang: 'fi',
    why: 'holds savings and grants home loans for local people: a savings bank',
  },
  {
    id: 'tl-113',
    company: 'Eläkekassa Ahjola',
    text: `Maksamme eläkettä 85 000 entiselle metsä- ja satamatyöntekijälle ja keräämme eläkemaksuja 120 000 työntekijältä. Sijoitamme 14 miljardin euron varat osakkeisiin, korkoihin, kiinteistöihin ja metsään.

**Sijoitusanalyytikko, kiinteistöt** – Helsinki

Seuraat kiinteistösijoitusten tuottoja ja riskejä, valmistelet sijoituspäätöksiä ja raportoit hallitukselle.`,
    sector: 'Finance & FinTech',
    lang: 'fi',
    why: 'a pension fund is Finance',
  },
  {
    id: 'tl-114',
    company: 'Palkkapalvelu Tilipussi Oy',
    text: `Palkanlaskija – Oulu

Laskemme palkat joka kuukausi 22 000 työntekijälle 650 yrityksessä: ravintoloissa, siivousyrityksissä, päiväkodeissa ja kuljetusliikkeissä. Huolehdimme verokorteista, lomarahoista ja tulorekisteri-ilmoituksista, jotta asiakkaan ei tarvitse.

Saat oman asiakasvastuun ja perehdytyksen eri työehtosopimuksiin.`,
    sector: 'Finance & FinTech',
    lang: 'fi',
    why: 'a payroll bureau for other firms is Finance',
  },
  {
    id: 'tl-115',
    company: 'Kirurgirobotiikka Sarvi Oy',
    text: `Leikkausrobottimme avustaa kirurgia polven ja lonkan tekonivelleikkauksissa 60 sairaalassa Euroopassa. Suunnittelemme ja valmistamme robotin Espoossa: mekaniikan, ohjauselektroniikan ja ohjelmiston, joka sovittaa leikkaussuunnitelman potilaan TT-kuviin.

Haemme **ohjelmistokehittäjää (C++/ROS)** liikkeenohjauksen tiimiin. Työskentelet mekaniikkasuunnittelijoiden ja ortopedien kanssa, ja koekäytämme uudet versiot omassa harjoitusleikkaussalissamme.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'designs and manufactures surgical robots for hospitals: Healthcare, not Manufacturing',
  },
  {
    id: 'tl-116',
    company: 'Implanttilaakso Oy',
    text: `Valmistamme Kuopiossa vuosittain 600 000 hammasimplanttia ja niiden osia, jotka hammaslääkärit asentavat potilaille 40 maassa. Titaani sorvataan, pinta käsitellään ja jokainen implantti pakataan steriiliin pakkaukseen.

**Laatuinsinööri** – vastaat prosessivalidoinneista ja poikkeamien tutkinnasta ja valmistelet auditointeja lääkinnällisten laitteiden asetuksen mukaisesti.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'makes dental implants: a medical-device maker is Healthcare',
  },
  {
    id: 'tl-117',
    company: 'Kuvantaja Medical Oy',
    text: `Kartiokeila-TT-laitteitamme käytetään 9 000 hammas- ja korvaklinikalla. Laite kuvaa leuan ja hampaat kolmiulotteisesti 10 sekunnissa, ja ohjelmistomme auttaa suunnittelemaan juurihoidot ja implantit.

Haemme **kuvantamisen algoritmikehittäjää** kehittämään rekonstruktiota ja säteilyannoksen pienentämistä. Python, C++ ja lääketieteellisen kuvantamisen tausta ovat eduksi.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'makes imaging scanners for dental and ENT clinics: diagnostic devices are Healthcare',
  },
  {
    id: 'tl-118',
    company: 'Kielo-apteekit',
    text: `Verkkokaupan kehityspäällikkö – Lahti

Kielo-apteekit toimittavat 5 miljoonaa reseptilääkettä vuodessa 38 apteekista ja verkkoapteekista. Farmaseuttimme neuvovat lääkkeiden käytössä myymälässä ja chatissa, ja verkosta tilatut lääkkeet voi noutaa pakettiautomaatista.

Vastaat verkkoapteekin kehityksestä: asiakaskokemus, tuotetiedot, maksaminen ja yhteistyö farmaseuttien kanssa.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'a pharmacy chain is Healthcare, also for its online shop',
  },
  {
    id: 'tl-119',
    company: 'Kauppakassi Kotiin Oy',
    text: `Tilaa aamulla, ruoka on kotona illalla: toimitamme ruokaostokset 45 000 kotiin viikossa Helsingissä, Tampereella ja Turussa. Keräämme tuotteet omista varastoistamme ja kuljettajamme tuovat ne sähköpakettiautoilla.

Haemme **iOS-kehittäjää**, joka vastaa ostoskorista, maksamisesta ja toimitusaikojen valinnasta sovelluksessa.`,
    sector: 'E-commerce & Retail',
    lang: 'fi',
    why: 'a grocery-delivery app is Retail',
  },
  {
    id: 'tl-120',
    company: 'Sohvatalo Kaarna',
    text: `Myymme sohvia, sänkyjä, ruokapöytiä ja mattoja 24 myymälässä ympäri Suomen ja verkossa. Huonekalut tulevat tehtailta Suomesta, Virosta ja Puolasta, ja kuljettajamme kantavat ne kotiin ja kokoavat.

**Myymäläpäällikkö** – Seinäjoki. Johdat 12 hengen tiimiä, vastaat myynnistä ja huolehdit, että asiakas löytää sopivan sohvan.`,
    sector: 'E-commerce & Retail',
    lang: 'fi',
  },
  {
    id: 'tl-121',
    company: 'Kierrätystori Oy',
    text: `Joka päivä ihmiset laittavat myyntiin meillä 30 000 käytettyä vaatetta, lastenvaunua ja huonekalua. Ostaja maksaa sovelluksessa, ja paketti kulkee lähimpään noutopisteeseen.

**Data-analyytikko** – autat ymmärtämään, mikä saa ilmoituksen myymään nopeasti ja miten petokset havaitaan ajoissa.`,
    sector: 'E-commerce & Retail',
    lang: 'fi',
    why: 'a marketplace where consumers buy and sell used goods is Retail',
  },
  {
    id: 'tl-122',
    company: 'Liittymä Pohjola Oy',
    text: `Asiakaspalvelija – Rovaniemi

270 000 ihmistä käyttää puhelimessaan meidän liittymäämme. Autamme heitä, kun numero pitää siirtää, eSIM aktivoida tai lasku tuntuu oudolta ulkomaanmatkan jälkeen.

Vastaat puheluihin ja chatteihin, ratkaiset asiat kerralla ja saat oman puhelinliittymän maksutta.`,
    sector: 'Telecommunications',
    lang: 'fi',
    why: 'sells mobile subscriptions and SIM cards: an operator',
  },
  {
    id: 'tl-123',
    company: 'Mastoyhtiö Korkea Oy',
    text: `Omistamme 2 600 mastoa ja tornia Hangosta Utsjoelle. Matkapuhelinoperaattorit, viranomaisverkko ja radiokanavat vuokraavat niistä paikat antenneilleen, ja me huolehdimme sähköstä, kuidusta ja kunnossapidosta.

Haemme **rakennuttajaa**, joka vie uudet mastot tontin vuokrasopimuksesta rakennuslupaan ja valmiiseen torniin.`,
    sector: 'Telecommunications',
    lang: 'fi',
  },
  {
    id: 'tl-124',
    company: 'Kuitukylät Etelä-Pohjanmaa osk',
    text: `Olemme kyläläisten perustama osuuskunta, joka on kaivanut valokuidun 14 000 kotiin ja maatilaan Etelä-Pohjanmaan kylissä. Liittymän omistaa jäsen itse, ja verkossamme toimii kolme palveluntarjoajaa.

**Verkkoasentaja** – Lapua. Teet liitoksia ja mittauksia, korjaat vikoja ja neuvot asiakkaita paikan päällä.`,
    sector: 'Telecommunications',
    lang: 'fi',
    why: 'a village fibre cooperative that connects homes to broadband: Telecommunications',
  },
  {
    id: 'tl-125',
    company: 'Signaali Oy – asiakaskeskus Oulu',
    text: `Oulun asiakaskeskuksemme vastaa vuodessa miljoonaan yhteydenottoon Signaalin mobiililiittymä- ja laajakaista-asiakkailta: katkoksiin, laskuihin, uusiin puhelimiin ja muuttoon.

Haemme **tiiminvetäjää**, joka valmentaa 15 asiakaspalvelijaa ja kehittää vastausaikoja ja ratkaisuastetta. Ruokaetu, liikuntaetu ja oma liittymä.`,
    sector: 'Telecommunications',
    lang: 'fi',
    why: 'the customer centre of a mobile and broadband operator is Telecommunications',
  },
  {
    id: 'tl-126',
    company: 'Kartonkitehdas Hirvikoski Oy',
    text: `Kartonkikoneemme tekevät vuodessa 450 000 tonnia taivekartonkia, josta painetaan muroja, lääkkeitä ja suklaata varten pakkauksia ympäri Eurooppaa.

Haemme **prosessi-insinööriä** kartonkikone 2:lle. Tehtäväsi on parantaa ajettavuutta, vähentää ratakatkoja ja kehittää laatua yhdessä vuorojen kanssa. Kolmivuorotyö mahdollinen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
  },
  {
    id: 'tl-127',
    company: 'Ovitehdas Lakeus Oy',
    text: `Tehtaallamme Kauhavalla valmistuu vuosittain 160 000 sisä- ja ulko-ovea kerrostaloihin, omakotitaloihin ja kouluihin. Puu sahataan, liimataan, maalataan ja heloitetaan samassa hallissa.

**Tuotannonsuunnittelija** – suunnittelet linjojen ajojärjestyksen, seuraat materiaalien saatavuutta ja toimitusvarmuutta.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
    why: 'makes doors in a factory: Manufacturing, not construction',
  },
  {
    id: 'tl-128',
    company: 'Leipomo Ruisranta Oy',
    text: `Uunimme paistavat joka yö 300 000 ruisleipää, sämpylää ja karjalanpiirakkaa, jotka kuljetetaan aamuksi kauppoihin ympäri Suomea.

**Kunnossapitoasentaja** – huolehdit uuneista, taikinakoneista ja pakkauslinjoista yövuorossa. Vuorolisät ja ilmainen leipä.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
    why: 'an industrial bakery: a food maker is Manufacturing',
  },
  {
    id: 'tl-129',
    company: 'Alumiiniveneet Saimaa Oy',
    text: `Hitsaamme ja varustamme 1 400 alumiiniveneettä vuodessa veneilijöille, kalastajille ja pelastuslaitoksille. Jokainen vene koeajetaan Saimaalla ennen toimitusta.

**Hitsaaja / hitsausrobotin operaattori** – Savonlinna, päivävuoro.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
  },
  {
    id: 'tl-130',
    company: 'Verotoimisto Itä',
    text: `Vahvistamme verotuksen 900 000 ihmiselle ja 60 000 yritykselle Itä-Suomessa, valvomme arvonlisäveroa ja perimme maksamattomia veroja. Vastaamme vuosittain 700 000 kysymykseen puhelimessa ja chatissa.

**Verotarkastaja** – Kuopio

Valitset tarkastuskohteet data-analytiikan avulla, teet verotarkastuksia yrityksiin ja kirjoitat tarkastuskertomukset.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fi',
    why: 'assesses and collects taxes: a tax office is Public Sector, though it never says government',
  },
  {
    id: 'tl-131',
    company: 'Etuuskeskus Lappi',
    text: `Maksamme asumistukea, sairauspäivärahaa, työttömyysturvaa ja lapsilisää Lapin asukkaille – yhteensä 1,1 miljardia euroa vuodessa. Ratkaisemme hakemukset, neuvomme puhelimessa ja toimistoillamme Rovaniemellä, Kemissä ja Ivalossa.

Haemme **etuuskäsittelijää**, joka ratkaisee hakemuksia lainsäädännön mukaan ja selittää päätökset ymmärrettävästi.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fi',
    why: 'pays housing, sickness and unemployment benefits: a public benefits office',
  },
  {
    id: 'tl-132',
    company: 'Ympäristövalvonta Kaakko',
    text: `Valvomme 900 ympäristöluvan mukaista laitosta Kaakkois-Suomessa: sellutehtaita, kaatopaikkoja, satamia ja turkistarhoja. Kun päästöraja ylittyy tai järveen valuu jätevettä, annamme määräyksiä ja tarvittaessa uhkasakon.

**Ympäristötarkastaja** – Lappeenranta. Teet tarkastuskäyntejä, arvioit tarkkailuraportteja ja valmistelet päätöksiä.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fi',
    why: 'inspects plants for pollution and enforces permits: an environmental inspectorate',
  },
  {
    id: 'tl-133',
    company: 'Kiinteistörekisteri, Pohjois-Suomen toimipiste',
    text: `Kirjaamme lainhuudot ja kiinnitykset ja pidämme kiinteistörekisteriä ja karttoja ajan tasalla: kuka omistaa minkäkin tontin, metsäpalstan ja mökkirannan. Mittaajamme käyvät maastossa tilojen rajoilla.

Haemme **paikkatietoasiantuntijaa** Ouluun kehittämään rekisterin karttapalveluita ja tietojen laatua.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fi',
    why: 'keeps the land and title registers: a land registry is Public Sector',
  },
  {
    id: 'tl-134',
    company: 'Koodimylly Oy',
    text: `Olemme 90 kehittäjää Turussa ja Tampereella. Teemme sovelluksia varustamolle, vakuutusyhtiölle, hotelliketjulle, kahdelle kaupungille ja konepajalle – tällä hetkellä esimerkiksi huoltoportaalia hisseille ja ajanvarausta fysioterapeuteille.

**Fullstack-kehittäjä** (TypeScript, Node, React). Saat valita projektisi ja koulutusbudjetin.`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
    why: 'a software house serving many industries is IT',
  },
  {
    id: 'tl-135',
    company: 'Revontulipelit Oy',
    text: `Mobiilipelejämme pelaa kuukausittain 3 miljoonaa ihmistä: he rakentavat kyliä, kasvattavat poroja ja kilpailevat kavereitaan vastaan.

**Pelisuunnittelija, live ops** – Helsinki. Suunnittelet tapahtumia ja kausia ja seuraat datasta, mikä pelaajia innostaa.`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
  },
  {
    id: 'tl-136',
    company: 'Datakaivos Oy',
    text: `Ennustamme kauppaketjulle huomisen menekin, vesilaitokselle putkivuodot, sairaanhoitopiirille päivystyksen ruuhkat ja konepajalle laakerivauriot. Meitä on 45 data-insinööriä ja -tieteilijää.

**Koneoppimisinsinööri** – rakennat ja viet tuotantoon malleja asiakkaidemme pilviympäristöihin.`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
    why: 'a data and AI company working for many industries is IT',
  },
  {
    id: 'tl-137',
    company: 'Kymijoen Voima Oy',
    text: `Kuusi vesivoimalaamme ja kaksi tuulipuistoa tuottavat 1,4 TWh sähköä vuodessa, ja myymme sen pohjoismaisessa sähköpörssissä.

**Tuotannon optimoija** – Kouvola. Laadit virtaama- ja hintaennusteita ja päätät, milloin vettä juoksutetaan.`,
    sector: null,
    lang: 'fi',
    why: 'generates and sells electricity: energy is unclassified',
  },
  {
    id: 'tl-138',
    company: 'Huolinta Aalto Oy',
    text: `Kuljetamme ja varastoimme tavaraa teollisuudelle ja tukkuliikkeille: 40 rekkaa, varasto Vantaalla ja tullaus satamissa.

**Kuljetussuunnittelija** – suunnittelet reitit, kuormat ja aikataulut ja pidät yhteyttä kuljettajiin ja asiakkaisiin.`,
    sector: null,
    lang: 'fi',
    why: 'freight forwarding and warehousing: logistics is unclassified',
  },
  {
    id: 'tl-139',
    company: 'Ammattiopisto Rannikko',
    text: `Koulutamme vuosittain 6 000 opiskelijaa lähihoitajiksi, sähköasentajiksi, kokeiksi ja ohjelmistokehittäjiksi.

**Tieto- ja viestintätekniikan opettaja** – Vaasa. Opetat ohjelmointia ja verkkoja ja ohjaat opiskelijoiden työssäoppimista.`,
    sector: null,
    lang: 'fi',
  },
  {
    id: 'tl-140',
    company: 'Tunturihotellit Oy',
    text: `Kolmessa tunturihotellissamme Lapissa on 520 huonetta, ravintolat, kylpylä ja safaripalvelut. Talvella vieraita tulee 40 maasta.

**Hotellin vastaanottovirkailija** – Saariselkä. Työsuhdeasunto järjestyy.`,
    sector: null,
    lang: 'fi',
  },
  {
    id: 'tl-141',
    company: 'Lakeuden Viesti',
    text: `Sanomalehtemme ja uutissivustomme tavoittavat päivittäin 150 000 lukijaa Etelä-Pohjanmaalla.

**Data-analyytikko** – autat toimitusta ymmärtämään, mitkä jutut luetaan loppuun ja mitkä tuovat tilaajia.`,
    sector: null,
    lang: 'fi',
    why: 'a newspaper: media is unclassified, though the job is in data',
  },
  {
    id: 'tl-142',
    company: 'Metsä- ja suotutkimuslaitos',
    text: `Tutkimme, miten metsät ja suot sitovat hiiltä ja miten niitä kannattaa hoitaa muuttuvassa ilmastossa. Meillä on 30 koealuetta ja 200 tutkijaa.

**Tutkijatohtori, kaukokartoitus** – Joensuu.`,
    sector: null,
    lang: 'fi',
    why: 'a research institute is unclassified',
  },
  {
    id: 'tl-143',
    company: 'Henkilöstöpalvelu Vuoronvaihto Oy',
    text: `Meiltä käy joka viikko 1 800 vuokratyöntekijää töissä varastoissa, rakennuksilla, myymälöissä ja toimistoissa.

**Rekrytoija** – Tampere. Haastattelet hakijoita, perehdytät uusia työntekijöitä ja hoidat asiakkaiden tilauksia.`,
    sector: null,
    lang: 'fi',
    why: 'a staffing agency that names no client\'s business is unclassified',
  },
  // Polish
  {
    id: 'tl-144',
    company: 'SKOK Pogórze',
    text: `**Doradca klienta – Gorlice**

Oszczędza i pożycza u nas 42 tysiące członków z Pogórza i Beskidu Niskiego: nauczycielki, rolnicy, emeryci i właściciele małych warsztatów. Każdy członek ma głos na zebraniu, a nadwyżka nie trafia do akcjonariuszy.

Będziesz otwierać rachunki, doradzać przy pożyczkach i lokatach oraz pomagać starszym członkom przejść na bankowość w telefonie.

Oferujemy umowę o pracę, prywatną opiekę medyczną i dofinansowanie do wypoczynku.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'a credit union (SKOK): members save and borrow with it',
  },
  {
    id: 'tl-145',
    company: 'Kancelaria Biegłych Rewidentów Bilans-Audyt sp. z o.o.',
    text: `Co roku badamy sprawozdania finansowe 280 spółek, szpitali powiatowych, spółdzielni mieszkaniowych i spółek komunalnych w Wielkopolsce. Poza sezonem doradzamy przy podatkach i przekształceniach.

Asystent biegłego rewidenta – Poznań

- udział w badaniach od inwentaryzacji do sprawozdania z badania
- testy kontroli i analiza danych z ksiąg klientów
- przygotowanie dokumentacji rewizyjnej

Finansujemy egzaminy na biegłego rewidenta i ACCA.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'an audit firm; its hospital and municipal clients do not decide',
  },
  {
    id: 'tl-146',
    company: 'Powszechne Towarzystwo Emerytalne Dąb S.A.',
    text: `Zarządzamy oszczędnościami emerytalnymi 1,3 mln osób – w OFE, PPK i IKZE – łącznie 29 mld zł. Pieniądze inwestujemy w akcje spółek giełdowych, obligacje i fundusze, a co miesiąc przekazujemy część środków osobom, które przeszły na emeryturę.

Poszukujemy **analityka danych** do zespołu obsługi uczestników, który pomoże zrozumieć, kiedy ludzie rezygnują z oszczędzania w PPK i jak ich przed tym zatrzymać.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'manages pension savings: Finance',
  },
  {
    id: 'tl-147',
    company: 'Stentex Medical sp. z o.o.',
    text: `Nasze stenty wieńcowe i cewniki trafiają do 400 pracowni hemodynamiki w Polsce i 30 innych krajach. Projektujemy je razem z kardiologami, tniemy laserem z rurek ze stopu kobaltowo-chromowego, powlekamy lekiem i sterylizujemy w naszym zakładzie pod Katowicami.

Inżynier ds. walidacji procesów

Odpowiadasz za walidacje maszyn i procesów zgodnie z MDR i ISO 13485 oraz za dokumentację dla jednostki notyfikowanej. Pracujesz na styku produkcji, jakości i R&D.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'designs and makes coronary stents and catheters: medical devices are Healthcare, despite the factory words',
  },
  {
    id: 'tl-148',
    company: 'Histoskan sp. z o.o.',
    text: `Patomorfolodzy w 60 szpitalach oglądają preparaty na ekranie, a nie pod mikroskopem: nasze oprogramowanie wyświetla zeskanowane szkiełka, zaznacza podejrzane obszary i liczy komórki nowotworowe.

**Machine Learning Engineer (computer vision)** – Wrocław / zdalnie

Rozwijasz modele do raka piersi i jelita grubego i wdrażasz je na serwerach szpitali. Współpracujesz z lekarzami, którzy używają narzędzia codziennie.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'digital pathology software for hospital laboratories is Healthcare',
  },
  {
    id: 'tl-149',
    company: 'Apteki Pod Złotym Moździerzem',
    text: `Specjalista ds. e-commerce – Łódź

W 170 aptekach stacjonarnych i w aptece internetowej realizujemy rocznie 9 mln recept. Klienci zamawiają leki bez recepty, dermokosmetyki i produkty dla dzieci z odbiorem w aptece lub w paczkomacie, a farmaceuta odpowiada na pytania na czacie.

Będziesz odpowiadać za ofertę i kampanie w aptece internetowej, opisy produktów i współpracę z działem farmaceutycznym.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'a pharmacy chain is Healthcare, even when the job is in its online shop',
  },
  {
    id: 'tl-150',
    company: 'Obiadowóz sp. z o.o.',
    text: `Z 6 000 restauracji, barów mlecznych i pizzerii w 50 miastach dowozimy obiady 900 tys. klientów miesięcznie. Klient zamawia w aplikacji, restauracja gotuje, a nasi kurierzy na rowerach i skuterach dowożą.

**Backend Developer (Java/Kotlin)** – zespół zamówień

Budujesz usługi, które przyjmują zamówienia, liczą czas dostawy i przydzielają kurierów. Praca zdalna lub biuro w Warszawie.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'a meal-delivery marketplace: consumers buy meals through it, so Retail',
  },
  {
    id: 'tl-151',
    company: 'Markety Budowlane Kielnia',
    text: `Cement, płytki, farby, drzwi i narzędzia: w 35 marketach budowlanych i przez sklep internetowy sprzedajemy wszystko do budowy i remontu. Wykonawcy mają u nas karty rabatowe, a towar dowozimy na budowę.

**Analityk ds. zakupów** – Kielce. Analizujesz sprzedaż i marże, negocjujesz z dostawcami i decydujesz, które produkty wchodzą do sklepów.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
  },
  {
    id: 'tl-152',
    company: 'Meblokrąg sp. z o.o.',
    text: `Sprzedajemy przez internet 45 tys. mebli rocznie – sofy, komody, łóżka i stoły – od 120 fabryk i stolarni z całej Polski. Sami nic nie produkujemy: wybieramy, fotografujemy, sprzedajemy i dowozimy.

**Specjalista ds. obsługi klienta** – pomożesz klientom wybrać meble, śledzić dostawy i rozwiązać reklamacje.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'sells furniture made by others through its own website: Retail, not Manufacturing',
  },
  {
    id: 'tl-153',
    company: 'Zasięg Mobile sp. z o.o.',
    text: `Nasze karty SIM ma w telefonach 480 tys. osób. Korzystają z sieci dużego operatora, ale taryfy, aplikację i obsługę mają od nas – bez umów na dwa lata.

**Product Manager – aplikacja klienta**

Odpowiadasz za to, jak klient doładowuje konto, kupuje pakiety internetu i aktywuje eSIM. Pracujesz z zespołem 8 programistów w Gdańsku.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'sells SIM cards and mobile plans: an operator (MVNO)',
  },
  {
    id: 'tl-154',
    company: 'Abonent Systems sp. z o.o.',
    text: `Nasz system wystawia co miesiąc faktury 7 mln abonentów 11 operatorów komórkowych, kablowych i światłowodowych w Europie Środkowej. Rozlicza rozmowy, pakiety danych, roaming i raty za telefony.

**Senior Java Developer** – Kraków. Pracujesz przy silniku taryfikacji, który przetwarza miliard rekordów dziennie.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'billing software made for telecom operators is Telecommunications',
  },
  {
    id: 'tl-155',
    company: 'Grzejniki Sudety S.A.',
    text: `Z naszej fabryki w Wałbrzychu wyjeżdża rocznie 1,6 mln grzejników stalowych i łazienkowych do hurtowni instalacyjnych w 30 krajach. Tłoczymy, spawamy, malujemy proszkowo i pakujemy na własnych liniach.

**Inżynier utrzymania ruchu** – praca zmianowa, premia kwartalna, dowóz do pracy.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
  },
  {
    id: 'tl-156',
    company: 'Fotele Motoryzacyjne Żywiec sp. z o.o.',
    text: `Każdego dnia dostarczamy 3 000 kompletów foteli do trzech fabryk samochodów w Polsce, Czechach i na Słowacji – dokładnie w kolejności, w jakiej auta zjeżdżają z linii.

**Data Analyst – produkcja** – łączysz dane z linii, kontroli jakości i logistyki, żeby przewidzieć opóźnienia dostaw zanim zatrzymają linię klienta.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'makes car seats for carmakers: an automotive supplier',
  },
  {
    id: 'tl-157',
    company: 'Farby Wisłoka S.A.',
    text: `W zakładzie w Dębicy produkujemy 90 tys. ton farb, lakierów i klejów rocznie dla budownictwa, przemysłu meblowego i marketów budowlanych.

**Technolog lakierów** – opracowujesz nowe receptury, prowadzisz próby na linii i wspierasz klientów przemysłowych.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'makes paints in its chemical plant: Manufacturing',
  },
  {
    id: 'tl-158',
    company: 'Inspekcja Ochrony Środowiska – Delegatura w Jeziorach',
    text: `Kontrolujemy 1 200 zakładów w północnej Wielkopolsce – ubojnie, oczyszczalnie, składowiska odpadów i fermy – mierzymy jakość powietrza i rzek, a gdy ktoś przekracza normy, nakładamy kary.

**Inspektor ds. kontroli** – prowadzisz kontrole w terenie, analizujesz wyniki pomiarów i przygotowujesz decyzje.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'inspects plants and imposes penalties on polluters: an environmental inspectorate',
  },
  {
    id: 'tl-159',
    company: 'Powiatowy Ośrodek Dokumentacji Geodezyjnej w Zielnowie',
    text: `Prowadzimy zasób map, danych ewidencji gruntów i budynków dla całego powiatu: przyjmujemy prace geodetów, wydajemy mapy do celów projektowych i wypisy z ewidencji dla notariuszy.

**Administrator systemu GIS** – dbasz o bazę ewidencyjną, usługi mapowe i integrację z systemem geoportalu.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'keeps land survey records and property maps: a public land-records office',
  },
  {
    id: 'tl-160',
    company: 'Urząd Statystyczny w Borowcu',
    text: `Co miesiąc ankietujemy tysiące gospodarstw domowych i firm, liczymy bezrobocie, ceny i liczbę mieszkańców województwa i publikujemy wyniki w bazie danych regionalnych.

**Starszy statystyk** – projektujesz próby, ważysz wyniki i automatyzujesz raporty w R.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'collects surveys and produces official statistics: a public statistics office',
  },
  {
    id: 'tl-161',
    company: 'Kodówka sp. z o.o.',
    text: `Tworzymy oprogramowanie dla sieci siłowni, producenta maszyn rolniczych, towarzystwa ubezpieczeń, dwóch szpitali i biura podróży. Jesteśmy zespołem 110 osób w Lublinie i Rzeszowie.

**Senior React Developer** – projekt portalu klienta dla firmy leasingowej, zdalnie lub hybrydowo.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'a software house serving many industries is IT',
  },
  {
    id: 'tl-162',
    company: 'Zmianownik sp. z o.o.',
    text: `W Zmianowniku układa grafiki 5 000 firm: sklepy, hotele, fabryki, przychodnie i centra logistyczne. Kierownik widzi braki na zmianach, pracownik wymienia dyżury w telefonie.

**QA Automation Engineer** – Playwright, TypeScript, testy API.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'shift-scheduling software used by firms in every industry is IT',
  },
  {
    id: 'tl-163',
    company: 'Centrum Logistyczne Stryków sp. z o.o.',
    text: `W naszych magazynach pod Łodzią składujemy i kompletujemy towary dla producentów kosmetyków, opon i elektroniki – 60 tys. palet i 200 ciężarówek dziennie.

**Kierownik zmiany** – odpowiadasz za przyjęcia i wydania, pracę 80 osób i bezpieczeństwo na magazynie.`,
    sector: null,
    lang: 'pl',
    why: 'warehousing and freight for others: logistics is unclassified',
  },
  {
    id: 'tl-164',
    company: 'Doradztwo Strategiczne Horyzont sp. z o.o.',
    text: `Pomagamy zarządom banków, sieci handlowych, szpitali i spółek energetycznych w strategii, restrukturyzacji i zmianach organizacyjnych.

**Młodszy konsultant** – Warszawa. Analizy, warsztaty, prezentacje dla zarządów.`,
    sector: null,
    lang: 'pl',
    why: 'management consultancy: unclassified',
  },
  {
    id: 'tl-165',
    company: 'Gospodarstwo Rolne Złote Łany sp. z o.o.',
    text: `Uprawiamy 3 000 ha zbóż, rzepaku i buraków na Żuławach i prowadzimy własną suszarnię i magazyny zbożowe.

**Agronom** – planujesz uprawy, nawożenie i ochronę roślin oraz pracujesz z mapami plonów i zdjęciami satelitarnymi.`,
    sector: null,
    lang: 'pl',
  },
  // Swedish
  {
    id: 'tl-166',
    company: 'Verifikat Redovisning AB',
    text: `Vi sköter bokföring, löner och deklarationer åt 950 småföretag i Skåne – restauranger, byggfirmor, tandläkarmottagningar och webbutiker. Kunden fotar kvittot, vi gör resten och ringer när siffrorna säger något viktigt.

**Redovisningskonsult** – Helsingborg

- löpande bokföring och momsdeklarationer
- bokslut och årsredovisningar
- rådgivning kring skatt och likviditet

Vi betalar din auktorisation, och du får friskvårdsbidrag och flexibla tider.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'an accounting firm: bookkeeping and payroll for small firms',
  },
  {
    id: 'tl-167',
    company: 'Löneskiftet AB',
    text: `Lönespecialist – Örebro

Varje månad betalar vi ut lön till 31 000 anställda hos 700 företag och föreningar: förskolor, åkerier, hotell och elfirmor. Vi räknar OB, semester och sjuklön och lämnar arbetsgivardeklarationen åt dem.

Du får egna kunder och blir deras kontaktperson. Vi lär dig kollektivavtalen.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'a payroll bureau for other firms is Finance',
  },
  {
    id: 'tl-168',
    company: 'Revisionshuset Kronoberg AB',
    text: `Vi granskar årsredovisningarna för 400 bolag, kommunala stiftelser och bostadsrättsföreningar i Småland och hjälper ägarna när de ska sälja eller lämna över företaget.

**Revisorsassistent** – Växjö. Du deltar i revisioner, testar interna kontroller och arbetar med dataanalys av huvudböcker.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'an audit firm is Finance',
  },
  {
    id: 'tl-169',
    company: 'Snäckan Implantat AB',
    text: `Våra hörselimplantat har opererats in hos 70 000 barn och vuxna i 50 länder. Vi konstruerar elektroder, elektronik och ljudprocessorer i Göteborg och tillverkar dem i vår renrumsfabrik i Mölndal.

**Mjukvaruutvecklare, ljudprocessor (C/C++)** – du arbetar med signalbehandling och batteritid, tillsammans med audionomer och kirurger.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'designs and manufactures hearing implants: medical devices are Healthcare, not Manufacturing',
  },
  {
    id: 'tl-170',
    company: 'Kamomillapoteken',
    text: `Butikschef – Kamomillapoteket Sundsvall

På våra 88 apotek och i vår e-handel expedierar vi 7 miljoner recept per år. Farmaceuterna ger råd om läkemedel, och kunderna handlar också hudvård, barnprodukter och egenvård.

Du leder ett team på tio farmaceuter och egenvårdsrådgivare och ansvarar för försäljning och bemanning.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'a pharmacy chain is Healthcare',
  },
  {
    id: 'tl-171',
    company: 'Skiktröntgen Analys AB',
    text: `Röntgenläkare på 45 sjukhus i Norden låter vår programvara läsa datortomografier av bröstkorgen först och flagga misstänkta lungknutor. Läkaren avgör, vi sparar tid.

**Backendutvecklare (Python)** – Lund. Integrationer med PACS och journalsystem, drift på sjukhusens egna servrar.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'AI for radiology departments in hospitals is Healthcare',
  },
  {
    id: 'tl-172',
    company: 'Soffboden',
    text: `Soffor, sängar, mattor och lampor i 32 varuhus och på nätet. Vi köper in från fabriker i Sverige, Polen och Litauen, och våra chaufförer bär in och monterar.

**Varuhuschef** – Jönköping. Du leder 20 säljare och lagermedarbetare och ansvarar för försäljning och kundupplevelse.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'sells sofas and beds bought from factories in its own stores: a furniture chain',
  },
  {
    id: 'tl-173',
    company: 'Loppislådan AB',
    text: `Varje dag läggs 20 000 saker ut till försäljning hos oss – barnkläder, möbler, cyklar och böcker. Köparen betalar i appen och paketet går till närmaste ombud.

**Produktdesigner** – Stockholm. Du gör det enklare att lägga upp en annons och att lita på säljaren.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'a marketplace where consumers buy second-hand goods is Retail',
  },
  {
    id: 'tl-174',
    company: 'Täckning Mobil AB',
    text: `Kundtjänstmedarbetare – Kiruna

320 000 kunder har vårt SIM-kort i mobilen. Vi hjälper dem med nummerflytt, eSIM, fakturor och täckning i fjällen.

Du svarar i telefon och chatt och löser ärendet direkt. Fast lön, bonus och fri mobil.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'sells mobile subscriptions and SIM cards: an operator',
  },
  {
    id: 'tl-175',
    company: 'Mastbolaget Norrland AB',
    text: `Vi äger 2 200 master och torn från Dalarna till Treriksröset. Mobiloperatörerna, Rakel och radiostationerna hyr plats för sina antenner, och vi sköter el, fiber och underhåll.

**Projektledare nybyggnation** – Luleå. Du bygger nya master längs E4 och järnvägen, från markavtal till färdigt torn.`,
    sector: 'Telecommunications',
    lang: 'sv',
  },
  {
    id: 'tl-176',
    company: 'Byanätet Ekonomisk förening',
    text: `Bygden grävde själv: i dag har 6 000 hushåll och gårdar i Västerbottens inland fiber från vårt nät, och medlemmarna äger det tillsammans. Tre tjänsteleverantörer säljer bredband och tv i nätet.

**Nättekniker** – Lycksele. Du svetsar fiber, felsöker och hjälper medlemmar på plats.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'a village fibre cooperative providing broadband is Telecommunications',
  },
  {
    id: 'tl-177',
    company: 'Knäckebrödsbageriet i Dala AB',
    text: `Ur våra ugnar kommer 40 miljoner paket knäckebröd om året, som säljs i matbutiker i Sverige, Tyskland och USA. Rågen kommer från gårdar i Mellansverige.

**Underhållstekniker** – du håller ugnar, degmaskiner och förpackningslinjer igång och är med när vi bygger ut.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
    why: 'a bakery factory: a food maker is Manufacturing',
  },
  {
    id: 'tl-178',
    company: 'Diskmaskinsfabriken Alvesta AB',
    text: `Vi tillverkar 250 000 diskmaskiner för storkök om året – till restauranger, skolkök och sjukhuskök i 60 länder. Plåten stansas, svetsas och monteras i fabriken i Alvesta.

**Produktionstekniker** – du förbättrar monteringslinjerna och inför nya robotceller.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
  },
  {
    id: 'tl-179',
    company: 'Skattekontoret Norrland',
    text: `Vi fastställer skatten för 1,1 miljoner personer och 80 000 företag i norra Sverige, granskar momsdeklarationer och följer upp dem som inte betalar.

**Skatterevisor** – Umeå. Du väljer ut företag med hjälp av dataanalys, gör revisioner och skriver beslut.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'assesses and collects taxes: Public Sector, though it never says government',
  },
  {
    id: 'tl-180',
    company: 'Ersättningskontoret',
    text: `Varje månad betalar vi ut sjukpenning, föräldrapenning och bostadsbidrag till 900 000 personer. Vi handlägger ansökningar, svarar på frågor och ser till att pengarna kommer i tid.

**Handläggare föräldrapenning** – Sundsvall. Du utreder ansökningar och fattar beslut enligt regelverket.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'pays sickness and parental benefits: a public benefits office',
  },
  {
    id: 'tl-181',
    company: 'Trafiktillsynen Norrköping',
    text: `Vi granskar trafikskolor, bilprovningsföretag och åkerier, och vi beslutar om körkort och yrkestrafiktillstånd. När någon fuskar med förarprov eller kör för länge utan vila, ingriper vi.

**Utredare tillsyn yrkestrafik** – du granskar företag, utreder anmälningar och föreslår sanktioner.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'supervises driving schools and licences: a transport inspectorate is Public Sector',
  },
  {
    id: 'tl-182',
    company: 'Bitverkstaden AB',
    text: `Bitverkstaden är 140 konsulter – utvecklare, testare och arkitekter. Våra kunder är ett försäkringsbolag, en sjukhusregion, en tillverkare av lastbilar, en hotellkedja och tre kommuner. Just nu bygger vi bland annat en app för skadeanmälan och ett nytt bokningssystem för hotellen.

**Javautvecklare** – Malmö

Du jobbar i team hos kunden eller hos oss, med Java, Spring och Kubernetes. Kompetensdagar varje månad, friskvårdsbidrag och tjänstepension.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
    why: 'an IT consultancy with clients in many industries is IT',
  },
  {
    id: 'tl-183',
    company: 'Prognoskollen AB',
    text: `Ekonomichefer i 3 000 företag – åkerier, hotell, skolkoncerner och ideella organisationer – gör budget och prognoser i Prognoskollen i stället för i Excel.

**Fullstackutvecklare (C#/React)** – Uppsala eller på distans.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
    why: 'budgeting and forecasting software used by firms of every kind is IT',
  },
  {
    id: 'tl-184',
    company: 'Serverskogen AB',
    text: `I våra datahallar i Sundsvall kör 1 500 kunder sina servrar: webbutiker, spelbolag, kommuner och forskargrupper. Vi säljer colocation, virtuella servrar och backup.

**Driftstekniker** – skiftarbete, full utbildning.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
  },
  {
    id: 'tl-185',
    company: 'Forsnäs Kraft AB',
    text: `Våra 14 vattenkraftstationer i Ångermanälven producerar 1,8 TWh el per år som vi säljer på den nordiska elbörsen.

**Produktionsplanerare** – du gör tillrinningsprognoser och planerar när vattnet ska släppas.`,
    sector: null,
    lang: 'sv',
    why: 'produces and sells electricity: energy is unclassified',
  },
  {
    id: 'tl-186',
    company: 'Havsforskningsstationen Grisslan',
    text: `Vi undersöker övergödning, fiskbestånd och mikroplaster i Östersjön och Västerhavet, driver två forskningsfartyg och lämnar underlag till kommuner och länsstyrelser.

**Forskningsingenjör, havsmodellering** – Göteborg. Du utvecklar våra modeller för syrebrist och strömmar och arbetar med data från våra expeditioner.`,
    sector: null,
    lang: 'sv',
    why: 'a research institute is unclassified',
  },
  {
    id: 'tl-187',
    company: 'Personalpoolen Syd AB',
    text: `Varje vecka har vi 1 400 konsulter ute på lager, i butiker, på byggen och på kontor i södra Sverige.

**Rekryterare** – Malmö. Du hittar kandidater, intervjuar och följer upp konsulterna ute hos kund.`,
    sector: null,
    lang: 'sv',
    why: 'a staffing agency that names no client\'s business is unclassified',
  },
  // English
  {
    id: 'tl-188',
    company: 'Tallykite ApS',
    text: `Senior Backend Engineer – Copenhagen

Some 4,200 accountancy firms in Denmark, Norway and the Netherlands close their clients' books in Tallykite. Their bookkeepers pull in bank feeds, match receipts, post VAT and hand the year-end file to the auditor without leaving our platform.

You will join the Close team, which owns the period-end engine: accruals, reconciliations and the audit trail every number needs. We write Kotlin on the backend and ship to production several times a day.

Perks: pension, lunch scheme, health insurance and four weeks of summer holiday.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'software made for accountancy firms is Finance',
  },
  {
    id: 'tl-189',
    company: 'Kovalik & Brandt Audit Services s.r.o.',
    text: `# About us

From our Prague centre, 600 people support audits of more than 3,000 companies across Central Europe – from car plants and hospital groups to retailers and city transport firms. We test samples, confirm balances with banks and prepare the workpapers our engagement teams sign.

# The role: Audit Data Analyst

- extract general ledgers from clients' ERP systems and load them into our analytics tools
- run journal-entry tests and flag unusual postings to the audit teams
- automate recurring checks in Python and Alteryx

English is our working language; Czech or Slovak is a plus.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'the Prague service centre of an audit firm: Finance, though the role is in data',
  },
  {
    id: 'tl-190',
    company: 'Lønnvik Payroll AS',
    text: `We run payroll every month for 140,000 employees at 1,900 companies across Norway, Sweden, Denmark and Finland: shipping firms, hotel chains, engineering consultancies and software start-ups. Our payroll specialists know four sets of tax rules so our clients do not have to.

**Payroll Systems Analyst** – Oslo

You will configure pay rules and integrations for new clients, test every tax-year change and help the service teams when a run goes wrong on the 24th.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'a payroll bureau for other companies is Finance',
  },
  {
    id: 'tl-191',
    company: 'Lindmark Pension – Warsaw Tech Hub',
    text: `Lindmark Pension looks after the retirement savings of 1.9 million people in Sweden, who work in shops, warehouses and offices. Our Warsaw hub builds the systems that collect contributions, invest them and pay pensions out every month.

**Senior Data Engineer**

Help us move 30 years of member and transaction history into a modern lakehouse, so our actuaries and investment teams can stop waiting for overnight extracts. Python, Spark, Azure.`,
    sector: 'Finance & FinTech',
    lang: 'en',
    why: 'the tech hub of a pension fund: Finance, though it is staffed by engineers',
  },
  {
    id: 'tl-192',
    company: 'Lasilevy Imaging Oy',
    text: `Our slide scanners sit in 250 hospital pathology labs, turning glass slides of tissue into gigapixel images a pathologist can read on screen. We design the optics, mechanics and software in Espoo and assemble every scanner in our own plant in Salo.

**Embedded Software Engineer (C++, Linux)** – you will work on autofocus, motion control and throughput, so a busy lab can scan 400 slides an hour.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'makes digital pathology slide scanners for hospital labs: diagnostic devices are Healthcare',
  },
  {
    id: 'tl-193',
    company: 'Ryggrad Implants A/S',
    text: `Every year surgeons in 40 countries use our screws, rods and cages to fix 70,000 spines. We design the implants with surgeons, machine them from titanium in Aarhus and deliver sterile sets to operating theatres.

**Regulatory Affairs Specialist** – prepare technical documentation under the EU MDR, handle submissions to notified bodies and work with R&D on new products.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'designs and manufactures spinal implants: medical devices are Healthcare, not Manufacturing',
  },
  {
    id: 'tl-194',
    company: 'Bildarkivet Nord AB',
    text: `Radiologists in 70 hospitals across the Nordics open every X-ray, CT and MRI study in our viewer, and our archive stores 2 billion images for them.

**Site Reliability Engineer** – Stockholm. Keep our archives fast and available around the clock, inside hospital networks and in our own cloud.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'image archiving and viewing software for hospital radiology is Healthcare',
  },
  {
    id: 'tl-195',
    company: 'Berounka Clinical Research s.r.o.',
    text: `We run clinical trials for drug makers at 300 hospital sites across Central and Eastern Europe: we find the sites, recruit patients, monitor the data and send it to the regulators.

**Clinical Data Manager** – Prague. Design case report forms, clean trial data and prepare database locks with our biostatisticians.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'a clinical research organisation is Healthcare',
  },
  {
    id: 'tl-196',
    company: 'Nidaros Magnet AS',
    text: `Our MRI coils are used in 1,800 hospitals to image knees, wrists and infants' brains, and our compact scanner fits in an outpatient clinic. R&D, production and testing are all in Trondheim.

**RF Engineer** – design new receive coils and test them with our clinical partners.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'en',
    why: 'makes MRI coils and scanners: diagnostic devices are Healthcare',
  },
  {
    id: 'tl-197',
    company: 'Zakupik sp. z o.o.',
    text: `Groceries on your doorstep in 20 minutes: from 40 dark stores in Warsaw, Kraków and Wrocław our riders deliver 120,000 orders a week – bread, milk, nappies, dinner.

**Senior Data Scientist – Demand Forecasting**

Forecast demand per store and per hour, so we stock enough strawberries on a sunny Saturday without throwing half of them away on Monday.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a quick grocery delivery app is Retail',
  },
  {
    id: 'tl-198',
    company: 'Kiertotori Pulju Oy',
    text: `Every day 25,000 pre-loved items change hands on our marketplace: winter coats, prams, sofas and phones. Buyers pay in the app and pick up at a parcel locker; we handle payments, shipping and disputes.

**Backend Engineer (Elixir)** – Helsinki. Work on checkout, payouts and fraud checks.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'a marketplace for second-hand goods is Retail',
  },
  {
    id: 'tl-199',
    company: 'Bygghuset Nord – Digital Hub',
    text: `Bygghuset Nord sells timber, paint, tools and garden supplies in 120 stores and online across Sweden and Norway. Our Stockholm hub of 90 engineers builds the web shop, the store app and the systems that restock every shelf.

**Senior Android Developer** – the store app our 2 million customers use to find products and pay.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'the tech hub of a DIY and builders\' chain: Retail, though the jobs are engineering',
  },
  {
    id: 'tl-200',
    company: 'Shopkovna s.r.o.',
    text: `More than 14,000 online shops in Czechia, Slovakia and Poland run on Shopkovna: product catalogue, checkout, payments, shipping labels and marketing in one place.

**Frontend Engineer (Vue)** – Brno. Build the theme editor our merchants use to design their shops.`,
    sector: 'E-commerce & Retail',
    lang: 'en',
    why: 'an e-commerce platform made for shops is Retail',
  },
  {
    id: 'tl-201',
    company: 'Kystnett Mobil AS',
    text: `We serve 1.1 million mobile and fibre customers across Norway, from city flats to fishing villages. This year we will build 200 new mast sites and switch off the last 3G cells.

**Senior Network Automation Engineer** – Oslo. Automate configuration and testing of our radio and transport network with Python and Ansible.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'sells mobile and broadband subscriptions and builds masts: an operator',
  },
  {
    id: 'tl-202',
    company: 'Kartička Systems s.r.o.',
    text: `Our platform lets 30 mobile operators in Europe and Latin America download SIM profiles onto phones, smartwatches and connected cars over the air. So far we have managed more than 40 million eSIMs, and every time someone switches operator from the sofa, one of our servers does the work.

**Backend Engineer (Go)** – Prague, hybrid

- build provisioning flows between operators, device makers and the GSMA certificate chain
- keep latency low when a new phone launches and a million subscribers activate in a weekend
- work closely with operators' network and security teams

Meal vouchers, Multisport card, 5 weeks of holiday and a budget for conferences.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'eSIM management software made for operators is Telecommunications',
  },
  {
    id: 'tl-203',
    company: 'Vernby Telecom Services',
    text: `Customer Care Agent (English and Swedish) – Malmö

Vernby Telecom Services answers for Vernby Mobil, which has 600,000 subscribers on its mobile and home broadband plans. From our Malmö centre you will help them activate SIM cards and eSIMs, port their numbers, sort out roaming charges after a holiday and get the router working again.

What we offer: paid training from day one, a permanent contract, a free mobile subscription, wellness allowance and a team that has your back on a busy Monday morning.`,
    sector: 'Telecommunications',
    lang: 'en',
    why: 'the contact centre of a mobile operator',
  },
  {
    id: 'tl-204',
    company: 'Axelkraft AB',
    text: `We design and build electric axles and battery packs for trucks and buses. Our factory outside Gothenburg shipped 18,000 axles last year to five vehicle makers.

**Test Engineer, Powertrain** – plan and run rig and vehicle tests and turn results into design changes.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes electric powertrains for trucks: an automotive supplier',
  },
  {
    id: 'tl-205',
    company: 'Akumulatorownia Łódzka sp. z o.o.',
    text: `Process Engineer – Battery Module Assembly (Łódź)

Our plant near Łódź assembles 90,000 lithium battery packs a year for forklifts, floor-cleaning machines and airport ground vehicles. Cells arrive from suppliers; we test them, weld them into modules, fit the battery management electronics and put every pack through an end-of-line test before it leaves.

You will improve our laser welding and assembly processes on two lines, cut scrap and downtime, and introduce the next pack design into production together with R&D. Private medical care, a canteen and a shuttle bus from the city centre.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'makes industrial batteries in its own plant: Manufacturing',
  },
  {
    id: 'tl-206',
    company: 'Vikasilmä Oy',
    text: `Our cameras and software check 2 billion products a year on production lines: bottle caps, car parts, sawn timber and pills. When a defect shows up, the line pushes the part out in milliseconds.

**Machine Vision Engineer** – Tampere. Develop detection models and commission systems at customer plants.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'inspection systems for production lines are Manufacturing',
  },
  {
    id: 'tl-207',
    company: 'Svratka Turbines a.s.',
    text: `We build steam turbines for power plants, sugar mills, paper mills and waste-to-energy plants in 60 countries. Every rotor is forged to our drawings, machined, bladed, balanced and test-run in our Brno works before it ships; our service engineers then look after it for the next 40 years.

**Design Engineer – Blades**

- design and analyse turbine blades with FEA and CFD
- support the workshop when a blade does not fit first time
- work on upgrades for turbines we delivered in the 1980s

English is our working language in R&D. Meal allowance, 25 days of holiday and a pension contribution.`,
    sector: 'Automotive & Manufacturing',
    lang: 'en',
    why: 'builds steam turbines: a machine maker is Manufacturing, not an energy producer',
  },
  {
    id: 'tl-208',
    company: 'Varegrænsekontoret (Border Goods Office)',
    text: `We clear 9 million import declarations a year, collect customs duty and VAT at the border and stop goods that should not come in – from fake medicines to unsafe toys.

**Data Scientist, Risk Targeting** – Copenhagen. Build the models that decide which shipments we inspect.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'clears imports and collects customs duty: a public agency',
  },
  {
    id: 'tl-209',
    company: 'Capital Region Transit Authority',
    text: `Our buses, trams and metro carry 1.2 million journeys a day across Helsinki and its neighbouring cities. We plan the routes, set the fares and buy the services from operators.

**Data Engineer** – Helsinki. Build the pipelines for ticketing, passenger counts and real-time vehicle data.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'runs buses, trams and the metro for the region: publicly run transport',
  },
  {
    id: 'tl-210',
    company: 'Tallhuset – Office for Official Statistics',
    text: `Every month we publish figures for prices, jobs and population that the whole country relies on. We collect data from surveys, registers and companies.

**Statistical Programmer (R/Python)** – Oslo. Automate production of our quarterly labour-market statistics.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'produces official statistics: a public agency',
  },
  {
    id: 'tl-211',
    company: 'Sopruttan AB',
    text: `Our software plans the routes of 3,000 waste trucks for 190 municipalities across the Nordics. Sensors in bins tell us how full they are, so the trucks skip the empty ones, avoid school streets at drop-off time and finish their rounds with fewer kilometres.

Councils use our dashboards to see which districts produce the most food waste and where the recycling stations overflow.

**Backend Engineer (Java)** – Stockholm. Work on the route-optimisation engine and the integrations with municipal waste systems.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'en',
    why: 'waste-collection planning software for municipalities: made for cities, so Public Sector',
  },
  {
    id: 'tl-212',
    company: 'Krakowa Software House sp. z o.o.',
    text: `We are 250 engineers in Kraków building software for an insurer, a logistics firm, a hospital group, a sportswear retailer and a maker of farm machines. Most of our clients are in Germany and Scandinavia; projects last from six months to six years.

**Senior Python Developer**

You will join a team of eight building a claims portal: FastAPI, PostgreSQL and AWS. Remote or hybrid, English every day, private medical care and a learning budget.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a software house with clients in many industries is IT',
  },
  {
    id: 'tl-213',
    company: 'Datavik AS',
    text: `Our data platform is used by 700 companies in shipping, retail, energy and healthcare to collect, clean and share their data – from a shipowner's engine sensors to a grocery chain's till receipts.

**Platform Engineer (Kubernetes)** – Oslo

Scale our multi-tenant platform across three cloud regions, improve observability and help the product teams release faster. Hybrid work, pension and insurance, and a cabin in the mountains for staff.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'a data platform used by companies in many industries is IT',
  },
  {
    id: 'tl-214',
    company: 'Siltapiiri Oy',
    text: `We design the chips inside network switches for cloud data centres. Our silicon moves traffic between tens of thousands of servers at 800 gigabits per port, and it ships inside switches sold by three of the largest equipment makers.

**Verification Engineer** – Espoo

Build UVM test benches for our next switch chip, write coverage models and chase bugs before tape-out. Stock options, flexible hours and lunch benefit.`,
    sector: 'Information Technology & Software Development',
    lang: 'en',
    why: 'makes chips for data-centre networking: makers of chips for data centres are IT, not Telecom',
  },
  {
    id: 'tl-215',
    company: 'Stormleia ApS',
    text: `Our weather routing service guides 2,500 ships a day around storms, swell and sea ice. Shipowners and charterers use our recommendations to choose the route and speed that burn the least fuel and keep cargo and crew safe.

**Marine Meteorologist** – Copenhagen

Run the forecast desk on a rota, talk to masters at sea when a low deepens faster than expected, and help our data scientists improve the ocean models with measurements from ships.`,
    sector: null,
    lang: 'en',
    why: 'weather routing for ships: unclassified',
  },
  {
    id: 'tl-216',
    company: 'Ekholmen Partners',
    text: `We help banks, hospital groups, power companies and public agencies in the Nordics rethink strategy, operations and organisation. 60 consultants in Stockholm and Oslo.

**Business Analyst**

You will research markets, build financial models, run client workshops and prepare board materials together with our partners. Most projects last three to six months.`,
    sector: null,
    lang: 'en',
    why: 'a management consultancy: unclassified',
  },
  {
    id: 'tl-217',
    company: 'Havbris Utvikling AS',
    text: `We develop offshore wind farms in the North Sea and the Baltic – from seabed surveys and environmental studies to grid connections and power-purchase agreements. Two of our projects will be delivering electricity by 2029.

**Energy Analyst** – Oslo

Model power prices and production for our projects, support the financing team with scenarios and follow regulation in four countries.`,
    sector: null,
    lang: 'en',
    why: 'develops offshore wind farms: energy is unclassified',
  },
  {
    id: 'tl-218',
    company: 'Hotely Zlatá Ulička a.s.',
    text: `Revenue Manager – Prague

We run 11 hotels in Prague, Český Krumlov and Karlovy Vary with 1,400 rooms, 20 restaurants and two spas. Our guests come for city weekends, congresses and weddings.

You will set room prices across the group, forecast demand and work with our sales team on groups and events. Staff rates in all our hotels.`,
    sector: null,
    lang: 'en',
  },
  {
    id: 'tl-219',
    company: 'Robot Learning Lab, Kallio University of Technology',
    text: `The Robot Learning Lab at Kallio University of Technology studies how robots learn to grasp and handle soft and unfamiliar objects. We are 40 researchers and work with industrial partners on real tasks.

**Doctoral Researcher in Robot Learning** – four-year funded position in Espoo, with teaching duties of about 5%.`,
    sector: null,
    lang: 'en',
    why: 'a university research lab: education is unclassified',
  },
  {
    id: 'tl-220',
    company: 'Wisłoka Talent Partners',
    text: `We place engineers, analysts and managers with companies across Poland. Our team of 30 recruiters fills 900 roles a year, on permanent and contract terms.

**Recruitment Consultant** – Warsaw

Source and interview candidates, manage relationships with a portfolio of clients and build your own desk. Base salary plus commission, private medical care and a Multisport card.`,
    sector: null,
    lang: 'en',
    why: 'a recruiter that names no client\'s business is unclassified',
  },
];
