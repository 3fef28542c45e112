// Browser test of `naskah serve`: Debian's chromium driven by puppeteer-core (no browser
// download). Usage: node serve_test.mjs NASKAH_BIN [SCREENSHOT_DIR]
// Prints one line per check, the 95th-percentile keystroke-to-preview time, and "N passed, M failed".
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import puppeteer from "puppeteer-core";

const bin = path.resolve(process.argv[2]);
const shots = process.argv[3] ? path.resolve(process.argv[3]) : null;
const chromium = process.env.CHROMIUM || "/usr/bin/chromium";
let passed = 0, failed = 0, step = "start";
function check(ok, what, detail) {
  if (ok) { passed++; console.log("ok   " + what); } else { failed++; console.log("FAIL " + what + (detail ? ": " + detail : "")); }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "naskah-serve-"));
fs.writeFileSync(path.join(os.tmpdir(), "naskah-serve-outside.xml"), "<keputusan/>");
fs.symlinkSync(path.join(os.tmpdir(), "naskah-serve-outside.xml"), path.join(dir, "tautan.xml"));
// a decree saved by an old editor in Windows-1252: «Café» with the byte E9
const latin1 = Buffer.concat([Buffer.from("<keputusan>\n  <kop><baris>Caf"), Buffer.from([0xe9]), Buffer.from("</baris></kop>\n</keputusan>\n")]);
fs.writeFileSync(path.join(dir, "lama1252.xml"), latin1);
const server = spawn(bin, ["serve", dir, "--port", "0"], { stdio: ["ignore", "pipe", "inherit"] });
const url = await new Promise((resolve, reject) => {
  let out = "";
  server.stdout.on("data", (d) => { out += d; const m = /(http:\/\/\S+)/.exec(out); if (m) resolve(m[1]); });
  server.on("exit", (c) => reject(new Error("naskah serve exited with " + c)));
  setTimeout(() => reject(new Error("naskah serve printed no address")), 20000);
});
const base = new URL(url);
const origin = base.origin;
const token = base.searchParams.get("t");
const withToken = { headers: { "X-Naskah-Token": token } };
let browser;
try {
  // ---- security, without the browser ----
  check(base.hostname === "127.0.0.1" && /^[0-9a-f]{32}$/.test(token), "listens on 127.0.0.1 and prints a random token", url);
  let r = await fetch(origin + "/api/files");
  check(r.status === 403, "a request without the token is refused", String(r.status));
  r = await fetch(origin + "/api/files", { headers: { "X-Naskah-Token": "0".repeat(32) } });
  check(r.status === 403, "a wrong token is refused", String(r.status));
  r = await fetch(origin + "/?t=" + token.slice(1));
  check(r.status === 403, "the editor page needs the token too", String(r.status));
  r = await fetch(origin + "/api/file?name=" + encodeURIComponent("../naskah-serve-outside.xml"), withToken);
  check(r.status === 403, "a ../ path is refused", String(r.status));
  r = await fetch(origin + "/api/file?name=" + encodeURIComponent("/etc/passwd"), withToken);
  check(r.status === 403, "an absolute path is refused", String(r.status));
  r = await fetch(origin + "/api/file?name=tautan.xml", withToken);
  check(r.status === 403, "a symlink out of the folder is refused", String(r.status));
  // a file that is not UTF-8 is neither opened (its letters would come back as U+FFFD) nor
  // overwritten: its bytes stay as they were
  r = await fetch(origin + "/api/file?name=lama1252.xml", withToken);
  const notUtf8 = await r.json().catch(() => ({}));
  check(r.status === 422 && /line 2, column 18/.test(notUtf8.error || ""), "a file that is not UTF-8 is not opened, and the place is named", JSON.stringify(notUtf8));
  r = await fetch(origin + "/api/file?name=lama1252.xml", { method: "PUT", body: "<keputusan/>", headers: { "X-Naskah-Token": token, "If-Match": "*" } });
  check(r.status === 422 && fs.readFileSync(path.join(dir, "lama1252.xml")).equals(latin1), "nor saved over", String(r.status));
  r = await fetch(origin + "/api/preview?name=besar.xml", { method: "POST", body: "x".repeat(5 << 20), ...withToken });
  check(r.status === 413, "a body over the limit is refused", String(r.status));
  r = await fetch(origin + "/?t=" + token);
  const csp = r.headers.get("content-security-policy") || "";
  check(r.status === 200 && /script-src 'self'/.test(csp) && !/unsafe-inline/.test(csp), "the page has a CSP without inline scripts", csp);
  const html = await r.text();
  check(!/<script>|<script [^>]*>[^<]/.test(html) && !/ on[a-z]+=/.test(html), "the page has no inline script or handler");

  // ---- the editor ----
  browser = await puppeteer.launch({ executablePath: chromium, headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run"] });
  const page = await browser.newPage();
  page.setDefaultTimeout(60000);  // a loaded 2-core CI machine: waits are for the page, not a speed bound
  await page.setViewport({ width: 1500, height: 950 });
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  page.on("console", (m) => { if (m.type() === "error") pageErrors.push(m.text()); });
  await page.goto(url, { waitUntil: "networkidle0", timeout: 120000 });
  await page.type("#new-name", "uji.xml");
  await page.click("#create");
  await page.waitForSelector("#pages svg.page", { timeout: 60000 });
  check(fs.existsSync(path.join(dir, "uji.xml")), "a decree is created from a starter");
  const words = () => page.$$eval("#pages text", (ts) => ts.map((x) => x.textContent).join(" "));
  const waitSettled = () => page.waitForFunction(() => {
    const S = window.naskahEditor;
    return !S.inflight && S.keystrokes.length === 0 && document.getElementById("pages").dataset.seq === String(S.seq);
  }, { timeout: 60000 });
  const before = await words();
  check(/Menimbang/.test(before), "the preview shows the laid-out decree");

  // add a Menimbang item and type into it, key by key
  await page.click("fieldset.menimbang > button");
  await page.waitForFunction(() => document.querySelectorAll("fieldset.menimbang .item").length === 3);
  const field = (await page.$$("fieldset.menimbang .item textarea"))[2];
  await field.click({ clickCount: 3 });
  await page.keyboard.press("Backspace");
  await page.keyboard.type("bahwa percobaan penambahan butir melalui editor;", { delay: 25 });
  await waitSettled();
  const after = await words();
  check(/percobaan/.test(after) && !/percobaan/.test(before), "a new Menimbang item appears in the preview");
  const src = await page.$eval("#source", (s) => s.value);
  check(/<butir>bahwa percobaan penambahan butir melalui editor;<\/butir>/.test(src) && /<!-- kop: the institution heading/.test(src),
    "the form edit rewrote only its element; comments stay");

  // a misspelt place of enactment: the finding, then its one-click fix
  const setField = async (selector, value) => {
    const h = await page.$(selector);
    await h.click({ clickCount: 3 });
    await page.keyboard.press("Backspace");
    await page.keyboard.type(value, { delay: 10 });
  };
  const penerbit = await page.$$eval("fieldset.kepala input, fieldset.kepala textarea", (fs) => fs.findIndex((f) => /Komisi Pemilihan Umum Kabupaten …/.test(f.value)));
  await page.evaluate((i) => document.querySelectorAll("fieldset.kepala input, fieldset.kepala textarea")[i].setAttribute("id", "f-penerbit"), penerbit);
  await setField("#f-penerbit", "Komisi Pemilihan Umum Kabupaten Malang");
  await setField('fieldset.kepala input[data-attr="tempat"]', "Kepanjenn");
  await waitSettled();
  const finding = await page.$$eval("#findings li[data-code='TEMPAT-PENETAPAN']", (ls) => ls.map((l) => l.textContent).join("|"));
  check(/Kepanjenn/.test(finding), "the misspelt place is listed as a finding", finding);
  // a click on the finding jumps to its field
  await page.click("#findings li[data-code='TEMPAT-PENETAPAN'] .where");
  const focused = await page.evaluate(() => document.activeElement && document.activeElement.dataset.attr);
  check(focused === "tempat", "a click on the finding focuses its field", String(focused));
  if (shots) await page.screenshot({ path: path.join(shots, "serve-editor.png") });
  const fix = await page.$("#findings li[data-code='TEMPAT-PENETAPAN'] button.fix");
  check(!!fix, "the finding offers a one-click fix");
  if (fix) await fix.click();
  await waitSettled();
  const place = await page.$eval('fieldset.kepala input[data-attr="tempat"]', (f) => f.value);
  const left = await page.$$("#findings li[data-code='TEMPAT-PENETAPAN']");
  check(place === "Kepanjen" && left.length === 0, "the fix is applied and the finding goes", place);

  // a title with a forced line break: a new line in the field
  await page.$eval("fieldset.kepala textarea", (x) => x.setAttribute("id", "f-title"));
  await setField("#f-title", "Pembentukan Tim Kerja");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Zona Integritas");
  await waitSettled();
  const titled = await page.$eval("#source", (x) => x.value);
  const titleWords = await words();
  check(/<tentang>Pembentukan Tim Kerja<baris-baru\/>Zona Integritas<\/tentang>/.test(titled) && /INTEGRITAS/.test(titleWords),
    "a new line in the title is a <baris-baru/>");

  // a work-plan row, and one of its month cells toggled
  await page.click("fieldset.workplan tr.sub .row-tools button");
  await page.waitForFunction(() => document.querySelectorAll("fieldset.workplan tr.sub").length === 2);
  await page.click("fieldset.workplan tr.sub:nth-of-type(3) .months button[data-month='5']").catch(async () => {
    const rows = await page.$$("fieldset.workplan tr.sub");
    const b = await rows[1].$(".months button[data-month='5']");
    await b.click();
  });
  await waitSettled();
  const src2 = await page.$eval("#source", (s) => s.value);
  check((src2.match(/<subkegiatan /g) || []).length === 2 && /<subkegiatan bulan="1,5">|<subkegiatan bulan="1-2">[\s\S]*<subkegiatan bulan="1,5">/.test(src2),
    "a table row is added and a month toggled", (src2.match(/<subkegiatan bulan="[^"]*"/g) || []).join(" "));
  const months = await page.$$eval("#pages rect.month", (r) => r.length);
  check(months >= 4, "the preview shades the months", String(months));

  // undo and redo
  await page.click("#undo");
  await waitSettled();
  const undone = await page.$eval("#source", (s) => s.value);
  await page.click("#redo");
  await waitSettled();
  const redone = await page.$eval("#source", (s) => s.value);
  check(undone !== src2 && redone === src2, "undo and redo");

  // save, reload
  await page.click("#save");
  await page.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  const disk = fs.readFileSync(path.join(dir, "uji.xml"), "utf8");
  check(disk === src2 && /Kepanjen"/.test(disk), "saved to disk");
  check(fs.existsSync(path.join(dir, "uji.xml.bak")), "the previous version is kept as a backup");
  await page.goto(origin + "/?file=uji.xml", { waitUntil: "networkidle0", timeout: 120000 });
  await page.waitForSelector("#pages svg.page", { timeout: 60000 });
  const reloaded = await page.$$eval("fieldset.menimbang textarea", (ts) => ts.map((x) => x.value).join("|"));
  check(/percobaan penambahan/.test(reloaded), "reloaded, the edit is still there");

  // the source tab edits the form's file too
  await page.click("#tab-source");
  if (shots) await page.screenshot({ path: path.join(shots, "serve-source.png") });
  await page.click("#tab-form");

  // English switch
  await page.click("#lang");
  const legend = await page.$eval("fieldset.menimbang legend", (l) => l.textContent);
  check(/considering/.test(legend), "the interface switches to English", legend);
  await page.click("#lang");

  // download the PDF and read it back
  r = await fetch(origin + "/api/download?name=uji.xml&format=pdf&variant=asli", withToken);
  const pdfPath = path.join(dir, "uji.pdf");
  fs.writeFileSync(pdfPath, Buffer.from(await r.arrayBuffer()));
  let text = "";
  try { text = execFileSync("pdftotext", ["-layout", pdfPath, "-"]).toString(); } catch (e) { text = ""; }
  check(r.status === 200 && /percobaan penambahan butir melalui\s+editor/.test(text) && /Kepanjen/.test(text),
    "the downloaded PDF holds the edits (pdftotext)", String(r.status));
  r = await fetch(origin + "/api/download?name=uji.xml&format=docx&variant=salinan", withToken);
  const docx = Buffer.from(await r.arrayBuffer());
  check(r.status === 200 && docx.slice(0, 2).toString() === "PK" && /uji\.salinan\.docx/.test(r.headers.get("content-disposition") || ""),
    "a DOCX downloads in another variant");

  // a broken input is still saved, and shown with its errors
  await page.click("#tab-source");
  await page.focus("#source");
  await page.keyboard.press("End");
  await page.evaluate(() => { const s = document.getElementById("source"); s.setSelectionRange(s.value.length, s.value.length); });
  await page.keyboard.type("<rusak>");
  await waitSettled();
  await page.click("#save");
  await page.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  const broken = await page.$$eval("#findings li.error", (ls) => ls.length);
  const stale = await page.$eval("#pages", (p) => p.classList.contains("stale") && p.querySelectorAll("svg.page").length > 0);
  check(stale, "the preview keeps the last pages, greyed, while the input is broken");
  check(fs.readFileSync(path.join(dir, "uji.xml"), "utf8").endsWith("<rusak>") && broken > 0, "a rejected input is saved and shown with its errors");
  await page.click("#undo");  // the typing was one undo step
  await waitSettled();
  check(!(await page.$eval("#source", (x) => x.value)).includes("<rusak>"), "one undo takes the typing back");
  await page.click("#save");
  await page.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  await page.click("#tab-form");

  step = "two tabs";
  // two tabs on one file: the second save meets the first's change and says so
  const page2 = await browser.newPage();
  page2.setDefaultTimeout(60000);  // a loaded 2-core CI machine: waits are for the page, not a speed bound
  step = "second tab opens";
  await page2.setViewport({ width: 1500, height: 950 });
  await page2.goto(origin + "/?file=uji.xml", { waitUntil: "networkidle0", timeout: 120000 });
  await page2.waitForSelector("fieldset.kepala");
  const nomorSel = "fieldset.kepala input[data-path]";
  const editNomor = async (p, value) => {
    const idx = await p.$$eval(nomorSel, (fs) => fs.findIndex((f) => /HK\.03/.test(f.value)));
    const fields = await p.$$(nomorSel);
    await fields[idx].click({ clickCount: 3 });
    await p.keyboard.press("Backspace");
    await p.keyboard.type(value);
  };
  step = "first tab edits";
  await page.bringToFront();
  await editNomor(page, "7/HK.03.1/3507/2024");
  await page.click("#save");
  await page.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  await page2.bringToFront();
  await page2.$eval("fieldset.kepala textarea", (t) => t.setAttribute("id", "f-tentang"));
  const ta = await page2.$("#f-tentang");
  await ta.click({ clickCount: 3 });
  await page2.keyboard.type("Pembentukan Tim Uji Dua Tab");
  step = "second tab saves";
  await page2.click("#save");
  await page2.waitForSelector("#conflict:not([hidden])", { timeout: 10000 });
  const onDisk = fs.readFileSync(path.join(dir, "uji.xml"), "utf8");
  const mine = await page2.$eval("#source", (s) => s.value);
  check(/7\/HK\.03\.1\/3507\/2024/.test(onDisk) && !/Uji Dua Tab/.test(onDisk) && /Uji Dua Tab/.test(mine),
    "two tabs: the second is told of the first's change, and keeps its own");
  if (shots) await page2.screenshot({ path: path.join(shots, "serve-conflict.png") });
  await page2.click("#keep-mine");
  await page2.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  const final = fs.readFileSync(path.join(dir, "uji.xml"), "utf8");
  const bak = fs.readFileSync(path.join(dir, "uji.xml.bak"), "utf8");
  check(/Uji Dua Tab/.test(final) && /7\/HK\.03\.1\/3507\/2024/.test(bak), "keeping mine saves it and keeps theirs as the backup");

  // the keystroke-to-preview time on the reference decree (10 pages): printed, not asserted
  step = "reference decree";
  const here = path.dirname(new URL(import.meta.url).pathname);
  fs.copyFileSync(path.join(here, "../../samples/keputusan-kpu-kab-malang-15-2022.xml"), path.join(dir, "ref.xml"));
  const page3 = await browser.newPage();
  page3.setDefaultTimeout(60000);  // a loaded 2-core CI machine: waits are for the page, not a speed bound
  await page3.setViewport({ width: 1500, height: 950 });
  page3.on("pageerror", (e) => pageErrors.push(String(e)));
  await page3.goto(origin + "/?file=ref.xml", { waitUntil: "networkidle0", timeout: 120000 });
  await page3.waitForSelector("#pages svg.page", { timeout: 60000 });
  const refPages = await page3.$eval("#pages", (p) => p.dataset.pages);
  await page3.evaluate(() => { window.naskahEditor.latencies = []; });
  const item = (await page3.$$("fieldset.menimbang .item textarea"))[0];
  await item.click();
  // the end of the text, not of the visual line the click landed on
  await page3.keyboard.down("Control");
  await page3.keyboard.press("End");
  await page3.keyboard.up("Control");
  await page3.keyboard.type(" dan seterusnya sesuai ketentuan", { delay: 60 });
  await page3.waitForFunction(() => {
    const S = window.naskahEditor;
    return !S.inflight && S.keystrokes.length === 0 && document.getElementById("pages").dataset.seq === String(S.seq);
  }, { timeout: 30000 });
  const refWords = await page3.$$eval("#pages text", (ts) => ts.map((x) => x.textContent).join(" "));
  // (hyphenation may break the word at the end of a line: "sete- rusnya")
  check(refPages === "10" && /seterusnya/.test(refWords.replace(/- /g, "")), "the reference decree previews its 10 pages and follows typing", refPages);
  const refLat = (await page3.evaluate(() => window.naskahEditor.latencies.slice())).sort((a, b) => a - b);
  if (refLat.length) {
    const q = (p) => refLat[Math.min(refLat.length - 1, Math.floor(p * refLat.length))];
    const tm = await page3.evaluate(() => window.naskahEditor.timings.slice(-10));
    console.log("previews (server ms / fetch ms / draw ms): " + tm.map((x) => `${x.server}/${x.fetch.toFixed(0)}/${x.draw.toFixed(0)}`).join(" "));
    console.log(`keystroke to preview, reference decree: ${refLat.length} keystrokes, median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms`);
  }

  // a generic table as a grid: a body row, a column, a merge
  step = "generic table";
  fs.copyFileSync(path.join(here, "../../samples/keputusan-tim-zi-2023.xml"), path.join(dir, "tim.xml"));
  // a fresh tab: the reference tab may still be finishing its previews, so its network would not go idle
  await page3.close();
  const page4 = await browser.newPage();
  page4.setDefaultTimeout(60000);
  await page4.setViewport({ width: 1500, height: 950 });
  page4.on("pageerror", (e) => pageErrors.push(String(e)));
  await page4.goto(origin + "/?file=tim.xml", { waitUntil: "networkidle0", timeout: 120000 });
  await page4.waitForSelector("fieldset.table", { timeout: 60000 });
  const timSrc = () => page4.$eval("#source", (x) => x.value);
  const count = (txt, re) => (txt.match(re) || []).length;
  const src0 = await timSrc();
  const buttons = async () => page4.$$("fieldset.table > button");
  await (await buttons())[0].click();  // + row
  await page4.waitForFunction((n) => (document.getElementById("source").value.match(/<baris>/g) || []).length > n, {}, count(src0, /<baris>/g));
  const src1 = await timSrc();
  check(/<baris><sel><\/sel><sel><\/sel><sel><\/sel><sel><\/sel><\/baris>\n\s*<\/isi>/.test(src1), "a generic table gets a body row of four cells");
  const rowCells = await page4.$$("fieldset.table tr:last-child td textarea, fieldset.table tr:last-child td input");
  await rowCells[1].type("Nama Anggota Baru");
  await (await buttons())[2].click();  // + column
  await page4.waitForFunction((n) => (document.getElementById("source").value.match(/<kolom[ \/>]/g) || []).length > n, {}, count(src1, /<kolom[ \/>]/g));
  const src2t = await timSrc();
  check(count(src2t, /<kolom[ \/>]/g) === 5 && /<baris><sel><\/sel><sel>Nama Anggota Baru<\/sel><sel><\/sel><sel><\/sel><sel><\/sel><\/baris>/.test(src2t),
    "a column is added to the declaration and every row", src2t.slice(src2t.indexOf("<tabel>"), src2t.indexOf("<tabel>") + 400) + " … " + src2t.slice(src2t.indexOf("</isi>") - 300, src2t.indexOf("</isi>")));
  await (await buttons())[3].click();  // − last column
  await page4.waitForFunction(() => (document.getElementById("source").value.match(/<kolom[ \/>]/g) || []).length === 4);
  const lastRow = await page4.$$("fieldset.table tr:last-child td .merge");
  await page4.evaluate((b) => b.click(), lastRow[2]);
  await page4.waitForFunction(() => /<sel gabung-kolom="2"><\/sel><\/baris>\n\s*<\/isi>/.test(document.getElementById("source").value));
  await page4.waitForFunction(() => { const S = window.naskahEditor; return !S.inflight && document.getElementById("pages").dataset.seq === String(S.seq); });
  const tableErrors = await page4.$$eval("#findings li.error", (ls) => ls.map((l) => l.textContent).join("|"));
  const timWords = await page4.$$eval("#pages text", (ts) => ts.map((x) => x.textContent).join(" "));
  check(tableErrors === "" && /Anggota Baru/.test(timWords), "cells merge, and the table still lays out with the new row", tableErrors);

  // row and column spans from the grid: the neighbour is the cell that lines up once the spans of
  // earlier rows are counted, a merge that would overlap is refused, a merged cell splits back
  step = "table spans";
  const settled4 = () => page4.waitForFunction(() => { const S = window.naskahEditor; return !S.inflight && S.keystrokes.length === 0 && document.getElementById("pages").dataset.seq === String(S.seq); });
  const refusedAt = (sel) => page4.$eval(sel, (b) => (b.disabled ? b.dataset.refused : "allowed")).catch(() => "missing");
  // row 3 lies under the 5-row span of row 2's third column: its NAMA cell's right neighbour is
  // that span, not the next <sel> in the source (JABATAN DINAS), so the merge is refused
  check(await refusedAt('fieldset.table tr[data-row="3"] td[data-col="1"] .merge') === "notRectangle" &&
    await refusedAt('fieldset.table tr[data-row="2"] td[data-col="1"] .merge') === "notRectangle" &&
    await refusedAt('fieldset.table tr[data-row="3"] td[data-col="0"] .merge') === "allowed",
  "a merge into a row span from above is refused, the spans counted");
  await (await buttons())[0].click();  // + row: a second new row under the first
  await page4.waitForFunction(() => (document.getElementById("source").value.match(/<baris><sel><\/sel><sel><\/sel><sel><\/sel><sel><\/sel><\/baris>/g) || []).length === 1);
  const lastRows = await page4.$$eval("fieldset.table tr[data-row]", (trs) => trs.slice(-2).map((tr) => tr.dataset.row));
  await page4.$eval(`fieldset.table tr[data-row="${lastRows[0]}"] td[data-col="0"] .merge-down`, (b) => b.click());
  await page4.waitForFunction(() => /<baris><sel gabung-baris="2"><\/sel><sel>Nama Anggota Baru<\/sel><sel gabung-kolom="2"><\/sel><\/baris>\n\s*<baris><sel><\/sel><sel><\/sel><sel><\/sel><\/baris>\n\s*<\/isi>/.test(document.getElementById("source").value));
  const spanTd = await page4.$eval(`fieldset.table tr[data-row="${lastRows[0]}"] td[data-col="0"]`, (td) => td.rowSpan);
  check(spanTd === 2, "a cell merges with the one below (gabung-baris), the grid shows it", String(spanTd));
  check(await refusedAt(`fieldset.table tr[data-row="${lastRows[0]}"] td[data-col="2"] .merge-down`) === "notRectangle",
    "a two-column cell does not merge with a one-column cell below");
  await page4.$eval(`fieldset.table tr[data-row="${lastRows[0]}"] td[data-col="2"] .split`, (b) => b.click());
  await page4.waitForFunction(() => /<baris><sel gabung-baris="2"><\/sel><sel>Nama Anggota Baru<\/sel><sel><\/sel><sel><\/sel><\/baris>/.test(document.getElementById("source").value));
  await settled4();
  const spanErrors = await page4.$$eval("#findings li.error", (ls) => ls.map((l) => l.textContent).join("|"));
  check(spanErrors === "", "a merged cell splits back into cells; the table lays out", spanErrors);

  // a nested list in a diktum: added, its numbering chosen, items typed, added, moved, removed
  step = "nested list";
  const diktum1 = "fieldset.diktum > .item:first-of-type";
  await page4.$eval(diktum1 + " > .item-tools .add-sublist", (b) => b.click());
  await page4.waitForSelector(diktum1 + " .sublist");
  await page4.select(diktum1 + " .sublist select.jenis", "angka");
  await page4.waitForFunction(() => /Keputusan ini\.\n\s*<daftar jenis="angka">\n\s*<butir>…<\/butir>\n\s*<\/daftar>\n\s*<\/diktum>/.test(document.getElementById("source").value));
  const subItem = async (k) => (await page4.$$(diktum1 + " .sublist .item textarea"))[k];
  let f = await subItem(0);
  await f.click({ clickCount: 3 });
  await page4.keyboard.press("Backspace");
  await page4.keyboard.type("tugas pertama dari editor;");
  await page4.click(diktum1 + " .sublist .add-item");
  await page4.waitForFunction((sel) => document.querySelectorAll(sel + " .sublist .item").length === 2, {}, diktum1);
  f = await subItem(1);
  await f.click({ clickCount: 3 });
  await page4.keyboard.press("Backspace");
  await page4.keyboard.type("tugas kedua dari editor.");
  await page4.$eval(diktum1 + " .sublist .item:nth-of-type(3) .item-tools button", (b) => b.click());  // ↑ on the second item
  await page4.waitForFunction(() => /<butir>tugas kedua dari editor\.<\/butir>\s*<butir>tugas pertama dari editor;<\/butir>/.test(document.getElementById("source").value));
  // a third item, then removed again
  await page4.click(diktum1 + " .sublist .add-item");
  await page4.waitForFunction((sel) => document.querySelectorAll(sel + " .sublist .item").length === 3, {}, diktum1);
  await page4.$eval(diktum1 + " .sublist .item:last-of-type .item-tools .remove", (b) => b.click());
  await page4.waitForFunction((sel) => document.querySelectorAll(sel + " .sublist .item").length === 2, {}, diktum1);
  // the lead-in text of the item, edited in its own field, keeps the list below it
  const lead = await page4.$(diktum1 + " > .content textarea.run");
  await lead.click();
  await page4.keyboard.down("Control"); await page4.keyboard.press("End"); await page4.keyboard.up("Control");
  await page4.keyboard.type(" Tim Kerja bertugas:");
  await settled4();
  const nested = await timSrc();
  check(/Keputusan ini\. Tim Kerja bertugas:\n\s*<daftar jenis="angka">\n\s*<butir>tugas kedua dari editor\.<\/butir>\n\s*<butir>tugas pertama dari editor;<\/butir>\n\s*<\/daftar>\n\s*<\/diktum>/.test(nested),
    "a nested list is created in a diktum, numbered, typed, reordered", nested.slice(nested.indexOf("<memutuskan>"), nested.indexOf("<memutuskan>") + 900));
  const nestedWords = (await page4.$$eval("#pages text", (ts) => ts.map((x) => x.textContent).join(" "))).replace(/- /g, "");
  check(/1\. tugas kedua dari editor\. 2\. tugas pertama dari editor;/.test(nestedWords), "the preview numbers the nested list");

  // saved, read back by the reader, reloaded into the same form
  step = "spans and lists saved";
  await page4.click("#save");
  await page4.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  const timDisk = fs.readFileSync(path.join(dir, "tim.xml"), "utf8");
  let checked = "";
  try { checked = execFileSync(bin, ["check", "--no-rules", path.join(dir, "tim.xml")]).toString() + "exit 0"; } catch (e) { checked = String(e.stdout) + " exit " + e.status; }
  check(timDisk === nested && /exit 0$/.test(checked) && /<!-- /.test(timDisk), "the saved file holds the spans and the nested list and reads clean (naskah check --no-rules)", checked);
  await page4.goto(origin + "/?file=tim.xml", { waitUntil: "networkidle0", timeout: 120000 });
  await page4.waitForSelector("fieldset.table", { timeout: 60000 });
  const back = await page4.evaluate(() => ({
    sub: [...document.querySelectorAll("fieldset.diktum > .item:first-of-type .sublist .item textarea")].map((x) => x.value).join("|"),
    kind: (document.querySelector("fieldset.diktum .sublist select.jenis") || {}).value,
    spans: [...document.querySelectorAll("fieldset.table td")].filter((td) => td.rowSpan === 2 && td.colSpan === 1).length,
  }));
  check(back.sub === "tugas kedua dari editor.|tugas pertama dari editor;" && back.kind === "angka" && back.spans >= 5,
    "reloaded, the form shows the nested list and the spans", JSON.stringify(back));

  // a Peraturan: BAB, Pasal and ayat in the form; the parts it does not edit (change
  // instructions, the Penjelasan) shown read-only and left byte for byte as they were
  step = "peraturan";
  const perdaName = "peraturan-daerah-kabupaten-kulon-progo-8-2013.xml";
  const perda0 = fs.readFileSync(path.join(here, "../../samples", perdaName), "utf8");
  fs.writeFileSync(path.join(dir, "perda.xml"), perda0);
  await page4.goto(origin + "/?file=perda.xml", { waitUntil: "networkidle0", timeout: 120000 });
  await page4.waitForSelector("fieldset.body .pasal", { timeout: 60000 });
  await page4.waitForSelector("#pages svg.page", { timeout: 60000 });
  const perdaForm = await page4.evaluate(() => ({
    pasal: document.querySelectorAll("fieldset.body .pasal").length,
    readOnly: [...document.querySelectorAll("#form-pane .readonly .note")].map((x) => x.textContent.split(" ")[0]).join(" "),
    pages: document.getElementById("pages").dataset.pages,
    heads: [...document.querySelectorAll("fieldset.body .pasal-head strong")].map((x) => x.textContent).join(","),
  }));
  check(perdaForm.heads === "Pasal I,Pasal II", "an amendment's Pasal are counted I, II in the form, as printed", perdaForm.heads);
  check(perdaForm.pasal === 2 && perdaForm.readOnly === "<ubah> <ubah> <ubah> <ubah> <penjelasan>" && +perdaForm.pages > 5,
    "a Peraturan opens: its Pasal in the form, change instructions and Penjelasan read-only, the preview laid out", JSON.stringify(perdaForm));
  // the last Pasal's text, then an ayat added to it: its text becomes ayat (1)
  const lastPasal = "fieldset.body .pasal:last-of-type";
  const pasalText = await page4.$(lastPasal + " > textarea");
  await pasalText.click();
  await page4.keyboard.down("Control"); await page4.keyboard.press("End"); await page4.keyboard.up("Control");
  await page4.keyboard.type(" Dicoba");
  await page4.$$eval(lastPasal + " .pasal-head button", (bs) => bs[0].click());  // + Ayat
  await page4.waitForSelector(lastPasal + " .item textarea");
  await settled4();
  await page4.click("#save");
  await page4.waitForFunction(() => document.getElementById("status").dataset.state === "saved", { timeout: 10000 });
  const perda1 = fs.readFileSync(path.join(dir, "perda.xml"), "utf8");
  const was = "<pasal>Peraturan Daerah ini mulai berlaku pada tanggal diundangkan.</pasal>";
  const now = "<pasal>\n      <ayat>Peraturan Daerah ini mulai berlaku pada tanggal diundangkan. Dicoba</ayat>\n      <ayat>…</ayat>\n    </pasal>";
  let perdaCheck = "";
  try { execFileSync(bin, ["check", "--no-rules", path.join(dir, "perda.xml")]); perdaCheck = "exit 0"; } catch (e) { perdaCheck = String(e.stdout) + " exit " + e.status; }
  const cut = perda0.indexOf(was);
  check(cut > 0 && perda1.slice(0, cut) === perda0.slice(0, cut) && perda1.slice(cut).startsWith(now) &&
    perda1.slice(perda1.indexOf("</pasal>", cut) + 8) === perda0.slice(cut + was.length) && perdaCheck === "exit 0",
    "a Pasal edited and an ayat added: the rest of the Peraturan is byte for byte as it was, and it reads clean", perdaCheck + " " + perda1.slice(cut - 20, cut + 200));

  check(pageErrors.length === 0, "no script errors in the page", pageErrors.join(" | "));

  const lat = await page.evaluate(() => window.naskahEditor.latencies.slice());
  const lat2 = await page2.evaluate(() => window.naskahEditor.latencies.slice());
  const all = lat.concat(lat2).sort((a, b) => a - b);
  if (all.length) {
    const q = (p) => all[Math.min(all.length - 1, Math.floor(p * all.length))];
    console.log(`keystroke to preview: ${all.length} keystrokes, median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms (starter decree)`);
  }
} catch (e) {
  failed++;
  console.log("FAIL at step " + step + ": " + (e && e.message ? e.message : e));
} finally {
  if (browser) await browser.close();
  server.kill("SIGTERM");
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
