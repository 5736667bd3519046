#!/usr/bin/env python3
"""Writes the corpus of bad (and a few good) export files under this folder, one subfolder per export.

Run from anywhere: `python3 Tests/ImpactKitTests/Fixtures/corpus/make_corpus.py` (needs openpyxl for the
activeringscentra workbooks). The files are committed; run this only to change the corpus. Every CSV is
written byte for byte (encoding, line ends, BOM) so a case says exactly what it tests.
"""
import io
import os
import zipfile
from datetime import date, datetime

HERE = os.path.dirname(os.path.abspath(__file__))


def write(folder, name, data):
    path = os.path.join(HERE, folder, name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)


def lines(*rows, end="\n"):
    return end.join(rows) + end


# A few bytes that are not a CSV at all: the start of a PDF (with binary bytes) and a zip.
PDF = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\nstream\n\x00\x01\x02x\x9c\x03\x00\nendstream\n%%EOF\n"


def zip_bytes():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr(zipfile.ZipInfo("dromen.csv", (2024, 4, 2, 9, 0, 0)), "Dossiernummer;Kindnummer\n")
    return buffer.getvalue()


# ---------------------------------------------------------------------------------------------- dromen
D_HEAD = "Dossiernummer;Kindnummer;Programma;Ontvangen op;Kanaal;Leeftijd;Postcode;Droom;Categorie;Coördinator;Status;Gesprek op;Verbonden met;Verbonden op;Ouders verbonden"
D1 = "AILGB-2024-0001;K-00001;Als ik later groot ben;05-01-2024;Website;9;1311 AB;een fiets om naar school te gaan;Fiets;Joël Bakker;Verbonden;10-01-2024;Stichting Leergeld Almere;20-02-2024;Ja"
D2 = "DTD-2024-0002;K-00002;Dare to dream in 036;4-2-2024;Instagram;15;1351;een laptop voor school;Laptop;Joël Bakker;Nieuw;;;;"
D3 = "AILGB-2024-0003;K-00003;Als ik later groot ben;12-03-2024;Brievenbus;7;1331AB;op voetbal;Sport;Joël Bakker;Gesprek gevoerd;20-03-2024;;;Nee"


def dromen():
    f = "dromen"
    write(f, "dromen_2024-Q1_goed.csv", lines(D_HEAD, D1, D2, D3))
    write(f, "dromen_2024-Q1_kolom-ontbreekt.csv", lines(D_HEAD.replace("Kanaal;", ""), *[r.replace(";Website", "").replace(";Instagram", "").replace(";Brievenbus", "") for r in (D1, D2, D3)]))
    write(f, "dromen_2024-Q1_kolom-dubbel.csv", lines(D_HEAD + ";Leeftijd", D1 + ";9", D2 + ";15"))
    write(f, "dromen_2024-Q1_datum-bestaat-niet.csv", lines(D_HEAD, D1, D2.replace("4-2-2024", "31-02-2024"), D3))
    write(f, "dromen_2024-Q1_datum-na-kwartaal.csv", lines(D_HEAD, D1, D2.replace("4-2-2024", "02-04-2024"), D3))
    write(f, "dromen_2024-Q1_onbekende-waarde.csv", lines(D_HEAD, D1, D2.replace("Instagram", "Telefoon"), D3))
    write(f, "dromen_2024-Q1_onbekende-categorie.csv", lines(D_HEAD, D1, D2, D3.replace(";Sport;", ";Voetbal;")))
    write(f, "dromen_2024-Q1_leeftijd-negatief.csv", lines(D_HEAD, D1, D2, D3.replace(";7;", ";-3;")))
    write(f, "dromen_2024-Q1_leeftijd-geen-getal.csv", lines(D_HEAD, D1, D2, D3.replace(";7;", ";zeven;")))
    write(f, "dromen_2024-Q1_cel-te-veel.csv", lines(D_HEAD, D1, D2 + ";extra", D3))
    write(f, "dromen_2024-Q1_cel-te-weinig.csv", lines(D_HEAD, D1, D2.rsplit(";", 3)[0], D3))
    write(f, "dromen_2024-Q1_aanhalingsteken-open.csv", lines(D_HEAD, D1, D2, D3.replace("op voetbal", '"op voetbal')))
    write(f, "dromen_2024-Q1_dossier-dubbel.csv", lines(D_HEAD, D1, D2, D3.replace("AILGB-2024-0003", "AILGB-2024-0001")))
    write(f, "dromen_2024-Q1_leeg.csv", b"")
    write(f, "dromen_2024-Q1_alleen-kop.csv", lines(D_HEAD))
    write(f, "dromen_2024-Q1_alleen-lege-regels.csv", b"\r\n\r\n;;;\r\n\r\n")
    write(f, "dromen_2024-Q1_pdf.csv", PDF)
    write(f, "dromen_2024-Q1_zip.csv", zip_bytes())
    write(f, "dromen_2024-Q1_andere-export.csv", lines(A_HEAD, A1, A2))
    write(f, "dromen_2024-Q1_totaal-lege-regels.csv", lines("sep=;", D_HEAD, "", D1, "", D2, D3, ";;;;;;;;;;;;;;", "Totaal;3;;;;;;;;;;;;;", end="\r\n"))
    write(f, "dromen_2024-Q1_windows-1252.csv", lines(D_HEAD, D1, D2, D3).encode("cp1252"))
    write(f, "dromen_2024-Q1_kop-op-regel-3.csv", lines("Dromenregister Almere;;;", "Export van 31-03-2024;;;", D_HEAD, D1, D2))
    write(f, "dromen_2024-Q1_regels-gebroken.csv", lines(
        D_HEAD, D1,
        D2.replace("Nieuw;;;;", "Verbonden;;;;"),                     # Verbonden without Verbonden op
        D3.replace(";7;", ";14;"),                                     # 14 does not fit Als ik later groot ben
        "DTD-2019-0004;K-00004;Dare to dream in 036;01-06-2019;Sms;16;1311;een baan;Beroep en meelopen;Joël Bakker;Nieuw;;;;",
        "AILGB-2024-0005;K-00005;Als ik later groot ben;10-03-2024;Website;8;1311;muziekles;Muziek en cultuur;Joël Bakker;Gesprek gevoerd;01-03-2024;;;Misschien"))
    write(f, "dromen_2024-Q1_postcode-fout.csv", lines(D_HEAD, D1, D2.replace(";1351;", ";13511;"), D3))
    write(f, "dromen_2024Q1_geen-kwartaal.csv", lines(D_HEAD, D1))


