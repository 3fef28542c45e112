// The editor's table grid (web/xmledit.js) against the reader's (src/model/grid.cpp), without a
// browser: random tables with column and row spans, group rows and a header are resolved by both,
// and must give the same span errors; cells merged and split by the editor must give tables the
// reader takes without a table error, and a split must give back the cells a merge took.
// Usage: node grid_test.mjs NASKAH_BIN. Prints "N passed, M failed".
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const here = path.dirname(new URL(import.meta.url).pathname);
const X = require(path.join(here, "../../web/xmledit.js"));
const bin = path.resolve(process.argv[2]);
let passed = 0, failed = 0;
function check(ok, what, detail) {
  if (ok) passed++; else { failed++; console.log("FAIL " + what + (detail ? ": " + detail : "")); }
}

// a small deterministic generator (no Math.random: a failure must be reproducible)
let seed = 17;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return Math.floor((seed / 2147483648) * n); };
const pick = (weights) => { let x = rnd(weights.reduce((a, b) => a + b, 0)); for (let i = 0; i < weights.length; i++) { if (x < weights[i]) return i; x -= weights[i]; } return 0; };

const base = fs.readFileSync(path.join(here, "../../samples/keputusan-tim-zi-2023.xml"), "utf8");
const tStart = base.indexOf("    <tabel>"), tEnd = base.indexOf("</tabel>", tStart) + "</tabel>".length;
const withTable = (xml) => base.slice(0, tStart) + xml + base.slice(tEnd);

function randomTable(valid) {
  const cols = 2 + rnd(3);
  const row = (ind, k) => {
    const n = valid ? cols : 1 + rnd(cols + 1);
    const cells = [];
    for (let i = 0; i < n; i++) {
      const cs = valid ? 1 : [1, 2, 3][pick([6, 2, 1])], rs = valid ? 1 : [1, 2, 3][pick([6, 2, 1])];
      cells.push("<sel" + (cs > 1 ? ` gabung-kolom="${cs}"` : "") + (rs > 1 ? ` gabung-baris="${rs}"` : "") + ">" + "r" + k + "c" + i + "</sel>");
    }
    return ind + "<baris>\n" + cells.map((c) => ind + "  " + c).join("\n") + "\n" + ind + "</baris>";
  };
  const lines = ["    <tabel>"];
  for (let c = 0; c < cols; c++) lines.push("      <kolom/>");
  const heads = rnd(3);
  if (heads) {
    lines.push("      <kepala>");
    for (let k = 0; k < heads; k++) lines.push(row("        ", "h" + k));
    lines.push("      </kepala>");
  }
  lines.push("      <isi>");
  const body = 1 + rnd(6);
  for (let k = 0; k < body; k++) {
    if (rnd(6) === 0) lines.push(rnd(2) ? "        <grup>Bagian</grup>" : '        <grup label="A">Bagian</grup>');
    lines.push(row("        ", k));
  }
  lines.push("      </isi>", "    </tabel>");
  return lines.join("\n");
}
const tableOf = (text) => {
  const find = (n) => { if (n.name === "tabel") return n; for (const c of n.children) { const f = find(c); if (f) return f; } return null; };
  return find(X.scan(text));
};

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "naskah-grid-"));
const cases = [];  // { file, text, kind, expect }
const add = (text, kind, expect) => { const file = path.join(dir, cases.length + ".xml"); fs.writeFileSync(file, text); cases.push({ file, text, kind, expect }); };
const codesOf = (g) => g.errors.map((e) => e.code).sort().join(" ");

