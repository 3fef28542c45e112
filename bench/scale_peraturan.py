#!/usr/bin/python3
"""A Peraturan of issue 14's benchmark size: PASAL Pasal over BABs (with ayat, lettered lists
and definitions), a Penjelasan, and a Lampiran table of ROWS rows.

usage: scale_peraturan.py PASAL ROWS OUT.xml      (issue 14: 40 Pasal, 1,000 rows)
"""
import sys

pasal, rows, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
per_bab = 8
parts = []
for b in range(0, pasal, per_bab):
    body = []
    for p in range(b + 1, min(b + per_bab, pasal) + 1):
        if p == 1:
            body.append("<pasal>Dalam Peraturan Bupati ini yang dimaksud dengan:<daftar>"
                        + "".join(f"<butir>Istilah {k} adalah pengertian yang dipakai dalam Peraturan Bupati ini.</butir>" for k in range(1, 9))
                        + "</daftar></pasal>")
        else:
            body.append("<pasal>"
                        f"<ayat>Tarif retribusi jenis {p} ditetapkan sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Peraturan Bupati ini.</ayat>"
                        "<ayat>Tarif sebagaimana dimaksud pada ayat (1) ditinjau paling lama 3 (tiga) tahun sekali dengan memperhatikan:"
                        "<daftar jenis=\"huruf\"><butir>indeks harga dan perkembangan perekonomian;</butir><butir>biaya penyediaan jasa; dan</butir><butir>kemampuan masyarakat.</butir></daftar></ayat>"
                        "</pasal>")
    parts.append(f'<bab judul="Ketentuan Bagian {b // per_bab + 1}">' + "".join(body) + "</bab>")
table_rows = "".join(f"<baris><sel>{i}.</sel><sel>Jenis pelayanan persampahan nomor {i} untuk rumah tangga dan niaga</sel><sel>{1000 + i}</sel></baris>"
                     for i in range(1, rows + 1))
xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<peraturan gaya="bupati" rahmat="ya">
  <kepala>
    <kop><baris>Bupati Contoh</baris><baris>Provinsi Contoh</baris></kop>
    <penerbit>Bupati Contoh</penerbit>
    <nomor>7 TAHUN 2024</nomor>
    <tentang>Tarif Retribusi Pelayanan Persampahan</tentang>
    <pejabat>Bupati Contoh</pejabat>
    <penetapan tempat="Contoh" tanggal="2024-03-11"/>
    <penandatangan nama="Nama Bupati"/>
    <pengundangan tempat="Contoh" tanggal="2024-03-12" berita="Berita Daerah Kabupaten Contoh" nomor="7">
      <pejabat>Sekretaris Daerah Kabupaten Contoh</pejabat>
      <penandatangan nama="Nama Sekretaris"/>
    </pengundangan>
  </kepala>
  <menimbang><butir>bahwa perlu menetapkan Peraturan Bupati tentang Tarif Retribusi Pelayanan Persampahan;</butir></menimbang>
  <mengingat><butir>Undang-Undang Nomor 12 Tahun 2011 tentang Pembentukan Peraturan Perundang-undangan.</butir></mengingat>
  <memutuskan>{''.join(parts)}</memutuskan>
  <penjelasan><umum><paragraf>Retribusi dipungut atas pelayanan persampahan.</paragraf></umum>
    <pasal-demi-pasal>{''.join('<pasal>Cukup jelas.</pasal>' for _ in range(pasal))}</pasal-demi-pasal></penjelasan>
  <lampiran><tabel><kolom lebar="12mm"/><kolom/><kolom lebar="30mm"/>
    <kepala><baris><sel>No</sel><sel>Jenis</sel><sel>Tarif (Rp)</sel></baris></kepala>
    <isi>{table_rows}</isi></tabel></lampiran>
</peraturan>
"""
open(out, "w", encoding="utf-8").write(xml)
print(f"{out}: {pasal} Pasal, {rows} rows", file=sys.stderr)