# ------------------------------------------------------------------------------------------- postcodes
def postcodes():
    f = "postcodes"
    write(f, "postcodes_goed.csv", lines("PC4;Stadsdeel", "1311;Almere Stad", "1331;Almere Buiten", "1351;Almere Haven"))
    write(f, "postcodes_kolom-ontbreekt.csv", lines("PC4;Wijk", "1311;Centrum"))
    write(f, "postcodes_pc4-fout.csv", lines("PC4;Stadsdeel", "1311;Almere Stad", "13AB;Almere Stad", "999;Almere Poort", "1351;Almere Haven"))
    write(f, "postcodes_stadsdeel-leeg.csv", lines("PC4;Stadsdeel", "1311;Almere Stad", "1331;", "1351;Almere Haven"))
    write(f, "postcodes_pc4-dubbel.csv", lines("PC4;Stadsdeel", "1311;Almere Stad", "1311;Almere Haven", "1351;Almere Haven"))
    write(f, "postcodes_cel-te-veel.csv", lines("PC4;Stadsdeel", "1311;Almere Stad;Centrum", "1351;Almere Haven"))
    write(f, "postcodes_leeg.csv", b"")
    write(f, "postcodes_andere-export.csv", lines("Post;Bedrag", "Huur;12.000,00"))


# -------------------------------------------------------------------------------------------- activering
P_HEAD = ["Deelnemer-ID", "Centrum", "Startdatum", "Stap", "Einddatum", "Uitstroom naar"]
K_HEAD = ["Datum", "Centrum", "Klus", "Aanvrager", "Uren"]


def participants():
    return [["AC-H-0001", "Haven (De Hoven)", date(2023, 5, 1), "2 Training", None, None],
            ["AC-B-0002", "Buiten (Bouwmeesterbuurt)", date(2023, 9, 4), "4 Uitstroom", date(2024, 2, 29), "Betaald werk"],
            ["AC-S-0003", "Stad (Stedenwijk)", date(2024, 1, 15), "1 Onderzoek", None, None]]


def jobs():
    return [[date(2024, 1, 10), "Haven (De Hoven)", "Bankjes geschilderd", "Integrale wijkaanpak", 3],
            [date(2024, 2, 14), "Stad (Stedenwijk)", "Flyers bezorgd", "Winkeliersoverleg", 2.5]]


