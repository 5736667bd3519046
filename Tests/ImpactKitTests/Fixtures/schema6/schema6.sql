PRAGMA user_version = 6;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
CREATE TABLE instellingen (
    id INTEGER PRIMARY KEY,
    bestand TEXT NOT NULL,              -- where the text came from: a path, or 'ingebouwd: <path>'
    sha256 TEXT NOT NULL,               -- of the text's UTF-8 bytes
    tekst TEXT NOT NULL,                -- the settings as applied
    vastgelegd_op TEXT NOT NULL         -- when, ISO 8601 UTC
);
INSERT INTO instellingen VALUES(1,'/work/main/impact.yaml','5d88e412059117d073147f58d96898f5f84dace3eba69cbe3d6d728e52ac3bf8',replace('# Instellingen van impact, aan te passen zonder te compileren. impact zoekt ze in deze volgorde: het bestand\n# dat --config noemt, impact.yaml in de huidige map, impact.yaml naast de database, en dit bestand zoals het\n# met impact is meegeleverd. De database legt de instellingen vast waarmee ze is gevuld, zodat dezelfde\n# database overal dezelfde cijfers geeft: een wijziging geldt na `impact ingest` of `impact settings apply`.\n\n# Kolommen die in een export anders heten dan in EXPORTS.md: "naam in het bestand": Naam volgens EXPORTS.md\ndromen:\n  kolommen: {}\n\n# Bankregels van de ZWO-penningmeester, in de geest van hledger''s CSV-regels. Elke bankmutatie krijgt de\n# categorie van de EERSTE regel waarvan alle voorwaarden kloppen. Voorwaarden (allemaal optioneel):\n#   richting: Af of Bij\n#   tegenpartij, rekening, omschrijving: een reguliere expressie, hoofdletters tellen niet\n# Twee categorieën tellen mee in de cijfers: "Gift Alo Mik!" (opbrengst) en "Overgemaakt naar Alo Mik!".\n# Er wordt niets geraden: een mutatie die bij geen regel past staat op de lijst ''niet herkend''.\nbankregels:\n  # Collectegeld en fietstochtgeld zijn al geteld (collectes, sponsorfietstocht): eerst wegzetten, ook als\n  # de omschrijving Alo Mik! noemt ("collectegeld ZWO Alo Mik! okt/nov").\n  - naam: Opbrengst sponsorfietstocht in één bedrag\n    categorie: Fietstochtgeld (al geteld)\n    richting: Bij\n    omschrijving: "fietstocht"\n  - naam: Afdracht collectes door de kerk\n    categorie: Collectegeld (al geteld)\n    richting: Bij\n    tegenpartij: "de rank|protestantse gemeente|^pg "\n  - naam: Collectegeld op andere wijze overgemaakt\n    categorie: Collectegeld (al geteld)\n    richting: Bij\n    omschrijving: "collecte"\n  - naam: Overmaking aan de stichting\n    categorie: Overgemaakt naar Alo Mik!\n    richting: Af\n    tegenpartij: "al+o\\W*mik"\n  - naam: Gift voor Alo Mik!, hoe ook gespeld (Alo Mik!, alomik, ALO-MIK, Allo Mik, Alo! Mik, Tirana)\n    categorie: Gift Alo Mik!\n    richting: Bij\n    omschrijving: "al+o\\W*mik|tirana"\n  - naam: Giften voor andere ZWO-doelen\n    categorie: Andere ZWO-gift\n    richting: Bij\n    omschrijving: "noodhulp|kerk in actie|voedselbank|zending"\n  - naam: Kosten van de bank\n    categorie: Bankkosten\n    richting: Af\n    omschrijving: "kosten"\n  - naam: Kosten van de bank (Rabobank zet ze in de naam)\n    categorie: Bankkosten\n    richting: Af\n    tegenpartij: "kosten|rabobank|ing bank"\n','\n',char(10)),'2026-12-02T17:17:00Z');
CREATE TABLE bronbestand (
    id INTEGER PRIMARY KEY,
    bron TEXT NOT NULL,                 -- the export: 'dromen', 'postcodes', ...
    naam TEXT NOT NULL,                 -- file name as given
    sha256 TEXT NOT NULL UNIQUE,        -- identity: the same bytes are never loaded twice
    momentopname TEXT,                  -- the period a snapshot export is named for, '2022-Q4'
    stand_op INTEGER,                   -- last day of that period (days since 1970)
    codering TEXT NOT NULL,
    bytes INTEGER NOT NULL,
    regels_gelezen INTEGER NOT NULL DEFAULT 0,
    regels_geladen INTEGER NOT NULL DEFAULT 0,
    regels_afgekeurd INTEGER NOT NULL DEFAULT 0,
    regels_overlap INTEGER NOT NULL DEFAULT 0,   -- rows already loaded from an overlapping export
    nieuwste_datum INTEGER,
    vervangen_door INTEGER REFERENCES bronbestand(id),
    instellingen_id INTEGER REFERENCES instellingen(id)   -- the settings in force when it was loaded (its column renames)
);
INSERT INTO bronbestand VALUES(1,'postcodes','postcodes_almere.csv','7cb52ab04f7cd0b622f06641c1428247aa8cee5aae1b369773103a5474db2220',NULL,NULL,'UTF-8',792,44,44,0,0,NULL,NULL,1);
INSERT INTO bronbestand VALUES(2,'dromen','dromen_2024-Q3.csv','ab93d08794926a7ef6126cf587bd66630e0e38935481db433eb0fd07343300a3','2024-Q3',19996,'UTF-8',91763,492,489,3,0,19996,NULL,1);
INSERT INTO bronbestand VALUES(3,'dromen','dromen_2024-Q4.csv','8fc45ea69107b800720ed631b44f3feaab07fbd1c6e61719de181c5c50cc09d1','2024-Q4',20088,'UTF-8',90742,495,491,4,0,20088,NULL,1);
CREATE TABLE afgekeurd (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    kolom TEXT NOT NULL,
    waarde TEXT NOT NULL,
    fout TEXT NOT NULL,                 -- Frictionless error code
    melding TEXT NOT NULL,
    sleutel TEXT                        -- the row's key (Dossiernummer, Deelnemer-ID) when it had one
);
INSERT INTO afgekeurd VALUES(2,48,'Status','In behandeling','constraint-error','geen toegestane waarde; toegestaan: Nieuw, Uitgenodigd, Gesprek gevoerd, Verbonden, Afgerond, Geen reactie, Ingetrokken','AILGB-2017-0047');
INSERT INTO afgekeurd VALUES(2,388,'Leeftijd','21','constraint-error','ligt niet tussen 0 en 18','DTD-2024-0171');
INSERT INTO afgekeurd VALUES(2,416,'Dossiernummer','DTD-2024-0198','primary-key','dit dossiernummer staat al op regel 415; de eerste is geladen',NULL);
INSERT INTO afgekeurd VALUES(3,48,'Status','In behandeling','constraint-error','geen toegestane waarde; toegestaan: Nieuw, Uitgenodigd, Gesprek gevoerd, Verbonden, Afgerond, Geen reactie, Ingetrokken','AILGB-2017-0047');
INSERT INTO afgekeurd VALUES(3,240,'Leeftijd','21','constraint-error','ligt niet tussen 0 en 18','DTD-2024-0171');
INSERT INTO afgekeurd VALUES(3,268,'Dossiernummer','DTD-2024-0198','primary-key','dit dossiernummer staat al op regel 267; de eerste is geladen',NULL);
INSERT INTO afgekeurd VALUES(3,408,'Kanaal','Telefoon','constraint-error','geen toegestane waarde; toegestaan: Brievenbus, Website, Facebook, Instagram, WhatsApp, Sms, Inloopspreekuur bibliotheek','DTD-2024-0336');
CREATE TABLE cijfercache (
    organisatie TEXT NOT NULL,
    periode TEXT NOT NULL,              -- the period with its bounds and snapshot day
    stempel TEXT NOT NULL,              -- what the figures were computed from; another stamp: compute anew
    waarden BLOB NOT NULL,              -- the figures (JSON)
    PRIMARY KEY (organisatie, periode)
);
CREATE TABLE droom_stand (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the file this version came from
    dossiernummer TEXT NOT NULL,
    kindnummer TEXT NOT NULL,
    programma TEXT NOT NULL,
    ontvangen_op INTEGER NOT NULL,
    kanaal TEXT NOT NULL,
    leeftijd INTEGER NOT NULL,
    pc4 INTEGER,
    categorie TEXT NOT NULL,
    status TEXT NOT NULL,
    gesprek_op INTEGER,
    verbonden_met TEXT,
    verbonden_op INTEGER,
    ouders_verbonden INTEGER,
    regel INTEGER NOT NULL,
    van INTEGER NOT NULL,            -- the snapshot date (days since 1970) from which this version holds
        tot INTEGER,                     -- the snapshot date from which it no longer holds; NULL: it still does
        sleutel_hash INTEGER NOT NULL,   -- RowHash of the key
        inhoud INTEGER NOT NULL          -- RowHash of the row as read: unchanged bytes store nothing new
);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0001','K-00001','Als ik later groot ben',17167,'Brievenbus',8,1339,'Overig','Verbonden',17176,'Stichting Jarige Job',17218,0,2,19996,NULL,5117816558296008221,2142238357651458716);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0002','K-00002','Als ik later groot ben',17168,'Facebook',4,1336,'Sport','Afgerond',17180,'Buurtsportcoach Buiten',17209,0,3,19996,NULL,-2039327431159207149,6005659060132631264);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0003','K-00003','Als ik later groot ben',17169,'Brievenbus',12,1311,'Kleding','Afgerond',17186,'Stichting Leergeld Almere',17245,0,4,19996,NULL,-3233384343496020941,4581918696258377385);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0004','K-00004','Als ik later groot ben',17169,'Brievenbus',9,1322,'Sport','Afgerond',17187,'Jeugdfonds Sport & Cultuur',17231,1,5,19996,NULL,4924317538651176413,8250773213167568540);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0005','K-00005','Als ik later groot ben',17171,'Facebook',10,1319,'Muziek en cultuur','Afgerond',17179,'Jeugdfonds Sport & Cultuur',17213,0,6,19996,NULL,-5714776544260721102,1027172834711561017);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0006','K-00006','Als ik later groot ben',17172,'WhatsApp',11,1324,'Muziek en cultuur','Afgerond',17181,'Artlab Almere',17206,1,7,19996,NULL,-742762174344472329,-1306273740114840886);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0007','K-00007','Als ik later groot ben',17176,'Instagram',1,1333,'Sport','Afgerond',17193,'Jeugdfonds Sport & Cultuur',17270,1,8,19996,NULL,-2510283132258347880,-8261498987681587725);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0008','K-00008','Als ik later groot ben',17176,'Website',6,1359,'Fiets','Afgerond',17191,'Fietsenbank Almere',17259,0,9,19996,NULL,3513372123404681555,-6138867462985894881);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0009','K-00009','Als ik later groot ben',17181,'WhatsApp',7,1334,'Fiets','Afgerond',17199,'Fietsenbank Almere',17254,1,10,19996,NULL,-3278393356925065177,-7207798451558999075);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0010','K-00010','Als ik later groot ben',17182,'Website',7,1316,'Muziek en cultuur','Geen reactie',NULL,NULL,NULL,NULL,11,19996,NULL,1479730865372690562,-2221875387144441356);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0011','K-00011','Als ik later groot ben',17182,'Website',4,1339,'Fiets','Afgerond',17189,'Fietsenbank Almere',17205,0,12,19996,NULL,7365699523318234896,-7042796478883552486);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0012','K-00012','Als ik later groot ben',17185,'WhatsApp',5,1333,'Fiets','Verbonden',17206,'Stichting Leergeld Almere',17231,1,13,19996,NULL,8994916878023911256,180372173986222349);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0013','K-00013','Als ik later groot ben',17186,'Website',10,1328,'Overig','Afgerond',17201,'Wijkteam Almere',17222,1,14,19996,NULL,2165795110054108395,-567599074373410261);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0014','K-00014','Als ik later groot ben',17189,'Brievenbus',4,1328,'Kleding','Verbonden',17208,'Kledingbank Almere',17253,1,15,19996,NULL,4925913480809297668,-6000545955416949392);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0015','K-00015','Als ik later groot ben',17199,'Brievenbus',10,1328,'Bijles','Afgerond',17216,'Huiswerkbegeleiding Stad',17269,1,16,19996,NULL,-3570990673873937034,7167162469712929608);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0016','K-00016','Als ik later groot ben',17205,'Brievenbus',2,1312,'Overig','Afgerond',17217,'Stichting Leergeld Almere',17248,0,17,19996,NULL,-2997505341114287245,-6050846481668336069);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0017','K-00017','Als ik later groot ben',17210,'Website',7,1339,'Sport','Afgerond',17226,'Jeugdfonds Sport & Cultuur',17243,1,18,19996,NULL,-7467238750598260077,4437500040655079513);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0018','K-00018','Als ik later groot ben',17214,'Facebook',1,1349,'Sport','Afgerond',17223,'Jeugdfonds Sport & Cultuur',17284,1,19,19996,NULL,-1254153211490635478,3655490289723197680);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0019','K-00019','Als ik later groot ben',17217,'WhatsApp',10,1321,'Fiets','Afgerond',17245,'Fietsenbank Almere',17272,0,20,19996,NULL,-1385356079053905314,7707818009020453014);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0020','K-00020','Als ik later groot ben',17219,'Website',10,1316,'Bijles','Afgerond',17231,'Taalhuis Bibliotheek Almere',17246,0,21,19996,NULL,564403922676291821,4687091738027082848);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0021','K-00021','Als ik later groot ben',17221,'Brievenbus',8,1328,'Sport','Afgerond',17238,'Buurtsportcoach Stad',17278,0,22,19996,NULL,-3992596868086890032,-6173846216526953985);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0022','K-00022','Als ik later groot ben',17222,'Brievenbus',8,1331,'Fiets','Geen reactie',NULL,NULL,NULL,NULL,23,19996,NULL,4749643232908986206,5621485389467210313);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0023','K-00023','Als ik later groot ben',17223,'Website',9,1362,'Bijles','Afgerond',17240,'Huiswerkbegeleiding Stad',17298,1,24,19996,NULL,-7623749160478959596,-4754879572169915605);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0024','K-00024','Als ik later groot ben',17224,'Website',9,1339,'Kleding','Verbonden',17234,'Kledingbank Almere',17261,0,25,19996,NULL,-5585675288408710193,2205069989775550931);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0025','K-00025','Als ik later groot ben',17224,'Website',2,1337,'Sport','Afgerond',17258,'Jeugdfonds Sport & Cultuur',17288,0,26,19996,NULL,5681841047983701763,1155797628831473350);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0026','K-00026','Als ik later groot ben',17232,'Website',5,1316,'Overig','Verbonden',17250,'Stichting Leergeld Almere',17327,0,27,19996,NULL,2348591907814421284,9045324709205452502);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0027','K-00027','Als ik later groot ben',17235,'Website',6,1362,'Laptop','Geen reactie',NULL,NULL,NULL,NULL,28,19996,NULL,-1176266527853898492,8282728913613002660);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0028','K-00028','Als ik later groot ben',17236,'Brievenbus',11,1334,'Muziek en cultuur','Verbonden',17252,'Muziekcollectief Almere',17289,1,29,19996,NULL,-2067394167352666566,-5432148149708880264);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0029','K-00029','Als ik later groot ben',17236,'Brievenbus',7,1337,'Sport','Afgerond',17252,'Jeugdfonds Sport & Cultuur',17282,1,30,19996,NULL,3722056509576101869,4278054269086763758);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0030','K-00030','Als ik later groot ben',17238,'Brievenbus',7,1364,'Overig','Afgerond',17251,'Nationaal Fonds Kinderhulp',17297,0,31,19996,NULL,5361050562187622514,3903274269424939941);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0031','K-00031','Als ik later groot ben',17238,'Brievenbus',11,1341,'Muziek en cultuur','Afgerond',17280,'Jeugdfonds Sport & Cultuur',17296,0,32,19996,NULL,2579511258933189817,3149048101625358286);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0032','K-00032','Als ik later groot ben',17239,'Brievenbus',11,1319,'Laptop','Verbonden',17267,'Stichting Leergeld Almere',17277,1,33,19996,NULL,5636769190024019365,-4842695335079753826);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0033','K-00033','Als ik later groot ben',17239,'Brievenbus',9,1322,'Fiets','Afgerond',17252,'Fietsenbank Almere',17271,0,34,19996,NULL,1515092750070455626,-8992541778062744508);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0034','K-00034','Als ik later groot ben',17242,'Brievenbus',11,1315,'Bijles','Afgerond',17254,'Taalhuis Bibliotheek Almere',17292,0,35,19996,NULL,-7635459439586472433,5238699933762606630);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0035','K-00035','Als ik later groot ben',17246,'WhatsApp',5,1356,'Kleding','Afgerond',17256,'Jongerenwerk De Schoor',17290,0,36,19996,NULL,-5581869786498183470,716560980109610473);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0036','K-00036','Als ik later groot ben',17246,'Website',7,1332,'Fiets','Afgerond',17339,'Fietsenbank Almere',17354,0,37,19996,NULL,-1570512859902525534,-5677770694109138908);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0037','K-00037','Als ik later groot ben',17247,'Brievenbus',11,1332,'Muziek en cultuur','Afgerond',17259,'Artlab Almere',17289,1,38,19996,NULL,7434556936943333624,-5590128790829077486);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0038','K-00038','Als ik later groot ben',17247,'Website',9,1329,'Sport','Afgerond',17266,'Buurtsportcoach Stad',17322,0,39,19996,NULL,-5345230643479223158,9033768628355990570);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0039','K-00039','Als ik later groot ben',17248,'Website',9,1335,'Laptop','Afgerond',17258,'Laptops voor Kids',17318,1,40,19996,NULL,3328760691223240055,8392516046730179957);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0040','K-00040','Als ik later groot ben',17248,'Brievenbus',4,1322,'Sport','Afgerond',17264,'Buurtsportcoach Stad',17276,1,41,19996,NULL,1925852112239774657,-5241311863214366817);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0041','K-00041','Als ik later groot ben',17255,'Brievenbus',9,1359,'Sport','Geen reactie',NULL,NULL,NULL,NULL,42,19996,NULL,2225366951005493603,-5622669620436454640);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0042','K-00042','Als ik later groot ben',17255,'Brievenbus',7,1326,'Fiets','Afgerond',17273,'Stichting Leergeld Almere',17337,1,43,19996,NULL,-8102827286864676483,8090207183025653743);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0043','K-00043','Als ik later groot ben',17256,'Facebook',9,1316,'Sport','Afgerond',17275,'Jeugdfonds Sport & Cultuur',17327,1,44,19996,NULL,-582886657404069237,-8014099628035157303);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0044','K-00044','Als ik later groot ben',17256,'Brievenbus',7,1335,'Overig','Afgerond',17268,'Stichting Jarige Job',17302,0,45,19996,NULL,5477977051540189680,8712265000161710421);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0045','K-00045','Als ik later groot ben',17259,'Website',11,1332,'Sport','Verbonden',17281,'Buurtsportcoach Buiten',17318,0,46,19996,NULL,4269928102166403146,903398212846460072);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0046','K-00046','Als ik later groot ben',17260,'Brievenbus',11,1333,'Sport','Afgerond',17269,'Buurtsportcoach Buiten',17321,0,47,19996,NULL,-4585941125539089560,-8074459951741595053);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0048','K-00048','Als ik later groot ben',17261,'Brievenbus',11,1324,'Sport','Afgerond',17271,'Almere City FC Foundation',17314,0,49,19996,NULL,3671315975667757173,2328870018794275080);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0049','K-00049','Als ik later groot ben',17263,'Website',7,1318,'Overig','Afgerond',17284,'Wijkteam Almere',17337,0,50,19996,NULL,7359104661461285368,-2240796842858900338);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0050','K-00050','Als ik later groot ben',17266,'Brievenbus',9,1363,'Bijles','Verbonden',17286,'Bijles aan Huis Almere',17334,1,51,19996,NULL,-4119283197408555407,-436159794215688760);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0051','K-00051','Als ik later groot ben',17267,'Website',6,1312,'Overig','Geen reactie',NULL,NULL,NULL,NULL,52,19996,NULL,3932373592286680984,4415982978671606320);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0052','K-00052','Als ik later groot ben',17267,'Brievenbus',11,1343,'Overig','Afgerond',17280,'Stichting Jarige Job',17323,0,53,19996,NULL,6893416110333035981,-3519067374236942295);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0053','K-00053','Als ik later groot ben',17268,'Brievenbus',6,1325,'Sport','Afgerond',17284,'Sportbedrijf Almere - Zwemles',17299,0,54,19996,NULL,-7710320855088237531,166757049087102104);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0054','K-00054','Als ik later groot ben',17271,'Sms',9,1328,'Sport','Geen reactie',NULL,NULL,NULL,NULL,55,19996,NULL,4895411243122685331,7195822824156555337);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0055','K-00055','Als ik later groot ben',17273,'Inloopspreekuur bibliotheek',3,1363,'Fiets','Afgerond',17386,'Fietsenbank Almere',17423,0,56,19996,NULL,-7932768946593962898,6600869890887827765);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0056','K-00056','Als ik later groot ben',17274,'Website',4,1324,'Sport','Afgerond',17296,'Buurtsportcoach Stad',17314,0,57,19996,NULL,-5682206465465321441,4076698404922946528);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0057','K-00057','Als ik later groot ben',17274,'Brievenbus',9,1324,'Sport','Afgerond',17291,'Jeugdfonds Sport & Cultuur',17340,0,58,19996,NULL,-3828498790526276695,-3419453999023059991);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0058','K-00058','Als ik later groot ben',17275,'Website',11,1339,'Overig','Afgerond',17301,'Stichting Jarige Job',17341,1,59,19996,NULL,3496737514534407201,1409238309746740702);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0059','K-00059','Als ik later groot ben',17277,'Facebook',10,1349,'Laptop','Afgerond',17287,'Laptops voor Kids',17340,1,60,19996,NULL,520490923414805115,4617468358339184600);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0060','K-00060','Als ik later groot ben',17278,'Brievenbus',7,1319,'Sport','Afgerond',17332,'Buurtsportcoach Stad',17352,1,61,19996,NULL,7781004423121619239,-4980405022353340779);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0061','K-00061','Als ik later groot ben',17280,'Brievenbus',9,1356,'Sport','Verbonden',17293,'Jeugdfonds Sport & Cultuur',17354,1,62,19996,NULL,-1283526492311938242,3380812247167306229);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0062','K-00062','Als ik later groot ben',17281,'Facebook',6,1324,'Laptop','Afgerond',17294,'Stichting Leergeld Almere',17314,1,63,19996,NULL,-765677269838678162,7104239384935066695);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0063','K-00063','Als ik later groot ben',17283,'Website',5,1315,'Bijles','Afgerond',17303,'Taalhuis Bibliotheek Almere',17318,0,64,19996,NULL,6784169250590691350,-2700186557860996871);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0064','K-00064','Als ik later groot ben',17284,'Brievenbus',12,1326,'Sport','Afgerond',17295,'Buurtsportcoach Stad',17334,0,65,19996,NULL,-7632204758963936630,966328881397031351);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0065','K-00065','Als ik later groot ben',17285,'Brievenbus',5,1333,'Bijles','Afgerond',17293,'Huiswerkbegeleiding Stad',17316,1,66,19996,NULL,-905341893374438246,397638691876279063);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0066','K-00066','Als ik later groot ben',17287,'Brievenbus',7,1332,'Sport','Afgerond',17308,'Sportbedrijf Almere - Zwemles',17365,1,67,19996,NULL,-5767506740202788569,-7505129216614563604);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0067','K-00067','Als ik later groot ben',17291,'Sms',3,1329,'Kleding','Verbonden',17319,'Kledingbank Almere',17394,0,68,19996,NULL,4818970712607457745,-3063715454991563963);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0068','K-00068','Als ik later groot ben',17294,'Brievenbus',6,1323,'Overig','Afgerond',17310,'Wijkteam Almere',17328,1,69,19996,NULL,-4536865022392679507,7076796231733359236);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0069','K-00069','Als ik later groot ben',17296,'Brievenbus',5,1363,'Fiets','Afgerond',17317,'Stichting Leergeld Almere',17341,0,70,19996,NULL,-5937865578121100329,4908481315437776549);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0070','K-00070','Als ik later groot ben',17296,'Website',12,1339,'Muziek en cultuur','Afgerond',17316,'Theaterschool Almere',17337,0,71,19996,NULL,2924349041003381556,3926077212108752216);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0071','K-00071','Als ik later groot ben',17297,'Brievenbus',1,1363,'Sport','Afgerond',17313,'Jeugdfonds Sport & Cultuur',17358,1,72,19996,NULL,4090105386922444509,-6886112677334939151);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0072','K-00072','Als ik later groot ben',17298,'Brievenbus',6,1355,'Fiets','Afgerond',17311,'Stichting Leergeld Almere',17387,0,73,19996,NULL,-2516391621480206368,-4945589753817590660);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0073','K-00073','Als ik later groot ben',17302,'Website',12,1313,'Bijles','Afgerond',17309,'Bijles aan Huis Almere',17379,0,74,19996,NULL,-4732215741241508266,6893720672832224492);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0074','K-00074','Als ik later groot ben',17303,'Brievenbus',11,1322,'Overig','Geen reactie',NULL,NULL,NULL,NULL,75,19996,NULL,-5309587345871696305,-6127047215977790575);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0075','K-00075','Als ik later groot ben',17307,'Brievenbus',6,1332,'Muziek en cultuur','Afgerond',17317,'Muziekcollectief Almere',17353,0,76,19996,NULL,8409847174436678938,-4563106002188476716);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0076','K-00076','Als ik later groot ben',17308,'Brievenbus',8,1318,'Sport','Afgerond',17322,'Jeugdfonds Sport & Cultuur',17339,0,77,19996,NULL,42792110985980141,3896094456720732470);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0077','K-00077','Als ik later groot ben',17310,'Brievenbus',4,1334,'Bijles','Afgerond',17317,'Taalhuis Bibliotheek Almere',17398,0,78,19996,NULL,-8918443044187074199,7686619142735336418);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0078','K-00078','Als ik later groot ben',17311,'Facebook',12,1361,'Fiets','Afgerond',17327,'Fietsenbank Almere',17369,1,79,19996,NULL,-6643843408150349670,-3751031262974625328);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0079','K-00079','Als ik later groot ben',17311,'Brievenbus',2,1319,'Sport','Afgerond',17326,'Buurtsportcoach Stad',17395,1,80,19996,NULL,-7232448323129245592,-7818550414916911997);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0080','K-00080','Als ik later groot ben',17312,'Website',11,1331,'Sport','Afgerond',17331,'Jeugdfonds Sport & Cultuur',17374,0,81,19996,NULL,-4842152410534783575,480162819173554621);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0081','K-00081','Als ik later groot ben',17317,'Website',5,1317,'Muziek en cultuur','Afgerond',17334,'Jeugdfonds Sport & Cultuur',17344,0,82,19996,NULL,2424681317040372630,3943565726088387222);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0082','K-00082','Als ik later groot ben',17323,'Brievenbus',9,1335,'Fiets','Afgerond',17334,'Fietsenbank Almere',17378,1,83,19996,NULL,-5667880753511372591,-8191282010945862025);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0083','K-00083','Als ik later groot ben',17327,'Website',3,1328,'Overig','Afgerond',17336,'Stichting Jarige Job',17402,1,84,19996,NULL,-8406756549252294693,584807966659188916);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0084','K-00084','Als ik later groot ben',17329,'Brievenbus',5,1324,'Fiets','Afgerond',17342,'Stichting Leergeld Almere',17385,1,85,19996,NULL,-1880444196623441987,-4799422504006586989);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0085','K-00085','Als ik later groot ben',17331,'Brievenbus',8,1328,'Fiets','Afgerond',17341,'Fietsenbank Almere',17356,1,86,19996,NULL,-4815576694953467682,-2939994919948021421);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0086','K-00086','Als ik later groot ben',17332,'Brievenbus',10,1311,'Overig','Afgerond',17351,'Stichting Leergeld Almere',17372,0,87,19996,NULL,-8595746477738772778,8427861509847650028);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0087','K-00087','Als ik later groot ben',17333,'WhatsApp',9,1315,'Overig','Afgerond',17354,'Wijkteam Almere',17404,0,88,19996,NULL,-7333386484314947529,-7766667795818030779);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0088','K-00088','Als ik later groot ben',17335,'Brievenbus',4,1314,'Sport','Afgerond',17365,'Sportbedrijf Almere - Zwemles',17408,1,89,19996,NULL,-801593991257182097,4484738979647723753);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0089','K-00089','Als ik later groot ben',17338,'WhatsApp',4,1363,'Muziek en cultuur','Afgerond',17349,'Jeugdfonds Sport & Cultuur',17363,0,90,19996,NULL,672880527647301163,5620387366071508685);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0090','K-00090','Als ik later groot ben',17339,'Facebook',11,1356,'Sport','Afgerond',17351,'Stichting Leergeld Almere',17371,0,91,19996,NULL,8040139489897144813,-3472762494765766383);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0091','K-00091','Als ik later groot ben',17342,'Brievenbus',8,1339,'Muziek en cultuur','Afgerond',17355,'Artlab Almere',17372,1,92,19996,NULL,3497669910708384373,2006348752810884900);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0092','K-00092','Als ik later groot ben',17343,'Website',12,1325,'Sport','Afgerond',17360,'Buurtsportcoach Stad',17392,1,93,19996,NULL,8792016842015336384,-4050825219911282618);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0093','K-00093','Als ik later groot ben',17343,'Facebook',3,1314,'Sport','Afgerond',17368,'Buurtsportcoach Stad',17429,0,94,19996,NULL,194943057197364289,2306348249226639965);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0094','K-00094','Als ik later groot ben',17344,'Brievenbus',7,1333,'Kleding','Afgerond',17365,'Kledingbank Almere',17438,0,95,19996,NULL,-3802451256053964108,5274817704093856583);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0095','K-00095','Als ik later groot ben',17344,'Brievenbus',9,1321,'Sport','Ingetrokken',NULL,NULL,NULL,NULL,96,19996,NULL,5058076247247070166,6148258420725740320);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0096','K-00096','Als ik later groot ben',17344,'Brievenbus',9,1317,'Overig','Afgerond',17350,'Nationaal Fonds Kinderhulp',17373,0,97,19996,NULL,-6772886105317761538,4178076070152420742);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0097','K-00097','Als ik later groot ben',17346,'Brievenbus',9,1315,'Overig','Afgerond',17354,'Stichting Leergeld Almere',17372,0,98,19996,NULL,7842780169686270144,1723253087237114671);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0098','K-00098','Als ik later groot ben',17346,'Brievenbus',11,1328,'Sport','Afgerond',17357,'Buurtsportcoach Stad',17423,0,99,19996,NULL,1291044151912931330,6741586398821935918);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0099','K-00099','Als ik later groot ben',17351,'Inloopspreekuur bibliotheek',10,1358,'Laptop','Afgerond',17376,'Laptops voor Kids',17438,0,100,19996,NULL,2201066584991547811,-8610622897225241530);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0100','K-00100','Als ik later groot ben',17354,'Brievenbus',8,1327,'Sport','Afgerond',17380,'Buurtsportcoach Stad',17459,1,101,19996,NULL,-526266017105725536,-8069303863582017196);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0101','K-00101','Als ik later groot ben',17357,'Website',1,1318,'Sport','Afgerond',17385,'Jeugdfonds Sport & Cultuur',17431,1,102,19996,NULL,8858449042011788638,5702906775842409891);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0102','K-00102','Als ik later groot ben',17358,'Inloopspreekuur bibliotheek',4,1317,'Sport','Afgerond',17396,'Jeugdfonds Sport & Cultuur',17430,0,103,19996,NULL,-152606682331899197,-495105409024826345);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0103','K-00103','Als ik later groot ben',17359,'Sms',9,1337,'Overig','Geen reactie',NULL,NULL,NULL,NULL,104,19996,NULL,2986467742053865293,-7248594182040834290);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0104','K-00104','Als ik later groot ben',17359,'Brievenbus',5,1363,'Overig','Afgerond',17387,'Stichting Jarige Job',17421,0,105,19996,NULL,1561045363622911791,-2311428263879878960);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0105','K-00105','Als ik later groot ben',17360,'Inloopspreekuur bibliotheek',8,1321,'Bijles','Afgerond',17380,'Bijles aan Huis Almere',17433,1,106,19996,NULL,-5587880529911397260,-2089667754590675794);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0106','K-00106','Als ik later groot ben',17367,'Website',9,1337,'Muziek en cultuur','Afgerond',17388,'Muziekcollectief Almere',17439,0,107,19996,NULL,6999196276547014576,-3372264338112297463);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0107','K-00014','Als ik later groot ben',17367,'Brievenbus',5,1328,'Sport','Afgerond',17397,'Jeugdfonds Sport & Cultuur',17441,1,108,19996,NULL,-3126236124880547430,1502804253507409844);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0108','K-00107','Als ik later groot ben',17368,'Website',8,1352,'Sport','Geen reactie',NULL,NULL,NULL,NULL,109,19996,NULL,5318009999393878688,-7197602855924870981);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0109','K-00108','Als ik later groot ben',17369,'Brievenbus',11,1349,'Muziek en cultuur','Afgerond',17394,'Kinderkoor De Schakel',17420,1,110,19996,NULL,-224713704640865911,618332791533618557);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0110','K-00109','Als ik later groot ben',17370,'Sms',3,1363,'Overig','Afgerond',17409,'Wijkteam Almere',17481,1,111,19996,NULL,7264220391955414451,-8756086908371056828);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0111','K-00110','Als ik later groot ben',17371,'Website',11,1312,'Laptop','Afgerond',17395,'Stichting Leergeld Almere',17409,1,112,19996,NULL,2704019886025543655,365872170910339049);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0112','K-00111','Als ik later groot ben',17372,'Brievenbus',4,1319,'Kleding','Afgerond',17399,'Stichting Leergeld Almere',17454,1,113,19996,NULL,-8548050698136169674,5502895487298248629);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0113','K-00112','Als ik later groot ben',17373,'Brievenbus',10,1335,'Muziek en cultuur','Verbonden',17394,'Jeugdfonds Sport & Cultuur',17442,1,114,19996,NULL,-7076693138393505383,8693099491189840991);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0114','K-00113','Als ik later groot ben',17375,'Brievenbus',10,1317,'Muziek en cultuur','Afgerond',17409,'Muziekcollectief Almere',17427,1,115,19996,NULL,8972138608510864663,7822905059249210098);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0115','K-00114','Als ik later groot ben',17378,'Website',10,1319,'Fiets','Afgerond',17401,'Fietsenbank Almere',17460,1,116,19996,NULL,6531670279676010850,2000751663511377591);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0116','K-00115','Als ik later groot ben',17378,'Facebook',7,1312,'Overig','Geen reactie',NULL,NULL,NULL,NULL,117,19996,NULL,2960305894224437563,-7981584469433003314);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0117','K-00116','Als ik later groot ben',17378,'Brievenbus',5,1315,'Kleding','Afgerond',17408,'Kledingbank Almere',17433,0,118,19996,NULL,1285575935017541936,5583048767135348512);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0118','K-00117','Als ik later groot ben',17379,'Website',12,1364,'Sport','Verbonden',17409,'Buurtsportcoach Poort',17429,1,119,19996,NULL,-5276366938879116779,327800178222114290);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0119','K-00118','Als ik later groot ben',17379,'Brievenbus',7,1331,'Kleding','Afgerond',17441,'Stichting Leergeld Almere',17475,0,120,19996,NULL,5414588372985653556,-222042459129422481);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0120','K-00119','Als ik later groot ben',17382,'Brievenbus',4,1335,'Sport','Afgerond',17405,'Jeugdfonds Sport & Cultuur',17465,0,121,19996,NULL,-5455900394494514321,1798900446910475496);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0121','K-00120','Als ik later groot ben',17385,'Facebook',6,1319,'Fiets','Afgerond',17415,'Stichting Leergeld Almere',17438,0,122,19996,NULL,1557034566150280095,3057772395152093763);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0122','K-00121','Als ik later groot ben',17386,'Website',7,1324,'Sport','Afgerond',17421,'Buurtsportcoach Stad',17436,0,123,19996,NULL,-363591320958819951,2618509435175135491);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0123','K-00122','Als ik later groot ben',17387,'Website',7,1315,'Sport','Afgerond',17410,'Buurtsportcoach Stad',17463,0,124,19996,NULL,5952472497004321704,4784303655614541272);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0124','K-00123','Als ik later groot ben',17387,'Brievenbus',12,1328,'Fiets','Verbonden',17418,'Nationaal Fonds Kinderhulp',17442,0,125,19996,NULL,6772400358068028779,-6842789707016584957);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0125','K-00124','Als ik later groot ben',17387,'Website',3,1358,'Fiets','Afgerond',17410,'Nationaal Fonds Kinderhulp',17423,0,126,19996,NULL,7418033965549190609,8316588038062124848);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0126','K-00125','Als ik later groot ben',17389,'Brievenbus',11,1331,'Muziek en cultuur','Afgerond',17417,'Muziekcollectief Almere',17489,0,127,19996,NULL,1062777832088291571,-4417654197858353245);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0127','K-00126','Als ik later groot ben',17389,'Website',4,1326,'Muziek en cultuur','Afgerond',17428,'Jeugdfonds Sport & Cultuur',17449,0,128,19996,NULL,8370953479125623417,-6903242664417572880);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0128','K-00127','Als ik later groot ben',17392,'Website',12,1337,'Bijles','Afgerond',17414,'Huiswerkbegeleiding Stad',17466,0,129,19996,NULL,1704136260818657685,-4350094879495799165);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0129','K-00128','Als ik later groot ben',17393,'Brievenbus',2,1349,'Bijles','Afgerond',17415,'Taalhuis Bibliotheek Almere',17444,0,130,19996,NULL,-1956042362021127880,-9018287392547097192);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0130','K-00129','Als ik later groot ben',17395,'Brievenbus',8,1314,'Muziek en cultuur','Afgerond',17425,'Jeugdfonds Sport & Cultuur',17496,1,131,19996,NULL,6040100546616133307,-8746924489396655283);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0131','K-00130','Als ik later groot ben',17395,'Brievenbus',1,1312,'Fiets','Afgerond',17414,'Stichting Leergeld Almere',17438,0,132,19996,NULL,-7003735748463155860,-8266958958542970206);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0132','K-00131','Als ik later groot ben',17396,'Website',5,1324,'Muziek en cultuur','Afgerond',17422,'Jeugdfonds Sport & Cultuur',17455,1,133,19996,NULL,3896985076691317032,-7305237946461297760);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0133','K-00132','Als ik later groot ben',17397,'Website',10,1339,'Sport','Afgerond',17509,'Jeugdfonds Sport & Cultuur',17550,0,134,19996,NULL,-840515668321427535,6155876429953124359);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0134','K-00023','Als ik later groot ben',17399,'Brievenbus',9,1362,'Overig','Geen reactie',NULL,NULL,NULL,NULL,135,19996,NULL,7689825849996548680,-5254967639327416885);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0135','K-00133','Als ik later groot ben',17402,'Website',9,1318,'Fiets','Afgerond',17417,'Nationaal Fonds Kinderhulp',17481,0,136,19996,NULL,4648483839892974891,-1302903527299475250);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0136','K-00134','Als ik later groot ben',17403,'Website',8,1316,'Muziek en cultuur','Afgerond',17447,'Stichting Leergeld Almere',17465,0,137,19996,NULL,-2274721353881082410,7055965536824943972);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0137','K-00135','Als ik later groot ben',17403,'Brievenbus',2,1318,'Kleding','Afgerond',17427,'Kledingbank Almere',17461,0,138,19996,NULL,7028389923703458127,7300812853357832554);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0138','K-00136','Als ik later groot ben',17405,'Brievenbus',12,1361,'Muziek en cultuur','Afgerond',17426,'Artlab Almere',17438,0,139,19996,NULL,-8161829852132779156,-1808370866596867291);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0139','K-00137','Als ik later groot ben',17406,'Brievenbus',7,1321,'Sport','Afgerond',17429,'Sportbedrijf Almere - Zwemles',17440,0,140,19996,NULL,-1413955261003945061,6456489368390980761);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0140','K-00138','Als ik later groot ben',17408,'Brievenbus',4,1327,'Overig','Afgerond',17430,'Stichting Leergeld Almere',17476,1,141,19996,NULL,8939354432574688911,2069515191259468852);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0141','K-00139','Als ik later groot ben',17409,'Brievenbus',4,1316,'Muziek en cultuur','Afgerond',17442,'Theaterschool Almere',17458,0,142,19996,NULL,7535859841185340665,-1475023992120896460);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0142','K-00140','Als ik later groot ben',17409,'Brievenbus',5,1361,'Sport','Afgerond',17476,'Buurtsportcoach Poort',17496,0,143,19996,NULL,9087355075672956268,-8052350228519555914);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0143','K-00141','Als ik later groot ben',17409,'Website',8,1316,'Fiets','Afgerond',17430,'Stichting Leergeld Almere',17455,0,144,19996,NULL,-5286021419981682179,3971025633246172154);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0144','K-00142','Als ik later groot ben',17410,'Brievenbus',6,1315,'Bijles','Afgerond',17418,'Taalhuis Bibliotheek Almere',17457,0,145,19996,NULL,-4825870973612313538,962783351887518142);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0145','K-00143','Als ik later groot ben',17411,'Brievenbus',12,1357,'Overig','Afgerond',17432,'Nationaal Fonds Kinderhulp',17455,0,146,19996,NULL,7587946062416057159,3656592109775540271);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0146','K-00144','Als ik later groot ben',17412,'Brievenbus',12,1315,'Fiets','Afgerond',17431,'Nationaal Fonds Kinderhulp',17475,0,147,19996,NULL,-2106731126009356359,3459014451945794176);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0147','K-00065','Als ik later groot ben',17413,'Brievenbus',5,1333,'Kleding','Afgerond',17423,'Stichting Leergeld Almere',17453,0,148,19996,NULL,1436115242433115191,465317127627487624);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0148','K-00145','Als ik later groot ben',17414,'Brievenbus',11,1364,'Sport','Ingetrokken',NULL,NULL,NULL,NULL,149,19996,NULL,-2359920446318474437,-8198790649589784958);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0149','K-00146','Als ik later groot ben',17416,'Brievenbus',4,1334,'Sport','Ingetrokken',NULL,NULL,NULL,NULL,150,19996,NULL,4316886848774885652,-5743574154507412444);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0150','K-00147','Als ik later groot ben',17418,'Brievenbus',8,1323,'Sport','Afgerond',17429,'Jeugdfonds Sport & Cultuur',17474,0,151,19996,NULL,8871989846169466477,6075810441770143000);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0151','K-00148','Als ik later groot ben',17418,'Website',8,1317,'Fiets','Geen reactie',NULL,NULL,NULL,NULL,152,19996,NULL,-4423057240791565102,-6020113512096088391);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0152','K-00149','Als ik later groot ben',17420,'Brievenbus',11,1363,'Bijles','Verbonden',17429,'IMC Weekendschool Almere',17498,0,153,19996,NULL,-1347929344332619654,-2391758958502287192);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0153','K-00150','Als ik later groot ben',17420,'Brievenbus',9,1322,'Sport','Afgerond',17436,'Buurtsportcoach Stad',17476,0,154,19996,NULL,5005236744653449538,-1367896132233166853);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0154','K-00151','Als ik later groot ben',17420,'Website',6,1335,'Kleding','Afgerond',17448,'Kledingbank Almere',17464,1,155,19996,NULL,5458470420835273431,-1927195274783523107);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0155','K-00152','Als ik later groot ben',17420,'Website',10,1355,'Bijles','Afgerond',17444,'Huiswerkbegeleiding Stad',17481,0,156,19996,NULL,909043361105251564,4549351118262706774);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0156','K-00153','Als ik later groot ben',17422,'Brievenbus',4,1355,'Fiets','Geen reactie',NULL,NULL,NULL,NULL,157,19996,NULL,7977058995580116837,-6343226304827112596);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0157','K-00154','Als ik later groot ben',17424,'Brievenbus',12,1357,'Sport','Afgerond',17436,'Sportbedrijf Almere - Zwemles',17461,0,158,19996,NULL,-6345174808744005381,-8784772622658069241);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0158','K-00155','Als ik later groot ben',17425,'Website',12,1337,'Sport','Afgerond',17440,'Sportbedrijf Almere - Zwemles',17496,0,159,19996,NULL,-1676028153462146120,-4472136020270495955);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0159','K-00156','Als ik later groot ben',17427,'Website',11,1312,'Muziek en cultuur','Afgerond',17451,'Kinderkoor De Schakel',17492,0,160,19996,NULL,-2517038239007295625,3674901570525702246);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0160','K-00157','Als ik later groot ben',17428,'Brievenbus',5,1321,'Laptop','Verbonden',17499,'Laptops voor Kids',17515,1,161,19996,NULL,-8957316493031054695,-6844954055996994192);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0161','K-00158','Als ik later groot ben',17428,'Brievenbus',8,1339,'Fiets','Afgerond',17436,'Fietsenbank Almere',17462,0,162,19996,NULL,4454380524153283345,6481316339553340858);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0162','K-00159','Als ik later groot ben',17430,'Website',9,1357,'Muziek en cultuur','Afgerond',17443,'Jeugdfonds Sport & Cultuur',17475,0,163,19996,NULL,-8458927701821131921,7698266066226176688);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0163','K-00160','Als ik later groot ben',17432,'Brievenbus',6,1334,'Sport','Afgerond',17442,'Buurtsportcoach Buiten',17510,0,164,19996,NULL,-8420788035261944099,-8517811489501766156);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0164','K-00030','Als ik later groot ben',17434,'Brievenbus',7,1364,'Overig','Verbonden',17443,'Stichting Leergeld Almere',17468,0,165,19996,NULL,-8433947513181590813,-6616345417542763762);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0165','K-00062','Als ik later groot ben',17434,'Brievenbus',6,1324,'Sport','Verbonden',17439,'Jeugdfonds Sport & Cultuur',17452,0,166,19996,NULL,-831594983269362351,1242363828224495711);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0166','K-00161','Als ik later groot ben',17434,'Website',12,1358,'Fiets','Afgerond',17442,'Stichting Leergeld Almere',17468,1,167,19996,NULL,-5853300324114769410,5085676997390364280);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0167','K-00162','Als ik later groot ben',17434,'Brievenbus',7,1333,'Laptop','Afgerond',17524,'Laptops voor Kids',17576,1,168,19996,NULL,7904137128691128246,6174223730547942946);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0168','K-00163','Als ik later groot ben',17435,'Inloopspreekuur bibliotheek',11,1314,'Muziek en cultuur','Afgerond',17480,'Jeugdfonds Sport & Cultuur',17523,0,169,19996,NULL,-310513734548646460,-85003544464278864);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0169','K-00164','Als ik later groot ben',17435,'Brievenbus',11,1361,'Overig','Afgerond',17447,'Stichting Leergeld Almere',17463,1,170,19996,NULL,-53679186423356439,-9140416152545559243);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0170','K-00165','Als ik later groot ben',17437,'Website',2,1338,'Sport','Afgerond',17445,'Buurtsportcoach Buiten',17488,0,171,19996,NULL,-5018929318434739460,6168484894988114435);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0171','K-00166','Als ik later groot ben',17437,'Brievenbus',12,1351,'Sport','Afgerond',17459,'Buurtsportcoach Haven',17506,1,172,19996,NULL,5669182325297505992,3990311919763114769);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0172','K-00167','Als ik later groot ben',17438,'Brievenbus',7,1316,'Overig','Afgerond',17449,'Stichting Leergeld Almere',17493,1,173,19996,NULL,372365921686366458,-5959434313905518978);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0173','K-00168','Als ik later groot ben',17438,'Website',5,1334,'Overig','Afgerond',17454,'Stichting Jarige Job',17483,1,174,19996,NULL,-8226976305885865477,-2972780873876205086);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0174','K-00169','Als ik later groot ben',17438,'Brievenbus',12,1321,'Bijles','Ingetrokken',NULL,NULL,NULL,NULL,175,19996,NULL,-4543436472107045747,1808479585473423665);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0175','K-00170','Als ik later groot ben',17441,'Brievenbus',6,1349,'Sport','Afgerond',17456,'Buurtsportcoach Buiten',17469,1,176,19996,NULL,1883708923223698852,6359782468355244736);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0176','K-00171','Als ik later groot ben',17441,'Website',7,1351,'Bijles','Afgerond',17455,'Huiswerkbegeleiding Stad',17485,1,177,19996,NULL,-3335337744328967765,3203592962030036186);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0177','K-00172','Als ik later groot ben',17441,'Brievenbus',10,1359,'Bijles','Afgerond',17497,'Bijles aan Huis Almere',17524,1,178,19996,NULL,96987412869815299,-4876786614046696194);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0178','K-00173','Als ik later groot ben',17442,'WhatsApp',11,1349,'Fiets','Afgerond',17461,'Fietsenbank Almere',17492,0,179,19996,NULL,8368730305511703514,-7533403083677139541);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0179','K-00174','Als ik later groot ben',17442,'Brievenbus',8,1337,'Fiets','Verbonden',17467,'Stichting Leergeld Almere',17546,1,180,19996,NULL,-1148464940911234093,-2117658561145169829);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0180','K-00175','Als ik later groot ben',17442,'Brievenbus',7,1315,'Sport','Afgerond',17457,'Buurtsportcoach Stad',17527,0,181,19996,NULL,3684463392440466881,-7429311386449068526);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0181','K-00176','Als ik later groot ben',17443,'Brievenbus',12,1352,'Muziek en cultuur','Afgerond',17453,'Jeugdfonds Sport & Cultuur',17471,1,182,19996,NULL,1406293955254187212,-8176857690691039702);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0182','K-00177','Als ik later groot ben',17444,'Brievenbus',6,1333,'Muziek en cultuur','Verbonden',17466,'Muziekcollectief Almere',17513,0,183,19996,NULL,4440840023736899877,-3068805809440705179);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0183','K-00178','Als ik later groot ben',17445,'Website',10,1325,'Overig','Afgerond',17461,'Nationaal Fonds Kinderhulp',17508,1,184,19996,NULL,-6899365051149410941,6449148990733570624);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0184','K-00179','Als ik later groot ben',17445,'Website',3,1354,'Sport','Verbonden',17457,'Buurtsportcoach Haven',17486,1,185,19996,NULL,-8932358790070339107,8863238750354893948);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0185','K-00180','Als ik later groot ben',17447,'Website',8,1362,'Sport','Afgerond',17474,'Buurtsportcoach Poort',17510,0,186,19996,NULL,-7392000866670835426,3057279072330254428);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0186','K-00181','Als ik later groot ben',17448,'Brievenbus',7,1315,'Muziek en cultuur','Afgerond',17463,'Kinderkoor De Schakel',17504,1,187,19996,NULL,5956558778110393136,7542538496227387469);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0187','K-00182','Als ik later groot ben',17449,'Sms',8,1312,'Sport','Afgerond',17469,'Buurtsportcoach Stad',17543,0,188,19996,NULL,-4929934495713222697,7786843143026325183);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0188','K-00183','Als ik later groot ben',17449,'Website',8,1361,'Kleding','Afgerond',17457,'Nationaal Fonds Kinderhulp',17491,0,189,19996,NULL,-2471638170799976031,-3149407979277261421);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0189','K-00071','Als ik later groot ben',17451,'Brievenbus',1,1363,'Sport','Afgerond',17467,'Jeugdfonds Sport & Cultuur',17528,0,190,19996,NULL,1954397102888813961,-5688054051656941933);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0190','K-00184','Als ik later groot ben',17451,'Website',11,1354,'Sport','Afgerond',17472,'Buurtsportcoach Haven',17489,1,191,19996,NULL,3981409576613920382,1274805371022658516);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0191','K-00185','Als ik later groot ben',17451,'Brievenbus',6,1363,'Fiets','Afgerond',17482,'Fietsenbank Almere',17514,0,192,19996,NULL,-9016374186489940642,-5492829534917376017);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0192','K-00186','Als ik later groot ben',17451,'Brievenbus',4,1356,'Fiets','Afgerond',17466,'Fietsenbank Almere',17535,0,193,19996,NULL,2708563235876640375,-8153455931842661272);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0193','K-00187','Als ik later groot ben',17452,'Website',10,1349,'Muziek en cultuur','Geen reactie',NULL,NULL,NULL,NULL,194,19996,NULL,-1065800941371979669,8862631551483535686);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0194','K-00188','Als ik later groot ben',17452,'Brievenbus',8,1316,'Fiets','Afgerond',17554,'Fietsenbank Almere',17615,0,195,19996,NULL,7299785072814332579,5561046915924511298);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0195','K-00189','Als ik later groot ben',17452,'Website',11,1363,'Muziek en cultuur','Afgerond',17468,'Kinderkoor De Schakel',17484,0,196,19996,NULL,3990362284053689344,-2514717757367077569);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0196','K-00123','Als ik later groot ben',17455,'Facebook',12,1328,'Fiets','Geen reactie',NULL,NULL,NULL,NULL,197,19996,NULL,4136189319269536594,-6148698832171492563);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0197','K-00190','Als ik later groot ben',17455,'Brievenbus',12,1316,'Sport','Afgerond',17474,'Sportbedrijf Almere - Zwemles',17509,0,198,19996,NULL,-2257652994005672164,6401443504204640309);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0198','K-00191','Als ik later groot ben',17456,'Brievenbus',5,1361,'Bijles','Afgerond',17476,'Huiswerkbegeleiding Stad',17493,0,199,19996,NULL,-5979577698520014795,-7086477768907678862);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0199','K-00192','Als ik later groot ben',17456,'Brievenbus',5,1339,'Fiets','Afgerond',17467,'Nationaal Fonds Kinderhulp',17486,0,200,19996,NULL,-8999088322429665977,1390369650044080590);
INSERT INTO droom_stand VALUES(2,'AILGB-2017-0200','K-00193','Als ik later groot ben',17456,'Brievenbus',6,1329,'Overig','Afgerond',17469,'Nationaal Fonds Kinderhulp',17496,1,201,19996,NULL,-6143780984117211161,-9066914763089941408);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0433','K-05101','Dare to dream in 036',19716,'Instagram',17,1349,'Bijles','Afgerond',19739,'Stichting Leergeld Almere',19783,0,202,19996,20088,2679946971027641981,2581853329318941961);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0434','K-05102','Dare to dream in 036',19716,'WhatsApp',16,1318,'Fiets','Verbonden',19733,'Nationaal Fonds Kinderhulp',19761,1,203,19996,20088,30024719102074048,3173089345873876290);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0435','K-05103','Dare to dream in 036',19716,'Instagram',14,1314,'Bijles','Afgerond',19746,'Taalhuis Bibliotheek Almere',19789,0,204,19996,20088,7226582662492127800,885072002483219228);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0436','K-05108','Dare to dream in 036',19717,'Inloopspreekuur bibliotheek',12,1358,'Kleding','Afgerond',19732,'Nationaal Fonds Kinderhulp',19749,1,205,19996,20088,-8397897639176081348,2369412354707943213);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0437','K-05109','Dare to dream in 036',19717,'Instagram',13,1313,'Overig','Verbonden',19794,'Nationaal Fonds Kinderhulp',19807,0,206,19996,20088,7502964269301693457,3567589137900565726);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0438','K-05116','Dare to dream in 036',19719,'WhatsApp',15,1315,'Beroep en meelopen','Afgerond',19730,'Meeloopnetwerk Alliantie Kinderarmoede',19793,0,207,19996,20088,-4338394326824176870,-4935016060884013462);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0439','K-05119','Dare to dream in 036',19719,'WhatsApp',13,1323,'Sport','Verbonden',19735,'Buurtsportcoach Stad',19803,1,208,19996,20088,9202067882445985217,-727454048738484939);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0440','K-05120','Dare to dream in 036',19719,'Website',13,1349,'Beroep en meelopen','Afgerond',19736,'Bibliotheek Almere - Beroepencollege',19815,0,209,19996,20088,685514874834175679,-6458677010848612143);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0441','K-05124','Dare to dream in 036',19719,'Website',13,1324,'Beroep en meelopen','Verbonden',19813,'Bibliotheek Almere - Beroepencollege',19878,0,210,19996,20088,-2664199952448289316,6475754470369283523);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0442','K-05131','Dare to dream in 036',19720,'Sms',17,1361,'Muziek en cultuur','Verbonden',19740,'Theaterschool Almere',19805,0,211,19996,20088,1059751028343736944,-3172662664142915842);
INSERT INTO droom_stand VALUES(2,'DTD-2023-0443','K-05134','Dare to dream in 036',19722,'Website',15,1341,'Overig','Verbonden',19749,'Stichting Jarige Job',19823,0,212,19996,20088,-2823380602774791279,4390624141350593254);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0001','K-05139','Dare to dream in 036',19723,'Sms',14,1363,'Fiets','Afgerond',19744,'Fietsenbank Almere',19798,1,213,19996,20088,-6885572882673311967,3534050149516465526);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0002','K-05140','Dare to dream in 036',19723,'Sms',15,1337,'Fiets','Afgerond',19743,'Fietsenbank Almere',19806,1,214,19996,20088,3486661619086491627,8364765976407746412);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0003','K-05141','Dare to dream in 036',19724,'Brievenbus',16,1324,'Sport','Verbonden',19746,'Buurtsportcoach Stad',19823,1,215,19996,20088,-1020525747276356550,-2326552225611314038);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0004','K-05144','Dare to dream in 036',19724,'Instagram',15,1339,'Laptop','Afgerond',19748,'Stichting Leergeld Almere',19775,0,216,19996,20088,-3691175613861894692,-2482801564214427860);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0005','K-05148','Dare to dream in 036',19724,'Instagram',13,1312,'Beroep en meelopen','Ingetrokken',19743,NULL,NULL,NULL,217,19996,20088,-2698751022230416388,4649306171436641471);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0006','K-05149','Dare to dream in 036',19724,'Website',14,1333,'Beroep en meelopen','Afgerond',19769,'Bibliotheek Almere - Beroepencollege',19788,0,218,19996,20088,479310784344759506,5959106653535100592);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0007','K-05160','Dare to dream in 036',19726,'WhatsApp',15,1324,'Kleding','Afgerond',19746,'Stichting Leergeld Almere',19762,0,219,19996,20088,6937629002588378926,-2547615429662430611);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0008','K-05164','Dare to dream in 036',19727,'Instagram',16,1362,'Fiets','Ingetrokken',NULL,NULL,NULL,NULL,221,19996,20088,-8056284465448683893,-4438868842555774375);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0009','K-05166','Dare to dream in 036',19727,'Brievenbus',14,1361,'Beroep en meelopen','Afgerond',19748,'Bibliotheek Almere - Beroepencollege',19764,1,222,19996,20088,-2309866388772660300,8259061534730713543);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0010','K-05167','Dare to dream in 036',19727,'Sms',13,1316,'Laptop','Verbonden',19746,'Laptops voor Kids',19758,0,223,19996,20088,-3709796993440300468,6558108199206918041);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0011','K-03535','Dare to dream in 036',19730,'Website',13,1326,'Bijles','Afgerond',19751,'Bijles aan Huis Almere',19784,0,224,19996,20088,-3491790676224166239,6625940114928143749);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0012','K-05178','Dare to dream in 036',19732,'Website',13,1324,'Overig','Verbonden',19767,'Stichting Leergeld Almere',19796,0,225,19996,20088,-5041463518971095555,-4727305127293489207);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0013','K-04373','Dare to dream in 036',19733,'Inloopspreekuur bibliotheek',13,1324,'Bijles','Verbonden',19752,'Taalhuis Bibliotheek Almere',19803,0,226,19996,20088,8188201211187575403,591926108873350286);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0014','K-05180','Dare to dream in 036',19733,'WhatsApp',14,1328,'Sport','Afgerond',19744,'Jeugdfonds Sport & Cultuur',19775,0,227,19996,20088,-3552257508330491692,8098760914105591032);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0015','K-05181','Dare to dream in 036',19733,'WhatsApp',12,1319,'Kleding','Geen reactie',NULL,NULL,NULL,NULL,228,19996,20088,-7471245084793877981,8718504887119200450);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0016','K-05182','Dare to dream in 036',19733,'WhatsApp',16,1337,'Sport','Verbonden',19766,'Stichting Leergeld Almere',19804,0,229,19996,20088,-6771252401885152274,5834853553743107700);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0017','K-05183','Dare to dream in 036',19733,'Instagram',14,1312,'Beroep en meelopen','Afgerond',19742,'Meeloopnetwerk Alliantie Kinderarmoede',19766,1,230,19996,20088,7135806698059857474,2883795010770383026);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0018','K-03566','Dare to dream in 036',19734,'Instagram',15,1324,'Sport','Afgerond',19750,'Jeugdfonds Sport & Cultuur',19768,0,231,19996,20088,5472491816273377289,7102996853610042761);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0019','K-03851','Dare to dream in 036',19734,'WhatsApp',16,1338,'Sport','Afgerond',19751,'Jeugdfonds Sport & Cultuur',19781,1,232,19996,20088,-993470794302317626,-5295626272892640650);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0020','K-05184','Dare to dream in 036',19734,'Brievenbus',15,1338,'Beroep en meelopen','Afgerond',19752,'Bibliotheek Almere - Beroepencollege',19767,0,233,19996,20088,-101514581267871674,4198195778577854811);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0021','K-05195','Dare to dream in 036',19737,'WhatsApp',15,1363,'Beroep en meelopen','Afgerond',19749,'Bibliotheek Almere - Beroepencollege',19780,0,234,19996,20088,3357795010267156015,-1402557710654527585);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0022','K-05196','Dare to dream in 036',19737,'WhatsApp',13,1322,'Laptop','Afgerond',19760,'Laptops voor Kids',19788,0,235,19996,20088,6995110533987118405,-5170345627850015834);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0023','K-03682','Dare to dream in 036',19738,'Website',14,1311,'Sport','Afgerond',19748,'Sportbedrijf Almere - Zwemles',19788,0,236,19996,20088,-1498622759965068871,-6979104529358569008);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0024','K-05198','Dare to dream in 036',19738,'Instagram',12,1338,'Overig','Verbonden',19764,'Stichting Jarige Job',19795,0,237,19996,20088,5056180424183057738,-1041349872590365007);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0025','K-05203','Dare to dream in 036',19739,'Instagram',13,1316,'Fiets','Verbonden',19751,'Nationaal Fonds Kinderhulp',19818,0,238,19996,20088,7433213380025134667,-416498958659615197);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0026','K-05206','Dare to dream in 036',19739,'Instagram',17,1331,'Sport','Afgerond',19763,'Jeugdfonds Sport & Cultuur',19835,1,239,19996,20088,-9199712644842829951,5104814955940169953);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0027','K-05211','Dare to dream in 036',19741,'WhatsApp',13,1358,'Beroep en meelopen','Afgerond',19760,'Jongerenloket Almere',19812,0,240,19996,20088,9014022212549906876,6493328472297718811);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0028','K-05215','Dare to dream in 036',19741,'Instagram',15,1341,'Laptop','Afgerond',19766,'Laptops voor Kids',19805,0,241,19996,20088,-5130464748319504928,5648411535736472867);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0029','K-05216','Dare to dream in 036',19742,'Website',14,1312,'Laptop','Geen reactie',NULL,NULL,NULL,NULL,242,19996,20088,-1334599389024853799,-2233387164983099451);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0030','K-05217','Dare to dream in 036',19742,'Instagram',12,1358,'Sport','Afgerond',19766,'Jeugdfonds Sport & Cultuur',19786,1,243,19996,20088,-1053424126815329980,-6140299484663140418);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0031','K-04642','Dare to dream in 036',19744,'Brievenbus',14,1316,'Beroep en meelopen','Verbonden',19775,'Meeloopnetwerk Alliantie Kinderarmoede',19807,0,244,19996,20088,5252137715703192750,2902523270049004527);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0032','K-04846','Dare to dream in 036',19744,'Website',14,1331,'Sport','Afgerond',19752,'Buurtsportcoach Buiten',19825,0,245,19996,20088,-2857578242541091051,-5364884908042248787);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0033','K-04593','Dare to dream in 036',19745,'Website',13,1316,'Muziek en cultuur','Verbonden',19770,'Stichting Leergeld Almere',19802,1,246,19996,20088,1402724849620788869,290356796843739264);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0034','K-05222','Dare to dream in 036',19745,'Sms',18,1335,'Overig','Afgerond',19769,'Stichting Leergeld Almere',19835,1,247,19996,20088,-7137390534072543305,-4042844349797909041);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0035','K-05224','Dare to dream in 036',19745,'Website',14,1337,'Kleding','Afgerond',19762,'Kledingbank Almere',19790,1,248,19996,20088,-7370924407405217903,-6481888804216825127);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0036','K-05228','Dare to dream in 036',19746,'WhatsApp',16,1328,'Overig','Afgerond',19754,'Wijkteam Almere',19780,0,249,19996,20088,2168207236474360553,-2429460784393003269);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0037','K-05230','Dare to dream in 036',19746,'Instagram',15,1335,'Fiets','Afgerond',19763,'Nationaal Fonds Kinderhulp',19797,0,250,19996,20088,3407394887993247210,1484663851569846267);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0038','K-05231','Dare to dream in 036',19746,'Inloopspreekuur bibliotheek',14,1364,'Muziek en cultuur','Afgerond',19835,'Jeugdfonds Sport & Cultuur',19874,0,251,19996,20088,-8300841029688178056,1953675551819488521);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0039','K-05238','Dare to dream in 036',19747,'Website',13,1333,'Kleding','Afgerond',19768,'Kledingbank Almere',19793,0,252,19996,20088,5497269620243887974,3824058304192891130);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0040','K-05239','Dare to dream in 036',19747,'WhatsApp',13,1333,'Overig','Verbonden',19763,'Stichting Leergeld Almere',19833,0,253,19996,20088,-8720319413697459888,-4555855377409793341);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0041','K-05242','Dare to dream in 036',19748,'Website',15,1319,'Overig','Verbonden',19787,'Wijkteam Almere',19859,0,254,19996,20088,-6092270737210133496,2161333791398589988);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0042','K-05245','Dare to dream in 036',19748,'Website',17,1356,'Kleding','Verbonden',19757,'Kledingbank Almere',19784,0,255,19996,20088,-4927733490207627711,-5360561219880584359);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0043','K-05247','Dare to dream in 036',19748,'Instagram',14,1321,'Bijles','Ingetrokken',NULL,NULL,NULL,NULL,256,19996,20088,8199034310273013992,-2490565891382591803);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0044','K-05250','Dare to dream in 036',19748,'WhatsApp',17,1351,'Kleding','Afgerond',19759,'Stichting Leergeld Almere',19785,1,257,19996,20088,-1047481201482823811,-5329264659258886660);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0045','K-05256','Dare to dream in 036',19751,'Sms',12,1337,'Beroep en meelopen','Afgerond',19774,'Jongerenwerk De Schoor',19792,1,258,19996,20088,2226402854513451510,-2318911173494552669);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0046','K-05259','Dare to dream in 036',19752,'Instagram',13,1321,'Overig','Afgerond',19765,'Stichting Leergeld Almere',19823,0,259,19996,20088,-3797145552069665428,-7336286460590518690);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0047','K-03982','Dare to dream in 036',19753,'Brievenbus',13,1315,'Laptop','Afgerond',19791,'Laptops voor Kids',19820,0,260,19996,20088,-8592220256766435592,-5328364578721032870);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0048','K-05260','Dare to dream in 036',19753,'Instagram',18,1356,'Beroep en meelopen','Verbonden',19808,'Bibliotheek Almere - Beroepencollege',19818,1,261,19996,20088,-3032928468801867444,5017820138127920755);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0049','K-05268','Dare to dream in 036',19754,'Instagram',17,1324,'Bijles','Verbonden',19785,'Stichting Leergeld Almere',19843,0,262,19996,20088,-7610516180741984429,-5581560567643609665);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0050','K-05269','Dare to dream in 036',19754,'WhatsApp',13,1312,'Laptop','Verbonden',19780,'Laptops voor Kids',19807,0,263,19996,20088,-2674238810800573397,9192352728485453041);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0051','K-04429','Dare to dream in 036',19755,'WhatsApp',16,1352,'Overig','Afgerond',19777,'Stichting Leergeld Almere',19808,0,264,19996,20088,2030085190655576408,-2636396459398856184);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0052','K-05270','Dare to dream in 036',19756,'Sms',17,1328,'Sport','Verbonden',19795,'Sportbedrijf Almere - Zwemles',19831,0,265,19996,20088,-6290646885487989415,5859815429721696216);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0053','K-04859','Dare to dream in 036',19758,'Website',15,1314,'Muziek en cultuur','Afgerond',19778,'Jeugdfonds Sport & Cultuur',19830,1,266,19996,20088,-8290282770354822956,7586968905071143129);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0054','K-04163','Dare to dream in 036',19758,'Website',18,1364,'Overig','Verbonden',19788,'Stichting Jarige Job',19816,0,267,19996,20088,8437782469958552752,-7590436996796993953);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0055','K-05273','Dare to dream in 036',19759,'Instagram',17,1362,'Kleding','Verbonden',19772,'Kledingbank Almere',19800,0,268,19996,20088,-2418927929032964863,7536906646618361012);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0056','K-04112','Dare to dream in 036',19759,'Instagram',12,1328,'Sport','Afgerond',19772,'Buurtsportcoach Stad',19784,0,269,19996,20088,1057954122804359286,-3428256215828071565);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0057','K-05274','Dare to dream in 036',19759,'Instagram',15,1328,'Muziek en cultuur','Verbonden',19776,'Jeugdfonds Sport & Cultuur',19815,0,270,19996,20088,6007413730959556849,-597538396803734031);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0058','K-05282','Dare to dream in 036',19761,'Sms',16,1338,'Beroep en meelopen','Afgerond',19775,'Bibliotheek Almere - Beroepencollege',19841,0,271,19996,20088,-1323810937664058262,402209577206858727);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0059','K-05283','Dare to dream in 036',19761,'Instagram',15,1359,'Laptop','Geen reactie',NULL,NULL,NULL,NULL,272,19996,20088,-3447672462113348888,-1066069104104685458);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0060','K-05284','Dare to dream in 036',19761,'Brievenbus',17,1328,'Muziek en cultuur','Afgerond',19786,'Artlab Almere',19850,1,273,19996,20088,-4070761869162434445,-8484360152444441362);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0061','K-04532','Dare to dream in 036',19762,'Website',14,1319,'Fiets','Afgerond',19788,'Stichting Leergeld Almere',19837,1,274,19996,20088,-5211670454384755251,-3288027499867073970);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0062','K-04551','Dare to dream in 036',19762,'Sms',13,1318,'Bijles','Geen reactie',NULL,NULL,NULL,NULL,275,19996,20088,5929658315798251092,-8103846233815545693);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0063','K-05288','Dare to dream in 036',19762,'Instagram',15,1324,'Beroep en meelopen','Afgerond',19773,'Bibliotheek Almere - Beroepencollege',19808,0,276,19996,20088,-5360704026512177836,1878400636907035040);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0064','K-05291','Dare to dream in 036',19763,'WhatsApp',14,1339,'Fiets','Afgerond',19774,'Fietsenbank Almere',19807,1,277,19996,20088,759946178621387969,-3443474871028773536);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0065','K-05306','Dare to dream in 036',19767,'WhatsApp',13,1332,'Bijles','Verbonden',19782,'Bijles aan Huis Almere',19799,1,278,19996,20088,3471571227336022595,6038356367500230804);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0066','K-05310','Dare to dream in 036',19767,'WhatsApp',14,1351,'Fiets','Geen reactie',NULL,NULL,NULL,NULL,279,19996,20088,9114109992902528435,-2817018635904962243);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0067','K-05311','Dare to dream in 036',19768,'WhatsApp',13,1336,'Muziek en cultuur','Verbonden',19833,'Jeugdfonds Sport & Cultuur',19856,1,280,19996,20088,256718980458548697,2989450206328247186);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0068','K-04534','Dare to dream in 036',19769,'Website',15,1352,'Beroep en meelopen','Verbonden',19810,'IMC Weekendschool Almere',19871,1,281,19996,20088,7986081171645041812,7662659366267760681);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0069','K-05317','Dare to dream in 036',19771,'WhatsApp',18,1333,'Laptop','Verbonden',19798,'Stichting Leergeld Almere',19834,0,282,19996,20088,1357900253892056073,317117795946519955);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0070','K-05318','Dare to dream in 036',19771,'Website',17,1338,'Beroep en meelopen','Verbonden',19786,'Bibliotheek Almere - Beroepencollege',19843,0,283,19996,20088,-6962451319859359060,-5087423682530207237);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0071','K-05319','Dare to dream in 036',19772,'WhatsApp',13,1334,'Fiets','Afgerond',19787,'Fietsenbank Almere',19824,1,284,19996,20088,-2594528127352836190,-3129904271908331695);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0072','K-05325','Dare to dream in 036',19772,'Instagram',15,1341,'Muziek en cultuur','Verbonden',19796,'Jeugdfonds Sport & Cultuur',19823,0,285,19996,20088,-2215780564630554049,-371214477273179871);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0073','K-05326','Dare to dream in 036',19772,'Website',17,1341,'Laptop','Verbonden',19789,'Laptops voor Kids',19812,0,286,19996,20088,2609403588055935450,-1294868274616530063);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0074','K-05328','Dare to dream in 036',19773,'Sms',14,1333,'Bijles','Verbonden',19793,'Stichting Leergeld Almere',19835,0,287,19996,20088,-621052578611327759,5325631464414226254);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0075','K-04569','Dare to dream in 036',19774,'Sms',15,1356,'Sport','Verbonden',19808,'Jeugdfonds Sport & Cultuur',19831,0,288,19996,20088,-7237344118720086847,4887191366847699204);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0076','K-05335','Dare to dream in 036',19774,'Instagram',14,1335,'Laptop','Verbonden',19793,'Laptops voor Kids',19832,1,289,19996,20088,-7071658631258417451,1967011758676496027);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0077','K-05336','Dare to dream in 036',19775,'WhatsApp',12,1356,'Bijles','Afgerond',19791,'Bijles aan Huis Almere',19809,1,290,19996,20088,6479695551019926700,-2430874941230542420);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0078','K-05339','Dare to dream in 036',19775,'WhatsApp',18,1364,'Sport','Geen reactie',NULL,NULL,NULL,NULL,291,19996,20088,4778487823578664465,-2732244231899572019);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0079','K-05340','Dare to dream in 036',19775,'Website',14,1333,'Beroep en meelopen','Afgerond',19787,'Jongerenwerk De Schoor',19802,0,292,19996,20088,-3793368822014480415,698678381463313046);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0080','K-03683','Dare to dream in 036',19779,'Instagram',17,1335,'Laptop','Afgerond',19791,'Stichting Leergeld Almere',19806,1,293,19996,20088,-6894112162659260570,-4790141506633219954);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0081','K-04526','Dare to dream in 036',19779,'Instagram',16,1352,'Laptop','Afgerond',19798,'Nationaal Fonds Kinderhulp',19829,0,294,19996,20088,75608514898727707,8245726060451544884);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0082','K-05345','Dare to dream in 036',19779,'Website',15,1328,'Beroep en meelopen','Afgerond',19796,'Bibliotheek Almere - Beroepencollege',19810,0,295,19996,20088,-8610508850034993183,8391454580601918547);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0083','K-05350','Dare to dream in 036',19780,'Inloopspreekuur bibliotheek',18,1359,'Bijles','Verbonden',19804,'Huiswerkbegeleiding Stad',19874,0,296,19996,20088,-6785066984615196299,-2365414829452513904);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0084','K-05356','Dare to dream in 036',19781,'Website',14,1318,'Beroep en meelopen','Verbonden',19797,'Bibliotheek Almere - Beroepencollege',19810,0,297,19996,20088,1677035271555873001,-5609615378685672462);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0085','K-04451','Dare to dream in 036',19782,'Website',14,1363,'Muziek en cultuur','Verbonden',19798,'Theaterschool Almere',19837,1,298,19996,20088,4435979117132631539,-1329353251162196390);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0086','K-05362','Dare to dream in 036',19782,'WhatsApp',14,1331,'Kleding','Verbonden',19806,'Kledingbank Almere',19830,1,299,19996,20088,-2584447384421978876,2978864158502422146);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0087','K-05365','Dare to dream in 036',19782,'Website',17,1363,'Fiets','Verbonden',19796,'Fietsenbank Almere',19829,0,300,19996,20088,2458823822948754821,-3369465199490034780);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0088','K-05369','Dare to dream in 036',19783,'Website',18,1333,'Sport','Afgerond',19802,'Sportbedrijf Almere - Zwemles',19814,0,301,19996,20088,1854256313329997697,3610944935155475842);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0089','K-04298','Dare to dream in 036',19784,'WhatsApp',13,1325,'Beroep en meelopen','Verbonden',19898,'IMC Weekendschool Almere',19917,0,302,19996,20088,7765991109161067128,157393123087610234);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0090','K-05372','Dare to dream in 036',19785,'Website',14,1339,'Laptop','Verbonden',19806,'Stichting Leergeld Almere',19871,0,303,19996,20088,7609099131965762905,1220614290031744569);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0091','K-05388','Dare to dream in 036',19790,'Instagram',17,1363,'Bijles','Afgerond',19805,'Huiswerkbegeleiding Stad',19838,0,304,19996,20088,-3867784449952452688,9055173220457098938);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0092','K-05390','Dare to dream in 036',19790,'WhatsApp',16,1316,'Fiets','Afgerond',19800,'Fietsenbank Almere',19813,0,305,19996,20088,-7623947238248272033,-3829174482531928980);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0093','K-05391','Dare to dream in 036',19791,'WhatsApp',12,1325,'Bijles','Afgerond',19801,'Stichting Leergeld Almere',19850,1,306,19996,20088,-1251835010971615191,2859877061924096808);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0094','K-04426','Dare to dream in 036',19792,'Instagram',18,1336,'Fiets','Afgerond',19804,'Stichting Leergeld Almere',19830,1,307,19996,20088,-7284326677261836242,-5617980922191190762);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0095','K-05394','Dare to dream in 036',19793,'Website',13,8251,'Kleding','Verbonden',19807,'Jongerenwerk De Schoor',19832,0,308,19996,20088,7584294353243664775,4484164433182364488);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0096','K-05397','Dare to dream in 036',19794,'Website',14,1358,'Beroep en meelopen','Ingetrokken',19809,NULL,NULL,NULL,309,19996,20088,-2223980147364631025,1182022779477703942);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0097','K-04266','Dare to dream in 036',19795,'Instagram',15,1361,'Laptop','Verbonden',19825,'Laptops voor Kids',19852,0,310,19996,20088,-731601608250637235,7866174130266249563);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0098','K-05399','Dare to dream in 036',19795,'WhatsApp',16,1356,'Muziek en cultuur','Afgerond',19812,'Muziekcollectief Almere',19847,0,311,19996,20088,7691228385355869357,-7666855788948400777);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0099','K-05400','Dare to dream in 036',19795,'Sms',15,1328,'Laptop','Verbonden',19808,'Laptops voor Kids',19875,0,312,19996,20088,8275476251554484750,-7807083347226433348);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0100','K-04047','Dare to dream in 036',19796,'WhatsApp',13,1312,'Bijles','Afgerond',19808,'Taalhuis Bibliotheek Almere',19871,1,314,19996,20088,778877737396350700,-1759897524557921194);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0101','K-04337','Dare to dream in 036',19797,'WhatsApp',13,1339,'Overig','Afgerond',19816,'Stichting Leergeld Almere',19869,0,315,19996,20088,8276168979846164731,-3691154419790977685);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0102','K-05405','Dare to dream in 036',19797,'Instagram',15,1338,'Bijles','Verbonden',19832,'Huiswerkbegeleiding Stad',19853,0,316,19996,20088,-4144628140887399575,3449112039239037504);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0103','K-03770','Dare to dream in 036',19797,'WhatsApp',16,1339,'Bijles','Afgerond',19812,'Huiswerkbegeleiding Stad',19836,0,317,19996,20088,-7336891141632864591,-8874458583062709313);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0104','K-04862','Dare to dream in 036',19797,'Instagram',15,1324,'Kleding','Verbonden',19813,'Kledingbank Almere',19853,1,318,19996,20088,-9218251926009264042,-2015530996677115765);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0105','K-04263','Dare to dream in 036',19798,'WhatsApp',13,1335,'Beroep en meelopen','Verbonden',19908,'Bibliotheek Almere - Beroepencollege',19965,0,319,19996,20088,-1359033026239728366,7611108650079191532);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0106','K-04172','Dare to dream in 036',19800,'Instagram',18,1331,'Sport','Verbonden',19814,'Jeugdfonds Sport & Cultuur',19869,0,320,19996,20088,-3011390544329050171,-1404576874798236211);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0107','K-03732','Dare to dream in 036',19800,'Sms',15,1318,'Kleding','Afgerond',19811,'Nationaal Fonds Kinderhulp',19861,1,321,19996,20088,-1014604147557568646,5036232860206497018);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0108','K-05408','Dare to dream in 036',19801,'Instagram',15,1364,'Bijles','Geen reactie',NULL,NULL,NULL,NULL,322,19996,20088,-4501007797056416326,1160731025567757414);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0109','K-05409','Dare to dream in 036',19801,'WhatsApp',18,1317,'Kleding','Afgerond',19816,'Kledingbank Almere',19870,0,323,19996,20088,-7253302085238097346,862312129204432893);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0110','K-04283','Dare to dream in 036',19802,'WhatsApp',13,1321,'Overig','Verbonden',19819,'Stichting Jarige Job',19842,0,324,19996,20088,-6199556512862315196,-309928336442137314);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0111','K-04408','Dare to dream in 036',19804,'WhatsApp',13,1324,'Muziek en cultuur','Verbonden',19824,'Jeugdfonds Sport & Cultuur',19855,1,325,19996,20088,-4607438397953825447,-4900613132115892341);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0112','K-05415','Dare to dream in 036',19804,'Website',12,1341,'Muziek en cultuur','Afgerond',19822,'Kinderkoor De Schakel',19839,1,326,19996,20088,6273565182953494109,4594290965257935257);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0113','K-04240','Dare to dream in 036',19806,'WhatsApp',14,1338,'Beroep en meelopen','Geen reactie',NULL,NULL,NULL,NULL,327,19996,20088,6795037298700980277,4063800903495435252);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0114','K-05418','Dare to dream in 036',19808,'Sms',15,1331,'Overig','Verbonden',19852,'Stichting Jarige Job',19869,0,328,19996,20088,7090730385253044165,8108520107246393258);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0115','K-05422','Dare to dream in 036',19809,'WhatsApp',15,1324,'Beroep en meelopen','Verbonden',19821,'IMC Weekendschool Almere',19840,0,329,19996,20088,-404690559913271623,-2155913403109999889);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0116','K-05423','Dare to dream in 036',19809,'WhatsApp',13,1311,'Sport','Geen reactie',NULL,NULL,NULL,NULL,330,19996,20088,5083775505690790901,-1765399048457029969);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0117','K-03954','Dare to dream in 036',19811,'Instagram',18,1352,'Fiets','Verbonden',19836,'Stichting Leergeld Almere',19869,0,331,19996,20088,4945904189866345223,-3272757532104177312);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0118','K-05427','Dare to dream in 036',19813,'Instagram',14,1312,'Beroep en meelopen','Geen reactie',NULL,NULL,NULL,NULL,332,19996,20088,-5211673805933441513,-8519600656185139652);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0119','K-05428','Dare to dream in 036',19813,'Instagram',14,1333,'Beroep en meelopen','Afgerond',19824,'Meeloopnetwerk Alliantie Kinderarmoede',19856,0,333,19996,20088,1394653633202589182,7165235266544204282);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0120','K-05429','Dare to dream in 036',19814,'WhatsApp',14,1324,'Kleding','Afgerond',19827,'Nationaal Fonds Kinderhulp',19857,1,334,19996,20088,2970142298983247900,5994443543294965515);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0121','K-05437','Dare to dream in 036',19815,'Sms',17,1358,'Sport','Afgerond',19834,'Sportbedrijf Almere - Zwemles',19850,0,335,19996,20088,3059760781091474445,8971179060182794616);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0122','K-03869','Dare to dream in 036',19820,'Instagram',16,1318,'Beroep en meelopen','Verbonden',19842,'Bibliotheek Almere - Beroepencollege',19865,1,336,19996,20088,-255651795295551618,8433560573493643554);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0123','K-03472','Dare to dream in 036',19821,'WhatsApp',18,1312,'Sport','Verbonden',19839,'Jeugdfonds Sport & Cultuur',19891,0,337,19996,20088,-711488454368653417,8205126741916621458);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0124','K-03972','Dare to dream in 036',19821,'WhatsApp',15,1314,'Sport','Geen reactie',NULL,NULL,NULL,NULL,339,19996,20088,1245103657836440362,-1266703415375710354);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0125','K-05451','Dare to dream in 036',19822,'Instagram',17,1352,'Bijles','Verbonden',19837,'Taalhuis Bibliotheek Almere',19908,0,340,19996,20088,3371287584447902751,-434207589397724901);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0126','K-05452','Dare to dream in 036',19822,'Website',12,1338,'Beroep en meelopen','Verbonden',19835,'Bibliotheek Almere - Beroepencollege',19894,0,341,19996,20088,-2455111213997707154,5790292783455729637);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0127','K-05453','Dare to dream in 036',19822,'Website',15,1335,'Laptop','Afgerond',19844,'Laptops voor Kids',19871,1,342,19996,20088,8457556755053510452,7742308977029208229);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0128','K-05459','Dare to dream in 036',19824,'Website',17,1316,'Sport','Verbonden',19857,'Stichting Leergeld Almere',19905,0,343,19996,20088,3738270293410323861,2521021002040376192);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0129','K-05460','Dare to dream in 036',19824,'Instagram',16,1363,'Kleding','Verbonden',19848,'Kledingbank Almere',19862,1,344,19996,20088,7642064562569159739,7135104203080303867);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0130','K-05463','Dare to dream in 036',19825,'Sms',17,1338,'Laptop','Verbonden',19934,'Stichting Leergeld Almere',19965,0,345,19996,20088,-6492018814235743682,-6173969337595889965);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0131','K-04043','Dare to dream in 036',19825,'Instagram',17,1321,'Laptop','Verbonden',19849,'Stichting Leergeld Almere',19867,0,346,19996,20088,3872287581785124455,-1465260436883428690);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0132','K-04272','Dare to dream in 036',19825,'Sms',14,1326,'Overig','Verbonden',19836,'Wijkteam Almere',19866,0,347,19996,20088,-8775720409780113805,7134421428417840581);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0133','K-05464','Dare to dream in 036',19825,'Website',13,1357,'Muziek en cultuur','Afgerond',19862,'Jeugdfonds Sport & Cultuur',19925,0,348,19996,20088,3976638431574604175,151572083234942066);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0134','K-04948','Dare to dream in 036',19828,'Instagram',13,1324,'Sport','Verbonden',19849,'Jeugdfonds Sport & Cultuur',19884,1,349,19996,20088,-1160701410871662921,-5376742048992082980);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0135','K-04270','Dare to dream in 036',19828,'Brievenbus',13,1312,'Beroep en meelopen','Afgerond',19854,'Jongerenloket Almere',19875,0,350,19996,NULL,-786420321222040358,-3952903810273951552);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0136','K-04164','Dare to dream in 036',19829,'WhatsApp',13,1359,'Beroep en meelopen','Verbonden',19844,'Bibliotheek Almere - Beroepencollege',19881,1,351,19996,NULL,-4270111179879230490,-8872263946832007950);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0137','K-04497','Dare to dream in 036',19829,'Website',18,1317,'Fiets','Verbonden',19842,'Stichting Leergeld Almere',19881,0,352,19996,20088,5250560727627550712,7231761532667216966);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0138','K-05025','Dare to dream in 036',19829,'Instagram',13,1338,'Kleding','Afgerond',19847,'Nationaal Fonds Kinderhulp',19866,0,353,19996,NULL,-2163734098017818719,-8388812727857140823);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0139','K-05468','Dare to dream in 036',19830,'Instagram',14,1314,'Fiets','Afgerond',19845,'Fietsenbank Almere',19863,0,354,19996,NULL,4862001458142114579,-5322186303550588963);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0140','K-05471','Dare to dream in 036',19830,'WhatsApp',15,1364,'Bijles','Verbonden',19855,'Huiswerkbegeleiding Stad',19897,1,356,19996,NULL,2470652174789628355,3506930570516196322);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0141','K-05477','Dare to dream in 036',19832,'Facebook',18,1337,'Overig','Verbonden',19854,'Nationaal Fonds Kinderhulp',19905,0,357,19996,20088,7955555669008239463,-6577387268505228181);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0142','K-05478','Dare to dream in 036',19832,'WhatsApp',17,1312,'Laptop','Verbonden',19849,'Laptops voor Kids',19877,1,358,19996,20088,2792566169132048574,-6942560663359733556);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0143','K-04375','Dare to dream in 036',19834,'WhatsApp',17,1338,'Overig','Verbonden',19854,'Stichting Jarige Job',19874,0,359,19996,20088,769357004632420058,6431379737558981347);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0144','K-03716','Dare to dream in 036',19836,'Website',18,1363,'Bijles','Verbonden',19878,'Bijles aan Huis Almere',19914,1,360,19996,NULL,1342594561376818563,-3710221399847065832);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0145','K-05487','Dare to dream in 036',19836,'WhatsApp',12,1318,'Fiets','Afgerond',19852,'Nationaal Fonds Kinderhulp',19889,0,361,19996,NULL,-3045885295042909180,-6351828863993716057);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0146','K-04692','Dare to dream in 036',19838,'Website',13,1352,'Kleding','Verbonden',19864,'Kledingbank Almere',19909,1,362,19996,20088,101094809105204665,-8346863741596227112);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0147','K-05501','Dare to dream in 036',19838,'WhatsApp',16,1331,'Fiets','Verbonden',19861,'Stichting Leergeld Almere',19919,1,363,19996,NULL,8341571157843151621,-5718618791513801665);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0148','K-05502','Dare to dream in 036',19839,'WhatsApp',18,1361,'Overig','Verbonden',19850,'Stichting Leergeld Almere',19872,1,364,19996,20088,-8395603812215328000,4635031615748649996);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0149','K-05506','Dare to dream in 036',19842,'Instagram',14,1332,'Overig','Verbonden',19862,'Wijkteam Almere',19885,0,365,19996,NULL,8944807157158732462,8343165807466256082);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0150','K-04677','Dare to dream in 036',19842,'Website',17,1335,'Sport','Verbonden',19860,'Buurtsportcoach Buiten',19892,0,367,19996,NULL,3640235504925462526,6380525245325436762);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0151','K-05507','Dare to dream in 036',19842,'Website',15,1321,'Bijles','Verbonden',19854,'Taalhuis Bibliotheek Almere',19879,0,368,19996,20088,-7119431983756410217,-7879592464359003784);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0152','K-05508','Dare to dream in 036',19842,'WhatsApp',12,1341,'Fiets','Verbonden',19851,'Fietsenbank Almere',19870,0,369,19996,20088,4885431522182053629,9164019806614096903);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0153','K-05509','Dare to dream in 036',19842,'Brievenbus',16,1358,'Beroep en meelopen','Verbonden',19861,'Bibliotheek Almere - Beroepencollege',19918,0,370,19996,NULL,-4601808539735727165,-5827898406717213363);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0154','K-03944','Dare to dream in 036',19844,'Sms',12,1341,'Sport','Verbonden',19869,'Jeugdfonds Sport & Cultuur',19904,1,371,19996,NULL,5967487059705320310,4571047216848919600);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0155','K-05514','Dare to dream in 036',19844,'Website',12,1332,'Muziek en cultuur','Verbonden',19857,'Jeugdfonds Sport & Cultuur',19904,0,372,19996,NULL,-5690795830615000882,6371991912771577106);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0156','K-05515','Dare to dream in 036',19844,'WhatsApp',16,1364,'Overig','Verbonden',19874,'Stichting Leergeld Almere',19932,1,373,19996,NULL,4098013772092635150,-5600890678580172179);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0157','K-03866','Dare to dream in 036',19845,'Website',13,1364,'Muziek en cultuur','Verbonden',19871,'Artlab Almere',19939,1,374,19996,NULL,-6457915269110106562,-1774652604984227267);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0158','K-04303','Dare to dream in 036',19846,'Website',17,1333,'Overig','Geen reactie',NULL,NULL,NULL,NULL,375,19996,NULL,3968359339588041632,-8930899920982323669);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0159','K-05519','Dare to dream in 036',19846,'Brievenbus',16,1354,'Sport','Verbonden',19874,'Buurtsportcoach Haven',19887,0,376,19996,20088,-8435771788452814251,-1149934850744021678);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0160','K-04889','Dare to dream in 036',19848,'WhatsApp',15,1339,'Sport','Verbonden',19885,'Buurtsportcoach Buiten',19937,0,377,19996,20088,-7850010082735926038,7178139662186558385);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0161','K-05521','Dare to dream in 036',19849,'Inloopspreekuur bibliotheek',14,1328,'Sport','Verbonden',19862,'Jeugdfonds Sport & Cultuur',19881,1,378,19996,NULL,-7802013242193127532,-7264089338275093987);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0162','K-04145','Dare to dream in 036',19850,'Instagram',17,1312,'Overig','Verbonden',19867,'Stichting Leergeld Almere',19901,1,379,19996,NULL,5533915917591180020,-4999422695674709728);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0163','K-04785','Dare to dream in 036',19851,'Instagram',13,1312,'Overig','Afgerond',19871,'Nationaal Fonds Kinderhulp',19887,0,380,19996,NULL,-3512685529463286081,1162886758017697079);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0164','K-03618','Dare to dream in 036',19853,'Instagram',17,1312,'Fiets','Verbonden',19874,'Stichting Leergeld Almere',19930,0,381,19996,20088,-7027134278166698308,4452824461211029895);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0165','K-04856','Dare to dream in 036',19853,'Website',16,1326,'Overig','Verbonden',19952,'Nationaal Fonds Kinderhulp',19971,1,382,19996,NULL,-6120720920117110572,-8771963804502790929);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0166','K-04956','Dare to dream in 036',19853,'Brievenbus',15,1315,'Beroep en meelopen','Verbonden',19873,'IMC Weekendschool Almere',19906,0,383,19996,20088,-745064623977410660,-6796301694733613955);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0167','K-04103','Dare to dream in 036',19856,'Website',14,1324,'Kleding','Geen reactie',NULL,NULL,NULL,NULL,384,19996,NULL,2067471443783619891,-8752403214553068367);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0168','K-05528','Dare to dream in 036',19856,'Instagram',13,1322,'Beroep en meelopen','Geen reactie',NULL,NULL,NULL,NULL,385,19996,NULL,592393019477041951,-6594559124090517601);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0169','K-04782','Dare to dream in 036',19859,'Sms',14,1321,'Overig','Verbonden',19875,'Stichting Jarige Job',19934,0,386,19996,NULL,-1993257783423399140,6028518196935140233);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0170','K-04858','Dare to dream in 036',19860,'Instagram',16,1316,'Sport','Ingetrokken',NULL,NULL,NULL,NULL,387,19996,NULL,-3072412583328974498,-8541349965902841999);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0172','K-05536','Dare to dream in 036',19860,'Instagram',17,1333,'Sport','Verbonden',19908,'Buurtsportcoach Buiten',19947,0,389,19996,NULL,-3214671913863430214,6893813697376539705);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0173','K-05044','Dare to dream in 036',19863,'Instagram',15,1359,'Sport','Verbonden',19895,'Sportbedrijf Almere - Zwemles',19932,0,390,19996,NULL,8021754517516372271,-8569122192322971132);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0174','K-05164','Dare to dream in 036',19863,'Brievenbus',16,1362,'Sport','Afgerond',19877,'Buurtsportcoach Poort',19890,1,391,19996,NULL,-3461404265881961826,-5741939852267611748);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0175','K-05538','Dare to dream in 036',19864,'Instagram',17,1312,'Overig','Verbonden',19878,'Stichting Jarige Job',19905,1,392,19996,20088,8787628474033365990,-481470679346239564);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0176','K-04978','Dare to dream in 036',19865,'Website',15,1333,'Laptop','Verbonden',19890,'Laptops voor Kids',19970,0,393,19996,NULL,-771780141837605126,-6953567319464138815);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0177','K-04705','Dare to dream in 036',19870,'Website',14,1317,'Laptop','Verbonden',19891,'Stichting Leergeld Almere',19916,0,394,19996,NULL,-946376402385800519,-7667766702104527840);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0178','K-04051','Dare to dream in 036',19871,'Instagram',17,1351,'Fiets','Verbonden',19883,'Nationaal Fonds Kinderhulp',19904,0,395,19996,20088,-2920691170426732302,-7795246892946177107);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0179','K-04568','Dare to dream in 036',19871,'Instagram',12,1321,'Sport','Geen reactie',NULL,NULL,NULL,NULL,396,19996,NULL,-1049421359093327996,-2187323064178304244);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0180','K-05548','Dare to dream in 036',19871,'Website',12,1328,'Bijles','Verbonden',19889,'Huiswerkbegeleiding Stad',19904,0,397,19996,NULL,1113895765813210977,2954502668114675223);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0181','K-05551','Dare to dream in 036',19872,'Instagram',15,1316,'Muziek en cultuur','Verbonden',19890,'Jeugdfonds Sport & Cultuur',19952,0,398,19996,NULL,192778903759186915,4488401200632637595);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0182','K-04866','Dare to dream in 036',19873,'Website',15,1339,'Laptop','Verbonden',19883,'Stichting Leergeld Almere',19902,1,399,19996,NULL,-9210211356464211082,6503891777040004754);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0183','K-05564','Dare to dream in 036',19879,'Website',12,1322,'Beroep en meelopen','Verbonden',19892,'Bibliotheek Almere - Beroepencollege',19933,0,400,19996,20088,2510608147844742375,-8582471761356407220);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0184','K-04009','Dare to dream in 036',19880,'Instagram',14,1316,'Kleding','Verbonden',19906,'Stichting Leergeld Almere',19960,0,401,19996,NULL,-2823750668003596760,3044959547072414731);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0185','K-04422','Dare to dream in 036',19881,'Website',16,1316,'Laptop','Verbonden',19898,'Laptops voor Kids',19939,0,402,19996,20088,-5304231841917481583,-848979329436442610);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0186','K-05566','Dare to dream in 036',19881,'Instagram',12,1331,'Sport','Verbonden',19895,'Jeugdfonds Sport & Cultuur',19965,1,403,19996,NULL,-4270451759164686480,-1823476904857269419);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0187','K-05567','Dare to dream in 036',19881,'Website',14,1328,'Muziek en cultuur','Verbonden',19908,'Theaterschool Almere',19927,0,404,19996,NULL,7533863845727175950,-9086573019359873118);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0188','K-05568','Dare to dream in 036',19881,'Instagram',18,1318,'Beroep en meelopen','Verbonden',19900,'Bibliotheek Almere - Beroepencollege',19925,0,405,19996,20088,4710598833500120081,-3951135845857562303);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0189','K-05569','Dare to dream in 036',19885,'WhatsApp',16,1333,'Fiets','Verbonden',19909,'Fietsenbank Almere',19927,0,406,19996,20088,-1896056366441178236,5130106787560966635);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0190','K-05571','Dare to dream in 036',19885,'WhatsApp',13,1316,'Kleding','Verbonden',19900,'Kledingbank Almere',19966,0,407,19996,NULL,8946763042284347772,-1336461152373172291);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0191','K-05574','Dare to dream in 036',19887,'Website',13,1316,'Laptop','Verbonden',19909,'Laptops voor Kids',19959,0,408,19996,NULL,200687090871463345,3695896925158627789);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0192','K-05576','Dare to dream in 036',19888,'Inloopspreekuur bibliotheek',13,1353,'Sport','Verbonden',19904,'Jeugdfonds Sport & Cultuur',19948,0,409,19996,NULL,-837009101931284304,3227938028412320021);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0193','K-05578','Dare to dream in 036',19888,'Brievenbus',12,1352,'Sport','Verbonden',19910,'Jeugdfonds Sport & Cultuur',19920,0,410,19996,20088,-3832214379154524452,-2925426098055477162);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0194','K-04518','Dare to dream in 036',19894,'Sms',17,1323,'Sport','Ingetrokken',19919,NULL,NULL,NULL,411,19996,NULL,-4055526668711372590,6280444401724114773);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0195','K-05256','Dare to dream in 036',19894,'WhatsApp',12,1337,'Fiets','Verbonden',19911,'Stichting Leergeld Almere',19930,1,412,19996,20088,-7440332769427680052,539355478030773352);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0196','K-05141','Dare to dream in 036',19900,'Instagram',17,1324,'Kleding','Verbonden',19922,'Jongerenwerk De Schoor',19981,0,413,19996,NULL,-471187296884620081,-1632694199681223451);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0197','K-04382','Dare to dream in 036',19900,'Sms',15,1323,'Laptop','Uitgenodigd',NULL,NULL,NULL,NULL,414,19996,20088,-2528454056630957450,-6004842082981723454);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0198','K-04593','Dare to dream in 036',19900,'WhatsApp',14,1316,'Beroep en meelopen','Verbonden',19931,'Meeloopnetwerk Alliantie Kinderarmoede',19946,0,415,19996,20088,4563198705066177085,-695490758842012847);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0200','K-04319','Dare to dream in 036',19901,'Instagram',17,1353,'Fiets','Verbonden',19924,'Fietsenbank Almere',19973,0,417,19996,NULL,7157738202808629737,-7926431157416617014);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0201','K-04325','Dare to dream in 036',19903,'Website',13,1318,'Sport','Verbonden',19919,'Buurtsportcoach Stad',19972,1,418,19996,20088,-8763264762912653079,5954151011360500419);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0202','K-04410','Dare to dream in 036',19906,'Instagram',18,1315,'Laptop','Verbonden',19929,'Stichting Leergeld Almere',19947,1,419,19996,NULL,1073087833181737577,3783476900918819575);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0203','K-05197','Dare to dream in 036',19908,'Instagram',12,1335,'Beroep en meelopen','Verbonden',19935,'Jongerenloket Almere',19955,0,420,19996,20088,6993695489453157325,8269185305172386451);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0204','K-04846','Dare to dream in 036',19912,'Sms',15,1331,'Beroep en meelopen','Verbonden',19961,'IMC Weekendschool Almere',19992,0,421,19996,20088,9058704437081235248,-5996373911174504499);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0205','K-04838','Dare to dream in 036',19915,'Brievenbus',18,1326,'Overig','Geen reactie',NULL,NULL,NULL,NULL,422,19996,NULL,5661921195977359971,-1312691369371387087);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0206','K-05311','Dare to dream in 036',19916,'WhatsApp',14,1336,'Laptop','Gesprek gevoerd',19955,NULL,NULL,NULL,423,19996,20088,7348884606199683070,-6402167132588576987);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0207','K-05595','Dare to dream in 036',19920,'WhatsApp',13,1314,'Bijles','Verbonden',19945,'Stichting Leergeld Almere',19967,1,424,19996,NULL,2417666974807254827,5098696084968715603);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0208','K-04202','Dare to dream in 036',19920,'WhatsApp',14,1363,'Bijles','Verbonden',19954,'IMC Weekendschool Almere',19985,0,425,19996,NULL,477846020080188176,5774960690638383403);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0209','K-05596','Dare to dream in 036',19921,'WhatsApp',14,1323,'Overig','Verbonden',19946,'Jeugdfonds Sport & Cultuur',19996,0,427,19996,NULL,8088231125859924388,-7345074110012038940);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0210','K-03872','Dare to dream in 036',19922,'Instagram',15,1337,'Laptop','Verbonden',19952,'Laptops voor Kids',19979,0,428,19996,NULL,4719286159694806338,-2033411382578811870);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0211','K-05195','Dare to dream in 036',19923,'Brievenbus',15,1363,'Sport','Gesprek gevoerd',19974,NULL,NULL,NULL,429,19996,20088,4247718441970831237,4331643247423843503);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0212','K-03943','Dare to dream in 036',19925,'Sms',12,1329,'Fiets','Gesprek gevoerd',19954,NULL,NULL,NULL,430,19996,20088,9076086581497935881,1236405082970219520);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0213','K-05149','Dare to dream in 036',19926,'WhatsApp',14,1333,'Sport','Verbonden',19953,'Stichting Leergeld Almere',19973,0,431,19996,NULL,-3922296001948399002,326375779657269706);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0214','K-05599','Dare to dream in 036',19926,'WhatsApp',17,1321,'Laptop','Verbonden',19947,'Nationaal Fonds Kinderhulp',19968,0,432,19996,NULL,2121632689047818394,8388015553000648471);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0215','K-05600','Dare to dream in 036',19927,'Brievenbus',18,1335,'Sport','Verbonden',19964,'Jeugdfonds Sport & Cultuur',19986,1,433,19996,NULL,9118834973099405681,3757013633626555370);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0216','K-05603','Dare to dream in 036',19927,'WhatsApp',13,1363,'Kleding','Verbonden',19947,'Kledingbank Almere',19973,0,434,19996,NULL,-4560091427953313563,7191909221065318327);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0217','K-04731','Dare to dream in 036',19928,'Sms',12,1319,'Fiets','Verbonden',19948,'Fietsenbank Almere',19977,1,435,19996,NULL,962490676827437190,5651790062550205784);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0218','K-05604','Dare to dream in 036',19930,'Brievenbus',12,1333,'Overig','Ingetrokken',NULL,NULL,NULL,NULL,436,19996,NULL,5719574505472794937,-5919037756401571344);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0219','K-04372','Dare to dream in 036',19932,'WhatsApp',16,1324,'Fiets','Verbonden',19962,'Fietsenbank Almere',19984,1,437,19996,NULL,7703003490610442048,-5599445176073976751);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0220','K-04394','Dare to dream in 036',19932,'Website',13,1312,'Beroep en meelopen','Verbonden',19961,'Bibliotheek Almere - Beroepencollege',19994,0,438,19996,20088,5482818393822883933,-7475146908025995068);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0221','K-05607','Dare to dream in 036',19933,'Instagram',17,1328,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,439,19996,20088,-5058742405880308054,2927656578041273848);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0222','K-05609','Dare to dream in 036',19933,'Website',14,1315,'Sport','Gesprek gevoerd',19952,NULL,NULL,NULL,440,19996,20088,6795461311229822536,5698473716207942270);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0223','K-05611','Dare to dream in 036',19934,'Website',17,1324,'Beroep en meelopen','Verbonden',19962,'Jongerenwerk De Schoor',19993,1,441,19996,NULL,28511016942929423,-8740190826099309254);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0224','K-05613','Dare to dream in 036',19934,'WhatsApp',13,1338,'Laptop','Gesprek gevoerd',19972,NULL,NULL,NULL,442,19996,20088,2883034001939269751,-8747189686209280827);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0225','K-05620','Dare to dream in 036',19936,'Website',12,1326,'Kleding','Gesprek gevoerd',19957,NULL,NULL,NULL,443,19996,20088,6512964825488600499,-5072794011371997113);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0226','K-04801','Dare to dream in 036',19937,'Sms',13,1359,'Muziek en cultuur','Ingetrokken',NULL,NULL,NULL,NULL,444,19996,NULL,8706040426835905026,5649359822195414057);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0227','K-05622','Dare to dream in 036',19937,'WhatsApp',17,1358,'Sport','Verbonden',19968,'Almere City FC Foundation',19996,0,445,19996,NULL,8324537753656085022,-1827434509432721751);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0228','K-04917','Dare to dream in 036',19940,'Website',14,1311,'Beroep en meelopen','Verbonden',19958,'Jongerenwerk De Schoor',19970,0,446,19996,NULL,3844051013821259931,8355690173306196177);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0229','K-05623','Dare to dream in 036',19941,'Instagram',13,1337,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,447,19996,20088,-8361268906940188444,2830381070292593528);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0230','K-04776','Dare to dream in 036',19942,'WhatsApp',17,1363,'Bijles','Gesprek gevoerd',19983,NULL,NULL,NULL,448,19996,20088,1487648728252580248,3435525240336120772);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0231','K-05032','Dare to dream in 036',19943,'WhatsApp',13,1317,'Beroep en meelopen','Gesprek gevoerd',19971,NULL,NULL,NULL,449,19996,20088,3461541909036653243,2234289491337351045);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0232','K-03927','Dare to dream in 036',19943,'WhatsApp',13,1313,'Kleding','Gesprek gevoerd',19980,NULL,NULL,NULL,450,19996,20088,7772382845456484968,-8810966955855464182);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0233','K-05628','Dare to dream in 036',19944,'Instagram',16,1339,'Beroep en meelopen','Gesprek gevoerd',19968,NULL,NULL,NULL,451,19996,20088,-5186066142470639449,7282768536146436181);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0234','K-05294','Dare to dream in 036',19947,'Sms',12,1324,'Beroep en meelopen','Gesprek gevoerd',19971,NULL,NULL,NULL,452,19996,20088,452157496663643122,1211829574106033422);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0235','K-04646','Dare to dream in 036',19948,'Instagram',16,1337,'Bijles','Gesprek gevoerd',19970,NULL,NULL,NULL,453,19996,20088,-5811166146846794949,1437205429051273441);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0236','K-03870','Dare to dream in 036',19951,'WhatsApp',13,1354,'Laptop','Gesprek gevoerd',19988,NULL,NULL,NULL,454,19996,20088,-7080723871977913595,-5380938002244151451);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0237','K-05514','Dare to dream in 036',19951,'WhatsApp',13,1332,'Overig','Gesprek gevoerd',19983,NULL,NULL,NULL,455,19996,20088,7346999932290377122,653122305686841374);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0238','K-05633','Dare to dream in 036',19951,'Instagram',12,1334,'Kleding','Uitgenodigd',NULL,NULL,NULL,NULL,456,19996,20088,6495348494229945282,-4729730746516964753);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0239','K-05405','Dare to dream in 036',19952,'WhatsApp',15,1338,'Kleding','Gesprek gevoerd',19994,NULL,NULL,NULL,457,19996,20088,1628014378049003696,-6196787613226011359);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0240','K-04479','Dare to dream in 036',19956,'Instagram',17,1328,'Sport','Gesprek gevoerd',19988,NULL,NULL,NULL,458,19996,20088,-4764915058052670941,-4052110520902353636);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0241','K-05044','Dare to dream in 036',19961,'WhatsApp',15,1359,'Beroep en meelopen','Verbonden',19978,'Bibliotheek Almere - Beroepencollege',19991,0,459,19996,20088,-2082353058333750315,-5841626113661857348);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0242','K-05639','Dare to dream in 036',19961,'Website',13,1351,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,460,19996,20088,6334641908914174702,-1301701482145987970);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0243','K-04814','Dare to dream in 036',19964,'Instagram',14,1337,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,461,19996,20088,9205020529284056126,1425957426030167586);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0244','K-04933','Dare to dream in 036',19964,'Website',13,1356,'Laptop','Uitgenodigd',NULL,NULL,NULL,NULL,462,19996,20088,8989153373487108857,-5442891751699092324);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0245','K-03980','Dare to dream in 036',19964,'WhatsApp',13,1323,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,463,19996,20088,-1573298461799087237,1992527246242513705);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0246','K-04350','Dare to dream in 036',19964,'Instagram',13,1333,'Muziek en cultuur','Gesprek gevoerd',19985,NULL,NULL,NULL,464,19996,20088,-8225344791626566118,6747296766835469488);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0247','K-05388','Dare to dream in 036',19965,'Website',17,1363,'Beroep en meelopen','Gesprek gevoerd',19992,NULL,NULL,NULL,465,19996,20088,-5122153426976109326,-1675021884491982645);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0248','K-04982','Dare to dream in 036',19965,'Sms',13,1356,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,466,19996,20088,4611839788297833802,-2674065450313916661);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0249','K-05175','Dare to dream in 036',19965,'Brievenbus',12,1338,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,468,19996,20088,-586763204775843990,7905287335692491306);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0250','K-05180','Dare to dream in 036',19965,'Instagram',15,1328,'Sport','Gesprek gevoerd',19989,NULL,NULL,NULL,469,19996,20088,987062091443561573,-4968720611113590633);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0251','K-04511','Dare to dream in 036',19965,'Website',16,1354,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,470,19996,20088,-5943400574241833177,-8699609801968116806);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0252','K-03881','Dare to dream in 036',19968,'Instagram',16,1317,'Muziek en cultuur','Gesprek gevoerd',19980,NULL,NULL,NULL,471,19996,20088,-4277482263415092050,-2507705845392150187);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0253','K-04758','Dare to dream in 036',19969,'Instagram',18,1319,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,472,19996,20088,-8036072742291231450,-8837222744112387418);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0254','K-04306','Dare to dream in 036',19969,'Website',17,1362,'Overig','Gesprek gevoerd',19982,NULL,NULL,NULL,473,19996,20088,5969901749775418912,5062204258390145372);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0255','K-05293','Dare to dream in 036',19970,'WhatsApp',13,1356,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,474,19996,20088,-3484693037248713016,2973260920375847559);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0256','K-05090','Dare to dream in 036',19972,'Website',13,1332,'Fiets','Gesprek gevoerd',19993,NULL,NULL,NULL,475,19996,20088,-2108351697833732597,1605373246007176723);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0257','K-05642','Dare to dream in 036',19975,'Instagram',15,1313,'Beroep en meelopen','Gesprek gevoerd',19992,NULL,NULL,NULL,476,19996,20088,6138560381486908069,7832469452103301143);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0258','K-05074','Dare to dream in 036',19975,'WhatsApp',14,1363,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,477,19996,20088,7968206029399039326,5545536164427022585);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0259','K-05395','Dare to dream in 036',19977,'Instagram',12,1324,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,478,19996,20088,7005545531588519088,7312787742806796919);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0260','K-05644','Dare to dream in 036',19978,'WhatsApp',14,1312,'Laptop','Gesprek gevoerd',19990,NULL,NULL,NULL,479,19996,20088,5651098087448963438,-5084987465694511620);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0261','K-05646','Dare to dream in 036',19979,'Instagram',16,1325,'Fiets','Uitgenodigd',NULL,NULL,NULL,NULL,480,19996,20088,8818011677649608688,-4951677202362748941);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0262','K-05650','Dare to dream in 036',19982,'WhatsApp',14,1319,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,481,19996,20088,-5575977236827571063,5113881446327124907);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0263','K-05652','Dare to dream in 036',19982,'Website',16,1318,'Laptop','Uitgenodigd',NULL,NULL,NULL,NULL,482,19996,20088,-462360342325552433,-4549864057796847645);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0264','K-05653','Dare to dream in 036',19982,'Brievenbus',14,1343,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,483,19996,20088,-4536637885137995475,5007299270100186923);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0265','K-04591','Dare to dream in 036',19983,'WhatsApp',14,1401,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,484,19996,20088,190415184655976303,-3282825687404674591);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0266','K-05041','Dare to dream in 036',19984,'WhatsApp',12,1361,'Laptop','Nieuw',NULL,NULL,NULL,NULL,485,19996,20088,-2023130165514261545,-4878848489770472142);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0267','K-05459','Dare to dream in 036',19985,'Sms',18,1316,'Sport','Nieuw',NULL,NULL,NULL,NULL,486,19996,20088,-3873940708830622810,-1927619917832320569);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0268','K-04569','Dare to dream in 036',19985,'WhatsApp',16,1356,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,487,19996,20088,-7534139595424832220,-3578639822560327312);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0269','K-05658','Dare to dream in 036',19986,'WhatsApp',17,1324,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,488,19996,20088,8698761772568619205,6795317722851998951);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0270','K-05663','Dare to dream in 036',19987,'WhatsApp',15,1343,'Laptop','Gesprek gevoerd',19996,NULL,NULL,NULL,489,19996,20088,-7612323653440640118,-2861750939796337524);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0271','K-04266','Dare to dream in 036',19987,'Sms',16,1361,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,490,19996,20088,-7617448254272014900,-8289467884922732423);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0272','K-04983','Dare to dream in 036',19989,'Website',18,1362,'Kleding','Nieuw',NULL,NULL,NULL,NULL,492,19996,20088,-7492126309533302676,-6508578207102620639);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0273','K-05010','Dare to dream in 036',19989,'WhatsApp',13,1328,'Overig','Nieuw',NULL,NULL,NULL,NULL,493,19996,20088,-2374082975971880986,5218002755659085951);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0274','K-04653','Dare to dream in 036',19990,'Instagram',14,1324,'Beroep en meelopen','Nieuw',NULL,NULL,NULL,NULL,494,19996,20088,-5164376440544129471,8892093154775153254);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0275','K-05521','Dare to dream in 036',19992,'Website',15,1328,'Fiets','Nieuw',NULL,NULL,NULL,NULL,495,19996,20088,-4913221777410382166,5276838773284187647);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0276','K-04348','Dare to dream in 036',19992,'Brievenbus',12,1312,'Beroep en meelopen','Nieuw',NULL,NULL,NULL,NULL,496,19996,20088,954355106576233549,8598093294631727000);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0277','K-04790','Dare to dream in 036',19993,'Website',16,1359,'Kleding','Nieuw',NULL,NULL,NULL,NULL,497,19996,20088,703473125876219210,-3519248999795888708);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0278','K-05239','Dare to dream in 036',19993,'Website',14,1333,'Beroep en meelopen','Nieuw',NULL,NULL,NULL,NULL,498,19996,20088,7425421153846214889,7177683851941408524);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0279','K-05139','Dare to dream in 036',19994,'Instagram',15,1363,'Overig','Nieuw',NULL,NULL,NULL,NULL,499,19996,20088,-8813385413018487794,9082654411947907045);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0280','K-05670','Dare to dream in 036',19996,'WhatsApp',13,1324,'Muziek en cultuur','Nieuw',NULL,NULL,NULL,NULL,500,19996,20088,-8279762626111023685,-2721338245558927324);
INSERT INTO droom_stand VALUES(2,'DTD-2024-0281','K-05671','Dare to dream in 036',19996,'Website',15,1352,'Sport','Nieuw',NULL,NULL,NULL,NULL,501,19996,20088,-1222093316411115415,8420534544307429680);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0137','K-04497','Dare to dream in 036',19829,'Website',18,1317,'Fiets','Afgerond',19842,'Stichting Leergeld Almere',19881,0,204,20088,NULL,5250560727627550712,1607138893090993628);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0141','K-05477','Dare to dream in 036',19832,'Facebook',18,1337,'Overig','Afgerond',19854,'Nationaal Fonds Kinderhulp',19905,0,209,20088,NULL,7955555669008239463,5954382754956402695);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0142','K-05478','Dare to dream in 036',19832,'WhatsApp',17,1312,'Laptop','Afgerond',19849,'Laptops voor Kids',19877,1,210,20088,NULL,2792566169132048574,2362304664308794868);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0143','K-04375','Dare to dream in 036',19834,'WhatsApp',17,1338,'Overig','Afgerond',19854,'Stichting Jarige Job',19874,0,211,20088,NULL,769357004632420058,5364365381954637121);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0146','K-04692','Dare to dream in 036',19838,'Website',13,1352,'Kleding','Afgerond',19864,'Kledingbank Almere',19909,1,214,20088,NULL,101094809105204665,1140702418197213788);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0148','K-05502','Dare to dream in 036',19839,'WhatsApp',18,1361,'Overig','Afgerond',19850,'Stichting Leergeld Almere',19872,1,216,20088,NULL,-8395603812215328000,9029844369252679158);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0151','K-05507','Dare to dream in 036',19842,'Website',15,1321,'Bijles','Afgerond',19854,'Taalhuis Bibliotheek Almere',19879,0,220,20088,NULL,-7119431983756410217,-5336827016977369625);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0152','K-05508','Dare to dream in 036',19842,'WhatsApp',12,1341,'Fiets','Afgerond',19851,'Fietsenbank Almere',19870,0,221,20088,NULL,4885431522182053629,9119430595784019217);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0159','K-05519','Dare to dream in 036',19846,'Brievenbus',16,1354,'Sport','Afgerond',19874,'Buurtsportcoach Haven',19887,0,228,20088,NULL,-8435771788452814251,-5560145317608200322);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0160','K-04889','Dare to dream in 036',19848,'WhatsApp',15,1339,'Sport','Afgerond',19885,'Buurtsportcoach Buiten',19937,0,229,20088,NULL,-7850010082735926038,7547134768467801833);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0164','K-03618','Dare to dream in 036',19853,'Instagram',17,1312,'Fiets','Afgerond',19874,'Stichting Leergeld Almere',19930,0,233,20088,NULL,-7027134278166698308,-8194616749066709986);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0166','K-04956','Dare to dream in 036',19853,'Brievenbus',15,1315,'Beroep en meelopen','Afgerond',19873,'IMC Weekendschool Almere',19906,0,235,20088,NULL,-745064623977410660,-5394623933341869815);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0175','K-05538','Dare to dream in 036',19864,'Instagram',17,1312,'Overig','Afgerond',19878,'Stichting Jarige Job',19905,1,244,20088,NULL,8787628474033365990,-909052880673314960);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0178','K-04051','Dare to dream in 036',19871,'Instagram',17,1351,'Fiets','Afgerond',19883,'Nationaal Fonds Kinderhulp',19904,0,247,20088,NULL,-2920691170426732302,-1999799589891808166);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0183','K-05564','Dare to dream in 036',19879,'Website',12,1322,'Beroep en meelopen','Afgerond',19892,'Bibliotheek Almere - Beroepencollege',19933,0,252,20088,NULL,2510608147844742375,8379514765710434567);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0185','K-04422','Dare to dream in 036',19881,'Website',16,1316,'Laptop','Afgerond',19898,'Laptops voor Kids',19939,0,254,20088,NULL,-5304231841917481583,-3190776672226423150);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0188','K-05568','Dare to dream in 036',19881,'Instagram',18,1318,'Beroep en meelopen','Afgerond',19900,'Bibliotheek Almere - Beroepencollege',19925,0,257,20088,NULL,4710598833500120081,-2760671404847528740);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0189','K-05569','Dare to dream in 036',19885,'WhatsApp',16,1333,'Fiets','Afgerond',19909,'Fietsenbank Almere',19927,0,258,20088,NULL,-1896056366441178236,8957919472087613889);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0193','K-05578','Dare to dream in 036',19888,'Brievenbus',12,1352,'Sport','Afgerond',19910,'Jeugdfonds Sport & Cultuur',19920,0,262,20088,NULL,-3832214379154524452,9165983296655625949);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0195','K-05256','Dare to dream in 036',19894,'WhatsApp',12,1337,'Fiets','Afgerond',19911,'Stichting Leergeld Almere',19930,1,264,20088,NULL,-7440332769427680052,-3617216308205208086);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0197','K-04382','Dare to dream in 036',19900,'Sms',15,1323,'Laptop','Verbonden',20011,'Nationaal Fonds Kinderhulp',20043,0,266,20088,NULL,-2528454056630957450,-2694339321241718220);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0198','K-04593','Dare to dream in 036',19900,'WhatsApp',14,1316,'Beroep en meelopen','Afgerond',19931,'Meeloopnetwerk Alliantie Kinderarmoede',19946,0,267,20088,NULL,4563198705066177085,-9125897720486539519);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0201','K-04325','Dare to dream in 036',19903,'Website',13,1318,'Sport','Afgerond',19919,'Buurtsportcoach Stad',19972,1,270,20088,NULL,-8763264762912653079,-5602202047734740180);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0203','K-05197','Dare to dream in 036',19908,'Instagram',12,1335,'Beroep en meelopen','Afgerond',19935,'Jongerenloket Almere',19955,0,272,20088,NULL,6993695489453157325,686073971481197727);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0204','K-04846','Dare to dream in 036',19912,'Sms',15,1331,'Beroep en meelopen','Afgerond',19961,'IMC Weekendschool Almere',19992,0,273,20088,NULL,9058704437081235248,2817490809797237879);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0206','K-05311','Dare to dream in 036',19916,'WhatsApp',14,1336,'Laptop','Verbonden',19955,'Laptops voor Kids',20027,0,275,20088,NULL,7348884606199683070,-7592246595840172876);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0211','K-05195','Dare to dream in 036',19923,'Brievenbus',15,1363,'Sport','Verbonden',19974,'Sportbedrijf Almere - Zwemles',20046,0,281,20088,NULL,4247718441970831237,-8710192175565794767);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0212','K-03943','Dare to dream in 036',19925,'Sms',12,1329,'Fiets','Verbonden',19954,'Fietsenbank Almere',20011,1,282,20088,NULL,9076086581497935881,-6826000021839773256);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0220','K-04394','Dare to dream in 036',19932,'Website',13,1312,'Beroep en meelopen','Afgerond',19961,'Bibliotheek Almere - Beroepencollege',19994,0,290,20088,NULL,5482818393822883933,-2581247620992574730);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0221','K-05607','Dare to dream in 036',19933,'Instagram',17,1328,'Overig','Geen reactie',NULL,NULL,NULL,NULL,291,20088,NULL,-5058742405880308054,-538543280669275959);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0222','K-05609','Dare to dream in 036',19933,'Website',14,1315,'Sport','Verbonden',19952,'Jeugdfonds Sport & Cultuur',20012,1,292,20088,NULL,6795461311229822536,-7246029712187546769);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0224','K-05613','Dare to dream in 036',19934,'WhatsApp',13,1338,'Laptop','Verbonden',19972,'Laptops voor Kids',20043,0,294,20088,NULL,2883034001939269751,8729764881391883482);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0225','K-05620','Dare to dream in 036',19936,'Website',12,1326,'Kleding','Verbonden',19957,'Kledingbank Almere',20016,1,295,20088,NULL,6512964825488600499,1048346434151900416);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0229','K-05623','Dare to dream in 036',19941,'Instagram',13,1337,'Sport','Verbonden',20010,'Buurtsportcoach Buiten',20031,1,299,20088,NULL,-8361268906940188444,6016696365366503441);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0230','K-04776','Dare to dream in 036',19942,'WhatsApp',17,1363,'Bijles','Verbonden',19983,'Huiswerkbegeleiding Stad',20025,0,300,20088,NULL,1487648728252580248,1855810715886328691);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0231','K-05032','Dare to dream in 036',19943,'WhatsApp',13,1317,'Beroep en meelopen','Verbonden',19971,'Bibliotheek Almere - Beroepencollege',19999,0,301,20088,NULL,3461541909036653243,6416645396334037211);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0232','K-03927','Dare to dream in 036',19943,'WhatsApp',13,1313,'Kleding','Verbonden',19980,'Kledingbank Almere',20002,0,302,20088,NULL,7772382845456484968,8648463696152740731);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0233','K-05628','Dare to dream in 036',19944,'Instagram',16,1339,'Beroep en meelopen','Verbonden',19968,'Bibliotheek Almere - Beroepencollege',20023,0,303,20088,NULL,-5186066142470639449,8370988749213531903);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0234','K-05294','Dare to dream in 036',19947,'Sms',12,1324,'Beroep en meelopen','Verbonden',19971,'Bibliotheek Almere - Beroepencollege',20009,1,304,20088,NULL,452157496663643122,4119065469076465683);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0235','K-04646','Dare to dream in 036',19948,'Instagram',16,1337,'Bijles','Verbonden',19970,'Huiswerkbegeleiding Stad',20013,1,305,20088,NULL,-5811166146846794949,4893376210991931385);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0236','K-03870','Dare to dream in 036',19951,'WhatsApp',13,1354,'Laptop','Verbonden',19988,'Stichting Leergeld Almere',20012,0,306,20088,NULL,-7080723871977913595,7167433128728544727);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0237','K-05514','Dare to dream in 036',19951,'WhatsApp',13,1332,'Overig','Verbonden',19983,'Nationaal Fonds Kinderhulp',20014,0,307,20088,NULL,7346999932290377122,3023304155294612441);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0238','K-05633','Dare to dream in 036',19951,'Instagram',12,1334,'Kleding','Verbonden',20024,'Stichting Leergeld Almere',20049,0,308,20088,NULL,6495348494229945282,202328160726490256);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0239','K-05405','Dare to dream in 036',19952,'WhatsApp',15,1338,'Kleding','Verbonden',19994,'Jongerenwerk De Schoor',20030,0,309,20088,NULL,1628014378049003696,3184904184426925900);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0240','K-04479','Dare to dream in 036',19956,'Instagram',17,1328,'Sport','Verbonden',19988,'Buurtsportcoach Stad',20018,0,310,20088,NULL,-4764915058052670941,-2413833182690717565);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0241','K-05044','Dare to dream in 036',19961,'WhatsApp',15,1359,'Beroep en meelopen','Afgerond',19978,'Bibliotheek Almere - Beroepencollege',19991,0,311,20088,NULL,-2082353058333750315,-4134712369644002134);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0242','K-05639','Dare to dream in 036',19961,'Website',13,1351,'Sport','Gesprek gevoerd',20086,NULL,NULL,NULL,312,20088,NULL,6334641908914174702,760322388313378885);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0243','K-04814','Dare to dream in 036',19964,'Instagram',14,1337,'Beroep en meelopen','Verbonden',20000,'Jongerenwerk De Schoor',20015,0,313,20088,NULL,9205020529284056126,659876426191596337);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0244','K-04933','Dare to dream in 036',19964,'Website',13,1356,'Laptop','Verbonden',19997,'Stichting Leergeld Almere',20036,1,314,20088,NULL,8989153373487108857,-1199995809780586595);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0245','K-03980','Dare to dream in 036',19964,'WhatsApp',13,1323,'Overig','Verbonden',20001,'Jeugdfonds Sport & Cultuur',20084,1,315,20088,NULL,-1573298461799087237,-6452109183451285011);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0246','K-04350','Dare to dream in 036',19964,'Instagram',13,1333,'Muziek en cultuur','Verbonden',19985,'Kinderkoor De Schakel',20024,1,316,20088,NULL,-8225344791626566118,-8255977645476593971);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0247','K-05388','Dare to dream in 036',19965,'Website',17,1363,'Beroep en meelopen','Verbonden',19992,'IMC Weekendschool Almere',20031,1,317,20088,NULL,-5122153426976109326,-428961759348870517);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0248','K-04982','Dare to dream in 036',19965,'Sms',13,1356,'Sport','Verbonden',19997,'Buurtsportcoach Haven',20021,0,318,20088,NULL,4611839788297833802,819846524009385581);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0249','K-05175','Dare to dream in 036',19965,'Brievenbus',12,1338,'Sport','Geen reactie',NULL,NULL,NULL,NULL,320,20088,NULL,-586763204775843990,-8899396835404417630);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0250','K-05180','Dare to dream in 036',19965,'Instagram',15,1328,'Sport','Verbonden',19989,'Jeugdfonds Sport & Cultuur',20001,0,321,20088,NULL,987062091443561573,-7277573969118978806);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0251','K-04511','Dare to dream in 036',19965,'Website',16,1354,'Beroep en meelopen','Verbonden',20023,'Bibliotheek Almere - Beroepencollege',20050,0,322,20088,NULL,-5943400574241833177,-1317718629802594424);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0252','K-03881','Dare to dream in 036',19968,'Instagram',16,1317,'Muziek en cultuur','Verbonden',19980,'Theaterschool Almere',20014,0,323,20088,NULL,-4277482263415092050,2743403978798891501);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0253','K-04758','Dare to dream in 036',19969,'Instagram',18,1319,'Overig','Verbonden',19997,'Stichting Jarige Job',20020,0,324,20088,NULL,-8036072742291231450,1566954239764285889);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0254','K-04306','Dare to dream in 036',19969,'Website',17,1362,'Overig','Verbonden',19982,'Nationaal Fonds Kinderhulp',20023,0,325,20088,NULL,5969901749775418912,4045979894545263729);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0255','K-05293','Dare to dream in 036',19970,'WhatsApp',13,1356,'Beroep en meelopen','Geen reactie',NULL,NULL,NULL,NULL,326,20088,NULL,-3484693037248713016,-6735051039144443219);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0256','K-05090','Dare to dream in 036',19972,'Website',13,1332,'Fiets','Verbonden',19993,'Fietsenbank Almere',20037,1,327,20088,NULL,-2108351697833732597,-3033006919957905014);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0257','K-05642','Dare to dream in 036',19975,'Instagram',15,1313,'Beroep en meelopen','Verbonden',19992,'Bibliotheek Almere - Beroepencollege',20010,0,328,20088,NULL,6138560381486908069,-2764870033586191161);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0258','K-05074','Dare to dream in 036',19975,'WhatsApp',14,1363,'Sport','Verbonden',20004,'Jeugdfonds Sport & Cultuur',20019,1,329,20088,NULL,7968206029399039326,-1788609731400380948);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0259','K-05395','Dare to dream in 036',19977,'Instagram',12,1324,'Sport','Verbonden',19997,'Buurtsportcoach Stad',20016,1,330,20088,NULL,7005545531588519088,2266339397372078592);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0260','K-05644','Dare to dream in 036',19978,'WhatsApp',14,1312,'Laptop','Verbonden',19990,'Stichting Leergeld Almere',20001,0,331,20088,NULL,5651098087448963438,7597570068517580534);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0261','K-05646','Dare to dream in 036',19979,'Instagram',16,1325,'Fiets','Verbonden',20003,'Fietsenbank Almere',20065,1,332,20088,NULL,8818011677649608688,-4283598510866464596);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0262','K-05650','Dare to dream in 036',19982,'WhatsApp',14,1319,'Beroep en meelopen','Verbonden',20002,'Jongerenwerk De Schoor',20030,1,333,20088,NULL,-5575977236827571063,-4956786208055923279);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0263','K-05652','Dare to dream in 036',19982,'Website',16,1318,'Laptop','Verbonden',20001,'Laptops voor Kids',20047,0,334,20088,NULL,-462360342325552433,2652834202657837373);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0264','K-05653','Dare to dream in 036',19982,'Brievenbus',14,1343,'Muziek en cultuur','Verbonden',19997,'Jeugdfonds Sport & Cultuur',20017,1,335,20088,NULL,-4536637885137995475,452829671582156102);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0265','K-04591','Dare to dream in 036',19983,'WhatsApp',14,1401,'Muziek en cultuur','Geen reactie',NULL,NULL,NULL,NULL,336,20088,NULL,190415184655976303,-8768829816706075500);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0266','K-05041','Dare to dream in 036',19984,'WhatsApp',12,1361,'Laptop','Verbonden',20022,'Stichting Leergeld Almere',20074,0,337,20088,NULL,-2023130165514261545,3263691244754350433);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0267','K-05459','Dare to dream in 036',19985,'Sms',18,1316,'Sport','Verbonden',20002,'Buurtsportcoach Stad',20025,0,338,20088,NULL,-3873940708830622810,6206986205708899876);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0268','K-04569','Dare to dream in 036',19985,'WhatsApp',16,1356,'Muziek en cultuur','Gesprek gevoerd',20035,NULL,NULL,NULL,339,20088,NULL,-7534139595424832220,5766042721323636792);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0269','K-05658','Dare to dream in 036',19986,'WhatsApp',17,1324,'Overig','Verbonden',20013,'Nationaal Fonds Kinderhulp',20049,0,340,20088,NULL,8698761772568619205,-2479823961316685778);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0270','K-05663','Dare to dream in 036',19987,'WhatsApp',15,1343,'Laptop','Verbonden',19996,'Stichting Leergeld Almere',20014,0,341,20088,NULL,-7612323653440640118,1593352030878960300);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0271','K-04266','Dare to dream in 036',19987,'Sms',16,1361,'Sport','Verbonden',20012,'Jeugdfonds Sport & Cultuur',20067,0,342,20088,NULL,-7617448254272014900,2672344172051401367);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0272','K-04983','Dare to dream in 036',19989,'Website',18,1362,'Kleding','Verbonden',20010,'Kledingbank Almere',20031,0,344,20088,NULL,-7492126309533302676,5146657718201824994);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0273','K-05010','Dare to dream in 036',19989,'WhatsApp',13,1328,'Overig','Verbonden',20018,'Stichting Jarige Job',20037,1,345,20088,NULL,-2374082975971880986,-6566783428427690498);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0274','K-04653','Dare to dream in 036',19990,'Instagram',14,1324,'Beroep en meelopen','Verbonden',20022,'Bibliotheek Almere - Beroepencollege',20042,0,346,20088,NULL,-5164376440544129471,4325831944625820413);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0275','K-05521','Dare to dream in 036',19992,'Website',15,1328,'Fiets','Geen reactie',NULL,NULL,NULL,NULL,347,20088,NULL,-4913221777410382166,2350102853529850540);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0276','K-04348','Dare to dream in 036',19992,'Brievenbus',12,1312,'Beroep en meelopen','Geen reactie',NULL,NULL,NULL,NULL,348,20088,NULL,954355106576233549,-2540168875325683168);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0277','K-04790','Dare to dream in 036',19993,'Website',16,1359,'Kleding','Verbonden',20008,'Kledingbank Almere',20052,0,349,20088,NULL,703473125876219210,8034004328726793493);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0278','K-05239','Dare to dream in 036',19993,'Website',14,1333,'Beroep en meelopen','Verbonden',20003,'Bibliotheek Almere - Beroepencollege',20033,0,350,20088,NULL,7425421153846214889,-6972503804312544147);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0279','K-05139','Dare to dream in 036',19994,'Instagram',15,1363,'Overig','Verbonden',20007,'Jeugdfonds Sport & Cultuur',20029,0,351,20088,NULL,-8813385413018487794,-1903305329655298904);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0280','K-05670','Dare to dream in 036',19996,'WhatsApp',13,1324,'Muziek en cultuur','Verbonden',20012,'Muziekcollectief Almere',20048,0,352,20088,NULL,-8279762626111023685,1864066462735345528);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0281','K-05671','Dare to dream in 036',19996,'Website',15,1352,'Sport','Verbonden',20009,'Almere City FC Foundation',20032,0,353,20088,NULL,-1222093316411115415,5265402495767498134);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0282','K-05673','Dare to dream in 036',19997,'Website',18,1335,'Sport','Gesprek gevoerd',20049,NULL,NULL,NULL,354,20088,NULL,-101077540222190928,-7274077699775202814);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0283','K-05681','Dare to dream in 036',19999,'Brievenbus',15,1322,'Bijles','Verbonden',20011,'Huiswerkbegeleiding Stad',20056,0,355,20088,NULL,4157495729485594265,5815983158138617097);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0284','K-05682','Dare to dream in 036',20000,'WhatsApp',15,1326,'Bijles','Verbonden',20014,'Huiswerkbegeleiding Stad',20025,0,356,20088,NULL,-1053419163025043042,-7870062244123548932);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0285','K-04265','Dare to dream in 036',20002,'WhatsApp',14,1313,'Overig','Verbonden',20016,'Nationaal Fonds Kinderhulp',20087,0,357,20088,NULL,3069935555856995144,-4465597162673927759);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0286','K-05686','Dare to dream in 036',20003,'WhatsApp',13,1324,'Fiets','Verbonden',20026,'Fietsenbank Almere',20056,0,358,20088,NULL,6447465938201003622,9167165079352783804);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0287','K-05687','Dare to dream in 036',20004,'WhatsApp',13,1324,'Overig','Verbonden',20022,'Jeugdfonds Sport & Cultuur',20082,0,359,20088,NULL,7814707423947300345,1164548935454123328);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0288','K-05689','Dare to dream in 036',20004,'WhatsApp',14,1338,'Bijles','Verbonden',20014,'Huiswerkbegeleiding Stad',20038,0,360,20088,NULL,3674397218648208936,597012082303286944);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0289','K-05693','Dare to dream in 036',20004,'Instagram',13,1328,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,361,20088,NULL,771805062373879797,-3169684631756930723);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0290','K-05695','Dare to dream in 036',20005,'Website',13,1322,'Overig','Verbonden',20037,'Wijkteam Almere',20077,0,362,20088,NULL,-8701062803177064889,-4975381907819795498);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0291','K-05702','Dare to dream in 036',20006,'Instagram',16,1337,'Bijles','Verbonden',20019,'Stichting Leergeld Almere',20043,1,363,20088,NULL,-877140308974818955,-8535368308418621450);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0292','K-05703','Dare to dream in 036',20006,'Website',14,1325,'Kleding','Verbonden',20032,'Kledingbank Almere',20086,0,364,20088,NULL,7279436398922507614,5026061833985064188);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0293','K-05705','Dare to dream in 036',20006,'WhatsApp',15,1315,'Fiets','Verbonden',20022,'Fietsenbank Almere',20045,1,365,20088,NULL,-6138194151423149046,-6193891381799287561);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0294','K-05707','Dare to dream in 036',20007,'Website',13,1329,'Sport','Verbonden',20026,'Buurtsportcoach Stad',20041,0,366,20088,NULL,-7371342159919333411,-4635244723910300198);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0295','K-05708','Dare to dream in 036',20007,'Sms',16,1337,'Bijles','Geen reactie',NULL,NULL,NULL,NULL,367,20088,NULL,7873749784307422348,5254816898503715153);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0296','K-04116','Dare to dream in 036',20010,'Instagram',14,1316,'Sport','Geen reactie',NULL,NULL,NULL,NULL,368,20088,NULL,2598832917165278713,-370666221157051032);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0297','K-04988','Dare to dream in 036',20011,'Instagram',15,1361,'Overig','Gesprek gevoerd',20070,NULL,NULL,NULL,369,20088,NULL,-4024416633282179401,3757989133968290525);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0298','K-04467','Dare to dream in 036',20017,'Website',15,1332,'Sport','Verbonden',20028,'Sportbedrijf Almere - Zwemles',20073,0,370,20088,NULL,-6672605152587828523,-898232235101497120);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0299','K-05732','Dare to dream in 036',20018,'Instagram',15,1311,'Kleding','Geen reactie',NULL,NULL,NULL,NULL,371,20088,NULL,343858580160899003,-8646646048949816266);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0300','K-05737','Dare to dream in 036',20018,'WhatsApp',15,1331,'Laptop','Verbonden',20050,'Laptops voor Kids',20066,0,372,20088,NULL,8653437831087657596,2057843415691412665);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0301','K-05738','Dare to dream in 036',20018,'WhatsApp',18,1338,'Sport','Verbonden',20033,'Buurtsportcoach Buiten',20050,1,373,20088,NULL,5010678357088051627,-1500955462911920880);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0302','K-05740','Dare to dream in 036',20018,'Website',14,1333,'Bijles','Verbonden',20040,'Huiswerkbegeleiding Stad',20082,0,374,20088,NULL,4857108403943038569,-379339288443285957);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0303','K-04866','Dare to dream in 036',20019,'Facebook',15,1339,'Beroep en meelopen','Verbonden',20029,'Bibliotheek Almere - Beroepencollege',20048,0,375,20088,NULL,8784512376336029308,6241969588540816028);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0304','K-05025','Dare to dream in 036',20019,'WhatsApp',13,1338,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,376,20088,NULL,9175150779594071735,8306304379097321747);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0305','K-05577','Dare to dream in 036',20020,'WhatsApp',13,1313,'Muziek en cultuur','Verbonden',20051,'Stichting Leergeld Almere',20071,0,377,20088,NULL,5689564545936194697,3528978179849452797);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0306','K-05742','Dare to dream in 036',20020,'WhatsApp',12,1331,'Beroep en meelopen','Gesprek gevoerd',20042,NULL,NULL,NULL,378,20088,NULL,-8253445652637300640,2229135195956986535);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0307','K-05743','Dare to dream in 036',20021,'Brievenbus',16,1326,'Sport','Verbonden',20045,'Jeugdfonds Sport & Cultuur',20077,0,379,20088,NULL,-1633318601722477119,5207496948234430779);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0308','K-05749','Dare to dream in 036',20024,'Instagram',14,1361,'Beroep en meelopen','Gesprek gevoerd',20042,NULL,NULL,NULL,380,20088,NULL,4530392562192323985,-5531414674247089070);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0309','K-05211','Dare to dream in 036',20024,'WhatsApp',13,1358,'Sport','Geen reactie',NULL,NULL,NULL,NULL,381,20088,NULL,8092174572567180199,7958964741168075802);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0310','K-05752','Dare to dream in 036',20024,'Instagram',12,1316,'Beroep en meelopen','Gesprek gevoerd',20047,NULL,NULL,NULL,382,20088,NULL,2245109396076723240,5527896905741175228);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0311','K-05754','Dare to dream in 036',20025,'WhatsApp',12,1328,'Sport','Verbonden',20039,'Buurtsportcoach Stad',20077,0,383,20088,NULL,2395110630603656339,4454867840269539982);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0312','K-05757','Dare to dream in 036',20026,'Sms',16,1359,'Kleding','Gesprek gevoerd',20040,NULL,NULL,NULL,384,20088,NULL,-6488674618774375140,1187008998500672512);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0313','K-04791','Dare to dream in 036',20027,'Instagram',16,1321,'Muziek en cultuur','Gesprek gevoerd',20039,NULL,NULL,NULL,385,20088,NULL,4653375180195819748,3999839906822348538);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0314','K-05486','Dare to dream in 036',20027,'Instagram',13,1316,'Sport','Geen reactie',NULL,NULL,NULL,NULL,386,20088,NULL,4691728651403049608,-4015584158751767638);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0315','K-05760','Dare to dream in 036',20027,'Inloopspreekuur bibliotheek',17,1313,'Sport','Verbonden',20053,'Buurtsportcoach Stad',20078,0,387,20088,NULL,440828706393246929,5886182733155321213);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0316','K-05471','Dare to dream in 036',20028,'WhatsApp',15,1364,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,388,20088,NULL,-9198148801743008541,272329488578859857);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0317','K-05761','Dare to dream in 036',20028,'Instagram',12,1316,'Sport','Gesprek gevoerd',20044,NULL,NULL,NULL,389,20088,NULL,7409330219651136738,9059458386490325319);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0318','K-05764','Dare to dream in 036',20030,'WhatsApp',16,1315,'Sport','Verbonden',20051,'Sportbedrijf Almere - Zwemles',20070,0,390,20088,NULL,-3748810438756321634,-4817873479808447560);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0319','K-05765','Dare to dream in 036',20030,'Website',14,1357,'Sport','Gesprek gevoerd',20042,NULL,NULL,NULL,391,20088,NULL,-4700998314822321501,-5652894911362435042);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0320','K-05769','Dare to dream in 036',20031,'Brievenbus',13,1363,'Muziek en cultuur','Verbonden',20054,'Jeugdfonds Sport & Cultuur',20065,0,392,20088,NULL,-2615023233633988318,-123135285246312120);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0321','K-05771','Dare to dream in 036',20032,'Inloopspreekuur bibliotheek',16,1334,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,393,20088,NULL,7730257151100488924,7540976460265242752);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0322','K-05774','Dare to dream in 036',20032,'WhatsApp',12,1337,'Sport','Verbonden',20053,'Buurtsportcoach Buiten',20081,1,394,20088,NULL,4329419225250575540,8194378020505989921);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0323','K-05775','Dare to dream in 036',20032,'Brievenbus',15,1341,'Laptop','Gesprek gevoerd',20050,NULL,NULL,NULL,395,20088,NULL,-3858791288118160414,550895627009027774);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0324','K-05776','Dare to dream in 036',20032,'WhatsApp',13,1328,'Muziek en cultuur','Verbonden',20052,'Jeugdfonds Sport & Cultuur',20071,0,396,20088,NULL,5130527193953137522,3989234198187675628);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0325','K-05777','Dare to dream in 036',20032,'WhatsApp',16,1332,'Laptop','Verbonden',20038,'Laptops voor Kids',20058,0,397,20088,NULL,2892082111613821879,-2478723194075898017);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0326','K-05437','Dare to dream in 036',20033,'Sms',18,1358,'Overig','Verbonden',20050,'Stichting Leergeld Almere',20058,0,398,20088,NULL,-5646303335191977923,5798887135572265821);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0327','K-05781','Dare to dream in 036',20033,'Sms',18,1358,'Sport','Gesprek gevoerd',20066,NULL,NULL,NULL,399,20088,NULL,-8895011791866636449,-2350216570135985444);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0328','K-04119','Dare to dream in 036',20034,'WhatsApp',13,1337,'Overig','Gesprek gevoerd',20067,NULL,NULL,NULL,400,20088,NULL,3429486284030950561,406692603308647474);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0329','K-04959','Dare to dream in 036',20034,'Instagram',13,1323,'Fiets','Verbonden',20052,'Fietsenbank Almere',20067,1,401,20088,NULL,1753236358308773634,-7210752548279620275);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0330','K-05273','Dare to dream in 036',20034,'WhatsApp',17,1362,'Fiets','Gesprek gevoerd',20080,NULL,NULL,NULL,402,20088,NULL,1998885436028823936,9152645892485347467);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0331','K-05785','Dare to dream in 036',20034,'Brievenbus',15,1315,'Overig','Verbonden',20053,'Stichting Leergeld Almere',20075,0,403,20088,NULL,-7515452719998592997,-4353533693820775675);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0332','K-05787','Dare to dream in 036',20034,'Instagram',18,1363,'Bijles','Verbonden',20048,'Bijles aan Huis Almere',20069,0,404,20088,NULL,4668361653411622467,4382121449411630324);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0333','K-04847','Dare to dream in 036',20035,'Instagram',17,1358,'Sport','Gesprek gevoerd',20068,NULL,NULL,NULL,405,20088,NULL,-8984973460458675745,-3733779762429261312);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0334','K-05256','Dare to dream in 036',20035,'WhatsApp',12,1337,'Sport','Gesprek gevoerd',20044,NULL,NULL,NULL,406,20088,NULL,4001236809548402633,7824811596348357312);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0335','K-05788','Dare to dream in 036',20035,'Instagram',13,1321,'Laptop','Verbonden',20053,'Nationaal Fonds Kinderhulp',20080,0,407,20088,NULL,-6633215649219230167,3948546792926327496);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0337','K-05796','Dare to dream in 036',20036,'Website',17,1328,'Beroep en meelopen','Verbonden',20050,'Meeloopnetwerk Alliantie Kinderarmoede',20084,0,409,20088,NULL,4799723717845357511,3585710007145158288);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0338','K-05797','Dare to dream in 036',20037,'Instagram',14,1318,'Muziek en cultuur','Verbonden',20046,'Theaterschool Almere',20061,1,410,20088,NULL,-8396818268452669651,-4398514688801016317);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0339','K-05804','Dare to dream in 036',20038,'Brievenbus',13,1328,'Muziek en cultuur','Gesprek gevoerd',20062,NULL,NULL,NULL,411,20088,NULL,-5358673759359026597,-8448760952092938709);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0340','K-05808','Dare to dream in 036',20039,'Instagram',17,1357,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,412,20088,NULL,5265517404687820943,8863021318820114836);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0341','K-05811','Dare to dream in 036',20039,'WhatsApp',12,1314,'Beroep en meelopen','Gesprek gevoerd',20077,NULL,NULL,NULL,413,20088,NULL,7854754314268806268,-857785486992694686);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0342','K-05812','Dare to dream in 036',20040,'Instagram',14,8232,'Kleding','Gesprek gevoerd',20059,NULL,NULL,NULL,414,20088,NULL,-7536154210730561884,6978221282645574460);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0343','K-05813','Dare to dream in 036',20040,'WhatsApp',12,1364,'Kleding','Verbonden',20052,'Kledingbank Almere',20083,0,415,20088,NULL,1587148842400139516,5080767161803003296);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0344','K-04382','Dare to dream in 036',20041,'Instagram',16,1323,'Kleding','Verbonden',20063,'Jongerenwerk De Schoor',20087,1,416,20088,NULL,8710841999763299820,-4591754310490838331);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0345','K-05818','Dare to dream in 036',20041,'Inloopspreekuur bibliotheek',16,1326,'Sport','Verbonden',20058,'Sportbedrijf Almere - Zwemles',20068,0,417,20088,NULL,6193829288400078798,430917905777145475);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0346','K-04716','Dare to dream in 036',20042,'Website',12,1357,'Bijles','Uitgenodigd',NULL,NULL,NULL,NULL,418,20088,NULL,-8778057585347956614,3864458557089866447);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0347','K-05823','Dare to dream in 036',20045,'Sms',13,1321,'Beroep en meelopen','Gesprek gevoerd',20061,NULL,NULL,NULL,419,20088,NULL,317539653256426131,-536919794862694742);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0348','K-05824','Dare to dream in 036',20045,'Website',13,1328,'Bijles','Gesprek gevoerd',20076,NULL,NULL,NULL,420,20088,NULL,-107982924776460599,88954343008569369);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0349','K-05825','Dare to dream in 036',20046,'Instagram',13,1333,'Beroep en meelopen','Gesprek gevoerd',20059,NULL,NULL,NULL,421,20088,NULL,-8583835744784692558,-2361004128080344665);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0350','K-05827','Dare to dream in 036',20046,'WhatsApp',15,1335,'Fiets','Verbonden',20062,'Fietsenbank Almere',20076,0,422,20088,NULL,-1518252617573161446,-29613265518098505);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0351','K-05829','Dare to dream in 036',20046,'Website',18,1354,'Sport','Gesprek gevoerd',20065,NULL,NULL,NULL,423,20088,NULL,8002789800198993314,-4199555664750322746);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0352','K-04843','Dare to dream in 036',20047,'Inloopspreekuur bibliotheek',15,1325,'Bijles','Verbonden',20061,'Huiswerkbegeleiding Stad',20087,1,424,20088,NULL,-8187407557118245186,1069214435822580745);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0353','K-04862','Dare to dream in 036',20047,'Website',15,1324,'Kleding','Gesprek gevoerd',20059,NULL,NULL,NULL,425,20088,NULL,-1179893568133767022,3417280671774011105);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0354','K-05834','Dare to dream in 036',20048,'WhatsApp',13,1361,'Laptop','Gesprek gevoerd',20064,NULL,NULL,NULL,426,20088,NULL,8399462652006773349,3050305202387997038);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0355','K-05838','Dare to dream in 036',20048,'WhatsApp',16,1351,'Sport','Gesprek gevoerd',20069,NULL,NULL,NULL,427,20088,NULL,1453739325423258705,-553916298674159488);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0356','K-05843','Dare to dream in 036',20049,'WhatsApp',18,1336,'Beroep en meelopen','Gesprek gevoerd',20071,NULL,NULL,NULL,428,20088,NULL,5362131459996166161,2623493767936865955);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0357','K-05844','Dare to dream in 036',20049,'Instagram',13,1329,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,429,20088,NULL,-1000156728993133689,-8131687547134742892);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0358','K-04581','Dare to dream in 036',20050,'Brievenbus',12,1339,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,430,20088,NULL,2106574922761023515,-5072220392352051538);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0359','K-05848','Dare to dream in 036',20052,'Instagram',16,1333,'Fiets','Gesprek gevoerd',20071,NULL,NULL,NULL,431,20088,NULL,-8366200261480841381,-190927995780678614);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0360','K-05851','Dare to dream in 036',20052,'Instagram',13,1357,'Muziek en cultuur','Gesprek gevoerd',20080,NULL,NULL,NULL,432,20088,NULL,-7197379373885991422,-6016605569634104224);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0361','K-05854','Dare to dream in 036',20053,'WhatsApp',16,1327,'Laptop','Gesprek gevoerd',20073,NULL,NULL,NULL,433,20088,NULL,-5981753439663320938,2070497496461073758);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0362','K-05855','Dare to dream in 036',20053,'Brievenbus',13,1317,'Beroep en meelopen','Gesprek gevoerd',20084,NULL,NULL,NULL,434,20088,NULL,1906437476377752546,8996333416667018233);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0363','K-05856','Dare to dream in 036',20054,'Instagram',17,1328,'Sport','Verbonden',20066,'Sportbedrijf Almere - Zwemles',20079,0,435,20088,NULL,7598994245303471542,-579046666738978482);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0364','K-05857','Dare to dream in 036',20054,'Brievenbus',15,1333,'Fiets','Uitgenodigd',NULL,NULL,NULL,NULL,436,20088,NULL,-3279387149467582542,9122306845777147408);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0365','K-05862','Dare to dream in 036',20055,'Instagram',12,1317,'Sport','Gesprek gevoerd',20081,NULL,NULL,NULL,437,20088,NULL,5301377033398815912,-2599121271744712966);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0366','K-05863','Dare to dream in 036',20055,'WhatsApp',14,1324,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,438,20088,NULL,6917986054927446038,8910705979098659347);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0367','K-05326','Dare to dream in 036',20056,'Instagram',18,1341,'Sport','Gesprek gevoerd',20073,NULL,NULL,NULL,439,20088,NULL,-8022832186209467368,-1818157966068508902);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0368','K-05865','Dare to dream in 036',20056,'Instagram',13,1318,'Sport','Gesprek gevoerd',20070,NULL,NULL,NULL,440,20088,NULL,-987082064939651369,-598418226936131576);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0369','K-05867','Dare to dream in 036',20056,'WhatsApp',15,1349,'Fiets','Gesprek gevoerd',20076,NULL,NULL,NULL,441,20088,NULL,5636915497287439738,-1381067833533731241);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0370','K-05868','Dare to dream in 036',20056,'Facebook',14,1343,'Overig','Gesprek gevoerd',20073,NULL,NULL,NULL,442,20088,NULL,1178474756098146151,3275630691784901660);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0371','K-05269','Dare to dream in 036',20058,'WhatsApp',14,1312,'Overig','Gesprek gevoerd',20078,NULL,NULL,NULL,443,20088,NULL,3972219524998869689,6421012040905938748);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0372','K-04947','Dare to dream in 036',20058,'WhatsApp',14,1352,'Beroep en meelopen','Gesprek gevoerd',20078,NULL,NULL,NULL,444,20088,NULL,-9188075490470480576,7778687633918838566);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0373','K-05872','Dare to dream in 036',20059,'WhatsApp',14,1358,'Beroep en meelopen','Gesprek gevoerd',20086,NULL,NULL,NULL,445,20088,NULL,-6081710148170994346,-3117665540723401841);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0374','K-05876','Dare to dream in 036',20059,'Website',14,1337,'Beroep en meelopen','Gesprek gevoerd',20086,NULL,NULL,NULL,446,20088,NULL,4765711933354277265,8296987748934298030);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0375','K-05881','Dare to dream in 036',20060,'Website',15,1325,'Sport','Gesprek gevoerd',20073,NULL,NULL,NULL,447,20088,NULL,-6488298303360495537,-753303702644276739);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0376','K-05884','Dare to dream in 036',20061,'Brievenbus',15,1361,'Sport','Gesprek gevoerd',20075,NULL,NULL,NULL,448,20088,NULL,-6850423927155924256,157523244986962460);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0377','K-05888','Dare to dream in 036',20062,'Instagram',17,1311,'Fiets','Uitgenodigd',NULL,NULL,NULL,NULL,449,20088,NULL,4381665470028243781,-781375581214193570);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0378','K-05892','Dare to dream in 036',20062,'Website',16,1333,'Kleding','Uitgenodigd',NULL,NULL,NULL,NULL,450,20088,NULL,-5194810169243584955,6951571625533082831);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0379','K-05893','Dare to dream in 036',20062,'Instagram',17,1315,'Kleding','Uitgenodigd',NULL,NULL,NULL,NULL,451,20088,NULL,293937261385449873,-6098554915873092149);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0380','K-05895','Dare to dream in 036',20063,'WhatsApp',12,1315,'Sport','Gesprek gevoerd',20083,NULL,NULL,NULL,452,20088,NULL,-1356562648471469756,-2674440858671001580);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0381','K-05897','Dare to dream in 036',20063,'Sms',18,1097,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,453,20088,NULL,-8498592105650627832,8812694325089026774);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0382','K-05898','Dare to dream in 036',20063,'Website',15,1353,'Beroep en meelopen','Gesprek gevoerd',20085,NULL,NULL,NULL,454,20088,NULL,3081084155084278015,3525490972883988407);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0383','K-05902','Dare to dream in 036',20063,'Brievenbus',12,1362,'Bijles','Uitgenodigd',NULL,NULL,NULL,NULL,455,20088,NULL,7290271469162215119,6299922285236289658);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0384','K-05906','Dare to dream in 036',20063,'WhatsApp',15,1323,'Kleding','Uitgenodigd',NULL,NULL,NULL,NULL,456,20088,NULL,8551810260297623252,6299302304245049789);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0385','K-05908','Dare to dream in 036',20064,'WhatsApp',14,1358,'Bijles','Gesprek gevoerd',20080,NULL,NULL,NULL,457,20088,NULL,-3701010998089344292,8707100316395713190);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0386','K-05909','Dare to dream in 036',20064,'Website',15,1339,'Laptop','Gesprek gevoerd',20084,NULL,NULL,NULL,458,20088,NULL,1197393094797542560,-5242762263561628073);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0387','K-05910','Dare to dream in 036',20064,'Sms',16,1335,'Sport','Gesprek gevoerd',20083,NULL,NULL,NULL,459,20088,NULL,-4768644865912780798,2772724388609326083);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0388','K-05912','Dare to dream in 036',20065,'Website',13,1363,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,460,20088,NULL,-584061438738782301,7571042110636222400);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0389','K-05915','Dare to dream in 036',20066,'Inloopspreekuur bibliotheek',16,1323,'Bijles','Uitgenodigd',NULL,NULL,NULL,NULL,461,20088,NULL,-7662765695973686726,-7342252940499664612);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0390','K-05916','Dare to dream in 036',20066,'WhatsApp',17,1328,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,462,20088,NULL,-1082852304900501995,-3439521640457352607);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0391','K-05922','Dare to dream in 036',20067,'Instagram',12,1335,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,463,20088,NULL,3140468885761017407,7351174142956216151);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0392','K-05923','Dare to dream in 036',20067,'Instagram',17,1358,'Laptop','Gesprek gevoerd',20088,NULL,NULL,NULL,464,20088,NULL,-7519410159884694711,-8155599225650411205);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0393','K-05925','Dare to dream in 036',20068,'WhatsApp',18,1355,'Muziek en cultuur','Gesprek gevoerd',20079,NULL,NULL,NULL,465,20088,NULL,4743971607008852837,860347873762248124);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0394','K-05926','Dare to dream in 036',20068,'Instagram',16,1316,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,466,20088,NULL,-2802108616445223711,-1483304823710655389);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0395','K-05929','Dare to dream in 036',20069,'Instagram',13,1356,'Laptop','Uitgenodigd',NULL,NULL,NULL,NULL,467,20088,NULL,254615120952008816,8069316995698231654);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0396','K-04687','Dare to dream in 036',20070,'Inloopspreekuur bibliotheek',12,1312,'Fiets','Uitgenodigd',NULL,NULL,NULL,NULL,468,20088,NULL,4079611356060913490,6422895887906675533);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0397','K-05941','Dare to dream in 036',20070,'Instagram',13,1324,'Sport','Gesprek gevoerd',20085,NULL,NULL,NULL,469,20088,NULL,-5782044231057048753,-5508921507647319273);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0398','K-05944','Dare to dream in 036',20070,'Instagram',14,1359,'Bijles','Gesprek gevoerd',20087,NULL,NULL,NULL,470,20088,NULL,4344679297033676541,-8151229569216604266);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0399','K-04375','Dare to dream in 036',20071,'Brievenbus',18,1338,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,471,20088,NULL,-3308208475303279992,1344933010644462612);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0400','K-05181','Dare to dream in 036',20073,'Sms',13,1319,'Bijles','Gesprek gevoerd',20087,NULL,NULL,NULL,472,20088,NULL,-830895726273189719,-2617005120048396319);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0401','K-05950','Dare to dream in 036',20073,'Sms',15,1321,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,473,20088,NULL,6471561494073258665,8271164838886917524);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0402','K-05952','Dare to dream in 036',20073,'Facebook',17,1332,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,474,20088,NULL,-3557264554641490593,-3799178267908256641);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0403','K-05477','Dare to dream in 036',20074,'WhatsApp',18,1337,'Fiets','Nieuw',NULL,NULL,NULL,NULL,475,20088,NULL,-8738021100905061508,-8816934483129577309);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0404','K-05954','Dare to dream in 036',20074,'Website',14,1327,'Beroep en meelopen','Nieuw',NULL,NULL,NULL,NULL,476,20088,NULL,3603996316422287222,-4022368463034637309);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0405','K-05955','Dare to dream in 036',20074,'Website',14,1333,'Bijles','Uitgenodigd',NULL,NULL,NULL,NULL,477,20088,NULL,-6754572407914911802,4759077805680482623);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0406','K-05956','Dare to dream in 036',20074,'WhatsApp',14,1349,'Sport','Uitgenodigd',NULL,NULL,NULL,NULL,478,20088,NULL,471365504955731621,-8774793408588269788);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0407','K-05959','Dare to dream in 036',20075,'Instagram',15,1352,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,479,20088,NULL,6762703117815213104,4841660196911330770);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0408','K-04017','Dare to dream in 036',20076,'Sms',14,1359,'Bijles','Gesprek gevoerd',20084,NULL,NULL,NULL,480,20088,NULL,341987090465523327,-5005956333518002945);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0409','K-04763','Dare to dream in 036',20076,'Instagram',12,1338,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,481,20088,NULL,9024930065672027225,-413088105338714838);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0410','K-05972','Dare to dream in 036',20078,'Instagram',13,1333,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,482,20088,NULL,3875834726647343865,-8769082159678417259);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0411','K-04406','Dare to dream in 036',20079,'Inloopspreekuur bibliotheek',15,1312,'Beroep en meelopen','Uitgenodigd',NULL,NULL,NULL,NULL,483,20088,NULL,-6390810662654377287,5554416346062935178);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0412','K-05975','Dare to dream in 036',20080,'WhatsApp',18,1324,'Sport','Nieuw',NULL,NULL,NULL,NULL,484,20088,NULL,-190596719616774903,3189451451918719253);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0413','K-05979','Dare to dream in 036',20080,'WhatsApp',12,1353,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,485,20088,NULL,1165799412680549306,6677574488158058551);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0414','K-05980','Dare to dream in 036',20080,'Website',17,1315,'Laptop','Uitgenodigd',NULL,NULL,NULL,NULL,486,20088,NULL,804704305968490827,-7487611847001869146);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0415','K-05984','Dare to dream in 036',20080,'Instagram',15,1333,'Muziek en cultuur','Nieuw',NULL,NULL,NULL,NULL,487,20088,NULL,-559082469436819831,-8941913724105350872);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0416','K-05986','Dare to dream in 036',20081,'Brievenbus',14,1335,'Muziek en cultuur','Uitgenodigd',NULL,NULL,NULL,NULL,488,20088,NULL,2354999364679546560,5985994578323725545);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0417','K-05987','Dare to dream in 036',20081,'Website',15,1319,'Muziek en cultuur','Nieuw',NULL,NULL,NULL,NULL,489,20088,NULL,-2945203290909442256,-7340897769330967408);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0418','K-05990','Dare to dream in 036',20081,'Instagram',13,1325,'Muziek en cultuur','Nieuw',NULL,NULL,NULL,NULL,490,20088,NULL,-663091748380007780,5424462815166515910);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0419','K-05991','Dare to dream in 036',20081,'Website',16,1316,'Bijles','Uitgenodigd',NULL,NULL,NULL,NULL,491,20088,NULL,586005701289429818,-1758404888466883484);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0420','K-05994','Dare to dream in 036',20082,'WhatsApp',14,1339,'Sport','Nieuw',NULL,NULL,NULL,NULL,492,20088,NULL,2131421782636638283,-6644568950563920928);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0421','K-05999','Dare to dream in 036',20083,'Instagram',17,1328,'Laptop','Nieuw',NULL,NULL,NULL,NULL,493,20088,NULL,-6936641902101357005,-7674548690321665492);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0422','K-06000','Dare to dream in 036',20083,'WhatsApp',16,1319,'Overig','Uitgenodigd',NULL,NULL,NULL,NULL,494,20088,NULL,4684762701711131292,1404124534661020373);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0423','K-06002','Dare to dream in 036',20083,'Instagram',13,1336,'Beroep en meelopen','Nieuw',NULL,NULL,NULL,NULL,495,20088,NULL,1278352334609976364,6857878199489426014);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0424','K-06004','Dare to dream in 036',20083,'Instagram',13,1341,'Fiets','Nieuw',NULL,NULL,NULL,NULL,496,20088,NULL,5271878667554809417,6198561140267582183);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0425','K-06007','Dare to dream in 036',20084,'Instagram',14,1361,'Laptop','Nieuw',NULL,NULL,NULL,NULL,497,20088,NULL,-6685676509500492618,7246753755869847579);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0426','K-06011','Dare to dream in 036',20084,'Website',15,1312,'Overig','Nieuw',NULL,NULL,NULL,NULL,498,20088,NULL,-4458146738505853574,2108823467091154446);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0427','K-06012','Dare to dream in 036',20084,'Website',17,1329,'Kleding','Nieuw',NULL,NULL,NULL,NULL,499,20088,NULL,-487625527648552291,-4507453821198589991);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0428','K-04551','Dare to dream in 036',20087,'WhatsApp',14,1318,'Bijles','Nieuw',NULL,NULL,NULL,NULL,500,20088,NULL,1085369255618543522,6176215480043563348);
INSERT INTO droom_stand VALUES(3,'DTD-2024-0429','K-06021','Dare to dream in 036',20088,'Instagram',13,1331,'Laptop','Nieuw',NULL,NULL,NULL,NULL,501,20088,NULL,7798508479154217690,-2786324264207768704);
CREATE TABLE postcode_stadsdeel (
    pc4 INTEGER PRIMARY KEY,
    stadsdeel TEXT NOT NULL,
    bestand_id INTEGER REFERENCES bronbestand(id),
    regel INTEGER
);
INSERT INTO postcode_stadsdeel VALUES(1311,'Almere Stad',1,2);
INSERT INTO postcode_stadsdeel VALUES(1312,'Almere Stad',1,3);
INSERT INTO postcode_stadsdeel VALUES(1313,'Almere Stad',1,4);
INSERT INTO postcode_stadsdeel VALUES(1314,'Almere Stad',1,5);
INSERT INTO postcode_stadsdeel VALUES(1315,'Almere Stad',1,6);
INSERT INTO postcode_stadsdeel VALUES(1316,'Almere Stad',1,7);
INSERT INTO postcode_stadsdeel VALUES(1317,'Almere Stad',1,8);
INSERT INTO postcode_stadsdeel VALUES(1318,'Almere Stad',1,9);
INSERT INTO postcode_stadsdeel VALUES(1319,'Almere Stad',1,10);
INSERT INTO postcode_stadsdeel VALUES(1321,'Almere Stad',1,11);
INSERT INTO postcode_stadsdeel VALUES(1322,'Almere Stad',1,12);
INSERT INTO postcode_stadsdeel VALUES(1323,'Almere Stad',1,13);
INSERT INTO postcode_stadsdeel VALUES(1324,'Almere Stad',1,14);
INSERT INTO postcode_stadsdeel VALUES(1325,'Almere Stad',1,15);
INSERT INTO postcode_stadsdeel VALUES(1326,'Almere Stad',1,16);
INSERT INTO postcode_stadsdeel VALUES(1327,'Almere Stad',1,17);
INSERT INTO postcode_stadsdeel VALUES(1328,'Almere Stad',1,18);
INSERT INTO postcode_stadsdeel VALUES(1329,'Almere Stad',1,19);
INSERT INTO postcode_stadsdeel VALUES(1331,'Almere Buiten',1,20);
INSERT INTO postcode_stadsdeel VALUES(1332,'Almere Buiten',1,21);
INSERT INTO postcode_stadsdeel VALUES(1333,'Almere Buiten',1,22);
INSERT INTO postcode_stadsdeel VALUES(1334,'Almere Buiten',1,23);
INSERT INTO postcode_stadsdeel VALUES(1335,'Almere Buiten',1,24);
INSERT INTO postcode_stadsdeel VALUES(1336,'Almere Buiten',1,25);
INSERT INTO postcode_stadsdeel VALUES(1337,'Almere Buiten',1,26);
INSERT INTO postcode_stadsdeel VALUES(1338,'Almere Buiten',1,27);
INSERT INTO postcode_stadsdeel VALUES(1339,'Almere Buiten',1,28);
INSERT INTO postcode_stadsdeel VALUES(1341,'Almere Hout',1,29);
INSERT INTO postcode_stadsdeel VALUES(1343,'Oosterwold',1,30);
INSERT INTO postcode_stadsdeel VALUES(1349,'Oosterwold',1,31);
INSERT INTO postcode_stadsdeel VALUES(1351,'Almere Haven',1,32);
INSERT INTO postcode_stadsdeel VALUES(1352,'Almere Haven',1,33);
INSERT INTO postcode_stadsdeel VALUES(1353,'Almere Haven',1,34);
INSERT INTO postcode_stadsdeel VALUES(1354,'Almere Haven',1,35);
INSERT INTO postcode_stadsdeel VALUES(1355,'Almere Haven',1,36);
INSERT INTO postcode_stadsdeel VALUES(1356,'Almere Haven',1,37);
INSERT INTO postcode_stadsdeel VALUES(1357,'Almere Haven',1,38);
INSERT INTO postcode_stadsdeel VALUES(1358,'Almere Hout',1,39);
INSERT INTO postcode_stadsdeel VALUES(1359,'Almere Poort',1,40);
INSERT INTO postcode_stadsdeel VALUES(1361,'Almere Poort',1,41);
INSERT INTO postcode_stadsdeel VALUES(1362,'Almere Poort',1,42);
INSERT INTO postcode_stadsdeel VALUES(1363,'Almere Poort',1,43);
INSERT INTO postcode_stadsdeel VALUES(1364,'Almere Poort',1,44);
INSERT INTO postcode_stadsdeel VALUES(1365,'Almere Pampus',1,45);
CREATE TABLE deelnemer_stand (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    deelnemer TEXT NOT NULL,
    regel INTEGER NOT NULL,
    centrum TEXT NOT NULL,
    startdatum INTEGER NOT NULL,
    stap TEXT NOT NULL,
    einddatum INTEGER,
    uitstroom_naar TEXT,
    van INTEGER NOT NULL,            -- the snapshot date (days since 1970) from which this version holds
        tot INTEGER,                     -- the snapshot date from which it no longer holds; NULL: it still does
        sleutel_hash INTEGER NOT NULL,   -- RowHash of the key
        inhoud INTEGER NOT NULL          -- RowHash of the row as read: unchanged bytes store nothing new
);
CREATE TABLE klus (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- every workbook that delivered it
    regel INTEGER NOT NULL,
    datum INTEGER NOT NULL,
    centrum TEXT NOT NULL,
    klus TEXT NOT NULL,
    aanvrager TEXT NOT NULL,
    uren_x100 INTEGER NOT NULL,
    sleutel TEXT NOT NULL,           -- the job's identity; figures count each (sleutel, volgnummer) once
    volgnummer INTEGER NOT NULL,     -- the n-th equal job within one workbook
    UNIQUE (bestand_id, sleutel, volgnummer)
);
CREATE TABLE collecte (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    datum INTEGER NOT NULL,
    dienst TEXT,
    doel TEXT NOT NULL,
    bedrag_cent INTEGER NOT NULL
);
CREATE TABLE bank_mutatie (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the first file it was seen in
    regel INTEGER NOT NULL,
    rekening TEXT NOT NULL,
    datum INTEGER NOT NULL,
    tegenrekening TEXT NOT NULL,
    naam TEXT NOT NULL,
    bij INTEGER NOT NULL,            -- 1: credit (Bij), 0: debit (Af)
    bedrag_cent INTEGER NOT NULL,    -- always positive
    omschrijving TEXT NOT NULL,
    sleutel TEXT NOT NULL,           -- the transaction's identity (see README: bank transactions)
    volgnummer INTEGER NOT NULL,     -- the n-th equal transaction within one export
    UNIQUE (sleutel, volgnummer)
);
CREATE TABLE fietstocht (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    datum INTEGER NOT NULL,
    afstand_km_x100 INTEGER NOT NULL,
    per_km_cent INTEGER NOT NULL,
    vast_cent INTEGER NOT NULL,
    ontvangen_cent INTEGER NOT NULL
);
CREATE TABLE begroting (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    post TEXT NOT NULL,
    bedrag_cent INTEGER NOT NULL
);
CREATE TABLE spreekuur_bezoek (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),   -- the first download it was in
    regel INTEGER NOT NULL,
    tijdstempel INTEGER NOT NULL,    -- seconds since 1970-01-01 00:00, local time
    datum INTEGER NOT NULL,          -- days since 1970-01-01
    locatie TEXT NOT NULL,
    organisatie TEXT NOT NULL,
    pc4 INTEGER NOT NULL,
    eerste_bezoek INTEGER NOT NULL,  -- 1: Ja
    onderwerpen INTEGER NOT NULL,    -- bit i: topic i of the list named
    bereikt_via TEXT NOT NULL,
    doorverwezen_naar TEXT NOT NULL,
    sleutel TEXT NOT NULL,           -- the visit's identity (every field, case folded)
    volgnummer INTEGER NOT NULL,     -- the n-th equal visit within one download
    UNIQUE (sleutel, volgnummer)
);
CREATE TABLE vrijwilliger_stand (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    vrijwilliger TEXT NOT NULL COLLATE NOCASE,
    organisatie TEXT NOT NULL,
    gestart INTEGER NOT NULL,
    gestopt INTEGER,
    training_afgerond INTEGER,
    PRIMARY KEY (bestand_id, vrijwilliger)
) WITHOUT ROWID;
CREATE TABLE alamal_dossier (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    dossier TEXT NOT NULL,
    aanmelding INTEGER NOT NULL,     -- seconds since 1970-01-01 00:00, local time
    eerste_contact INTEGER,
    leeftijd INTEGER NOT NULL,
    traject TEXT NOT NULL,
    afgesloten_op INTEGER,           -- days since 1970-01-01
    resultaat TEXT,
    van INTEGER NOT NULL,            -- the snapshot date (days since 1970) from which this version holds
        tot INTEGER,                     -- the snapshot date from which it no longer holds; NULL: it still does
        sleutel_hash INTEGER NOT NULL,   -- RowHash of the key
        inhoud INTEGER NOT NULL          -- RowHash of the row as read: unchanged bytes store nothing new
);
CREATE INDEX afgekeurd_sleutel ON afgekeurd (sleutel);
CREATE VIEW dromen AS
SELECT b.momentopname, d.dossiernummer, d.kindnummer, d.programma,
       date(d.ontvangen_op * 86400, 'unixepoch') AS ontvangen_op, d.kanaal, d.leeftijd, d.pc4,
       coalesce(p.stadsdeel, 'Onbekend') AS stadsdeel, d.categorie, d.status,
       date(d.gesprek_op * 86400, 'unixepoch') AS gesprek_op, d.verbonden_met,
       date(d.verbonden_op * 86400, 'unixepoch') AS verbonden_op, d.ouders_verbonden
FROM bronbestand b JOIN droom_stand d ON d.van <= b.stand_op AND (d.tot IS NULL OR d.tot > b.stand_op)
LEFT JOIN postcode_stadsdeel p ON p.pc4 = d.pc4
WHERE b.bron = 'dromen' AND b.vervangen_door IS NULL;
COMMIT;
