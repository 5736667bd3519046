PRAGMA user_version = 5;
PRAGMA foreign_keys=OFF;
BEGIN TRANSACTION;
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
    vervangen_door INTEGER REFERENCES bronbestand(id)
);
INSERT INTO bronbestand VALUES(1,'bank','bank_2018-09.csv','8f8b20c75d19ad9ed9b6dfb4581aaec30f85b7f238affc483087ff4adad39fe9',NULL,NULL,'Windows-1252',4827,26,26,0,0,17802,NULL);
INSERT INTO bronbestand VALUES(2,'bank','bank_2018-10.csv','f645d8c47813f419cd2667aaeaf539908a42f4d5fcdc83ce792ac8a993a1e1d1',NULL,NULL,'UTF-8',6071,32,23,0,9,17835,NULL);
INSERT INTO bronbestand VALUES(3,'collectes','collectes_2018-2019.csv','8558935ebcc6318affe0e8bf044c28ad8673e17748000ade684be79a86e16780','2018-2019',18139,'Windows-1252',5097,118,116,2,0,18133,NULL);
CREATE TABLE afgekeurd (
    bestand_id INTEGER NOT NULL REFERENCES bronbestand(id),
    regel INTEGER NOT NULL,
    kolom TEXT NOT NULL,
    waarde TEXT NOT NULL,
    fout TEXT NOT NULL,                 -- Frictionless error code
    melding TEXT NOT NULL,
    sleutel TEXT                        -- the row's key (Dossiernummer, Deelnemer-ID) when it had one
);
INSERT INTO afgekeurd VALUES(3,47,'Doel','','constraint-error','verplicht veld is leeg',NULL);
INSERT INTO afgekeurd VALUES(3,64,'Bedrag','€ 12,3,4','type-error','geen bedrag (verwacht bijvoorbeeld 312,45 of € 1.045,10)',NULL);
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
CREATE TABLE postcode_stadsdeel (
    pc4 INTEGER PRIMARY KEY,
    stadsdeel TEXT NOT NULL,
    bestand_id INTEGER REFERENCES bronbestand(id),
    regel INTEGER
);
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
INSERT INTO collecte VALUES(3,2,17776,'Ochtenddienst','Diaconie',33561);
INSERT INTO collecte VALUES(3,3,17776,'Ochtenddienst','ZWO Alo Mik!',33783);
INSERT INTO collecte VALUES(3,4,17783,'Ochtenddienst','Kerk',33435);
INSERT INTO collecte VALUES(3,5,17783,'Avonddienst','Kerk',11206);
INSERT INTO collecte VALUES(3,6,17790,'Ochtenddienst','Kerk',31780);
INSERT INTO collecte VALUES(3,7,17790,'Ochtenddienst','ZWO Alo Mik!',26804);
INSERT INTO collecte VALUES(3,8,17797,'Ochtenddienst','Diaconie',42621);
INSERT INTO collecte VALUES(3,9,17797,'Ochtenddienst','Kerk in Actie',34621);
INSERT INTO collecte VALUES(3,10,17804,'Ochtenddienst','Kerk',41690);
INSERT INTO collecte VALUES(3,11,17811,'Ochtenddienst','Diaconie',27383);
INSERT INTO collecte VALUES(3,12,17811,'Ochtenddienst','ZWO Alo Mik!',37011);
INSERT INTO collecte VALUES(3,13,17818,'Ochtenddienst','Diaconie',27314);
INSERT INTO collecte VALUES(3,14,17818,'Ochtenddienst','ZWO Noodhulp',54315);
INSERT INTO collecte VALUES(3,15,17818,'Avonddienst','Kerk',13983);
INSERT INTO collecte VALUES(3,16,17825,'Ochtenddienst','Diaconie',28929);
INSERT INTO collecte VALUES(3,17,17825,'Ochtenddienst','ZWO Alo Mik!',30603);
INSERT INTO collecte VALUES(3,18,17832,'Ochtenddienst','Diaconie',27240);
INSERT INTO collecte VALUES(3,19,17832,'Ochtenddienst','Kerk in Actie',36023);
INSERT INTO collecte VALUES(3,20,17832,'Avonddienst','Kerk',15509);
INSERT INTO collecte VALUES(3,21,17839,'Ochtenddienst','Diaconie',30615);
INSERT INTO collecte VALUES(3,22,17839,'Ochtenddienst','ZWO Alo Mik!',32990);
INSERT INTO collecte VALUES(3,23,17842,'Dankdag','ZWO Alo Mik!',63472);
INSERT INTO collecte VALUES(3,24,17846,'Ochtenddienst','Diaconie',33620);
INSERT INTO collecte VALUES(3,25,17846,'Ochtenddienst','Kerk',47882);
INSERT INTO collecte VALUES(3,26,17846,'Avonddienst','Diaconie',15929);
INSERT INTO collecte VALUES(3,27,17853,'Ochtenddienst','Diaconie',30427);
INSERT INTO collecte VALUES(3,28,17853,'Ochtenddienst','ZWO Alo Mik!',35215);
INSERT INTO collecte VALUES(3,29,17860,'Ochtenddienst','Diaconie',36126);
INSERT INTO collecte VALUES(3,30,17860,'Ochtenddienst','Kerk in Actie',38944);
INSERT INTO collecte VALUES(3,31,17860,'Avonddienst','Diaconie',9621);
INSERT INTO collecte VALUES(3,32,17867,'Ochtenddienst','Diaconie',23265);
INSERT INTO collecte VALUES(3,33,17867,'Ochtenddienst','ZWO Alo Mik!',50440);
INSERT INTO collecte VALUES(3,34,17874,'Ochtenddienst','Kerk',32461);
INSERT INTO collecte VALUES(3,35,17881,'Ochtenddienst','Diaconie',18326);
INSERT INTO collecte VALUES(3,36,17881,'Ochtenddienst','ZWO Alo Mik!',28626);
INSERT INTO collecte VALUES(3,37,17888,'Ochtenddienst','Diaconie',34289);
INSERT INTO collecte VALUES(3,38,17888,'Ochtenddienst','Kerk in Actie',22753);
INSERT INTO collecte VALUES(3,39,17889,'Kerstnachtdienst','ZWO Alo Mik!',144937);
INSERT INTO collecte VALUES(3,40,17890,'Kerstmorgen','Diaconie',76761);
INSERT INTO collecte VALUES(3,41,17890,'Kerstmorgen','ZWO Alo Mik!',88547);
INSERT INTO collecte VALUES(3,42,17895,'Ochtenddienst','Diaconie',34472);
INSERT INTO collecte VALUES(3,43,17895,'Ochtenddienst','Kerk',38854);
INSERT INTO collecte VALUES(3,44,17902,'Ochtenddienst','Diaconie',36953);
INSERT INTO collecte VALUES(3,45,17902,'Ochtenddienst','ZWO Alo Mik!',40875);
INSERT INTO collecte VALUES(3,46,17909,'Ochtenddienst','Kerk',43295);
INSERT INTO collecte VALUES(3,48,17916,'Ochtenddienst','Diaconie',34981);
INSERT INTO collecte VALUES(3,49,17916,'Ochtenddienst','ZWO Alo Mik!',36188);
INSERT INTO collecte VALUES(3,50,17923,'Ochtenddienst','Diaconie',29675);
INSERT INTO collecte VALUES(3,51,17923,'Ochtenddienst','Kerk in Actie',46440);
INSERT INTO collecte VALUES(3,52,17923,'Avonddienst','Kerk',13914);
INSERT INTO collecte VALUES(3,53,17930,'Ochtenddienst','Kerk',35615);
INSERT INTO collecte VALUES(3,54,17930,'Ochtenddienst','ZWO Alo Mik!',43093);
INSERT INTO collecte VALUES(3,55,17937,'Ochtenddienst','Diaconie',38639);
INSERT INTO collecte VALUES(3,56,17937,'Ochtenddienst','Kerk',29988);
INSERT INTO collecte VALUES(3,57,17937,'Avonddienst','Kerk',17951);
INSERT INTO collecte VALUES(3,58,17944,'Ochtenddienst','Diaconie',21525);
INSERT INTO collecte VALUES(3,59,17944,'Ochtenddienst','ZWO Alo Mik!',52410);
INSERT INTO collecte VALUES(3,60,17951,'Ochtenddienst','Diaconie',30063);
INSERT INTO collecte VALUES(3,61,17951,'Ochtenddienst','Kerk in Actie',25630);
INSERT INTO collecte VALUES(3,62,17951,'Avonddienst','Kerk',10591);
INSERT INTO collecte VALUES(3,63,17958,'Ochtenddienst','Diaconie',27035);
INSERT INTO collecte VALUES(3,65,17965,'Ochtenddienst','Kerk',27016);
INSERT INTO collecte VALUES(3,66,17965,'Avonddienst','Kerk',17234);
INSERT INTO collecte VALUES(3,67,17968,'Biddag','Kerk',30467);
INSERT INTO collecte VALUES(3,68,17972,'Ochtenddienst','Diaconie',40396);
INSERT INTO collecte VALUES(3,69,17972,'Ochtenddienst','ZWO Alo Mik!',48319);
INSERT INTO collecte VALUES(3,70,17979,'Ochtenddienst','Diaconie',31570);
INSERT INTO collecte VALUES(3,71,17979,'Ochtenddienst','ZWO Noodhulp',75395);
INSERT INTO collecte VALUES(3,72,17979,'Avonddienst','Diaconie',10648);
INSERT INTO collecte VALUES(3,73,17986,'Ochtenddienst','Diaconie',26990);
INSERT INTO collecte VALUES(3,74,17986,'Ochtenddienst','Kerk',35375);
INSERT INTO collecte VALUES(3,75,17993,'Ochtenddienst','Diaconie',34049);
INSERT INTO collecte VALUES(3,76,17993,'Ochtenddienst','ZWO Alo Mik!',53567);
INSERT INTO collecte VALUES(3,77,18000,'Ochtenddienst','Diaconie',22198);
INSERT INTO collecte VALUES(3,78,18000,'Ochtenddienst','Kerk',32199);
INSERT INTO collecte VALUES(3,79,18000,'Avonddienst','Diaconie',16270);
INSERT INTO collecte VALUES(3,80,18005,'Goede Vrijdag','Diaconie',19708);
INSERT INTO collecte VALUES(3,81,18007,'Paasmorgen','Kerk in Actie',45196);
INSERT INTO collecte VALUES(3,82,18007,'Paasmorgen','Kerk',40888);
INSERT INTO collecte VALUES(3,83,18014,'Ochtenddienst','Diaconie',19716);
INSERT INTO collecte VALUES(3,84,18014,'Ochtenddienst','Kerk in Actie',22555);
INSERT INTO collecte VALUES(3,85,18014,'Avonddienst','Kerk',11936);
INSERT INTO collecte VALUES(3,86,18021,'Ochtenddienst','Kerk',28111);
INSERT INTO collecte VALUES(3,87,18021,'Ochtenddienst','ZWO Alo Mik!',24644);
INSERT INTO collecte VALUES(3,88,18028,'Ochtenddienst','Diaconie',27905);
INSERT INTO collecte VALUES(3,89,18028,'Ochtenddienst','Kerk',35329);
INSERT INTO collecte VALUES(3,90,18028,'Avonddienst','Kerk',12331);
INSERT INTO collecte VALUES(3,91,18035,'Ochtenddienst','Diaconie',29502);
INSERT INTO collecte VALUES(3,92,18035,'Ochtenddienst','ZWO Alo Mik!',31850);
INSERT INTO collecte VALUES(3,93,18042,'Ochtenddienst','Diaconie',26333);
INSERT INTO collecte VALUES(3,94,18042,'Ochtenddienst','Kerk in Actie',25022);
INSERT INTO collecte VALUES(3,95,18042,'Avonddienst','Kerk',12665);
INSERT INTO collecte VALUES(3,96,18049,'Ochtenddienst','Kerk',45379);
INSERT INTO collecte VALUES(3,97,18049,'Ochtenddienst','ZWO Alo Mik!',42222);
INSERT INTO collecte VALUES(3,98,18056,'Pinksteren','Kerk in Actie',30926);
INSERT INTO collecte VALUES(3,99,18056,'Pinksteren','Kerk',31207);
INSERT INTO collecte VALUES(3,100,18063,'Ochtenddienst','Diaconie',26828);
INSERT INTO collecte VALUES(3,101,18063,'Ochtenddienst','ZWO Alo Mik!',38184);
INSERT INTO collecte VALUES(3,102,18070,'Ochtenddienst','Diaconie',26145);
INSERT INTO collecte VALUES(3,103,18070,'Ochtenddienst','Kerk in Actie',31009);
INSERT INTO collecte VALUES(3,104,18070,'Avonddienst','Kerk',12800);
INSERT INTO collecte VALUES(3,105,18077,'Ochtenddienst','Kerk',27604);
INSERT INTO collecte VALUES(3,106,18084,'Ochtenddienst','Kerk',34039);
INSERT INTO collecte VALUES(3,107,18091,'Ochtenddienst','Diaconie',25846);
INSERT INTO collecte VALUES(3,108,18091,'Ochtenddienst','ZWO Alo Mik!',36649);
INSERT INTO collecte VALUES(3,109,18098,'Ochtenddienst','Diaconie',27016);
INSERT INTO collecte VALUES(3,110,18098,'Ochtenddienst','Kerk',38161);
INSERT INTO collecte VALUES(3,111,18105,'Ochtenddienst','Diaconie',29337);
INSERT INTO collecte VALUES(3,112,18105,'Ochtenddienst','Kerk in Actie',23920);
INSERT INTO collecte VALUES(3,113,18112,'Ochtenddienst','Kerk',33752);
INSERT INTO collecte VALUES(3,114,18119,'Ochtenddienst','Diaconie',25693);
INSERT INTO collecte VALUES(3,115,18119,'Ochtenddienst','ZWO Alo Mik!',44789);
INSERT INTO collecte VALUES(3,116,18126,'Ochtenddienst','Diaconie',23708);
INSERT INTO collecte VALUES(3,117,18126,'Ochtenddienst','Kerk',30177);
INSERT INTO collecte VALUES(3,118,18133,'Ochtenddienst','Diaconie',29410);
INSERT INTO collecte VALUES(3,119,18133,'Ochtenddienst','Kerk in Actie',43838);
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
INSERT INTO bank_mutatie VALUES(1,2,'NL12INGB0001234567',17802,'NL05INGB3574029241','G BOUMA',1,4000,'Naam: G BOUMA Omschrijving: Alo Mik IBAN: NL05INGB3574029241','tx|NL12INGB0001234567|2018-09-28|bij|4000|NL05INGB3574029241|G BOUMA|Naam: G BOUMA Omschrijving: Alo Mik IBAN: NL05INGB3574029241',1);
INSERT INTO bank_mutatie VALUES(1,3,'NL12INGB0001234567',17802,'NL24INGB9499041196','Geert Kok',1,1000,'Naam: Geert Kok Omschrijving: alo mik project IBAN: NL24INGB9499041196','tx|NL12INGB0001234567|2018-09-28|bij|1000|NL24INGB9499041196|Geert Kok|Naam: Geert Kok Omschrijving: alo mik project IBAN: NL24INGB9499041196',1);
INSERT INTO bank_mutatie VALUES(1,4,'NL12INGB0001234567',17799,'NL25INGB1722270848','B. Jansen',1,7500,'Naam: B. Jansen Omschrijving: Alo Mik! IBAN: NL25INGB1722270848','tx|NL12INGB0001234567|2018-09-25|bij|7500|NL25INGB1722270848|B. Jansen|Naam: B. Jansen Omschrijving: Alo Mik! IBAN: NL25INGB1722270848',1);
INSERT INTO bank_mutatie VALUES(1,5,'NL12INGB0001234567',17799,'NL45RABO9268044083','HR W HENDRIKS',1,10000,'Naam: HR W HENDRIKS Omschrijving: maandgift Alo Mik IBAN: NL45RABO9268044083','tx|NL12INGB0001234567|2018-09-25|bij|10000|NL45RABO9268044083|HR W HENDRIKS|Naam: HR W HENDRIKS Omschrijving: maandgift Alo Mik IBAN: NL45RABO9268044083',1);
INSERT INTO bank_mutatie VALUES(1,6,'NL12INGB0001234567',17799,'NL37RABO8342963278','J. de Wit en/of H. de Wit',1,50000,'Naam: J. de Wit en/of H. de Wit Omschrijving: alo mik project IBAN: NL37RABO8342963278','tx|NL12INGB0001234567|2018-09-25|bij|50000|NL37RABO8342963278|J. de Wit en/of H. de Wit|Naam: J. de Wit en/of H. de Wit Omschrijving: alo mik project IBAN: NL37RABO8342963278',1);
INSERT INTO bank_mutatie VALUES(1,7,'NL12INGB0001234567',17798,'NL20ABNA8357025791','Pieter van den Berg',1,3000,'Naam: Pieter van den Berg Omschrijving: Alo Mik IBAN: NL20ABNA8357025791','tx|NL12INGB0001234567|2018-09-24|bij|3000|NL20ABNA8357025791|Pieter van den Berg|Naam: Pieter van den Berg Omschrijving: Alo Mik IBAN: NL20ABNA8357025791',1);
INSERT INTO bank_mutatie VALUES(1,8,'NL12INGB0001234567',17798,'NL25ABNA3030516984','FAM DE VRIES',1,5000,'Naam: FAM DE VRIES Omschrijving: gift alo mik IBAN: NL25ABNA3030516984','tx|NL12INGB0001234567|2018-09-24|bij|5000|NL25ABNA3030516984|FAM DE VRIES|Naam: FAM DE VRIES Omschrijving: gift alo mik IBAN: NL25ABNA3030516984',1);
INSERT INTO bank_mutatie VALUES(1,9,'NL12INGB0001234567',17798,'NL82INGB0333809009','S BOSMA',1,50000,'Naam: S BOSMA Omschrijving: ovv alo mik IBAN: NL82INGB0333809009','tx|NL12INGB0001234567|2018-09-24|bij|50000|NL82INGB0333809009|S BOSMA|Naam: S BOSMA Omschrijving: ovv alo mik IBAN: NL82INGB0333809009',1);
INSERT INTO bank_mutatie VALUES(1,10,'NL12INGB0001234567',17798,'NL82RABO6210583144','FAM VISSER',1,2500,'Naam: FAM VISSER Omschrijving: ovv alo mik IBAN: NL82RABO6210583144','tx|NL12INGB0001234567|2018-09-24|bij|2500|NL82RABO6210583144|FAM VISSER|Naam: FAM VISSER Omschrijving: ovv alo mik IBAN: NL82RABO6210583144',1);
INSERT INTO bank_mutatie VALUES(1,11,'NL12INGB0001234567',17793,'NL30INGB6904684423','A. Doorn en/of J. Doorn',1,2500,'Naam: A. Doorn en/of J. Doorn Omschrijving: Gift ZWO noodhulp IBAN: NL30INGB6904684423','tx|NL12INGB0001234567|2018-09-19|bij|2500|NL30INGB6904684423|A. Doorn en/of J. Doorn|Naam: A. Doorn en/of J. Doorn Omschrijving: Gift ZWO noodhulp IBAN: NL30INGB6904684423',1);
INSERT INTO bank_mutatie VALUES(1,12,'NL12INGB0001234567',17791,'NL22RABO3101188405','PG Almere De Rank',1,49206,'Naam: PG Almere De Rank Omschrijving: collecte ZWO augustus IBAN: NL22RABO3101188405 Kenmerk: 2018748441','tx|NL12INGB0001234567|2018-09-17|bij|49206|NL22RABO3101188405|PG Almere De Rank|Naam: PG Almere De Rank Omschrijving: collecte ZWO augustus IBAN: NL22RABO3101188405 Kenmerk: 2018748441',1);
INSERT INTO bank_mutatie VALUES(1,13,'NL12INGB0001234567',17791,'NL41ABNA6327577736','M. Kramer',1,100000,'Naam: M. Kramer Omschrijving: bijdrage Alo Mik IBAN: NL41ABNA6327577736','tx|NL12INGB0001234567|2018-09-17|bij|100000|NL41ABNA6327577736|M. Kramer|Naam: M. Kramer Omschrijving: bijdrage Alo Mik IBAN: NL41ABNA6327577736',1);
INSERT INTO bank_mutatie VALUES(1,14,'NL12INGB0001234567',17791,'NL75INGB2844697688','M VOS',1,7500,'Naam: M VOS Omschrijving: periodieke gift Alo Mik IBAN: NL75INGB2844697688','tx|NL12INGB0001234567|2018-09-17|bij|7500|NL75INGB2844697688|M VOS|Naam: M VOS Omschrijving: periodieke gift Alo Mik IBAN: NL75INGB2844697688',1);
INSERT INTO bank_mutatie VALUES(1,15,'NL12INGB0001234567',17791,'NL02RABO5611402101','D. Bos',1,1000,'Naam: D. Bos Omschrijving: AloMik IBAN: NL02RABO5611402101','tx|NL12INGB0001234567|2018-09-17|bij|1000|NL02RABO5611402101|D. Bos|Naam: D. Bos Omschrijving: AloMik IBAN: NL02RABO5611402101',1);
INSERT INTO bank_mutatie VALUES(1,16,'NL12INGB0001234567',17791,'NL69ABNA9921900980','Teun Tuinstra',1,2500,'Naam: Teun Tuinstra Omschrijving: ZWO Alo-Mik IBAN: NL69ABNA9921900980','tx|NL12INGB0001234567|2018-09-17|bij|2500|NL69ABNA9921900980|Teun Tuinstra|Naam: Teun Tuinstra Omschrijving: ZWO Alo-Mik IBAN: NL69ABNA9921900980',1);
INSERT INTO bank_mutatie VALUES(1,17,'NL12INGB0001234567',17786,'NL72ABNA4285468673','D. Boateng',1,20000,'Naam: D. Boateng Omschrijving: ovv alo mik IBAN: NL72ABNA4285468673','tx|NL12INGB0001234567|2018-09-12|bij|20000|NL72ABNA4285468673|D. Boateng|Naam: D. Boateng Omschrijving: ovv alo mik IBAN: NL72ABNA4285468673',1);
INSERT INTO bank_mutatie VALUES(1,18,'NL12INGB0001234567',17784,'NL31ABNA7841956369','Drukkerij Almere B.V.',0,8640,'Naam: Drukkerij Almere B.V. Omschrijving: folders jaarproject Alo Mik! IBAN: NL31ABNA7841956369','tx|NL12INGB0001234567|2018-09-10|af|8640|NL31ABNA7841956369|Drukkerij Almere B.V.|Naam: Drukkerij Almere B.V. Omschrijving: folders jaarproject Alo Mik! IBAN: NL31ABNA7841956369',1);
INSERT INTO bank_mutatie VALUES(1,19,'NL12INGB0001234567',17784,'NL64RABO5190552808','FAM BLEEKER',1,10000,'Naam: FAM BLEEKER Omschrijving: ovv Alo Mik Tirana IBAN: NL64RABO5190552808','tx|NL12INGB0001234567|2018-09-10|bij|10000|NL64RABO5190552808|FAM BLEEKER|Naam: FAM BLEEKER Omschrijving: ovv Alo Mik Tirana IBAN: NL64RABO5190552808',1);
INSERT INTO bank_mutatie VALUES(1,20,'NL12INGB0001234567',17781,'NL33INGB9394229624','M. de Wit',1,17500,'Naam: M. de Wit Omschrijving: o.v.v. Alo Mik! IBAN: NL33INGB9394229624','tx|NL12INGB0001234567|2018-09-07|bij|17500|NL33INGB9394229624|M. de Wit|Naam: M. de Wit Omschrijving: o.v.v. Alo Mik! IBAN: NL33INGB9394229624',1);
INSERT INTO bank_mutatie VALUES(1,21,'NL12INGB0001234567',17779,'NL44INGB2684433197','W TUINSTRA',1,2500,'Naam: W TUINSTRA Omschrijving: ovv alo mik IBAN: NL44INGB2684433197','tx|NL12INGB0001234567|2018-09-05|bij|2500|NL44INGB2684433197|W TUINSTRA|Naam: W TUINSTRA Omschrijving: ovv alo mik IBAN: NL44INGB2684433197',1);
INSERT INTO bank_mutatie VALUES(1,22,'NL12INGB0001234567',17777,'','Kosten OranjePakket',0,695,'Periode 01-08-2018 t/m 31-08-2018','tx|NL12INGB0001234567|2018-09-03|af|695||Kosten OranjePakket|Periode 01-08-2018 t/m 31-08-2018',1);
INSERT INTO bank_mutatie VALUES(1,23,'NL12INGB0001234567',17777,'NL11ABNA1730583667','M. Westerhof en/of K. Westerhof',1,10000,'Naam: M. Westerhof en/of K. Westerhof Omschrijving: maandelijkse gift alomik IBAN: NL11ABNA1730583667','tx|NL12INGB0001234567|2018-09-03|bij|10000|NL11ABNA1730583667|M. Westerhof en/of K. Westerhof|Naam: M. Westerhof en/of K. Westerhof Omschrijving: maandelijkse gift alomik IBAN: NL11ABNA1730583667',1);
INSERT INTO bank_mutatie VALUES(1,24,'NL12INGB0001234567',17777,'NL06RABO0473962026','D. Tuinstra',1,6000,'Naam: D. Tuinstra Omschrijving: ovv alo mik IBAN: NL06RABO0473962026','tx|NL12INGB0001234567|2018-09-03|bij|6000|NL06RABO0473962026|D. Tuinstra|Naam: D. Tuinstra Omschrijving: ovv alo mik IBAN: NL06RABO0473962026',1);
INSERT INTO bank_mutatie VALUES(1,25,'NL12INGB0001234567',17777,'NL03INGB9562998039','J DE HAAN',1,3000,'Naam: J DE HAAN Omschrijving: ALOMIK IBAN: NL03INGB9562998039','tx|NL12INGB0001234567|2018-09-03|bij|3000|NL03INGB9562998039|J DE HAAN|Naam: J DE HAAN Omschrijving: ALOMIK IBAN: NL03INGB9562998039',1);
INSERT INTO bank_mutatie VALUES(1,26,'NL12INGB0001234567',17773,'NL20ABNA3641045162','F. de Groot',1,2500,'Naam: F. de Groot Omschrijving: voor Albanië (Alo Mik) IBAN: NL20ABNA3641045162','tx|NL12INGB0001234567|2018-08-30|bij|2500|NL20ABNA3641045162|F. de Groot|Naam: F. de Groot Omschrijving: voor Albanië (Alo Mik) IBAN: NL20ABNA3641045162',1);
INSERT INTO bank_mutatie VALUES(1,27,'NL12INGB0001234567',17770,'NL44INGB6540709131','Zoë Ramdin',1,5000,'Naam: Zoë Ramdin Omschrijving: Alo Mik IBAN: NL44INGB6540709131','tx|NL12INGB0001234567|2018-08-27|bij|5000|NL44INGB6540709131|Zoë Ramdin|Naam: Zoë Ramdin Omschrijving: Alo Mik IBAN: NL44INGB6540709131',1);
INSERT INTO bank_mutatie VALUES(2,2,'NL12INGB0001234567',17835,'NL59SNSB2229642842','A KUIPERS',1,4000,'Naam: A KUIPERS Omschrijving: o.v.v. Alo Mik! IBAN: NL59SNSB2229642842','tx|NL12INGB0001234567|2018-10-31|bij|4000|NL59SNSB2229642842|A KUIPERS|Naam: A KUIPERS Omschrijving: o.v.v. Alo Mik! IBAN: NL59SNSB2229642842',1);
INSERT INTO bank_mutatie VALUES(2,3,'NL12INGB0001234567',17833,'NL59SNSB2229642842','A KUIPERS',1,2000,'Naam: A KUIPERS Omschrijving: Gift ZWO noodhulp IBAN: NL59SNSB2229642842','tx|NL12INGB0001234567|2018-10-29|bij|2000|NL59SNSB2229642842|A KUIPERS|Naam: A KUIPERS Omschrijving: Gift ZWO noodhulp IBAN: NL59SNSB2229642842',1);
INSERT INTO bank_mutatie VALUES(2,4,'NL12INGB0001234567',17833,'NL35RABO1011051765','FAM DE VRIES',1,2500,'Naam: FAM DE VRIES Omschrijving: Voedselbank IBAN: NL35RABO1011051765','tx|NL12INGB0001234567|2018-10-29|bij|2500|NL35RABO1011051765|FAM DE VRIES|Naam: FAM DE VRIES Omschrijving: Voedselbank IBAN: NL35RABO1011051765',1);
INSERT INTO bank_mutatie VALUES(2,5,'NL12INGB0001234567',17833,'NL22ABNA1958608547','MW E KAYA',1,25000,'Naam: MW E KAYA Omschrijving: Gift Alo Mik! IBAN: NL22ABNA1958608547','tx|NL12INGB0001234567|2018-10-29|bij|25000|NL22ABNA1958608547|MW E KAYA|Naam: MW E KAYA Omschrijving: Gift Alo Mik! IBAN: NL22ABNA1958608547',1);
INSERT INTO bank_mutatie VALUES(2,6,'NL12INGB0001234567',17829,'NL45RABO9268044083','HR W HENDRIKS',1,10000,'Naam: HR W HENDRIKS Omschrijving: maandgift Alo Mik IBAN: NL45RABO9268044083','tx|NL12INGB0001234567|2018-10-25|bij|10000|NL45RABO9268044083|HR W HENDRIKS|Naam: HR W HENDRIKS Omschrijving: maandgift Alo Mik IBAN: NL45RABO9268044083',1);
INSERT INTO bank_mutatie VALUES(2,7,'NL12INGB0001234567',17829,'NL25INGB1722270848','B. Jansen',1,7500,'Naam: B. Jansen Omschrijving: Alo Mik! IBAN: NL25INGB1722270848','tx|NL12INGB0001234567|2018-10-25|bij|7500|NL25INGB1722270848|B. Jansen|Naam: B. Jansen Omschrijving: Alo Mik! IBAN: NL25INGB1722270848',1);
INSERT INTO bank_mutatie VALUES(2,8,'NL12INGB0001234567',17828,'NL25ABNA3030516984','FAM DE VRIES',1,5000,'Naam: FAM DE VRIES Omschrijving: gift alo mik IBAN: NL25ABNA3030516984','tx|NL12INGB0001234567|2018-10-24|bij|5000|NL25ABNA3030516984|FAM DE VRIES|Naam: FAM DE VRIES Omschrijving: gift alo mik IBAN: NL25ABNA3030516984',1);
INSERT INTO bank_mutatie VALUES(2,9,'NL12INGB0001234567',17828,'NL20ABNA8357025791','Pieter van den Berg',1,3000,'Naam: Pieter van den Berg Omschrijving: Alo Mik IBAN: NL20ABNA8357025791','tx|NL12INGB0001234567|2018-10-24|bij|3000|NL20ABNA8357025791|Pieter van den Berg|Naam: Pieter van den Berg Omschrijving: Alo Mik IBAN: NL20ABNA8357025791',1);
INSERT INTO bank_mutatie VALUES(2,10,'NL12INGB0001234567',17826,'NL31ABNA7841956369','Drukkerij Almere B.V.',0,5086,'Naam: Drukkerij Almere B.V. Omschrijving: Factuur 2018-4801 drukwerk ZWO-nieuwsbrief IBAN: NL31ABNA7841956369 Kenmerk: 2018-4801 Machtiging ID: DRA-00417 Incassant ID: NL61ZZZ391827460000 Doorlopende incasso','tx|NL12INGB0001234567|2018-10-22|af|5086|NL31ABNA7841956369|Drukkerij Almere B.V.|Naam: Drukkerij Almere B.V. Omschrijving: Factuur 2018-4801 drukwerk ZWO-nieuwsbrief IBAN: NL31ABNA7841956369 Kenmerk: 2018-4801 Machtiging ID: DRA-00417 Incassant ID: NL61ZZZ391827460000 Doorlopende incasso',1);
INSERT INTO bank_mutatie VALUES(2,11,'NL12INGB0001234567',17822,'NL27ABNA1689678285','R. van Essen',1,100000,'Naam: R. van Essen Omschrijving: alomik IBAN: NL27ABNA1689678285','tx|NL12INGB0001234567|2018-10-18|bij|100000|NL27ABNA1689678285|R. van Essen|Naam: R. van Essen Omschrijving: alomik IBAN: NL27ABNA1689678285',1);
INSERT INTO bank_mutatie VALUES(2,12,'NL12INGB0001234567',17822,'NL29ABNA5076728323','J LAGEVEEN',1,20000,'Naam: J LAGEVEEN Omschrijving: bijdrage Alo Mik IBAN: NL29ABNA5076728323','tx|NL12INGB0001234567|2018-10-18|bij|20000|NL29ABNA5076728323|J LAGEVEEN|Naam: J LAGEVEEN Omschrijving: bijdrage Alo Mik IBAN: NL29ABNA5076728323',1);
INSERT INTO bank_mutatie VALUES(2,13,'NL12INGB0001234567',17819,'NL69ABNA9921900980','Teun Tuinstra',1,2500,'Naam: Teun Tuinstra Omschrijving: ZWO Alo-Mik IBAN: NL69ABNA9921900980','tx|NL12INGB0001234567|2018-10-15|bij|2500|NL69ABNA9921900980|Teun Tuinstra|Naam: Teun Tuinstra Omschrijving: ZWO Alo-Mik IBAN: NL69ABNA9921900980',1);
INSERT INTO bank_mutatie VALUES(2,14,'NL12INGB0001234567',17819,'NL30ABNA7436851989','G. Scholten',1,25000,'Naam: G. Scholten Omschrijving: Gift Alo Mik! IBAN: NL30ABNA7436851989','tx|NL12INGB0001234567|2018-10-15|bij|25000|NL30ABNA7436851989|G. Scholten|Naam: G. Scholten Omschrijving: Gift Alo Mik! IBAN: NL30ABNA7436851989',1);
INSERT INTO bank_mutatie VALUES(2,15,'NL12INGB0001234567',17819,'NL75INGB2844697688','M VOS',1,7500,'Naam: M VOS Omschrijving: periodieke gift Alo Mik IBAN: NL75INGB2844697688','tx|NL12INGB0001234567|2018-10-15|bij|7500|NL75INGB2844697688|M VOS|Naam: M VOS Omschrijving: periodieke gift Alo Mik IBAN: NL75INGB2844697688',1);
INSERT INTO bank_mutatie VALUES(2,16,'NL12INGB0001234567',17815,'NL22RABO3101188405','PG Almere De Rank',1,60587,'Naam: PG Almere De Rank Omschrijving: collecte ZWO september IBAN: NL22RABO3101188405 Kenmerk: 2018229474','tx|NL12INGB0001234567|2018-10-11|bij|60587|NL22RABO3101188405|PG Almere De Rank|Naam: PG Almere De Rank Omschrijving: collecte ZWO september IBAN: NL22RABO3101188405 Kenmerk: 2018229474',1);
INSERT INTO bank_mutatie VALUES(2,17,'NL12INGB0001234567',17814,'NL58INGB0210964664','J. Kok en/of W. Kok',1,3500,'Naam: J. Kok en/of W. Kok Omschrijving: Alo Mik, namens fam. Kok IBAN: NL58INGB0210964664','tx|NL12INGB0001234567|2018-10-10|bij|3500|NL58INGB0210964664|J. Kok en/of W. Kok|Naam: J. Kok en/of W. Kok Omschrijving: Alo Mik, namens fam. Kok IBAN: NL58INGB0210964664',1);
INSERT INTO bank_mutatie VALUES(2,18,'NL12INGB0001234567',17812,'NL60INGB7102494043','Kerk in Actie',0,2500,'Naam: Kerk in Actie Omschrijving: ZWO De Rank noodhulp en Kerk in Actie 3e kw 2018 IBAN: NL60INGB7102494043','tx|NL12INGB0001234567|2018-10-08|af|2500|NL60INGB7102494043|Kerk in Actie|Naam: Kerk in Actie Omschrijving: ZWO De Rank noodhulp en Kerk in Actie 3e kw 2018 IBAN: NL60INGB7102494043',1);
INSERT INTO bank_mutatie VALUES(2,19,'NL12INGB0001234567',17812,'NL70INGB5910426719','HR K SCHOLTEN',1,25000,'Naam: HR K SCHOLTEN Omschrijving: Alo Mik IBAN: NL70INGB5910426719','tx|NL12INGB0001234567|2018-10-08|bij|25000|NL70INGB5910426719|HR K SCHOLTEN|Naam: HR K SCHOLTEN Omschrijving: Alo Mik IBAN: NL70INGB5910426719',1);
INSERT INTO bank_mutatie VALUES(2,20,'NL12INGB0001234567',17809,'NL44INGB2684433197','W TUINSTRA',1,2500,'Naam: W TUINSTRA Omschrijving: ovv alo mik IBAN: NL44INGB2684433197','tx|NL12INGB0001234567|2018-10-05|bij|2500|NL44INGB2684433197|W TUINSTRA|Naam: W TUINSTRA Omschrijving: ovv alo mik IBAN: NL44INGB2684433197',1);
INSERT INTO bank_mutatie VALUES(2,21,'NL12INGB0001234567',17809,'NL67INGB8035638476','N. Oosterveld',1,1500,'Naam: N. Oosterveld Omschrijving: ovv alo mik IBAN: NL67INGB8035638476','tx|NL12INGB0001234567|2018-10-05|bij|1500|NL67INGB8035638476|N. Oosterveld|Naam: N. Oosterveld Omschrijving: ovv alo mik IBAN: NL67INGB8035638476',1);
INSERT INTO bank_mutatie VALUES(2,22,'NL12INGB0001234567',17807,'','Kosten OranjePakket',0,805,'Periode 01-09-2018 t/m 30-09-2018','tx|NL12INGB0001234567|2018-10-03|af|805||Kosten OranjePakket|Periode 01-09-2018 t/m 30-09-2018',1);
INSERT INTO bank_mutatie VALUES(2,23,'NL12INGB0001234567',17807,'NL40SNSB7370701869','G VAN DEN BERG',1,1500,'Naam: G VAN DEN BERG Omschrijving: Gift Alo Mik! IBAN: NL40SNSB7370701869','tx|NL12INGB0001234567|2018-10-03|bij|1500|NL40SNSB7370701869|G VAN DEN BERG|Naam: G VAN DEN BERG Omschrijving: Gift Alo Mik! IBAN: NL40SNSB7370701869',1);
INSERT INTO bank_mutatie VALUES(2,24,'NL12INGB0001234567',17805,'NL11ABNA1730583667','M. Westerhof en/of K. Westerhof',1,10000,'Naam: M. Westerhof en/of K. Westerhof Omschrijving: maandelijkse gift alomik IBAN: NL11ABNA1730583667','tx|NL12INGB0001234567|2018-10-01|bij|10000|NL11ABNA1730583667|M. Westerhof en/of K. Westerhof|Naam: M. Westerhof en/of K. Westerhof Omschrijving: maandelijkse gift alomik IBAN: NL11ABNA1730583667',1);
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
