// The naskah serve editor: a form by parts and the XML source kept in step, a live preview of
// the laid-out pages, the findings beside it, safe autosave. No inline scripts (the server's
// Content-Security-Policy forbids them); nothing is fetched from outside the server.
"use strict";

const X = XmlEdit;
const $ = (id) => document.getElementById(id);

const T = {
  id: {
    file: "Berkas", open: "Buka", create: "Buat dari contoh", undo: "Urungkan", redo: "Ulangi", save: "Simpan",
    variant: "Varian", print: "Cetak", form: "Formulir", source: "Sumber XML", findings: "Temuan", noFile: "Buka atau buat berkas.",
    conflict: "Berkas ini diubah di luar editor ini sejak dibuka. Perubahan Anda belum disimpan.",
    keepMine: "Simpan versi saya (versi disk disimpan sebagai .bak)", takeTheirs: "Muat versi di disk (versi saya disalin ke papan klip)",
    diskVersion: "Lihat versi di disk", saved: "Tersimpan", saving: "Menyimpan…", unsaved: "Belum disimpan", conflictShort: "Konflik: berkas berubah di disk",
    saveFailed: "Gagal menyimpan", none: "Tidak ada temuan.", fix: "Terapkan", head: "Kepala", decree: "Keputusan",
    menimbang: "Menimbang", mengingat: "Mengingat", memperhatikan: "Memperhatikan", kepada: "Kepada (Instruksi)", pembukaan: "Pembukaan (Instruksi: «Dalam rangka …»)", diktum: "Diktum (Memutuskan)", tembusan: "Tembusan",
    lampiran: "Lampiran", add: "+ Tambah", addRow: "+ Baris", addSection: "+ Baris bagian", addKegiatan: "+ Kegiatan", remove: "Hapus",
    addColumn: "+ Kolom", removeColumn: "− Kolom terakhir", merge: "Gabung dengan sel kanan",
    up: "Naik", down: "Turun", style: "Gaya selingkung", jenis: "Jenis", penerbit: "Penerbit", nomor: "Nomor", tentang: "Tentang",
    pejabat: "Pejabat", tempat: "Tempat penetapan", tanggal: "Tanggal", nama: "Nama penanda tangan", kuasa: "Kuasa (a.n./Plt./Plh.)",
    jabatan: "Jabatan penanda tangan", title: "Judul", sourceBroken: "Sumber XML tidak dapat dibaca; perbaiki di tab Sumber XML:",
    newItem: "…", line: "baris", markup: "berisi markah XML", month: "bulan", kop: "Kop", verifikasi: "Verifikasi (tte)",
    salinan: "Pengesahan salinan", kantor: "Kantor", nip: "NIP", preview: "Pratinjau",
    kantorSalinan: "kantor", jabatanSalinan: "jabatan", namaSalinan: "nama", nipSalinan: "NIP",
    subList: "Sub-daftar", addSubList: "+ Sub-daftar", removeList: "Hapus sub-daftar", addItem: "+ Butir",
    angka: "angka 1. 2. 3.", huruf: "huruf a. b. c.", titik: "titik •", strip: "strip -", tanpa: "tanpa tanda",
    mergeDown: "Gabung dengan sel bawah", split: "Pisahkan sel gabungan", refused: "Tidak dapat",
    noRight: "tidak ada sel di kanannya", noBelow: "tidak ada sel di bawahnya", notRectangle: "sel tetangganya berbeda tinggi/lebar atau mulai di baris/kolom lain; gabungannya akan bertumpang tindih",
    otherPart: "kepala dan isi tabel tidak dapat digabung", groupRow: "baris bagian (grup) tidak dapat digabung",
    lastCell: "baris di bawahnya akan kehilangan sel terakhirnya", tableErrors: "tabel ini masih salah; perbaiki temuannya dahulu",
    notMerged: "sel ini tidak digabung", lastRow: "satu-satunya baris isi tabel", spanned: "baris ini dilintasi sel gabungan; pisahkan dahulu",
    readOnly: "diedit di tab Sumber XML", pasal: "Pasal", ayat: "Ayat", bab: "BAB", judulBab: "Judul", peraturan: "Peraturan",
    body: "Batang tubuh", sebutan: "Sebutan", addAyat: "+ Ayat", addPasal: "+ Pasal", bagianDiv: "Bagian", paragrafDiv: "Paragraf",
    persetujuan: "Persetujuan", pengundangan: "Pengundangan",
  },
  en: {
    file: "File", open: "Open", create: "Create from starter", undo: "Undo", redo: "Redo", save: "Save",
    variant: "Variant", print: "Print", form: "Form", source: "XML source", findings: "Findings", noFile: "Open or create a file.",
    conflict: "This file was changed outside this editor since it was opened. Your changes are not saved yet.",
    keepMine: "Save my version (the disk's is kept as .bak)", takeTheirs: "Load the disk's version (mine is copied to the clipboard)",
    diskVersion: "Show the disk's version", saved: "Saved", saving: "Saving…", unsaved: "Not saved", conflictShort: "Conflict: the file changed on disk",
    saveFailed: "Saving failed", none: "No findings.", fix: "Apply", head: "Heading", decree: "Decree",
    menimbang: "Menimbang (considering)", mengingat: "Mengingat (in view of)", memperhatikan: "Memperhatikan (noting)", kepada: "Kepada (an Instruksi's addressees)", pembukaan: "Pembukaan (an Instruksi's «Dalam rangka …»)",
    diktum: "Diktum (decides)", tembusan: "Tembusan (copies)", lampiran: "Lampiran (appendix)", add: "+ Add", addRow: "+ Row",
    addSection: "+ Section row", addKegiatan: "+ Activity", remove: "Remove",
    addColumn: "+ Column", removeColumn: "− Last column", merge: "Merge with the cell to the right", up: "Up", down: "Down", style: "House style", jenis: "Kind",
    penerbit: "Issuer", nomor: "Number", tentang: "Title", pejabat: "Official", tempat: "Place of enactment", tanggal: "Date",
    nama: "Signer's name", kuasa: "Acting (a.n./Plt./Plh.)", jabatan: "Signer's office", title: "Title",
    sourceBroken: "The XML source cannot be read; fix it in the XML source tab:", newItem: "…", line: "line", markup: "holds XML markup",
    month: "month", kop: "Letterhead", verifikasi: "Verification (tte)", salinan: "Copy certification", kantor: "Office", nip: "NIP", preview: "Preview",
    kantorSalinan: "office", jabatanSalinan: "office held", namaSalinan: "name", nipSalinan: "NIP",
    subList: "Sub-list", addSubList: "+ Sub-list", removeList: "Remove the sub-list", addItem: "+ Item",
    angka: "numbers 1. 2. 3.", huruf: "letters a. b. c.", titik: "bullets •", strip: "dashes -", tanpa: "no markers",
    mergeDown: "Merge with the cell below", split: "Split the merged cell", refused: "Cannot",
    noRight: "there is no cell to its right", noBelow: "there is no cell below it", notRectangle: "the neighbour differs in height/width or starts in another row/column; the merge would overlap",
    otherPart: "header and body cells cannot be merged", groupRow: "a section (grup) row cannot be merged",
    lastCell: "the row below would lose its last cell", tableErrors: "the table has errors; fix its findings first",
    notMerged: "this cell is not merged", lastRow: "the table's only body row", spanned: "a merged cell runs through this row; split it first",
    readOnly: "edited in the XML source tab", pasal: "Pasal", ayat: "Ayat (paragraph)", bab: "BAB (chapter)", judulBab: "Title",
    peraturan: "Regulation", body: "Body", sebutan: "Short name", addAyat: "+ Ayat", addPasal: "+ Pasal", bagianDiv: "Bagian (part)",
    paragrafDiv: "Paragraf (section)", persetujuan: "Agreement", pengundangan: "Promulgation",
  },
};

