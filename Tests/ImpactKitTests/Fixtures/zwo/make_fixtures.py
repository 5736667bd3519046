#!/usr/bin/env python3
"""Writes the small hand-made ZWO fixture (see ZwoTests.swift for the figures worked out by hand).
Each file in the encoding and layout its bank or program writes."""
BOM = "\ufeff"

def write(name, text, encoding, bom=False):
    data = ((BOM if bom else "") + text).encode(encoding)
    open(name, "wb").write(data)

write("begroting_alomik.csv", "Post;Bedrag\r\nHuur wijkcentrum;12.000,00\r\nSalaris lerares;24.500,00\r\n"
      "Schoolmaterialen;8.745,00\r\nVoedselpakketten;7.000,00\r\nTotaal;52.245,00\r\n", "utf-8", bom=True)

write("collectes_2019-2020.csv", "sep=;\r\nDatum;Dienst;Doel;Bedrag\r\n"
      "01-09-2019;Ochtenddienst;ZWO Alo Mik!;€ 312,45\r\n"
      "01-09-2019;Ochtenddienst;Kerk;€ 250,00\r\n"
      "15-9-2019;Ochtenddienst;zwo alo mik!;€ 187,55\r\n"
      "06-10-2019;Ochtenddienst;ZWO Alo Mik!;€ 1.045,10\r\n"
      "06-11-2019;Dankdag;ZWO Alo Mik!;€ 600,00\r\n"
      "31-09-2019;Ochtenddienst;ZWO Alo Mik!;€ 100,00\r\n"
      "15-08-2019;Ochtenddienst;ZWO Alo Mik!;€ 50,00\r\n", "cp1252")

write("sponsorfietstocht_2019.csv", "Datum;Deelnemer;Afstand (km);Per km;Vast bedrag;Ontvangen\r\n"
      "14-09-2019;Jan de Boer;50;1,00;;50,00\r\n"
      "14-09-2019;Fatma Yilmaz;25;0,50;10,00;22,50\r\n"
      "14-09-2019;Gerda Postma;100;0,25;;0,00\r\n"
      "14-09-2019;Piet Bakker;vijftig;1,00;;50,00\r\n", "utf-8", bom=True)

ING_NEW = '"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen";"Saldo na mutatie";"Tag"\r\n'
def ing_new(date, name, account, code, direction, amount, kind, text, balance):
    return ";".join(f'"{v}"' for v in [date, name, "NL12INGB0001234567", account, code, direction, amount, kind, text, balance, ""]) + "\r\n"

sep_rows = [
    ing_new("20190905", "A. de Vries", "NL55RABO0300000001", "GT", "Bij", "25,00", "Online bankieren", "o.v.v. Alo Mik!", "1.025,00"),
    ing_new("20190910", "J. Jansen", "NL66ABNA0400000002", "GT", "Bij", "10,00", "Online bankieren", "alomik", "1.035,00"),
    ing_new("20190910", "J. Jansen", "NL66ABNA0400000002", "GT", "Bij", "10,00", "Online bankieren", "alomik", "1.045,00"),
    ing_new("20190920", "Protestantse Gemeente De Rank", "NL44INGB0009999999", "OV", "Bij", "500,00", "Overschrijving", "collectegeld ZWO Alo Mik! september", "1.545,00"),
    ing_new("20190925", "Kosten OranjePakket", "", "DV", "Af", "6,95", "Diversen", "Kosten OranjePakket", "1.538,05"),
    ing_new("20190928", "M. Bakker", "NL23INGB0000000009", "GT", "Bij", "40,00", "Online bankieren", "", "1.578,05"),
]
write("bank_2019-09.csv", ING_NEW + "".join(sep_rows), "utf-8")
oct_rows = sep_rows[4:] + [
    ing_new("20191003", "Sponsorcommissie De Rank", "NL31INGB0000000010", "OV", "Bij", "72,50", "Overschrijving", "opbrengst sponsorfietstocht 2019", "1.650,55"),
    ing_new("20191015", "Stichting Alo Mik!", "NL81ABNA0000000011", "GT", "Af", "1.000,00", "Online bankieren", "Overmaking projectgeld 1e termijn", "650,55"),
    ing_new("20191020", "K. Visser", "NL18RABO0000000012", "GT", "Bij", "100,00", "Online bankieren", "ALO-MIK Tirana", "750,55"),
    ing_new("20191031", "B. Smit", "NL18RABO0000000013", "GT", "Bij", "20,00", "Online bankieren", "Kerk in Actie Syrië", "770,55"),
    ing_new("20190231", "C. Fout", "NL18RABO0000000014", "GT", "Bij", "5,00", "Online bankieren", "Alo Mik", "775,55"),
]
write("bank_2019-10.csv", ING_NEW + "".join(oct_rows), "utf-8")

ING_OLD = '"Datum","Naam / Omschrijving","Rekening","Tegenrekening","Code","Af Bij","Bedrag (EUR)","MutatieSoort","Mededelingen"\r\n'
def ing_old(date, name, account, direction, amount, text):
    return ",".join(f'"{v}"' for v in [date, name, "NL12INGB0001234567", account, "GT", direction, amount, "Online bankieren", text]) + "\r\n"
write("bank_2018-09.csv", ING_OLD + ing_old("20180915", "H. Müller", "NL77INGB0000000003", "Bij", "30,00", "Allo Mik")
      + ing_old("20181105", "H. Müller", "NL77INGB0000000003", "Bij", "20,00", "Alo! Mik"), "latin-1")

RABO = ('"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn","Tegenrekening IBAN/BBAN","Naam tegenpartij",'
        '"Naam uiteindelijke partij","Naam initiërende partij","BIC tegenpartij","Code","Batch ID","Transactiereferentie","Machtigingskenmerk",'
        '"Incassant ID","Betalingskenmerk","Omschrijving-1","Omschrijving-2","Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers"\r\n')
def rabo(number, date, amount, balance, account, name, text):
    values = ["NL34RABO0123456789", "EUR", "RABONL2U", number, date, date, amount, balance, account, name, "", "", "", "cb",
              "", "", "", "", "", text, "", "", "", "", "", ""]
    return ",".join(f'"{v}"' for v in values) + "\r\n"
write("bank_2020-06.csv", RABO
      + rabo("000000000000000001", "2020-06-10", "+15,00", "+115,00", "NL88INGB0000000004", "T. de Wit", "Gift Alo Mik")
      + rabo("000000000000000002", "2020-06-20", "-2.500,00", "-2.385,00", "NL99ABNA0000000005", "Stichting Alo Mik!", "Overmaking projectgeld 2e termijn")
      + rabo("000000000000000003", "2020-06-10", "+15,00", "-2.370,00", "NL88INGB0000000004", "T. de Wit", "Gift Alo Mik"), "utf-8")
