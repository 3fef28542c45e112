// Editing XML text in place. The source text stays the single truth: the scanner finds every
// element with its byte ranges, and each edit replaces exactly the range of the element or
// attribute it touches, so comments, indentation and everything else stay as the drafter wrote
// them. (DOMParser would give a tree without source positions, and serialising it would rewrite
// the whole file.)
"use strict";

const XmlEdit = (() => {
  const ENT = { "&lt;": "<", "&gt;": ">", "&amp;": "&", "&quot;": '"', "&apos;": "'" };
  function decode(s) {
    return s.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (m) => {
      if (ENT[m]) return ENT[m];
      const n = m[2] === "x" ? parseInt(m.slice(3, -1), 16) : parseInt(m.slice(2, -1), 10);
      return String.fromCodePoint(n);
    });
  }
  const escText = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const escAttr = (s) => escText(s).replace(/"/g, "&quot;");

  class ScanError extends Error {
    constructor(offset, message) { super(message); this.offset = offset; }
  }

  const START = /<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  const ATTR = /([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

  // Elements with their ranges: start (at "<"), openEnd (after the start tag), closeStart (at
  // "</", or openEnd when empty), end (after the element). Attributes with their value ranges.
  function scan(text) {
    const root = { name: "#document", children: [], start: 0, end: text.length, openEnd: 0, closeStart: text.length, attrs: {}, path: [] };
    const stack = [root];
    let i = 0;
    const skip = (from, opener, closer) => {
      const e = text.indexOf(closer, from + opener.length);
      if (e < 0) throw new ScanError(from, opener + " without " + closer);
      return e + closer.length;
    };
    while (i < text.length) {
      const lt = text.indexOf("<", i);
      if (lt < 0) break;
      if (text.startsWith("<!--", lt)) { i = skip(lt, "<!--", "-->"); continue; }
      if (text.startsWith("<![CDATA[", lt)) { i = skip(lt, "<![CDATA[", "]]>"); continue; }
      if (text.startsWith("<?", lt)) { i = skip(lt, "<?", "?>"); continue; }
      if (text.startsWith("<!", lt)) { i = skip(lt, "<!", ">"); continue; }
      if (text[lt + 1] === "/") {
        const gt = text.indexOf(">", lt);
        if (gt < 0) throw new ScanError(lt, "unterminated end tag");
        const name = text.slice(lt + 2, gt).trim();
        const top = stack.pop();
        if (!top || top === root || top.name !== name) throw new ScanError(lt, "</" + name + "> does not close <" + (top ? top.name : "") + ">");
        top.closeStart = lt;
        top.end = gt + 1;
        i = gt + 1;
        continue;
      }
      START.lastIndex = lt;
      const m = START.exec(text);
      if (!m) throw new ScanError(lt, "malformed start tag");
      const parent = stack[stack.length - 1];
      const node = { name: m[1], start: lt, openEnd: START.lastIndex, attrs: {}, children: [], parent,
        path: parent.path.concat([parent.children.length]) };
      const base = lt + 1 + m[1].length;
      ATTR.lastIndex = 0;
      let a;
      while ((a = ATTR.exec(m[2]))) {
        const raw = a[2] !== undefined ? a[2] : a[3];
        const vstart = base + a.index + a[0].length - raw.length - 1;
        node.attrs[a[1]] = { value: decode(raw), vstart, vend: vstart + raw.length };
      }
      parent.children.push(node);
      if (m[3]) { node.empty = true; node.closeStart = node.openEnd; node.end = node.openEnd; }
      else stack.push(node);
      i = START.lastIndex;
    }
    if (stack.length > 1) throw new ScanError(stack[stack.length - 1].start, "<" + stack[stack.length - 1].name + "> is not closed");
    return root;
  }

  const child = (node, name) => node && node.children.find((c) => c.name === name);
  const children = (node, name) => (node ? node.children.filter((c) => !name || c.name === name) : []);
  function at(root, path) {
    let n = root;
    for (const k of path) { n = n && n.children[k]; }
    return n;
  }
  // The element's content as text: entities decoded when it is text only; its markup when it
  // holds elements (inline markup such as <miring>), which the form then edits as markup.
  function content(text, node) {
    return rangeContent(text, node.openEnd, node.empty ? node.openEnd : node.closeStart, node.children, false);
  }
  // The same for a stretch of an element's content (`kids`: the elements inside it): the text
  // before, between or after the nested lists of an item. `trim`: markup without the whitespace
  // around it (that whitespace is the source's layout, kept by setRange).
  function rangeContent(text, from, to, kids, trim) {
    const inner = text.slice(from, to);
    // forced line breaks only (a title's <baris-baru/>): edited as new lines in a plain field
    if (kids.length > 0 && kids.every((c) => c.name === "baris-baru" && c.empty) && !/<!\[CDATA\[|<!--/.test(inner)) {
      const lines = inner.split(/<baris-baru\s*\/>/).map((l) => decode(l).replace(/\s+/g, " ").trim());
      return { markup: false, breaks: true, value: lines.join("\n") };
    }
    const hasMarkup = kids.length > 0 || /<!\[CDATA\[/.test(inner);
    const plain = inner.replace(/<!--[\s\S]*?-->/g, "");
    return { markup: hasMarkup, value: hasMarkup ? (trim ? inner.trim() : inner) : decode(plain).replace(/\s+/g, " ").trim() };
  }
  const splice = (text, from, to, s) => text.slice(0, from) + s + text.slice(to);
  // Replaces a stretch of content, keeping the whitespace around it (and, for plain text, the
  // comments in it) as they were.
  // Only the layout whitespace (up to and from a line break) is kept: spaces typed at the end of
  // the field are the drafter's, not absorbed by the whitespace after them.
  function setRange(text, from, to, value, markup) {
    const inner = text.slice(from, to);
    const m = /^\s*\n[ \t]*/.exec(inner);
    let lead = m ? m[0] : "", trail = "";
    if (lead.length === inner.length) trail = value.trim() ? lead : "";  // an empty stretch: the text on a line of its own
    else { const e = /\n\s*$/.exec(inner.slice(lead.length)); trail = e ? e[0] : ""; }
    const v = markup ? value : escText(value).replace(/\r?\n/g, "<baris-baru/>");
    const comments = markup ? "" : (inner.match(/<!--[\s\S]*?-->/g) || []).join("");
    return splice(text, from, to, lead + comments + v + trail);
  }
  function setContent(text, node, value, markup) {
    // a new line typed in a plain field is a forced line break
    const v = markup ? value : escText(value).replace(/\r?\n/g, "<baris-baru/>");
    if (node.empty) {
      const open = text.slice(node.start, node.openEnd).replace(/\s*\/>$/, ">");
      return splice(text, node.start, node.end, open + v + "</" + node.name + ">");
    }
    // comments inside a text-only element are kept in front of the new text
    const inner = text.slice(node.openEnd, node.closeStart);
    const comments = markup ? "" : (inner.match(/<!--[\s\S]*?-->/g) || []).join("");
    return splice(text, node.openEnd, node.closeStart, comments + v);
  }
  function setAttr(text, node, name, value) {
    const a = node.attrs[name];
    if (a) return splice(text, a.vstart, a.vend, escAttr(value));
    const pos = node.empty ? text.lastIndexOf("/", node.openEnd - 1) : node.openEnd - 1;
    const before = text.slice(0, pos).replace(/\s+$/, "");
    return before + " " + name + '="' + escAttr(value) + '"' + text.slice(pos);
  }
  function removeAttr(text, node, name) {
    const a = node.attrs[name];
    if (!a) return text;
    const m = /\s+[\w.:-]+\s*=\s*["']$/.exec(text.slice(node.start, a.vstart));
    return m ? splice(text, a.vstart - m[0].length, a.vend + 1, "") : text;
  }
  const lineStart = (text, pos) => text.lastIndexOf("\n", pos - 1) + 1;
  const indentOf = (text, node) => {
    const ls = lineStart(text, node.start);
    const lead = text.slice(ls, node.start);
    return /^\s*$/.test(lead) ? lead : "";
  };
  // Inserts `xml` as a new child after `after` (or as the last child of `parent`), on its own line
  // with the indentation of its neighbours.
  function insertChild(text, parent, xml, after) {
    const ref = after || parent.children[parent.children.length - 1];
    if (ref) {
      // on its own line like its neighbour, or right after it when they share a line
      const ls = lineStart(text, ref.start);
      if (!/^\s*$/.test(text.slice(ls, ref.start))) return splice(text, ref.end, ref.end, xml);
      return splice(text, ref.end, ref.end, "\n" + indentOf(text, ref) + xml);
    }
    if (parent.empty) {
      const open = text.slice(parent.start, parent.openEnd).replace(/\s*\/>$/, ">");
      const ind = indentOf(text, parent);
      return splice(text, parent.start, parent.end, open + "\n" + ind + "  " + xml + "\n" + ind + "</" + parent.name + ">");
    }
    const ind = indentOf(text, parent);
    return splice(text, parent.openEnd, parent.openEnd, "\n" + ind + "  " + xml);
  }
  // Removes an element with the whitespace that led to it on its line.
  function removeNode(text, node) {
    const ls = lineStart(text, node.start);
    const from = /^\s*$/.test(text.slice(ls, node.start)) && ls > 0 ? ls - 1 : node.start;
    return splice(text, from, node.end, "");
  }
  // Swaps two sibling elements' texts, the whitespace between them untouched.
  function swap(text, a, b) {
    if (a.start > b.start) [a, b] = [b, a];
    const ta = text.slice(a.start, a.end), tb = text.slice(b.start, b.end);
    return text.slice(0, a.start) + tb + text.slice(a.end, b.start) + ta + text.slice(b.end);
  }
  // Inserts `xml` before the sibling `ref`, on its own line when `ref` is on its own.
  function insertBefore(text, ref, xml) {
    const ls = lineStart(text, ref.start);
    const lead = text.slice(ls, ref.start);
    if (/^\s*$/.test(lead) && ls > 0) return splice(text, ref.start, ref.start, xml + "\n" + lead);
    return splice(text, ref.start, ref.start, xml);
  }
  // Appends a block (a nested <daftar>) at the end of an element's content, after its text, on
  // lines of its own indented one step deeper: `xml` may hold new lines, indented relative to it.
  function appendBlock(text, node, xml) {
    const ind = indentOf(text, node);
    const open = node.empty ? text.slice(node.start, node.openEnd).replace(/\s*\/>$/, ">") : text.slice(node.start, node.openEnd);
    const body = node.empty ? "" : text.slice(node.openEnd, node.closeStart).replace(/\s+$/, "");
    const block = xml.replace(/\n/g, "\n" + ind + "  ");
    return splice(text, node.start, node.end, open + body + "\n" + ind + "  " + block + "\n" + ind + "</" + node.name + ">");
  }

  // ---- tables: the grid as the reader resolves it (src/model/grid.cpp) ----
  // Each cell takes the next slot of its row not already covered by a span from above (HTML
  // rules); the header rows and the body rows are separate groups a row span cannot leave; a
  // <grup> row is one cell across the table, or its label cell and one across the rest. The
  // result names every slot's cell, and the errors the reader would report (without wording).
  function spanOf(node, name) {
    const a = node.attrs[name];
    if (!a) return 1;
    return /^\s*\d+\s*$/.test(a.value) ? parseInt(a.value, 10) : NaN;
  }
  function tableGrid(tabel) {
    const cols = children(tabel, "kolom").length;
    const g = { cols, rows: [], slots: [], errors: [] };
    const place = (rowNodes, part) => {
      const first = g.rows.length, end = first + rowNodes.length;
      rowNodes.forEach(() => g.slots.push(new Array(cols).fill(null)));
      rowNodes.forEach((rn, i) => {
        const r = first + i;
        const row = { node: rn, part, group: rn.name === "grup", cells: [], failed: false };
        g.rows.push(row);
        let specs;
        if (row.group) {
          const label = rn.attrs.label ? rn.attrs.label.value.trim() : "";
          specs = label && cols >= 2 ? [{ node: rn, label: true, cs: 1, rs: 1 }, { node: rn, cs: cols - 1, rs: 1 }]
            : [{ node: rn, cs: Math.max(1, cols), rs: 1 }];
        } else specs = children(rn, "sel").map((s) => ({ node: s, cs: spanOf(s, "gabung-kolom"), rs: spanOf(s, "gabung-baris") }));
        let c = 0;
        const fail = (node, code) => { g.errors.push({ node, code }); row.failed = true; };
        for (const sp of specs) {
          while (c < cols && g.slots[r][c]) c++;
          if (c >= cols) { fail(sp.node, "E-TABEL-LEBAR"); break; }
          if (!(sp.cs >= 1 && sp.rs >= 1)) { fail(sp.node, "E-TABEL-RENTANG"); continue; }
          if (sp.cs > cols - c) { fail(sp.node, "E-TABEL-RENTANG"); break; }
          if (sp.rs > end - r) fail(sp.node, "E-TABEL-RENTANG");
          const rs = Math.min(sp.rs, end - r);
          let overlap = false;
          for (let dr = 0; dr < rs && !overlap; dr++)
            for (let dc = 0; dc < sp.cs; dc++) if (g.slots[r + dr][c + dc]) { overlap = true; break; }
          if (overlap) { fail(sp.node, "E-TABEL-TUMPANG"); c += sp.cs; continue; }
          const cell = { node: sp.node, label: !!sp.label, group: row.group, row: r, col: c, cs: sp.cs, rs };
          row.cells.push(cell);
          for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < sp.cs; dc++) g.slots[r + dr][c + dc] = cell;
          c += sp.cs;
        }
      });
      for (let r = first; r < end; r++)
        if (!g.rows[r].failed && g.slots[r].some((x) => !x)) g.errors.push({ node: g.rows[r].node, code: "E-TABEL-KURANG" });
    };
    const kepala = child(tabel, "kepala"), isi = child(tabel, "isi");
    place(kepala ? children(kepala, "baris") : [], "kepala");
    place(isi ? children(isi).filter((c) => c.name === "baris" || c.name === "grup") : [], "isi");
    return g;
  }
  const cellOfNode = (g, node) => {
    for (const row of g.rows) for (const c of row.cells) if (!c.group && c.node.start === node.start) return c;
    return null;
  };
  // Why `cell` cannot be merged with its neighbour to the right ("right") or below ("down"), or
  // null when it can: the neighbour must start where the cell ends and be exactly as tall (wide),
  // so that the two make one rectangle and nothing else is covered.
  function mergeRefusal(g, cell, dir) {
    if (g.errors.length) return "tableErrors";
    if (!cell || cell.group) return "groupRow";
    if (dir === "right") {
      const c = cell.col + cell.cs;
      if (c >= g.cols) return "noRight";
      const nb = g.slots[cell.row][c];
      if (!nb || nb.group) return "groupRow";
      if (nb.row !== cell.row || nb.rs !== cell.rs) return "notRectangle";
      return null;
    }
    const r = cell.row + cell.rs;
    if (r >= g.rows.length) return "noBelow";
    if (g.rows[r].part !== g.rows[cell.row].part) return "otherPart";
    const nb = g.slots[r][cell.col];
    if (!nb || nb.group) return "groupRow";
    if (nb.col !== cell.col || nb.cs !== cell.cs || nb.row !== r) return "notRectangle";
    if (g.rows[r].cells.length === 1) return "lastCell";
    return null;
  }
  const neighbour = (g, cell, dir) => (dir === "right" ? g.slots[cell.row][cell.col + cell.cs] : g.slots[cell.row + cell.rs][cell.col]);
  // Merges the cell at `cellPath` of the table at `tablePath` with its neighbour: the span grows,
  // the neighbour's element goes, and its content (if any) is appended to the cell's.
  // Returns { text } or { reason }.
  function mergeCells(text, tablePath, cellPath, dir) {
    const root = scan(text);
    const g = tableGrid(at(root, tablePath));
    const cell = cellOfNode(g, at(root, cellPath));
    const why = mergeRefusal(g, cell, dir);
    if (why) return { reason: why };
    const nb = neighbour(g, cell, dir);
    const innerOf = (n) => (n.empty ? "" : text.slice(n.openEnd, n.closeStart).trim());
    const a = innerOf(cell.node), b = innerOf(nb.node);
    let out = removeNode(text, nb.node);  // after the cell in the text: the cell's offsets stay
    if (b) out = setContent(out, at(scan(out), cellPath), a ? a + " " + b : b, true);
    const span = dir === "right" ? ["gabung-kolom", cell.cs + nb.cs] : ["gabung-baris", cell.rs + nb.rs];
    out = setAttr(out, at(scan(out), cellPath), span[0], String(span[1]));
    return { text: out };
  }
  // Splits a merged cell back: its spans go, and an empty cell fills every slot it covered.
  function splitCell(text, tablePath, cellPath) {
    const root = scan(text);
    const g = tableGrid(at(root, tablePath));
    const cell = cellOfNode(g, at(root, cellPath));
    if (g.errors.length) return { reason: "tableErrors" };
    if (!cell || cell.group) return { reason: "groupRow" };
    if (cell.cs === 1 && cell.rs === 1) return { reason: "notMerged" };
    let out = text;
    // the rows below first: an insertion there leaves the earlier offsets where they were
    for (let r = cell.row + cell.rs - 1; r > cell.row; r--) {
      const row = g.rows[r];
      const xml = "<sel></sel>".repeat(cell.cs);
      const next = row.cells.find((c) => c.col > cell.col);
      const prev = row.cells.filter((c) => c.col < cell.col).pop();
      const now = scan(out);
      if (next) out = insertBefore(out, at(now, next.node.path), xml);
      else if (prev) out = insertChild(out, at(now, row.node.path), xml, at(now, prev.node.path));
      else out = insertChild(out, at(now, row.node.path), xml);
    }
    if (cell.cs > 1) {
      const now = scan(out);
      out = insertChild(out, at(now, cell.node.parent.path), "<sel></sel>".repeat(cell.cs - 1), at(now, cellPath));
    }
    for (const name of ["gabung-kolom", "gabung-baris", "ulang"]) out = removeAttr(out, at(scan(out), cellPath), name);
    return { text: out };
  }
  // A body row removed: the cells from rows above that run through it lose one row of their span.
  // Refused when a cell starting in the row runs down from it (split it first).
  function rowRemovalRefusal(g, r) {
    if (g.errors.length) return "tableErrors";
    if (g.rows.filter((x) => x.part === "isi" && !x.group).length === 1 && !g.rows[r].group) return "lastRow";
    return g.rows[r].cells.some((c) => !c.group && c.rs > 1) ? "spanned" : null;
  }
  function removeRow(text, tablePath, r) {
    const root = scan(text);
    const g = tableGrid(at(root, tablePath));
    if (!g.rows[r]) return { reason: "noBelow" };
    const why = rowRemovalRefusal(g, r);
    if (why) return { reason: why };
    const above = [...new Set(g.slots[r].filter((c) => c && !c.group && c.row !== r))];
    let out = removeNode(text, g.rows[r].node);  // after the cells above in the text
    for (const c of above) {
      if (c.rs > 2) { out = setAttr(out, at(scan(out), c.node.path), "gabung-baris", String(c.rs - 1)); continue; }
      out = removeAttr(out, at(scan(out), c.node.path), "gabung-baris");
      out = removeAttr(out, at(scan(out), c.node.path), "ulang");  // only for a cell spanning rows
    }
    return { text: out };
  }
  function lineCol(text, offset) {
    let line = 1, ls = 0;
    for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) { line++; ls = i + 1; }
    return { line, column: offset - ls + 1 };
  }
  function offsetOf(text, line, column) {
    let off = 0;
    for (let l = 1; l < line; l++) {
      const n = text.indexOf("\n", off);
      if (n < 0) return text.length;
      off = n + 1;
    }
    // columns count code points
    let c = 1, i = off;
    while (c < column && i < text.length && text[i] !== "\n") { i += text.codePointAt(i) > 0xffff ? 2 : 1; c++; }
    return i;
  }
  // "1-3,7" <-> a set of months
  function parseMonths(s) {
    const out = new Set();
    for (const part of (s || "").split(",")) {
      const m = /^\s*(\d+)\s*(?:-\s*(\d+))?\s*$/.exec(part);
      if (!m) continue;
      const a = +m[1], b = m[2] ? +m[2] : a;
      for (let k = a; k <= b && k <= 12; k++) if (k >= 1) out.add(k);
    }
    return out;
  }
  function formatMonths(set) {
    const ms = [...set].sort((x, y) => x - y);
    const parts = [];
    for (let i = 0; i < ms.length;) {
      let j = i;
      while (j + 1 < ms.length && ms[j + 1] === ms[j] + 1) j++;
      parts.push(j > i ? ms[i] + "-" + ms[j] : String(ms[i]));
      i = j + 1;
    }
    return parts.join(",");
  }
  return { scan, ScanError, child, children, at, content, rangeContent, setRange, setContent, setAttr, removeAttr, insertChild,
    insertBefore, appendBlock, removeNode, swap, tableGrid, cellOfNode, mergeRefusal, mergeCells, splitCell, rowRemovalRefusal, removeRow,
    lineCol, offsetOf, parseMonths, formatMonths, escText, escAttr, decode };
})();
if (typeof module !== "undefined") module.exports = XmlEdit;