const S = {
  lang: localStorage.getItem("naskah-lang") || "id",
  name: null, text: "", version: null, styles: [],
  undo: [], redo: [], lastPush: 0,
  dirty: false, saving: false, conflict: null,
  diagnostics: [], timings: [], seq: 0, keystrokes: [], latencies: [], inflight: false, again: false,
};
window.naskahEditor = S;  // for the browser test: latencies, state
const t = (k) => (T[S.lang] && T[S.lang][k]) || T.id[k] || k;

function applyLang() {
  document.documentElement.lang = S.lang;
  document.querySelectorAll("[data-i18n]").forEach((e) => { e.textContent = t(e.dataset.i18n); });
  $("lang").textContent = S.lang === "id" ? "EN" : "ID";
  renderForm();
  preview();
}

async function api(method, path, body, headers) {
  const r = await fetch(path, { method, body, headers: Object.assign({ "Content-Type": "text/plain; charset=utf-8" }, headers || {}),
    credentials: "same-origin" });
  let data = null;
  try { data = await r.json(); } catch (e) { data = null; }
  return { status: r.status, data };
}

// ---- files ----
async function refreshList(select) {
  const r = await api("GET", "/api/files");
  if (r.status !== 200) return;
  S.styles = r.data.styles;
  $("file-list").replaceChildren(...r.data.files.map((f) => new Option(f, f)));
  $("new-style").replaceChildren(...S.styles.map((s) => new Option(s, s)));
  if (select) $("file-list").value = select;
}
function setStatus(key, extra) { $("status").textContent = t(key) + (extra ? " " + extra : ""); $("status").dataset.state = key; }

function load(name, text, version) {
  drawn.head = null; drawn.pages = []; $("pages").replaceChildren();
  S.name = name; S.text = text; S.version = version; S.undo = []; S.redo = []; S.dirty = false; S.conflict = null;
  $("conflict").hidden = true;
  $("source").value = text;
  history.replaceState(null, "", "/?file=" + encodeURIComponent(name));
  setStatus("saved");
  renderForm();
  preview();
}
async function openFile(name) {
  const r = await api("GET", "/api/file?name=" + encodeURIComponent(name));
  if (r.status === 200) load(r.data.name, r.data.text, r.data.version);
  else alert(r.data ? r.data.error : r.status);
}
async function createFile() {
  let name = $("new-name").value.trim();
  if (!name) return;
  if (!name.endsWith(".xml")) name += ".xml";
  const r = await api("POST", "/api/new?name=" + encodeURIComponent(name) + "&style=" + encodeURIComponent($("new-style").value) +
    "&kind=" + encodeURIComponent($("new-kind").value));
  if (r.status !== 200) { alert(r.data ? r.data.error : r.status); return; }
  await refreshList(r.data.name);
  load(r.data.name, r.data.text, r.data.version);
}

// ---- changes, undo, autosave ----
let saveTimer = null;
function change(text, opts) {
  if (text === S.text) return;
  const now = performance.now();
  // typing in one field within a second is one undo step
  if (!(opts && opts.merge && now - S.lastPush < 1000)) { S.undo.push(S.text); S.redo = []; }
  S.lastPush = now;
  S.text = text;
  if (!(opts && opts.fromSource)) $("source").value = text;
  if (opts && opts.rebuild) renderForm();
  S.dirty = true;
  setStatus(S.conflict ? "conflictShort" : "unsaved");
  S.keystrokes.push({ at: now, seq: ++S.seq });
  preview();
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 800);
}
function undo() { if (!S.undo.length) return; S.redo.push(S.text); S.text = S.undo.pop(); afterHistory(); }
function redo() { if (!S.redo.length) return; S.undo.push(S.text); S.text = S.redo.pop(); afterHistory(); }
function afterHistory() {
  $("source").value = S.text; renderForm(); S.dirty = true; S.keystrokes.push({ at: performance.now(), seq: ++S.seq }); preview();
  clearTimeout(saveTimer); saveTimer = setTimeout(save, 800);
}

async function save(force) {
  if (!S.name || S.saving || (S.conflict && !force)) return;
  if (!S.dirty && !force) return;
  S.saving = true;
  setStatus("saving");
  const text = S.text;
  try {
    const r = await api("PUT", "/api/file?name=" + encodeURIComponent(S.name), text, { "If-Match": force || S.version || "*" });
    if (r.status === 200) {
      S.version = r.data.version;
      if (S.text === text) { S.dirty = false; setStatus("saved"); } else { setStatus("unsaved"); clearTimeout(saveTimer); saveTimer = setTimeout(save, 800); }
    } else if (r.status === 409) {
      // changed on disk by someone else: never overwritten without the drafter's word
      S.conflict = r.data;
      $("disk-text").textContent = r.data.text;
      $("conflict").hidden = false;
      setStatus("conflictShort");
    } else setStatus("saveFailed", r.data ? r.data.error : String(r.status));
  } catch (e) { setStatus("saveFailed", String(e)); }
  S.saving = false;
}
async function keepMine() {
  const v = S.conflict.version || "*";
  S.conflict = null;
  $("conflict").hidden = true;
  await save(v);
}
function takeTheirs() {
  const mine = S.text;
  if (navigator.clipboard) navigator.clipboard.writeText(mine).catch(() => {});
  const c = S.conflict;
  S.conflict = null;
  $("conflict").hidden = true;
  S.undo.push(mine);  // still reachable by undo
  S.text = c.text; S.version = c.version; S.dirty = false;
  $("source").value = S.text; renderForm(); setStatus("saved"); preview();
}

