// Labelled employer introductions in languages other than English: German, French, Spanish, Italian, Dutch,
// Portuguese, Polish, Swedish, Danish and Czech postings, as employers in those countries write them. Labels follow
// docs/sector-labels.md; local forms (Sparkasse, Stadtwerke, mutuelle, caja, Gemeente, Prefeitura) are labelled by
// the employer's business, not by the word.
import type { SectorExample } from './example.ts';

export const INTERNATIONAL: SectorExample[] = [
  // German: Germany, Austria, Switzerland
  {
    id: 'in-001',
    company: 'Sparkasse Oberes Lahntal',
    text: `Die Sparkasse Oberes Lahntal ist mit 41 Filialen, rund 690 Beschäftigten und einer Bilanzsumme von 5,8 Mrd. Euro das führende Kreditinstitut im oberen Lahntal. Als öffentlich-rechtliche Sparkasse begleiten wir Privatkunden, Handwerk und Mittelstand bei Finanzierung, Vorsorge und Zahlungsverkehr.

Zur Verstärkung unseres Bereichs Gesamtbanksteuerung suchen wir zum nächstmöglichen Zeitpunkt eine/n

Datenanalyst/in Risikocontrolling (m/w/d)

in Vollzeit oder Teilzeit, unbefristet.`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'in-002',
    company: 'Alpenrand Versicherungsmakler GmbH',
    text: `# Über uns
Seit 1987 vergleichen wir für Familien, Landwirte und Gewerbebetriebe in Tirol und Vorarlberg die Angebote von über 60 Versicherern – von der Kfz- und Haushaltsversicherung bis zur Betriebsunterbrechung. Als unabhängiger Versicherungsmakler mit 35 Mitarbeiterinnen und Mitarbeitern in Innsbruck und Dornbirn stehen wir im Schadenfall auf der Seite unserer Kundschaft.

# Deine Aufgaben
- Betreuung unseres Maklerverwaltungsprogramms und der Schnittstellen zu den Versicherern
- Auswertungen zu Bestand, Provisionen und Schadenquoten in Power BI
- Automatisierung wiederkehrender Abläufe im Innendienst

# Das bieten wir
- 14 Gehälter nach Kollektivvertrag für Versicherungsmakler, Überzahlung je nach Erfahrung
- Gleitzeit ohne Kernzeit und zwei Homeoffice-Tage pro Woche
- Ein Team, das sich kennt: gemeinsames Mittagessen am Freitag und Skitag im Februar`,
    sector: 'Finance & FinTech',
    lang: 'de',
  },
  {
    id: 'in-003',
    company: 'Hirschfeld Executive Search AG',
    text: `<p>Im Auftrag unseres Mandanten, einer unabhängigen, partnergeführten Vermögensverwaltung mit Sitz in Zürich, suchen wir eine erfahrene Persönlichkeit als</p><p><strong>Quantitative Analyst Portfolio Management (80–100&nbsp;%)</strong></p><p>Unser Mandant verwaltet für Privatkunden, Familien und Stiftungen Vermögen von rund CHF&nbsp;9&nbsp;Mrd. und ist für seine disziplinierte, regelbasierte Anlagephilosophie bekannt. Das Team von 48 Mitarbeitenden legt grossen Wert auf Diskretion und langfristige Kundenbeziehungen.</p><ul><li>Weiterentwicklung der Faktormodelle in Python</li><li>Backtesting und Risikoberichte für das Anlagekomitee</li></ul><ul><li>Aufbereitung und Qualitätssicherung von Markt- und Referenzdaten</li><li>Enge Zusammenarbeit mit den Portfoliomanagern und dem Risk Management</li></ul><p><strong>Ihr Profil:</strong> Master oder Promotion in Finance, Mathematik oder Physik, mehrjährige Erfahrung in der quantitativen Anlageanalyse, fundierte Python-Kenntnisse und stilsicheres Deutsch und Englisch. Wir freuen uns auf Ihre vollständigen Unterlagen; absolute Diskretion ist selbstverständlich.</p>`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'recruiter: the client, an asset manager, is the employer',
  },
  {
    id: 'in-004',
    company: 'Kernwerk Banking Systems GmbH',
    text: `Wir suchen eine:n Senior Java-Entwickler:in für unser Team Zahlungsverkehr in Münster.

Kernwerk entwickelt seit 2004 das Kernbankensystem, auf dem heute 140 Volks- und Raiffeisenbanken sowie mehrere Privatbanken ihre Konten, Kredite und Überweisungen führen. Unsere Software verarbeitet jeden Tag rund 11 Millionen Buchungen – ausschließlich für Kreditinstitute, und genau darauf sind wir spezialisiert. Regulatorik wie PSD2, SEPA Instant oder DORA setzen wir für unsere Kunden um, bevor sie zur Pflicht wird.

Bei uns arbeitest du mit Java 21, Kafka und Oracle, in kleinen Teams mit echter Verantwortung.

Was dich erwartet:
- Weiterentwicklung der Module für Echtzeitüberweisungen und Lastschriften
- Performance-Tuning auf einer Datenbank mit mehreren Milliarden Buchungssätzen
- Enge Zusammenarbeit mit den Fachbereichen unserer Bankkunden

Was wir bieten: 30 Tage Urlaub, betriebliche Altersvorsorge, Jobticket und ein Büro direkt am Hafen. Bewirb dich gern auch ohne Anschreiben.`,
    sector: 'Finance & FinTech',
    lang: 'de',
    why: 'core-banking software made only for banks is Finance, not IT',
  },
  {
    id: 'in-005',
    company: 'Quellgrund GmbH',
    text: `Quellgrund ist ein Software-Unternehmen aus Leipzig. Unsere Plattform für Dokumentenerkennung liest Rechnungen, Lieferscheine und Verträge aus und übergibt die Daten direkt an ERP- und DMS-Systeme. Über 900 Kunden nutzen sie – Banken und Versicherungen genauso wie Maschinenbauer, Kliniken, Stadtwerke und Online-Händler.

Für unser Team Document AI suchen wir eine:n Machine Learning Engineer (m/w/d), der oder die unsere Modelle für Tabellen und Handschrift weiterentwickelt. Remote innerhalb Deutschlands möglich.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'software serving many industries, banks among them, is IT',
  },
  {
    id: 'in-006',
    company: 'Fernlicht',
    text: `Du willst Daten nicht nur schieben, sondern verstehen? Dann komm zu uns ins Data-Team nach Berlin-Kreuzberg.

Über Fernlicht: Wir bauen eine Analytics-Plattform, mit der Produktteams in Echtzeit sehen, wie ihre Apps genutzt werden – ohne Cookies und DSGVO-konform. 70 Leute, Series B, Kundschaft in 20 Ländern.

Was wir bieten:
- Betriebliche Krankenversicherung mit 600 € Gesundheitsbudget pro Jahr
- Dienstrad-Leasing und Zuschuss zur Fitnessstudio-Mitgliedschaft
- 30 Tage Urlaub, bis zu drei Monate Remote aus dem EU-Ausland
- Ein eigenes Lernbudget von 1.500 € im Jahr`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
    why: 'company health-insurance benefit says nothing about the sector',
  },
  {
    id: 'in-007',
    company: 'Donauhost GmbH',
    text: `Linux-Systemadministrator:in (m/w/d) – Linz, Vollzeit

In unseren zwei Rechenzentren in Linz und Wels laufen rund 4.000 Server. Darauf betreiben mehr als 2.500 Kunden aus ganz Österreich ihre Webshops, Buchhaltungsprogramme, Gemeinde-Websites und Praxissoftware. Wir kümmern uns um Hardware, Netzwerk, Backups und Betrieb rund um die Uhr, damit sich unsere Kunden um ihr eigenes Geschäft kümmern können.

Das Team: 14 Admins, eine flache Hierarchie und eine Rufbereitschaft, die fair verteilt ist.`,
    sector: 'Information Technology & Software Development',
    lang: 'de',
  },
  {
    id: 'in-008',
    company: 'Klinikum am Mühlberg gGmbH',
    text: `<p><strong>Wer wir sind</strong></p><p>Das Klinikum am Mühlberg ist ein Haus der Schwerpunktversorgung in kommunaler Trägerschaft mit 620 Betten, 14 Fachabteilungen und rund 2.100 Beschäftigten. Jedes Jahr behandeln wir über 28.000 Patientinnen und Patienten stationär und mehr als 60.000 ambulant.</p><p>Für unsere Stabsstelle Medizincontrolling suchen wir eine/n</p><p><strong>Data Analyst (m/w/d) Medizincontrolling &amp; DRG</strong></p><p>in Vollzeit, zunächst auf zwei Jahre befristet.</p><p><strong>Ihre Aufgaben</strong></p><ul><li>Auswertung von Fall- und Leistungsdaten für Geschäftsführung und Chefärzte</li><li>Aufbau von Berichten zu Verweildauer, Erlösen und Belegung</li><li>Unterstützung bei der Budgetverhandlung mit den Krankenkassen</li></ul><p><strong>Wir bieten</strong> eine Vergütung nach TVöD-K, Zuschuss zum Deutschlandticket und eine betriebliche Kita.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'in-009',
    company: 'Sonnenweg Pflege GmbH',
    text: `Jeden Morgen ab sechs Uhr fahren unsere 140 Pflegekräfte in Bremen-Nord und Vegesack los: Sie versorgen Wunden, geben Medikamente und Insulin, helfen beim Aufstehen und haben für rund 950 Menschen in ihren eigenen vier Wänden ein offenes Ohr. Dazu kommen zwei Tagespflegen und eine Wohngemeinschaft für Menschen mit Demenz.

Für unsere Verwaltung suchen wir eine Sachbearbeitung Tourenplanung & Abrechnung (m/w/d) mit 30 bis 39 Stunden pro Woche. Du planst die Touren mit unserer Pflegesoftware und rechnest mit Kranken- und Pflegekassen ab.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
  },
  {
    id: 'in-010',
    company: 'Veltaris Medical AG',
    text: `Veltaris Medical entwickelt und produziert in Burgdorf BE Insulinpumpen und Infusionssets für Menschen mit Diabetes in über 30 Ländern. In unserer Reinraum-Fertigung laufen 14 Spritzguss- und Montagelinien im Dreischichtbetrieb.

Für die Produktion suchen wir per sofort oder nach Vereinbarung eine/n

Prozessingenieur/in Montageautomation 100 %

Sie optimieren unsere Montagelinien, werten Prozessdaten aus und begleiten Validierungen nach ISO 13485.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'de',
    why: 'maker of medical devices is Healthcare even though it runs a factory',
  },
  {
    id: 'in-011',
    company: 'Kornblum Drogeriemärkte GmbH & Co. KG',
    text: `Über uns
Kornblum ist mit 380 Drogeriemärkten in Bayern, Baden-Württemberg und Thüringen einer der großen Drogeriehändler im Süden. In unseren Filialen und im Onlineshop finden Kundinnen und Kunden Körperpflege, Babybedarf, Haushaltswaren und Bio-Lebensmittel – rund 14.000 Artikel, davon 1.800 unter unserer Eigenmarke.

Für die Zentrale in Regensburg suchen wir eine/n Category Analyst (m/w/d) Gesundheit & Pflege. Du analysierst Abverkäufe, Sortimente und Aktionen und berätst unser Einkaufsteam.

Das bringst du mit:
- Abgeschlossenes Studium mit Schwerpunkt Handel, Statistik oder Wirtschaftsinformatik
- Sicherer Umgang mit SQL und einem BI-Werkzeug
- Freude daran, aus Kassendaten Empfehlungen für unsere Märkte abzuleiten

Wir bieten 15 % Mitarbeiterrabatt in allen Märkten, Gleitzeit und eine Kantine mit regionaler Küche.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'drugstore chain selling goods is Retail; a health category is not a pharmacy',
  },
  {
    id: 'in-012',
    company: 'Radlager24 GmbH',
    text: `Vom Schlauchventil bis zum E-Bike-Akku: Aus unserem Lager in Hameln verschicken wir jeden Tag bis zu 6.000 Pakete an Radfahrerinnen und Radfahrer in ganz Europa. Rund 45.000 Artikel von 400 Marken sind bei uns online bestellbar, und 96 % der Bestellungen verlassen noch am selben Tag das Haus.

Als Web-Analyst (m/w/d) findest du heraus, warum Warenkörbe abgebrochen werden, baust Dashboards in Looker und testest mit unserem Shop-Team neue Ideen im A/B-Test.`,
    sector: 'E-commerce & Retail',
    lang: 'de',
  },
  {
    id: 'in-013',
    company: 'Packwerk Fulfilment GmbH',
    text: `## Wer wir sind
Packwerk lagert, verpackt und versendet für über 220 Online-Shops – von Naturkosmetik über Mode bis zu Kaffee. Die Händler verkaufen, wir erledigen den Rest: Wareneingang, Lagerung, Kommissionierung, Versand und Retouren. An unseren Standorten in Erfurt und Halle arbeiten 480 Kolleginnen und Kollegen.

## Deine Aufgaben
- Du entwickelst unser Lagerverwaltungssystem (Python, PostgreSQL) weiter
- Du baust Schnittstellen zu Shopsystemen und Paketdiensten
- Du sorgst mit dem Schichtleitungsteam dafür, dass vor dem Weihnachtsgeschäft alles läuft`,
    sector: 'E-commerce & Retail',
    lang: 'de',
    why: 'fulfilment made for online shops is Retail, not logistics',
  },
  {
    id: 'in-014',
    company: 'Glasfaser Nordheide GmbH',
    text: `Bis Ende 2026 schließen wir 85.000 Haushalte und 4.000 Unternehmen zwischen Buchholz und Winsen an unser eigenes Glasfasernetz an – und danach sind wir für sie da: mit Internet bis 2 Gbit/s, Telefonie und Fernsehen, einer Service-Hotline aus der Region und Technikern, die bei Störungen noch am selben Tag kommen.

Zur Verstärkung suchen wir eine/n Netzplaner/in GIS (m/w/d). Sie planen Trassen und Hausanschlüsse in unserem GIS und stimmen sich mit Tiefbaufirmen und Gemeinden ab.`,
    sector: 'Telecommunications',
    lang: 'de',
  },
  {
    id: 'in-015',
    company: 'Alpcom AG',
    text: `Verkaufsberater/in Shop Bern Westside 60–100 %

Alpcom ist der Mobilfunk- und Internetanbieter für 1,3 Millionen Kundinnen und Kunden in der Schweiz – mit eigenem 5G-Netz und 48 Shops von Genf bis St. Gallen. In unseren Shops beraten wir zu Abos, Smartphones und Glasfaser-Internet fürs Zuhause.

Das erwartet dich:
- Beratung und Verkauf im Shop, auch samstags
- Einrichtung von Geräten und Lösung kleiner Störungen direkt vor Ort
- Attraktive Verkaufsprovision und Mitarbeitendenrabatt auf Abos`,
    sector: 'Telecommunications',
    lang: 'de',
    why: "a mobile operator's own shop is Telecommunications, not Retail",
  },
  {
    id: 'in-016',
    company: 'Funkplan Systems GmbH',
    text: `Über uns: Funkplan entwickelt Software, mit der Mobilfunknetzbetreiber ihre Netze planen und optimieren – vom Standort der nächsten 5G-Antenne bis zur Frequenzzuteilung. Zwölf Netzbetreiber in Europa und Asien steuern mit unseren Werkzeugen über 250.000 Basisstationen. Wir sitzen in München-Sendling und sind 110 Leute.

Für unser Team Propagation Modelling suchen wir eine:n Senior Data Scientist (m/w/d) mit Erfahrung in räumlichen Daten und Python.`,
    sector: 'Telecommunications',
    lang: 'de',
    why: 'software made for mobile operators is Telecommunications',
  },
  {
    id: 'in-017',
    company: 'Hegner Gruppe – Antriebstechnik',
    text: `Die Hegner Antriebstechnik GmbH & Co. KG ist der größte Geschäftsbereich der familiengeführten Hegner Gruppe. An drei Standorten in Baden-Württemberg und im ungarischen Pécs fertigen 2.300 Mitarbeitende Getriebewellen, Zahnräder und Elektromotorgehäuse für nahezu alle europäischen Fahrzeughersteller.

Für unser Werk in Aalen suchen wir einen Data Engineer Produktion (m/w/d). Sie arbeiten mit SAP, Python und unserem MES und bringen Maschinendaten aus 400 Anlagen in eine gemeinsame Datenplattform.

Ihr Profil:
- Studium der Informatik, Wirtschaftsinformatik oder eine vergleichbare Qualifikation
- Erfahrung mit SQL, Python und idealerweise OPC UA oder MQTT
- Interesse an Fertigungsprozessen – Sicherheitsschuhe stellen wir

Wir bieten eine Vergütung nach IG-Metall-Tarif, 35-Stunden-Woche und Werksverpflegung.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
  },
  {
    id: 'in-018',
    company: 'Mühlbacher Teigwaren GmbH',
    text: `Unsere Spätzle und Nudeln kennen Sie vermutlich aus dem Kühlregal: Sie stehen in mehr als 9.000 Supermärkten und Discountern in Deutschland und Österreich. Hergestellt werden sie seit 1952 in unserem Stammwerk in Ehingen an der Donau – heute auf sechs Produktionslinien mit 40.000 Tonnen im Jahr.

Zur Verstärkung unserer Qualitätssicherung suchen wir eine/n Lebensmitteltechnolog/in (m/w/d) mit Freude an Zahlen und Prozessen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: 'makes food sold in supermarkets: Manufacturing, not Retail',
  },
  {
    id: 'in-019',
    company: 'Kessler & Thoma Maschinenbau GmbH',
    text: `Kessler & Thoma baut seit 1961 Sondermaschinen zum Schleifen und Polieren von Turbinenschaufeln, Implantaten und Präzisionswerkzeugen. 260 Mitarbeitende, Sitz in Tuttlingen, Exportanteil 75 %. Zur Verstärkung unserer Steuerungstechnik suchen wir eine/n Software-Entwickler/in SPS & C# (m/w/d). Wir bieten einen sicheren Arbeitsplatz in einem Familienunternehmen.`,
    sector: 'Automotive & Manufacturing',
    lang: 'de',
    why: "machine builder; its customers' implants do not make it Healthcare",
  },
  {
    id: 'in-020',
    company: 'Landratsamt Oberwaldkreis',
    text: `&lt;p&gt;Das Landratsamt Oberwaldkreis ist Dienstleister für rund 190.000 Bürgerinnen und Bürger in 38 Städten und Gemeinden. Mit mehr als 1.100 Beschäftigten nehmen wir Aufgaben von der Kfz-Zulassung über das Jugendamt bis zum Gesundheitsamt wahr.&lt;/p&gt;&lt;p&gt;Im Sachgebiet Digitalisierung &amp;amp; E-Government ist zum 1. März eine Stelle als&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Datenanalystin / Datenanalyst (m/w/d), EG 11 TVöD&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;unbefristet zu besetzen.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Ihre Aufgaben:&lt;/strong&gt;&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Aufbau eines Datenkatalogs für die Fachämter&lt;/li&gt;&lt;li&gt;Auswertungen für Kreistag und Verwaltungsspitze&lt;/li&gt;&lt;li&gt;Begleitung der Umsetzung des Onlinezugangsgesetzes&lt;/li&gt;&lt;/ul&gt;`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'district administration; its health office is Public Sector too',
  },
  {
    id: 'in-021',
    company: 'Stadt Hohenbrück – Informatikdienste',
    text: `Die Informatikdienste der Stadt Hohenbrück betreuen rund 3.800 Arbeitsplätze der Stadtverwaltung, der Volksschulen und der Stadtpolizei. Wir betreiben die Fachanwendungen für Steuern, Einwohnerkontrolle und Baubewilligungen und bauen gerade eine gemeinsame Datenplattform für alle Departemente auf.

Für dieses Vorhaben suchen wir per 1. April oder nach Vereinbarung eine/n Data Engineer (80–100 %). Sie arbeiten mit Azure, dbt und SQL Server und stimmen sich eng mit den Fachabteilungen ab.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: "a city administration's IT unit is Public Sector, not IT",
  },
  {
    id: 'in-022',
    company: 'Lotsenpark GmbH',
    text: `Freie Stellplätze finden, bevor man im Kreis fährt: Unsere Bodensensoren und die dazugehörige Plattform zeigen Städten in Echtzeit, welche Parkplätze belegt sind, speisen Parkleitsysteme und verwalten Bewohnerparkausweise. Über 70 Kommunen in Deutschland, Österreich und den Niederlanden setzen Lotsenpark ein, und unsere Daten helfen Verkehrsplanern dabei, Parksuchverkehr zu senken.

Wir suchen eine:n Backend-Entwickler:in (Go, Kotlin) für unser Team in Karlsruhe.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: "product made for cities' parking management: Smart Cities",
  },
  {
    id: 'in-023',
    company: 'Verkehrsbetriebe Kallenberg AöR',
    text: `Wir bewegen Kallenberg: Mit 41 Buslinien, zwei Straßenbahnlinien und 1.200 Mitarbeitenden bringen wir jeden Tag 230.000 Fahrgäste ans Ziel. Als Anstalt des öffentlichen Rechts gehören wir zu 100 % der Stadt.

Für die Abteilung Angebotsplanung suchen wir eine/n Verkehrsdatenanalyst/in (m/w/d). Sie werten Fahrgastzählungen und Pünktlichkeitsdaten aus und bereiten den Fahrplanwechsel vor. Bezahlung nach TV-N, Jobticket inklusive.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'de',
    why: 'publicly run transport is Public Sector',
  },
  {
    id: 'in-024',
    company: 'Stadtwerke Wendlingen-Au GmbH',
    text: `Strom, Erdgas, Trinkwasser und Fernwärme für 46.000 Menschen – und seit drei Jahren auch das Freibad und die Ladesäulen in der Innenstadt: Die Stadtwerke Wendlingen-Au sind der Versorger vor Ort und zu 100 % im Besitz der Stadt.

Wir suchen eine:n Werkstudent:in (m/w/d) Energiedatenmanagement, 15–20 Stunden pro Woche. Du plausibilisierst Zählerdaten, pflegst Stammdaten in SAP IS-U und unterstützt bei Auswertungen für die Netzabrechnung.

Wir bieten dir flexible Arbeitszeiten, die dein Studium respektieren, eine Vergütung von 16 € pro Stunde und die Möglichkeit, deine Abschlussarbeit bei uns zu schreiben – etwa zu Lastprognosen für unser Stromnetz oder zum Ausbau der Wärmenetze.`,
    sector: null,
    lang: 'de',
    why: 'Stadtwerke here is a utility, unclassified even though the city owns it',
  },
  {
    id: 'in-025',
    company: 'Hochschule Weserbergland',
    text: `Die Hochschule Weserbergland ist eine staatliche Hochschule für angewandte Wissenschaften mit 9.500 Studierenden an drei Standorten. Der Fachbereich Gesundheit und Pflege arbeitet mit 25 Partnerkliniken und Pflegeeinrichtungen der Region zusammen.

Im Forschungsprojekt „KI in der Pflegedokumentation“ ist zum 1. Oktober eine Stelle als wissenschaftliche/r Mitarbeiter/in (m/w/d, E 13 TV-L, 75 %) zu besetzen, zunächst befristet auf drei Jahre. Promotion ist möglich.`,
    sector: null,
    lang: 'de',
    why: 'public university: unclassified despite its clinic partners',
  },
  {
    id: 'in-026',
    company: 'Brenner Spedition GmbH & Co. KG',
    text: `Über 600 Lkw, 14 Umschlaglager, ein Ziel: pünktliche Ware. Seit drei Generationen transportieren wir Stückgut und Teilladungen für Maschinenbauer, Baustoffhändler, Chemieunternehmen und Getränkehersteller in ganz Deutschland und Polen.

Für unsere Zentrale in Kassel suchen wir eine/n Analyst/in Netzwerkplanung (m/w/d). Sie optimieren Touren und Hauptläufe, bewerten neue Standorte und arbeiten mit unserem Transportmanagementsystem und Python.`,
    sector: null,
    lang: 'de',
  },
  {
    id: 'in-027',
    company: 'Personalwerk Nord GmbH',
    text: `Für unseren Kunden im Großraum Hamburg suchen wir im Rahmen der Direktvermittlung eine/n

BI-Entwickler/in (m/w/d)

Ihre Vorteile:
- Unbefristete Festanstellung direkt beim Kunden
- Gehalt bis 72.000 € plus Bonus
- Zwei Tage Homeoffice pro Woche

Ihre Aufgaben:
- Aufbau und Pflege von Power-BI-Berichten
- Modellierung im Data Warehouse
- Abstimmung mit den Fachbereichen`,
    sector: null,
    lang: 'de',
    why: "recruiter that does not say what its client does",
  },
  {
    id: 'in-028',
    company: 'Wernecke & Partner Unternehmensberatung',
    text: `Wernecke & Partner berät seit 25 Jahren Vorstände und Geschäftsführungen bei Strategie, Restrukturierung und Organisation. Ein Schwerpunkt liegt auf Banken, Versicherungen und Sparkassen – rund die Hälfte unserer Projekte kommt aus der Finanzbranche. 90 Beraterinnen und Berater arbeiten an unseren Standorten in Frankfurt und Düsseldorf.

Wir suchen Consultants (m/w/d) mit analytischem Profil, die Freude an Zahlen und an der Arbeit mit Menschen haben.`,
    sector: null,
    lang: 'de',
    why: 'management consultancy: unclassified, whatever its clients are',
  },
  {
    id: 'in-029',
    company: 'Windkraft Weinviertel AG',
    text: `Unsere 142 Anlagen im Weinviertel und im Nordburgenland erzeugen jedes Jahr rund 900 GWh Strom aus Wind – genug für 250.000 Haushalte. Bis 2030 wollen wir die Leistung verdoppeln und bauen dafür unsere ersten Photovoltaik- und Speicherprojekte.

Für die Betriebsführung in Poysdorf suchen wir eine/n Data Scientist (m/w/d) für vorausschauende Wartung: Sie werten Schwingungs- und SCADA-Daten unserer Turbinen aus und erkennen Schäden, bevor sie teuer werden.`,
    sector: null,
    lang: 'de',
    why: "energy producer; its 'Anlagen' are wind turbines, not a factory",
  },
  {
    id: 'in-030',
    company: 'Hotel Muntanella',
    text: `Hoch über dem Tal, mit 92 Zimmern, Spa, drei Restaurants und einer eigenen Skischule: Das Hotel Muntanella ist ein familiengeführtes Vier-Sterne-Superior-Haus im Bündnerland und seit 1911 im Besitz der Familie Caduff.

Zur Ergänzung unseres Teams suchen wir per Wintersaison oder nach Vereinbarung eine/n Revenue & Reservation Analyst (80–100 %). Sie steuern Preise und Kontingente und arbeiten mit unserem Property-Management-System und Excel.`,
    sector: null,
    lang: 'de',
  },
  // French: France, Belgium, Switzerland, Canada
  {
    id: 'in-031',
    company: "Mutuelle Armoricaine d'Assurances",
    text: `Qui sommes-nous ?
Fondée en 1934 par des instituteurs bretons, la Mutuelle Armoricaine d'Assurances assure aujourd'hui les voitures, les habitations et la responsabilité civile de 820 000 sociétaires dans tout l'Ouest. Pas d'actionnaires : nos résultats servent à maintenir des cotisations justes et à indemniser vite. Nos 1 400 salariés travaillent à Quimper, Rennes et dans 60 agences.

Pour notre direction Indemnisation, nous recherchons un(e) data scientist pour détecter les sinistres atypiques et accélérer le règlement des dossiers simples.

Vos missions :
- Construire des modèles de détection d'anomalies sur les déclarations de sinistres auto et habitation
- Mettre en production les modèles avec l'équipe data engineering
- Expliquer vos résultats aux gestionnaires et aux experts

Ce que nous offrons : 32 jours de congés, intéressement et participation, télétravail jusqu'à trois jours par semaine.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
    why: 'a mutuelle insuring cars and homes is an insurer, not a health insurer',
  },
  {
    id: 'in-032',
    company: 'Mutuelle Santé des Deux-Rives',
    text: `<p>La Mutuelle Santé des Deux-Rives protège 310&nbsp;000 adhérents et 2&nbsp;700 entreprises en Auvergne-Rhône-Alpes avec des complémentaires santé individuelles et collectives. Nous remboursons les soins, l&rsquo;optique et le dentaire, et gérons trois centres de santé mutualistes à Lyon et Villeurbanne.</p><p><strong>Votre mission</strong></p><ul><li>Analyser la consommation de soins et les tendances de remboursement</li><li>Construire les tableaux de bord de la direction technique</li></ul>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'health insurer (complémentaire santé) is Healthcare, not Finance',
  },
  {
    id: 'in-033',
    company: 'Caisse populaire des Trois-Ruisseaux',
    text: `La Caisse populaire des Trois-Ruisseaux est une coopérative de services financiers appartenant à ses 48 000 membres de la région de Lanaudière. Épargne, prêts hypothécaires, financement agricole et services aux entreprises : depuis 1941, les décisions se prennent ici, par des gens d'ici.

Nous sommes à la recherche d'un(e) analyste en crédit commercial, poste permanent à temps plein à Joliette. Tu analyseras les demandes de financement des PME et des fermes de la région et présenteras tes recommandations au comité de crédit.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'in-034',
    company: 'Virelo S.A.S.',
    text: `Tu veux bosser sur des paiements qui arrivent en moins de dix secondes ? On recrute un·e ingénieur·e backend senior à Paris.

Chez Virelo, on construit une API de paiement par virement instantané pour les marketplaces et les plateformes de location. Agréés établissement de paiement par l'ACPR, on traite déjà 2 milliards d'euros par an pour 300 clients. On est 55, dont 30 dans la tech, et on aime les revues de code bienveillantes autant que le Go bien écrit.

Stack : Go, PostgreSQL, Kafka, Kubernetes.`,
    sector: 'Finance & FinTech',
    lang: 'fr',
  },
  {
    id: 'in-035',
    company: 'Nexalis Conseil',
    text: `# Qui sommes-nous ?
Nexalis est une entreprise de services du numérique (ESN) lyonnaise de 450 consultants. Nous accompagnons nos clients dans le développement d'applications, la data et le cloud : banques et assurances, industriels de la chimie, grande distribution, hôpitaux et collectivités.

# Le poste
Au sein de notre pôle Data, vous interviendrez comme ingénieur(e) data chez l'un de nos clients de la région lyonnaise.
- Conception de pipelines sous Azure Data Factory et Databricks
- Modélisation et industrialisation des flux
- Accompagnement des équipes métier dans la définition des indicateurs

# Pourquoi nous rejoindre ?
- Un parcours de formation et de certification cloud financé
- Des communautés techniques qui se réunissent chaque mois
- Mutuelle, titres-restaurant et prime de cooptation`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: 'IT services firm serving many industries is IT',
  },
  {
    id: 'in-036',
    company: 'Studio Brumeloup',
    text: `Studio Brumeloup, c'est 140 passionnés dans le Mile End qui créent des jeux d'aventure narratifs pour consoles et PC. Notre dernier titre a rejoint plus de quatre millions de joueurs, et nous préparons une nouvelle licence en monde ouvert.

Nous cherchons un(e) analyste de données joueurs pour comprendre comment nos joueurs progressent, où ils décrochent et ce qui les fait revenir. Poste hybride à Montréal, assurance collective et REER collectif.`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
  },
  {
    id: 'in-037',
    company: 'Talvéa',
    text: `Chez Talvéa, on édite un logiciel RH en SaaS qui gère les entretiens annuels, les formations et les compétences de 1 200 entreprises : industriels, enseignes de la distribution, cliniques, cabinets d'avocats ou associations. Basés à Nantes, on est 120 et on a doublé en deux ans.

Ce qu'on t'offre :
- Mutuelle d'entreprise prise en charge à 100 %
- Tickets-restaurant de 10 €
- 2 jours de télétravail par semaine
- Forfait mobilités durables`,
    sector: 'Information Technology & Software Development',
    lang: 'fr',
    why: "HR software for all industries is IT; the mutuelle is a benefit",
  },
  {
    id: 'in-038',
    company: 'Groupe Lambrecht – Pôle Cliniques',
    text: `Le Groupe Lambrecht est actif dans l'immobilier, l'hôtellerie et la santé en Wallonie et à Bruxelles. Son Pôle Cliniques regroupe quatre cliniques privées (chirurgie de jour, orthopédie, ophtalmologie) qui accueillent 70 000 patients par an.

Pour le Pôle Cliniques, nous recherchons un(e) gestionnaire de données médicales (h/f/x) basé(e) à Namur. Vous fiabiliserez le codage des séjours et produirez les indicateurs d'activité pour les directions médicales.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: "group: the hiring unit runs clinics",
  },
  {
    id: 'in-039',
    company: 'Planiséo',
    text: `&lt;p&gt;Planiséo édite le logiciel de planification des équipes soignantes utilisé par plus de 260 hôpitaux et EHPAD en France et en Belgique. Roulements des infirmiers, gardes des médecins, remplacements de dernière minute : nous aidons les cadres de santé à faire tourner les services 24 h/24.&lt;/p&gt;&lt;p&gt;&lt;strong&gt;Développeur·se Full Stack (H/F)&lt;/strong&gt; – Toulouse ou télétravail&lt;/p&gt;`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'fr',
    why: 'software made for hospitals and care homes is Healthcare',
  },
  {
    id: 'in-040',
    company: 'Distrimarché Val de Loire',
    text: `Chaque matin, nos 46 magasins de proximité ouvrent leurs rayons de fruits et légumes, de boucherie à la coupe et de pain cuit sur place aux habitants de l'Indre-et-Loire et du Loir-et-Cher. Nos 1 300 collaborateurs connaissent leurs clients par leur prénom, et 40 % de nos produits frais viennent de producteurs situés à moins de 80 km.

Rattaché(e) au siège de Tours, vous rejoignez le service Approvisionnement comme analyste prévisions des ventes.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'in-041',
    company: 'Brocanto SRL',
    text: `Brocanto est la plateforme belge où 900 000 particuliers achètent et revendent des meubles, de la déco et de l'électroménager d'occasion. Nous organisons la livraison entre vendeurs et acheteurs et garantissons le paiement.

Notre équipe de 60 personnes à Bruxelles cherche un(e) Product Analyst (h/f/x) pour améliorer la recherche et les recommandations. SQL, Python, et l'envie de parler aux utilisateurs sont indispensables. Chèques-repas et écochèques.`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
  },
  {
    id: 'in-042',
    company: 'Maison Orlane',
    text: `<p><strong>À propos de Maison Orlane</strong></p><p>Depuis 2009, Maison Orlane dessine à Paris des vêtements et des sacs pour femmes, vendus exclusivement dans nos 34 boutiques en France et en Suisse et sur notre e-shop. Nos collections sont confectionnées par des ateliers partenaires au Portugal et en Italie.</p><p>Nous recherchons un(e) <strong>merchandiser data</strong> pour piloter l&rsquo;allocation des collections entre boutiques et e-shop.</p><p><strong>Vos missions</strong></p><ul><li>Prévoir les ventes par référence, taille et boutique</li><li>Proposer les réassorts hebdomadaires</li><li>Analyser les démarques et les retours clients</li></ul><p>Remise de 40&nbsp;% sur nos collections et tickets-restaurant.</p>`,
    sector: 'E-commerce & Retail',
    lang: 'fr',
    why: 'brand that designs and sells only in its own shops is Retail',
  },
  {
    id: 'in-043',
    company: "Fibre Vallée de l'Ain",
    text: `Nous déployons, exploitons et maintenons le réseau public de fibre optique de 390 communes de l'Ain, soit 260 000 prises. Une trentaine de fournisseurs d'accès louent notre réseau pour proposer le très haut débit aux particuliers, aux entreprises et aux mairies.

Nous recrutons un(e) technicien(ne) supervision réseau en CDI à Bourg-en-Bresse. Vous surveillerez le réseau depuis notre centre d'exploitation et coordonnerez les interventions en cas de panne.`,
    sector: 'Telecommunications',
    lang: 'fr',
  },
  {
    id: 'in-044',
    company: 'Câblovision Mauricie',
    text: `Agent(e) au service à la clientèle – Trois-Rivières, temps plein

Internet, télé et téléphonie pour 180 000 foyers de la Mauricie et du Centre-du-Québec : chez Câblovision, c'est notre centre d'appels local qui répond quand un client a une question sur sa facture ou quand son modem refuse de coopérer.

Ce que nous offrons : formation payée de six semaines, assurances collectives dès le premier jour et internet gratuit à la maison.`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: "cable operator's own call centre is Telecommunications",
  },
  {
    id: 'in-045',
    company: 'Antennor S.A.',
    text: `Antennor conçoit et fabrique à Lannion des antennes et des filtres radio pour les réseaux mobiles 4G et 5G. Nos produits équipent les sites de huit opérateurs européens et de deux équipementiers réseau ; 85 % de notre chiffre d'affaires est réalisé à l'export.

Pour notre bureau d'études, nous recherchons un(e) ingénieur(e) radiofréquence (H/F) qui conduira la simulation et les essais de nos antennes actives.`,
    sector: 'Telecommunications',
    lang: 'fr',
    why: 'maker of network equipment for mobile operators is Telecommunications',
  },
  {
    id: 'in-046',
    company: 'Aérostructures du Béarn',
    text: `Aérostructures du Béarn usine, assemble et contrôle des pièces de structure en titane et en aluminium pour les avionneurs et leurs équipementiers de rang 1 : nervures de voilure, cadres de fuselage, pièces de train d'atterrissage. 700 salariés, deux sites près de Pau.

Dans le cadre de la digitalisation de nos ateliers, nous recherchons un(e) ingénieur(e) méthodes industrialisation. Vous travaillerez avec CATIA, notre ERP et les données des machines 5 axes.

Votre profil : ingénieur(e) mécanique ou génie industriel, vous avez une première expérience en usinage ou en aéronautique. Vous aimez être sur le terrain, au contact des opérateurs, autant que derrière les données.

Nous offrons un poste en CDI, un 13e mois, un accord d'intéressement et un comité d'entreprise actif.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
  },
  {
    id: 'in-047',
    company: 'Laboratoires Vérane',
    text: `Les shampooings, gels douche et crèmes Vérane sont vendus en grandes surfaces et en parapharmacie dans 22 pays. Ils sont formulés et fabriqués dans notre usine de Saint-Jean-de-Braye, où 380 collaborateurs font tourner 11 lignes de conditionnement.

Rejoignez notre service Amélioration continue en tant que data analyst production : suivi du TRS des lignes, analyse des arrêts et appui aux projets de réduction des pertes.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: "cosmetics maker: 'Laboratoires' is not pharma, supermarkets not Retail",
  },
  {
    id: 'in-048',
    company: 'Vibralis',
    text: `Nos capteurs sans fil se fixent sur les moteurs, pompes et convoyeurs des usines et détectent les défauts de roulement plusieurs semaines avant la panne. Aciéries, papeteries, sites agroalimentaires : plus de 40 000 machines de production sont aujourd'hui surveillées par Vibralis.

Start-up grenobloise de 70 personnes, nous recherchons un(e) data scientist en traitement du signal pour améliorer nos modèles de diagnostic.`,
    sector: 'Automotive & Manufacturing',
    lang: 'fr',
    why: 'predictive maintenance made for factories is Manufacturing',
  },
  {
    id: 'in-049',
    company: 'Mairie de Saint-Fréjoux',
    text: `La ville de Saint-Fréjoux (42 000 habitants), ville-centre d'une agglomération dynamique, recrute par voie statutaire ou contractuelle un(e) chargé(e) de mission données et évaluation des politiques publiques (catégorie A, filière administrative).

Rattaché(e) à la Direction générale des services, vous développerez l'usage des données dans les services municipaux (état civil, écoles, voirie, CCAS) et piloterez l'ouverture des données publiques de la commune.

Vos missions :
- Recenser et cartographier les données produites par les services
- Construire des tableaux de bord pour les élus et la direction générale
- Accompagner les agents dans l'usage des outils de visualisation

Rémunération statutaire, régime indemnitaire, participation à la mutuelle et 27 jours de congés plus RTT.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'in-050',
    company: 'Agence nationale des données de mobilité',
    text: `<p>Établissement public administratif placé sous la tutelle du ministère chargé des transports, l&rsquo;Agence nationale des données de mobilité collecte et publie les horaires, les tarifs et la disponibilité des transports en commun, des vélos et des bornes de recharge de tout le territoire.</p><p>Nous recrutons un(e) <strong>ingénieur(e) de données</strong> (contrat de trois ans) pour fiabiliser et enrichir le point d&rsquo;accès national.</p>`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
  },
  {
    id: 'in-051',
    company: 'Tournéo',
    text: `Collecter les déchets de 400 000 habitants avec moins de camions : c'est ce que permet Tournéo. Notre logiciel calcule les tournées de collecte des ordures ménagères et du tri, suit les bennes en temps réel et alerte les agents quand un conteneur déborde. Plus de 90 collectivités et syndicats de déchets l'utilisent en France.

Nous recherchons un(e) développeur(se) en optimisation (recherche opérationnelle, Python) pour notre équipe de Rennes.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'fr',
    why: "software made for councils' waste collection is Smart Cities",
  },
  {
    id: 'in-052',
    company: 'École supérieure de santé publique et de biostatistique',
    text: `L'École supérieure de santé publique et de biostatistique est un établissement public d'enseignement supérieur qui forme chaque année 1 100 étudiants en épidémiologie, statistique et gestion des systèmes de santé. Nos équipes de recherche travaillent avec une vingtaine d'hôpitaux partenaires et les agences régionales de santé.

Poste : ingénieur(e) d'études en biostatistique, CDD de 24 mois, Rennes.`,
    sector: null,
    lang: 'fr',
    why: 'public higher-education school: unclassified despite hospital partners',
  },
  {
    id: 'in-053',
    company: 'Hydro-Dauphiné',
    text: `Nos 23 centrales hydroélectriques et nos 11 barrages, du Vercors à l'Oisans, produisent chaque année l'équivalent de la consommation de 600 000 habitants. Nous exploitons et modernisons ces ouvrages, dont certains ont plus de cent ans.

Nous recrutons un(e) data analyst pour notre centre de conduite de Grenoble : prévisions d'apports en eau, optimisation de la production et suivi de la performance des centrales.`,
    sector: null,
    lang: 'fr',
    why: "energy producer; its 'centrales' are power plants, not factories",
  },
  {
    id: 'in-054',
    company: 'Cabinet Talentia RH',
    text: `Talentia RH, cabinet de recrutement spécialisé dans les métiers de la donnée, recherche pour son client, une entreprise en forte croissance basée à Lille, un(e) :

Data Engineer confirmé(e) – CDI

Votre mission : concevoir et maintenir les pipelines de données, fiabiliser l'entrepôt sous Snowflake et accompagner les équipes métier.

Rémunération : 50–60 k€ selon profil, mutuelle, RTT.`,
    sector: null,
    lang: 'fr',
    why: "recruiter that does not say what its client does",
  },
  {
    id: 'in-055',
    company: 'Restoval',
    text: `Restoval prépare et sert chaque jour 85 000 repas dans 320 restaurants d'entreprise, cantines scolaires et maisons de retraite du Grand Est. Nos cuisiniers travaillent avec des produits frais et locaux, et nos diététiciens conçoivent les menus avec nos clients.

Nous recherchons un(e) contrôleur(se) de gestion opérationnel(le) pour suivre les coûts matière et la rentabilité de nos sites.`,
    sector: null,
    lang: 'fr',
    why: 'contract caterer: food service is unclassified, not Retail or Healthcare',
  },
  // Spanish: Spain, Mexico, Colombia, Argentina
  {
    id: 'in-056',
    company: 'Caja Rural de Valdeoliva, S.C.C.',
    text: `Quiénes somos
Caja Rural de Valdeoliva es una cooperativa de crédito con 92 oficinas en las provincias de Jaén y Córdoba. Desde 1963 financiamos a agricultores, almazaras, autónomos y familias, y hoy gestionamos más de 4.000 millones de euros en depósitos de 210.000 clientes.

Buscamos un/a Analista de Riesgo de Crédito para nuestros servicios centrales en Jaén. Desarrollarás y validarás modelos de scoring para préstamos a particulares y campañas agrícolas, trabajando con SAS y Python.

Qué ofrecemos:
- Contrato indefinido y retribución acorde a la experiencia
- Horario intensivo de verano y teletrabajo parcial
- Condiciones financieras ventajosas como empleado de la entidad
- Plan de formación en riesgos y certificaciones oficiales`,
    sector: 'Finance & FinTech',
    lang: 'es',
    why: "a 'caja rural' is a credit cooperative; farm lending does not make it agriculture",
  },
  {
    id: 'in-057',
    company: 'Tandapp',
    text: `¿Te acuerdas de las tandas que organizaba tu tía? Nosotros las llevamos al celular. Tandapp es la app con la que 2,4 millones de personas en México ahorran en grupo, reciben su dinero a tiempo y construyen historial crediticio para su primer préstamo.

Estamos buscando un(a) Data Scientist de Riesgo en la CDMX (esquema híbrido). Vas a construir los modelos que deciden quién recibe crédito y cuánto. Trabajamos con Python, BigQuery y muchas ganas de incluir a quienes los bancos dejaron fuera.

Lo que harás:
- Diseñar modelos de originación y de cobranza con datos alternativos
- Medir el desempeño de cada modelo y proponer mejoras con pruebas controladas
- Trabajar de la mano con producto y operaciones para que cada decisión se explique

Lo que ofrecemos: sueldo competitivo, acciones de la empresa, seguro de gastos médicos mayores, 20 días de vacaciones desde el primer año y un presupuesto anual para cursos y conferencias.`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'in-058',
    company: 'Estudio Barrientos & Asociados',
    text: `Estudio Barrientos & Asociados es un estudio contable e impositivo con 40 años de trayectoria en Rosario. Llevamos la contabilidad, las liquidaciones de sueldos y las declaraciones ante AFIP e ingresos brutos de más de 600 PyMEs, comercios y productores agropecuarios de la región.

Incorporamos un/a Analista Contable Semi Senior para el área de auditoría. Se valorará manejo avanzado de Excel y de Tango Gestión.`,
    sector: 'Finance & FinTech',
    lang: 'es',
  },
  {
    id: 'in-059',
    company: 'Ordenalia Software S.L.',
    text: `<p><strong>Sobre nosotros</strong></p><p>En Ordenalia desarrollamos un software de gestión de proyectos y facturación para despachos de arquitectura, ingenierías, agencias y consultoras. Más de 3.500 empresas en España y Latinoamérica trabajan cada día con nuestra plataforma.</p><p><strong>Qué ofrecemos</strong></p><ul><li>Seguro médico privado para ti y tu familia</li><li>Retribución flexible: transporte, guardería y formación</li><li>Jornada intensiva los viernes y en agosto</li><li>Oficina en el centro de Madrid, teletrabajo tres días</li></ul><p><strong>Qué buscamos</strong></p><p>Un/a <strong>Data Engineer</strong> que mantenga y mejore nuestra plataforma de datos (Airflow, dbt, BigQuery) y que ayude a producto a medir el uso real de cada funcionalidad.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
    why: 'private health insurance is a benefit, not the sector',
  },
  {
    id: 'in-060',
    company: 'Andes Código S.A.S.',
    text: `Somos Andes Código, una compañía de desarrollo de software nearshore con sede en Medellín y 380 ingenieros en Colombia. Desde hace 12 años construimos aplicaciones web y móviles para clientes de Estados Unidos y Canadá: bancos regionales, cadenas de restaurantes, empresas de salud y start-ups de logística.

Buscamos Desarrollador/a Backend Senior (Node.js, AWS) con inglés conversacional. Contrato a término indefinido, trabajo remoto desde cualquier ciudad de Colombia.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
  },
  {
    id: 'in-061',
    company: 'Quillay Datos S.A.',
    text: `Cada día procesamos 40.000 millones de eventos para 300 empresas de América Latina: los recibimos, los limpiamos y los dejamos listos para que sus analistas respondan preguntas en segundos. Nuestra plataforma corre en nubes públicas y en centros de datos propios en Buenos Aires y San Pablo.

Buscamos un/a Ingeniero/a de Datos Senior para el equipo de ingesta. Stack: Scala, Spark, Kafka, ClickHouse. Modalidad remota desde Argentina, con encuentros trimestrales en nuestra oficina de Palermo.`,
    sector: 'Information Technology & Software Development',
    lang: 'es',
  },
  {
    id: 'in-062',
    company: 'Laboratorios Farmavera, S.A.',
    text: `Laboratorios Farmavera es una compañía farmacéutica española dedicada al desarrollo y fabricación de medicamentos genéricos. Desde nuestras dos plantas en Alcalá de Henares producimos cada año más de 900 millones de comprimidos y cápsulas que llegan a farmacias y hospitales de 35 países.

Buscamos un/a Técnico/a de Validación de Sistemas Informatizados (GAMP 5) para nuestro departamento de Garantía de Calidad.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'in-063',
    company: 'Residencias Olivar de Luz',
    text: `En nuestras siete residencias de Sevilla y Huelva viven 840 personas mayores. Nuestro equipo de enfermería, auxiliares, fisioterapeutas y médicos las acompaña las 24 horas, y más de 300 familias confían además en nuestro servicio de ayuda a domicilio.

Para la oficina central buscamos un/a Responsable de Sistemas de Información que coordine la historia clínica electrónica, la planificación de turnos y los indicadores de calidad asistencial.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'in-064',
    company: 'Clinarta Research',
    text: `Clinarta Research es una organización de investigación por contrato (CRO) que gestiona ensayos clínicos de fase I a IV para compañías farmacéuticas y biotecnológicas. Con sede en Barcelona y oficinas en Madrid, Lisboa y Ciudad de México, hemos coordinado más de 400 estudios en oncología, enfermedades raras y vacunas.

Se incorpora un/a Bioestadístico/a con experiencia en SAS y R para el análisis de ensayos y la redacción de planes estadísticos.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'es',
  },
  {
    id: 'in-065',
    company: 'Súper Norteño S.A. de C.V.',
    text: `Somos la cadena de supermercados regional de Nuevo León y Coahuila: 112 tiendas, 9.000 colaboradores y un centro de distribución en Apodaca que surte frutas, carnes y abarrotes todos los días.

Buscamos Analista de Inteligencia Comercial para nuestro corporativo en Monterrey. Analizarás ventas por tienda y categoría, medirás el efecto de las promociones y apoyarás al área de compras. Prestaciones superiores a las de ley, vales de despensa y descuento en nuestras tiendas.

Requisitos:
- Licenciatura en Actuaría, Economía, Ingeniería o afín
- Dominio de SQL y Excel avanzado; deseable Python
- Dos años de experiencia en análisis comercial, de preferencia en retail`,
    sector: 'E-commerce & Retail',
    lang: 'es',
  },
  {
    id: 'in-066',
    company: 'Mandao',
    text: `Mercado en 20 minutos: con Mandao, 1,1 millones de personas en Bogotá, Medellín y Cali piden frutas, verduras, carne y productos de aseo desde el celular, y nuestros repartidores los llevan desde 45 mini-bodegas urbanas.

Buscamos un(a) Analista de Operaciones para el equipo de Bogotá: vas a pronosticar la demanda por bodega, planear el inventario y reducir los pedidos incompletos. SQL y Python son el día a día.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'grocery delivery app where consumers buy goods is Retail',
  },
  {
    id: 'in-067',
    company: 'Automóviles Guadalmina S.L.',
    text: `Automóviles Guadalmina es concesionario oficial de dos marcas europeas en la Costa del Sol, con exposiciones de vehículos nuevos y de ocasión en Marbella, Estepona y Málaga, además de taller y recambios. El año pasado entregamos más de 3.200 coches.

Buscamos un/a Responsable de Marketing Digital y CRM que gestione las campañas, los leads de la web y la relación con nuestros clientes durante todo el ciclo de vida del vehículo.`,
    sector: 'E-commerce & Retail',
    lang: 'es',
    why: 'car dealership is Retail, not Automotive',
  },
  {
    id: 'in-068',
    company: 'Ondanet Rural S.L.',
    text: `Llevamos internet donde otros no llegan. Desde 2011 conectamos pueblos de Teruel, Soria y Guadalajara con nuestra red de radioenlaces y, desde hace tres años, con fibra hasta el hogar. Hoy damos servicio de internet y telefonía a 27.000 hogares, granjas y pequeñas empresas de 300 municipios.

Se busca Técnico/a de Red (NOC) en Teruel para monitorizar la red, resolver incidencias y coordinar a los instaladores.`,
    sector: 'Telecommunications',
    lang: 'es',
  },
  {
    id: 'in-069',
    company: 'Selecta Talento Consultores',
    text: `En Selecta Talento buscamos, para nuestro cliente, una empresa líder en infraestructura de torres de telecomunicaciones con más de 6.000 sitios en México que renta a los principales operadores móviles, un(a):

Analista de Datos de Sitios – Guadalajara

Responsabilidades:
- Mantener el inventario técnico de torres, contratos y arrendamientos
- Elaborar reportes de ocupación y ingresos por sitio
- Automatizar procesos en Power BI y Python`,
    sector: 'Telecommunications',
    lang: 'es',
    why: 'recruiter: the client, a tower company, is the employer',
  },
  {
    id: 'in-070',
    company: 'Tarifa Sistemas S.A.',
    text: `Tarifa Sistemas desarrolla desde Córdoba (Argentina) la plataforma de facturación y cobro que usan 35 operadores de telefonía móvil, cable e internet de América Latina. Cada mes nuestro sistema calcula 60 millones de facturas, aplica planes, recargas y promociones, y gestiona la mediación de llamadas y datos.

Buscamos Desarrolladores/as Java Semi Senior y Senior para el equipo de Rating & Charging. Trabajo híbrido, prepaga de primer nivel para vos y tu grupo familiar.`,
    sector: 'Telecommunications',
    lang: 'es',
    why: 'billing software made for operators is Telecommunications',
  },
  {
    id: 'in-071',
    company: 'Estampaciones Miñor, S.A.',
    text: `Estampaciones Miñor fabrica piezas metálicas estampadas y conjuntos soldados para carrocerías: refuerzos de pilar, travesaños y soportes de suspensión. Somos proveedor Tier 1 de cuatro fabricantes de automóviles y contamos con dos plantas en Pontevedra y una en Marruecos, con 1.150 personas.

Buscamos Ingeniero/a de Calidad de Proceso para la planta de Gondomar. Se valorará conocimiento de IATF 16949, APQP y análisis de datos con Minitab.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
  },
  {
    id: 'in-072',
    company: 'Cervecería del Altiplano',
    text: `&lt;p&gt;&lt;strong&gt;¿Quiénes somos?&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;En Cervecería del Altiplano elaboramos cervezas artesanales y de temporada desde 2004 en San Luis Potosí. Nuestras 14 etiquetas se venden en tiendas de conveniencia, supermercados y bares de todo México y en Estados Unidos.&lt;/p&gt;&lt;p&gt;Buscamos un(a) &lt;strong&gt;Planeador(a) de Producción&lt;/strong&gt; para nuestra planta, responsable del programa de cocimientos, envasado y materias primas.&lt;/p&gt;`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: 'brewer selling in shops: makers of goods are Manufacturing',
  },
  {
    id: 'in-073',
    company: 'Empaques Andinos S.A.S.',
    text: `Empaques Andinos produce cajas de cartón corrugado, plegadizas y bolsas de papel para empresas de alimentos, flores, farmacéuticas y cosméticos. Nuestra planta de Funza, en Cundinamarca, opera 24/7 con 520 colaboradores y transforma más de 90.000 toneladas de papel al año.

Estamos buscando un/a Analista de Mantenimiento Predictivo para monitorear nuestras corrugadoras e impresoras flexográficas.`,
    sector: 'Automotive & Manufacturing',
    lang: 'es',
    why: "packaging maker; its pharmaceutical clients do not make it Healthcare",
  },
  {
    id: 'in-074',
    company: 'Ayuntamiento de Villanueva del Arcillar',
    text: `El Ayuntamiento de Villanueva del Arcillar convoca un proceso selectivo para cubrir, en régimen de interinidad, una plaza de Técnico/a de Administración Electrónica y Datos (subgrupo A2).

Funciones: impulsar la sede electrónica municipal, coordinar el padrón y el registro, gestionar el portal de transparencia y datos abiertos y dar soporte a los servicios municipales de urbanismo, servicios sociales y policía local.

Plazo de presentación de solicitudes: 20 días hábiles desde la publicación en el BOP.

Requisitos: grado universitario o equivalente, conocimientos en procedimiento administrativo, protección de datos y gestores de expedientes. Se valorará experiencia en otras administraciones locales.

Las bases completas pueden consultarse en el tablón de anuncios y en la sede electrónica del Ayuntamiento.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
  },
  {
    id: 'in-075',
    company: 'Alcaldía de Santa Rosa del Guatiquía',
    text: `La Secretaría de Planeación de la Alcaldía de Santa Rosa del Guatiquía requiere un(a) profesional universitario para apoyar la formulación del plan de desarrollo municipal y el seguimiento a indicadores de salud pública, educación y vías.

Tipo de vinculación: contrato de prestación de servicios por seis meses. Requisitos: título en estadística, economía o ingeniería y manejo de Excel y herramientas SIG.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'municipal government; public-health indicators do not make it Healthcare',
  },
  {
    id: 'in-076',
    company: 'Semaforia Urbana S.L.',
    text: `Nuestro software controla más de 14.000 cruces semaforizados en 60 ciudades de España y Latinoamérica. Da prioridad a autobuses y ambulancias, ajusta los tiempos según el tráfico real y avisa a los centros de control municipales cuando algo falla.

Buscamos Ingeniero/a de Software Embebido (C++) para nuestras oficinas en Valencia. Trabajarás con los reguladores de tráfico y con los equipos técnicos de los ayuntamientos clientes.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'es',
    why: 'traffic-signal platform sold to cities is Smart Cities',
  },
  {
    id: 'in-077',
    company: 'Viajes Miramar',
    text: `Viajes Miramar organiza circuitos, cruceros y escapadas para 150.000 viajeros al año desde sus 38 agencias en Galicia, Asturias y Castilla y León y su web. También gestionamos los viajes de empresa de más de 400 compañías.

Buscamos un/a Revenue Manager para diseñar precios y cupos de nuestros paquetes vacacionales. Ofrecemos seguro médico, descuentos en viajes y horario flexible.`,
    sector: null,
    lang: 'es',
    why: 'travel agency is unclassified, though it sells from agencies and a website',
  },
  {
    id: 'in-078',
    company: 'Cooperativa Agrícola La Pampa Unida Ltda.',
    text: `Somos una cooperativa de 1.300 productores agropecuarios del oeste bonaerense. Acopiamos y comercializamos trigo, maíz y soja, proveemos semillas, fertilizantes y asesoramiento técnico a nuestros asociados y operamos cinco plantas de silos.

Buscamos Analista de Sistemas para la sede de Trenque Lauquen, que acompañe la migración de nuestro sistema de gestión y el desarrollo de tableros para los productores.`,
    sector: null,
    lang: 'es',
    why: "farmers' cooperative is unclassified",
  },
  {
    id: 'in-079',
    company: 'Constructora Sierra Alta S.A. de C.V.',
    text: `Desde 1987 hemos construido más de 40 hospitales y clínicas, 25 centros comerciales y cientos de naves industriales en el Bajío y el norte del país. Hoy tenemos 18 obras activas y 2.600 trabajadores.

Buscamos Coordinador(a) BIM para nuestras oficinas de Querétaro, responsable de modelos en Revit, coordinación de instalaciones y control de estimaciones.`,
    sector: null,
    lang: 'es',
    why: 'builder: the hospitals and malls it builds do not set its sector',
  },
  {
    id: 'in-080',
    company: 'Minerales del Cesar S.A.S.',
    text: `Minerales del Cesar extrae y beneficia carbón térmico en dos minas a cielo abierto en el departamento del Cesar y lo transporta por tren hasta el puerto. En nuestra planta de lavado procesamos 9 millones de toneladas al año.

Requerimos Ingeniero/a de Datos de Operaciones Mineras para integrar la información de flota, perforación y planta en un único repositorio.`,
    sector: null,
    lang: 'es',
    why: "mining company; its 'planta' is a coal-washing plant",
  },
  // Italian
  {
    id: 'in-081',
    company: 'BCC della Val Fiorana',
    text: `Chi siamo
La BCC della Val Fiorana è una banca di credito cooperativo con 34 filiali tra le province di Brescia e Bergamo. I nostri 11.000 soci e 68.000 clienti sono famiglie, artigiani, agricoltori e piccole imprese del territorio, a cui offriamo conti, mutui, finanziamenti e servizi di investimento.

Per l'Ufficio Pianificazione e Controllo di Gestione ricerchiamo un/una Data Analyst che costruisca la reportistica direzionale e supporti il calcolo degli indicatori di rischio.

Requisiti:
- Laurea in discipline economiche, statistiche o informatiche
- Buona conoscenza di SQL e di strumenti di business intelligence
- Esperienza nel settore bancario gradita

Offriamo contratto a tempo indeterminato secondo il CCNL del Credito Cooperativo, orario flessibile e welfare aziendale.`,
    sector: 'Finance & FinTech',
    lang: 'it',
  },
  {
    id: 'in-082',
    company: 'Pagalì S.r.l.',
    text: `Con i nostri terminali POS e la nostra app, 85.000 negozi, bar e parrucchieri in tutta Italia incassano con carta e smartphone e ricevono i soldi sul conto il giorno dopo. Pagalì è un istituto di pagamento autorizzato da Banca d'Italia e gestisce ogni anno oltre 6 miliardi di euro di transazioni.

Cerchiamo un/una Fraud Analyst per il nostro team di Milano: monitorerai le transazioni sospette, affinerai le regole antifrode e lavorerai con i data scientist sui modelli di scoring.`,
    sector: 'Finance & FinTech',
    lang: 'it',
    why: 'payment institution: the shops are its clients, not its business',
  },
  {
    id: 'in-083',
    company: 'Retesoft S.p.A.',
    text: `<p><strong>Chi siamo</strong></p><p>Retesoft è una software house milanese con 320 persone. Dal 1998 sviluppiamo applicazioni su misura, portali e integrazioni per aziende di ogni settore: moda, editoria, energia, assicurazioni, pubblica amministrazione. Siamo partner certificati dei principali cloud provider.</p><p><strong>Chi cerchiamo</strong></p><p>Un/una <strong>Sviluppatore .NET Senior</strong> da inserire nel team che segue i progetti di integrazione ERP e CRM.</p><ul><li>Analisi dei requisiti con i clienti</li><li>Sviluppo di servizi REST e integrazioni</li><li>Code review e mentoring dei colleghi più giovani</li></ul><p>Ticket restaurant, assicurazione sanitaria integrativa e tre giorni di lavoro da remoto.</p>`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
  },
  {
    id: 'in-084',
    company: 'Lumenastra',
    text: `Siamo una startup torinese di 25 persone e costruiamo modelli linguistici specializzati sull'italiano: li addestriamo, li mettiamo in produzione e li offriamo via API a chi sviluppa assistenti, motori di ricerca interni e strumenti di sintesi dei documenti.

Stiamo cercando un/una ML Engineer con esperienza di training distribuito (PyTorch, GPU cluster). Offriamo stock option, budget per conferenze e assicurazione sanitaria integrativa.`,
    sector: 'Information Technology & Software Development',
    lang: 'it',
    why: 'AI company selling a general API; health insurance is a benefit',
  },
  {
    id: 'in-085',
    company: 'Farmacie Riunite del Tigullio',
    text: `Farmacie Riunite del Tigullio gestisce 27 farmacie tra Genova e La Spezia, con servizi di telemedicina, autoanalisi, preparazioni galeniche e consegna a domicilio dei farmaci per i pazienti cronici.

Per la sede di Chiavari cerchiamo un/una Category & Data Analyst che segua l'assortimento di parafarmaco, l'andamento delle vendite e il programma fedeltà. Completa il profilo la conoscenza di Power BI.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
    why: 'pharmacy chain is Healthcare, though it sells goods in shops',
  },
  {
    id: 'in-086',
    company: 'Residenza Glicine',
    text: `Nella nostra residenza sanitaria assistenziale a Pordenone vivono 160 anziani non autosufficienti. Ogni giorno infermieri, operatori socio-sanitari, fisioterapisti e il medico di struttura si prendono cura di loro, mentre il centro diurno accoglie altre 30 persone.

Cerchiamo un/una Coordinatore/Coordinatrice Infermieristico/a con esperienza nella gestione dei turni e della documentazione sanitaria elettronica.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'in-087',
    company: 'Biomedica Secchia S.p.A.',
    text: `Biomedica Secchia progetta e produce a Mirandola linee ematiche, filtri e kit monouso per emodialisi e terapie intensive. I nostri dispositivi medici vengono utilizzati ogni giorno in oltre 2.000 centri dialisi in 50 paesi.

Per lo stabilimento ricerchiamo un/una Ingegnere di Processo che si occupi di convalida delle linee di assemblaggio e dello stampaggio a iniezione in camera bianca.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'it',
  },
  {
    id: 'in-088',
    company: 'Enoteca Digitale S.r.l.',
    text: `Più di 6.000 etichette da 900 cantine, spedite in 48 ore in tutta Europa: la nostra enoteca online vende ogni anno 1,5 milioni di bottiglie a 200.000 appassionati, e le ultime annate dei piccoli produttori arrivano da noi prima che altrove.

Entra nel team e-commerce di Verona come CRM & Marketing Automation Specialist: segmentazione dei clienti, newsletter, campagne personalizzate.

Cosa farai:
- Costruirai i flussi automatici di benvenuto, riacquisto e carrello abbandonato
- Analizzerai il comportamento dei clienti per proporre le bottiglie giuste al momento giusto
- Collaborerai con i sommelier del nostro team acquisti per raccontare le nuove cantine

Cosa offriamo: contratto a tempo indeterminato, smart working due giorni a settimana, buoni pasto e uno sconto del 30% su tutto il catalogo.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
  },
  {
    id: 'in-089',
    company: 'Elettroforniture Padane S.p.A.',
    text: `Elettroforniture Padane è un distributore all'ingrosso di materiale elettrico, illuminazione e fotovoltaico. Da 45 punti vendita in Emilia-Romagna e Lombardia e da un magazzino centrale di 30.000 m² serviamo ogni giorno installatori, imprese edili e quadristi con oltre 80.000 articoli a stock.

Ricerchiamo un/una Demand Planner che ottimizzi le scorte dei punti vendita e del magazzino centrale.`,
    sector: 'E-commerce & Retail',
    lang: 'it',
    why: 'wholesaler and distributor of goods is Retail by the rule',
  },
  {
    id: 'in-090',
    company: 'Ondaverde Telecomunicazioni',
    text: `Portiamo internet veloce dove la fibra arriva tardi: con la nostra rete radio FWA e 2.000 km di fibra di proprietà colleghiamo 95.000 famiglie e imprese in 410 comuni di Marche, Umbria e Abruzzo, e offriamo anche telefonia fissa e mobile.

Cerchiamo un/una Network Engineer per il NOC di Ancona: monitoraggio della rete, gestione dei guasti e pianificazione della capacità.`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'in-091',
    company: 'Lumi Mobile S.p.A.',
    text: `Lumi è l'operatore mobile digitale che ha deciso di farla finita con costi nascosti e call center infiniti: SIM che si attiva dall'app, offerte chiare e assistenza in chat in meno di due minuti. In tre anni ci hanno scelto 900.000 clienti.

Cerchiamo un/una Product Data Analyst a Milano per capire come i clienti usano l'app e perché qualcuno se ne va. Ambiente giovane, buoni pasto, smart working.`,
    sector: 'Telecommunications',
    lang: 'it',
  },
  {
    id: 'in-092',
    company: 'Fotonica Tirrena S.r.l.',
    text: `&lt;p&gt;Fotonica Tirrena progetta e produce a Pisa apparati di trasmissione ottica DWDM e transponder coerenti per le dorsali degli operatori di telecomunicazioni. I nostri sistemi trasportano il traffico di 15 operatori in Europa e Medio Oriente.&lt;/p&gt;&lt;p&gt;Cerchiamo un/una &lt;strong&gt;Firmware Engineer&lt;/strong&gt; (C, FPGA) per il laboratorio di sviluppo.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'it',
    why: 'network equipment for operators is Telecommunications, not Manufacturing',
  },
  {
    id: 'in-093',
    company: 'Imballtec S.p.A.',
    text: `Imballtec progetta e costruisce macchine automatiche per il confezionamento di capsule di caffè, tè e prodotti in polvere. Da Casalecchio di Reno esportiamo l'88% della produzione; le nostre linee lavorano in 60 paesi per torrefazioni e aziende alimentari.

Ricerchiamo un/una Software Engineer PLC e HMI da inserire nell'Ufficio Tecnico Elettrico.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
  },
  {
    id: 'in-094',
    company: 'Torrefazione Bellavista',
    text: `Il nostro espresso si trova sugli scaffali di 7.000 supermercati in Italia e all'estero, ma nasce ancora qui, nella torrefazione di Trieste aperta dal nonno nel 1948. Tostiamo 18.000 tonnellate di caffè all'anno su quattro linee e confezioniamo grani, macinato e capsule.

Cerchiamo un/una Responsabile Pianificazione della Produzione, con esperienza in SAP PP e nella gestione di linee di confezionamento.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'coffee roaster whose goods are sold in supermarkets: Manufacturing',
  },
  {
    id: 'in-095',
    company: 'Orizzonte Selezione',
    text: `Orizzonte Selezione ricerca, per azienda cliente, primario gruppo produttore di sistemi frenanti per auto e moto con stabilimenti in Lombardia e Piemonte, un/una:

INGEGNERE DI PROCESSO – FONDERIA

Il/la candidato/a, inserito/a nella funzione Engineering dello stabilimento di Bergamo, si occuperà dell'ottimizzazione dei processi di fusione dei dischi freno e dell'analisi dei dati di scarto.

Sede di lavoro: provincia di Bergamo.`,
    sector: 'Automotive & Manufacturing',
    lang: 'it',
    why: 'recruiter: the client, a brake-system maker, is the employer',
  },
  {
    id: 'in-096',
    company: 'Comune di Roccabruna del Piano',
    text: `Il Comune di Roccabruna del Piano indice un concorso pubblico, per esami, per la copertura a tempo pieno e indeterminato di n. 1 posto di Istruttore Direttivo Informatico (Area dei Funzionari) presso il Settore Innovazione e Transizione Digitale.

Il/la vincitore/vincitrice si occuperà della gestione dei servizi online per i cittadini, dell'anagrafe digitale e dei progetti finanziati dal PNRR.

Requisiti di ammissione: laurea magistrale in informatica, ingegneria o discipline equipollenti; cittadinanza italiana o di uno Stato membro dell'Unione europea; idoneità fisica all'impiego.

La domanda di partecipazione deve essere presentata esclusivamente tramite il portale nazionale del reclutamento entro trenta giorni dalla pubblicazione del bando.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
  },
  {
    id: 'in-097',
    company: 'Consorzio Trasporti Pubblici Val Padana',
    text: `Siamo l'azienda pubblica che gestisce autobus urbani ed extraurbani per 52 comuni tra Cremona e Mantova: 290 mezzi, 22 milioni di passeggeri all'anno. Il consorzio è interamente di proprietà degli enti locali soci.

Cerchiamo un/una Analista della Mobilità che elabori i dati di bigliettazione e di conta passeggeri per ridisegnare la rete.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'it',
    why: 'publicly run transport owned by the councils is Public Sector',
  },
  {
    id: 'in-098',
    company: 'Fondazione Istituto di Ricerca Biomedica Tommaso Lanzi',
    text: `La Fondazione Istituto di Ricerca Biomedica Tommaso Lanzi è un ente di ricerca senza scopo di lucro con sede a Padova. I nostri 230 ricercatori studiano le basi genetiche delle malattie neurodegenerative e collaborano con ospedali e università in tutta Europa.

Cerchiamo un/una Bioinformatico/a per l'analisi di dati di sequenziamento single-cell.`,
    sector: null,
    lang: 'it',
    why: 'non-profit research institute is unclassified, even in biomedicine',
  },
  {
    id: 'in-099',
    company: 'Studio Legale Martinelli Fumagalli',
    text: `Studio Legale Martinelli Fumagalli è uno studio indipendente con 70 professionisti a Milano e Roma, attivo nel diritto bancario e finanziario, nel contenzioso e nella regolamentazione. Assistiamo banche, assicurazioni, fondi e fintech nei rapporti con le autorità di vigilanza.

Cerchiamo un/una Legal Data Analyst per il nostro team di knowledge management.`,
    sector: null,
    lang: 'it',
    why: 'law firm: unclassified, although its clients are banks',
  },
  {
    id: 'in-100',
    company: 'Gruppo Ferrandi – Divisione Reti Idriche e Gas',
    text: `La Divisione Reti Idriche e Gas del Gruppo Ferrandi gestisce il servizio idrico integrato e la distribuzione del gas per 650.000 abitanti tra Veneto e Friuli: acquedotti, depuratori, 9.000 km di rete.

Per il centro di telecontrollo di Treviso cerchiamo un/una Data Scientist per la previsione dei consumi e la ricerca delle perdite.`,
    sector: null,
    lang: 'it',
    why: 'group: the hiring unit is a water and gas utility',
  },
  // Dutch: Netherlands, Belgium
  {
    id: 'in-101',
    company: 'Stichting Pensioenfonds Zorgwerk',
    text: `Over ons
Pensioenfonds Zorgwerk regelt het pensioen van 1,1 miljoen mensen die werken of werkten in ziekenhuizen, verpleeghuizen en de thuiszorg. We beleggen ruim 70 miljard euro voor onze deelnemers, verantwoord en met oog voor de lange termijn.

Voor onze afdeling Risicomanagement in Utrecht zoeken we een Quantitative Risk Analyst die onze balansmodellen en scenarioanalyses verder ontwikkelt.

Wat ga je doen?
- Je bouwt en onderhoudt modellen voor rente-, inflatie- en langlevenrisico
- Je rapporteert over de financiële positie aan het bestuur
- Je denkt mee over de overstap naar het nieuwe pensioenstelsel

Wat bieden wij? Een salaris tot 6.800 euro bruto per maand, een goede pensioenregeling (uiteraard) en veel ruimte om thuis te werken.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'pension fund is Finance; its members working in care do not count',
  },
  {
    id: 'in-102',
    company: 'Veritrail B.V.',
    text: `Veritrail bouwt software die banken en betaalinstellingen helpt witwassen en fraude op te sporen. Ons platform scoort elke dag 40 miljoen transacties voor 30 financiële instellingen in Europa en zet verdachte patronen direct door naar hun compliance-teams.

We zoeken een Senior Data Scientist (Amsterdam, hybride) die onze netwerkmodellen voor transactiemonitoring verbetert. Je werkt met Python, Spark en graph databases.`,
    sector: 'Finance & FinTech',
    lang: 'nl',
    why: 'anti-money-laundering scoring made for banks is Finance',
  },
  {
    id: 'in-103',
    company: 'Plankton',
    text: `Wij zijn Plankton: een Amsterdamse scale-up met 180 collega's die een planningsplatform bouwt voor teams die in ploegen werken. Horecazaken, bouwbedrijven, musea en kinderopvang plannen er hun roosters mee en 400.000 medewerkers wisselen er hun diensten via onze app.

Wat wij bieden:
- Een goed salaris en aandelenopties
- Een zorgverzekering met collectiviteitskorting
- Een OV-kaart of fietsplan
- 27 vakantiedagen

Wat ga je doen?
Als Senior Backend Engineer in het team Roosters werk je aan de planningsmotor die elke week 2 miljoen diensten verdeelt. Je schrijft Kotlin, werkt met PostgreSQL en Kafka en bepaalt samen met product wat we als volgende bouwen. We werken vanuit ons kantoor aan de Amstel en thuis, en we nemen onze on-call serieus én eerlijk verdeeld.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'scheduling software for many industries; health insurance is a benefit',
  },
  {
    id: 'in-104',
    company: 'Bitlande NV',
    text: `Bitlande is een Gentse IT-dienstverlener met 260 consultants. We bouwen en beheren applicaties, data-platformen en cloudomgevingen voor Vlaamse bedrijven en overheden: van havenbedrijven en retailketens tot ziekenhuizen en intercommunales.

Als Data Engineer (m/v/x) kom je terecht in een team van twaalf. Je bouwt pipelines in Azure en Databricks en werkt bij klanten in Gent en Antwerpen. Maaltijdcheques, hospitalisatieverzekering en bedrijfswagen inbegrepen.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'IT services for many industries; hospital clients and insurance do not count',
  },
  {
    id: 'in-105',
    company: 'Siliciumveld B.V.',
    text: `In onze cleanroom in Eindhoven maken we chips voor vermogenselektronica en sensoren: ontwerp, wafer-productie en test onder één dak. Onze halfgeleiders zitten in datacenters, laadpalen en industriële aandrijvingen in meer dan 40 landen.

We zoeken een Yield Engineer die met statistiek en Python de opbrengst van onze productielijnen omhoog krijgt. Ervaring met SPC en een fab-omgeving is een pre.`,
    sector: 'Information Technology & Software Development',
    lang: 'nl',
    why: 'chip maker is IT by the rule, although it runs a fab',
  },
  {
    id: 'in-106',
    company: 'Thuiszorg De Linde',
    text: `Elke dag gaan onze 600 wijkverpleegkundigen en verzorgenden bij zo'n 4.500 cliënten in Twente en de Achterhoek langs. Ze helpen met wassen en aankleden, geven medicatie, verzorgen wonden en zijn er ook in de laatste levensfase.

Voor ons kantoor in Hengelo zoeken we een Planner/Data-analist die de routes en roosters van onze wijkteams slimmer maakt. 24-32 uur, cao VVT.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
  },
  {
    id: 'in-107',
    company: 'Zorgverzekeraar Eemland',
    text: `<p><strong>Wie wij zijn</strong></p><p>Zorgverzekeraar Eemland verzekert 1,6 miljoen mensen voor hun zorgkosten. We kopen zorg in bij ziekenhuizen, huisartsen en wijkverpleging en zorgen dat onze verzekerden de juiste zorg op de juiste plek krijgen.</p><p>Voor onze afdeling Zorginkoop zoeken wij een <strong>Data-analist Zorgkosten</strong> (36 uur, Amersfoort) die declaraties analyseert en bijdraagt aan de contractafspraken met zorgaanbieders.</p>`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'nl',
    why: 'health insurer is Healthcare, not Finance',
  },
  {
    id: 'in-108',
    company: 'Buurtsuper Groep',
    text: `Met 210 supermarkten, van Groningen tot Zeeland, zijn we dé buurtsuper voor 1,5 miljoen klanten per week. Vers brood, groente van de teler uit de buurt en een bezorgdienst vanuit de winkel.

Voor het hoofdkantoor in Zwolle zoeken we een Pricing Analist. Je analyseert prijzen en acties, houdt de concurrentie in de gaten en adviseert de commerciële afdeling. Personeelskorting van 10 % in al onze winkels.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
  },
  {
    id: 'in-109',
    company: 'Werving Noord',
    text: `Voor onze opdrachtgever, een snelgroeiende online dierenwinkel uit Leeuwarden die voer, speelgoed en verzorgingsproducten voor honden, katten en paarden verkoopt aan 300.000 klanten in Nederland en België, zoeken wij een:

E-commerce Analist (32-40 uur)

Jouw taken:
- Analyseren van conversie en klantgedrag in de webshop
- Opzetten van dashboards in Google Analytics en Looker Studio
- Adviseren over assortiment en prijzen`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'recruiter: the client, an online pet shop, is the employer',
  },
  {
    id: 'in-110',
    company: 'Winkelsignaal B.V.',
    text: `Met onze sensoren boven de kassa's en bij de ingang zien winkelketens hoeveel bezoekers binnenkomen, hoe lang ze in de rij staan en welke schappen leeg raken. Meer dan 4.000 winkels van 70 retailers in de Benelux en Duitsland werken met Winkelsignaal.

We zoeken een Computer Vision Engineer voor ons team in Utrecht.`,
    sector: 'E-commerce & Retail',
    lang: 'nl',
    why: 'shop-floor analytics made for retailers is Retail',
  },
  {
    id: 'in-111',
    company: 'Vezelnet Oost',
    text: `Wij leggen glasvezel aan in het buitengebied van Gelderland en Overijssel, waar de grote partijen niet kwamen. Inmiddels zijn 62.000 boerderijen, dorpen en bedrijventerreinen aangesloten op ons open netwerk, waarop providers hun internet, tv en bellen aanbieden.

Voor ons Network Operations Center in Deventer zoeken we een Netwerkbeheerder (IP/Ethernet) met oog voor storingen en planning.`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'in-112',
    company: 'Belmobiel NV',
    text: `&lt;p&gt;Als mobiele operator met 2,3 miljoen klanten in België bieden we gsm-abonnementen, internet thuis en tv. Onze klantendienst in Mechelen helpt elke dag 15.000 klanten verder via telefoon, chat en onze shops.&lt;/p&gt;&lt;p&gt;We zoeken een &lt;strong&gt;Workforce Management Analist&lt;/strong&gt; die de planning van onze klantendienst voorspelt en optimaliseert.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'nl',
  },
  {
    id: 'in-113',
    company: 'Melkwerk Robotics B.V.',
    text: `Onze melkrobots melken elke dag 1,5 miljoen koeien op melkveebedrijven in 35 landen. We ontwikkelen en bouwen ze zelf, in onze fabriek in Drachten, samen met de voerrobots en de software die boeren vertelt welke koe aandacht nodig heeft.

We zoeken een Embedded Software Engineer (C++, Linux) voor het team Robot Control.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: 'maker of robots for farms is Manufacturing, not agriculture',
  },
  {
    id: 'in-114',
    company: 'Chocolaterie Verhaeghe NV',
    text: `Sinds 1923 maken we in Roeselare pralines, repen en chocoladepasta die in supermarkten in heel Europa liggen, onder onze eigen merknaam en voor huismerken van retailers. 420 medewerkers, drie productiehallen, 35.000 ton chocolade per jaar.

Voor onze productieafdeling zoeken we een Process Engineer die de stabiliteit en het rendement van onze lijnen verhoogt.`,
    sector: 'Automotive & Manufacturing',
    lang: 'nl',
    why: "maker of retailers' own-brand chocolate is Manufacturing, not Retail",
  },
  {
    id: 'in-115',
    company: 'Gemeente Westerkoog',
    text: `De gemeente Westerkoog (58.000 inwoners) zoekt een Informatieadviseur Data (schaal 11, 36 uur).

Over ons: onze 520 medewerkers werken aan een schone, veilige en leefbare gemeente – van het ophalen van afval en het beheer van de openbare ruimte tot vergunningen, de Wmo en het sociaal domein. Jij helpt onze teams om beter gebruik te maken van data bij het maken van beleid.

Wat vragen wij?
- Een afgeronde hbo- of wo-opleiding, bijvoorbeeld in bestuurskunde of data science
- Ervaring met Power BI en SQL
- Gevoel voor de politiek-bestuurlijke omgeving

Wat bieden wij? Een salaris van maximaal 5.500 euro bij 36 uur, een individueel keuzebudget van 17,05 % en ruimte om hybride te werken.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'in-116',
    company: 'Politiezone Schelde-Leie',
    text: `Politiezone Schelde-Leie zorgt met 340 medewerkers voor de veiligheid van 160.000 inwoners in vijf gemeenten. Onze diensten werken dag en nacht: interventie, wijkwerking, verkeer en recherche.

We zoeken een Criminaliteitsanalist (niveau A, contractueel) die met data uit onze meldingen en processen-verbaal trends in kaart brengt en de inzet van ploegen helpt sturen.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
  },
  {
    id: 'in-117',
    company: 'Lichtnet Stad B.V.',
    text: `Waarom brandt een lantaarnpaal de hele nacht op volle sterkte op een lege straat? Met onze slimme straatverlichting dimmen gemeenten het licht als er niemand is, melden lampen zelf een storing en zien beheerders alles op één kaart. Ruim 110 gemeenten en drie provincies beheren zo samen 600.000 lichtpunten.

Voor ons team in Den Bosch zoeken we een IoT Developer.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'nl',
    why: "product made for municipalities' street lighting is Smart Cities",
  },
  {
    id: 'in-118',
    company: 'Van der Wiel Logistiek',
    text: `Van der Wiel slaat goederen op en vervoert ze voor chemiebedrijven, voedingsproducenten en fabrikanten van bouwmaterialen. In onze opslagloodsen in Moerdijk en Venlo liggen 180.000 palletplaatsen, en onze 350 trucks rijden door heel Europa.

We zoeken een Business Analist die onze warehouse- en transportdata ontsluit en processen verbetert.`,
    sector: null,
    lang: 'nl',
    why: 'logistics for many industries is unclassified; warehouses are not shops',
  },
  {
    id: 'in-119',
    company: 'Woonstichting Haverveld',
    text: `Woonstichting Haverveld verhuurt 14.000 betaalbare woningen in Zaanstad en omgeving. We onderhouden en verduurzamen onze woningen en bouwen de komende tien jaar 2.000 nieuwe huurwoningen.

Voor onze afdeling Vastgoed zoeken we een Data-analist Vastgoed die ons helpt met de planning van onderhoud en verduurzaming.`,
    sector: null,
    lang: 'nl',
  },
  {
    id: 'in-120',
    company: 'Omroep Zuidrand',
    text: `Omroep Zuidrand is de regionale publieke omroep van Zeeland en West-Brabant. Met radio, tv, onze website en de app brengen we dagelijks nieuws, sport en cultuur uit de regio naar 600.000 mensen.

We zoeken een Data Journalist die cijfers omzet in verhalen en onze redactie helpt met datagedreven onderzoek.`,
    sector: null,
    lang: 'nl',
    why: 'broadcaster is media, unclassified; not Telecommunications',
  },
  // Portuguese: Portugal, Brazil
  {
    id: 'in-121',
    company: 'Credivale Cooperativa de Crédito',
    text: `A Credivale é uma cooperativa de crédito com 78 agências no Vale do Itajaí e no norte de Santa Catarina. Somos de propriedade dos nossos 190 mil associados, que encontram aqui conta corrente, crédito rural, financiamento de veículos, consórcios e investimentos, com taxas justas e decisão local.

Estamos contratando Analista de Dados Pleno para a sede em Blumenau. Você vai construir modelos de propensão e painéis para as áreas de crédito e relacionamento.

O que esperamos de você:
- Experiência com SQL, Python e ferramentas de visualização
- Vivência em modelos de crédito ou de relacionamento com clientes
- Vontade de entender o cooperativismo e os nossos associados

Oferecemos participação nos resultados, plano de saúde, vale-alimentação e condições especiais nos produtos da cooperativa.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },
  {
    id: 'in-122',
    company: 'Fidelvento Seguros, S.A.',
    text: `Sobre nós
A Fidelvento é uma seguradora portuguesa com 95 anos de história, que protege automóveis, casas, negócios e vidas de mais de 700 mil clientes através de uma rede de 2.000 mediadores. A nossa sede fica no Porto, onde trabalham 850 pessoas.

Procuramos um(a) Atuário(a) para a Direção Técnica Não Vida, com experiência em modelos lineares generalizados e R ou Python.`,
    sector: 'Finance & FinTech',
    lang: 'pt',
  },
  {
    id: 'in-123',
    company: 'Lusocode, Lda.',
    text: `Somos a Lusocode, uma empresa de engenharia de software do Porto com 210 pessoas. Desenvolvemos produtos digitais para clientes no Reino Unido, na Alemanha e nos países nórdicos – de plataformas de reservas de viagens a software de gestão de frotas e apps de banca.

Estamos à procura de um(a) Frontend Developer (React, TypeScript) para uma equipa dedicada a um cliente escandinavo. Seguro de saúde, formação paga e horário flexível.`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
  },
  {
    id: 'in-124',
    company: 'Caderneta Tecnologia Ltda.',
    text: `<p><strong>Quem somos</strong></p><p>A Caderneta é uma plataforma de gestão de estoque e vendas usada por 45 mil pequenas empresas no Brasil: oficinas, distribuidoras, lojas de materiais de construção e prestadores de serviço. Somos 230 pessoas, com sede em Belo Horizonte.</p><p><strong>Benefícios</strong></p><ul><li>Plano de saúde e odontológico sem coparticipação</li><li>Vale-refeição e vale-farmácia</li><li>Auxílio home office</li><li>Auxílio academia</li></ul>`,
    sector: 'Information Technology & Software Development',
    lang: 'pt',
    why: 'health-plan and pharmacy allowances are benefits, not the sector',
  },
  {
    id: 'in-125',
    company: 'Hospital Vila Aurora',
    text: `O Hospital Vila Aurora é um hospital geral filantrópico de Campinas, com 380 leitos, pronto-socorro 24 horas, centro de oncologia e maternidade. Realizamos mais de 22 mil cirurgias por ano e somos referência em cardiologia para 40 municípios da região.

Buscamos Analista de Business Intelligence para o Escritório de Qualidade, responsável pelos indicadores assistenciais e pela gestão de leitos.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'a non-profit hospital is Healthcare, not an unclassified non-profit',
  },
  {
    id: 'in-126',
    company: 'Amparo Saúde Operadora de Planos Ltda.',
    text: `Cuidamos da saúde de 540 mil beneficiários em Pernambuco, Paraíba e Alagoas com planos individuais, familiares e empresariais, uma rede credenciada de 3.000 médicos, clínicas e hospitais e quatro centros médicos próprios.

Vaga: Cientista de Dados Sênior para a área de gestão de saúde populacional, com foco em prevenção de internações de pacientes crônicos. Local: Recife, modelo híbrido.

Requisitos:
- Experiência com modelos preditivos em Python
- Conhecimento de dados de contas médicas, CID e TUSS será um diferencial
- Comunicação clara com médicos e gestores

Benefícios: plano de saúde da própria operadora, participação nos lucros e day off no aniversário.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'pt',
    why: 'health-plan operator is a health insurer: Healthcare, not Finance',
  },
  {
    id: 'in-127',
    company: 'Feirão Online',
    text: `Mais de 20 mil lojistas vendem no Feirão Online, e 14 milhões de brasileiros compram com a gente todo mês: eletrônicos, casa, moda, brinquedos e ferramentas. Cuidamos do pagamento, do frete e da garantia de entrega.

Vaga: Engenheiro(a) de Machine Learning Sênior – Busca e Recomendação. Remoto, com encontros trimestrais em São Paulo. Você vai melhorar o ranking de produtos e aumentar a conversão.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'in-128',
    company: 'Atacadão Serrano Comércio de Alimentos Ltda.',
    text: `Somos uma rede de atacarejo com 26 lojas no interior de Minas Gerais e do Rio de Janeiro, atendendo consumidores, restaurantes, padarias e pequenos mercados com preço de atacado. São 3.800 colaboradores e um centro de distribuição em Juiz de Fora.

Estamos contratando Analista de Pricing para a sede administrativa. Benefícios: plano de saúde, cesta básica e desconto nas nossas lojas.`,
    sector: 'E-commerce & Retail',
    lang: 'pt',
  },
  {
    id: 'in-129',
    company: 'Conecta Sertão Telecom',
    text: `Há 15 anos levamos internet por fibra óptica para cidades do sertão da Bahia que ninguém queria atender. Hoje são 85 mil clientes em 40 municípios, com suporte local, técnicos próprios e uma rede de 6.000 km de fibra.

Buscamos Analista de NOC Pleno para Feira de Santana: monitoramento da rede, tratamento de incidentes e apoio à expansão para novas cidades.`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'in-130',
    company: 'Orbilis Satélites, S.A.',
    text: `&lt;p&gt;A Orbilis opera uma frota de quatro satélites geoestacionários a partir do seu centro de controlo em Sintra, levando ligações de internet e dados a navios, plataformas offshore, ilhas e aldeias remotas em África e na América Latina.&lt;/p&gt;&lt;p&gt;Procuramos um(a) &lt;strong&gt;Engenheiro(a) de Sistemas de Terra&lt;/strong&gt; para a equipa de operações de rede.&lt;/p&gt;`,
    sector: 'Telecommunications',
    lang: 'pt',
  },
  {
    id: 'in-131',
    company: 'Metalúrgica Anchieta Autopeças S.A.',
    text: `A Metalúrgica Anchieta fabrica virabrequins, bielas e componentes forjados para montadoras de automóveis, caminhões e máquinas agrícolas. São duas plantas em São Bernardo do Campo e Sorocaba, 1.700 colaboradores e 60 anos de história no ABC paulista.

Vaga: Engenheiro(a) de Processos Sênior – Usinagem. Requisitos: experiência com CEP, FMEA e Lean Manufacturing.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  {
    id: 'in-132',
    company: 'Corticeira do Vouga, Lda.',
    text: `Cada ano saem da nossa fábrica em Santa Maria da Feira mais de 600 milhões de rolhas de cortiça natural e técnica, a caminho de adegas e produtores de espumante em 40 países. Compramos a cortiça aos produtores do Alentejo e transformamo-la de ponta a ponta.

Procuramos um(a) Técnico(a) de Qualidade para o laboratório, com gosto por dados e por melhoria contínua.`,
    sector: 'Automotive & Manufacturing',
    lang: 'pt',
  },
  {
    id: 'in-133',
    company: 'Prefeitura Municipal de Ribeirão das Garças',
    text: `A Prefeitura Municipal de Ribeirão das Garças torna pública a abertura de processo seletivo simplificado para contratação temporária de Analista de Sistemas para a Secretaria Municipal de Administração.

Atribuições: manutenção dos sistemas de arrecadação, folha de pagamento e protocolo; apoio às secretarias de Saúde, Educação e Obras; elaboração de relatórios para o portal da transparência.

Carga horária: 40 horas semanais. Remuneração conforme edital.

Requisitos: ensino superior completo em Ciência da Computação, Sistemas de Informação ou áreas afins; conhecimento em banco de dados PostgreSQL e em desenvolvimento web.

As inscrições serão realizadas exclusivamente pela internet, no site oficial da Prefeitura, durante o prazo previsto no edital. O processo seletivo terá validade de um ano, prorrogável por igual período.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
    why: 'municipality; its health department does not make it Healthcare',
  },
  {
    id: 'in-134',
    company: 'Câmara Municipal de Vale do Lis',
    text: `Encontra-se aberto procedimento concursal para um posto de trabalho de Técnico Superior (Ciência de Dados) na Divisão de Modernização Administrativa da Câmara Municipal de Vale do Lis, em regime de contrato de trabalho em funções públicas por tempo indeterminado.

O trabalhador irá desenvolver o observatório municipal de dados de mobilidade, ambiente e habitação e apoiar a publicação de dados abertos.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'pt',
  },
  {
    id: 'in-135',
    company: 'Agropecuária Chapadão Verde S.A.',
    text: `Plantamos soja, milho e algodão em 120 mil hectares no oeste da Bahia e no sul do Piauí, com armazéns próprios e uma frota de 300 máquinas agrícolas. Somos 1.400 colaboradores e investimos em agricultura de precisão há mais de dez anos.

Vaga: Analista de Agricultura Digital, para integrar dados de satélite, telemetria das máquinas e produtividade das lavouras.`,
    sector: null,
    lang: 'pt',
    why: 'farming company is unclassified, though it runs many machines',
  },
  {
    id: 'in-136',
    company: 'Grupo Hoteleiro Maré Alta',
    text: `O Grupo Maré Alta gere nove hotéis e resorts no Algarve e na Madeira, com 2.300 quartos e 1.600 colaboradores na época alta.

Procuramos um(a) Revenue Manager para a sede em Albufeira.

Oferecemos:
- Seguro de saúde extensível ao agregado familiar
- Descontos nos hotéis do grupo
- Refeições no local de trabalho`,
    sector: null,
    lang: 'pt',
    why: 'hotel group is unclassified; health insurance is a benefit',
  },
  {
    id: 'in-137',
    company: 'Faculdade Horizonte de Ciências da Saúde',
    text: `A Faculdade Horizonte forma há 25 anos profissionais de enfermagem, fisioterapia, nutrição e farmácia em Goiânia. São 6.500 alunos, uma clínica-escola e convênios de estágio com 60 hospitais e unidades de saúde.

Estamos contratando Analista de Dados Acadêmicos para acompanhar indicadores de evasão, desempenho e empregabilidade dos egressos.`,
    sector: null,
    lang: 'pt',
    why: 'a college teaching health professions is education, unclassified',
  },
  {
    id: 'in-138',
    company: 'Ventos do Marão Energia, S.A.',
    text: `Operamos 31 parques eólicos e quatro centrais solares no norte de Portugal e na Galiza, com uma potência instalada de 1,2 GW. A partir do nosso centro de despacho em Vila Real acompanhamos cada aerogerador em tempo real.

Procuramos um(a) Data Scientist para previsão de produção e otimização da manutenção dos parques.`,
    sector: null,
    lang: 'pt',
    why: "energy producer; its 'centrais' are power plants",
  },
  {
    id: 'in-139',
    company: 'Pedra Forte Incorporadora e Construtora',
    text: `Desde 1994 já entregamos mais de 18 mil apartamentos em Curitiba, Londrina e Joinville. Incorporamos, construímos e vendemos nossos empreendimentos, com equipes próprias de obra e um centro de atendimento ao cliente.

Vaga: Analista de Planejamento de Obras, responsável por cronogramas, orçamento e indicadores de produtividade dos canteiros.`,
    sector: null,
    lang: 'pt',
  },
  {
    id: 'in-140',
    company: 'Grupo Vasconcelos',
    text: `O Grupo Vasconcelos é um grupo empresarial familiar português com presença em seis países e 9.000 colaboradores, com negócios na distribuição alimentar, na indústria de embalagens, no imobiliário e na energia solar.

Procuramos, para os serviços partilhados do grupo em Lisboa, um(a) Data Engineer que apoie a criação de uma plataforma de dados comum a todas as empresas.`,
    sector: null,
    lang: 'pt',
    why: 'conglomerate whose hiring unit is shared services, not one business',
  },
  // Polish, Swedish, Danish, Czech
  {
    id: 'in-141',
    company: 'Smokobit Sp. z o.o.',
    text: `Jesteśmy software house'em z Krakowa. Od 2012 roku tworzymy aplikacje webowe i mobilne dla klientów z Niemiec, Skandynawii i USA – od sklepów internetowych, przez platformy edukacyjne, po systemy dla firm transportowych. Zespół liczy dziś 170 osób.

Szukamy: Senior Python Developer (Django, AWS)

Oferujemy:
- umowę B2B lub o pracę
- prywatną opiekę medyczną i kartę sportową
- budżet szkoleniowy 5000 zł rocznie`,
    sector: 'Information Technology & Software Development',
    lang: 'pl',
    why: 'software house for many industries; private medical care is a benefit',
  },
  {
    id: 'in-142',
    company: 'Bank Spółdzielczy w Dąbrowie Lipnej',
    text: `O nas
Jesteśmy bankiem spółdzielczym działającym nieprzerwanie od 1925 roku. Obsługujemy 60 tysięcy klientów – rolników, przedsiębiorców i rodziny – w 28 placówkach na Mazowszu i Kujawach. Udzielamy kredytów, prowadzimy rachunki i pomagamy lokalnym samorządom w finansowaniu inwestycji.

Poszukujemy osoby na stanowisko Analityk ds. ryzyka kredytowego w centrali banku. Mile widziana znajomość SQL i doświadczenie w modelach scoringowych.

Oferujemy:
- stabilne zatrudnienie na umowę o pracę
- pakiet socjalny i dofinansowanie do wypoczynku
- szkolenia i możliwość rozwoju w strukturach zrzeszenia banków spółdzielczych`,
    sector: 'Finance & FinTech',
    lang: 'pl',
  },
  {
    id: 'in-143',
    company: 'Brzezińska Spółka Węglowa S.A.',
    text: `Wydobywamy rocznie 4 miliony ton węgla koksowego w dwóch kopalniach na Górnym Śląsku. Nasz zakład przeróbki mechanicznej wzbogaca urobek, a koleją dostarczamy go do koksowni w Polsce i Czechach. Zatrudniamy 5200 osób.

Poszukujemy Inżyniera ds. analizy danych produkcyjnych, który połączy dane z maszyn ścianowych, wentylacji i zakładu przeróbki w jednej platformie.`,
    sector: null,
    lang: 'pl',
    why: "mining company; its processing plant does not make it Manufacturing",
  },
  {
    id: 'in-144',
    company: 'Hälsobryggan Vård AB',
    text: `Vi driver 14 vårdcentraler i Västra Götaland och Halland där läkare, sjuksköterskor, psykologer och fysioterapeuter tar hand om 120 000 listade patienter. Vi har också en digital mottagning som är öppen dygnet runt.

Nu söker vi en verksamhetsutvecklare med inriktning på data till vårt huvudkontor i Göteborg. Du följer upp tillgänglighet, väntetider och vårdkvalitet och hjälper våra chefer att fatta beslut. Friskvårdsbidrag och kollektivavtal.

Vi söker dig som har en akademisk examen inom till exempel statistik, folkhälsovetenskap eller industriell ekonomi och som har arbetat med SQL och Power BI. Erfarenhet från primärvården är meriterande men inget krav.

Tjänsten är en tillsvidareanställning på heltid med placering i Göteborg och möjlighet till distansarbete två dagar i veckan.`,
    sector: 'Healthcare & Pharmaceuticals',
    lang: 'sv',
  },
  {
    id: 'in-145',
    company: 'Norrlida Stadsnät AB',
    text: `Norrlida Stadsnät ägs av kommunen och bygger och driver det öppna fibernätet i hela Norrlida. I dag är 31 000 hushåll och 2 400 företag anslutna, och ett tjugotal tjänsteleverantörer erbjuder bredband, tv och telefoni i vårt nät.

Vi söker en nätverkstekniker som vill ansvara för drift och övervakning av vår aktiva utrustning och vara med när vi bygger ut nätet till landsbygden.`,
    sector: 'Telecommunications',
    lang: 'sv',
    why: 'municipally owned fibre network: a public company is in the sector of its business',
  },
  {
    id: 'in-146',
    company: 'Ekbacka Möbler AB',
    text: `Sedan 1938 tillverkar vi stolar, bord och bänkar i massivt trä i vår fabrik i småländska Lammhult. Möblerna säljs av möbelhandlare i hela Norden och levereras även till skolor, hotell och kontor. Vi är 140 medarbetare och investerar just nu i nya CNC-maskiner och en robotiserad ytbehandlingslinje.

Vi söker en produktionstekniker som vill utveckla våra processer.`,
    sector: 'Automotive & Manufacturing',
    lang: 'sv',
    why: 'makes furniture sold in shops: Manufacturing, not Retail',
  },
  {
    id: 'in-147',
    company: 'Hyggehjem ApS',
    text: `Vi sælger møbler, lamper og boligtilbehør online til over 400.000 kunder i Danmark, Sverige og Norge. Fra vores lager i Vejle sender vi op mod 5.000 pakker om dagen, og vores kundeservice sidder i Aarhus.

Vi søger en Data Analyst, der kan hjælpe os med at forstå vores kunder bedre: hvad de køber, hvorfor de sender varer retur, og hvordan vi gør vores webshop endnu bedre. Frokostordning og sundhedsforsikring.`,
    sector: 'E-commerce & Retail',
    lang: 'da',
  },
  {
    id: 'in-148',
    company: 'Fjordby Kommune',
    text: `Fjordby Kommune søger en dataanalytiker til Center for Digitalisering og Data.

Vi er 3.800 medarbejdere, der hver dag leverer velfærd til 52.000 borgere – i skoler og daginstitutioner, i ældreplejen, på vejene og i jobcentret. Du kommer til at arbejde med data fra hele kommunen og hjælpe politikere og ledere med at træffe bedre beslutninger.`,
    sector: 'Public Sector & Smart Cities',
    lang: 'da',
    why: 'municipality; its elder care does not make it Healthcare',
  },
  {
    id: 'in-149',
    company: 'Stavby Horní Morava a.s.',
    text: `Stavíme nemocnice, školy, mosty i obchodní centra po celé Moravě už přes 30 let. Aktuálně realizujeme 24 zakázek a zaměstnáváme 1 100 lidí, z toho 300 techniků a stavbyvedoucích.

Hledáme BIM koordinátora/koordinátorku do naší centrály v Olomouci. Budete připravovat a kontrolovat modely staveb v Revitu a spolupracovat s projektanty i stavbyvedoucími.`,
    sector: null,
    lang: 'cs',
    why: 'construction company: the hospitals it builds do not set its sector',
  },
  {
    id: 'in-150',
    company: 'BusLinka Horácko s.r.o.',
    text: `Jsme soukromý autobusový dopravce z Jihlavy. Provozujeme 90 autobusů na dálkových linkách do Prahy, Brna a Vídně, vozíme zájezdy po celé Evropě a zajišťujeme firemní dopravu zaměstnanců.

Hledáme analytika/analytičku pro plánování jízdních řádů a cen jízdenek. Nabízíme stravenky, 25 dní dovolené a jízdenky zdarma.`,
    sector: null,
    lang: 'cs',
    why: 'private coach operator: transport not publicly run is unclassified',
  },
];
