"""Writes bench/dated/articles/: invented, dated news about changing facts (kept in git;
this script documents how they were made and regenerates them)."""

import json
from pathlib import Path

OUT = Path(__file__).parent / "articles"

# (file, dateline or None, title, body); the dateline format varies on purpose; None: an
# undated article, written without a date line.
TXT = [
    # 1. Kerkük Kültür Derneği başkanlığı
    ("dernek-2019.txt", "10 Nisan 2019", "Kerkük Kültür Derneği yeni başkanını seçti",
     "Kerkük Kültür Derneği'nin genel kurulunda yapılan seçimde Ahmet Yılmaz derneğin başkanı oldu. "
     "Yılmaz, derneğin kültürel etkinliklerini artıracaklarını söyledi. Genel kurula 300 üye katıldı."),
    ("dernek-2021.txt", "22.05.2021", "Kerkük Kültür Derneği'nde başkanlık değişti",
     "Kerkük Kültür Derneği'nin olağan genel kurulunda Mehmet Bayatlı derneğin başkanı seçildi. "
     "Bayatlı, gençlere yönelik kurslar açacaklarını açıkladı. Seçimde iki aday yarıştı."),
    ("dernek-2024.txt", "20 Kasım 2024 Çarşamba", "Kerkük Kültür Derneği'nin ilk kadın başkanı",
     "Kerkük Kültür Derneği'nin genel kurulunda Ayşe Kerküklü derneğin başkanı seçildi ve derneğin ilk kadın başkanı oldu. "
     "Kerküklü, arşiv çalışmalarına öncelik vereceklerini belirtti."),
    # 2. Kerkük Kale Festivali ziyaretçi sayısı
    ("festival-2022.txt", "15 Ağustos 2022", "Kerkük Kale Festivali sona erdi",
     "Kerkük Kale Festivali'ni bu yıl 12 bin kişi ziyaret etti. Festivalde Türkmen halk müziği konserleri verildi. "
     "Festival üç gün sürdü."),
    ("festival-2023.txt", "20.08.2023", "Kerkük Kale Festivali'ne yoğun ilgi",
     "Kerkük Kale Festivali'ni bu yıl 18 bin kişi ziyaret etti. Festivalde el sanatları sergisi açıldı. "
     "Düzenleyiciler ilginin her yıl arttığını söyledi."),
    ("festival-2024.txt", "18 Ağustos 2024 Pazar", "Kerkük Kale Festivali'nde ziyaretçi rekoru",
     "Kerkük Kale Festivali'ni bu yıl 25 bin kişi ziyaret etti ve ziyaretçi rekoru kırıldı. "
     "Festivalde ilk kez kitap fuarı da düzenlendi."),
    # 3. Telafer Türkmen Kütüphanesi kitap sayısı
    ("kutuphane-2020.txt", "3 Şubat 2020", "Telafer Türkmen Kütüphanesi açıldı",
     "Telafer Türkmen Kütüphanesi 5 bin kitapla okuyucularına kapılarını açtı. "
     "Kütüphanede Türkmen edebiyatı bölümü bulunuyor."),
    ("kutuphane-2022.txt", "12.06.2022", "Telafer Türkmen Kütüphanesi büyüyor",
     "Telafer Türkmen Kütüphanesi'ndeki kitap sayısı bağışlarla 9 bine ulaştı. "
     "Kütüphaneye yeni bir okuma salonu eklendi."),
    ("kutuphane-2025.txt", "8 Mart 2025 Cumartesi", "Telafer Türkmen Kütüphanesi'nde 15 bin kitap",
     "Telafer Türkmen Kütüphanesi'ndeki kitap sayısı 15 bine ulaştı. "
     "Kütüphane artık hafta sonları da açık olacak."),
    # 4. Türkmeneli Radyosu yayın süresi
    ("radyo-2019.txt", "1 Eylül 2019", "Türkmeneli Radyosu yayına başladı",
     "Türkmeneli Radyosu Kerkük'te günde 6 saat yayın yapmaya başladı. "
     "Radyoda Türkmence haber ve müzik programları yer alıyor."),
    ("radyo-2021.txt", "10.10.2021", "Türkmeneli Radyosu yayın süresini uzattı",
     "Türkmeneli Radyosu günlük yayın süresini 12 saate çıkardı. "
     "Radyoya yeni sunucular katıldı."),
    ("radyo-2024.txt", "15 Ocak 2024 Pazartesi", "Türkmeneli Radyosu artık kesintisiz",
     "Türkmeneli Radyosu günde 24 saat kesintisiz yayın yapmaya başladı. "
     "Radyonun dinleyici sayısı da arttı."),
    # 5. Türkmence tabela kararı: alındı, durduruldu, yeniden yürürlükte
    ("tabela-2023a.txt", "5 Mart 2023", "Kerkük'te Türkmence tabela kararı",
     "Kerkük il meclisi, resmi binalarda Türkmence tabela kullanılmasını zorunlu kılan kararı kabul etti. "
     "Karar Türkmen toplumu tarafından memnuniyetle karşılandı."),
    ("tabela-2023b.txt", "12.09.2023", "Türkmence tabela kararı mahkemece durduruldu",
     "İdare mahkemesi, Kerkük il meclisinin Türkmence tabela kararının uygulanmasını durdurdu. "
     "Türkmen temsilciler karara itiraz edeceklerini açıkladı."),
    ("tabela-2024.txt", "2 Mayıs 2024 Perşembe", "Türkmence tabela kararı yeniden yürürlükte",
     "Yüksek mahkeme itirazı kabul etti ve Türkmence tabela kararı yeniden yürürlüğe girdi. "
     "Resmi binalara Türkmence tabelalar yeniden asılmaya başlandı."),
    # 6. Bakü–Kerkük doğrudan uçuşları
    ("ucus-2021.txt", "1 Temmuz 2021", "Bakü ile Kerkük arasında doğrudan uçuş",
     "Bakü ile Kerkük arasında haftada 1 doğrudan uçuş seferi başladı. "
     "İlk uçakla 120 yolcu Kerkük'e geldi."),
    ("ucus-2022.txt", "10.12.2022", "Bakü–Kerkük seferleri artırıldı",
     "Bakü ile Kerkük arasındaki doğrudan uçuşlar haftada 3 sefere çıkarıldı. "
     "Havayolu şirketi talebin yüksek olduğunu açıkladı."),
    ("ucus-2025.txt", "14 Şubat 2025 Cuma", "Bakü–Kerkük uçuşları durduruldu",
     "Bakü ile Kerkük arasındaki doğrudan uçuş seferleri bakım çalışmaları nedeniyle durduruldu. "
     "Seferlerin ne zaman yeniden başlayacağı açıklanmadı."),
    # 7. Türkiye bursu alan Türkmen öğrenciler
    ("burs-2020.txt", "15 Eylül 2020", "Türkmen öğrencilere Türkiye bursu",
     "Bu yıl 150 Türkmen öğrenci Türkiye bursu kazanarak üniversitelere yerleşti. "
     "Öğrenciler en çok tıp ve mühendislik bölümlerini seçti."),
    ("burs-2022.txt", "20.09.2022", "Türkiye bursu kazanan Türkmen öğrenci sayısı arttı",
     "Bu yıl 220 Türkmen öğrenci Türkiye bursu kazandı. "
     "Bursiyerler için Ankara'da uyum programı düzenlendi."),
    ("burs-2024.txt", "25 Eylül 2024 Çarşamba", "Türkiye bursunda Türkmen öğrencilerden rekor",
     "Bu yıl 300 Türkmen öğrenci Türkiye bursu kazandı ve rekor kırıldı. "
     "Öğrencilerin çoğu İstanbul'daki üniversitelere yerleşti."),
    # 8. Musul Türkmen Kadınlar Birliği başkanı
    ("kadinlar-2018.txt", "8 Mart 2018", "Musul Türkmen Kadınlar Birliği kuruldu",
     "Musul Türkmen Kadınlar Birliği kuruldu ve Zeynep Musullu birliğin başkanı oldu. "
     "Birlik kadınlara meslek kursları verecek."),
    ("kadinlar-2021.txt", "10.03.2021", "Musul Türkmen Kadınlar Birliği'nde yeni dönem",
     "Musul Türkmen Kadınlar Birliği'nin kongresinde Leyla Ahmedoğlu birliğin başkanı seçildi. "
     "Ahmedoğlu, kadın girişimcilere destek vereceklerini söyledi."),
    ("kadinlar-2023.txt", "9 Mart 2023 Perşembe", "Musul Türkmen Kadınlar Birliği başkanını seçti",
     "Musul Türkmen Kadınlar Birliği'nin kongresinde Fatma Telaferli birliğin başkanı seçildi. "
     "Telaferli, birliğin üye sayısını artırmayı hedeflediklerini açıkladı."),
    # 10. Kerkük Türkmen Tiyatrosu yönetmeni (added with the held-out questions)
    ("tiyatro-2020.txt", "1 Aralık 2020", "Kerkük Türkmen Tiyatrosu'na yeni yönetmen",
     "Kerkük Türkmen Tiyatrosu'nun yönetmenliğine Hasan Kerküklü getirildi. "
     "Kerküklü, sezonu Türkmence bir komediyle açacaklarını söyledi."),
    ("tiyatro-2022.txt", "15.11.2022", "Kerkük Türkmen Tiyatrosu'nda görev değişimi",
     "Kerkük Türkmen Tiyatrosu'nun yönetmenliğine Nesrin Bayatlı getirildi. "
     "Bayatlı, çocuk oyunlarına ağırlık vereceklerini açıkladı."),
    ("tiyatro-2025.txt", "20 Ocak 2025 Pazartesi", "Kerkük Türkmen Tiyatrosu'nun yeni yönetmeni belli oldu",
     "Kerkük Türkmen Tiyatrosu'nun yönetmenliğine Kemal Tuzlu getirildi. "
     "Tuzlu, tiyatronun turneye çıkacağını duyurdu."),
    # 11. Altunköprü köprüsü restorasyonu
    ("kopru-2022.txt", "10 Nisan 2022", "Altunköprü köprüsünde restorasyon başladı",
     "Altunköprü'deki tarihi köprünün restorasyonu başladı. "
     "Çalışmaların iki yıl sürmesi bekleniyor."),
    ("kopru-2023.txt", "22.07.2023", "Altunköprü köprüsü restorasyonunda son durum",
     "Altunköprü'deki tarihi köprünün restorasyonunun yüzde 60'ı tamamlandı. "
     "Köprü restorasyon boyunca trafiğe kapalı kalıyor."),
    ("kopru-2024.txt", "30 Eylül 2024 Pazartesi", "Altunköprü köprüsü yeniden açıldı",
     "Restorasyonu tamamlanan Altunköprü'deki tarihi köprü yeniden trafiğe açıldı. "
     "Açılış törenine bölge halkı katıldı."),
    # Stories 12-16 (added with bench/dated/news.jsonl): the newest article words the fact
    # differently from the older ones ("40 bin kişi ziyaret etti" → "ziyaretçi sayısı 55 bine
    # çıktı"; "müdürü oldu" → "yönetimini devraldı"), so the newest fact is not found by copying
    # the older wording. Dates are all distinct, so "newest first" has one order.
    # 12. Erbil Türkmen Kitap Fuarı ziyaretçi sayısı
    ("kitapfuari-2022.txt", "14 Ekim 2022", "Erbil Türkmen Kitap Fuarı tamamlandı",
     "Erbil Türkmen Kitap Fuarı'nı bu yıl 40 bin kişi ziyaret etti. Fuarda 60 yayınevi stand açtı. "
     "Fuarın son gününde Türkmen yazarlara ödül verildi."),
    ("kitapfuari-2023.txt", "20.10.2023", "Erbil Türkmen Kitap Fuarı'na ilgi arttı",
     "Erbil Türkmen Kitap Fuarı'nı bu yıl 47 bin kişi ziyaret etti. Fuarda ilk kez çocuk kitapları bölümü açıldı. "
     "Fuara Türkiye'den de yayınevleri katıldı."),
    ("kitapfuari-2024.txt", "25 Ekim 2024 Cuma", "Erbil Türkmen Kitap Fuarı'nda rekor",
     "Erbil Türkmen Kitap Fuarı'nın ziyaretçi sayısı bu yıl 55 bine çıktı ve rekor kırıldı. "
     "Düzenleme kurulu, fuarın gelecek yıl on gün süreceğini açıkladı."),
    # 13. Kerkük Nesil Türkmen Lisesi yönetimi
    ("okul-2019.txt", "16 Eylül 2019", "Kerkük'te Nesil Türkmen Lisesi açıldı",
     "Kerkük'te açılan Nesil Türkmen Lisesi'nde ilk yıl 200 öğrenci eğitim görecek. "
     "Salih Demirci okulun müdürü oldu. Okulda Türkmen dili dersleri de verilecek."),
    ("okul-2022.txt", "12.09.2022", "Nesil Türkmen Lisesi'ne yeni müdür",
     "Kerkük Nesil Türkmen Lisesi'nin müdürlüğüne Rıza Aydın atandı. Okulun öğrenci sayısı 350'ye ulaştı. "
     "Okula yeni bir fen laboratuvarı kazandırıldı."),
    ("okul-2025.txt", "12 Haziran 2025 Perşembe", "Nesil Türkmen Lisesi'nde görev devri",
     "Kerkük Nesil Türkmen Lisesi'nin yönetimini Gülşen Yıldız devraldı. "
     "Okulun eski müdürü Rıza Aydın il eğitim müdürlüğünde göreve başladı. "
     "Okulun mezunlarından 45'i bu yıl üniversiteye yerleşti."),
    # 14. Kerkük Yıldızspor'un ligdeki yeri
    ("yildizspor-2021.txt", "30 Mayıs 2021", "Kerkük Yıldızspor sezonu tamamladı",
     "Kerkük Yıldızspor, Irak ikinci liginde sezonu altıncı sırada tamamladı. "
     "Takımın golcüsü Yunus Beşirli sezonda 14 gol attı."),
    ("yildizspor-2023.txt", "28.05.2023", "Kerkük Yıldızspor'dan başarılı sezon",
     "Kerkük Yıldızspor, Irak ikinci liginde sezonu üçüncü sırada tamamladı. "
     "Kulüp yeni antrenman sahasını Arafa semtinde yapacak."),
    ("yildizspor-2025.txt", "8 Haziran 2025 Pazar", "Kerkük Yıldızspor birinci lige yükseldi",
     "Kerkük Yıldızspor ikinci ligi şampiyon olarak bitirdi ve birinci lige yükseldi. "
     "Taraftarlar şampiyonluğu Kerkük sokaklarında kutladı. Kulüp yeni sezon için beş oyuncuyla anlaştı."),
    # 15. Taze Su Arıtma Tesisi kapasitesi
    ("taze-2020.txt", "5 Temmuz 2020", "Taze'de su arıtma tesisi hizmete girdi",
     "Taze Su Arıtma Tesisi günde 20 bin metreküp kapasiteyle hizmete girdi. "
     "Tesis ilçede 30 bin kişiye temiz su sağlayacak."),
    ("taze-2022.txt", "17.03.2022", "Taze Su Arıtma Tesisi genişletildi",
     "Taze Su Arıtma Tesisi'nin kapasitesi günde 35 bin metreküpe çıkarıldı. "
     "Genişletme çalışmaları sekiz ay sürdü."),
    ("taze-2024.txt", "11 Mart 2024 Pazartesi", "Taze'deki arıtma tesisine ikinci ünite",
     "Taze Su Arıtma Tesisi'ne eklenen ikinci ünite ile tesis artık günde 50 bin metreküp su arıtabiliyor. "
     "Yeni ünite güneş enerjisiyle çalışıyor."),
    # 16. Kerkük Türkmen Kent Müzesi ziyaretçi sayısı
    ("muze-2019.txt", "20 Aralık 2019", "Kerkük Türkmen Kent Müzesi ilk yılını tamamladı",
     "Mayıs ayında açılan Kerkük Türkmen Kent Müzesi'ni bu yıl 8 bin kişi gezdi. "
     "Müzede Kerkük'ün eski fotoğrafları sergileniyor."),
    ("muze-2022.txt", "23.12.2022", "Kent Müzesi'ne ilgi sürüyor",
     "Kerkük Türkmen Kent Müzesi'ni bu yıl 13 bin kişi gezdi. Müze yeni bir halı koleksiyonu edindi."),
    ("muze-2024.txt", "27 Aralık 2024 Cuma", "Kent Müzesi'nin ziyaretçi sayısı ikiye katlandı",
     "Kerkük Türkmen Kent Müzesi bu yıl 26 bin ziyaretçiyi ağırladı. Müzeye dijital bir rehber eklendi."),
    # Undated articles (no dateline: the file has no date line) on topics that also have dated
    # articles; one names a year only in its text.
    ("muze-rehber.txt", None, "Kerkük Türkmen Kent Müzesi ziyaret rehberi",
     "Kerkük Türkmen Kent Müzesi pazartesi hariç her gün 09.00 ile 17.00 arasında açıktır. "
     "Müzeye giriş ücreti 2 bin dinardır. Öğrenciler müzeyi ücretsiz gezebilir."),
    ("taze-plan.txt", None, "Taze Su Arıtma Tesisi için yeni plan",
     "Taze Su Arıtma Tesisi'ne 2025 yılında üçüncü bir ünite eklenmesi planlanıyor. "
     "Üçüncü ünite ile tesisin çevredeki köylere de su vermesi hedefleniyor."),
    ("yildizspor-tarihce.txt", None, "Kerkük Yıldızspor'un hikâyesi",
     "Kerkük Yıldızspor 1978 yılında Türkmen gençler tarafından kuruldu. Kulübün renkleri sarı ve lacivert. "
     "Takım iç saha maçlarını 6 bin kişilik Şehitler Stadı'nda oynuyor."),
]