// ---- preview ----
let previewTimer = null;
function preview() {
  if (!S.name) return;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(runPreview, 15);
}
async function runPreview() {
  if (S.inflight) { S.again = true; return; }
  S.inflight = true;
  const seq = S.seq, text = S.text;
  try {
    const q = "name=" + encodeURIComponent(S.name) + "&lang=" + S.lang + "&variant=" + encodeURIComponent($("variant").value);
    const t0 = performance.now();
    const r = await api("POST", "/api/preview?" + q, text);
    const t1 = performance.now();
    if (r.status === 200) {
      S.diagnostics = r.data.diagnostics;
      if (r.data.style && !document.querySelector('link[data-fonts="' + r.data.style + '"]')) {
        const link = document.createElement("link");
        link.rel = "stylesheet";
        link.href = "/fonts/" + r.data.style + ".css";
        link.dataset.fonts = r.data.style;
        document.head.append(link);
      }
      if (r.data.svg) drawPages(r.data.svg);
      // an input that cannot be laid out keeps the last pages, greyed, beside its errors
      $("pages").classList.toggle("stale", !r.data.svg);
      const t2 = performance.now();
      S.timings.push({ server: r.data.ms, fetch: t1 - t0, draw: t2 - t1 });
      $("pages").dataset.seq = String(seq);
      $("pages").dataset.pages = String(r.data.pages);
      showFindings(text);
      // drawn: the next frame (a hidden tab has none, hence the timer)
      await new Promise((res) => { requestAnimationFrame(() => res()); setTimeout(res, 100); });
      const now = performance.now();
      S.keystrokes = S.keystrokes.filter((k) => { if (k.seq <= seq) { S.latencies.push(now - k.at); return false; } return true; });
    }
  } finally {
    S.inflight = false;
    if (S.again) { S.again = false; runPreview(); }
  }
}

// Painting thousands of glyphs is what a redraw costs, so only the pages whose markup changed
// are replaced (an edit on page 1 leaves the others alone). The glyph outlines (<defs>) live in
// their own hidden <svg>, which the pages' <use> elements refer to by id.
const drawn = { head: null, pages: [] };
function drawPages(svgText) {
  const parts = svgText.split('<svg class="page"');
  const head = parts[0];
  const pages = parts.slice(1);
  if (pages.length) pages[pages.length - 1] = pages[pages.length - 1].replace(/<\/svg>\s*$/, "");
  const box = $("pages");
  const parse = (markup) => document.importNode(new DOMParser().parseFromString(markup, "image/svg+xml").documentElement, true);
  if (head !== drawn.head || !box.querySelector("svg.glyphs")) {
    const defs = parse(head.replace(/^<\?xml[^>]*>\s*/, "").replace(/<svg /, '<svg class="glyphs" ').replace(/\sclass="naskah"/, "") + "</svg>");
    defs.setAttribute("width", "0");
    defs.setAttribute("height", "0");
    defs.removeAttribute("viewBox");
    const old = box.querySelector("svg.glyphs");
    if (old) old.replaceWith(defs); else box.prepend(defs);
    drawn.head = head;
  }
  // each page in its own box, which the browser skips painting while it is out of view
  const shown = box.querySelectorAll("div.sheet");
  pages.forEach((markup, i) => {
    if (drawn.pages[i] === markup && shown[i]) return;
    const page = parse('<svg xmlns="http://www.w3.org/2000/svg" class="page"' + markup);
    page.removeAttribute("x");
    page.removeAttribute("y");
    page.removeAttribute("width");
    page.removeAttribute("height");
    const sheet = document.createElement("div");
    sheet.className = "sheet";
    const vb = (page.getAttribute("viewBox") || "0 0 1 1").split(" ").map(Number);
    sheet.dataset.landscape = vb[2] > vb[3] ? "yes" : "no";
    sheet.append(page);
    if (shown[i]) shown[i].replaceWith(sheet); else box.append(sheet);
  });
  for (let i = pages.length; i < shown.length; i++) shown[i].remove();
  drawn.pages = pages;
}

// ---- findings ----
function fixesOf(d) {
  const h = d.hint || "";
  const m = /^(?:maksud Anda|did you mean): (.+)\?$/.exec(h);
  const old = /«([^»]+)»/.exec(d.message || "");
  if (!m || !old) return [];
  return m[1].split(", ").map((s) => ({ from: old[1], to: s }));
}
function applyFix(d, fix) {
  const text = S.text;
  const at = X.offsetOf(text, d.line, 1);
  const i = text.indexOf(fix.from, at);
  if (i < 0) return;
  change(text.slice(0, i) + fix.to + text.slice(i + fix.from.length), { rebuild: true });
}
function showFindings(text) {
  const ol = $("findings");
  const items = S.diagnostics.map((d) => {
    const li = document.createElement("li");
    li.className = d.severity;
    li.dataset.code = d.code;
    const where = document.createElement("span");
    where.className = "where";
    where.textContent = d.line + ":" + d.column + " ";
    li.append(where, d.message + (d.hint ? " — " + d.hint : "") + " [" + d.code + "]");
    for (const f of fixesOf(d)) {
      const b = document.createElement("button");
      b.className = "fix";
      b.textContent = t("fix") + ": " + f.to;
      b.addEventListener("click", (e) => { e.stopPropagation(); applyFix(d, f); });
      li.append(b);
    }
    li.addEventListener("click", () => jumpTo(d));
    return li;
  });
  if (!items.length) { const li = document.createElement("li"); li.textContent = t("none"); items.push(li); }
  ol.replaceChildren(...items);
}
// To the form field holding the position when there is one, else to the line in the source.
function jumpTo(d, toSource) {
  const off = X.offsetOf(S.text, d.line, d.column);
  let best = null, size = Infinity;
  if (!toSource) document.querySelectorAll("#form-pane [data-from]").forEach((el) => {
    const a = +el.dataset.from, b = +el.dataset.to;
    if (a <= off && off <= b && b - a < size) { best = el; size = b - a; }
  });
  if (best && !$("form-pane").hidden) {
    best.focus();
    best.scrollIntoView({ block: "center" });
    best.classList.add("focus-flash");
    setTimeout(() => best.classList.remove("focus-flash"), 1200);
    return;
  }
  showTab("source");
  const src = $("source");
  const ls = X.offsetOf(S.text, d.line, 1);
  const le = S.text.indexOf("\n", ls);
  src.focus();
  src.setSelectionRange(ls, le < 0 ? S.text.length : le);
  src.scrollTop = Math.max(0, (d.line - 5) * 18.85);
}