// 1. random tables, spans anywhere: the same errors as the reader
for (let i = 0; i < 300; i++) {
  const text = withTable(randomTable(false));
  add(text, "resolve", codesOf(X.tableGrid(tableOf(text))));
}
// 2. merges and splits on tables the reader takes: every edit the editor allows reads clean
let merges = 0, refusals = 0, splits = 0, rowsRemoved = 0;
for (let i = 0; i < 120; i++) {
  let text = withTable(randomTable(true));
  for (let step = 0; step < 6; step++) {
    const tb = tableOf(text);
    const g = X.tableGrid(tb);
    const cells = g.rows.flatMap((r) => r.cells).filter((c) => !c.group);
    if (!cells.length) break;
    const cell = cells[rnd(cells.length)];
    const op = ["right", "down", "split", "row"][pick([2, 2, 2, 1])];
    const body = g.rows.map((x, k) => k).filter((k) => g.rows[k].part === "isi");
    const rowAt = body[rnd(body.length)];
    const r = op === "split" ? X.splitCell(text, tb.path, cell.node.path)
      : op === "row" ? X.removeRow(text, tb.path, rowAt) : X.mergeCells(text, tb.path, cell.node.path, op);
    if (r.reason) { refusals++; continue; }
    const g2 = X.tableGrid(tableOf(r.text));
    check(g2.errors.length === 0, "the editor's own grid takes its " + op, codesOf(g2));
    if (op === "row") {
      rowsRemoved++;
      check(g2.rows.length === g.rows.length - 1, "a row is removed");
      text = r.text;
      continue;
    }
    if (op === "split") {
      splits++;
      // every slot the cell covered is a 1x1 cell of its own now
      const after = g2.slots.slice(cell.row, cell.row + cell.rs).flatMap((s) => s.slice(cell.col, cell.col + cell.cs));
      check(after.every((c) => c.cs === 1 && c.rs === 1) && new Set(after).size === cell.cs * cell.rs, "a split leaves one cell per slot");
    } else {
      merges++;
      const m = X.cellOfNode(g2, X.at(X.scan(r.text), cell.node.path));
      check(m && m.row === cell.row && m.col === cell.col && (op === "right" ? m.rs === cell.rs && m.cs > cell.cs : m.cs === cell.cs && m.rs > cell.rs),
        "the merged cell grows where it stood", JSON.stringify(m && [m.row, m.col, m.cs, m.rs]));
    }
    // nothing lost: every cell text of before is still in after
    for (const w of text.match(/r\w+c\d+/g) || []) check(r.text.includes(w), "a merge keeps the neighbour's text", w);
    text = r.text;
  }
  add(text, "edited", "");
}
// 3. the refusals hold: a cell and the cell below it that differ in width stay apart
{
  const text = withTable(`    <tabel>
      <kolom/><kolom/><kolom/>
      <isi>
        <baris><sel gabung-kolom="2">a</sel><sel>b</sel></baris>
        <baris><sel>c</sel><sel>d</sel><sel>e</sel></baris>
        <baris><sel gabung-baris="2">f</sel><sel>g</sel><sel>h</sel></baris>
        <baris><sel>i</sel><sel>j</sel></baris>
      </isi>
    </tabel>`);
  const tb = tableOf(text);
  const g = X.tableGrid(tb);
  const cellText = (c) => X.content(text, c.node).value;
  const byText = (s) => g.rows.flatMap((r) => r.cells).find((c) => cellText(c) === s);
  check(X.mergeRefusal(g, byText("a"), "down") === "notRectangle", "a 2-wide cell does not merge down into a 1-wide one");
  check(X.mergeRefusal(g, byText("c"), "right") === null, "side by side cells merge");
  check(X.mergeRefusal(g, byText("c"), "down") === null && /<sel gabung-baris="3">c f<\/sel>/.test(X.mergeCells(text, tb.path, byText("c").node.path, "down").text),
    "a cell merges down with a row span of the same width below it");
  check(X.mergeRefusal(g, byText("f"), "right") === "notRectangle", "a row span does not merge with a shorter cell beside it");
  // i lies under g (column 2), not under f's column: the spans from above are counted
  check(byText("i").col === 1 && X.mergeRefusal(g, byText("g"), "down") === null, "the cell below is found after the row spans");
  const m = X.mergeCells(text, tb.path, byText("g").node.path, "down");
  check(/<sel gabung-baris="2">g i<\/sel>/.test(m.text) && /<baris><sel>j<\/sel><\/baris>/.test(m.text), "merging down takes the cell that lines up", m.text);
  check(X.mergeRefusal(g, byText("j"), "down") === "noBelow" && X.mergeRefusal(g, byText("b"), "right") === "noRight", "no neighbour, no merge");
  const rm = X.removeRow(text, tb.path, 3);
  check(rm.text && /<sel>f<\/sel><sel>g<\/sel><sel>h<\/sel><\/baris>\n\s*<\/isi>/.test(rm.text) && X.rowRemovalRefusal(g, 2) === "spanned",
    "removing a row a span runs through shortens the span; a row a span starts in is not removed", rm.text || rm.reason);
  if (rm.text) add(rm.text, "edited", "");
  const s = X.splitCell(text, tb.path, byText("f").node.path);
  check(/<baris><sel>f<\/sel><sel>g<\/sel><sel>h<\/sel><\/baris>/.test(s.text) && /<baris><sel><\/sel><sel>i<\/sel><sel>j<\/sel><\/baris>/.test(s.text),
    "a split row span puts an empty cell in the row below, in its column", s.text);
  if (s.text) add(s.text, "edited", "");
  if (m.text) add(m.text, "edited", "");
}

// one reader run for all files
let out = "";
try { out = execFileSync(bin, ["check", "--no-rules", "--json", ...cases.map((c) => c.file)], { maxBuffer: 64 << 20 }).toString(); }
catch (e) { out = e.stdout ? e.stdout.toString() : ""; }
const byFile = new Map();
for (const line of out.split("\n")) {
  if (!line.trim()) continue;
  const d = JSON.parse(line);
  if (!byFile.has(d.file)) byFile.set(d.file, []);
  byFile.get(d.file).push(d.code);
}
let agree = 0;
for (const c of cases) {
  const all = byFile.get(c.file) || [];
  const table = all.filter((x) => /^E-TABEL-/.test(x)).sort().join(" ");
  const other = all.filter((x) => !/^E-TABEL-/.test(x) && x !== "E-FORMAT-KOSONG");
  if (c.kind === "resolve") {
    check(table === c.expect && other.length === 0, "the editor's grid finds the reader's span errors", `reader [${table}] editor [${c.expect}] in ${c.file}`);
    if (table === c.expect) agree++;
  } else check(all.length === 0, "a table the editor merged and split reads clean", all.join(" ") + " in " + c.file);
}
console.log(`grid: ${agree} of ${cases.filter((c) => c.kind === "resolve").length} random tables resolved alike; ${merges} merges, ${splits} splits, ${rowsRemoved} rows removed, ${refusals} refused`);
if (!failed) fs.rmSync(dir, { recursive: true, force: true });
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