HTML = [  # 9. Halk oyunları yarışması birincisi; dates in <meta>, JSON-LD and the URL
    ("oyunlar-2021.html", "2021-10-03T10:00:00+03:00", None, "Kerkük halk oyunları yarışmasının birincisi belli oldu",
     "Kerkük Türkmen halk oyunları yarışmasında Altunköprü Gençlik Ekibi birinci oldu. Yarışmaya 14 ekip katıldı."),
    ("oyunlar-2022.html", None, "https://ornek-haber.org/2022/10/09/halk-oyunlari-yarismasi/",
     "Halk oyunları yarışmasında Tuzhurmatu rüzgârı",
     "Kerkük Türkmen halk oyunları yarışmasında Tuzhurmatu Ekibi birinci oldu. Yarışmaya 16 ekip katıldı."),
    ("oyunlar-2024.html", "2024-10-06T11:30:00+03:00", None, "Kerkük halk oyunları yarışmasında Dakuk ekibi birinci",
     "Kerkük Türkmen halk oyunları yarışmasında Dakuk Ekibi birinci oldu. Yarışmaya 20 ekip katıldı."),
]

JSONL = [  # unrelated, dated news: the archive is not only these stories; "id" keeps doc ids stable
    {"id": "diger-1", "title": "Kerkük'te zeytin hasadı başladı", "date": "2023-10-15",
     "text": "Kerkük'ün köylerinde zeytin hasadı başladı. Çiftçiler bu yıl verimin iyi olduğunu söyledi."},
    {"id": "diger-2", "title": "Erbil'de satranç turnuvası", "date": "2024-04-21",
     "text": "Erbil'de düzenlenen satranç turnuvasına 80 oyuncu katıldı. Turnuvayı genç bir Türkmen oyuncu kazandı."},
    {"id": "diger-3", "title": "Kerkük mutfağı kitabı yayımlandı", "date": "2022-02-11",
     "text": "Kerkük mutfağının geleneksel yemeklerini anlatan bir kitap yayımlandı. Kitapta 120 tarif yer alıyor."},
    {"id": "diger-4", "title": "Tuzhurmatu'da yeni park", "date": "2024-06-30",
     "text": "Tuzhurmatu'da çocuklar için yeni bir park açıldı. Parkta spor alanları da bulunuyor."},
    {"id": "diger-5", "title": "Kerkük'te kış hazırlıkları", "date": "2021-11-28",
     "text": "Kerkük belediyesi kış öncesinde yolları onardı. Kar yağışına karşı ekipler hazır bekliyor."},
    {"id": "diger-6", "title": "Türkmen şiiri üzerine konferans", "date": "2025-04-12",
     "text": "Kerkük'te Türkmen şiiri üzerine bir konferans düzenlendi. Konferansta Fuzuli'nin şiirleri tartışıldı."},
    # 17. Kerkük Gençlik Orkestrası şefi ve müzisyen sayısı (the newest record words both differently)
    {"id": "diger-7", "title": "Kerkük Gençlik Orkestrası kuruldu", "date": "2021-02-14",
     "text": "Kerkük Gençlik Orkestrası 25 genç müzisyenle kuruldu. Orkestranın şefliğini Murat Ağa üstlendi. "
             "Orkestra ilk konserini Kerkük Kalesi'nde verdi."},
    {"id": "diger-8", "title": "Kerkük Gençlik Orkestrası büyüyor", "date": "2022-06-19",
     "text": "Kerkük Gençlik Orkestrası'nda çalan müzisyen sayısı 40'a yükseldi. "
             "Orkestra ilk yurt dışı konserini Ankara'da verdi."},
    {"id": "diger-9", "title": "Kerkük Gençlik Orkestrası'nda görev değişikliği", "date": "2024-03-26",
     "text": "Kerkük Gençlik Orkestrası'nın şefliğini Derya Kaya devraldı ve orkestranın ilk kadın şefi oldu. "
             "Orkestrada artık 60 müzisyen çalıyor."},
    # more unrelated news, so some months hold several articles (Mart 2024, Haziran 2025) and 2022 many
    {"id": "diger-10", "title": "Kerkük'te Nevruz coşkusu", "date": "2024-03-21",
     "text": "Kerkük'te Nevruz Bayramı kutlamalarına binlerce kişi katıldı. Kutlamalarda geleneksel ateşler yakıldı."},
    {"id": "diger-11", "title": "Erbil'de Türkmen el sanatları sergisi", "date": "2025-06-24",
     "text": "Erbil'de açılan Türkmen el sanatları sergisinde 150 eser yer aldı. Sergide kilim ve bakır işleri ilgi gördü."},
    {"id": "diger-12", "title": "Musul'da Türkmen gençlik kampı", "date": "2022-08-07",
     "text": "Musul'da Türkmen gençler için bir yaz kampı düzenlendi. Kampa 90 genç katıldı."},
]


def html_page(title: str, body: str, published: str | None, url: str | None) -> str:
    meta = f'<meta property="article:published_time" content="{published}">' if published else ""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return (f"<html><head><title>{title}</title>{meta}{canonical}</head><body>"
            f"<nav><a href='/'>Ana sayfa</a> <a href='/kultur'>Kültür</a></nav>"
            f"<article><h1>{title}</h1><p>{body}</p></article><footer>© Örnek Haber</footer></body></html>")


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, dateline, title, body in TXT:
        head = f"{title}\n\n{dateline}\n\n" if dateline else f"{title}\n\n"  # undated: no date line
        (OUT / name).write_text(f"{head}{body}\n", encoding="utf-8")
    for name, published, url, title, body in HTML:
        (OUT / name).write_text(html_page(title, body, published, url), encoding="utf-8")
    with (OUT / "diger-haberler.jsonl").open("w", encoding="utf-8") as handle:
        for record in JSONL:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