// ---- the form ----
// Every field edits one element's text or one attribute, found again by its path in a fresh
// scan of the text, so the rest of the file is untouched.
function rescan() { try { return X.scan(S.text); } catch (e) { return null; } }
function nodeAt(path) { const r = rescan(); return r ? X.at(r, path) : null; }
function el(tag, props, ...kids) {
  const e = document.createElement(tag);
  Object.assign(e, props || {});
  e.append(...kids.filter((k) => k !== null && k !== undefined));
  return e;
}
function textField(node, multiline) {
  const c = X.content(S.text, node);
  const f = el(multiline || c.value.length > 60 || c.markup ? "textarea" : "input", { value: c.value });
  if (f.tagName === "TEXTAREA") f.rows = Math.min(6, Math.max(1, Math.ceil(c.value.length / 70)));
  if (c.markup) { f.classList.add("raw"); f.title = t("markup"); }
  f.dataset.from = node.start; f.dataset.to = node.end; f.dataset.path = node.path.join(".");
  const path = node.path;
  f.addEventListener("input", () => {
    const n = nodeAt(path);
    if (!n) return;
    change(X.setContent(S.text, n, f.value, c.markup), { merge: true });
    updateRanges();
  });
  return f;
}
function attrField(node, name, options) {
  const a = node.attrs[name];
  let f;
  if (options) {
    f = el("select");
    f.append(...options.map((o) => new Option(o || "—", o)));
    f.value = a ? a.value : "";
  } else f = el("input", { value: a ? a.value : "" });
  f.dataset.from = a ? a.vstart : node.start; f.dataset.to = a ? a.vend : node.end; f.dataset.path = node.path.join(".");
  f.dataset.attr = name;
  const path = node.path;
  f.addEventListener(options ? "change" : "input", () => {
    const n = nodeAt(path);
    if (!n) return;
    change(f.value === "" && options ? X.removeAttr(S.text, n, name) : X.setAttr(S.text, n, name, f.value), { merge: !options });
    updateRanges();
  });
  return f;
}
// After a keystroke the ranges of later fields move; they are read again from a fresh scan.
function updateRanges() {
  const r = rescan();
  if (!r) return;
  document.querySelectorAll("#form-pane [data-path]").forEach((f) => {
    const n = X.at(r, f.dataset.path ? f.dataset.path.split(".").map(Number) : []);
    if (!n) return;
    if (f.dataset.run !== undefined) {
      const run = runsOf(n)[+f.dataset.run];
      if (run) { f.dataset.from = run.from; f.dataset.to = run.to; }
      return;
    }
    const a = f.dataset.attr && n.attrs[f.dataset.attr];
    f.dataset.from = a ? a.vstart : n.start; f.dataset.to = a ? a.vend : n.end;
  });
}
const row = (label, field) => el("label", { className: "field" }, el("span", { className: "label", textContent: label }), field);
function btn(label, title, fn) {
  const b = el("button", { textContent: label, title: title || label, type: "button" });
  b.addEventListener("click", fn);
  return b;
}
function structural(fn) { const r = rescan(); if (!r) return; const out = fn(r); if (out !== null && out !== undefined) change(out, { rebuild: true }); }

