// Employer introductions in Polish, Swedish, Danish, Norwegian, Finnish, Czech and Austrian/Swiss German, labelled
// by docs/sector-labels.md. Many describe the employer only by what it does, with local company forms, and about
// a quarter are hard cases (benefits words, another sector's vocabulary, single-sector vendors, recruiters).
import type { SectorExample } from './example.ts';

export const NORDIC_CENTRAL: SectorExample[] = [
  // Polish
  {
    id: 'nc-001',
    company: 'Wiślany Kod sp. z o.o.',
    text: `Wiślany Kod to krakowski software house, który od 2012 roku projektuje i rozwija aplikacje webowe oraz mobilne dla klientów z Niemiec, Holandii i Skandynawii. Pracujemy w małych, samodzielnych zespołach (4–6 osób), a każdy projekt prowadzimy od warsztatów discovery aż po utrzymanie w chmurze.

Obecnie szukamy Senior Backend Developera (Node.js / TypeScript), który dołączy do zespołu budującego system rezerwacji dla sieci hoteli w Austrii.

Co oferujemy:
- umowę B2B lub UoP
- prywatną opiekę medyczną
- budżet szkoleniowy 4 000 zł rocznie`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'software house serving many clients; the hotel client does not decide',
  },
  {
    id: 'nc-002',
    company: 'Bank Spółdzielczy Dolina Bobru',
    text: `# O nas

Od ponad 90 lat obsługujemy rolników, przedsiębiorców i mieszkańców powiatu bolesławieckiego i lwóweckiego. Prowadzimy 11 placówek, udzielamy kredytów obrotowych i hipotecznych, a nasi doradcy znają klientów z imienia.

# Stanowisko: Analityk ryzyka kredytowego

Będziesz oceniać wnioski kredytowe firm, przygotowywać raporty dla Zarządu i współtworzyć nowy model oceny zdolności kredytowej.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
  },
  {
    id: 'nc-003',
    company: 'TUW Pogodna',
    text: `Co roku likwidujemy ponad 40 tysięcy szkód komunikacyjnych i majątkowych, a nasze polisy OC, AC i ubezpieczenia domów chronią ponad 600 tysięcy klientów w całej Polsce. Wypłacamy odszkodowania szybko, bo każdy dzień zwłoki to czyjś samochód stojący w warsztacie.

Do Centrum Likwidacji Szkód w Poznaniu szukamy osoby na stanowisko Specjalista ds. likwidacji szkód majątkowych. Zakres: oględziny, kosztorysy, kontakt z rzeczoznawcami i poszkodowanymi.`,
    sector: 'Finance & FinTech',
    lang: 'pl',
  },
  {
    id: 'nc-004',
    company: 'Ratio Systems sp. z o.o.',
    text: `<p><strong>Kim jesteśmy?</strong></p>
<p>Tworzymy system scoringu kredytowego, z którego korzysta ponad 40 banków spółdzielczych i firm pożyczkowych. Nasze modele co miesiąc oceniają ok. 300&nbsp;tys. wniosków o kredyt gotówkowy i ratalny.</p>
<p>Szukamy <strong>Data Scientista</strong>, który pomoże nam rozwijać modele PD oraz monitoring ich jakości.</p>
<ul><li>Python, SQL, scikit-learn</li><li>praca zdalna lub biuro w Katowicach</li></ul>`,
    sector: 'Finance & FinTech',
    lang: 'pl',
    why: 'software made for lenders (credit scoring) is Finance',
  },
  {
    id: 'nc-005',
    company: 'Medivita Centra Medyczne',
    text: `<p><strong>Administrator systemów IT</strong></p>
<p>Medivita to sieć 14 przychodni i dwóch szpitali jednego dnia w Wielkopolsce. Przyjmujemy rocznie ponad 350&nbsp;tys. pacjentów &ndash; od wizyt u lekarza rodzinnego po zabiegi okulistyczne i ortopedyczne.</p>
<p>W dziale IT będziesz odpowiadać za serwery, sieć w placówkach i integrację systemu rejestracji pacjentów z elektroniczną dokumentacją medyczną.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'the job is IT; the employer runs clinics',
  },
  {
    id: 'nc-006',
    company: 'Opieka Bliżej sp. z o.o.',
    text: `Nasze pielęgniarki, rehabilitanci i opiekunki codziennie odwiedzają ponad 1 200 podopiecznych w ich domach w Łodzi, Zgierzu i Pabianicach. Zmieniamy opatrunki, podajemy leki, pomagamy wrócić do sprawności po udarze.

Dołącz do nas jako Koordynator/ka zespołu pielęgniarskiego: ułożysz grafiki wizyt, będziesz wspierać nowe osoby w zespole i dbać o kontakt z lekarzami POZ.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
  },
  {
    id: 'nc-007',
    company: 'Farmalis S.A.',
    text: `Farmalis S.A. poszukuje Inżyniera Procesu do zakładu produkcyjnego w Mielcu.

W naszym zakładzie wytwarzamy tabletki powlekane, kapsułki i syropy – rocznie ponad 2 mld dawek leków generycznych, które trafiają do aptek w 30 krajach. Pracujemy zgodnie z GMP, a każda seria przechodzi kontrolę w naszym laboratorium.

Twoje zadania: optymalizacja linii tabletkowania, walidacja procesów, współpraca z działem jakości.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'a maker of medicines is Healthcare, even in a factory',
  },
  {
    id: 'nc-008',
    company: 'Apteki Pod Jaworem',
    text: `Kierownik apteki – Rzeszów, ul. Hetmańska

Apteki Pod Jaworem to 46 aptek na Podkarpaciu i Lubelszczyźnie. Realizujemy recepty, przygotowujemy leki recepturowe i prowadzimy punkty konsultacji farmaceutycznych, a w wybranych placówkach – szczepienia przeciw grypie.

Wymagamy prawa wykonywania zawodu farmaceuty i min. 3 lat doświadczenia.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pl',
    why: 'a pharmacy chain is Healthcare, not Retail',
  },
  {
    id: 'nc-009',
    company: 'Kłębuszek.pl',
    text: `Hej! Jesteśmy sklepem internetowym z włóczkami, drutami i wzorami – od 2016 roku wysyłamy paczki do dziewiarek i dziewiarzy w całej Polsce, a od zeszłego roku także do Czech i na Słowację. Mamy ponad 4 000 produktów, własny magazyn pod Toruniem i bardzo wierną społeczność na Instagramie.

Szukamy osoby na stanowisko Specjalista/ka ds. marketplace (Allegro, Erli), która zadba o oferty, ceny i opinie klientów.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
  },
  {
    id: 'nc-010',
    company: 'Delikatesy Zagroda S.A.',
    text: `&lt;p&gt;&lt;strong&gt;O firmie&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Delikatesy Zagroda to 130 sklepów spożywczych w małych miastach i na osiedlach. Codziennie obsługujemy ok. 180 tys. klientów, a w ofercie stawiamy na lokalne pieczywo, wędliny i warzywa.&lt;/p&gt;&lt;p&gt;Do biura w Kielcach szukamy &lt;strong&gt;Analityka danych sprzedażowych&lt;/strong&gt;: prognozowanie popytu, analiza promocji, raporty dla kierowników regionów.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
  },
  {
    id: 'nc-011',
    company: 'Fulfilo sp. z o.o.',
    text: `Magazynier – zmiana popołudniowa, Stryków

Z naszego magazynu (28 000 m²) kompletujemy i wysyłamy zamówienia ponad 300 sklepów internetowych – od kosmetyków po części rowerowe. Przyjmujemy towar od sklepu, przechowujemy go, pakujemy paczki i obsługujemy zwroty, tak żeby właściciel e-sklepu mógł zająć się sprzedażą.

Oferujemy umowę o pracę, dowóz z Łodzi i premię frekwencyjną.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'fulfilment made for online shops is Retail, not logistics',
  },
  {
    id: 'nc-012',
    company: 'Salon Samochodowy Grzelak',
    text: `Doradca Klienta ds. sprzedaży samochodów nowych

Od 1994 roku sprzedajemy i serwisujemy samochody w Płocku i Ciechanowie. W naszych dwóch salonach co miesiąc wydajemy klientom ok. 120 nowych aut, prowadzimy też komis samochodów używanych i stację diagnostyczną.

Szukamy osoby, która lubi rozmowy z ludźmi, zna rynek motoryzacyjny i ma prawo jazdy kat. B.`,
    sector: 'E-commerce & Retail',
    lang: 'pl',
    why: 'a car dealership is Retail, not Automotive',
  },
  {
    id: 'nc-013',
    company: 'Światłonet sp. z o.o.',
    text: `Światłonet buduje i utrzymuje sieć światłowodową, do której podłączonych jest już 180 tys. gospodarstw domowych w 60 gminach Mazowsza i Podlasia. Dostarczamy internet do 2 Gb/s, telewizję i telefon, a w wielu wsiach jesteśmy pierwszym operatorem, który doprowadził tam szybkie łącze.

Szukamy Inżyniera sieci IP/MPLS do zespołu w Białymstoku.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'the gminy are where it builds; it is an operator',
  },
  {
    id: 'nc-014',
    company: 'Teleja S.A.',
    text: `Doradca klienta w salonie sprzedaży – Galeria Bałtycka, Gdańsk

Pomożesz klientom dobrać abonament komórkowy, internet domowy i telefon, przeniesiesz numer od innego operatora i wyjaśnisz fakturę. Teleja obsługuje dziś ponad 5 mln kart SIM i 400 tys. łączy internetu domowego.

Oferujemy: stałą pensję + prowizję, szkolenia produktowe, zniżkę na usługi Teleja.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: "a shop run by a mobile operator is the operator's sector",
  },
  {
    id: 'nc-015',
    company: 'Maszty Polska sp. z o.o.',
    text: `# O nas
Posiadamy i utrzymujemy ponad 4 000 wież, masztów i obiektów dachowych, na których operatorzy komórkowi instalują swoje anteny. Odpowiadamy za dzierżawę miejsc, zasilanie i przeglądy konstrukcji.

# Kogo szukamy
Specjalisty ds. pozyskiwania lokalizacji – negocjacje z właścicielami gruntów, uzgodnienia z urzędami gmin, nadzór nad pozwoleniami na budowę.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'a tower company is Telecommunications',
  },
  {
    id: 'nc-016',
    company: 'Radiowave Technologies sp. z o.o.',
    text: `W naszym zakładzie w Gdańsku projektujemy i produkujemy anteny sektorowe, filtry i wzmacniacze dla operatorów sieci komórkowych 4G i 5G w Europie. Każdy egzemplarz mierzymy w komorze bezechowej przed wysyłką.

Obecnie rekrutujemy na stanowisko Inżynier RF – projektowanie anten. Mile widziane doświadczenie z CST lub HFSS.`,
    sector: 'Telecommunications',
    lang: 'pl',
    why: 'network equipment for operators is Telecommunications, even when made in a factory',
  },
  {
    id: 'nc-017',
    company: 'Meble Kowalczyk sp. z o.o.',
    text: `Technolog produkcji – Swarzędz

Od trzech pokoleń szyjemy i składamy sofy, narożniki i fotele. Z naszej fabryki wyjeżdża co tydzień ok. 1 500 mebli tapicerowanych do salonów meblowych w Polsce, Niemczech i Francji. Mamy własną szwalnię, stolarnię i dział pianek.

Szukamy technologa, który przygotuje dokumentację nowych modeli i usprawni rozkrój tkanin.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
  },
  {
    id: 'nc-018',
    company: 'Ferrotech Automotive Poland sp. z o.o.',
    text: `Ferrotech Automotive Poland jest dostawcą zacisków i tarcz hamulcowych dla europejskich producentów samochodów osobowych i dostawczych. W zakładzie w Bielsku-Białej pracuje 900 osób na trzech zmianach; odlewnia, obróbka CNC i montaż znajdują się pod jednym dachem.

Poszukujemy Inżyniera Jakości Dostawców (SQE) – audyty u poddostawców, PPAP, 8D.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
  },
  {
    id: 'nc-019',
    company: 'Chrupki Rumiane sp. z o.o.',
    text: `<p>Nasze chipsy, paluszki i krakersy znajdziesz na półkach większości sieci handlowych w Polsce i w kilkunastu krajach Europy. Wszystko powstaje w naszym zakładzie w Kutnie – od obierania ziemniaków po pakowanie.</p>
<p><strong>Key Account Manager – sieci handlowe</strong></p>
<p>Będziesz negocjować warunki listingu z sieciami supermarketów i dyskontów oraz planować promocje na półce.</p>`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'makes goods sold in supermarkets: Manufacturing, not Retail',
  },
  {
    id: 'nc-020',
    company: 'Vizjo Systems',
    text: `Vizjo Systems dostarcza systemy wizyjnej kontroli jakości na linie produkcyjne: kamery i oprogramowanie wykrywające wady spawów, lakieru i etykiet w czasie rzeczywistym. Nasze stanowiska pracują w ponad 70 fabrykach – u producentów części samochodowych, AGD i opakowań.

Szukamy Inżyniera Wdrożeń, który będzie uruchamiał systemy u klientów (ok. 30% czasu w delegacjach).`,
    sector: 'Automotive & Manufacturing',
    lang: 'pl',
    why: 'production-line inspection systems are made for factories',
  },
  {
    id: 'nc-021',
    company: 'Urząd Gminy Wierzbica',
    text: `Wójt Gminy Wierzbica ogłasza nabór na wolne stanowisko urzędnicze: Informatyk w Referacie Organizacyjnym (pełny etat).

Do zadań należeć będzie: administrowanie siecią urzędu, obsługa systemów dziedzinowych (podatki, ewidencja ludności), wsparcie pracowników i sołectw, prowadzenie Biuletynu Informacji Publicznej oraz dbanie o bezpieczeństwo danych.

Wymagania: obywatelstwo polskie, wykształcenie wyższe, niekaralność.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'the job is IT; the employer is a municipal office',
  },
  {
    id: 'nc-022',
    company: 'Parkomat Systems sp. z o.o.',
    text: `Nasze czujniki zajętości miejsc, parkomaty i aplikacja do płacenia za postój działają w strefach płatnego parkowania 24 miast – od Olsztyna po Jelenią Górę. Zarządy dróg widzą na mapie, gdzie są wolne miejsca, a kontrolerzy dostają listę pojazdów bez opłaty.

Do zespołu produktu szukamy Frontend Developera (React), który rozwinie panel dla urzędów miast.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'smart parking made for cities is Public Sector & Smart Cities',
  },
  {
    id: 'nc-023',
    company: 'Wojewódzki Urząd Pracy w Opolu',
    text: `Pomagamy bezrobotnym mieszkańcom województwa wrócić na rynek pracy, rozdzielamy środki z Funduszu Pracy i europejskich programów na szkolenia oraz prowadzimy badania lokalnego rynku pracy.

Ogłaszamy nabór na stanowisko: Specjalista ds. analiz rynku pracy. Wymagamy znajomości statystyki i Excela; znajomość R lub Pythona będzie atutem.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
  },
  {
    id: 'nc-024',
    company: 'Miejskie Przedsiębiorstwo Komunikacyjne w Koninie sp. z o.o.',
    text: `Kierowca autobusu komunikacji miejskiej

Jesteśmy spółką miasta Konin i na jego zlecenie wozimy mieszkańców 62 autobusami na 19 liniach miejskich i podmiejskich. Rocznie przejeżdżamy ok. 3,5 mln kilometrów.

Zapewniamy szkolenie na naszych pojazdach, bilet miejski dla rodziny i pracę w systemie zmianowym.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pl',
    why: 'publicly run city transport is Public Sector',
  },
  {
    id: 'nc-025',
    company: 'Serwerownia Bałtycka sp. z o.o.',
    text: `Utrzymujemy dwie serwerownie w Gdyni i Szczecinie, w których klienci kolokują swój sprzęt, a także udostępniamy chmurę prywatną, VPS-y i kopie zapasowe dla ok. 2 000 firm. Dyżur NOC pracuje 24/7.

Dołącz jako DevOps Engineer: Kubernetes, Terraform, monitoring (Prometheus, Grafana), automatyzacja wdrożeń dla klientów.`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
  },
  {
    id: 'nc-026',
    company: 'Kadrio sp. z o.o.',
    text: `<p>Kadrio to system do rekrutacji, onboardingu i ewidencji czasu pracy, z którego korzysta ponad 900 firm: banki, szpitale, sieci handlowe, zakłady produkcyjne i urzędy.</p>
<p>Szukamy <strong>Product Ownera</strong> do modułu grafików zmianowych.</p>
<ul><li>praca hybrydowa, Warszawa Mokotów</li><li>pakiet medyczny i ubezpieczenie na życie</li></ul>`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'HR software for many industries is IT',
  },
  {
    id: 'nc-027',
    company: 'Nurt AI',
    text: `Będziesz pracować w zespole, który uczy modele językowe rozumieć polskie dokumenty: umowy, faktury, pisma z urzędów. Nasze API przetwarza miesięcznie ok. 20 mln stron dla kilkuset klientów z różnych branż.

Jesteśmy 35-osobową firmą z Wrocławia; połowa z nas to badacze i inżynierowie ML. Szukamy ML Engineera (PyTorch, trenowanie i ewaluacja modeli).`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
  },
  {
    id: 'nc-028',
    company: 'Trans-Pol Spedycja sp. z o.o.',
    text: `Codziennie nasze ciężarówki chłodnie zaopatrują ponad 700 sklepów sieci spożywczych w województwie śląskim i małopolskim. Mamy 160 pojazdów, dwa centra przeładunkowe i własny warsztat.

Poszukujemy Dyspozytora transportu: planowanie tras, kontakt z kierowcami, rozliczanie czasu pracy.

Wymagamy znajomości języka angielskiego i doświadczenia w spedycji krajowej. Oferujemy umowę o pracę, premię kwartalną i pracę w Sosnowcu.`,
    sector: null,
    lang: 'pl',
    why: 'a haulier; the stores are its customers, not its business',
  },
  {
    id: 'nc-029',
    company: 'Elektrociepłownia Warta S.A.',
    text: `# O nas
Wytwarzamy ciepło i energię elektryczną dla 90 tys. mieszkańców Gorzowa i okolic. Nasz zakład to dwa bloki gazowe, kocioł biomasowy i magazyn ciepła, a do 2030 roku chcemy całkowicie odejść od węgla.

# Stanowisko
Automatyk – utrzymanie ruchu (praca zmianowa)

Będziesz dbać o sprawność układów sterowania, zabezpieczeń i pomiarów w kotłowni i na blokach. Oferujemy ubezpieczenie grupowe i dodatek za pracę zmianową.`,
    sector: null,
    lang: 'pl',
    why: 'an energy producer is unclassified, even with a plant',
  },
  {
    id: 'nc-030',
    company: 'Budowlani Nowak sp. z o.o.',
    text: `Kierownik robót budowlanych – budownictwo mieszkaniowe

Od 25 lat stawiamy osiedla i budynki wielorodzinne w Poznaniu i okolicach – w tej chwili prowadzimy sześć budów, na których powstaje ok. 800 mieszkań. Mamy własny sprzęt i stałe brygady.

Wymagamy uprawnień budowlanych bez ograniczeń w specjalności konstrukcyjno-budowlanej.`,
    sector: null,
    lang: 'pl',
  },
  {
    id: 'nc-031',
    company: 'Prima Kadry Agencja Pracy',
    text: `Dla naszego klienta poszukujemy kandydatów na stanowisko: Specjalista ds. płac i kadr. Miejsce pracy: Łódź, praca stacjonarna.

Wymagania: min. 2 lata doświadczenia w naliczaniu wynagrodzeń, znajomość Kodeksu pracy, programu Symfonia lub Enova.

Oferujemy: umowę o pracę bezpośrednio u klienta, dofinansowanie do karty sportowej, paczki świąteczne.`,
    sector: null,
    lang: 'pl',
    why: "a recruiter that does not say the client's business",
  },
  {
    id: 'nc-032',
    company: 'Akademia Nauk Medycznych w Radomiu',
    text: `Uczelnia kształci ok. 4 000 studentów kierunków lekarskiego, pielęgniarstwa, fizjoterapii i ratownictwa medycznego. Zajęcia praktyczne prowadzimy w Centrum Symulacji Medycznej i w ośmiu szpitalach partnerskich regionu.

Rektor ogłasza konkurs na stanowisko adiunkta w Katedrze Biostatystyki.

Oczekujemy stopnia doktora, dorobku publikacyjnego i doświadczenia w analizie danych klinicznych (R, SAS).`,
    sector: null,
    lang: 'pl',
    why: 'a university; its hospital partners do not make it Healthcare',
  },
  {
    id: 'nc-033',
    company: 'Hotel Nad Sołą ***',
    text: `Szukamy Recepcjonisty/Recepcjonistki z j. angielskim. Nasz hotel w Żywcu ma 64 pokoje, restaurację z kuchnią regionalną, strefę SPA i salę na 200 osób – organizujemy wesela, konferencje i zimowe pobyty narciarskie. Praca w systemie 12h, zakwaterowanie dla osób spoza regionu.

Oferujemy wyżywienie w trakcie zmiany i zniżki na pobyty dla rodziny.`,
    sector: null,
    lang: 'pl',
  },
  {
    id: 'nc-034',
    company: 'Kancelaria Radców Prawnych Lis i Wspólnicy sp.k.',
    text: `<p>Doradzamy przedsiębiorcom w sporach gospodarczych, prawie pracy i transakcjach M&amp;A. Nasz 40-osobowy zespół pracuje w Warszawie i Wrocławiu.</p>
<p>Do działu procesowego szukamy <strong>aplikanta radcowskiego</strong>.</p>
<p>Oferujemy:</p>
<ul><li>prywatną opiekę medyczną dla Ciebie i rodziny</li><li>ubezpieczenie grupowe na życie</li><li>dofinansowanie do aplikacji</li></ul>`,
    sector: null,
    lang: 'pl',
    why: 'a law firm; medical cover and insurance are benefits',
  },
  {
    id: 'nc-035',
    company: 'Przychodnia Weterynaryjna Azyl',
    text: `Lekarz weterynarii – małe zwierzęta. Nasza przychodnia w Olsztynie przyjmuje psy, koty i zwierzęta egzotyczne; mamy własny RTG, USG, laboratorium i salę zabiegową, a w weekendy prowadzimy dyżury całodobowe. Zapewniamy opłacone szkolenia specjalizacyjne i pracę w zgranym zespole pięciu lekarzy.

Wynagrodzenie od 9 000 zł netto na umowie B2B lub umowa o pracę.`,
    sector: null,
    lang: 'pl',
    why: 'vets are unclassified, not Healthcare',
  },
  // Swedish
  {
    id: 'nc-036',
    company: 'Molnkraft AB',
    text: `Molnkraft är ett IT-konsultbolag i Göteborg med 70 konsulter inom molnarkitektur, säkerhet och systemutveckling. Vi hjälper våra kunder att flytta verksamhetskritiska system till Azure och AWS och sedan drifta dem säkert.

Nu söker vi en Cloud Engineer som vill arbeta med Terraform, Kubernetes och CI/CD i kunduppdrag hos allt från rederier till läkemedelsbolag.

Vi erbjuder kollektivavtal, friskvårdsbidrag och 30 semesterdagar.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
    why: 'IT consultancy; its clients span industries',
  },
  {
    id: 'nc-037',
    company: 'Ärlig Data AB',
    text: `# Om oss
Ärlig bygger ett ärendehanteringssystem för kundtjänst: mejl, chatt och telefon i samma vy, med automatisk sortering av inkommande ärenden. Bland våra 1 100 kunder finns banker, kommuner, e-handlare och fastighetsbolag.

# Rollen
Som Backend-utvecklare (Kotlin) jobbar du i ett team på fem personer med vår routingmotor.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
    why: 'help-desk software for many industries is IT',
  },
  {
    id: 'nc-038',
    company: 'Stjärnfall Studios',
    text: `Vi är 45 spelutvecklare i Umeå som gör strategispel för PC och konsol. Vårt senaste spel har spelats av över två miljoner personer och vi arbetar just nu på en uppföljare i Unreal Engine 5.

Vi letar efter en Gameplay Programmer (C++) som gillar AI för fiendebeteenden och har skeppat minst ett spel.`,
    sector: 'Information Technology & Software Development',
    lang: 'sv',
  },
  {
    id: 'nc-039',
    company: 'Trygghetsbolaget Försäkring AB',
    text: `Vi försäkrar 400 000 hem, bilar och båtar i Norrland och Mellansverige och reglerar varje år cirka 60 000 skador. När en villa brinner eller en bil blir påkörd är det vi som ringer upp, skickar värderingsman och betalar ut ersättningen.

Nu söker vi en Prissättningsaktuarie till vår avdelning i Sundsvall. Du arbetar med GLM-modeller för motorförsäkring i R och Python.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
  },
  {
    id: 'nc-040',
    company: 'Kvitt',
    text: `Kvitt är appen där 800 000 svenskar har sitt lönekonto, sparar i fonder och delar notan med kompisar. Vi har banktillstånd från Finansinspektionen och insättningsgaranti, men ingen kontorsfilial – allt sker i mobilen.

Vi söker en Senior iOS-utvecklare (Swift, SwiftUI) till teamet som bygger kortflödet.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
  },
  {
    id: 'nc-041',
    company: 'Nordvik & Co Rekrytering',
    text: `Till vår kund, en av Sveriges större pensionsförvaltare med över 200 miljarder kronor under förvaltning, söker vi en Portföljförvaltare räntor. Tjänsten är placerad i Stockholm.

Du kommer att förvalta svenska och europeiska räntefonder och arbeta nära kundens analytiker och riskavdelning. Rekryteringen sker i samarbete med Nordvik & Co; vänligen kontakta oss och inte kunden.`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: "recruiter: the client's business (pension fund manager) decides",
  },
  {
    id: 'nc-042',
    company: 'Lind & Berg Revision AB',
    text: `<p><strong>Redovisningskonsult till vårt kontor i Växjö</strong></p>
<p>Hos oss sköter 60 medarbetare bokslut, revision, skatteråd och löner åt drygt 2 000 småföretag, lantbrukare och föreningar i Småland. Vi är auktoriserade revisorer och redovisningskonsulter och har funnits sedan 1978.</p>
<p>Du får egna kunder, stöd av erfarna kollegor och möjlighet att bli auktoriserad.</p>`,
    sector: 'Finance & FinTech',
    lang: 'sv',
    why: 'an accountancy firm is Finance',
  },
  {
    id: 'nc-043',
    company: 'Region Jämtland Härjedalen – Östersunds sjukhus',
    text: `Sjuksköterska till akutmottagningen, Östersunds sjukhus

Akutmottagningen tar emot cirka 35 000 patienter per år från hela länet, inklusive fjällturister vintertid. Vi arbetar i team med läkare, undersköterskor och ambulanssjukvård.

Vi erbjuder introduktion med handledare, schemaläggning med önskemål och möjlighet till vidareutbildning inom akutsjukvård.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'a public hospital is Healthcare, not Public Sector',
  },
  {
    id: 'nc-044',
    company: 'Ortoform AB',
    text: `I vår fabrik i Uppsala tillverkar vi knä- och höftimplantat i titan och kobolt-krom, som opereras in på sjukhus i 25 länder. Varje implantat spåras från råmaterial till patient.

Vi söker en Kvalitetsingenjör med erfarenhet av ISO 13485 och MDR som vill arbeta med processvalidering och avvikelsehantering i produktionen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
    why: 'a maker of medical devices is Healthcare, even in a factory',
  },
  {
    id: 'nc-045',
    company: 'Lugna Hem Omsorg AB',
    text: `Varje dag besöker våra undersköterskor och vårdbiträden drygt 900 äldre i deras egna hem i Helsingborg och Landskrona – med hjälp med mediciner, måltider, dusch och sällskap. Vi har också två gruppboenden för personer med demenssjukdom.

Vi söker undersköterskor till hemtjänsten, heltid eller deltid. B-körkort är ett krav.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
  },
  {
    id: 'nc-046',
    company: 'Linné & Ull',
    text: `Vi ritar våra kläder i ateljén på Söder och säljer dem bara i våra nio egna butiker och i vår webbshop – stickat, linne och ytterplagg som ska hålla i många år. Produktionen sker hos två familjeägda sömnadsfabriker i Portugal.

Butikschef till vår butik på Drottninggatan, Stockholm: du leder ett team på sex säljare och ansvarar för budget och visuell presentation.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'a brand that designs and sells only in its own shops is Retail',
  },
  {
    id: 'nc-047',
    company: 'Matkassen Norr AB',
    text: `Varje vecka packar vi 14 000 matkassar med recept och färska råvaror och kör hem dem till kunder från Gävle till Kiruna. Kunden väljer rätter i appen på söndagen och har kassen vid dörren på onsdagen.

Nu söker vi en Inköpare frukt och grönt som förhandlar med odlare och grossister och planerar sortimentet säsong för säsong.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'grocery delivery to consumers is Retail',
  },
  {
    id: 'nc-048',
    company: 'Kassaflöde AB',
    text: `&lt;p&gt;Kassaflöde gör kassasystem för butiker: kassa, lagersaldo, personalschema och lojalitetsprogram i ett. Drygt 3 500 butiker – klädbutiker, järnhandlar, blomsterhandlar och gårdsbutiker – använder oss varje dag.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Vi söker:&lt;/strong&gt; Fullstack-utvecklare (TypeScript, React, Node) till teamet för lagerhantering.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
    why: 'point-of-sale software made for shops is Retail',
  },
  {
    id: 'nc-049',
    company: 'Järnbodarna AB',
    text: `Säljare – Järnbodarna Falun

Hos oss hittar hantverkare och villaägare allt från skruv och färg till motorsågar och trädgårdsredskap. Järnbodarna är 38 järnhandlar i Dalarna, Värmland och Gästrikland, och vi säljer även via vår e-handel med hämtning i butik.

Vi söker en säljare på heltid som kan bygg och verktyg och gillar att ge råd.`,
    sector: 'E-commerce & Retail',
    lang: 'sv',
  },
  {
    id: 'nc-050',
    company: 'Sundsnät AB',
    text: `Sundsnät är helägt av kommunen och äger stadsnätet: 2 400 kilometer fiber som förbinder 48 000 hushåll, skolor och företag. Vi hyr ut kapacitet till tjänsteleverantörer och bygger ut fibern till landsbygden.

Vi söker en Nätverkstekniker med kunskap om optisk fiber, OTDR-mätning och switchar från minst en större leverantör.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'a municipally owned fibre network is in the sector of its business',
  },
  {
    id: 'nc-051',
    company: 'Signalbyrån AB',
    text: `Vårt planeringsverktyg används av mobiloperatörer i tolv länder för att räkna ut var nästa basstation ska stå: täckning, kapacitet och frekvensplanering för 4G och 5G i samma modell.

Vi söker en Utvecklare inom radiopropagering och geodata (Python, C++). Erfarenhet från telekom är ett plus, men inget krav.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'network planning software made for operators is Telecommunications',
  },
  {
    id: 'nc-052',
    company: 'Vågtel AB',
    text: `Kundtjänstmedarbetare till vårt kontor i Luleå

Du svarar på frågor från våra mobil- och bredbandskunder om abonnemang, fakturor och täckning, felsöker routrar och hjälper till när någon tappat sin telefon utomlands. Vågtel har 1,3 miljoner abonnemang och eget mobilnät i norra Sverige.

Heltid, tillsvidare efter provanställning. Vi erbjuder betald utbildning och förmånligt mobilabonnemang.`,
    sector: 'Telecommunications',
    lang: 'sv',
  },
  {
    id: 'nc-053',
    company: 'Norrstål AB',
    text: `I vårt stålverk i Hälsingland smälter vi skrot i ljusbågsugn och valsar fram specialstål till verktyg, gruvborrar och kullager. Produktionen pågår dygnet runt, och 85 procent går på export.

Vi söker en Processingenjör till valsverket som vill arbeta med ständiga förbättringar, dataanalys och energieffektivisering.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
  },
  {
    id: 'nc-054',
    company: 'Bromma Axel AB',
    text: `Bromma Axel utvecklar och tillverkar drivaxlar och hjulupphängningar till lastbilar och bussar. Vi levererar just-in-time till fordonstillverkarnas monteringslinjer i Sverige, Belgien och Polen.

Nu söker vi en Konstruktör inom CAD (CATIA V5) till vår utvecklingsavdelning i Södertälje.

Du tar fram 3D-modeller och ritningar, deltar i provning och samarbetar nära produktionen. Vi erbjuder flextid, friskvårdsbidrag och ett välkomnande team.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
  },
  {
    id: 'nc-055',
    company: 'Rosteriet Kaffebönan AB',
    text: `Vårt kaffe står på hyllan i de flesta livsmedelsbutiker i landet och brygger morgonkaffet i ungefär 300 000 hem. Allt rostas och förpackas i vårt rosteri i Gävle, där vi också har ett eget kvalitetslabb.

Vi söker en Produktionsledare till packavdelningen, skiftgång.

Du leder ett tjugotal operatörer, planerar bemanning och följer upp OEE och kvalitet. Erfarenhet från livsmedelsindustri är meriterande.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
    why: 'makes goods sold in grocery shops: Manufacturing',
  },
  {
    id: 'nc-056',
    company: 'Vibrasense AB',
    text: `Vibrasense sätter trådlösa vibrationssensorer på pumpar, fläktar och transportband i pappersbruk, sågverk och verkstadsindustri, och vår mjukvara varnar underhållschefen veckor innan ett lager går sönder.

Vi söker en Data Scientist med intresse för signalbehandling och maskininlärning på tidsserier.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
    why: 'predictive maintenance made for plants is Manufacturing',
  },
  {
    id: 'nc-057',
    company: 'Söderköpings kommun',
    text: `Systemförvaltare till kommunens IT-enhet

Som systemförvaltare ansvarar du för verksamhetssystemen inom barn- och utbildningsförvaltningen och socialtjänsten: uppgraderingar, behörigheter och kontakt med leverantörer. Kommunen har cirka 15 000 invånare och 1 200 medarbetare.

Vi tillämpar provanställning och gör bakgrundskontroll inför anställning.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
  },
  {
    id: 'nc-058',
    company: 'Myndigheten för samhällsdata',
    text: `# Om myndigheten
Vi samlar in, kvalitetssäkrar och tillgängliggör geografiska och statistiska data om Sverige åt andra myndigheter, regioner och kommuner. Vi har 420 medarbetare i Gävle och Karlstad.

# Om tjänsten
Som Dataingenjör bygger du pipelines för öppna data och arbetar med vårt API.

Vi söker dig som har erfarenhet av Python, SQL och molnplattformar. Tjänsten är en tillsvidareanställning med placering i Gävle; säkerhetsprövning görs.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
  },
  {
    id: 'nc-059',
    company: 'Grönvåg Trafiksystem AB',
    text: `Grönvåg utvecklar styrsystem för trafiksignaler och prioritering av bussar i korsningar. Våra system används av gatukontoren i 30 svenska och norska kommuner för att minska köer och utsläpp.

Vi söker en Embedded-utvecklare (C, Linux) till teamet som bygger nästa generation signalstyrning.

Du jobbar nära våra trafikingenjörer och testar koden i riktiga korsningar i Norrköping.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'sv',
    why: 'traffic-signal systems sold to cities are Smart Cities',
  },
  {
    id: 'nc-060',
    company: 'Älvkraft AB',
    text: `Älvkraft äger och driver 22 vattenkraftverk längs Indalsälven och Ljungan och producerar el motsvarande förbrukningen i 400 000 villor. Våra anläggningar övervakas från driftcentralen i Östersund.

Vi söker en Elkraftingenjör till vår underhållsavdelning.

Du planerar revisioner av generatorer, transformatorer och ställverk och deltar i beredskapen. Placering Östersund.`,
    sector: null,
    lang: 'sv',
    why: 'an energy producer; its power plants are not factories',
  },
  {
    id: 'nc-061',
    company: 'Bergslagens Mineral AB',
    text: `Vi bryter järnmalm och zink i två underjordsgruvor i Bergslagen och anrikar malmen i eget verk innan den fraktas med tåg till hamnen i Oxelösund. 650 personer arbetar hos oss.

Bergsingenjör – gruvplanering. Du arbetar med brytningsplaner i Deswik och samverkar med geologer och produktion.

Vi erbjuder bonusprogram och boende under introduktionsperioden.`,
    sector: null,
    lang: 'sv',
    why: 'mining is unclassified',
  },
  {
    id: 'nc-062',
    company: 'Bemanningsfirman Proffsa',
    text: `Vi söker nu en driven Projektledare för uppdrag hos en av våra kunder i Malmö. Uppdraget startar omgående och löper i sex månader med goda chanser till förlängning.

Proffsa har förmedlat konsulter och personal i Skåne sedan 2005. Du blir anställd av oss och får kollektivavtal, tjänstepension och friskvårdsbidrag.`,
    sector: null,
    lang: 'sv',
    why: "a staffing agency that does not say the client's business",
  },
  {
    id: 'nc-063',
    company: 'Högskolan i Sydvästra Götaland',
    text: `Högskolan har 9 000 studenter och utbildningar inom teknik, vård, lärande och ekonomi. Institutionen för data- och systemvetenskap söker en Universitetslektor i programvaruteknik med placering i Trollhättan.

Undervisningen omfattar kurser i programmering, mjukvarutestning och agil utveckling på grund- och avancerad nivå.`,
    sector: null,
    lang: 'sv',
    why: 'a university is unclassified, whatever it teaches',
  },
  {
    id: 'nc-064',
    company: 'Arkitektkontoret Holm & Vinge AB',
    text: `<p>Vi ritar skolor, bostäder och kulturbyggnader från vårt kontor vid Järntorget i Göteborg. Vi är 55 arkitekter, landskapsarkitekter och inredningsarkitekter.</p>
<p><strong>Vi söker en BIM-samordnare.</strong></p>
<p>Förmåner: tjänstepension, sjukvårdsförsäkring, friskvårdsbidrag, cykelförmån och rabatt hos utvalda butiker.</p>`,
    sector: null,
    lang: 'sv',
    why: 'an architecture firm; insurance and store discounts are benefits',
  },
  {
    id: 'nc-065',
    company: 'Fjällstugan Hotell & Restaurang',
    text: `Kock till säsongen december–april. Vi driver ett hotell med 80 rum och två restauranger vid foten av Åreskutan och serverar frukost, à la carte och festmiddagar för upp till 250 gäster. Boende finns att hyra i personalhuset.`,
    sector: null,
    lang: 'sv',
  },
  // Danish
  {
    id: 'nc-066',
    company: 'Kodehuset ApS',
    text: `Kodehuset er et konsulenthus i Aarhus med 40 udviklere, der bygger skræddersyede webløsninger og integrationer for danske virksomheder. Vi arbejder i .NET og Azure, og vi holder fast i, at den udvikler der skriver koden, også taler med kunden.

Vi søger en erfaren .NET-udvikler, der har lyst til at være teknisk ansvarlig på to-tre kundeprojekter ad gangen.`,
    sector: 'Information Technology & Software Development',
    lang: 'da',
  },
  {
    id: 'nc-067',
    company: 'Rammeværk ApS',
    text: `# Om os
Økonomichefer i 1 400 virksomheder – fra tøjkæder og hospitaler til maskinfabrikker og kommunale forsyninger – laver deres budgetter og prognoser i Rammeværk i stedet for i 40 regneark.

# Jobbet
Som Senior Frontend-udvikler (React, TypeScript) bygger du vores nye scenarie-modul.

Du arbejder tæt sammen med vores designer og product manager på kontoret i København.`,
    sector: 'Information Technology & Software Development',
    lang: 'da',
    why: 'budgeting software any company uses is IT',
  },
  {
    id: 'nc-068',
    company: 'Regnskabsmakker ApS',
    text: `Over 60.000 freelancere og små virksomheder sender fakturaer, bogfører bilag og indberetter moms gennem Regnskabsmakker – uden at være revisor. Appen henter kontoudtog direkte fra banken og foreslår selv, hvordan bilaget skal bogføres.

Vi søger en Backend-udvikler (Go) til teamet, der bygger integrationer til skattevæsenet og bankerne.`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'bookkeeping and invoicing software for small firms is Finance',
  },
  {
    id: 'nc-069',
    company: 'Andelskassen Vestkysten',
    text: `Kunderådgiver – privat, Ringkøbing

Vi er et lille pengeinstitut ejet af vores andelshavere med seks filialer langs Vestkysten. Vi hjælper familier med boliglån, opsparing og pension og kender de fleste af vores kunder personligt.

Du har en finansuddannelse og gerne nogle års erfaring med privatrådgivning.`,
    sector: 'Finance & FinTech',
    lang: 'da',
  },
  {
    id: 'nc-070',
    company: 'Pensionskassen Fyrtårn',
    text: `<p>Pensionskassen Fyrtårn forvalter pensionsopsparingen for 85.000 sygeplejersker, jordemødre og bioanalytikere &ndash; i alt 110 mia. kr.</p>
<p>Vi søger en <strong>Risikoanalytiker</strong> til investeringsafdelingen, der vil arbejde med stresstest, likviditetsrisiko og rapportering til Finanstilsynet.</p>`,
    sector: 'Finance & FinTech',
    lang: 'da',
    why: 'a pension fund is Finance, though its members are nurses',
  },
  {
    id: 'nc-071',
    company: 'Solbakken Plejehjem A/S',
    text: `Vi driver tre plejehjem i Nordsjælland med i alt 140 beboere, der har brug for pleje døgnet rundt. Her arbejder social- og sundhedsassistenter, sygeplejersker og fysioterapeuter sammen om at give beboerne en god hverdag.

Vi søger en sygeplejerske til aftenvagt, 32 timer om ugen.

Vi tilbyder grundig introduktion, faste kolleger og løn efter overenskomst.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
  },
  {
    id: 'nc-072',
    company: 'Dermalab A/S',
    text: `Dermalab udvikler og producerer hurtigtest til påvisning af allergi og hudinfektioner, som bruges af hudlæger og hospitalslaboratorier i 18 lande. Produktionen ligger i Hillerød.

Vi søger en Regulatory Affairs Specialist med kendskab til IVDR, der skal stå for tekniske dossierer og dialogen med bemyndigede organer.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
  },
  {
    id: 'nc-073',
    company: 'Helsesikring A/S',
    text: `Helsesikring er et sundhedsforsikringsselskab: 450.000 danskere har adgang til behandling hos privathospitaler, fysioterapeuter og psykologer via deres arbejdsgivers ordning hos os.

Vi søger en Skadebehandler, der vurderer anmodninger om behandling og taler med kunderne om deres forløb.

Du har en sundhedsfaglig baggrund, fx som sygeplejerske eller fysioterapeut. Vi tilbyder hjemmearbejde to dage om ugen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'da',
    why: 'a health insurer is Healthcare, not Finance',
  },
  {
    id: 'nc-074',
    company: 'Hjemlig Butikskæde A/S',
    text: `Butiksassistent – Hjemlig, Odense C

Hjemlig er en butikskæde med 44 butikker og webshop, der sælger køkkenudstyr, tekstiler og små møbler til fornuftige priser. Du hjælper kunderne, fylder hylder op og betjener kassen.

Vi tilbyder personalerabat, fleksible vagter og oplæring.

Du er mindst 18 år og kan arbejde i weekender.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'nc-075',
    company: 'Genbrugt.dk',
    text: `Hver dag skifter 3.000 brugte sofaer, cykler og barnevogne ejer gennem vores markedsplads. Sælgeren lægger annoncen op, køberen betaler i appen, og vi sørger for fragten og pengene imellem.

Vi søger en Product Analyst, der kan SQL og gerne vil finde ud af, hvorfor nogle annoncer sælger på en time og andre aldrig.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'nc-076',
    company: 'Fiberforbindelsen A/S',
    text: `Vi holder 350.000 hjem og virksomheder forbundet over fiber i Jylland og på Fyn – og hvert år graver vi nye 20.000 adresser ind. Når der er fejl, er det vores teknikere, der rykker ud.

Vi søger en Fibermontør til området omkring Vejle. Du har erfaring med splidsning og måling, og du har kørekort B.`,
    sector: 'Telecommunications',
    lang: 'da',
  },
  {
    id: 'nc-077',
    company: 'Kabel og Signal A/S',
    text: `&lt;p&gt;&lt;strong&gt;Om Kabel og Signal&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Vi leverer bredbånd, tv-pakker og fastnet via vores kabelnet til 220.000 husstande i hovedstadsområdet.&lt;/p&gt;&lt;p&gt;Vi søger en &lt;strong&gt;Netværksarkitekt&lt;/strong&gt; til at planlægge opgraderingen til DOCSIS 4.0.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'da',
  },
  {
    id: 'nc-078',
    company: 'Vinge Komposit A/S',
    text: `I vores fabrik i Lem støber vi vindmøllevinger op til 90 meter lange i glasfiber og kulfiber. Vingerne går til møllefabrikanter i hele Europa.

Vi søger en Procesingeniør til støbeafdelingen, der vil arbejde med hærdningsprocesser, kvalitetsdata og lean.

Du har en ingeniøruddannelse inden for maskin, materialer eller kemi, og erfaring fra produktion er en fordel.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
    why: 'makes physical goods (turbine blades); not an energy producer',
  },
  {
    id: 'nc-079',
    company: 'Bryggeriet Havnegade',
    text: `Vores øl og sodavand står i køleskabene i de fleste danske supermarkeder – og alt bliver brygget og tappet på bryggeriet i Aalborg, hvor vi har brygget siden 1902.

Vi søger en Vedligeholdelsestekniker til tappehallen, treholdsskift.

Du har en baggrund som elektriker, automatiktekniker eller industritekniker og kan lide at fejlsøge på tappe- og pakkelinjer.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
    why: 'a brewery makes goods sold in supermarkets: Manufacturing',
  },
  {
    id: 'nc-080',
    company: 'Robotcellen ApS',
    text: `Robotcellen udvikler og bygger kompakte svejse- og paletteringsrobotter til små og mellemstore produktionsvirksomheder. Vi er 60 ansatte i Odense, og hver robot bliver samlet og testet i vores eget værksted.

Vi søger en Mekatroniker til montage og idriftsættelse hos kunder.

Du får rejsedage i Danmark og Tyskland, firmabil og en god pensionsordning.`,
    sector: 'Automotive & Manufacturing',
    lang: 'da',
  },
  {
    id: 'nc-081',
    company: 'Skanderborg Kommune',
    text: `Dataanalytiker til Teknik og Miljø

Kommunen har brug for bedre data om veje, affaldsindsamling og klimatilpasning. Du skal bygge dashboards i Power BI, rense data fra vores fagsystemer og hjælpe planlæggerne med at blive klogere på byens drift.

Løn efter overenskomst. Arbejdsstedet er rådhuset i Skanderborg.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
  },
  {
    id: 'nc-082',
    company: 'Styrelsen for Digital Borgerservice',
    text: `Styrelsen driver de fælles løsninger, som borgere bruger til at logge ind, modtage post fra det offentlige og søge om ydelser. Vi hører under ministeriet og er 300 medarbejdere i København.

Vi søger en IT-sikkerhedsspecialist til vores team for identitet og adgang.

Du har erfaring med OIDC, SAML og sikkerhedsarkitektur og er vant til at samarbejde med leverandører. Ansættelse sker efter overenskomst for akademikere i staten.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
  },
  {
    id: 'nc-083',
    company: 'Rederiet Nordsund A/S',
    text: `Vi sejler gods og passagerer mellem Danmark, Norge og Sverige med ni ro-ro- og ropax-skibe og har egne terminaler i Frederikshavn og Hirtshals.

Vi søger en Fleet Performance Analyst, der kan bruge sensordata fra skibene til at nedbringe brændstofforbruget.

Du har en baggrund som skibsingeniør eller data scientist og taler gerne både dansk og engelsk.`,
    sector: null,
    lang: 'da',
  },
  {
    id: 'nc-084',
    company: 'Vestjysk Andelsfoder',
    text: `Vi er et andelsselskab ejet af 2.100 landmænd og leverer foder, gødning og rådgivning til medlemmernes bedrifter. Vi har også 14 butikker med arbejdstøj, hegn og havebrug i landdistrikterne.

Vi søger en Planteavlskonsulent, der rådgiver landmænd om gødningsplaner og markdrift.

Stillingen har base i Holstebro, og du får firmabil.`,
    sector: null,
    lang: 'da',
    why: "a farmers' cooperative; its stores do not make it Retail",
  },
  {
    id: 'nc-085',
    company: 'Bureauet Blæst',
    text: `Vi er et kreativt reklamebureau på Vesterbro. Vores kunder tæller banker, supermarkedskæder, et teleselskab og et par kommuner, og vi laver alt fra tv-reklamer til kampagner på sociale medier.

Vi søger en Art Director med 3–5 års erfaring.

Du har en portefølje, der viser både idéer og håndværk, og du trives med korte deadlines.`,
    sector: null,
    lang: 'da',
    why: "an advertising agency; its clients' sectors do not decide",
  },
  // Norwegian
  {
    id: 'nc-086',
    company: 'Fjordsky AS',
    text: `Fjordsky drifter to datasentre i Vestland som går på ren vannkraft, og leverer skytjenester, virtuelle servere og sikkerhetskopi til rundt 1 500 norske bedrifter. Driftssenteret vårt er bemannet hele døgnet.

Vi søker en Plattformingeniør (Linux, OpenStack, Ansible) som vil være med på å bygge ut vår nye objektlagringstjeneste.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
  },
  {
    id: 'nc-087',
    company: 'Kundekompasset AS',
    text: `# Om oss
Kundekompasset er et CRM-system som selgere i 2 000 bedrifter bruker hver dag – fra rørleggerfirmaer og hoteller til revisorer og rederier.

# Stillingen
Vi ser etter en Senior Backend-utvikler (Java, Kotlin) som vil jobbe med integrasjoner mot e-post, kalender og telefoni.

Vi holder til i Trondheim sentrum og jobber hybrid.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
  },
  {
    id: 'nc-088',
    company: 'Hodejegerne Vest AS',
    text: `Vår kunde er et raskt voksende IT-konsulentselskap i Bergen med 120 utviklere som bygger digitale løsninger for både offentlige og private virksomheter. De søker nå en Tech Lead innen .NET og Azure.

Hodejegerne Vest har ansvaret for rekrutteringsprosessen. Ta kontakt med oss for en uforpliktende samtale.`,
    sector: 'Information Technology & Software Development',
    lang: 'no',
    why: "recruiter: the client's business (IT consultancy) decides",
  },
  {
    id: 'nc-089',
    company: 'Sparebanken Fjellheim',
    text: `Data Scientist – kredittrisiko

Sparebanken Fjellheim er en selvstendig sparebank med 28 000 kunder i Hallingdal og Valdres. Vi gir boliglån, næringslån til gårdsbruk og hytteutbyggere, og har gitt over 30 millioner kroner i gaver til lokale lag i fjor.

Som Data Scientist skal du videreutvikle våre modeller for sannsynlighet for mislighold og overvåke kredittporteføljen.`,
    sector: 'Finance & FinTech',
    lang: 'no',
  },
  {
    id: 'nc-090',
    company: 'Svindelvakt AS',
    text: `Hvert sekund sjekker vi kortbetalinger og kontooverføringer for 40 banker og betalingsselskaper i Norden og stopper dem som ser ut som svindel. Modellene våre ser på mønstre i hundrevis av millioner transaksjoner i året.

Vi søker en Machine Learning Engineer som vil jobbe med sanntidsscoring i Kafka og Python.`,
    sector: 'Finance & FinTech',
    lang: 'no',
    why: 'fraud scoring made for banks is Finance',
  },
  {
    id: 'nc-091',
    company: 'Legesenteret Torget',
    text: `Legesenteret Torget på Hamar har sju fastleger, to sykepleiere og en bioingeniør, og vi har rundt 8 000 pasienter på listene våre. Vi har eget laboratorium og tilbyr småkirurgi og svangerskapskontroll.

Vi søker en medisinsk sekretær i 100 % stilling som vil ta imot pasienter, svare på telefon og bistå legene.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
  },
  {
    id: 'nc-092',
    company: 'Journalia AS',
    text: `Journalia lager pasientjournalsystemet som brukes av fastleger, legevakter og helsestasjoner i over 200 kommuner. Leger skriver notater, sender henvisninger og får svar fra laboratoriet i samme løsning.

Vi søker en Fullstack-utvikler (C#, Angular) til teamet som lager e-resept og henvisninger.

Du får jobbe tett med leger som er med i produktteamet vårt.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'no',
    why: 'an electronic health record vendor is Healthcare; the kommuner are its customers',
  },
  {
    id: 'nc-093',
    company: 'Sportsbua AS',
    text: `<p><strong>Butikkmedarbeider – Sportsbua Tromsø</strong></p>
<p>Sportsbua selger ski, fjellsko, sykler og treningstøy i 31 butikker i Nord-Norge og i nettbutikken. Vi har også eget verksted for skisliping og sykkelservice.</p>
<p>Du er glad i friluftsliv og liker å gi kundene gode råd.</p>

Deltid 60 %, med mulighet for mer i høysesongen.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
    why: 'a shop selling sports goods is Retail, not sport and leisure',
  },
  {
    id: 'nc-094',
    company: 'Handlekurv AS',
    text: `Du bestiller middagsvarene i appen før klokka ti, og sjåførene våre kjører dem hjem til deg samme kveld. Vi har 9 000 varer – fra melk og brød til oppvaskmiddel – og leverer i Oslo, Bærum og Lillestrøm.

Nå ser vi etter en Logistikkplanlegger til lageret på Alnabru.

Du planlegger ruter, bemanning og plukk sammen med lagerlederen.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
    why: 'online grocery delivery to consumers is Retail',
  },
  {
    id: 'nc-095',
    company: 'Grossisten Nord AS',
    text: `Vi kjøper inn og distribuerer dagligvarer, tobakk, snacks og drikke til 1 200 kiosker, bensinstasjoner og nærbutikker i Nordland og Troms. Lagerbygget vårt i Bodø er på 18 000 kvadratmeter.

Vi søker en Innkjøper med ansvar for kategoriene snacks og konfekt.

Du har erfaring fra innkjøp eller salg i dagligvarebransjen og er god med tall.`,
    sector: 'E-commerce & Retail',
    lang: 'no',
    why: 'a wholesaler of goods is Retail',
  },
  {
    id: 'nc-096',
    company: 'Nettfiber AS',
    text: `&lt;p&gt;Nettfiber bygger og driver fibernett i Agder og Telemark, og over 90&amp;nbsp;000 husstander har bredbånd og TV fra oss.&lt;/p&gt;&lt;p&gt;Vi søker en &lt;strong&gt;Prosjektleder utbygging&lt;/strong&gt; som skal følge opp entreprenører, grunneiere og kommuner.&lt;/p&gt;&lt;p&gt;Du har erfaring fra bygg- og anleggsprosjekter, gjerne innen fiber eller kraft.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'no',
  },
  {
    id: 'nc-097',
    company: 'Polarsat AS',
    text: `Polarsat driver satellittforbindelser for skip, oljeplattformer og forskningsstasjoner i Nordsjøen og Arktis, med egne jordstasjoner på Svalbard og i Vesterålen.

Vi søker en RF-ingeniør til jordstasjonen i Vesterålen som vil jobbe med antenner, modemer og overvåking av satellittlinjer.

Turnusordning med to uker på og to uker av.`,
    sector: 'Telecommunications',
    lang: 'no',
    why: 'a satellite operator; the oil platforms are its customers',
  },
  {
    id: 'nc-098',
    company: 'Takstverk AS',
    text: `Takstverk lager faktureringssystemet som mobiloperatører og fibertilbydere i elleve land bruker til å prise abonnement, telle forbruk og sende regninger til flere titalls millioner kunder.

Vi søker en Scala-utvikler til kjerneteamet for prising og rating.

Vi har kontor i Oslo og Kraków og jobber hybrid.`,
    sector: 'Telecommunications',
    lang: 'no',
    why: 'billing software made for operators is Telecommunications',
  },
  {
    id: 'nc-099',
    company: 'Sunndal Lettmetall AS',
    text: `Ved verket vårt i Sunndal produserer vi 200 000 tonn aluminium i året, støpt til bolter og barrer som blir til vinduskarmer, bildeler og bokser. Vi er 600 ansatte.

Vi søker en Prosessingeniør til elektrolysehallen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
  },
  {
    id: 'nc-100',
    company: 'Lofotfisk Foredling AS',
    text: `Fiskekakene og fiskebollene våre selges i dagligvarebutikker over hele landet, og alt lages på fabrikken vår i Svolvær av fisk som landes på kaia utenfor.

Vi søker en Produksjonsleder som vil ha ansvar for 40 operatører fordelt på to skift.

Du har fagbrev i industriell næringsmiddelproduksjon eller tilsvarende erfaring.`,
    sector: 'Automotive & Manufacturing',
    lang: 'no',
    why: 'a food factory: Manufacturing, not Retail or fishing',
  },
  {
    id: 'nc-101',
    company: 'Vestre Toten kommune',
    text: `Rådgiver digitalisering

Kommunen har 13 500 innbyggere og vil gjøre flere tjenester digitale – fra søknad om barnehageplass til byggesak. Du skal lede digitaliseringsprosjekter, følge opp leverandører og hjelpe enhetene med å ta i bruk nye løsninger.

Stillingen er plassert ved rådhuset på Raufoss.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
  },
  {
    id: 'nc-102',
    company: 'Direktoratet for offentlige registre',
    text: `Direktoratet forvalter de nasjonale registrene over eiendommer, foretak og løsøre, og gjør dataene tilgjengelige for andre etater, banker og innbyggere. Vi har 350 ansatte i Brønnøysund og Oslo.

Vi søker en Systemarkitekt som skal modernisere registerplattformen.

Du har erfaring med skyplattformer og hendelsesdrevne arkitekturer; kjennskap til offentlige registre er et pluss.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'no',
    why: 'a government directorate; banks are only users of its data',
  },
  {
    id: 'nc-103',
    company: 'Nordkapp Petroleum ASA',
    text: `Nordkapp Petroleum leter etter og produserer olje og gass på norsk sokkel, med andeler i sju felt i Barentshavet og Norskehavet.

Vi søker en Reservoaringeniør til kontoret i Stavanger.

Du har mastergrad i petroleumsteknologi og minst fem års erfaring med reservoarsimulering. Vi tilbyr god pensjonsordning og fleksibel arbeidstid.`,
    sector: null,
    lang: 'no',
  },
  {
    id: 'nc-104',
    company: 'Fjellfly AS',
    text: `Vi flyr passasjerer mellom 14 flyplasser i Nord-Norge med en flåte på elleve turbopropfly, og er ofte det eneste alternativet til mange timer i bil.

Vi søker flyteknikere med B1-sertifikat til basen i Bodø.

Vi tilbyr skiftordning, pendlerordning og fribilletter for familien.`,
    sector: null,
    lang: 'no',
  },
  {
    id: 'nc-105',
    company: 'Holm Rådgivende Ingeniører AS',
    text: `Vi er 80 rådgivende ingeniører i Trondheim som prosjekterer bruer, kaianlegg og bygg.

Vi tilbyr:
- gode pensjons- og forsikringsordninger
- helseforsikring
- dekket mobilabonnement og bredbånd
- fleksibel arbeidstid

Nå søker vi en Bygningsingeniør innen betongkonstruksjoner.

Du har mastergrad og erfaring med FEM-analyse.`,
    sector: null,
    lang: 'no',
    why: 'engineering consultancy; insurance and broadband are benefits',
  },
  // Finnish
  {
    id: 'nc-106',
    company: 'Koodikettu Oy',
    text: `Koodikettu on tamperelainen ohjelmistotalo, jossa 90 kehittäjää rakentaa web- ja mobiilisovelluksia sekä taustajärjestelmiä asiakkaillemme eri toimialoilta. Meillä ei ole pomoja, vaan tiimit päättävät itse työtavoistaan.

Etsimme nyt kokenutta Full Stack -kehittäjää (TypeScript, React, Node.js). Tarjoamme kattavan työterveyshuollon, lounasedun ja liikuntasetelit.`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
  },
  {
    id: 'nc-107',
    company: 'Pilvilinna Analytics Oy',
    text: `# Meistä
Autamme yrityksiä keräämään datansa yhteen paikkaan ja rakentamaan sen päälle ennustemalleja. Asiakkaitamme ovat esimerkiksi kauppaketjut, vakuutusyhtiöt ja tehtaat – ja jokaiselle teemme oman data-alustan pilveen.

# Tehtävä
Data Engineer (Databricks, Spark, Python), Helsinki tai etänä.

Tarjoamme joustavat työajat ja mahdollisuuden sertifiointeihin.`,
    sector: 'Information Technology & Software Development',
    lang: 'fi',
    why: 'a data consultancy serving many industries is IT',
  },
  {
    id: 'nc-108',
    company: 'Vakuutusosakeyhtiö Kallio',
    text: `Vakuutamme yli 300 000 suomalaisen kodin, auton ja mökin, ja korvauskäsittelijämme hoitavat vuosittain noin 70 000 vahinkoa. Toimimme Oulussa, Kuopiossa ja Helsingissä.

Haemme Korvauskäsittelijää henkilöautovahinkoihin. Työssä arvioit vahinkoja, neuvottelet korjaamojen kanssa ja päätät korvauksista.`,
    sector: 'Finance & FinTech',
    lang: 'fi',
  },
  {
    id: 'nc-109',
    company: 'Laskuri Oy',
    text: `<p>Laskurilla 45&nbsp;000 yrittäjää, kevytyrittäjää ja pienyritystä lähettää laskut, seuraa maksuja ja tekee arvonlisäveroilmoituksen muutamalla klikkauksella.</p>
<p><strong>Etsimme Backend-kehittäjää</strong> (Python, PostgreSQL), joka rakentaa integraatioita pankkeihin ja verohallintoon.</p>

Toimistomme on Tampereella, mutta voit tehdä töitä myös etänä.`,
    sector: 'Finance & FinTech',
    lang: 'fi',
    why: 'invoicing and tax software for small firms is Finance',
  },
  {
    id: 'nc-110',
    company: 'Lääkärikeskus Kaisla',
    text: `Lääkärikeskus Kaisla on yksityinen lääkäriasema Jyväskylässä. Meillä työskentelee 40 lääkäriä, kymmenen hoitajaa ja oma laboratorio- ja röntgentiimi, ja vastaanotoillamme käy vuosittain noin 60 000 asiakasta.

Haemme Sairaanhoitajaa päivystysvastaanotolle, kokoaikaiseen työsuhteeseen.

Edellytämme sairaanhoitajan laillistusta ja kokemusta akuuttihoitotyöstä.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
  },
  {
    id: 'nc-111',
    company: 'Koivun Apteekki',
    text: `Farmaseutti, Koivun Apteekki Lahti

Apteekissamme asioi päivittäin noin 600 asiakasta. Toimitamme reseptilääkkeitä, annamme lääkeneuvontaa ja teemme koneellista annosjakelua lähialueen palvelutaloille.

Työ on vuorotyötä, myös lauantaisin.

Tarjoamme hyvän perehdytyksen ja mahdollisuuden lisäkoulutukseen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fi',
    why: 'a pharmacy is Healthcare',
  },
  {
    id: 'nc-112',
    company: 'Verkkokauppa Tuulia Oy',
    text: `Myymme verkkokaupassamme lastenvaatteita, kenkiä ja leluja – noin 12 000 tuotetta, jotka lähtevät asiakkaille varastoltamme Hyvinkäältä yleensä samana päivänä.

Haemme Verkkokaupan tuotesisällön asiantuntijaa, joka kirjoittaa tuotekuvaukset, kuvaa tuotteet ja pitää valikoiman ajan tasalla.

Hyvä suomen kieli ja silmä valokuvaukselle ovat tärkeitä.`,
    sector: 'E-commerce & Retail',
    lang: 'fi',
  },
  {
    id: 'nc-113',
    company: 'Tavaratalo Aaltonen',
    text: `&lt;p&gt;Tavaratalo Aaltonen on palvellut turkulaisia vuodesta 1926. Viidessä kerroksessa myymme kosmetiikkaa, vaatteita, kodin tavaraa ja elintarvikkeita.&lt;/p&gt;&lt;p&gt;Etsimme &lt;strong&gt;Myyjää kosmetiikkaosastolle&lt;/strong&gt;, osa-aikaiseen työsuhteeseen.&lt;/p&gt;&lt;p&gt;Työ sisältää asiakaspalvelua, tuotteiden esillepanoa ja kassatyötä.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'fi',
  },
  {
    id: 'nc-114',
    company: 'Kuituverkko Savo Oy',
    text: `Rakennamme valokuituyhteyksiä Savon maaseudulle ja kaupunkeihin. Verkossamme on nyt 65 000 liittymää, ja joka vuosi kaivamme kuidun noin 5 000 uuteen kotiin.

Haemme Verkkoasiantuntijaa, joka valvoo runkoverkkoa ja selvittää vikoja yhdessä asentajiemme kanssa.

Työpaikka sijaitsee Kuopiossa, ja työhön kuuluu päivystysvuoroja.`,
    sector: 'Telecommunications',
    lang: 'fi',
  },
  {
    id: 'nc-115',
    company: 'Puhelix Oyj',
    text: `Myymäläneuvoja, Puhelix-myymälä Ideapark Lempäälä

Puhelixin myymälässä autat asiakkaita valitsemaan liittymän, puhelimen tai kotinetin. Puhelix on mobiili- ja laajakaistaoperaattori, jolla on 2,1 miljoonaa liittymää.

Tarjoamme perehdytyksen, myyntipalkkion ja henkilökunta-alennuksen operaattorin palveluista.`,
    sector: 'Telecommunications',
    lang: 'fi',
    why: "an operator's own shop is Telecommunications",
  },
  {
    id: 'nc-116',
    company: 'Metsäkone Lappi Oy',
    text: `Suunnittelemme ja valmistamme harvestereita ja kuormatraktoreita tehtaallamme Rovaniemellä. Koneitamme käytetään metsissä Pohjoismaissa, Kanadassa ja Chilessä.

Haemme Hydrauliikkasuunnittelijaa tuotekehitykseen.

Toivomme insinööritutkintoa ja kokemusta hydraulisten järjestelmien mitoituksesta.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
    why: 'a maker of forest machines is Manufacturing, not forestry',
  },
  {
    id: 'nc-117',
    company: 'Leipomo Rapea Oy',
    text: `Joka yö leipomostamme lähtee 80 000 ruisleipää, sämpylää ja pullaa kauppoihin eri puolille Etelä-Suomea. Tuotantomme Hämeenlinnassa pyörii kolmessa vuorossa.

Haemme Kunnossapitoasentajaa, jolla on sähkö- tai automaatioalan koulutus.

Tarjoamme vuorolisät, henkilökuntaedut ja kattavan työterveyshuollon.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fi',
    why: 'an industrial bakery supplying shops is Manufacturing',
  },
  {
    id: 'nc-118',
    company: 'Sastamalan kaupunki',
    text: `Sastamalan kaupunki hakee Paikkatietoasiantuntijaa kaupunkisuunnitteluun.

Kaupungissa on 24 000 asukasta. Tehtävässäsi ylläpidät kaupungin paikkatietoaineistoja ja karttapalvelua, tuotat analyyseja kaavoituksen tueksi ja kehität kunnan tietoaineistojen avaamista.

Palkkaus KVTES:n mukaan.

Hakuaika päättyy 15.3. klo 15.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fi',
  },
  {
    id: 'nc-119',
    company: 'Kiinteistöpalvelu Harju Oy',
    text: `Huolehdimme yli 400 taloyhtiön ja liikekiinteistön kunnossapidosta, siivouksesta ja piha-alueista Espoossa ja Vantaalla.

Haemme Kiinteistönhoitajaa, joka hoitaa vikailmoitukset, tekee huoltokierrokset ja valvoo talotekniikkaa.

Tarjoamme työsuhdepuhelimen, huoltoauton ja kattavan työterveyshuollon.`,
    sector: null,
    lang: 'fi',
  },
  {
    id: 'nc-120',
    company: 'Pohjanmaan Ammattiopisto',
    text: `Opetamme vuosittain noin 5 000 opiskelijaa sähkö-, kone-, sosiaali- ja terveysalalle sekä kaupan alalle. Haemme Ohjelmistokehityksen opettajaa tieto- ja viestintätekniikan perustutkintoon Vaasan kampukselle.`,
    sector: null,
    lang: 'fi',
    why: 'a vocational school is unclassified',
  },
  // Czech
  {
    id: 'nc-121',
    company: 'Kódovna s.r.o.',
    text: `Kódovna je brněnská softwarová firma se 60 vývojáři. Pro zákazníky z Česka, Rakouska a Německa vyvíjíme webové aplikace na míru, mobilní aplikace a integrace mezi systémy a poté se staráme o jejich provoz.

Hledáme Senior Java vývojáře (Spring Boot, Kafka), který povede technicky malý tým.

Nabízíme: 5 týdnů dovolené, stravenkový paušál, multisport kartu a příspěvek na penzijní spoření.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
    why: 'a software firm; pension savings and cards are benefits',
  },
  {
    id: 'nc-122',
    company: 'Evidia Software a.s.',
    text: `# Kdo jsme
Náš ERP systém řídí účetnictví, sklady, nákup a mzdové podklady ve 4 000 firmách všech oborů – od stavebních firem přes velkoobchody po nemocnice a obce.

# Koho hledáme
Konzultanta implementace, který bude zavádět systém u nových zákazníků a školit jejich uživatele.

Nabízíme služební auto, notebook a 25 dní dovolené.`,
    sector: 'Information Technology & Software Development',
    lang: 'cs',
    why: 'ERP software used by all kinds of companies is IT',
  },
  {
    id: 'nc-123',
    company: 'Pojišťovna Jistota a.s.',
    text: `Likvidátor pojistných událostí – majetek, Olomouc

Pojišťovna Jistota pojišťuje domy, byty, auta a podnikatele po celé Moravě. Každý rok řešíme přes 50 000 pojistných událostí, od vytopených bytů po krupobití na polích.

Budete provádět prohlídky škod, posuzovat rozsah a navrhovat výši plnění.

Požadujeme řidičský průkaz skupiny B, technické vzdělání je výhodou.`,
    sector: 'Finance & FinTech',
    lang: 'cs',
  },
  {
    id: 'nc-124',
    company: 'Platbox a.s.',
    text: `<p>Přes naši platební bránu zaplatí zákazníci ročně zhruba 90&nbsp;milionů objednávek u více než 12&nbsp;000 e-shopů v Česku a na Slovensku &ndash; kartou, převodem i Apple Pay. Jsme licencovaná platební instituce pod dohledem ČNB.</p>
<p>Hledáme <strong>Risk analytika</strong>, který bude hlídat podvodné transakce a chargebacky.</p>`,
    sector: 'Finance & FinTech',
    lang: 'cs',
    why: 'a payment processor is Finance, though its merchants are e-shops',
  },
  {
    id: 'nc-125',
    company: 'Nemocnice Na Výšinách s.r.o.',
    text: `Soukromá nemocnice v Českých Budějovicích s 220 lůžky, interním, chirurgickým a ortopedickým oddělením a vlastním rehabilitačním centrem.

Přijmeme všeobecnou sestru na ortopedické oddělení, třísměnný provoz. Nabízíme náborový příspěvek 50 000 Kč a ubytování.

Nástup možný ihned, nabízíme také stabilizační příplatek.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
  },
  {
    id: 'nc-126',
    company: 'Oborová zdravotní pojišťovna Horizont',
    text: `Jsme zdravotní pojišťovna s 800 000 pojištěnci. Hradíme jejich péči v nemocnicích, u praktických lékařů a v lékárnách, uzavíráme smlouvy se zdravotnickými zařízeními a kontrolujeme vykázanou péči.

Hledáme Revizního lékaře pro pobočku v Ostravě.

Požadujeme atestaci a alespoň pět let klinické praxe.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'cs',
    why: 'a health insurer is Healthcare, not Finance',
  },
  {
    id: 'nc-127',
    company: 'Elektroráj s.r.o.',
    text: `Prodáváme televize, pračky, notebooky a mobily přes náš e-shop a ve 14 výdejnách a prodejnách po celé republice. Objednávky do 16:00 odesíláme týž den ze skladu v Jihlavě.

Hledáme Specialistu zákaznické podpory, který vyřídí dotazy, reklamace a vratky zákazníků po telefonu i chatu.

Práce na HPP, po zaškolení možnost částečně z domova.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
  },
  {
    id: 'nc-128',
    company: 'Regálník s.r.o.',
    text: `Kamery Regálník visí nad regály v 900 prodejnách potravin a drogerie a každou hodinu hlásí vedoucímu prodejny, kde chybí zboží nebo je špatná cenovka.

Do týmu v Praze hledáme Computer Vision inženýra (Python, PyTorch), který vylepší rozpoznávání produktů.

Pracujeme hybridně a máme vlastní testovací prodejnu s regály.`,
    sector: 'E-commerce & Retail',
    lang: 'cs',
    why: 'shelf analytics made for shops is Retail',
  },
  {
    id: 'nc-129',
    company: 'Optonet s.r.o.',
    text: `&lt;p&gt;&lt;strong&gt;O nás&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Připojujeme k internetu 40&amp;nbsp;000 domácností a firem na Vysočině – optikou i bezdrátově. Jsme regionální poskytovatel a technici u nás jezdí i do nejmenších obcí.&lt;/p&gt;&lt;p&gt;Hledáme &lt;strong&gt;síťového technika&lt;/strong&gt; pro oblast Havlíčkova Brodu.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'cs',
  },
  {
    id: 'nc-130',
    company: 'Mobilia Telekom a.s.',
    text: `Operátor zákaznické linky – Ostrava

Budete pomáhat zákazníkům mobilního operátora s tarify, fakturací, roamingem a nastavením domácího internetu. Mobilia Telekom má 3 miliony zákazníků a vlastní síť 5G.

Nabízíme zaškolení, flexibilní směny a zvýhodněný tarif.

Nástup možný ihned, práce na hlavní pracovní poměr.`,
    sector: 'Telecommunications',
    lang: 'cs',
  },
  {
    id: 'nc-131',
    company: 'Strojírny Hranice a.s.',
    text: `V naší továrně v Hranicích vyrábíme obráběcí centra a frézky pro strojírenské firmy v celé Evropě. Od konstrukce přes obrábění a montáž až po servis máme vše pod jednou střechou, pracuje u nás 750 lidí.

Přijmeme Konstruktéra strojních celků (SolidWorks).

Požadujeme VŠ nebo SŠ strojního zaměření a alespoň tři roky praxe.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
  },
  {
    id: 'nc-132',
    company: 'Sedax Automotive CZ s.r.o.',
    text: `Vyrábíme sedačky a čalounění pro automobilky. Z našeho závodu u Mladé Boleslavi jezdí kamiony přímo na montážní linky několikrát denně.

Hledáme Inženýra kvality (IATF 16949, FMEA, 8D).

Benefity: závodní stravování, doprava do práce, příspěvek na penzijní připojištění.

Nabízíme také 13. plat.`,
    sector: 'Automotive & Manufacturing',
    lang: 'cs',
  },
  {
    id: 'nc-133',
    company: 'Městský úřad Kutná Hora',
    text: `Tajemník Městského úřadu Kutná Hora vyhlašuje výběrové řízení na pozici Referent odboru dopravy – dopravně správní agendy.

Náplň práce: vyřizování registrace vozidel, řidičských průkazů a správních řízení, komunikace s občany a s Policií ČR. Požadujeme úplné středoškolské vzdělání a bezúhonnost.

Platové zařazení v 9. platové třídě dle nařízení vlády.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'cs',
  },
  {
    id: 'nc-134',
    company: 'Stavby Pokorný s.r.o.',
    text: `Stavíme rodinné domy, bytové domy a haly v Plzeňském kraji už přes 30 let. Máme vlastní tesařskou dílnu a strojní park.

Přijmeme Stavbyvedoucího s praxí na pozemních stavbách a autorizací ČKAIT výhodou.

Nabízíme služební vůz, telefon a podíl na zisku z dokončených zakázek.`,
    sector: null,
    lang: 'cs',
  },
  {
    id: 'nc-135',
    company: 'Cestovní kancelář Slunce a moře s.r.o.',
    text: `Každé léto vypravíme 40 000 klientů k moři do Chorvatska, Řecka a Bulharska – autobusem i letecky. Pro klienty zajišťujeme hotely, delegáty a výlety.

Hledáme Delegáta/delegátku na letní sezónu, výborná angličtina podmínkou.

Nabízíme ubytování, stravu a proplacenou dopravu do destinace.`,
    sector: null,
    lang: 'cs',
    why: 'a travel agency is unclassified',
  },
  // German (Austria, Switzerland), compound-heavy
  {
    id: 'nc-136',
    company: 'Rechenwerk Informatikdienstleistungen GmbH',
    text: `Rechenwerk ist ein Grazer IT-Dienstleister mit 110 Mitarbeitenden. Wir übernehmen Netzwerkbetreuung, Serverwartung, Arbeitsplatzausstattung und Datensicherungskonzepte für Kanzleien, Gemeindeverbände, Autohäuser und Industriebetriebe in der Steiermark.

Wir suchen eine:n Systemtechniker:in (Windows Server, Microsoft 365, Firewallkonfiguration) für unser Kundenbetreuungsteam. Das kollektivvertragliche Mindestgehalt beträgt 3.100 € brutto, Überzahlung je nach Qualifikation.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'an IT service firm serving many industries',
  },
  {
    id: 'nc-137',
    company: 'Datenhafen AG',
    text: `# Über uns
Datenhafen betreibt zwei Rechenzentren in Zürich-Altstetten und Lupfig und bietet Schweizer Unternehmen Cloudspeicher, Colocation und verwaltete Kubernetes-Plattformen mit Datenhaltung ausschliesslich in der Schweiz.

# Deine Aufgaben
Als Site Reliability Engineer automatisierst du Bereitstellungsprozesse, verbesserst Überwachungssysteme und übernimmst Pikettdienst im Rotationsverfahren.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
  },
  {
    id: 'nc-138',
    company: 'Kantonalbank Rigi',
    text: `<p>Als selbständige öffentlich-rechtliche Anstalt mit Staatsgarantie des Kantons sind wir die Hausbank für Privatpersonen, Gewerbetreibende und Landwirtschaftsbetriebe in der Innerschweiz: Hypothekarkredite, Vorsorgelösungen, Vermögensverwaltung.</p>
<p><strong>Kundenberater:in Firmenkunden (80&ndash;100&nbsp;%)</strong></p>
<p>Sie betreuen ein Portfolio von KMU-Kunden und beurteilen Kreditanträge und Finanzierungsgesuche.</p>`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'a state-owned bank is Finance, not Public Sector',
  },
  {
    id: 'nc-139',
    company: 'Rehabilitationszentrum Alpenblick GmbH',
    text: `In unserem Rehabilitationszentrum in Bad Hofgastein betreuen wir jährlich rund 4.000 Patientinnen und Patienten nach Gelenkersatzoperationen, Bandscheibenvorfällen und Schlaganfällen. Physiotherapie, Ergotherapie und ärztliche Betreuung greifen bei uns ineinander.

Wir suchen eine diplomierte Gesundheits- und Krankenpflegerin bzw. einen diplomierten Gesundheits- und Krankenpfleger (Vollzeit oder Teilzeit), Dienstwohnung möglich.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'nc-140',
    company: 'Ossamed Implantattechnik AG',
    text: `Wir entwickeln und fertigen Zahnimplantate und Knochenschraubensysteme, die in Zahnarztpraxen und Kieferchirurgiekliniken in 40 Ländern eingesetzt werden. Die Fertigung in Grenchen umfasst Drehautomaten, Oberflächenbehandlung und Reinraumverpackung.

Für unsere Qualitätssicherungsabteilung suchen wir eine:n Validierungsingenieur:in mit Erfahrung in Medizinprodukteregulierung (MDR, ISO 13485).`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'a maker of medical devices is Healthcare, even with a factory',
  },
  {
    id: 'nc-141',
    company: 'Nahkauf Oberösterreich GmbH',
    text: `&lt;p&gt;Mit 85 Lebensmittelgeschäften zwischen Innviertel und Mühlviertel sind wir der Nahversorger für Dörfer und Kleinstädte &amp;ndash; mit Frischfleischtheke, Bäckereiecke und Zustellservice für ältere Kundinnen und Kunden.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Filialleiterstellvertretung (m/w/d) in Schärding&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;Sie unterstützen die Filialleitung bei Warendisposition, Dienstplanerstellung und Lehrlingsausbildung.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'nc-142',
    company: 'Glasfaser Thurgau AG',
    text: `Wir bauen und betreiben das Glasfasernetz für 60.000 Haushalte und Gewerbebetriebe im Kanton Thurgau und vermieten die Leitungen an Internetanbieter. Unsere Aktionärinnen sind die Gemeindewerke der Region.

Für den Netzausbau suchen wir eine:n Projektleiter:in Glasfaserausbau, der oder die Tiefbauarbeiten, Hauszuführungen und Bewilligungsverfahren koordiniert.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'a fibre network owned by municipal utilities is in the sector of its business',
  },
  {
    id: 'nc-143',
    company: 'Sendemast Infrastruktur Österreich GmbH',
    text: `Unsere 3.800 Sendemasten, Dachstandorte und Richtfunkstationen tragen die Antennen aller österreichischen Mobilfunkbetreiber. Wir kümmern uns um Standortsuche, Grundstücksverträge, Stromversorgung und Wartung.

Gesucht: Standortakquisiteur:in für Tirol und Vorarlberg mit Verhandlungsgeschick und Führerschein B.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'a tower company is Telecommunications',
  },
  {
    id: 'nc-144',
    company: 'Getriebewerk Steyrtal GmbH',
    text: `Im Getriebewerk Steyrtal fertigen 1.400 Mitarbeiterinnen und Mitarbeiter Schaltgetriebe, Achsgetriebe und Verteilergetriebe für Nutzfahrzeughersteller und Landmaschinenproduzenten. Zahnradfertigung, Wärmebehandlung und Getriebemontage befinden sich am selben Standort.

Wir suchen eine:n Instandhaltungstechniker:in Schwerpunkt Verzahnungsmaschinen im Dreischichtbetrieb.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'nc-145',
    company: 'Kabelbau Vorarlberg GmbH',
    text: `Leitungssätze, Kabelbäume und Steckverbindersysteme aus Hohenems stecken in Elektrofahrzeugen, Baumaschinen und Haushaltsgeräten. Unsere Kabelsatzfertigung umfasst Crimpautomaten, Ultraschallschweissanlagen und eine vollautomatische Durchgangsprüfung.

Für die Arbeitsvorbereitung suchen wir eine:n Fertigungsplaner:in mit technischer Ausbildung und SAP-PP-Kenntnissen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'nc-146',
    company: 'Amt der Salzburger Landesregierung',
    text: `Beim Amt der Salzburger Landesregierung gelangt in der Abteilung Wohnbauförderung die Stelle einer/eines Datenanalytikerin/Datenanalytikers zur Besetzung.

Aufgaben: Aufbereitung der Förderungsstatistik, Mitarbeit an der Digitalisierung der Antragsverfahren, Erstellung von Berichten für die Landesregierung. Das Mindestentgelt beträgt gemäß Landesvertragsbedienstetengesetz 3.250 € brutto.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
  },
  {
    id: 'nc-147',
    company: 'Parkleit Systeme AG',
    text: `Wenn in Winterthur, Biel oder Chur die Anzeigetafeln am Stadteingang freie Parkplätze zählen, stecken unsere Bodensensoren und unsere Verkehrsleitsoftware dahinter. Wir liefern Parkleitsysteme und Parkraumbewirtschaftungslösungen an Städte und Gemeinden.

Wir suchen eine:n Softwareentwickler:in (C#, Azure) für unsere Stadtverwaltungsplattform.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'parking guidance made for cities is Smart Cities',
  },
  {
    id: 'nc-148',
    company: 'Alpentransit Spedition AG',
    text: `Täglich rollen 250 Sattelzüge und Wechselbrückenfahrzeuge von unseren Umschlagterminals in Basel und Chiasso über die Alpen. Wir transportieren Stückgut, Gefahrgut und Kühlware für Industrie und Handel.

Gesucht: Disponent:in Nahverkehr (100 %) mit Kenntnissen der Lenk- und Ruhezeitenvorschriften.

Wir bieten ein familiäres Arbeitsumfeld, fünf Wochen Ferien und Weiterbildungsmöglichkeiten.`,
    sector: null,
    lang: 'de',
    why: 'a freight forwarder; Handel as customer does not make it Retail',
  },
  {
    id: 'nc-149',
    company: 'Kraftwerksgesellschaft Obere Enns GmbH',
    text: `Unsere neun Laufwasserkraftwerke und ein Pumpspeicherkraftwerk erzeugen jährlich 1,2 Terawattstunden Strom. Betriebsführung, Anlagenüberwachung und Wehranlagenwartung erledigen wir selbst.

Wir suchen eine:n Elektrotechniker:in für die Kraftwerksinstandhaltung mit Bereitschaftsdienst.

Voraussetzungen: HTL-Abschluss Elektrotechnik und Erfahrung mit Mittelspannungsanlagen.`,
    sector: null,
    lang: 'de',
    why: 'an energy producer; its Kraftwerke are power plants, not factories',
  },
  {
    id: 'nc-150',
    company: 'Personalpartner Zentralschweiz GmbH',
    text: `Für unseren Kunden im Raum Luzern suchen wir per sofort oder nach Vereinbarung eine:n Sachbearbeiter:in Buchhaltung (80–100 %).

Ihre Aufgaben: Kreditoren- und Debitorenbuchhaltung, Zahlungsverkehr, Mithilfe beim Monatsabschluss. Es erwarten Sie ein modernes Arbeitsumfeld, Gleitzeit und eine grosszügige Pensionskassenlösung.`,
    sector: null,
    lang: 'de',
    why: "a recruiter that names no client business; bookkeeping is only the job",
  },
];
