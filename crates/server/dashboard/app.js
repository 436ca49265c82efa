// The discern dashboard: plain DOM, no framework. Every text from the server is put in
// the page with textContent (never parsed as HTML), and the API key lives in this tab's
// sessionStorage only: sent as a Bearer header, never in a URL, gone with the tab.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const COLOURS = { social: "#2b6cb0", marketing: "#b7791f", spam: "#c53030" };
const session = {
  key: sessionStorage.getItem("discern.key"),
  site: sessionStorage.getItem("discern.site") || "default",
  labels: ["marketing", "social", "spam"],
  report: null,
};

const $ = (id) => document.getElementById(id);

// An element with attributes and children (strings become text nodes).
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) {
    if (c !== null && c !== undefined) node.append(c);
  }
  return node;
}

function svg(tag, attrs, ...children) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  for (const c of children.flat()) if (c) node.append(c);
  return node;
}

function say(message) {
  $("status").textContent = message;
}

function pct(x) {
  return (x * 100).toFixed(1) + "%";
}

function num(x) {
  return Number.isInteger(x) ? String(x) : x.toFixed(2);
}

class ApiError extends Error {}

async function api(method, path, body) {
  const sep = path.includes("?") ? "&" : "?";
  const headers = { Authorization: "Bearer " + session.key };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const res = await fetch(path + sep + "site=" + encodeURIComponent(session.site), {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (res.status === 401) {
    logout("The key was refused; log in again.");
    throw new ApiError("unauthorized");
  }
  const type = res.headers.get("content-type") || "";
  const data = type.includes("json") ? await res.json() : await res.text();
  if (!res.ok) {
    const why = data && data.error ? data.error.message : String(res.status);
    throw new ApiError(why);
  }
  return data;
}

// ---- views ----------------------------------------------------------------------

const VIEWS = ["login", "overview", "campaigns", "report", "queue", "settings"];

async function show(view) {
  for (const v of VIEWS) $("view-" + v).hidden = v !== view;
  for (const b of document.querySelectorAll("#nav [data-view]")) {
    if (b.dataset.view === view) b.setAttribute("aria-current", "page");
    else b.removeAttribute("aria-current");
  }
  try {
    if (view === "overview") await loadOverview();
    if (view === "campaigns") await loadCampaigns();
    if (view === "queue") await loadQueue();
    if (view === "settings") await loadSettings();
  } catch (e) {
    if (!(e instanceof ApiError && e.message === "unauthorized")) say("Could not load: " + e.message);
  }
  // Focus goes to the view's heading, so a keyboard or screen-reader user lands there;
  // on the login view, straight to the key field.
  if (view === "login") $("key").focus();
  else $("view-" + view).querySelector("h1").focus();
}

function logout(message) {
  sessionStorage.removeItem("discern.key");
  sessionStorage.removeItem("discern.site");
  session.key = null;
  $("nav").hidden = true;
  $("key").value = "";
  $("login-error").textContent = message || "";
  show("login");
}

async function login(event) {
  event.preventDefault();
  const key = $("key").value.trim();
  const site = $("site").value.trim() || "default";
  if (!key) {
    $("login-error").textContent = "Enter an API key.";
    $("key").focus();
    return;
  }
  session.key = key;
  session.site = site;
  try {
    await api("GET", "/v1/sites");
  } catch (e) {
    $("login-error").textContent = e.message === "unauthorized" ? "That key was refused." : e.message;
    $("key").focus();
    return;
  }
  sessionStorage.setItem("discern.key", key);
  sessionStorage.setItem("discern.site", site);
  $("login-error").textContent = "";
  enter();
}

function enter() {
  $("nav").hidden = false;
  $("who").textContent = "Site: " + session.site;
  show("overview");
}

// ---- overview ---------------------------------------------------------------------

async function loadOverview() {
  const mix = await api("GET", "/v1/content-mix?days=30");
  session.labels = mix.labels;
  const box = $("mix");
  box.replaceChildren(mixChart(mix));
  const campaigns = await api("GET", "/v1/campaigns");
  $("overview-campaigns").replaceChildren(await campaignTable(campaigns.campaigns.slice(0, 20)));
}

function mixChart(mix) {
  const totals = mix.labels.map((l) => l + ": " + (mix.totals[l] || 0)).join(", ");
  if (!mix.days.length) return el("p", { class: "muted", text: "No verdicts in the last 30 days." });
  const colW = 22, gap = 6, h = 140;
  const width = mix.days.length * (colW + gap) + 10;
  const max = Math.max(1, ...mix.days.map((d) => Object.values(d.counts).reduce((a, b) => a + b, 0)));
  const chart = svg("svg", { viewBox: `0 0 ${width} ${h + 20}`, width, height: h + 20, role: "img", "aria-labelledby": "mix-title" },
    svg("title", { id: "mix-title" }));
  chart.firstChild.textContent = "Verdicts per day by label. Totals: " + totals;
  mix.days.forEach((d, i) => {
    let y = h;
    for (const label of mix.labels) {
      const bar = ((d.counts[label] || 0) / max) * h;
      y -= bar;
      const rect = svg("rect", { x: 5 + i * (colW + gap), y: y.toFixed(1), width: colW, height: bar.toFixed(1), fill: COLOURS[label] || "#718096" });
      const title = svg("title");
      title.textContent = `${d.day} ${label}: ${d.counts[label] || 0}`;
      rect.append(title);
      chart.append(rect);
    }
  });
  const legend = el("p", { class: "legend" }, mix.labels.map((l) =>
    el("span", {}, el("i", { class: "swatch swatch-" + l, "aria-hidden": "true" }), `${l}: ${mix.totals[l] || 0}`)));
  return el("div", {}, legend, chart);
}

// ---- campaigns --------------------------------------------------------------------

async function campaignTable(list) {
  if (!list.length) return el("p", { class: "muted", text: "No campaigns yet." });
  const rows = [];
  for (const c of list) {
    let progress = null;
    try {
      const r = await api("GET", `/v1/campaigns/${c.id}/report`);
      progress = r.goal;
    } catch (e) {
      progress = null;
    }
    const label = `${c.name}: ${progress ? pct(progress.progress) : "unknown"} of the goal`;
    rows.push(el("tr", {},
      el("th", { scope: "row", text: c.name }),
      el("td", { text: c.goal.kind.replace("_", " ") + " — " + c.goal.metric.replace("_", " ") }),
      el("td", {}, progress
        ? el("span", {}, el("progress", { max: 1, value: Math.min(1, progress.progress), "aria-label": label }), " ",
          `${num(progress.value)} / ${num(progress.target)}`)
        : "—"),
      el("td", {}, el("button", { type: "button", onclick: () => openReport(c.id), text: "Report" }))));
  }
  return el("table", {},
    el("thead", {}, el("tr", {}, ["Campaign", "Goal", "Progress", ""].map((t) => el("th", { scope: "col", text: t })))),
    el("tbody", {}, rows));
}

async function loadCampaigns() {
  const campaigns = await api("GET", "/v1/campaigns");
  $("campaign-list").replaceChildren(await campaignTable(campaigns.campaigns));
}

async function createCampaign(event) {
  event.preventDefault();
  const f = event.target;
  const body = { name: f.name.value.trim(), goal: f.goal.value, target: Number(f.target.value) };
  if (f.currency.value.trim()) body.currency = f.currency.value.trim().toUpperCase();
  if (f.budget.value) body.budget = Number(f.budget.value);
  try {
    const c = await api("POST", "/v1/campaigns", body);
    $("campaign-error").textContent = "";
    f.reset();
    say(`Campaign "${c.name}" created.`);
    await loadCampaigns();
  } catch (e) {
    $("campaign-error").textContent = e.message;
  }
}

// ---- report -----------------------------------------------------------------------

function table(rows) {
  return el("table", {}, el("tbody", {}, rows.map(([k, v]) =>
    el("tr", {}, el("th", { scope: "row", text: k }), el("td", { class: "n", text: String(v) })))));
}

async function openReport(id) {
  const r = await api("GET", `/v1/campaigns/${id}/report`);
  session.report = r;
  const cur = r.campaign.currency;
  $("report-h").textContent = "Report: " + r.campaign.name;
  const g = r.goal;
  const model = r.conversions.attribution.model;
  const reasons = Object.entries(r.clicks.bot_reasons).map(([k, v]) => [`bot: ${k.replace(/_/g, " ")}`, v]);
  $("report-body").replaceChildren(
    el("p", {}, `Goal: ${g.kind.replace("_", " ")}, measured by ${g.metric.replace("_", " ")}. `,
      el("strong", { text: `Attribution: ${model}` }), `, ${r.conversions.attribution.lookback_days}-day lookback.`),
    el("p", {}, el("label", { for: "goal-progress", text: "Goal progress " }),
      el("progress", { id: "goal-progress", max: 1, value: Math.min(1, g.progress) }),
      ` ${num(g.value)} of ${num(g.target)} (${pct(g.progress)})`),
    el("div", { class: "cards" },
      el("section", { class: "card", "aria-labelledby": "social-h" },
        el("h2", { id: "social-h", text: "Social content, by conversation" }),
        table([["Posts", r.social.posts], ["Replies", r.social.replies], ["People replying", r.social.distinct_repliers],
          ["Thread depth", r.social.thread_depth], ["Reciprocity", pct(r.social.reciprocity)],
          ["Spam replies", r.social.spam_replies], ["Spam share", pct(r.social.spam_share)]])),
      el("section", { class: "card", "aria-labelledby": "marketing-h" },
        el("h2", { id: "marketing-h", text: "Marketing content, by its goal" }),
        table([["Human clicks", r.marketing.human_clicks], ["Human share of clicks", pct(r.marketing.human_click_rate)],
          ["Conversions", num(r.marketing.conversions)], ["Conversion rate", pct(r.marketing.conversion_rate)],
          ["Revenue", `${num(r.marketing.revenue)} ${cur}`],
          ["Unattributed conversions", r.conversions.unattributed.count]]))),
    el("h2", { text: "Clicks: people and bots" }),
    table([["Recorded", r.clicks.total], ["People", r.clicks.human], ["Repeats within 30 minutes", r.clicks.repeats],
      ["Bots", r.clicks.bot], ...reasons]),
    el("h2", { text: `Conversions by channel (${model})` }),
    r.channels.length
      ? table(r.channels.map((c) => [c.channel + (c.paid ? " (paid)" : ""), `${num(c.conversions)} · ${num(c.value)} ${cur}`]))
      : el("p", { class: "muted", text: "No links yet." }));
  await show("report");
}

async function downloadReport() {
  const r = session.report;
  if (!r) return;
  const res = await fetch(`/v1/campaigns/${r.campaign.id}/report.html?site=` + encodeURIComponent(session.site), {
    headers: { Authorization: "Bearer " + session.key },
  });
  if (!res.ok) {
    say("Could not fetch the HTML report.");
    return;
  }
  const url = URL.createObjectURL(await res.blob());
  const a = el("a", { href: url, download: `campaign-${r.campaign.id}-report.html` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  say("HTML report downloaded.");
}

// ---- moderation queue ---------------------------------------------------------------

async function loadQueue() {
  const status = $("queue-status").value;
  const q = await api("GET", "/v1/moderation/queue?status=" + status);
  const list = $("queue-list");
  if (!q.checks.length) {
    list.replaceChildren(el("p", { class: "muted", text: status === "review" ? "Nothing waits for review." : "No checks yet." }));
    return;
  }
  list.replaceChildren(el("ol", { class: "queue" }, q.checks.map(checkItem)));
}

function checkItem(c) {
  const p = c.scores && typeof c.scores.spam === "number" ? c.scores.spam : null;
  const when = new Date(c.created_at * 1000).toISOString().replace("T", " ").slice(0, 16) + " UTC";
  const headingId = "check-" + c.id;
  const result = el("p", { class: "result", "aria-live": "polite" });
  const select = el("select", { id: "correct-" + c.id },
    session.labels.filter((l) => l !== c.label).map((l) => el("option", { value: l, text: l })));
  const factors = c.factors && typeof c.factors === "object"
    ? el("dl", { class: "factors" }, Object.entries(c.factors).flatMap(([k, v]) =>
      [el("dt", { text: k }), el("dd", { text: factorText(v) })]))
    : null;
  return el("li", {},
    el("article", { class: "check", "aria-labelledby": headingId },
      el("h2", { id: headingId, class: "check-h" },
        el("span", { class: "badge badge-" + c.label, text: c.label }),
        p === null ? "" : ` spam probability ${p.toFixed(2)} · `,
        `${c.author || "anonymous"} · ${when}`,
        c.review ? el("span", { class: "badge badge-flag", text: c.review === "unsure" ? "unsure" : "shadow: would have caught" }) : "",
        c.reviewed ? el("span", { class: "badge badge-done", text: "reviewed: " + c.reviewed }) : ""),
      el("blockquote", { text: c.content }),
      el("details", {},
        el("summary", { text: "Why this verdict" }),
        c.judged ? el("p", { class: "judged", text: c.judged }) : null,
        el("ul", {}, (Array.isArray(c.signals) ? c.signals : []).filter((s) => s !== c.judged).map((s) => el("li", { text: s }))),
        factors),
      el("div", { class: "actions" },
        el("button", { type: "button", onclick: () => review(c, c.label, result), text: `Confirm ${c.label}` }),
        el("label", { for: "correct-" + c.id, text: "Correct to" }), select,
        el("button", { type: "button", onclick: () => review(c, select.value, result), text: "Correct" })),
      result));
}

// A factor's value in words: lists joined, the text model's scores as label: p.
function factorText(v) {
  if (Array.isArray(v)) return v.length ? v.join("; ") : "none";
  if (v && typeof v === "object") return Object.entries(v).map(([k, x]) => `${k} ${x}`).join(", ");
  return String(v);
}

async function review(c, label, result) {
  try {
    const r = await api("POST", `/v1/moderation/checks/${c.id}`, { label });
    const what = r.confirmed ? `Confirmed ${label}` : `Corrected to ${label}`;
    const learned = r.status === "duplicate" ? "already recorded" : r.learned ? `learned (adapter version ${r.adapter_version})` : "stored";
    result.textContent = `${what}: ${learned}.`;
    say(result.textContent);
  } catch (e) {
    result.textContent = "Could not save: " + e.message;
  }
}

// ---- settings ---------------------------------------------------------------------

async function loadSettings() {
  const s = await api("GET", "/v1/moderation/settings");
  $("s-unsure").checked = !!s.unsure;
  if (s.unsure) {
    $("s-low").value = s.unsure.low;
    $("s-high").value = s.unsure.high;
  }
  $("s-shadow").checked = s.shadow;
  await loadShadow();
}

async function loadShadow() {
  const r = await api("GET", "/v1/moderation/shadow");
  const box = $("shadow-report");
  if (!r.shadow) {
    box.replaceChildren(el("p", { class: "muted", text: "Shadow mode is off." }));
    return;
  }
  box.replaceChildren(table([
    ["On since", new Date(r.since * 1000).toISOString().slice(0, 16).replace("T", " ") + " UTC"],
    ["Comments checked", r.checks], ["Would have been caught", `${r.would_catch} (${pct(r.would_catch_share)})`],
    ["Reviewed by a person", r.reviewed], ["Confirmed spam", r.confirmed_spam], ["Said not spam", r.said_not_spam]]));
}

async function saveSettings(event) {
  event.preventDefault();
  const body = { shadow: $("s-shadow").checked, unsure: null };
  if ($("s-unsure").checked) body.unsure = { low: Number($("s-low").value), high: Number($("s-high").value) };
  try {
    await api("PUT", "/v1/moderation/settings", body);
    $("settings-error").textContent = "";
    say("Settings saved.");
    await loadShadow();
  } catch (e) {
    $("settings-error").textContent = e.message;
  }
}

// ---- start ------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", () => {
  $("login-form").addEventListener("submit", login);
  $("logout").addEventListener("click", () => logout("Logged out."));
  $("campaign-form").addEventListener("submit", createCampaign);
  $("queue-form").addEventListener("submit", (e) => { e.preventDefault(); loadQueue(); });
  $("queue-status").addEventListener("change", loadQueue);
  $("settings-form").addEventListener("submit", saveSettings);
  $("report-download").addEventListener("click", downloadReport);
  $("report-back").addEventListener("click", () => show("campaigns"));
  for (const b of document.querySelectorAll("#nav [data-view]")) {
    b.addEventListener("click", () => show(b.dataset.view));
  }
  $("site").value = session.site;
  if (session.key) enter();
  else show("login");
});