// ---- lists, and the lists nested in their items ----
// A list item (<butir>, <diktum>, a Pasal's <ayat>) holds blocks: text, and nested <daftar>
// (also <paragraf>, and in a Pasal its <ayat>). An item of text only is one field; an item with
// blocks is shown as its parts: each stretch of text (before, between, after the blocks) a field
// of its own that replaces exactly that stretch, each nested list a list editor of its own.
const INLINE = new Set(["miring", "tebal", "garis-bawah", "tetap", "baris-baru"]);
const isBlock = (n) => !INLINE.has(n.name);
// The stretches of text around the blocks: stretch k lies before block k (the last after all).
function runsOf(node) {
  const out = [];
  let from = node.openEnd, kids = [];
  for (const c of node.children) {
    if (isBlock(c)) { out.push({ from, to: c.start, kids }); from = c.end; kids = []; } else kids.push(c);
  }
  out.push({ from, to: node.empty ? node.openEnd : node.closeStart, kids });
  return out;
}
function runField(node, k) {
  const run = runsOf(node)[k];
  const c = X.rangeContent(S.text, run.from, run.to, run.kids, true);
  const f = el("textarea", { value: c.value, className: "run" });
  f.rows = Math.min(6, Math.max(1, Math.ceil(c.value.length / 70)));
  if (c.markup) { f.classList.add("raw"); f.title = t("markup"); }
  f.dataset.from = run.from; f.dataset.to = run.to; f.dataset.path = node.path.join("."); f.dataset.run = String(k);
  const path = node.path;
  f.addEventListener("input", () => {
    const n = nodeAt(path);
    const r = n && runsOf(n)[k];
    if (!r) return;
    change(X.setRange(S.text, r.from, r.to, f.value, c.markup), { merge: true });
    updateRanges();
  });
  return f;
}
// A part the form does not edit: its source, read-only; a click shows it in the source tab.
function readOnly(node) {
  const src = S.text.slice(node.start, node.end);
  const box = el("div", { className: "readonly", title: t("readOnly"), tabIndex: 0 },
    el("span", { className: "note", textContent: "<" + node.name + "> — " + t("readOnly") }),
    el("pre", { textContent: src.length > 600 ? src.slice(0, 600) + " …" : src }));
  box.dataset.from = node.start; box.dataset.to = node.end;
  box.addEventListener("click", () => { const lc = X.lineCol(S.text, node.start); jumpTo({ line: lc.line, column: lc.column }, true); });
  return box;
}
// An item's content: one field, or its text stretches and nested lists (`other` shows the other
// blocks, such as a Pasal's ayat; anything else is shown read-only and left as it is).
function blocksEditor(node, other) {
  const blocks = node.children.filter(isBlock);
  if (!blocks.length) return textField(node, true);
  const box = el("div", { className: "blocks" });
  runsOf(node).forEach((run, k) => {
    // the text before the first block always (a lead-in such as "mempunyai tugas:"), the others when not blank
    if (k === 0 || S.text.slice(run.from, run.to).trim()) box.append(runField(node, k));
    const b = blocks[k];
    if (!b) return;
    if (b.name === "daftar") box.append(subListEditor(b));
    else if (b.name === "paragraf") box.append(textField(b, true));
    else box.append((other && other(b)) || readOnly(b));
  });
  return box;
}
const LIST_KINDS = ["angka", "huruf", "titik", "strip", "tanpa"];
function letters(k) { let s = ""; k += 1; while (k > 0) { k--; s = String.fromCharCode(97 + (k % 26)) + s; k = Math.floor(k / 26); } return s; }
function marker(kind, k) {
  if (kind === "huruf") return letters(k) + ".";
  if (kind === "titik") return "•";
  if (kind === "strip") return "-";
  if (kind === "tanpa") return "";
  if (kind === "ayat") return "(" + (k + 1) + ")";
  return String(k + 1) + ".";
}
// One item of a list: its marker, its content, and its tools.
function itemRow(it, k, kind, itemName, opts) {
  const ip = it.path;
  const sibs = (n) => X.children(n.parent, itemName);
  const mark = el("span", { className: "mark", textContent: it.attrs.label ? it.attrs.label.value
    : kind === "ayat" && it.attrs.nomor ? "(" + it.attrs.nomor.value + ")" : marker(kind, k) });
  const tools = el("span", { className: "item-tools" },
    btn("↑", t("up"), () => structural((r) => { const n = X.at(r, ip); const sib = sibs(n); const i = sib.indexOf(n); return i > 0 ? X.swap(S.text, sib[i - 1], n) : null; })),
    btn("↓", t("down"), () => structural((r) => { const n = X.at(r, ip); const sib = sibs(n); const i = sib.indexOf(n); return i + 1 < sib.length ? X.swap(S.text, n, sib[i + 1]) : null; })),
    btn("✕", t("remove"), () => structural((r) => {
      const n = X.at(r, ip);
      // the last item of a nested list takes the list with it (an empty <daftar> is an error)
      if (n.parent.name === "daftar" && sibs(n).length === 1) return X.removeNode(S.text, n.parent);
      return X.removeNode(S.text, n);
    })));
  tools.lastChild.classList.add("remove");
  if (opts.nest) {
    // a lettered list's items take numbered sub-lists, the others lettered ones
    const sub = kind === "huruf" ? "angka" : "huruf";
    const b = btn("⤷", t("addSubList"), () => structural((r) =>
      X.appendBlock(S.text, X.at(r, ip), '<daftar jenis="' + sub + '">\n  <butir>…</butir>\n</daftar>')));
    b.classList.add("add-sublist");
    tools.append(b);
  }
  return el("div", { className: "item" }, mark, el("div", { className: "content" }, blocksEditor(it, opts.other)), tools);
}
// A nested <daftar>: its numbering, its items (added, removed, moved, given sub-lists of their own).
function subListEditor(d) {
  const kind = d.attrs.jenis ? d.attrs.jenis.value : "angka";
  const dp = d.path;
  const sel = el("select", { className: "jenis", title: t("subList") });
  sel.append(...LIST_KINDS.map((k) => new Option(t(k), k)));
  if (!LIST_KINDS.includes(kind)) sel.append(new Option(kind, kind));
  sel.value = kind;
  sel.dataset.from = d.start; sel.dataset.to = d.openEnd;
  sel.addEventListener("change", () => structural((r) => X.setAttr(S.text, X.at(r, dp), "jenis", sel.value)));
  const rm = btn("✕ " + t("removeList"), t("removeList"), () => structural((r) => X.removeNode(S.text, X.at(r, dp))));
  rm.classList.add("remove-list");
  const box = el("div", { className: "sublist" }, el("div", { className: "sublist-head" }, el("span", { className: "label", textContent: t("subList") }), sel, rm));
  X.children(d, "butir").forEach((it, k) => box.append(itemRow(it, k, kind, "butir", { nest: true })));
  const add = btn(t("addItem"), t("addItem"), () => structural((r) => {
    const n = X.at(r, dp);
    return X.insertChild(S.text, n, "<butir>…</butir>", X.children(n, "butir").pop());
  }));
  add.classList.add("add-item");
  box.append(add);
  return box;
}
// A list of <butir> (or <diktum>): add, remove, move up and down; items may hold nested lists.
function listEditor(title, parent, itemName, starter, cls, kind, nest) {
  const fs = el("fieldset", { className: cls || "" }, el("legend", { textContent: title }));
  const items = X.children(parent, itemName);
  const path = parent.path;
  items.forEach((it, k) => fs.append(itemRow(it, k, kind || "angka", itemName, { nest: nest !== false })));
  fs.append(btn(t("add"), t("add"), () => structural((r) => {
    const p = X.at(r, path);
    const last = X.children(p, itemName).pop();
    return X.insertChild(S.text, p, "<" + itemName + ">" + starter + "</" + itemName + ">", last);
  })));
  return fs;
}

function monthToggles(sub) {
  const months = X.parseMonths(sub.attrs.bulan ? sub.attrs.bulan.value : "");
  const box = el("div", { className: "months" });
  const path = sub.path;
  for (let m = 1; m <= 12; m++) {
    const b = btn(String(m), t("month") + " " + m, () => {
      const n = nodeAt(path);
      const set = X.parseMonths(n.attrs.bulan ? n.attrs.bulan.value : "");
      if (set.has(m)) set.delete(m); else set.add(m);
      b.classList.toggle("on", set.has(m));
      change(X.setAttr(S.text, n, "bulan", X.formatMonths(set)));
      updateRanges();
    });
    b.classList.toggle("on", months.has(m));
    b.dataset.month = String(m);
    box.append(b);
  }
  return box;
}