def workbook(name, deelnemers=None, klussen=None, sheets=("Deelnemers", "Klussen"), above=None):
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    tables = {"Deelnemers": [P_HEAD] + participants() if deelnemers is None else deelnemers,
              "Klussen": [K_HEAD] + jobs() if klussen is None else klussen}
    for sheet in sheets:
        ws = wb.create_sheet(sheet)
        for row in (above or {}).get(sheet, []):
            ws.append(row)
        for row in tables.get(sheet, [["Iets anders"], ["1"]]):
            ws.append(row)
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, (date, datetime)):
                    cell.number_format = "dd-mm-yyyy"
    path = os.path.join(HERE, "activering", name)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    wb.save(path)
    # openpyxl stamps the time of writing into docProps/core.xml: set it fixed so a rerun gives the same bytes.
    fixed = os.path.join(HERE, "activering", name + ".tmp")
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(fixed, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "docProps/core.xml":
                import re
                data = re.sub(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", b"2024-04-02T09:00:00Z", data)
            info = zipfile.ZipInfo(item.filename, (2024, 4, 2, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zout.writestr(info, data)
    os.replace(fixed, path)


def with_cell(table, row, column, value):
    table = [list(r) for r in table]
    table[row][column] = value
    return table


def activering():
    P = [P_HEAD] + participants()
    K = [K_HEAD] + jobs()
    workbook("activeringscentra_2024-Q1_goed.xlsx")
    workbook("activeringscentra_2024-Q1_blad-ontbreekt.xlsx", sheets=("Deelnemers",))
    workbook("activeringscentra_2024-Q1_kop-op-rij-3.xlsx", above={"Deelnemers": [["Deelnemers activeringscentra"], []]})
    workbook("activeringscentra_2024-Q1_kolom-ontbreekt.xlsx", deelnemers=[r[:3] + r[4:] for r in P])
    workbook("activeringscentra_2024-Q1_kolom-dubbel.xlsx", klussen=[r + [r[4]] for r in K])
    workbook("activeringscentra_2024-Q1_datum-bestaat-niet.xlsx", deelnemers=with_cell(P, 3, 2, "31-02-2024"))
    workbook("activeringscentra_2024-Q1_datum-na-kwartaal.xlsx", klussen=with_cell(K, 2, 0, date(2024, 4, 3)))
    workbook("activeringscentra_2024-Q1_onbekend-centrum.xlsx", deelnemers=with_cell(P, 1, 1, "Poort (Homeruskwartier)"))
    workbook("activeringscentra_2024-Q1_uren-negatief.xlsx", klussen=with_cell(K, 1, 4, -3))
    workbook("activeringscentra_2024-Q1_uren-geen-getal.xlsx", klussen=with_cell(K, 2, 4, "twee"))
    workbook("activeringscentra_2024-Q1_deelnemer-dubbel.xlsx", deelnemers=with_cell(P, 3, 0, "AC-H-0001"))
    workbook("activeringscentra_2024-Q1_einde-voor-start.xlsx", deelnemers=with_cell(P, 2, 4, date(2023, 8, 1)))
    workbook("activeringscentra_2024-Q1_uitstroom-zonder-einde.xlsx", deelnemers=with_cell(P, 1, 5, "Opleiding"))
    workbook("activeringscentra_2024-Q1_cel-te-veel.xlsx", deelnemers=with_cell([r + [None] for r in P], 1, 6, "los"))
    workbook("activeringscentra_2024-Q1_blad-leeg.xlsx", klussen=[])
    workbook("activeringscentra_2024-Q1_alleen-kop.xlsx", deelnemers=[P_HEAD], klussen=[K_HEAD])
    write("activering", "activeringscentra_2024-Q1_tekst.xlsx", lines(";".join(P_HEAD), "AC-H-0001;Haven (De Hoven);01-05-2023;2 Training;;"))
    write("activering", "activeringscentra_2024-Q1_zip.xlsx", zip_bytes())
    write("activering", "activeringscentra_2024-Q1_leeg.xlsx", b"")


# -------------------------------------------------------------------------------------------------- zwo
ING_HEAD = '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"'
I1 = '"20190905";"A. de Vries";"NL12INGB0001234567";"NL55RABO0300000001";"GT";"Bij";"25,00";"Online bankieren";"o.v.v. Alo Mik!";"1.025,00";""'
I2 = '"20190910";"J. Jansen";"NL12INGB0001234567";"NL66ABNA0400000002";"GT";"Bij";"10,00";"Online bankieren";"alomik";"1.035,00";""'
I3 = '"20190925";"Kosten OranjePakket";"NL12INGB0001234567";"";"DV";"Af";"6,95";"Diversen";"Kosten OranjePakket";"1.028,05";""'
RABO_HEAD = '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij","Omschrijving-1","Omschrijving-2","Omschrijving-3"'
R1 = '"NL34RABO0123456789","EUR","RABONL2U","000000000000000001","2020-06-10","2020-06-10","+15,00","+115,00","NL88INGB0000000004","T. de Wit","Gift Alo Mik","",""'
R2 = '"NL34RABO0123456789","EUR","RABONL2U","000000000000000002","2020-06-31","2020-06-31","+20,00","+135,00","NL88INGB0000000004","T. de Wit","Gift Alo Mik","",""'
C_HEAD = "Datum;Dienst;Doel;Bedrag"
C1, C2, C3 = "01-09-2019;Ochtenddienst;ZWO Alo Mik!;€ 312,45", "01-09-2019;Ochtenddienst;Kerk;€ 250,00", "06-10-2019;Ochtenddienst;ZWO Alo Mik!;€ 1.045,10"
S_HEAD = "Datum;Deelnemer;Afstand (km);Per km;Vast bedrag;Ontvangen"
S1, S2, S3 = "14-09-2019;Jan de Boer;50;1,00;;50,00", "14-09-2019;Fatma Yilmaz;25;0,50;10,00;22,50", "14-09-2019;Gerda Postma;100;0,25;;0,00"
B_HEAD = "Post;Bedrag"
B = ["Huur wijkcentrum;12.000,00", "Salaris lerares;24.500,00", "Schoolmaterialen;8.745,00", "Voedselpakketten;7.000,00"]


def zwo():
    f = "zwo"
    write(f, "bank_2019-09_goed.csv", lines(ING_HEAD, I1, I2, I3))
    write(f, "bank_2019-09_kolom-ontbreekt.csv", lines(ING_HEAD.replace('"Af Bij";', ""), I1.replace('"Bij";', "")))
    write(f, "bank_2019-09_datum-bestaat-niet.csv", lines(ING_HEAD, I1, I2.replace("20190910", "20190231"), I3))
    write(f, "bank_2019-09_af-bij-onbekend.csv", lines(ING_HEAD, I1, I2.replace('"Bij"', '"Bijschrijving"'), I3))
    write(f, "bank_2019-09_bedrag-negatief.csv", lines(ING_HEAD, I1, I2, I3.replace('"6,95"', '"-6,95"')))
    write(f, "bank_2019-09_bedrag-geen-getal.csv", lines(ING_HEAD, I1, I2.replace('"10,00"', '"tien"'), I3))
    write(f, "bank_2019-09_cel-te-weinig.csv", lines(ING_HEAD, I1, I2.rsplit(";", 2)[0], I3))
    write(f, "bank_2019-09_windows-1252.csv", lines(ING_HEAD, I1.replace("A. de Vries", "H. Müller"), I2, I3.replace("Kosten OranjePakket\"", "Kosten € 6,95\"")).encode("cp1252"))
    write(f, "bank_2020-06_rabobank-datum-fout.csv", lines(RABO_HEAD, R1, R2).replace("\n", "\r\n"))
    write(f, "bank_2019-09_leeg.csv", b"")
    write(f, "bank_2019-09_andere-export.csv", lines(C_HEAD, C1))
    write(f, "collectes_2019-2020_goed.csv", lines(C_HEAD, C1, C2, C3))
    write(f, "collectes_2019-2020_buiten-seizoen.csv", lines(C_HEAD, C1, "15-08-2019;Ochtenddienst;ZWO Alo Mik!;€ 50,00", C3))
    write(f, "collectes_2019-2020_bedrag-negatief.csv", lines(C_HEAD, C1, C2.replace("€ 250,00", "-25,00"), C3))
    write(f, "collectes_2019-2020_bedrag-geen-getal.csv", lines(C_HEAD, C1, C2.replace("€ 250,00", "€ twaalf"), C3))
    write(f, "collectes_2019-2020_datum-bestaat-niet.csv", lines(C_HEAD, C1, "31-09-2019;Ochtenddienst;ZWO Alo Mik!;€ 100,00", C3))
    write(f, "collectes_2019-2020_kolom-dubbel.csv", lines("Datum;Dienst;Doel;Bedrag;Datum", C1 + ";01-09-2019"))
    write(f, "collectes_2019-2020_totaal-windows-1252.csv", lines("sep=;", C_HEAD, C1, "", C2, C3, "Totaal;;;€ 1.607,55", end="\r\n").encode("cp1252"))
    write(f, "collectes_najaar_geen-seizoen.csv", lines(C_HEAD, C1))
    write(f, "sponsorfietstocht_2019_goed.csv", lines(S_HEAD, S1, S2, S3))
    write(f, "sponsorfietstocht_2019_afstand-negatief.csv", lines(S_HEAD, S1, S2.replace(";25;", ";-25;"), S3))
    write(f, "sponsorfietstocht_2019_per-km-geen-getal.csv", lines(S_HEAD, S1, S2, S3.replace(";0,25;", ";een kwartje;")))
    write(f, "sponsorfietstocht_2019_onwaarschijnlijk.csv", lines(S_HEAD, S1.replace(";50;", ";50000;"), S2, S3))
    write(f, "sponsorfietstocht_2019_kolom-ontbreekt.csv", lines(S_HEAD.replace(";Per km", ""), "14-09-2019;Jan de Boer;50;;50,00"))
    write(f, "sponsorfietstocht_2019_datum-bestaat-niet.csv", lines(S_HEAD, S1.replace("14-09-2019", "31-02-2019"), S2, S3))
    write(f, "sponsorfietstocht_geen-jaar.csv", lines(S_HEAD, S1))
    write(f, "begroting_alomik_goed.csv", lines(B_HEAD, *B, "Totaal;52.245,00"))
    write(f, "begroting_alomik_bedrag-geen-getal.csv", lines(B_HEAD, B[0], "Salaris lerares;24.500 euro", *B[2:]))
    write(f, "begroting_alomik_post-leeg.csv", lines(B_HEAD, B[0], ";24.500,00", *B[2:]))
    write(f, "begroting_alomik_kolom-ontbreekt.csv", lines("Post;Begroot", *B))
    write(f, "begroting_alomik_alleen-kop.csv", lines(B_HEAD))


# --------------------------------------------------------------------------------------------- alliantie
SP_HEAD = "Tijdstempel,Locatie,Organisatie,Postcode,Eerste bezoek,Onderwerpen,Bereikt via,Doorverwezen naar,Vrijwilliger"
SP1 = '2024-03-07 09:41:12,Financieel Huis Haven,Humanitas,1351,Ja,"Potjescheck;Schulden",Huisarts,Schuldhulpverlening gemeente,V-HUM-01'
SP2 = "2024-03-12 14:05:00,Bibliotheek Stad,SchuldHulpMaatje,1311,Ja,Toeslagen,Bibliotheek,Geen,V-SHM-01"
SP3 = '2024-03-28 10:30:00,Kerk Buiten,Humanitas,1333,Nee,"Schulden;Budgetteren",Kerk,Maatje,V-HUM-01'
V_HEAD = "Vrijwilliger;Organisatie;Gestart;Gestopt;Training afgerond"
V1, V2, V3 = "V-HUM-01;Humanitas;01-03-2022;;15-04-2022", "V-SHM-01;SchuldHulpMaatje;15-01-2023;;01-03-2023", "V-LDH-02;Leger des Heils;01-05-2023;01-02-2024;01-06-2023"


def alliantie():
    f = "alliantie"
    write(f, "spreekuren_2024-Q1_goed.csv", lines(SP_HEAD, SP1, SP2, SP3))
    write(f, "spreekuren_2024-Q1_onderwerp-onbekend.csv", lines(SP_HEAD, SP1, SP2, SP3.replace("Schulden;Budgetteren", "Schulden;Huur")))
    write(f, "spreekuren_2024-Q1_postcode-fout.csv", lines(SP_HEAD, SP1, SP2.replace(",1311,", ",1311 AB,"), SP3))
    write(f, "spreekuren_2024-Q1_tijdstempel-fout.csv", lines(SP_HEAD, SP1.replace("2024-03-07 09:41:12", "2024-02-30 09:41:12"), SP2, SP3.replace("10:30:00", "25:30:00")))
    write(f, "spreekuren_2024-Q1_locatie-onbekend.csv", lines(SP_HEAD, SP1, SP2.replace("Bibliotheek Stad", "Bibliotheek Haven"), SP3))
    write(f, "spreekuren_2024-Q1_kolom-ontbreekt.csv", lines(SP_HEAD.replace("Onderwerpen,", ""), SP2.replace("Toeslagen,", "")))
    write(f, "spreekuren_2024-Q1_cel-te-veel.csv", lines(SP_HEAD, SP1, SP2.replace("Toeslagen", "Toeslagen,Schulden"), SP3))
    write(f, "spreekuren_2024-Q1_andere-export.csv", lines(V_HEAD, V1))
    write(f, "vrijwilligers_2024-06-28_goed.csv", lines(V_HEAD, V1, V2, V3))
    write(f, "vrijwilligers_2024-06-28_gestopt-voor-gestart.csv", lines(V_HEAD, V1, V2, V3.replace("01-02-2024", "01-02-2023")))
    write(f, "vrijwilligers_2024-06-28_code-dubbel.csv", lines(V_HEAD, V1, V2, V3.replace("V-LDH-02", "v-hum-01")))
    write(f, "vrijwilligers_2024-06-28_organisatie-onbekend.csv", lines(V_HEAD, V1, V2.replace("SchuldHulpMaatje", "Rode Kruis"), V3))
    write(f, "vrijwilligers_2024-06-28_datum-fout.csv", lines(V_HEAD, V1.replace(";;15-04-2022", ";31-02-2024;15-04-2022"), V2, V3))
    write(f, "vrijwilligers_2024-06-28_kolom-ontbreekt.csv", lines("Vrijwilliger;Organisatie;Gestart;Training afgerond", "V-HUM-01;Humanitas;01-03-2022;15-04-2022"))


# ------------------------------------------------------------------------------------------------ alamal
A_HEAD = "Dossier;Aanmelding;Eerste contact;Hulpvraag;Leeftijd;Traject;Afgesloten op;Resultaat"
A1 = "AA-1;05-01-2024 09:15;05-01-2024 11:00;Schulden bij de energie;44;Financiën;;"
A2 = "AA-2;12-02-2024 22:40;13-02-2024 8:05;Geen werk;22;We All (Leger des Heils);20-03-2024;Zelfstandig verder"
A3 = 'AA-3;1-3-2024 17:05;;"Ruzie thuis; de kinderen\nslapen slecht";35;Opvoedondersteuning;;'


def alamal():
    f = "alamal"
    write(f, "alamal_2024-Q1_goed.csv", lines(A_HEAD, A1, A2, A3))
    write(f, "alamal_2024-Q1_tijd-bestaat-niet.csv", lines(A_HEAD, A1.replace("11:00", "24:00"), A2, A3.replace("1-3-2024", "31-04-2024")))
    write(f, "alamal_2024-Q1_contact-voor-aanmelding.csv", lines(A_HEAD, A1.replace("05-01-2024 11:00", "04-01-2024 11:00"), A2, A3))
    write(f, "alamal_2024-Q1_resultaat-zonder-afsluiting.csv", lines(A_HEAD, A1.replace(";;", ";;Doorverwezen"), A2, A3))
    write(f, "alamal_2024-Q1_we-all-leeftijd.csv", lines(A_HEAD, A1, A2.replace(";22;", ";40;"), A3))
    write(f, "alamal_2024-Q1_na-kwartaal.csv", lines(A_HEAD, A1, A2, A3.replace("1-3-2024 17:05", "1-4-2024 17:05")))
    write(f, "alamal_2024-Q1_dossier-dubbel.csv", lines(A_HEAD, A1, A2.replace("AA-2", "AA-1"), A3))
    write(f, "alamal_2024-Q1_kolom-ontbreekt.csv", lines(A_HEAD.replace(";Traject", ""), A1.replace(";Financiën", "")))
    write(f, "alamal_2024-Q1_aanhalingsteken-open.csv", lines(A_HEAD, A1, A2.replace(";Geen werk;", ';"Geen werk;'), A3))
    write(f, "alamal_2024-Q1_windows-1252.csv", lines(A_HEAD, A1, A2, A3).encode("cp1252"))
    write(f, "alamal_2024-Q1_leeftijd-geen-getal.csv", lines(A_HEAD, A1.replace(";44;", ";vierenveertig;"), A2, A3))


if __name__ == "__main__":
    dromen(); postcodes(); activering(); zwo(); alliantie(); alamal()
