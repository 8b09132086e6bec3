// The local page, whole: markup, style and script in one answer (no files to find at run time, nothing
// fetched from elsewhere). The script keeps the document and the plan; the server only answers.
// Written without template literals inside the script, so this file can hold it as one.
export const PAGE: string = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>doc2deck · 讲话稿转幻灯片</title>
<style>
  :root { --red: #B0171F; --ink: #222; --muted: #777; --line: #ddd; --bg: #f6f5f2; }
  * { box-sizing: border-box; }
  body { margin: 0; font: 15px/1.6 "Noto Sans CJK SC", "Microsoft YaHei", "PingFang SC", sans-serif; color: var(--ink); background: var(--bg); }
  header { background: var(--red); color: #fff; padding: 12px 24px; }
  header h1 { margin: 0; font-size: 20px; }
  header p { margin: 0; opacity: .85; font-size: 13px; }
  main { max-width: 1200px; margin: 0 auto; padding: 16px 24px 64px; }
  #drop { display: block; border: 2px dashed #b9b2a5; border-radius: 8px; padding: 28px; text-align: center; background: #fff; cursor: pointer; }
  #drop.over { border-color: var(--red); background: #fff5f5; }
  #drop input { position: absolute; width: 1px; height: 1px; opacity: 0; }
  #drop u { color: var(--red); }
  details { margin: 10px 0; }
  textarea, input[type=text], select { font: inherit; border: 1px solid #c8c2b6; border-radius: 4px; padding: 4px 6px; background: #fff; }
  #paste { width: 100%; }
  fieldset { border: 1px solid var(--line); border-radius: 6px; margin: 10px 0; background: #fff; }
  fieldset label { margin-right: 18px; }
  #template-row { margin-top: 8px; }
  .note { color: var(--muted); }
  button { font: inherit; padding: 4px 12px; border: 1px solid #b9b2a5; border-radius: 4px; background: #fff; cursor: pointer; }
  button.primary { background: var(--red); color: #fff; border-color: var(--red); padding: 6px 18px; }
  #status { min-height: 1.6em; color: var(--muted); }
  #status.error { color: var(--red); font-weight: bold; }
  .warnings { list-style: none; padding: 0; }
  .warnings li { background: #fff8e1; border-left: 4px solid #e0a800; padding: 4px 10px; margin: 4px 0; }
  #outline { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px 8px 8px 32px; }
  #outline .missing { color: var(--muted); }
  .bar { display: flex; align-items: center; justify-content: space-between; }
  #slides { list-style: none; padding: 0; }
  .slide { display: grid; grid-template-columns: minmax(280px, 440px) 1fr; gap: 16px; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px; margin: 10px 0; }
  .slide figure { margin: 0; }
  .slide img { width: 100%; border: 1px solid var(--line); display: block; }
  .slide .kind { color: var(--muted); font-size: 13px; }
  .slide label { display: block; margin: 4px 0; }
  .slide input[type=text] { width: 100%; }
  .slide textarea { width: 100%; min-height: 6em; }
  .slide .tools button { margin-right: 6px; font-size: 13px; }
</style>
</head>
<body>
<header>
  <h1>doc2deck 讲话稿转幻灯片</h1>
  <p>在本机运行：文稿只交给这台电脑上的 doc2deck，不会发送到网络。</p>
</header>
<main>
  <section id="input">
    <label id="drop" for="file">把讲话稿、报告（.txt、.docx、.doc、.md）拖到这里，或 <u>点击选择文件</u>
      <input type="file" id="file" accept=".txt,.md,.markdown,.docx,.doc">
    </label>
    <details id="paste-box"><summary>或者直接粘贴文字</summary>
      <textarea id="paste" rows="8" placeholder="把讲话稿全文粘贴到这里"></textarea>
      <button type="button" id="use-paste">使用粘贴的文字</button>
    </details>
    <fieldset id="options"><legend>选项</legend>
      <label>主题 <select id="theme"></select></label>
      <label>比例 <select id="ratio"><option value="16:9">16:9 宽屏</option><option value="4:3">4:3</option></select></label>
      <label>文字量 <select id="density"><option value="brief">精简（只列要点）</option><option value="standard" selected>标准（要点加关键句）</option><option value="full">全文</option></select></label>
      <div id="template-row">
        <label>单位模板（可选） <input type="file" id="template" accept=".pptx,.potx"></label>
        <button type="button" id="clear-template" hidden>清除模板</button>
        <small id="template-note" class="note"></small>
      </div>
    </fieldset>
    <p id="status" role="status" aria-live="polite"></p>
  </section>
  <section id="result" hidden>
    <ul id="warnings" class="warnings" aria-label="提示"></ul>
    <h2>识别出的结构</h2>
    <p id="doc-title"></p>
    <ol id="outline"></ol>
    <div class="bar">
      <h2>幻灯片（<span id="count">0</span> 张）<small id="preview-kind"></small></h2>
      <button type="button" id="download" class="primary">下载幻灯片（.pptx）</button>
    </div>
    <ol id="slides"></ol>
  </section>
</main>
<script>
"use strict";
var LAYOUTS = { cover: "封面", agenda: "目录", section: "章节", points: "要点", subpoints: "分项", figures: "数据", quote: "引语", closing: "结束" };
var state = { info: null, source: null, template: null, name: "", plan: null, sketchSeq: 0, previewSeq: 0, sketchTimer: 0, previewTimer: 0, previewAbort: null };
var $ = function (id) { return document.getElementById(id); };

function el(tag, props, children) {
  var e = document.createElement(tag);
  Object.keys(props || {}).forEach(function (k) {
    if (k === "text") e.textContent = props[k];
    else if (k === "class") e.className = props[k];
    else if (k.indexOf("data-") === 0 || k === "for" || k === "aria-label") e.setAttribute(k, props[k]);
    else e[k] = props[k];
  });
  (children || []).forEach(function (c) { if (c) e.appendChild(c); });
  return e;
}

function status(text, isError) {
  $("status").textContent = text;
  $("status").className = isError ? "error" : "";
}

function api(path, body, type, signal) {
  return fetch(path, { method: body === undefined ? "GET" : "POST", body: body, headers: type ? { "Content-Type": type } : {}, signal: signal }).then(function (r) {
    if (r.ok) return r;
    return r.json().then(function (d) { throw new Error(d.error || ("出错了（" + r.status + "）")); }, function () { throw new Error("出错了（" + r.status + "）"); });
  });
}

function options() {
  return { theme: $("theme").value, ratio: $("ratio").value, density: $("density").value };
}

// Every request is a form: the document or the plan, and the organisation's template when one is
// chosen (the server keeps nothing between requests, so the template goes with each).
function form(field, blob, name) {
  var f = new FormData();
  f.append(field, blob, name);
  if (state.template) f.append("template", state.template, state.template.name);
  return f;
}

function planForm() {
  var o = options();
  state.plan.deck.theme = o.theme;
  state.plan.deck.ratio = o.ratio;
  return form("request", new Blob([JSON.stringify({ plan: state.plan, name: state.name })], { type: "application/json" }), "request.json");
}

// The document and the template count together against the one upload limit.
function tooLarge(size) {
  if (!state.info || size <= state.info.maxBytes) return false;
  status("文件太大：文稿和模板合计最多 " + Math.round(state.info.maxBytes / 1048576) + " MB。讲话稿和报告远小于此，请检查是否选错了文件。", true);
  return true;
}

function sketchNote() { return state.template ? "　示意图未显示模板" : ""; }

// --- The document: a file picked or dropped, or text pasted -------------------------------------
function useFile(file) {
  if (!file) return;
  if (tooLarge(file.size + (state.template ? state.template.size : 0))) return;
  state.source = { body: file, name: file.name };
  recognise();
}

function recognise() {
  if (!state.source) return;
  status("正在识别文稿结构……");
  var o = options();
  var q = new URLSearchParams({ name: state.source.name, theme: o.theme, ratio: o.ratio, density: o.density });
  api("/api/outline?" + q.toString(), form("document", state.source.body, state.source.name)).then(function (r) { return r.json(); }).then(function (d) {
    state.plan = d.plan;
    state.name = d.name;
    showOutline(d.outline);
    showWarnings(d.warnings);
    showSlides(d.sketches);
    status("已识别：" + (d.outline.title || state.source.name) + (state.template ? "（使用单位模板 " + state.template.name + "）" : "") + "。可以修改下面每张幻灯片的标题和要点，预览会随之更新。");
    $("preview-kind").textContent = sketchNote();
    schedulePreviews();
  }).catch(function (e) { status(e.message, true); });
}

function showOutline(o) {
  $("result").hidden = false;
  $("doc-title").textContent = "标题：" + (o.title || "（未找到）") + (o.speaker ? "　讲话人：" + o.speaker : "") + (o.date ? "　日期：" + o.date : "");
  var list = $("outline");
  list.textContent = "";
  function item(s) {
    var li = el("li", { class: s.missing ? "missing" : "", text: s.marker + s.heading + (s.missing ? "（正文缺失）" : "") });
    if (s.children.length) li.appendChild(el("ol", {}, s.children.map(item)));
    return li;
  }
  o.sections.forEach(function (s) { list.appendChild(item(s)); });
  if (!o.sections.length) list.appendChild(el("li", { text: "没有找到层次标记（一、二、……），按段落生成要点页。" }));
}

function showWarnings(warnings) {
  var list = $("warnings");
  list.textContent = "";
  warnings.forEach(function (w) { list.appendChild(el("li", { text: (w.line ? "第" + w.line + "行：" : "") + w.message })); });
}

// --- The slides: a preview and the slide's words, editable --------------------------------------
function svgUrl(svg) { return "data:image/svg+xml;charset=utf-8," + encodeURIComponent(svg); }

function bulletLines(s) {
  return s.bullets.map(function (b) { return (b.level === 1 ? "　　" : "") + (b.lead || "") + b.text; }).join("\\n");
}

function readBullets(s, text) {
  var old = s.bullets;
  return text.split("\\n").filter(function (l) { return l.trim() !== ""; }).map(function (line, i) {
    var level = /^(\\s{2,}|\\u3000)/.test(line) ? 1 : 0;
    var words = line.trim();
    var was = old[i];
    if (was && was.lead && words.indexOf(was.lead) === 0) return { lead: was.lead, text: words.slice(was.lead.length), level: level };
    return { lead: null, text: words, level: level };
  });
}

function field(label, value, onInput, multiline) {
  var input = multiline ? el("textarea", { value: value }) : el("input", { type: "text", value: value });
  input.addEventListener("input", function () { onInput(input.value); });
  return el("label", { text: label }, [input]);
}

function showSlides(sketches) {
  var list = $("slides");
  list.textContent = "";
  var slides = state.plan.slides;
  $("count").textContent = String(slides.length);
  slides.forEach(function (s, i) {
    var img = el("img", { alt: "第" + (i + 1) + "张幻灯片预览", src: svgUrl(sketches[i] || "") });
    var edits = [el("div", { class: "kind", text: "第 " + (i + 1) + " 张 · " + (LAYOUTS[s.layout] || s.layout) })];
    var changed = function () { scheduleSketch(); };
    if ("title" in s) edits.push(field("标题", s.title, function (v) { s.title = v; changed(); }));
    if ("text" in s) edits.push(field("文字", s.text, function (v) { s.text = v; changed(); }));
    if (s.layout === "points" || s.layout === "subpoints") {
      edits.push(field("要点（每行一条；行首空两格为上一条的分项）", bulletLines(s), function (v) { s.bullets = readBullets(s, v); changed(); }, true));
    }
    if (s.layout === "agenda") {
      edits.push(field("目录（每行一项）", s.items.map(function (it) { return it.text; }).join("\\n"), function (v) {
        s.items = v.split("\\n").filter(function (l) { return l.trim(); }).map(function (t, k) { return { text: t.trim(), missing: !!(s.items[k] && s.items[k].missing) }; });
        changed();
      }, true));
    }
    if (s.layout === "figures") edits.push(el("p", { class: "kind", text: "数据：" + s.figures.map(function (f) { return f.value + "（" + f.label + "）"; }).join("、") + "。请与原文核对。" }));
    var tools = el("div", { class: "tools" }, [
      button("上移", function () { move(i, -1); }, i === 0),
      button("下移", function () { move(i, 1); }, i === slides.length - 1),
      button("删除此页", function () { slides.splice(i, 1); showSlides([]); refresh(); }, slides.length === 1),
    ]);
    edits.push(tools);
    list.appendChild(el("li", { class: "slide" }, [el("figure", { class: "preview", "data-slide": String(i + 1) }, [img]), el("div", { class: "edit" }, edits)]));
  });
}

function button(text, onClick, disabled) {
  var b = el("button", { type: "button", text: text, disabled: !!disabled });
  b.addEventListener("click", onClick);
  return b;
}

function move(i, by) {
  var slides = state.plan.slides;
  var s = slides.splice(i, 1)[0];
  slides.splice(i + by, 0, s);
  showSlides([]);
  refresh();
}

// --- Previews: the sketch at once, LibreOffice's pictures when it is installed ------------------
function refresh() {
  clearTimeout(state.sketchTimer);
  var seq = ++state.sketchSeq;
  api("/api/sketch", planForm()).then(function (r) { return r.json(); }).then(function (d) {
    if (seq !== state.sketchSeq) return;
    showWarnings(d.warnings);
    if (d.plan.slides.length !== state.plan.slides.length) {
      // Text that no longer fits continued on a new slide: the list is drawn again.
      state.plan = d.plan;
      showSlides(d.sketches);
    } else {
      var imgs = document.querySelectorAll("#slides figure img");
      d.sketches.forEach(function (svg, i) { if (imgs[i]) imgs[i].src = svgUrl(svg); });
    }
    $("preview-kind").textContent = sketchNote();
    schedulePreviews();
  }).catch(function (e) { status(e.message, true); });
}

function scheduleSketch() {
  clearTimeout(state.sketchTimer);
  state.sketchTimer = setTimeout(refresh, 300);
}

function schedulePreviews() {
  if (!state.info || !state.info.previews || !state.plan) {
    $("preview-kind").textContent = "　预览为示意图（安装 LibreOffice 后显示实际效果）" + sketchNote();
    return;
  }
  clearTimeout(state.previewTimer);
  state.previewTimer = setTimeout(function () {
    var seq = ++state.previewSeq;
    var sketchSeq = state.sketchSeq;
    // An earlier request still waiting is no longer wanted: the server then skips it.
    if (state.previewAbort) state.previewAbort.abort();
    state.previewAbort = new AbortController();
    $("preview-kind").textContent = "　正在用 LibreOffice 生成实际效果图……";
    api("/api/preview", planForm(), undefined, state.previewAbort.signal).then(function (r) { return r.json(); }).then(function (d) {
      if (seq !== state.previewSeq || sketchSeq !== state.sketchSeq) return;
      if (!d.images) { $("preview-kind").textContent = "　预览为示意图：" + (d.message || "") + sketchNote(); return; }
      var imgs = document.querySelectorAll("#slides figure img");
      d.images.forEach(function (src, i) { if (imgs[i]) { imgs[i].src = src; imgs[i].dataset.kind = "png"; } });
      $("preview-kind").textContent = "　预览为 LibreOffice 实际效果" + (state.template ? "（单位模板）" : "");
    }).catch(function () { $("preview-kind").textContent = "　预览为示意图" + sketchNote(); });
  }, 1200);
}

// --- Download -----------------------------------------------------------------------------------
function download() {
  if (!state.plan) return;
  status("正在生成 .pptx……");
  api("/api/deck", planForm()).then(function (r) { return r.blob(); }).then(function (blob) {
    var a = el("a", { href: URL.createObjectURL(blob), download: (state.name || "演示文稿") + ".pptx" });
    document.body.appendChild(a);
    a.click();
    a.remove();
    status("已生成 " + (state.name || "演示文稿") + ".pptx（" + state.plan.slides.length + " 张幻灯片）。");
  }).catch(function (e) { status(e.message, true); });
}

// --- Wiring -------------------------------------------------------------------------------------
$("file").addEventListener("change", function () { useFile($("file").files[0]); });
var drop = $("drop");
["dragenter", "dragover"].forEach(function (t) { drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); }); });
["dragleave", "drop"].forEach(function (t) { drop.addEventListener(t, function () { drop.classList.remove("over"); }); });
drop.addEventListener("drop", function (e) { e.preventDefault(); useFile(e.dataTransfer.files[0]); });
$("use-paste").addEventListener("click", function () {
  var text = $("paste").value;
  if (!text.trim()) { status("请先粘贴文稿的文字。", true); return; }
  state.source = { body: new Blob([text], { type: "text/plain;charset=utf-8" }), name: "粘贴的文稿.txt" };
  recognise();
});
$("theme").addEventListener("change", function () { if (state.plan) refresh(); });
$("ratio").addEventListener("change", function () { if (state.plan) refresh(); });
// Density decides which sentences the bullets carry: the outline is made again from the document.
$("density").addEventListener("change", function () { if (state.source) recognise(); });
// So does a template (its boxes, fonts and slide size): the slide size is the template's own.
function useTemplate(file) {
  // Too large: refused here, and the template chosen before (if any) stays.
  if (file && tooLarge(file.size + (state.source ? state.source.body.size : 0))) { $("template").value = ""; return; }
  state.template = file || null;
  $("clear-template").hidden = !state.template;
  $("ratio").disabled = !!state.template;
  $("template-note").textContent = state.template ? "幻灯片按模板的母版、版式、配色和大小生成（比例随模板）" : "";
  if (state.source) recognise();
}
$("template").addEventListener("change", function () { useTemplate($("template").files[0]); });
$("clear-template").addEventListener("click", function () { $("template").value = ""; useTemplate(null); });
$("download").addEventListener("click", download);

api("/api/info").then(function (r) { return r.json(); }).then(function (info) {
  state.info = info;
  info.themes.forEach(function (t) { $("theme").appendChild(el("option", { value: t.name, text: t.label, selected: t.name === info.defaultTheme })); });
  status("请选择或拖入一份文稿。");
}).catch(function (e) { status(e.message, true); });
</script>
</body>
</html>
`;