function workPlanEditor(rk) {
  const fs = el("fieldset", { className: "workplan" }, el("legend", { textContent: "Rencana kerja" }));
  for (const bag of X.children(rk, "bagian")) {
    const judul = X.child(bag, "judul");
    const grid = el("table", { className: "grid" });
    if (judul) grid.append(el("tr", { className: "section" }, el("td", { colSpan: 5 }, textField(judul))));
    for (const keg of X.children(bag, "kegiatan")) {
      const nama = X.child(keg, "nama");
      const subs = X.children(keg, "subkegiatan");
      subs.forEach((sub, i) => {
        const tr = el("tr", { className: "sub" });
        if (i === 0) tr.append(el("td", { rowSpan: subs.length }, nama ? textField(nama, true) : null));
        const ur = X.child(sub, "uraian"), ind = X.child(sub, "indikator");
        const sp = sub.path, kp = keg.path;
        tr.append(el("td", {}, ur ? textField(ur, true) : null), el("td", {}, ind ? textField(ind, true) : null), el("td", {}, monthToggles(sub)),
          el("td", { className: "row-tools" },
            btn("+", t("addRow"), () => structural((r) => X.insertChild(S.text, X.at(r, kp),
              "<subkegiatan bulan=\"1\"><uraian>…</uraian><indikator>…</indikator></subkegiatan>", X.at(r, sp)))),
            btn("✕", t("remove"), () => structural((r) => X.removeNode(S.text, X.at(r, sp))))));
        grid.append(tr);
      });
    }
    const bp = bag.path;
    fs.append(grid, btn(t("addKegiatan"), t("addKegiatan"), () => structural((r) => X.insertChild(S.text, X.at(r, bp),
      "<kegiatan><nama>…</nama><subkegiatan bulan=\"1\"><uraian>…</uraian><indikator>…</indikator></subkegiatan></kegiatan>"))));
  }
  const rp = rk.path;
  fs.append(btn(t("addSection"), t("addSection"), () => structural((r) => X.insertChild(S.text, X.at(r, rp),
    "<bagian><judul>…</judul><kegiatan><nama>…</nama><subkegiatan bulan=\"1\"><uraian>…</uraian><indikator>…</indikator></subkegiatan></kegiatan></bagian>"))));
  return fs;
}

// A refused table edit says why in the status line (and the button's tooltip said so before).
function refuse(reason) { setStatus("refused", "— " + t(reason)); }
function tableEditor(tabel) {
  const fs = el("fieldset", { className: "table" }, el("legend", { textContent: "Tabel" }));
  const cols = X.children(tabel, "kolom").length || 1;
  const grid = el("table", { className: "grid" });
  const tp = tabel.path;
  // the grid as the reader resolves it: spans from earlier rows counted, so each cell's
  // neighbours are the ones that line up with it on the page
  const g = X.tableGrid(tabel);
  const tool = (label, title, cls, why, fn) => {
    const b = btn(label, why ? t("refused") + ": " + t(why) : title, () => { if (why) refuse(why); else fn(); });
    b.className = cls;
    if (why) { b.disabled = true; b.dataset.refused = why; }
    return b;
  };
  const cellEdit = (op, cp, dir) => structural((x) => {
    const out = op === "split" ? X.splitCell(S.text, tp, cp) : op === "row" ? X.removeRow(S.text, tp, cp) : X.mergeCells(S.text, tp, cp, dir);
    if (out.reason) { refuse(out.reason); return null; }
    return out.text;
  });
  g.rows.forEach((row, r) => {
    const rn = row.node, rp = rn.path;
    const tr = el("tr", { className: row.group ? "section" : "" });
    tr.dataset.row = String(r);
    if (row.group) tr.append(el("td", { colSpan: cols }, textField(rn)));
    else for (const cell of row.cells) {
      const sel = cell.node, cp = sel.path;
      const td = el("td", { colSpan: cell.cs, rowSpan: cell.rs }, textField(sel));
      td.dataset.col = String(cell.col);
      const tools = el("span", { className: "cell-tools" },
        tool("⇥", t("merge"), "merge", X.mergeRefusal(g, cell, "right"), () => cellEdit("merge", cp, "right")),
        tool("⤓", t("mergeDown"), "merge-down", X.mergeRefusal(g, cell, "down"), () => cellEdit("merge", cp, "down")));
      if (cell.cs > 1 || cell.rs > 1) tools.append(tool("✂", t("split"), "split", g.errors.length ? "tableErrors" : null, () => cellEdit("split", cp)));
      td.append(tools);
      tr.append(td);
    }
    if (row.part === "isi") {
      // a row that merged cells from above run through takes one row off their spans; one a
      // merged cell starts in and runs down from is split first
      const why = X.rowRemovalRefusal(g, r);
      tr.append(el("td", { className: "row-tools" }, tool("✕", t("remove"), "remove-row", why, () => cellEdit("row", r))));
    }
    grid.append(tr);
  });
  const emptyRow = "<baris>" + "<sel></sel>".repeat(cols) + "</baris>";
  // every row of the header and the body, by path (edits inside one row leave the others' paths)
  const rowPaths = (tb) => [X.child(tb, "kepala"), X.child(tb, "isi")].filter(Boolean).flatMap((p) => X.children(p, "baris")).map((b) => b.path);
  const columnEdit = (add) => structural((r) => {
    let text = S.text;
    const tb = X.at(r, tp);
    if (add) for (const p of rowPaths(tb)) {
      const b = X.at(X.scan(text), p);
      const cells = X.children(b, "sel");
      text = X.insertChild(text, b, "<sel></sel>", cells[cells.length - 1]);
    } else {
      // the cell in the last column narrows when it spans, goes when it does not; a row whose
      // last slot a cell from a row above covers has nothing of its own to remove
      const g0 = X.tableGrid(tb);
      if (g0.cols < 2) return null;
      if (g0.errors.length) { refuse("tableErrors"); return null; }
      for (let r = g0.rows.length - 1; r >= 0; r--) {
        const c = g0.slots[r][g0.cols - 1];
        if (!c || c.group || c.row !== r) continue;
        const n = X.at(X.scan(text), c.node.path);
        if (c.cs > 2) text = X.setAttr(text, n, "gabung-kolom", String(c.cs - 1));
        else if (c.cs === 2) text = X.removeAttr(text, n, "gabung-kolom");
        else text = X.removeNode(text, n);
      }
    }
    // the column declaration last: it moves the parts after it
    const t2 = X.at(X.scan(text), tp);
    const kolom = X.children(t2, "kolom");
    if (add) text = X.insertChild(text, t2, "<kolom/>", kolom[kolom.length - 1]);
    else if (kolom.length > 1) text = X.removeNode(text, kolom[kolom.length - 1]);
    return text;
  });
  fs.append(grid,
    btn(t("addRow"), t("addRow"), () => structural((r) => {
      const tb = X.at(r, tp);
      const body = X.child(tb, "isi");
      return body ? X.insertChild(S.text, body, emptyRow) : X.insertChild(S.text, tb, "<isi>" + emptyRow + "</isi>");
    })),
    btn(t("addSection"), t("addSection"), () => structural((r) => {
      const tb = X.at(r, tp);
      const body = X.child(tb, "isi");
      return body ? X.insertChild(S.text, body, "<grup>…</grup>") : null;
    })),
    btn(t("addColumn"), t("addColumn"), () => columnEdit(true)),
    btn(t("removeColumn"), t("removeColumn"), () => columnEdit(false)));
  return fs;
}

