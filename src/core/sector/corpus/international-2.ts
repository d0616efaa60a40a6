// Labelled employer introductions in languages other than English: German, French, Spanish (Spain and Latin
// America), Italian, Dutch and Portuguese (Portugal and Brazil). Many describe the employer only by what it does,
// in the local business vocabulary; labels follow docs/sector-labels.md.
import type { SectorExample } from './example.ts';

export const INTERNATIONAL_2: SectorExample[] = [
  // German (Germany, Austria, Switzerland)
  {
    id: 'i2-001',
    company: 'Frischmarkt Kolbe KG',
    text: `Für unsere Filiale in Regensburg-Kumpfmühl suchen wir ab sofort eine stellvertretende Marktleitung (m/w/d) in Vollzeit.

Seit 1974 führen wir als Familienunternehmen 62 Märkte in Ober- und Niederbayern. Unser Sortiment umfasst rund 18.000 Artikel – vom Brot aus der Region über Obst und Gemüse bis zu Drogerieartikeln. Als stellvertretende Marktleitung organisierst du die Warenverräumung, planst die Besetzung von Kasse und Frischetheke und sorgst dafür, dass unsere Kundinnen und Kunden volle Regale vorfinden.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'i2-002',
    company: 'Schichtwerk Software GmbH',
    text: `# Über uns
Über 4.000 Betriebe planen mit Schichtwerk jeden Tag, wer wann arbeitet: Kliniken, Supermärkte, Logistikzentren, Werke der Autoindustrie und Stadtverwaltungen. Unsere Cloud-Anwendung für Dienstplanung und Zeiterfassung entwickeln wir in Leipzig und Dresden mit 140 Kolleginnen und Kollegen.

# Deine Rolle
Als Senior Backend Engineer (Kotlin) arbeitest du im Team „Planungskern“ an dem Algorithmus, der Schichtpläne für bis zu 20.000 Beschäftigte in Sekunden berechnet.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'workforce software sold to many industries: IT, not its customers’ sectors',
  },
  {
    id: 'i2-003',
    company: 'Talbank Oberschwaben eG',
    text: `<p><strong>Wer wir sind</strong></p><p>Als genossenschaftliche Regionalbank betreuen wir mit 410 Mitarbeitenden rund 95.000 Privat- und Firmenkunden zwischen Biberach und dem Bodensee. Unsere Mitglieder sind zugleich unsere Eigentümer – deshalb entscheiden wir über Kredite hier vor Ort und nicht in einer fernen Zentrale.</p><p><strong>Ihre Aufgaben als Firmenkundenberater (m/w/d)</strong></p><ul><li>Sie begleiten mittelständische Unternehmen bei Investitions- und Betriebsmittelfinanzierungen</li><li>Sie analysieren Jahresabschlüsse und erstellen Kreditvorlagen</li><li>Sie bauen gemeinsam mit unseren Spezialisten für Leasing, Zahlungsverkehr und Auslandsgeschäft langfristige Kundenbeziehungen auf</li></ul><p><strong>Was wir bieten</strong></p><ul><li>Vergütung nach Tarifvertrag mit 13,5 Gehältern</li><li>Mobiles Arbeiten bis zu zwei Tage pro Woche</li><li>Betriebliche Altersversorgung und Zuschuss zum Deutschlandticket</li><li>Fortbildung zum Bankbetriebswirt (m/w/d) mit voller Kostenübernahme</li></ul>`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'i2-004',
    company: 'Pflegeteam Sonnenhang gGmbH',
    text: `Jeden Morgen starten 85 Pflegefachkräfte und Pflegehelfer aus unseren drei Stützpunkten in Kassel, Baunatal und Vellmar zu ihren Touren. Sie versorgen rund 700 Menschen in deren eigenem Zuhause: Wundversorgung, Medikamentengabe, Unterstützung bei der Körperpflege und ein offenes Ohr.

Für unser Team in Baunatal suchen wir eine Pflegefachkraft (m/w/d) in Teilzeit oder Vollzeit. Wir bieten einen Dienstwagen auch zur privaten Nutzung, feste Touren und Dienstpläne, die vier Wochen im Voraus stehen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'i2-005',
    company: 'Stadtwerke Felsingen GmbH',
    text: `Über uns: Als kommunales Unternehmen versorgen wir rund 60.000 Haushalte und Betriebe in Felsingen und Umgebung mit Strom, Erdgas, Fernwärme und Trinkwasser. Unser Heizkraftwerk und zwei Wasserwerke betreiben wir rund um die Uhr, 365 Tage im Jahr.

Zur Verstärkung unserer Netzleitstelle suchen wir einen Ingenieur (m/w/d) Elektrotechnik, der mit uns das Stromnetz fit für Wärmepumpen, Photovoltaik und Wallboxen macht.`,
    sector: null,
    lang: 'de',
    why: 'municipally owned energy utility: energy is unclassified; ownership does not make it Public Sector',
  },
  {
    id: 'i2-006',
    company: 'Reiter Antriebstechnik GmbH',
    text: `Reiter Antriebstechnik entwickelt und fertigt Achsgetriebe und Differenziale für Pkw und leichte Nutzfahrzeuge. In unseren Werken in Zwickau und Plauen laufen jährlich über 1,1 Millionen Getriebe vom Band, geliefert an fünf europäische Fahrzeughersteller.

Zur Verstärkung unserer Qualitätssicherung in der Fertigung suchen wir einen Qualitätsingenieur (m/w/d) mit Erfahrung in IATF 16949, 8D-Reports und taktiler Messtechnik.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'i2-007',
    company: 'Lichtleiter Münsterland GmbH',
    text: `Bis 2027 wollen wir 140.000 Haushalte im Münsterland direkt mit Glasfaser versorgen – bis in die Wohnung, mit bis zu 1 Gbit/s. Heute surfen bereits 52.000 Kundinnen und Kunden über unser Netz, telefonieren darüber und schauen Fernsehen. Als Netzbetreiber planen, bauen und betreiben wir die Infrastruktur selbst, von der Trasse bis zum Hausanschluss.

Für unsere Netzplanung in Münster suchen wir einen GIS-Spezialisten (m/w/d).`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'i2-008',
    company: 'Stadt Lindenbrück',
    text: `Die Stadt Lindenbrück (rund 48.000 Einwohnerinnen und Einwohner, Landkreis Osnabrück) sucht für das Amt für Digitalisierung und Organisation zum nächstmöglichen Zeitpunkt eine/n

Sachbearbeiter/in IT-Verfahren (m/w/d) – Entgeltgruppe 10 TVöD

Die Stadtverwaltung arbeitet mit rund 620 Beschäftigten in Bürgeramt, Bauamt, Ordnungsamt, Kitas und Bauhof für die Menschen in unserer Stadt. Sie betreuen die Fachverfahren des Bürgeramts, führen neue Online-Dienste nach dem Onlinezugangsgesetz ein und schulen Kolleginnen und Kollegen.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'city administration hiring for IT: the employer’s business decides, not the job',
  },
  {
    id: 'i2-009',
    company: 'Lindauer Versicherungsverein a.G.',
    text: `Wenn im Allgäu ein Hagelsturm über die Dächer zieht, klingelt bei uns das Telefon: Über 600.000 Versicherungsnehmer vertrauen uns ihr Haus, ihr Auto und ihre Haftpflicht an. Als Verein auf Gegenseitigkeit gehören wir unseren Mitgliedern und nicht der Börse.

Für die Schadenregulierung Sach in Lindau suchen wir Sachbearbeiter (m/w/d). Sie prüfen Deckung und Schadenhöhe, beauftragen Gutachter und zahlen schnell und fair aus.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'i2-010',
    company: 'Autohaus Brandl GmbH & Co. KG',
    text: `Wir sind ein familiengeführtes Autohaus mit vier Standorten in Passau, Deggendorf, Straubing und Landshut. Als Vertragshändler verkaufen wir jedes Jahr rund 3.500 Neu- und Gebrauchtwagen und kümmern uns in unseren Werkstätten um Service, Reifen und Unfallinstandsetzung.

Für unseren Standort Straubing suchen wir einen Automobilverkäufer (m/w/d) für Neuwagen. Sie beraten Privat- und Gewerbekunden, erstellen Finanzierungs- und Leasingangebote und übergeben die Fahrzeuge.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'car dealership: Retail per the rule, not Automotive',
  },
  {
    id: 'i2-011',
    company: 'Arbeitsplus Personalservice GmbH',
    text: `Für unseren Kunden im Raum Hannover suchen wir im Rahmen der Arbeitnehmerüberlassung mit Option auf Übernahme eine Buchhaltungsfachkraft (m/w/d).

Das erwartet Sie bei uns:
- Unbefristeter Arbeitsvertrag nach iGZ-Tarif
- Urlaubs- und Weihnachtsgeld
- Vergünstigte Mitgliedschaft im Fitnessstudio
- Persönliche Betreuung durch Ihre Ansprechpartnerin vor Ort

Ihre Aufgaben: Kontierung und Buchung von Eingangsrechnungen, Kontenabstimmung, Mitarbeit bei Monats- und Jahresabschlüssen.`,
    sector: null,
    lang: 'de',
    why: 'staffing agency names no client business; an accounting job does not make it Finance',
  },
  {
    id: 'i2-012',
    company: 'Brevion Medical GmbH',
    text: `Über uns
Brevion Medical fertigt in Tuttlingen chirurgische Instrumente und Implantate für die Wirbelsäulenchirurgie. In unserem Werk arbeiten 280 Menschen an CNC-Drehmaschinen, in der Oberflächenbehandlung und im Reinraum; unsere Produkte gehen an Kliniken in über 40 Ländern.

Für die Fertigung suchen wir einen Prozessingenieur (m/w/d) Validierung, der Reinigungs-, Verpackungs- und Sterilisationsprozesse nach ISO 13485 validiert.

Ihre Aufgaben:
- Erstellung von Validierungsplänen und -berichten (IQ/OQ/PQ) für neue Anlagen und Produkte
- Mitarbeit bei Risikoanalysen nach ISO 14971 und bei der Umsetzung der MDR
- Ansprechpartner für Benannte Stelle und Kundenaudits
- Schulung der Mitarbeitenden in Fertigung und Reinraum

Ihr Profil: abgeschlossenes Studium der Medizintechnik, Verfahrenstechnik oder eine vergleichbare Qualifikation, erste Erfahrung in einem regulierten Umfeld und gute Englischkenntnisse.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'maker of medical devices: Healthcare, even though it runs a factory',
  },
  {
    id: 'i2-013',
    company: 'Quellgrund GmbH',
    text: `<h3>Was wir machen</h3><p>In drei Rechenzentren in Frankfurt und Offenbach laufen auf unseren Servern die Webshops, Buchhaltungssysteme und Kundenportale von mehr als 9.000 Unternehmen. Wir bieten Managed Kubernetes, Object Storage und dedizierte Server &ndash; betrieben von einem 24/7-Team, das Sie auch nachts auf Deutsch erreicht.</p><h3>Deine Aufgabe</h3><p>Als Site Reliability Engineer (m/w/d) automatisierst du mit Terraform und Ansible den Betrieb unserer Plattform und verbesserst unser Monitoring mit Prometheus.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'hosting for companies of every kind: IT; customers’ shops are not its business',
  },
  {
    id: 'i2-014',
    company: 'Hofmühle Backwaren GmbH',
    text: `Jede Nacht verlassen 1,2 Millionen Brötchen, Brezeln und Toastbrote unser Werk in Fulda. Am nächsten Morgen liegen sie in den Backregalen von Supermärkten und Discountern in ganz Deutschland. Gebacken wird auf zwölf vollautomatischen Linien, rund um die Uhr, von 520 Beschäftigten.

Wir suchen einen Schichtleiter Produktion (m/w/d) für unsere Brötchenlinien. Sie führen ein Team von 25 Maschinenführern und Produktionshelfern und verantworten Ausbringung, Hygiene und Arbeitssicherheit.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'bakes goods sold in supermarkets: Manufacturing, not Retail',
  },
  {
    id: 'i2-015',
    company: 'Parkraumlotse GmbH',
    text: `Parkraumlotse hilft Städten, Parkraum klüger zu steuern. Unsere Bodensensoren und die zugehörige Plattform zeigen Ordnungsämtern und Verkehrsplanern in Echtzeit, welche Stellplätze frei sind, und leiten Autofahrer per App zum nächsten freien Platz. Über 70 Kommunen in Deutschland, Österreich und der Schweiz setzen unser System ein – von Kleinstädten bis zu Landeshauptstädten.

Für unser Team in Karlsruhe suchen wir eine/n Customer Success Manager/in Kommunen.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'parking system made for cities: Smart Cities per the rule',
  },
  {
    id: 'i2-016',
    company: 'Kessler & Voigt Partnerschaft mbB',
    text: `Wir betreuen seit über 30 Jahren Mandanten aus Handwerk, Handel und freien Berufen in Nürnberg und Fürth – von der Finanz- und Lohnbuchhaltung über Jahresabschlüsse und Steuererklärungen bis zur betriebswirtschaftlichen Beratung. Unsere Kanzlei zählt 45 Mitarbeitende und arbeitet vollständig digital mit DATEV.

Zur Verstärkung suchen wir eine/n Steuerfachangestellte/n (m/w/d). Es erwarten Sie flexible Arbeitszeiten, zwei Homeoffice-Tage pro Woche und ein JobRad.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'tax and accountancy practice: Finance per the rule',
  },
  {
    id: 'i2-017',
    company: 'Spedition Hartl GmbH',
    text: `Spedition Hartl fährt mit 180 eigenen Lkw täglich für Baustoffhändler, Automobilzulieferer, Getränkehersteller und die Filialen mehrerer Lebensmittelketten in Süddeutschland. In unseren Lagern in Ingolstadt und Augsburg schlagen wir Trocken-, Frische- und Tiefkühlware für unsere Auftraggeber um.

Für die Disposition in Ingolstadt suchen wir einen Disponenten (m/w/d) Nahverkehr. Sie planen Touren, steuern unsere Fahrer und halten Kontakt zu Kunden und Empfängern.`,
    sector: null,
    lang: 'de',
    why: 'haulier for many industries: logistics is unclassified',
  },
  {
    id: 'i2-018',
    company: 'Funkwelle Mobil AG',
    text: `Du verkaufst gerne und erklärst Technik so, dass sie jeder versteht? Dann komm in unseren Shop im Leipziger Hauptbahnhof!

Funkwelle betreibt ein eigenes Mobilfunknetz, über das 14 Millionen Kundinnen und Kunden telefonieren und surfen. In mehr als 300 Shops beraten wir zu Tarifen, Smartphones und Festnetz-Internet für zu Hause.

Als Shop-Verkäufer (m/w/d) berätst du unsere Kundschaft, schließt Verträge ab und hilfst bei der Einrichtung neuer Geräte. Umsatzprovision und Mitarbeiterrabatt auf Tarife inklusive.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'a network operator’s own shop: the operator’s sector, not Retail',
  },
  {
    id: 'i2-019',
    company: 'BKK Emstal',
    text: `Als gesetzliche Krankenkasse kümmern wir uns um die Gesundheit von rund 210.000 Versicherten in Niedersachsen und Nordrhein-Westfalen. Wir übernehmen Behandlungskosten, beraten zu Vorsorge und Reha und verhandeln mit Ärzten, Kliniken und Apotheken.

Für unseren Fachbereich Leistungen in Lingen suchen wir Sozialversicherungsfachangestellte (m/w/d) für die Bearbeitung von Hilfsmittel- und Krankengeldanträgen.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'health insurer: Healthcare, not Finance',
  },
  {
    id: 'i2-020',
    company: 'Speichenwerk GmbH',
    text: `Wir verkaufen seit 2012 online Fahrradteile, Werkzeug und Bekleidung – über 40.000 Artikel von 600 Marken, versandt aus unserem Lager in Bielefeld, meist noch am Tag der Bestellung. Rund 1,5 Millionen Radfahrerinnen und Radfahrer in Europa haben schon bei uns bestellt.

Wir suchen einen Category Manager (m/w/d) für Komponenten, der Sortiment, Preise und Einkauf gemeinsam mit unseren Lieferanten gestaltet.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'online shop for other makers’ brands: Retail, whatever the name suggests',
  },
  {
    id: 'i2-021',
    company: 'Hochschule Rheinwiesen',
    text: `&lt;p&gt;Die Hochschule Rheinwiesen ist eine staatliche Hochschule für angewandte Wissenschaften mit 11.000 Studierenden in Technik, Wirtschaft und Gesundheit. Gemeinsam mit unseren Partnerkliniken und Unternehmen der Region forschen wir praxisnah.&lt;/p&gt;&lt;p&gt;Im Fachbereich Informatik ist zum Wintersemester eine Stelle als wissenschaftliche/r Mitarbeiter/in (m/w/d) im Projekt &amp;bdquo;KI in der Pflege&amp;ldquo; zu besetzen, befristet auf drei Jahre, Entgeltgruppe 13 TV-L.&lt;/p&gt;`,
    sector: null,
    lang: 'de',
    why: 'public university: unclassified; partner clinics are not its business',
  },
  {
    id: 'i2-022',
    company: 'Sensorik Lechtal GmbH',
    text: `Stillstand kostet: In einem Presswerk kann eine Stunde ungeplanter Ausfall sechsstellige Beträge bedeuten. Unsere Schwingungssensoren und unsere Analysesoftware erkennen Lagerschäden an Pressen, Pumpen und Förderbändern Wochen bevor sie passieren. Wir arbeiten ausschließlich für produzierende Unternehmen – Automobilzulieferer, Papierfabriken, Gießereien.

Zur Verstärkung in Landsberg am Lech suchen wir einen Data Scientist (m/w/d) für Zustandsüberwachung.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'predictive maintenance made for factories: Manufacturing, not IT',
  },
  {
    id: 'i2-023',
    company: 'Hanse Talent Partner GmbH',
    text: `Unser Kunde ist ein inhabergeführtes Softwarehaus aus Köln mit rund 90 Mitarbeitenden. Seit 15 Jahren entwickelt das Unternehmen individuelle Web- und Mobile-Anwendungen für Kunden aus Versicherung, Energie, Handel und Verwaltung. Im Auftrag unseres Kunden suchen wir eine/n

Senior Fullstack Developer (m/w/d) – TypeScript / .NET
Köln oder remote, unbefristete Festanstellung beim Kunden

Ihre Aufgaben beim Kunden:
- Konzeption und Entwicklung von Webanwendungen mit Angular bzw. React und ASP.NET Core
- Technische Verantwortung in kleinen, agilen Projektteams von drei bis sechs Personen
- Code-Reviews, Mentoring jüngerer Kolleginnen und Kollegen und direkter Austausch mit den Fachabteilungen der Auftraggeber

Das bietet unser Kunde: ein modernes Büro am Rheinauhafen, 30 Urlaubstage, ein jährliches Weiterbildungsbudget von 2.000 € und eine betriebliche Altersvorsorge. Der gesamte Prozess ist für Sie kostenfrei und wird vertraulich behandelt.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'recruiter names the client: a software house serving many industries',
  },
  {
    id: 'i2-024',
    company: 'Seehotel Alpenblick',
    text: `Direkt am Ufer des Tegernsees begrüßen wir seit drei Generationen Gäste aus aller Welt: 96 Zimmer und Suiten, ein Restaurant mit regionaler Küche und ein Spa mit Seesauna.

Für die Saison ab April suchen wir eine/n Rezeptionist/in (m/w/d). Mitarbeiterzimmer, Verpflegung und freie Nutzung des Spa-Bereichs sind selbstverständlich.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'i2-025',
    company: 'Verkehrsbetriebe Aachtal AöR',
    text: `Wir bringen täglich 180.000 Fahrgäste ans Ziel: Mit 240 Bussen und 38 Stadtbahnen betreiben wir als Anstalt des öffentlichen Rechts den Nahverkehr in der Stadt und im Landkreis. Unsere Träger sind die Stadt und der Landkreis.

Für die Leitstelle suchen wir Verkehrsmeister (m/w/d) im Schichtdienst. Sie überwachen den Betrieb, disponieren bei Störungen Ersatzfahrzeuge und informieren die Fahrgäste.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'publicly run transport: Public Sector per the rule',
  },
  {
    id: 'i2-026',
    company: 'Hochpunkt Infrastruktur GmbH',
    text: `Über uns
Auf unseren 9.800 Funkmasten und Dachstandorten in Deutschland und Österreich hängen die Antennen aller großen Mobilfunknetzbetreiber. Wir bauen neue Standorte, modernisieren bestehende für 5G und vermieten die Flächen langfristig an die Netzbetreiber.

Ihre Rolle: Als Projektleiter/in Standortakquise (m/w/d) finden Sie geeignete Grundstücke, verhandeln mit Eigentümern und Gemeinden und bringen Bauanträge auf den Weg.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'tower company: Telecommunications per the rule',
  },
  {
    id: 'i2-027',
    company: 'Sorvanto GmbH',
    text: `Jede Sekunde prüft unsere Software Tausende Überweisungen und Kartenzahlungen auf Betrug und Geldwäsche. Banken, Sparkassen und Zahlungsdienstleister in zwölf Ländern nutzen unsere Scoring-Modelle, um verdächtige Transaktionen zu stoppen, bevor das Geld weg ist.

Wir sind 120 Menschen in Berlin und Wien und suchen einen Machine Learning Engineer (m/w/d), der unsere Modelle für Echtzeit-Scoring weiterentwickelt.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'fraud scoring made for banks: Finance, not IT',
  },
  {
    id: 'i2-028',
    company: 'Tessmer Präzision AG',
    text: `Tessmer Präzision AG – Schleifmaschinen aus der Ostschweiz

Seit 1952 bauen wir in Wil SG Rundschleifmaschinen für die Uhren-, Werkzeug- und Medizintechnikindustrie. 340 Mitarbeitende konstruieren, montieren und prüfen jede Maschine in unserem eigenen Werk.

Für unsere Montage suchen wir einen Polymechaniker (m/w/d) mit Erfahrung in der Inbetriebnahme von CNC-Maschinen. Wir bieten eine 41-Stunden-Woche, fünf Wochen Ferien und einen Beitrag an das Halbtax-Abo.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'machine builder; medical-device customers do not change its sector',
  },
  {
    id: 'i2-029',
    company: 'Bergmann Elektrogroßhandel GmbH',
    text: `Ob Kabel, Schalter, Wallbox oder Wärmepumpe: Rund 6.000 Elektro-, Sanitär- und Heizungsbetriebe bestellen bei uns, was sie auf der Baustelle brauchen. Aus unserem Zentrallager in Magdeburg und 22 Abholstandorten liefern wir über 120.000 Artikel, meist innerhalb von 24 Stunden.

Für unseren Standort Halle suchen wir einen Verkaufsberater im Innendienst (m/w/d), der Handwerkskunden am Telefon und an der Theke berät.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'wholesale distributor of goods: Retail per the rule',
  },
  {
    id: 'i2-030',
    company: 'Löwenzahn Apotheken OHG',
    text: `<p>Zu uns gehören eine Hauptapotheke und drei Filialapotheken in Dortmund und Bochum. In unseren Offizinen beraten 48 Mitarbeitende täglich rund 1.800 Kundinnen und Kunden zu Arzneimitteln, stellen Rezepturen her und versorgen Pflegeheime mit verblisterten Medikamenten.</p><p><strong>Für unsere Filiale in Bochum-Wattenscheid suchen wir eine/n PTA (m/w/d)</strong> in Voll- oder Teilzeit. Freuen Sie sich auf Personalrabatt auf das gesamte Sortiment und bezahlte Fortbildungen.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'pharmacies: Healthcare, despite Filiale and Sortiment',
  },
  {
    id: 'i2-031',
    company: 'Brandt & Sommer Unternehmensberatung GmbH',
    text: `Wir beraten Vorstände und Geschäftsführungen bei Strategie, Restrukturierung und Post-Merger-Integration – für Banken und Versicherer ebenso wie für Krankenhausverbünde, Handelsketten und Automobilzulieferer. Mit 160 Beraterinnen und Beratern in München, Düsseldorf und Zürich gehören wir zu den unabhängigen Strategieberatungen im deutschsprachigen Raum.

Für unser Team suchen wir Consultants (m/w/d) mit abgeschlossenem Studium und ersten Projekterfahrungen.`,
    sector: null,
    lang: 'de',
    why: 'management consultancy: unclassified whatever its clients’ sectors',
  },
  {
    id: 'i2-032',
    company: 'Landesamt für Geobasisdaten',
    text: `Das Landesamt für Geobasisdaten ist eine obere Landesbehörde im Geschäftsbereich des Innenministeriums. Wir führen das Liegenschaftskataster, erstellen amtliche Karten und Luftbilder und stellen Geodaten für Verwaltung, Wirtschaft und Bürger bereit.

Zum 1. Oktober ist am Dienstort Kiel die Stelle einer/eines Softwareentwicklerin/Softwareentwicklers (m/w/d) für unsere Geodateninfrastruktur zu besetzen. Die Eingruppierung erfolgt bis Entgeltgruppe 11 TV-L; eine Verbeamtung ist möglich.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
  },
  {
    id: 'i2-033',
    company: 'Holzer Bau GmbH',
    text: `Holzer Bau steht seit 1961 für Hochbau und Schlüsselfertigbau im Raum Rosenheim: Wohnanlagen, Schulen, Gewerbehallen. 210 Mitarbeiterinnen und Mitarbeiter, eigene Zimmerei und Fertigteilwerk.

Wir suchen eine/n Bauleiter/in (m/w/d) Hochbau.

Was wir bieten:
- betriebliche Krankenversicherung mit 600 € Gesundheitsbudget pro Jahr
- Dienstwagen, auch privat
- Jobrad-Leasing
- Mitarbeiterrabatte bei über 800 Marken`,
    sector: null,
    lang: 'de',
    why: 'builder: unclassified; health insurance and discounts are benefits',
  },
  {
    id: 'i2-034',
    company: 'Alpen Personalpartner GmbH',
    text: `Im Auftrag unseres Kunden, eines regionalen Kabelnetzbetreibers in Oberösterreich, der rund 180.000 Haushalte mit Internet, Kabel-TV und Telefonie versorgt, suchen wir eine/n

Netzwerktechniker/in (m/w/d) – Linz

Sie betreuen das HFC- und Glasfasernetz, konfigurieren CMTS und Router und beheben Störungen gemeinsam mit dem Außendienst. Das Mindestgehalt laut Kollektivvertrag beträgt 3.400 € brutto monatlich, eine Überzahlung ist je nach Erfahrung vorgesehen.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'recruiter names its client, a cable operator',
  },
  {
    id: 'i2-035',
    company: 'Kraxel Systems AG',
    text: `Über uns

Kraxel Systems ist ein IT-Dienstleister mit Sitz in München und Niederlassungen in Nürnberg und Augsburg. 230 Spezialistinnen und Spezialisten betreuen mittelständische Kunden bei Cloud-Migration, Microsoft 365, Netzwerken und IT-Sicherheit – vom ersten Workshop bis zum Betrieb im eigenen Service Desk.

Deine Aufgaben als Cloud Engineer (m/w/d) Azure:
- Du planst und migrierst Kundenumgebungen nach Azure
- Du automatisierst Deployments mit Bicep und GitHub Actions`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
  },
  // French (France, Belgium, Switzerland, Luxembourg, Quebec, Morocco, Côte d'Ivoire)
  {
    id: 'i2-036',
    company: 'Crédit Rhodanien',
    text: `Vous aimez le conseil et le contact humain ? Rejoignez notre agence de Valence en tant que Conseiller clientèle particuliers (H/F).

Implantés dans la Drôme et l'Ardèche depuis 1898, nous accompagnons 310 000 clients dans 84 agences bancaires : ouverture de comptes, crédits immobiliers, épargne, assurance emprunteur. Nos décisions de crédit sont prises localement, au plus près de nos clients.

Vos missions : développer et fidéliser un portefeuille de 600 clients, analyser leurs besoins et leur proposer des solutions adaptées.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'i2-037',
    company: 'Axiale Recrutement',
    text: `Axiale Recrutement, cabinet spécialisé dans les métiers de la finance et du contrôle de gestion, recherche pour l'un de ses clients un Contrôleur de gestion H/F basé à Lyon (69).

Poste en CDI, rémunération 48-55 K€ selon profil, télétravail deux jours par semaine, mutuelle prise en charge à 100 %.

Rattaché(e) au Directeur administratif et financier, vous piloterez le processus budgétaire, produirez le reporting mensuel et animerez les revues de performance avec les opérationnels.`,
    sector: null,
    lang: 'fr',
    why: 'recruiter names no client business; a finance job is not a finance employer',
  },
  {
    id: 'i2-038',
    company: "Clinique du Val d'Orge",
    text: `<p><strong>Qui sommes-nous ?</strong></p><p>Établissement de santé privé de 220 lits situé à Sainte-Geneviève-des-Bois (91), la Clinique du Val d&rsquo;Orge accueille chaque année 28&nbsp;000 patients en chirurgie, médecine, maternité et soins de suite. Notre plateau technique comprend 12 salles d&rsquo;opération et un service d&rsquo;imagerie avec IRM et scanner.</p><p>Nous recrutons un(e) <strong>Infirmier(ère) de bloc opératoire (IBODE)</strong> en CDI à temps plein.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
  },
  {
    id: 'i2-039',
    company: 'Laboratoires Sévrine',
    text: `Nos shampoings, gels douche et crèmes solaires se retrouvent chaque jour dans les rayons de plus de 9 000 supermarchés en France et en Belgique. Ils sont formulés et fabriqués dans notre usine de Vendôme (41), où 380 collaborateurs produisent 90 millions de flacons par an sur 14 lignes de conditionnement.

Nous recherchons un(e) Responsable maintenance H/F pour piloter une équipe de 18 techniciens et déployer notre plan de maintenance préventive.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'makes cosmetics sold in supermarkets: Manufacturing; the name does not make it pharma',
  },
  {
    id: 'i2-040',
    company: 'Plumeo',
    text: `Hello 👋 On est Plumeo, une startup parisienne de 45 personnes. On édite un outil de gestion de projet et de documentation collaborative utilisé par 3 500 équipes : agences, ONG, cabinets d'architectes, PME industrielles…

On cherche notre futur·e Product Designer senior pour repenser l'éditeur de documents. Tu travailleras en binôme avec un PM et trois devs, avec une vraie autonomie sur le design system. Full remote possible en France, séminaire d'équipe deux fois par an.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
  },
  {
    id: 'i2-041',
    company: "Communauté d'agglomération du Pays de Brenne-Loire",
    text: `La Communauté d'agglomération du Pays de Brenne-Loire regroupe 38 communes et 112 000 habitants. Collectivité territoriale, elle exerce les compétences de gestion des déchets, de l'eau et de l'assainissement, des transports urbains, du développement économique et de l'habitat.

Au sein de la Direction des systèmes d'information (22 agents), vous occuperez le poste d'Administrateur systèmes et réseaux (H/F) – cadre d'emplois des techniciens territoriaux, par voie statutaire ou contractuelle.

Vos missions :
- administrer les serveurs, le stockage et les sauvegardes de l'agglomération et de ses communes membres ;
- assurer le bon fonctionnement du réseau qui relie l'hôtel communautaire, les déchetteries, les piscines et les médiathèques ;
- participer au plan de sécurisation des systèmes d'information et à la gestion des incidents ;
- accompagner les agents dans l'usage des outils numériques.

Rémunération statutaire, régime indemnitaire (RIFSEEP), participation employeur à la protection sociale complémentaire, adhésion au CNAS, 25 jours de congés et 18 jours de RTT.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'i2-042',
    company: 'Lumifibre Armor SAS',
    text: `Dans 410 communes de Bretagne, c'est nous qui avons tiré la fibre jusqu'aux maisons. Nous exploitons aujourd'hui un réseau de 620 000 prises raccordables, que nous louons aux fournisseurs d'accès internet nationaux et locaux. Notre rôle : que le réseau fonctionne, partout, tout le temps.

Nous recrutons un(e) Technicien(ne) supervision réseau pour notre centre d'exploitation de Rennes, en horaires postés.`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'i2-043',
    company: "Mutuelle Vendéenne d'Assurances",
    text: `Mutuelle d'assurance fondée en 1934 par des instituteurs, nous assurons aujourd'hui les voitures, les logements et la responsabilité civile de 480 000 sociétaires dans l'ouest de la France. Pas d'actionnaires : nos résultats restent au service de nos assurés.

Pour notre plateforme sinistres de Tours, nous recherchons des Gestionnaires sinistres automobile (H/F) en CDI. Vous prendrez en charge les déclarations, évaluerez les responsabilités et piloterez l'indemnisation.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'mutual insuring cars and homes: Finance, unlike a health mutual',
  },
  {
    id: 'i2-044',
    company: 'Mutuelle Vivaria',
    text: `Chaque année, nous remboursons plus de 4 millions de consultations, lunettes, soins dentaires et hospitalisations à nos 650 000 adhérents. Mutuelle santé régie par le Code de la mutualité, nous proposons des complémentaires santé individuelles et des contrats collectifs pour les entreprises.

Nous recrutons un(e) Chargé(e) de relation adhérents pour notre centre de gestion de Nancy : vous répondrez aux demandes de remboursement par téléphone et par courriel et accompagnerez nos adhérents dans leurs démarches.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'health insurer (mutuelle santé): Healthcare, not Finance',
  },
  {
    id: 'i2-045',
    company: 'Maison Garance',
    text: `&lt;p&gt;&lt;strong&gt;Maison Garance&lt;/strong&gt; dessine à Paris des collections de prêt-à-porter féminin, confectionnées par des ateliers partenaires au Portugal et au Maroc, et les vend exclusivement dans ses 46 boutiques en France et en Belgique et sur son site.&lt;/p&gt;&lt;p&gt;Pour notre boutique de Lille, nous recherchons un(e) &lt;strong&gt;Responsable adjoint(e) de boutique&lt;/strong&gt; en CDI, 35 h.&lt;/p&gt;`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
    why: 'brand that designs but only sells in its own shops: Retail per the brands rule',
  },
  {
    id: 'i2-046',
    company: 'Logiciels Boréalis inc.',
    text: `Basée à Québec, Boréalis conçoit un progiciel de gestion intégré (ERP) infonuagique pour les PME : comptabilité, achats, inventaire, production et projets dans une seule plateforme. Plus de 2 800 entreprises — des cliniques dentaires aux fabricants de meubles en passant par les firmes de génie-conseil — l'utilisent au quotidien.

Nous cherchons un(e) Développeur(se) .NET principal(e) pour notre équipe du module de production. Horaire flexible, télétravail hybride, REER collectif avec contribution de l'employeur.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'general ERP for firms of all industries: IT per the rule',
  },
  {
    id: 'i2-047',
    company: 'Aérostructures Garonne SAS',
    text: `Aérostructures Garonne conçoit et fabrique des éléments de fuselage et des portes d'avions commerciaux pour les grands avionneurs européens. Nos 1 100 collaborateurs travaillent sur deux sites industriels, à Colomiers et à Tarbes, autour de l'usinage, de l'assemblage et du contrôle non destructif.

Dans le cadre de la montée en cadence, nous recrutons un(e) Ingénieur(e) méthodes assemblage.

Au sein du service industrialisation de Colomiers, vous définirez les gammes d'assemblage des nouvelles portes passagers, choisirez les outillages et les moyens de perçage automatisés et analyserez les temps de cycle. Vous travaillerez en lien étroit avec le bureau d'études, la qualité et les ateliers, et serez l'interlocuteur des équipes techniques de nos clients lors des revues de première pièce.

Profil : ingénieur(e) mécanique ou productique, 3 ans d'expérience minimum en industrie aéronautique ou automobile, anglais courant. Accord d'intéressement, comité social et économique, restaurant d'entreprise.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
  },
  {
    id: 'i2-048',
    company: 'Fondation Horizon Solidaire',
    text: `Fondation reconnue d'utilité publique, nous finançons et accompagnons depuis 1992 des projets d'accès à l'eau, d'éducation et de santé communautaire dans onze pays d'Afrique de l'Ouest. Nos équipes de terrain travaillent avec des dispensaires, des écoles et des associations villageoises.

Nous recherchons un(e) Chargé(e) de collecte de fonds digitale, en CDI, basé(e) à Bruxelles.`,
    sector: null,
    lang: 'fr',
    why: 'non-profit: unclassified; health projects are not its business',
  },
  {
    id: 'i2-049',
    company: 'Delvène Pharma',
    text: `Au sein de notre usine de Compiègne, 650 personnes fabriquent chaque année 1,5 milliard de comprimés et gélules : antalgiques, antibiotiques et traitements cardiovasculaires, distribués dans 60 pays. Certifié BPF, le site est le plus grand centre de production de notre groupe.

Nous recherchons un(e) Pharmacien(ne) assurance qualité pour la libération des lots.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'makes medicines: Healthcare, even in a factory',
  },
  {
    id: 'i2-050',
    company: 'Voxalis Télécom SA',
    text: `Tu as le sens du service et tu t'y connais en smartphones ? Voxalis, opérateur mobile et internet de Suisse romande avec 700 000 clients, cherche des Conseiller·ères de vente pour ses boutiques de Lausanne et de Genève.

Dans nos boutiques, tu conseilles nos clients sur les abonnements mobiles, internet et TV, tu actives les cartes SIM et tu résous les petits soucis techniques. Horaires réguliers, commissions sur les ventes, réduction sur ton abonnement.`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: 'an operator’s own boutiques: Telecommunications',
  },
  {
    id: 'i2-051',
    company: 'Encaissa SAS',
    text: `# Qui sommes-nous ?
Quand vous réglez votre baguette par carte ou votre commande en ligne, il y a des chances que le paiement passe par nous. Encaissa traite chaque année 2,3 milliards de transactions pour 180 000 commerçants en France, en Espagne et au Luxembourg : terminaux de paiement, paiement en ligne, acquisition et règlement des fonds.

# Le poste
Nous recherchons un(e) Ingénieur(e) DevOps pour notre plateforme d'autorisation temps réel (Kubernetes, Kafka, PostgreSQL).`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'payment processor: Finance, though its customers are shops',
  },
  {
    id: 'i2-052',
    company: 'Tournéo SAS',
    text: `Nos capteurs de remplissage équipent 45 000 conteneurs à verre et à emballages, et notre logiciel calcule chaque matin les tournées des camions de collecte. Nos clients : plus de 120 collectivités et syndicats de traitement des déchets en France, qui réduisent ainsi de 30 % les kilomètres parcourus.

Pour accompagner notre croissance, nous recrutons un(e) Chef(fe) de projet déploiement, basé(e) à Nantes, qui pilotera l'installation chez nos clients publics.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
    why: 'waste-route planning made for councils: Smart Cities',
  },
  {
    id: 'i2-053',
    company: 'TalentCap Conseil',
    text: `Notre client, une ESN lyonnaise de 400 collaborateurs spécialisée dans le développement d'applications métier, la data et le cloud, intervient auprès de grands comptes de l'assurance, de l'industrie et de la distribution. Dans le cadre de son développement, il recherche un(e) Tech Lead Java (H/F) en CDI.

Package : 55-65 K€ + intéressement, tickets restaurant, mutuelle d'entreprise, 10 jours de RTT.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'recruiter’s client is an IT services firm; its clients’ sectors do not count',
  },
  {
    id: 'i2-054',
    company: 'Groupe Brasseries Lumière',
    text: `Nous exploitons 14 brasseries et restaurants à Paris et à Lyon, ouverts 7 jours sur 7, avec une cuisine faite maison et des produits de saison. Plus de 3 000 couverts servis chaque jour, 420 collaborateurs passionnés.

Nous recrutons un(e) Chef de rang pour notre brasserie de la place Bellecour. Avantages : repas offerts, prime de fin d'année, mutuelle, réduction de 50 % dans tous nos établissements.`,
    sector: null,
    lang: 'fr',
  },
  {
    id: 'i2-055',
    company: 'Frais & Voisins SA',
    text: `Chez Frais &amp; Voisins, nos 85 magasins de proximité en Wallonie et à Bruxelles sont ouverts de 7 h à 21 h, dimanche compris. Fruits et légumes de producteurs locaux, pain cuit sur place, boucherie à la coupe : nos clients viennent faire leurs courses à pied.

Pour notre magasin de Namur-Jambes, nous cherchons un(e) Gérant(e) adjoint(e). Vous animerez une équipe de 12 personnes, gérerez les commandes et veillerez à la tenue des rayons et des caisses.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'i2-056',
    company: 'Planibloc SAS',
    text: `Planibloc édite le logiciel de planification des blocs opératoires et des équipes soignantes utilisé par 190 hôpitaux et cliniques en France et en Suisse. Notre mission : que chaque chirurgien, anesthésiste et infirmier soit au bon endroit au bon moment, et que les patients soient opérés sans report.

Nous recrutons un(e) Développeur(se) full-stack (TypeScript, Angular, Node.js) pour notre équipe de Montpellier.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'scheduling software made for hospitals: Healthcare, not IT',
  },
  {
    id: 'i2-057',
    company: 'Câblages du Détroit SARL',
    text: `Implantée dans la zone franche de Tanger Automotive City, notre usine produit des faisceaux électriques pour quatre constructeurs automobiles européens. Nos 2 600 opérateurs et techniciens assemblent chaque jour plus de 9 000 faisceaux destinés aux véhicules électriques et thermiques.

Nous recrutons un(e) Ingénieur(e) process pour l'atelier de coupe et de sertissage. Transport du personnel assuré, cantine, assurance maladie complémentaire.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
  },
  {
    id: 'i2-058',
    company: 'Sentinelle Cyber SA',
    text: `Vous êtes passionné(e) par la sécurité informatique ? Rejoignez notre SOC à Luxembourg.

Depuis 2011, nous protégeons les systèmes d'information d'entreprises de toutes tailles : audits, tests d'intrusion, détection et réponse aux incidents 24 h/24. Nos 150 experts travaillent pour des acteurs de la logistique, de l'industrie, du commerce, de la santé et du secteur public au Luxembourg et dans la Grande Région.

Nous recherchons un(e) Analyste SOC N2.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'security services for many industries: IT',
  },
  {
    id: 'i2-059',
    company: 'Fidulac Expertise',
    text: `Depuis notre cabinet d'Annecy, nous tenons la comptabilité, établissons les bilans et les liasses fiscales et gérons la paie de 1 300 clients : artisans, commerçants, professions libérales et PME de Haute-Savoie. Nos 38 collaborateurs travaillent en portefeuille, avec un interlocuteur unique pour chaque client.

Nous recrutons un(e) Collaborateur(trice) comptable confirmé(e) en CDI. Horaires aménagés en période fiscale, 13e mois.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'i2-060',
    company: 'Énergies Côtières SAS',
    text: `Nous développons, construisons et exploitons des parcs éoliens en mer au large de la Normandie et de la Bretagne. Notre premier parc, 62 éoliennes, alimente depuis 2023 l'équivalent de 800 000 habitants en électricité.

Pour notre base de maintenance de Cherbourg, nous recrutons des Techniciens de maintenance éolienne (H/F). Vous interviendrez sur les turbines, les câbles et la sous-station électrique.`,
    sector: null,
    lang: 'fr',
  },
  {
    id: 'i2-061',
    company: 'Ville de Sainte-Adèle-des-Prés',
    text: `La Ville de Sainte-Adèle-des-Prés, municipalité de 34 000 habitants des Laurentides, offre à sa population des services de travaux publics, de loisirs, de sécurité incendie et d'urbanisme. Notre équipe municipale compte 310 employés permanents.

Nous sommes à la recherche d'un(e) Analyste en géomatique pour le Service de l'urbanisme. Poste permanent, 35 h/semaine, régime de retraite à prestations déterminées et assurances collectives.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'i2-062',
    company: 'Kalidor Networks SAS',
    text: `Nos logiciels tournent au cœur des réseaux mobiles : chez 40 opérateurs en Europe, en Afrique et au Moyen-Orient, ils calculent en temps réel la consommation de data et de minutes de plus de 200 millions d'abonnés et déclenchent la facturation. Taux de disponibilité exigé : 99,999 %.

Basés à Sophia Antipolis, nous recherchons un(e) Ingénieur(e) C++ temps réel pour notre moteur de taxation convergente.`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: 'billing software made for mobile operators: Telecommunications',
  },
  {
    id: 'i2-063',
    company: 'Djolo Market SA',
    text: `Djolo est la place de marché en ligne où plus de 1,5 million de clients ivoiriens et sénégalais achètent téléphones, électroménager, mode et produits du quotidien auprès de 6 000 vendeurs. Nos livreurs remettent les colis en 48 heures à Abidjan et à Dakar, avec paiement par mobile money ou à la livraison.

Nous recrutons un(e) Responsable des opérations logistiques pour notre entrepôt d'Abidjan.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
    why: 'consumer marketplace: Retail; mobile money and delivery are incidental',
  },
  {
    id: 'i2-064',
    company: 'Chaîne Azur Médias SA',
    text: `Chaîne Azur Médias édite trois radios locales et une chaîne de télévision régionale diffusées sur la TNT, en streaming et en podcast, dans le Sud-Est. Nos journalistes couvrent chaque jour l'actualité de 120 communes, le sport et la culture.

Nous recherchons un(e) Technicien(ne) de diffusion et réseaux pour assurer la continuité de nos émetteurs FM et de notre régie.`,
    sector: null,
    lang: 'fr',
    why: 'broadcaster: media is unclassified, not Telecommunications despite transmitters',
  },
  {
    id: 'i2-065',
    company: 'Lemarchand Avocats',
    text: `Cabinet d'avocats d'affaires indépendant fondé en 2004, nous conseillons banques, fonds d'investissement et groupes industriels en droit bancaire et financier, fusions-acquisitions et contentieux. Notre équipe de 70 avocats est basée à Paris et à Bruxelles.

Nous recherchons un(e) Collaborateur(trice) en droit bancaire et financier, 3 à 5 ans d'expérience, pour accompagner nos clients dans leurs opérations de financement.`,
    sector: null,
    lang: 'fr',
    why: 'law firm: unclassified although its clients are banks',
  },
  // Spanish (Spain, Mexico, Argentina, Chile, Colombia, Peru, Uruguay)
  {
    id: 'i2-066',
    company: 'Supermercados Olmedo S.L.',
    text: `Abrimos cada mañana 140 tiendas en Castilla y León y Madrid, con fruta de agricultores de la zona, carnicería y pescadería al corte y más de 9.000 referencias en nuestro surtido. Somos una empresa familiar de 3.200 personas.

Buscamos Jefe/a de tienda para nuestra nueva sucursal de Valladolid. Serás responsable de un equipo de 25 personas, de la gestión de pedidos y stock, de las cajas y de los resultados económicos del punto de venta.

Qué esperamos de ti:
- Al menos tres años de experiencia como responsable en distribución alimentaria
- Capacidad para organizar horarios, formar al equipo y resolver incidencias con los clientes
- Manejo de indicadores: ventas, mermas, rotación y coste de personal

Qué te ofrecemos: contrato indefinido a jornada completa, salario fijo más incentivos por resultados, plan de carrera hacia la dirección de zona y un 10 % de descuento en la compra en todas nuestras tiendas.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'i2-067',
    company: 'Conecta Total S.A. de C.V.',
    text: `Somos un operador de telefonía móvil e internet en casa con 9 millones de líneas en México, fibra óptica en 40 ciudades y una red 5G en expansión.

¿Te apasionan las redes? Buscamos Ingeniero/a de Optimización RF para la región Bajío (León, Querétaro, Aguascalientes). Analizarás KPIs de la red de acceso, ajustarás parámetros de celdas y coordinarás pruebas de campo con los contratistas. Prestaciones superiores a las de ley y fondo de ahorro.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'i2-068',
    company: 'Aceites Sierra Mágina S.A.',
    text: `Quiénes somos
Desde 1961 molturamos la aceituna de más de 4.000 agricultores de Jaén y envasamos aceite de oliva virgen extra que se vende en supermercados de España, Francia y Estados Unidos. Nuestra planta de envasado en Jódar llena 60 millones de botellas al año.

Buscamos un/a Responsable de Calidad para la planta, con experiencia en IFS y BRC y en gestión de auditorías de clientes de la gran distribución.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'makes and bottles oil sold in supermarkets: Manufacturing, not Retail or farming',
  },
  {
    id: 'i2-069',
    company: 'Plata Viva S.A.',
    text: `En Plata Viva creemos que abrir una cuenta no debería llevar más de tres minutos. Desde nuestra app, 4 millones de personas en Argentina cobran su sueldo, pagan con QR, invierten en fondos comunes y piden préstamos sin pisar una sucursal.

Estamos buscando un/a Data Scientist Sr. para el equipo de Riesgo Crediticio, que construya modelos de scoring para nuestros préstamos personales. Trabajo remoto desde cualquier provincia, prepaga para vos y tu familia, días de estudio.`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'money app with accounts and loans: Finance; the prepaga is a benefit',
  },
  {
    id: 'i2-070',
    company: 'Grupo Selecta Talento',
    text: `¿Buscas un nuevo reto profesional? En Selecta Talento seleccionamos para una importante empresa ubicada en Zaragoza un/a Técnico/a de Administración de Personal.

Ofrecemos contrato indefinido, jornada intensiva los viernes y en verano, seguro médico privado y retribución flexible.

Funciones: gestión de nóminas, altas y bajas en la Seguridad Social, control de ausencias y atención a las consultas de la plantilla.`,
    sector: null,
    lang: 'es',
    why: 'recruiter does not say what the client does',
  },
  {
    id: 'i2-071',
    company: 'Clínica Los Cerezos IPS',
    text: `<p><strong>Qui&eacute;nes somos</strong></p><p>Somos una instituci&oacute;n prestadora de servicios de salud de alta complejidad en Medell&iacute;n, con 350 camas, unidades de cuidado intensivo adulto y neonatal y un centro de trasplantes. Atendemos a pacientes de todas las EPS del pa&iacute;s.</p><p><strong>Requerimos Enfermero/a Jefe</strong> para la Unidad de Cuidados Intensivos:</p><ul><li>Experiencia m&iacute;nima de dos a&ntilde;os en UCI</li><li>Curso de soporte vital avanzado vigente</li><li>Contrato a t&eacute;rmino indefinido</li></ul>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'i2-072',
    company: 'Nubelia Tech S.L.',
    text: `Nubelia desarrolla una plataforma de atención al cliente —chat, correo, WhatsApp y llamadas en una sola bandeja— que utilizan más de 1.800 empresas: aseguradoras, cadenas hoteleras, universidades, operadores de telecomunicaciones y tiendas online. Somos 160 personas entre Barcelona y Valencia.

Buscamos Backend Engineer (Go) para el equipo de integraciones, que conecta nuestra plataforma con los CRM y ERP de nuestros clientes.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'help-desk software used across industries: IT',
  },
  {
    id: 'i2-073',
    company: 'Ayuntamiento de Villanueva del Tajo',
    text: `El Ayuntamiento de Villanueva del Tajo convoca, mediante concurso-oposición, una plaza de Técnico/a de Medio Ambiente, grupo A2, para el servicio municipal de Medio Ambiente y Limpieza Viaria.

Funciones: inspección de actividades, tramitación de licencias ambientales, seguimiento del contrato de recogida de residuos y elaboración de informes para el Pleno. Plazo de presentación de solicitudes: 20 días naturales desde la publicación en el Boletín Oficial de la Provincia.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'i2-074',
    company: 'Despensa Veloz SpA',
    text: `Pides a las 19:00 y a las 19:30 tienes el súper en tu puerta. En Despensa Veloz vendemos frutas, verduras, lácteos y productos de despensa desde nuestras propias dark stores en Santiago y Viña del Mar, y los entregamos en bicicleta y moto en menos de 30 minutos.

Buscamos un/a Analista de Pricing que defina precios y promociones de más de 4.000 productos con datos de competencia y demanda.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'grocery delivery selling goods: Retail per the rule',
  },
  {
    id: 'i2-075',
    company: 'Estampaciones Navarra S.A.',
    text: `En nuestra planta de Pamplona estampamos y soldamos piezas de carrocería —puertas, capós, largueros— para tres fabricantes de automóviles con plantas en España y Portugal. 700 personas, tres turnos, 14 prensas de hasta 2.500 toneladas y 180 robots de soldadura.

Buscamos Ingeniero/a de Procesos de Soldadura con experiencia en programación de robots y en lanzamiento de nuevos proyectos en el sector de automoción.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'i2-076',
    company: 'Talento Digital Consultores',
    text: `Nuestro cliente, operador de fibra óptica y telefonía móvil con más de 600.000 clientes en Galicia y Asturias, busca incorporar un/a Jefe/a de Proyectos de Despliegue FTTH para su sede en A Coruña.

Responsabilidades: planificar el despliegue en nuevos municipios, coordinar a las empresas instaladoras y controlar plazos y presupuesto. Se ofrece contrato indefinido, salario de 45.000 a 52.000 € brutos anuales y coche de empresa.`,
    sector: 'Telecommunications',
    lang: 'es',
    why: 'recruiter names the client: a fibre and mobile operator',
  },
  {
    id: 'i2-077',
    company: 'Minera Cordillera Blanca S.A.A.',
    text: `Operamos una mina de cobre y molibdeno a tajo abierto a 4.200 metros de altitud en la región Áncash, con una planta concentradora que procesa 90.000 toneladas de mineral por día. Somos más de 3.000 colaboradores directos.

Buscamos Ingeniero/a de Mantenimiento Mecánico para la planta concentradora, régimen 14x7, con experiencia en molinos SAG y chancadoras. Ofrecemos seguro EPS, movilidad y alimentación en campamento.`,
    sector: null,
    lang: 'es',
    why: 'mine: unclassified, despite its plant and plant maintenance',
  },
  {
    id: 'i2-078',
    company: 'Almenara Seguros S.A.',
    text: `Cada año atendemos más de 250.000 siniestros de hogar y automóvil: una tubería rota, un golpe en el aparcamiento, un robo. Detrás de cada expediente hay un asegurado que necesita una respuesta rápida, y eso es lo que hacemos desde nuestro centro de Sevilla.

Buscamos Tramitador/a de Siniestros de Hogar para incorporarse a nuestro equipo. Valorarás coberturas, asignarás peritos y reparadores y comunicarás las indemnizaciones.`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'i2-079',
    company: 'Góndola Analytics S.A.S.',
    text: `Nuestras cámaras y algoritmos recorren las góndolas de más de 2.000 supermercados y droguerías en Colombia, México y Perú para detectar quiebres de stock, precios mal etiquetados y exhibiciones que no cumplen el planograma. Los gerentes de tienda reciben alertas en el celular y reponen antes de perder la venta.

Buscamos Ingeniero/a de Visión por Computadora para nuestro equipo en Bogotá.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'shelf analytics made for retailers: Retail, not IT',
  },
  {
    id: 'i2-080',
    company: 'Ceibo Software S.A.',
    text: `Somos una empresa uruguaya de desarrollo de software con 550 profesionales en Montevideo, Córdoba y Medellín. Construimos productos digitales a medida —apps, plataformas web, soluciones de datos— para clientes de Estados Unidos y Europa en sectores tan distintos como logística, medios y seguros.

Buscamos QA Automation Engineer Senior con experiencia en Playwright o Cypress e inglés avanzado.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
  },
  {
    id: 'i2-081',
    company: 'Laboratorios Rivadavia S.A.',
    text: `Laboratorios Rivadavia investiga, produce y comercializa medicamentos desde 1948. En nuestra planta de Pilar elaboramos más de 120 especialidades —antibióticos, oncológicos y productos cardiológicos— que llegan a farmacias y hospitales de Argentina y otros ocho países de América Latina.

Buscamos Analista de Validaciones para el área de Garantía de Calidad, con título de Farmacéutico/a, Bioquímico/a o Ingeniero/a Químico/a.

Responsabilidades:
- Elaborar y ejecutar protocolos de validación de procesos, limpieza y sistemas computarizados
- Calificar equipos de producción y de control de calidad
- Participar en inspecciones de la autoridad sanitaria y auditorías de socios comerciales
- Gestionar desvíos y acciones CAPA vinculadas a validaciones

Ofrecemos: relación de dependencia, obra social para el grupo familiar, comedor en planta, transporte desde Capital Federal y capacitación continua.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'i2-082',
    company: 'Semáfora SpA',
    text: `Nuestro software ajusta en tiempo real los tiempos de 3.500 semáforos en Santiago, Lima y Bogotá según el tráfico que miden cámaras y sensores. Lo compran municipalidades y autoridades de transporte que quieren menos atascos y buses más puntuales.

Estamos buscando un/a Ingeniero/a de Tránsito para el equipo de implementación, que calibre planes de semaforización junto a los equipos de las municipalidades.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'traffic-signal platform sold to cities: Smart Cities',
  },
  {
    id: 'i2-083',
    company: 'Grupo Industrial Regiomontano – División Línea Blanca',
    text: `Grupo Industrial Regiomontano es un conglomerado con negocios en acero, alimentos y bienes raíces. Esta vacante es para nuestra División Línea Blanca, que fabrica refrigeradores y estufas en su planta de Apodaca, Nuevo León, con 1,900 colaboradores y exportaciones a Estados Unidos y Canadá.

Buscamos Supervisor/a de Producción para la línea de ensamble de refrigeradores, turno nocturno.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'conglomerate: the hiring unit makes appliances',
  },
  {
    id: 'i2-084',
    company: 'Viajes Alcántara S.L.',
    text: `Desde 1979 organizamos viajes: circuitos por Europa, cruceros, escapadas de fin de semana y viajes de empresa. Tenemos 38 agencias en Extremadura, Andalucía y Castilla-La Mancha y una web donde reservar el próximo viaje en pocos clics.

Buscamos Agente de Viajes para nuestra agencia de Cáceres. Se valorará experiencia con Amadeus y conocimientos de inglés. Ofrecemos descuentos en viajes para ti y tu familia.`,
    sector: null,
    lang: 'es',
    why: 'travel agency that books trips: unclassified, not Retail',
  },
  {
    id: 'i2-085',
    company: 'Cielonet Satélites S.A.',
    text: `Desde nuestros cuatro satélites geoestacionarios damos conectividad a barcos, aviones, antenas de telefonía móvil en zonas rurales y hogares sin fibra en España, Latinoamérica y el norte de África. Controlamos la flota 24 horas desde el centro de Arganda del Rey.

Buscamos Ingeniero/a de Operaciones de Red Satelital con experiencia en sistemas VSAT y gestión de capacidad.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'i2-086',
    company: 'Mirasierra Gestión SGIIC, S.A.',
    text: `Gestionamos 6.400 millones de euros en fondos de inversión y planes de pensiones para 180.000 partícipes, desde Madrid y con un equipo de inversión independiente de cualquier banco. Invertimos a largo plazo en compañías cotizadas europeas con análisis propio.

Buscamos Analista de Renta Variable con 3-5 años de experiencia en análisis fundamental, preferiblemente cubriendo los sectores de consumo e industria.`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: 'asset manager: Finance; the sectors it covers are its investments',
  },
  {
    id: 'i2-087',
    company: 'Farmacia Ortega Salcedo C.B.',
    text: `Farmacia con más de 60 años en el barrio de Russafa (Valencia). Atendemos cada día a cientos de pacientes: dispensación de recetas, seguimiento farmacoterapéutico, preparación de sistemas personalizados de dosificación y análisis clínicos básicos.

Buscamos Técnico/a en Farmacia y Parafarmacia a jornada completa. Funciones: atención en mostrador, gestión de pedidos y del stock, cobro en caja y reposición de la zona de parafarmacia y dermocosmética.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
    why: 'a pharmacy: Healthcare, even with counter sales and a till',
  },
  {
    id: 'i2-088',
    company: 'Vidriera Digital S.A.',
    text: `Más de 90.000 marcas y comercios de Argentina, Uruguay y Chile venden online con Vidriera: creamos su tienda, cobramos sus ventas y coordinamos los envíos. Desde una pyme de indumentaria de Rosario hasta una cadena de librerías, todos gestionan productos, stock y pedidos desde nuestro panel.

Sumamos un/a Product Manager para el equipo de Checkout. Beneficios: 100% remoto, prepaga de primera línea, clases de inglés y semana extra de vacaciones.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'e-commerce platform made for shops: Retail per the rule',
  },
  {
    id: 'i2-089',
    company: 'Municipalidad de San Bernardo del Valle',
    text: `La Dirección de Rentas de la Municipalidad de San Bernardo del Valle recauda las tasas de alumbrado, barrido y limpieza, el impuesto automotor y los derechos de comercio de más de 85.000 contribuyentes.

Incorporamos un/a Analista Tributario/a para fiscalizar declaraciones juradas de comercios e industrias, liquidar deudas y atender reclamos de vecinos. Requisitos: título de Contador/a Público/a. Ingreso por concurso según el Estatuto del Empleado Municipal.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'municipal tax office: Public Sector though the work is financial',
  },
  {
    id: 'i2-090',
    company: 'Flores La Sabana S.A.S.',
    text: `Cultivamos rosas y claveles en 120 hectáreas de invernaderos en la Sabana de Bogotá y exportamos 90 millones de tallos al año a Estados Unidos, Europa y Japón. Somos 2.400 trabajadores, la mayoría mujeres de los municipios vecinos.

Buscamos Ingeniero/a Agrónomo/a para el área de sanidad vegetal: monitoreo de plagas, programas de fumigación y manejo integrado de cultivos.`,
    sector: null,
    lang: 'es',
  },
  {
    id: 'i2-091',
    company: 'Polímeros del Camp S.A.',
    text: `En nuestro complejo de La Canonja, junto al puerto de Tarragona, transformamos propileno en 400.000 toneladas anuales de polipropileno, que después se convierten en envases, piezas de automóvil, fibras textiles y tuberías. Trabajamos a turnos 24/7, con los estándares de seguridad de procesos más exigentes.

Buscamos Ingeniero/a de Procesos para la unidad de polimerización.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'i2-092',
    company: 'Estudio Quimera Games S.L.',
    text: `Sobre nosotros
Somos un estudio independiente de videojuegos en Málaga. Nuestro último título, un roguelike de exploración submarina, ha vendido 1,3 millones de copias en PC y consolas, y ahora trabajamos en algo más grande con un equipo de 70 personas.

Buscamos Gameplay Programmer (C++/Unreal Engine 5) con al menos un juego publicado.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'game studio: IT per the rule (games)',
  },
  {
    id: 'i2-093',
    company: 'Transportes Urdaneta e Hijos S.L.',
    text: `Con una flota de 95 camiones frigoríficos, llevamos cada noche fruta, carne y lácteos desde las plataformas de distribución hasta las tiendas de nuestros clientes en el País Vasco y Navarra, y de vuelta cargamos palés para la industria y la construcción.

Buscamos Conductor/a C+E para rutas nocturnas con base en Vitoria-Gasteiz. Salario según convenio, dietas, vuelta a casa todos los días.`,
    sector: null,
    lang: 'es',
    why: 'haulier: transport is unclassified even when it delivers to shops',
  },
  {
    id: 'i2-094',
    company: 'Andina Móvil S.A.C.',
    text: `¿Te gusta ayudar a la gente? En el centro de contacto de Andina Móvil en Arequipa resolvemos cada mes más de 400.000 consultas de nuestros clientes de telefonía móvil, internet fijo y televisión: facturas, cambios de plan, portabilidad y averías.

Buscamos Asesores/as de Atención al Cliente, turnos rotativos de 6 horas, capacitación pagada, pago quincenal y descuento en tu plan móvil.`,
    sector: 'Telecommunications',
    lang: 'es',
    why: 'an operator’s own call centre: Telecommunications',
  },
  {
    id: 'i2-095',
    company: 'Fundación Instituto Biomar de Investigación',
    text: `Somos una fundación de investigación sin ánimo de lucro con sede en Vigo. Nuestros 140 investigadores estudian los ecosistemas marinos, la acuicultura sostenible y los compuestos bioactivos de algas, en colaboración con universidades, hospitales y empresas de toda Europa.

Convocamos un contrato predoctoral de cuatro años en el grupo de Biotecnología de Algas, financiado por el Plan Estatal de Investigación.`,
    sector: null,
    lang: 'es',
    why: 'non-profit research institute: unclassified',
  },
  // Italian
  {
    id: 'i2-096',
    company: 'Pastificio Valtenna S.p.A.',
    text: `Chi siamo
Dal 1921 essicchiamo la pasta lentamente, a bassa temperatura, nel nostro stabilimento di Fermo. Oggi produciamo 70.000 tonnellate l'anno tra formati di semola e pasta all'uovo, vendute nei supermercati italiani e in 35 Paesi.

Cerchiamo un/a Responsabile di Produzione che guidi le 6 linee di produzione e i 120 operatori su tre turni, con attenzione a OEE, sicurezza e qualità.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'i2-097',
    company: 'Credito Lagunare S.p.A.',
    text: `Con 52 filiali tra Venezia, Treviso e Padova, siamo la banca di riferimento per famiglie, artigiani e piccole imprese del territorio. Offriamo conti, mutui, finanziamenti e consulenza sugli investimenti.

Per la filiale di Mestre cerchiamo un/a Gestore Small Business, che curi un portafoglio di 250 aziende clienti, ne analizzi i bilanci e proponga soluzioni di finanziamento.

Cosa farai:
- gestirai e svilupperai la relazione con imprese e professionisti del territorio;
- valuterai il merito creditizio e istruirai le pratiche di fido;
- collaborerai con i colleghi specialisti di leasing, estero e previdenza;
- parteciperai agli incontri con le associazioni di categoria locali.

Requisiti: laurea in discipline economiche, almeno tre anni di esperienza nella gestione di clientela imprese, iscrizione all'OCF gradita. Offriamo contratto CCNL Credito, premio aziendale, polizza sanitaria e un percorso di crescita strutturato.`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'i2-098',
    company: 'Brevia Software S.r.l.',
    text: `Siamo una software house milanese di 80 persone. Dal 2009 progettiamo e sviluppiamo piattaforme web e app per clienti della moda, dell'editoria, dell'energia e della pubblica amministrazione, seguendo tutto il ciclo: analisi, UX, sviluppo, rilascio e manutenzione.

Cerchiamo un/a Senior Frontend Developer (React, TypeScript). Offriamo contratto CCNL Commercio, buoni pasto, assicurazione sanitaria integrativa e smart working fino a 3 giorni a settimana.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'software house for many industries: IT; health insurance is a benefit',
  },
  {
    id: 'i2-099',
    company: 'Comune di Montefiorano',
    text: `Il Comune di Montefiorano (Provincia di Ancona, 14.500 abitanti) indice un concorso pubblico, per titoli ed esami, per la copertura di n. 1 posto di Istruttore Direttivo Informatico a tempo pieno e indeterminato presso il Servizio Sistemi Informativi.

Il vincitore gestirà l'infrastruttura informatica dell'ente, i servizi digitali per i cittadini (PagoPA, SPID, ANPR) e la sicurezza dei dati degli uffici comunali.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
  },
  {
    id: 'i2-100',
    company: 'Cooperativa Sociale Il Girasole',
    text: `Ogni giorno i nostri operatori entrano nelle case di 900 anziani e persone con disabilità tra Bergamo e Lecco: assistenza domiciliare integrata, prestazioni infermieristiche, fisioterapia a domicilio. Gestiamo anche due residenze sanitarie assistenziali con 180 posti letto.

Cerchiamo Infermieri/e per il servizio ADI, con auto aziendale e turni diurni. Contratto CCNL Cooperative Sociali.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'home care and care homes: Healthcare, even as a social cooperative',
  },
  {
    id: 'i2-101',
    company: 'Tecnobottega S.p.A.',
    text: `Con 74 punti vendita in Lombardia, Piemonte ed Emilia-Romagna e un negozio online, vendiamo elettrodomestici, TV, smartphone e informatica delle migliori marche, con consegna e installazione a domicilio.

Per il punto vendita di Novara cerchiamo un/a Addetto/a alle Vendite reparto Telefonia. Ti occuperai di consigliare i clienti, attivare le offerte dei principali operatori e gestire la cassa.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
    why: 'electronics chain that sells phone plans: Retail, not Telecommunications',
  },
  {
    id: 'i2-102',
    company: 'Fibra Adriatica S.p.A.',
    text: `Portiamo internet ultraveloce dove gli altri non arrivano: nelle aree interne di Abruzzo, Molise e Marche abbiamo collegato 280.000 abitazioni con la nostra rete in fibra e radio FWA. Siamo gestore della rete e la offriamo sia ai nostri clienti finali sia agli altri operatori.

Cerchiamo un/a Network Engineer IP/MPLS per il Network Operation Center di Pescara.`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'i2-103',
    company: 'Ponteverde Agenzia per il Lavoro S.p.A.',
    text: `Ponteverde S.p.A., filiale di Brescia, ricerca per azienda cliente un/a Impiegato/a Amministrativo/a Contabile.

Si offre: contratto in somministrazione di 6 mesi con possibilità di assunzione diretta, buoni pasto da 7 €, orario 8:30-17:30 dal lunedì al venerdì.

La risorsa si occuperà di registrazione fatture, prima nota, riconciliazioni bancarie e supporto alla chiusura di bilancio.`,
    sector: null,
    lang: 'it',
    why: 'staffing agency with an unnamed client; its filiale is a branch, not a bank',
  },
  {
    id: 'i2-104',
    company: 'Meccanica Ghirlandina S.r.l.',
    text: `Progettiamo e costruiamo sospensioni e componenti in alluminio forgiato per auto sportive e di lusso. Dal nostro stabilimento di Maranello escono ogni anno 300.000 bracci e portamozzi, con tolleranze di pochi centesimi di millimetro.

Cerchiamo un/a Tecnico/a di Metrologia per il laboratorio qualità, con esperienza su macchine di misura a coordinate (CMM) e software Calypso o PC-DMIS.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'i2-105',
    company: 'Selexa Search S.r.l.',
    text: `Il nostro cliente è una scale-up torinese che sviluppa una piattaforma di intelligenza artificiale per l'analisi di documenti: contratti, fatture, perizie, cartelle cliniche. La usano studi legali, assicurazioni, ospedali e uffici acquisti di grandi aziende.

Per conto del cliente ricerchiamo un/a Machine Learning Engineer (NLP), sede Torino con possibilità di lavoro ibrido. RAL 50-60k € più stock option.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'recruiter’s client is an AI company serving many industries: IT',
  },
  {
    id: 'i2-106',
    company: 'Lumina Urbana S.r.l.',
    text: `I nostri quadri elettrici intelligenti e la piattaforma Lumina gestiscono l'illuminazione pubblica di 160 comuni italiani: regolano l'intensità dei lampioni in base al traffico, segnalano i guasti prima delle chiamate dei cittadini e misurano il risparmio energetico per gli uffici tecnici comunali.

Cerchiamo un/a Project Manager per seguire le installazioni presso i comuni del Centro Italia.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
    why: 'street-lighting platform made for municipalities: Smart Cities, not energy',
  },
  {
    id: 'i2-107',
    company: 'Reagentia Diagnostici S.p.A.',
    text: `&lt;p&gt;Sviluppiamo e produciamo test diagnostici in vitro per i laboratori ospedalieri: kit immunoenzimatici, reagenti per la biologia molecolare e analizzatori automatici. Il nostro stabilimento di Saluggia esporta in 70 Paesi.&lt;/p&gt;&lt;p&gt;Cerchiamo un/a &lt;strong&gt;Specialista Affari Regolatori&lt;/strong&gt; con esperienza sul Regolamento IVDR 2017/746.&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'i2-108',
    company: 'Partitello S.r.l.',
    text: `Più di 220.000 partite IVA — freelance, artigiani, piccoli negozi — emettono con noi le loro fatture elettroniche, tengono sotto controllo incassi e scadenze e calcolano in automatico tasse e contributi. Tutto da una app, senza dover chiamare il commercialista per ogni dubbio.

Cerchiamo un/a Backend Developer (Kotlin) per il team che gestisce l'invio delle fatture al Sistema di Interscambio.`,
    sector: 'Finance & FinTech',
    lang: 'it',
    why: 'invoicing and tax app for freelancers: Finance per the rule',
  },
  {
    id: 'i2-109',
    company: 'Acque del Sannio S.p.A.',
    text: `Siamo il gestore del servizio idrico integrato in 78 comuni della provincia di Benevento: captiamo, potabilizziamo e distribuiamo l'acqua a 280.000 abitanti e ne depuriamo gli scarichi. La società è interamente pubblica, con i comuni come soci.

Cerchiamo un/a Ingegnere/a Idraulico/a per la progettazione del rinnovo delle reti di distribuzione.`,
    sector: null,
    lang: 'it',
    why: 'water utility: unclassified, though publicly owned',
  },
  {
    id: 'i2-110',
    company: 'Spesa Amica Soc. Coop.',
    text: `Siamo una cooperativa di consumatori con 130.000 soci e 48 supermercati in Toscana e Umbria. Dal banco del fresco alla cassa, lavoriamo perché la spesa di tutti i giorni sia buona, conveniente e con tanti prodotti del territorio.

Cerchiamo un/a Capo Reparto Ortofrutta per il punto vendita di Arezzo. Offriamo contratto a tempo indeterminato, sconto del 10% sulla spesa e assistenza sanitaria integrativa.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
  },
  {
    id: 'i2-111',
    company: 'Radiolink Sistemi S.p.A.',
    text: `Progettiamo e produciamo antenne e apparati radio per le reti mobili 4G e 5G. Nel nostro stabilimento di Catania realizziamo ogni anno oltre 80.000 antenne che gli operatori installano sui tralicci di tutta Europa.

Cerchiamo un/a RF Design Engineer per il laboratorio di progettazione antenne, con esperienza in simulazione elettromagnetica (CST o HFSS).`,
    sector: 'Telecommunications',
    lang: 'it',
    why: 'network equipment for mobile operators: Telecommunications, though made in a factory',
  },
  {
    id: 'i2-112',
    company: 'Nuvolaria Cloud S.p.A.',
    text: `Nei nostri due data center di Arezzo e Bologna ospitiamo i server e i dati di 5.000 aziende italiane, dalle startup ai gruppi industriali. Offriamo cloud pubblico e privato, backup e disaster recovery, con assistenza 24 ore su 24 in italiano.

Cerchiamo un/a System Engineer Linux per il team Cloud Platform: automazione con Ansible, gestione di cluster Kubernetes e monitoraggio.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
  },
  {
    id: 'i2-113',
    company: 'Consorzio Intercomunale dei Servizi Sociali Alto Canavese',
    text: `Il Consorzio Intercomunale dei Servizi Sociali Alto Canavese è l'ente pubblico a cui 42 comuni hanno affidato i servizi sociali: sostegno alle famiglie, tutela dei minori, assistenza agli anziani e alle persone con disabilità.

È indetto un concorso pubblico per n. 2 Assistenti Sociali a tempo indeterminato. Le domande vanno presentate esclusivamente tramite il portale inPA entro trenta giorni dalla pubblicazione.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
    why: 'public body of municipalities: Public Sector; social services are not Healthcare',
  },
  {
    id: 'i2-114',
    company: 'Immobiliare Portici & Partners',
    text: `Dal 1998 aiutiamo famiglie e investitori a comprare, vendere e affittare casa a Bologna e provincia. Le nostre 12 agenzie gestiscono ogni anno oltre 900 compravendite e 1.500 contratti di locazione.

Cerchiamo Consulenti Immobiliari, anche alla prima esperienza: formazione iniziale, affiancamento e provvigioni tra le più alte del mercato.`,
    sector: null,
    lang: 'it',
  },
  {
    id: 'i2-115',
    company: 'Navigazione Arcipelago Toscano S.p.A.',
    text: `Colleghiamo ogni giorno la costa toscana con l'Elba, il Giglio e Capraia: 9 traghetti e 2 aliscafi, 2,5 milioni di passeggeri e 600.000 veicoli l'anno. D'estate le corse raddoppiano e la nostra flotta non si ferma mai.

Cerchiamo Ufficiali di Coperta e di Macchina per la stagione estiva, con imbarco da Piombino.`,
    sector: null,
    lang: 'it',
    why: 'ferry operator: transport is unclassified',
  },
  // Dutch (Netherlands, Belgium)
  {
    id: 'i2-116',
    company: 'Van Dorsten Bouwmarkten B.V.',
    text: `Over ons
Van Dorsten heeft 41 filialen in Noord-Brabant, Limburg en Gelderland. Klussers en vakmensen vinden bij ons alles van verf en gereedschap tot tuinhout en keukens, met advies van collega's die zelf ook graag klussen.

Voor onze filiaal in Tilburg zoeken wij een Afdelingsmanager Hout & Bouwmaterialen (32-40 uur). Je stuurt een team van 8 medewerkers aan en bent verantwoordelijk voor presentatie, voorraad en omzet van je afdeling.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'DIY store chain: Retail; building materials are what it sells',
  },
  {
    id: 'i2-117',
    company: 'De Kempen Onderlinge U.A.',
    text: `Al sinds 1867 staan wij klaar voor boeren, tuinders en dorpsbewoners in de Kempen. Brand in een schuur, stormschade aan een kas, een aanrijding met de trekker: onze 42.000 verzekerden weten dat ze ons gewoon kunnen bellen. Als onderlinge hebben we geen aandeelhouders; we zijn van onze leden.

Wij zoeken een Schadebehandelaar Particulier en Agrarisch (36 uur) in Eersel.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'mutual insurer of farms: Finance, not agriculture',
  },
  {
    id: 'i2-118',
    company: 'Ziekenhuis Rijnstroom',
    text: `<p><strong>Wie zijn wij?</strong><br>Ziekenhuis Rijnstroom is een algemeen ziekenhuis met 480 bedden op twee locaties in Arnhem en Doetinchem. Ruim 3.200 medewerkers zorgen jaarlijks voor meer dan 300.000 poliklinische bezoeken en 40.000 opnames.</p><p>Voor de afdeling Intensive Care zoeken wij een <strong>IC-verpleegkundige</strong> (24-36 uur). Je krijgt een salaris volgens de cao Ziekenhuizen, een eindejaarsuitkering van 8,33% en volop opleidingsmogelijkheden.</p><p><strong>Wat ga je doen?</strong></p><ul><li>Je verpleegt kritiek zieke patiënten op onze IC met 16 bedden</li><li>Je werkt nauw samen met intensivisten, fysiotherapeuten en de afdeling Cardiologie</li><li>Je denkt mee over kwaliteitsverbetering, bijvoorbeeld in onze werkgroep delirium</li></ul><p><strong>Wie ben jij?</strong></p><ul><li>Je bent BIG-geregistreerd verpleegkundige met de IC-vervolgopleiding, of je wilt die bij ons volgen</li><li>Je blijft rustig als het hectisch wordt</li></ul>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'i2-119',
    company: 'Klantkompas B.V.',
    text: `Met Klantkompas houden 6.000 bedrijven bij wie hun klanten zijn, wat ze hebben afgesproken en wanneer ze moeten terugbellen: installatiebedrijven, accountantskantoren, makelaars, groothandels. Wij bouwen die CRM-software in Utrecht, met 70 collega's, zonder investeerders en met winst.

We zoeken een Medior Ruby on Rails Developer die samen met een product owner en twee developers nieuwe functies bouwt.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'CRM for many industries: IT, though accountancy firms are among its customers',
  },
  {
    id: 'i2-120',
    company: 'Gemeente Waterlanden',
    text: `De gemeente Waterlanden telt 58.000 inwoners, verdeeld over negen kernen tussen weilanden en plassen. Onze 520 ambtenaren werken aan een prettige woonomgeving: van paspoorten en bouwvergunningen tot jeugdhulp en onderhoud van wegen en dijken.

Voor het team Openbare Ruimte zoeken wij een Beleidsadviseur Mobiliteit (36 uur), schaal 10. Je werkt aan veilige fietsroutes, laadpalen en het parkeerbeleid in de kernen.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'i2-121',
    company: 'Vandecasteele Meubelen NV',
    text: `In onze fabriek in Waregem maken 260 mensen elke week 4.000 zetels en banken: van het zagen van het houten frame tot het stofferen en verpakken. Onze meubelen staan in woonwinkels in twaalf Europese landen.

Wij zoeken een Productieplanner (m/v/x) die de planning van onze naai-ateliers en stoffeerlijnen opmaakt en afstemt met aankoop en logistiek.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'furniture maker selling through shops: Manufacturing',
  },
  {
    id: 'i2-122',
    company: 'Glasnet Noord B.V.',
    text: `Wij leggen glasvezel aan in de kleine dorpen van Friesland, Groningen en Drenthe, waar de grote partijen niet komen. 95.000 huishoudens zijn al aangesloten en kiezen via ons open netwerk zelf hun internetprovider. Wij beheren het netwerk, van de wijkcentrale tot de meterkast.

We zoeken een Storingsmonteur Glasvezel (40 uur) met standplaats Heerenveen. Leaseauto, laptop en telefoon van de zaak.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'i2-123',
    company: 'Flexwerk Uitzendgroep',
    text: `Voor een opdrachtgever in de regio Eindhoven zoeken wij een Orderpicker (m/v) in vaste dag- en avonddiensten.

Wat bieden wij?
- Salaris tot € 15,20 per uur plus 22% avondtoeslag
- Reiskostenvergoeding vanaf 10 km
- Korting op je zorgverzekering via onze collectiviteit
- Kans op een vast contract na 6 maanden

Wat ga je doen? Je verzamelt bestellingen met een handscanner en maakt ze klaar voor verzending.`,
    sector: null,
    lang: 'nl',
    why: 'staffing agency, client unnamed; the health-insurance discount is a benefit',
  },
  {
    id: 'i2-124',
    company: 'Medirix B.V.',
    text: `Huisartsen, fysiotherapeuten en wijkverpleegkundigen werken elke dag in ons elektronisch patiëntendossier. Ruim 2.300 praktijken in Nederland en België registreren er consulten in, schrijven recepten voor en delen gegevens veilig met apotheek en ziekenhuis.

Wij zoeken een Senior .NET Developer voor het team dat de koppelingen met apotheken en laboratoria bouwt. Hybride werken vanuit ons kantoor in Amersfoort.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'health-record software made for practices: Healthcare, not IT',
  },
  {
    id: 'i2-125',
    company: 'Hendriks & Van Leeuwen Accountants en Belastingadviseurs',
    text: `# Over ons
Wij zijn een accountantskantoor met 85 medewerkers in Zwolle en Deventer. Onze klanten zijn ondernemers uit de regio: aannemers, agrariërs, zorgpraktijken en familiebedrijven. Voor hen stellen wij jaarrekeningen op, verzorgen we de aangiften en denken we mee over bedrijfsopvolging.

# De functie
Als Assistent-accountant (32-40 uur) stel je samenstelopdrachten op en heb je direct contact met je eigen klanten.

Wat vragen we?
- Een afgeronde hbo-opleiding Accountancy of Bedrijfseconomie, of je bent ermee bezig
- Twee tot vijf jaar ervaring in het mkb-segment
- Kennis van Nmbrs en Twinfield is mooi meegenomen

Wat bieden we?
- Een salaris tussen € 3.300 en € 4.500 bij 40 uur
- Studiefaciliteiten voor de opleiding tot accountant-administratieconsulent
- Een laptop, telefoon en de mogelijkheid om deels thuis te werken
- Een vrijdagmiddagborrel die we serieus nemen`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'accountancy firm: Finance; its clients’ sectors do not count',
  },
  {
    id: 'i2-126',
    company: 'Pakkerij B.V.',
    text: `Webwinkels besteden hun hele logistiek aan ons uit: wij ontvangen hun voorraad, slaan die op in ons magazijn in Venlo, pakken elke bestelling in en versturen hem dezelfde dag naar klanten in heel Europa. Retouren verwerken we ook. Zo'n 350 webshops, van sneakers tot kattenvoer, rekenen op ons.

We zoeken een Teamleider Inbound in de avonddienst.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'fulfilment for online shops: Retail per the rule, not logistics',
  },
  {
    id: 'i2-127',
    company: 'Verpakkingsindustrie Twente B.V.',
    text: `Elke dag rollen er 2,5 miljoen kartonnen dozen uit onze fabriek in Hengelo. Ze gaan naar voedingsproducenten, webshops en industriële klanten, die er hun producten in verpakken. We werken in een volcontinu rooster met 190 collega's en investeren dit jaar in een nieuwe golfkartonmachine.

We zoeken een Technisch Dienst Monteur (mechanisch) voor ploegendienst.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'makes packaging in a factory: Manufacturing, whatever its customers do',
  },
  {
    id: 'i2-128',
    company: 'Waterschap Lingewaarden',
    text: `Het waterschap Lingewaarden zorgt ervoor dat 400.000 inwoners droge voeten houden en schoon water hebben. We beheren 320 kilometer dijk, 4.000 kilometer sloten en 14 rioolwaterzuiveringen, en we heffen daarvoor waterschapsbelasting. Ons algemeen bestuur wordt elke vier jaar door de inwoners gekozen.

Wij zoeken een Adviseur Waterkeringen (36 uur).`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: 'water board is part of government: Public Sector, unlike a water company',
  },
  {
    id: 'i2-129',
    company: 'Stichting Pensioenfonds Rijnmond Transport',
    text: `Stichting Pensioenfonds Rijnmond Transport beheert het pensioen van 78.000 chauffeurs, havenwerkers en logistiek medewerkers en hun gezinnen. We beleggen ruim 9 miljard euro en keren elke maand aan 21.000 gepensioneerden hun pensioen uit.

Wij zoeken een Risicomanager Beleggingen die onze balans- en beleggingsrisico's analyseert en het bestuur adviseert.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'pension fund: Finance, though its members work in transport',
  },
  {
    id: 'i2-130',
    company: 'Hogeschool Zuiderhaven',
    text: `&lt;p&gt;Hogeschool Zuiderhaven leidt ruim 24.000 studenten op tot verpleegkundigen, leraren, ingenieurs en ondernemers. Samen met onze partnerziekenhuizen, scholen en bedrijven in de regio doen we praktijkgericht onderzoek.&lt;/p&gt;&lt;p&gt;Voor de opleiding HBO-Verpleegkunde zoeken wij een &lt;strong&gt;Docent Verpleegkunde&lt;/strong&gt; (0,8 fte). Je geeft les, begeleidt stagiairs in de ziekenhuizen en werkt mee aan het curriculum.&lt;/p&gt;`,
    sector: null,
    lang: 'nl',
    why: 'college training nurses: education is unclassified; partner hospitals are not its business',
  },
  {
    id: 'i2-131',
    company: 'Kessel Biologics NV',
    text: `In onze productiesite in Geel kweken we levende cellen in bioreactoren van 15.000 liter. Daaruit zuiveren we antistoffen die patiënten met reumatoïde artritis en de ziekte van Crohn wereldwijd toegediend krijgen. Het team telt 900 medewerkers, van operatoren tot wetenschappers.

Wij zoeken een QC Analist Microbiologie (dagdienst) voor ons kwaliteitslabo.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'i2-132',
    company: 'Datakraal BV',
    text: `Wij zijn een Gents databedrijf van 60 data engineers en analisten. We bouwen dataplatformen op Azure en Databricks en maken dashboards voor klanten uit de haven, de bouw, de retail en de overheid.

Ben jij een Data Engineer die houdt van Python en Spark en graag bij klanten over de vloer komt? Dan maken we graag kennis. Je krijgt een bedrijfswagen met tankkaart, maaltijdcheques en een hospitalisatieverzekering voor het hele gezin.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'data consultancy for many industries: IT; hospitalisation insurance is a benefit',
  },
  {
    id: 'i2-133',
    company: 'Mastwijzer B.V.',
    text: `Waar komt de volgende zendmast? Met onze planningssoftware beslissen mobiele operators in 30 landen waar ze antennes plaatsen en hoe ze hun 5G-netwerk dimensioneren. We combineren propagatiemodellen, verkeersdata en 3D-kaarten van steden.

Voor ons team in Delft zoeken we een Software Engineer (C++/Python) voor de propagatie-engine.`,
    sector: 'Telecommunications',
    lang: 'nl',
    why: 'network-planning software made for operators: Telecommunications',
  },
  {
    id: 'i2-134',
    company: 'Vitaal Sport & Wellness B.V.',
    text: `Met 23 sportscholen in Zuid-Holland helpen wij 60.000 leden fitter en gezonder te worden: krachttraining, groepslessen, zwemmen en persoonlijke begeleiding door onze trainers. Iedereen is welkom, van topsporter tot 80-plusser.

We zoeken een Clubmanager voor onze vestiging in Leiden, die het team van 25 trainers en baliemedewerkers aanstuurt en zorgt dat leden blijven komen.`,
    sector: null,
    lang: 'nl',
    why: 'gym chain: wellness is not Healthcare',
  },
  {
    id: 'i2-135',
    company: 'Netbeheer Kempenland',
    text: `Als netbeheerder zorgen wij dat stroom en gas veilig bij 1,1 miljoen aansluitingen in Antwerpen en Limburg aankomen. We leggen kabels en leidingen aan, plaatsen digitale meters en houden 40.000 kilometer net in topconditie.

Wij zoeken een Elektrotechnisch Ontwerper Middenspanning die nieuwe aansluitingen voor zonneparken en laadpleinen uittekent.`,
    sector: null,
    lang: 'nl',
    why: 'electricity and gas grid operator: energy is unclassified, not Telecommunications',
  },
  // Portuguese (Portugal, Brazil)
  {
    id: 'i2-136',
    company: 'Banco Cerrado S.A.',
    text: `Estamos presentes em 230 cidades de Goiás, Mato Grosso e Tocantins, com 190 agências e um aplicativo usado por 3 milhões de correntistas. Financiamos a safra de produtores rurais, o capital de giro de pequenas empresas e a casa própria de milhares de famílias.

Buscamos Gerente de Relacionamento Agronegócio para a agência de Rio Verde (GO). Benefícios: plano de saúde e odontológico, vale-alimentação, PLR.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
    why: 'bank lending to farmers: Finance; the health plan is a benefit',
  },
  {
    id: 'i2-137',
    company: 'Mercearias Barroso, Lda.',
    text: `Somos uma cadeia familiar de 36 lojas de proximidade no Minho e em Trás-os-Montes. Frutas e legumes de produtores locais, talho e peixaria em todas as lojas, e o pão quente às sete da manhã.

Procuramos Operador/a de Loja para a loja de Braga (Maximinos): reposição, atendimento na caixa e no talho. Oferecemos contrato sem termo, subsídio de alimentação e 10% de desconto em compras nas nossas lojas.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'i2-138',
    company: 'Sertãonet Telecom Ltda.',
    text: `Levamos internet por fibra óptica a 180 mil casas e empresas em 60 municípios do interior da Bahia e de Pernambuco, onde até pouco tempo o único sinal era o do celular. Somos uma operadora regional com 900 colaboradores e rede própria de 12 mil km.

Vaga: Técnico(a) de Instalação FTTH – Petrolina (PE). Requisitos: curso técnico em telecomunicações ou eletrônica, CNH categoria A ou B. Benefícios: assistência médica, vale-refeição e auxílio-combustível.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'i2-139',
    company: 'Corticeira do Vouga, S.A.',
    text: `Transformamos a cortiça dos montados alentejanos em 2 mil milhões de rolhas por ano, exportadas para produtores de vinho em 50 países. A nossa fábrica de Santa Maria da Feira combina processos artesanais de seleção com linhas de produção automatizadas e visão artificial.

Procuramos Engenheiro/a de Processo para a área de acabamento, com experiência em melhoria contínua e Lean.

Responsabilidades:
- Analisar indicadores de produtividade e qualidade das linhas de acabamento, marcação e tratamento de superfície
- Conduzir projetos de redução de desperdício e de consumo energético
- Apoiar a introdução de novos equipamentos e a formação das equipas de produção
- Colaborar com o laboratório na resolução de reclamações de clientes

Oferecemos integração numa empresa com mais de um século de história, seguro de saúde, prémio anual de desempenho e plano de formação contínua.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  {
    id: 'i2-140',
    company: 'Prefeitura Municipal de São Tomé das Águas',
    text: `A Prefeitura Municipal de São Tomé das Águas (MG) torna pública a abertura de processo seletivo simplificado para contratação temporária de Analista de Sistemas para a Secretaria Municipal de Administração.

O profissional dará suporte aos sistemas de protocolo eletrônico, folha de pagamento e arrecadação do município, que atende 62 mil habitantes. Jornada de 40 horas semanais, remuneração de R$ 5.800,00. Inscrições gratuitas pelo site da Prefeitura.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'municipal government hiring for IT: the employer decides, not the job',
  },
  {
    id: 'i2-141',
    company: 'Lisboa Code Labs, Lda.',
    text: `# Sobre nós
Somos cerca de 300 engenheiros de software em Lisboa, Porto e Aveiro. Desenvolvemos e mantemos software para empresas do norte da Europa — seguradoras, retalhistas, empresas de energia e de logística — que procuram equipas ágeis no mesmo fuso horário.

# A função
Estamos a contratar um/a Engenheiro/a de Software Java Sénior para uma equipa dedicada a um cliente nórdico. Seguro de saúde, horário flexível e regime híbrido.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'nearshore software services for many industries: IT',
  },
  {
    id: 'i2-142',
    company: 'Drogarias Bem-Estar S.A.',
    text: `<p>Com 410 drogarias em S&atilde;o Paulo, Paran&aacute; e Santa Catarina, atendemos 600 mil clientes por dia: medicamentos com receita, gen&eacute;ricos, vacinas na farm&aacute;cia, aferi&ccedil;&atilde;o de press&atilde;o e um aplicativo para receber o rem&eacute;dio de uso cont&iacute;nuo em casa.</p><p><strong>Buscamos Farmac&ecirc;utico(a) Respons&aacute;vel T&eacute;cnico</strong> para a loja de Curitiba &ndash; Batel.</p><ul><li>CRF ativo</li><li>Plano de sa&uacute;de e vale-transporte</li><li>Desconto em produtos das nossas lojas</li></ul>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'pharmacy chain: Healthcare, despite stores and store discounts',
  },
  {
    id: 'i2-143',
    company: 'Trocado Pagamentos S.A.',
    text: `Nossa maquininha está em 1,2 milhão de balcões pelo Brasil: padarias, salões de beleza, oficinas, food trucks. Com ela o lojista aceita cartão e Pix, recebe as vendas no mesmo dia e antecipa recebíveis pelo app.

Vaga: Analista de Prevenção a Fraudes Pleno. Você vai monitorar transações, criar regras de detecção e investigar estabelecimentos suspeitos. Trabalho remoto, plano de saúde sem coparticipação e auxílio academia.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
    why: 'card-payment acquirer: Finance, though its customers are shops',
  },
  {
    id: 'i2-144',
    company: 'Atacarejo Boa Compra Ltda.',
    text: `Somos um atacarejo com 28 lojas no Ceará e no Rio Grande do Norte. Vendemos alimentos, bebidas, limpeza e higiene em caixa fechada para restaurantes e mercadinhos e também no varejo para as famílias, com preços de atacado a partir de 6 unidades.

Vaga: Encarregado(a) de Frente de Caixa – loja Fortaleza/Messejana. Você vai coordenar 30 operadores de caixa, escalas, sangrias e fechamento.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'i2-145',
    company: 'Rumo Talento – Recrutamento Especializado',
    text: `O nosso cliente é uma operadora de telecomunicações portuguesa com serviços móveis, fibra e televisão para 2 milhões de clientes residenciais e empresariais. Para reforçar a equipa de Engenharia de Rede Core, em Lisboa, procuramos:

Engenheiro/a de Rede Core Móvel (5G SA)
- Experiência de 3+ anos em redes core (EPC/5GC)
- Conhecimento de protocolos Diameter e HTTP/2
- Inglês fluente

Oferta: contrato sem termo, seguro de saúde extensível ao agregado e cartão refeição.`,
    sector: 'Telecommunications',
    lang: 'pt',
    why: 'recruiter names the client: an operator',
  },
  {
    id: 'i2-146',
    company: 'Máquinas Agrícolas Pampa S.A.',
    text: `Fabricamos plantadeiras, pulverizadores e colheitadeiras de grãos em nossa planta de Passo Fundo (RS), com 1.400 colaboradores e uma rede de 180 concessionários no Brasil, Argentina e Paraguai. Cada máquina sai da linha de montagem testada em campo.

Buscamos Engenheiro(a) de Produto para o time de pulverizadores, com experiência em SolidWorks e projetos de estruturas soldadas.

Atividades:
- Desenvolver novos componentes e melhorias para barras de pulverização e chassis
- Realizar cálculos estruturais e acompanhar ensaios de durabilidade em campo
- Elaborar desenhos, listas de materiais e documentação técnica
- Apoiar a fábrica e os fornecedores na resolução de não conformidades

Benefícios: plano de saúde e odontológico, refeitório na empresa, participação nos lucros, previdência privada e transporte fretado.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
    why: 'makes farm machinery in a factory: Manufacturing, not agriculture',
  },
  {
    id: 'i2-147',
    company: 'Município de Vila Franca da Serra',
    text: `O Município de Vila Franca da Serra, no distrito de Viseu, torna público que se encontra aberto procedimento concursal comum para a ocupação de um posto de trabalho de Técnico Superior (Engenharia Civil), em regime de contrato de trabalho em funções públicas por tempo indeterminado.

Caracterização do posto: fiscalização de empreitadas de obras municipais, manutenção da rede viária e dos edifícios escolares do concelho.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'municipality hiring a civil engineer: Public Sector, not construction',
  },
  {
    id: 'i2-148',
    company: 'Grupo Hoteleiro Atlântida',
    text: `Gerimos seis hotéis de quatro e cinco estrelas no Algarve e na Madeira, com 1.300 quartos, spas e campos de golfe. Recebemos hóspedes de todo o mundo durante todo o ano.

Procuramos Rececionista para o nosso hotel em Vilamoura. Alojamento para colaboradores, refeições no hotel, seguro de saúde e descontos em estadias em todos os hotéis do grupo.`,
    sector: null,
    lang: 'pt',
  },
  {
    id: 'i2-149',
    company: 'Colégio Horizonte Educacional Ltda.',
    text: `Há 35 anos educamos crianças e jovens da educação infantil ao ensino médio em nossas 9 unidades em Belo Horizonte e Contagem. São 7.500 alunos e mais de 600 professores comprometidos com uma formação que une conteúdo, valores e tecnologia.

Buscamos Professor(a) de Matemática para o Ensino Médio, unidade Pampulha. Benefícios: bolsa de estudos integral para filhos, plano de saúde e odontológico.`,
    sector: null,
    lang: 'pt',
  },
  {
    id: 'i2-150',
    company: 'Petro Atlântica Offshore S.A.',
    text: `Operamos cinco plataformas de produção de petróleo e gás na Bacia de Campos, com produção de 160 mil barris por dia, e uma base de apoio logístico em Macaé. Segurança operacional e integridade das instalações estão acima de tudo.

Buscamos Técnico(a) de Manutenção Elétrica offshore, regime de embarque 14x21, com experiência em sistemas de geração e painéis de média tensão. Oferecemos plano de saúde, previdência privada e auxílio-creche.`,
    sector: null,
    lang: 'pt',
    why: 'oil producer: unclassified; private pension plan is a benefit',
  },
];