// A Peraturan's body: BAB, Bagian and Paragraf with their titles, each Pasal's text, nested lists
// and ayat (added, removed, moved); change instructions (<ubah>) and anything else shown
// read-only and left as written.
function roman(n) {
  const digits = [[1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"], [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"]];
  let out = "";
  for (const [v, d] of digits) while (n >= v) { out += d; n -= v; }
  return out;
}

function regulationBody(mem) {
  const fs = el("fieldset", { className: "body" }, el("legend", { textContent: t("body") }));
  let pasalNo = 0;
  const division = { bab: "bab", bagian: "Bagian", "paragraf-bagian": "Paragraf" };
  // An amendment (a Pasal of the body holds a change instruction) counts its Pasal I, II, … as
  // the PDF does (model.cpp, number_body); the Pasal quoted inside <ubah> are not counted.
  const hasChange = (x) => x.children.some((c) => c.name === "ubah" || ((c.name === "pasal" || division[c.name]) && hasChange(c)));
  const amendment = hasChange(mem);
  const pasal = (p) => {
    const given = p.attrs.nomor ? p.attrs.nomor.value : null;
    if (given && /^\d+$/.test(given)) pasalNo = +given;
    else if (!given || amendment) ++pasalNo;
    const n = given || (amendment ? roman(pasalNo) : String(pasalNo));
    const pp = p.path;
    const ayat = X.children(p, "ayat");
    let k = 0;
    const other = (b) => {
      if (b.name !== "ayat") return null;
      return itemRow(b, k++, "ayat", "ayat", { nest: true });
    };
    const head = el("div", { className: "pasal-head" }, el("strong", { textContent: t("pasal") + " " + n }),
      btn(t("addAyat"), t("addAyat"), () => structural((r) => {
        const x = X.at(r, pp);
        const last = X.children(x, "ayat").pop();
        if (last) return X.insertChild(S.text, x, "<ayat>…</ayat>", last);
        // the first ayat: the Pasal's text becomes ayat (1), the new one (2)
        const inner = x.empty ? "" : S.text.slice(x.openEnd, x.closeStart).trim();
        if (!inner || x.children.some((c) => c.name === "ubah")) return X.appendBlock(S.text, x, "<ayat>…</ayat>");
        const emptied = X.setContent(S.text, x, "", true);
        return X.appendBlock(emptied, X.at(X.scan(emptied), pp), "<ayat>" + inner + "</ayat>\n<ayat>…</ayat>");
      })),
      btn("⤷", t("addSubList"), () => structural((r) => X.appendBlock(S.text, X.at(r, pp), '<daftar jenis="huruf">\n  <butir>…</butir>\n</daftar>'))),
      btn("✕", t("remove"), () => structural((r) => X.removeNode(S.text, X.at(r, pp)))));
    head.lastChild.classList.add("remove");
    head.lastChild.previousSibling.classList.add("add-sublist");
    const box = el("div", { className: "pasal" }, head, blocksEditor(p, other));
    box.dataset.ayat = String(ayat.length);
    return box;
  };
  const walk = (parent, into) => {
    for (const c of parent.children) {
      if (c.name === "pasal") into.append(pasal(c));
      else if (division[c.name]) {
        const d = el("div", { className: "division " + c.name });
        d.append(row(t(division[c.name] === "bab" ? "bab" : c.name === "bagian" ? "bagianDiv" : "paragrafDiv") + " — " + t("judulBab"), attrField(c, "judul")));
        walk(c, d);
        const cp = c.path;
        d.append(btn(t("addPasal"), t("addPasal"), () => structural((r) => {
          const x = X.at(r, cp);
          return X.insertChild(S.text, x, "<pasal>…</pasal>", x.children[x.children.length - 1]);
        })));
        into.append(d);
      } else if (c.name === "menetapkan") into.append(row("Menetapkan", textField(c)));
      else into.append(readOnly(c));
    }
  };
  walk(mem, fs);
  const mp = mem.path;
  fs.append(btn(t("addPasal"), t("addPasal"), () => structural((r) => {
    const x = X.at(r, mp);
    return X.insertChild(S.text, x, "<pasal>…</pasal>", x.children[x.children.length - 1]);
  })));
  return fs;
}

function renderForm() {
  const pane = $("form-pane");
  if (!S.name) return;
  let r;
  try { r = X.scan(S.text); } catch (e) {
    const at = X.lineCol(S.text, e.offset || 0);
    pane.replaceChildren(el("p", { className: "empty", textContent: t("sourceBroken") + " " + t("line") + " " + at.line + ": " + e.message }));
    return;
  }
  const root = X.children(r).find((c) => c.name === "keputusan" || c.name === "peraturan");
  if (!root) { pane.replaceChildren(el("p", { className: "empty", textContent: t("sourceBroken") })); return; }
  const regulation = root.name === "peraturan";
  const out = [];
  const doc = el("fieldset", {}, el("legend", { textContent: t(regulation ? "peraturan" : "decree") }));
  doc.append(row(t("style"), attrField(root, "gaya", [""].concat(S.styles))), row(t("variant"), attrField(root, "varian", ["", "asli", "salinan", "tte"])));
  out.push(doc);
  const kepala = X.child(root, "kepala");
  if (kepala) {
    const fs = el("fieldset", { className: "kepala" }, el("legend", { textContent: t("head") }));
    const kop = X.child(kepala, "kop");
    if (kop) X.children(kop, "baris").forEach((b) => fs.append(row(t("kop"), textField(b))));
    for (const name of ["jenis", "penerbit", "sebutan", "nomor", "tentang", "pejabat", "verifikasi"]) {
      const n = X.child(kepala, name);
      if (n) fs.append(row(t(name), textField(n, name === "tentang")));
    }
    const pen = X.child(kepala, "penetapan");
    if (pen) fs.append(row(t("tempat"), attrField(pen, "tempat")), row(t("tanggal"), attrField(pen, "tanggal")));
    const sig = X.child(kepala, "penandatangan");
    if (sig) fs.append(row(t("nama"), attrField(sig, "nama")), row(t("kuasa"), attrField(sig, "kuasa", ["", "a.n.", "Plt.", "Plh."])),
      row(t("jabatan"), attrField(sig, "jabatan")));
    const ps = X.child(kepala, "pengesahan-salinan");
    if (ps) for (const a of ["kantor", "jabatan", "nama", "nip"]) fs.append(row(t("salinan") + ": " + (t(a + "Salinan") || a), attrField(ps, a)));
    // a Peraturan's agreement and promulgation: the attributes a drafter fills in; the rest
    // (noreg, tambahan, perintah …) stays in the source as written
    const pers = X.child(kepala, "persetujuan");
    if (pers) for (const a of ["dprd", "kepala-daerah"]) fs.append(row(t("persetujuan") + ": " + a, attrField(pers, a)));
    const pg = X.child(kepala, "pengundangan");
    if (pg) {
      for (const a of ["tempat", "tanggal", "berita", "nomor"]) fs.append(row(t("pengundangan") + ": " + a, attrField(pg, a)));
      const pj = X.child(pg, "pejabat"), pt = X.child(pg, "penandatangan");
      if (pj) fs.append(row(t("pengundangan") + ": " + t("pejabat"), textField(pj)));
      if (pt) fs.append(row(t("pengundangan") + ": " + t("nama"), attrField(pt, "nama")));
    }
    out.push(fs);
    const tem = X.child(kepala, "tembusan");
    if (tem) out.push(listEditor(t("tembusan"), tem, "butir", "…", "tembusan", "angka", false));
  }
  const opening = X.child(root, "pembukaan");
  if (opening) out.push(el("fieldset", { className: "pembukaan" }, el("legend", { textContent: t("pembukaan") }), textField(opening, true)));
  for (const part of ["menimbang", "mengingat", "memperhatikan"]) {
    const n = X.child(root, part);
    if (n) out.push(listEditor(t(part), n, "butir", part === "menimbang" ? "bahwa …;" : "…;", part, part === "menimbang" ? "huruf" : "angka"));
  }
  const mem = X.child(root, "memutuskan");
  if (mem && regulation) out.push(regulationBody(mem));
  else if (mem) {
    const kep = X.child(mem, "kepada");
    if (kep) out.push(listEditor(t("kepada"), kep, "butir", "…;", "kepada", "angka"));
    out.push(listEditor(t("diktum"), mem, "diktum", "…", "diktum"));
  }
  const pjl = X.child(root, "penjelasan");
  if (pjl) out.push(el("fieldset", { className: "penjelasan" }, el("legend", { textContent: "Penjelasan" }), readOnly(pjl)));
  X.children(root, "lampiran").forEach((lam, k) => {
    const fs = el("fieldset", { className: "lampiran" }, el("legend", { textContent: t("lampiran") + " " + (k + 1) }));
    const j = X.child(lam, "judul");
    if (j) fs.append(row(t("title"), textField(j)));
    for (const c of lam.children) {
      if (c.name === "rencana-kerja") fs.append(workPlanEditor(c));
      else if (c.name === "tabel") fs.append(tableEditor(c));
      else if (c.name === "paragraf") fs.append(textField(c, true));
      else if (c.name === "daftar") fs.append(subListEditor(c));
      else if (c.name !== "judul") fs.append(readOnly(c));
    }
    out.push(fs);
  });
  const ae = document.activeElement && document.activeElement.dataset ? document.activeElement.dataset : {};
  const focused = ae.path !== undefined ? '[data-path="' + ae.path + '"]' + (ae.run !== undefined ? '[data-run="' + ae.run + '"]' : ae.attr ? '[data-attr="' + ae.attr + '"]' : "") : null;
  pane.replaceChildren(...out);
  if (focused) { const f = pane.querySelector(focused); if (f) f.focus(); }
}

function showTab(which) {
  $("form-pane").hidden = which !== "form";
  $("source-pane").hidden = which !== "source";
  $("tab-form").classList.toggle("on", which === "form");
  $("tab-source").classList.toggle("on", which === "source");
  if (which === "form") renderForm();
}

function download(format) {
  if (!S.name) return;
  const go = () => {
    const v = $("variant").value;
    location.href = "/api/download?name=" + encodeURIComponent(S.name) + "&format=" + format + (v ? "&variant=" + v : "") + "&lang=" + S.lang;
  };
  if (S.dirty) save().then(go); else go();
}

document.addEventListener("DOMContentLoaded", async () => {
  $("open").addEventListener("click", () => { const n = $("file-list").value; if (n) openFile(n); });
  $("create").addEventListener("click", createFile);
  $("undo").addEventListener("click", undo);
  $("redo").addEventListener("click", redo);
  $("save").addEventListener("click", () => save());
  $("print").addEventListener("click", () => window.print());
  $("lang").addEventListener("click", () => { S.lang = S.lang === "id" ? "en" : "id"; localStorage.setItem("naskah-lang", S.lang); applyLang(); });
  $("variant").addEventListener("change", preview);
  $("dl-pdf").addEventListener("click", () => download("pdf"));
  $("dl-docx").addEventListener("click", () => download("docx"));
  $("keep-mine").addEventListener("click", keepMine);
  $("take-theirs").addEventListener("click", takeTheirs);
  $("tab-form").addEventListener("click", () => showTab("form"));
  $("tab-source").addEventListener("click", () => showTab("source"));
  $("source").addEventListener("input", () => change($("source").value, { merge: true, fromSource: true }));
  document.addEventListener("keydown", (e) => {
    if (!(e.ctrlKey || e.metaKey)) return;
    const k = e.key.toLowerCase();
    if (k === "s") { e.preventDefault(); save(); }
    else if ((k === "z" && e.shiftKey) || k === "y") { e.preventDefault(); redo(); }
    else if (k === "z") { e.preventDefault(); undo(); }
  });
  // a tab being closed with unsaved work asks first
  window.addEventListener("beforeunload", (e) => { if (S.dirty) { e.preventDefault(); e.returnValue = ""; } });
  const want = new URLSearchParams(location.search).get("file");
  await refreshList(want);
  applyLang();
  if (want) openFile(want);
});
