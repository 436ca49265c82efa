// The dashboard in a real browser: Debian's headless chromium driven by playwright-core
// (no browser download). Logs in with a key, creates a campaign, confirms a verdict in the
// moderation queue, turns shadow mode on, and reads the campaign report (the dashboard's
// and the HTML one). A screenshot of each page is kept in OUT.
//
// Usage: node dashboard.mjs BASE_URL KEY SITE OUT_DIR
import { chromium } from "playwright-core";
import { mkdirSync } from "node:fs";

const [base, key, site, out] = process.argv.slice(2);
if (!out) {
  console.error("usage: node dashboard.mjs BASE_URL KEY SITE OUT_DIR");
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const CHROME_UA =
  "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36";
const NAME = "Spring <b>launch</b>";

function check(ok, what) {
  if (!ok) throw new Error("FAIL: " + what);
  console.log("ok   " + what);
}

async function api(method, path, body) {
  const sep = path.includes("?") ? "&" : "?";
  const res = await fetch(`${base}${path}${sep}site=${encodeURIComponent(site)}`, {
    method,
    headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`);
  return res.json();
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  // Root in a container has no user namespaces for chromium's sandbox.
  args: ["--no-sandbox"],
});
const problems = [];
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  // A script error or a Content-Security-Policy violation shows up here.
  page.on("pageerror", (e) => problems.push("page error: " + e.message));
  page.on("console", (m) => {
    if (m.type() === "error" && !m.text().includes("401")) problems.push("console: " + m.text());
  });
  const shot = (name) => page.screenshot({ path: `${out}/${name}.png`, fullPage: true });

  // Log in, by keyboard: the page opens on the key field, Tab goes to the site, then to
  // the button.
  await page.goto(base + "/");
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.textContent);
  check(await focused() === "key", "the page opens with the key field focused");
  await page.keyboard.type("wrongkey0000");
  await page.keyboard.press("Tab");
  check(await focused() === "site", "Tab goes to the site field");
  await page.keyboard.press("Tab");
  check(await focused() === "Log in", "then to the Log in button");
  await page.keyboard.press("Enter");
  await page.getByRole("alert").filter({ hasText: "That key was refused." }).waitFor();
  check(true, "a wrong key is refused with an alert");
  await shot("1-login");
  await page.getByLabel("API key").fill(key);
  await page.getByLabel("Site", { exact: true }).fill(site);
  await page.getByRole("button", { name: "Log in" }).click();
  await page.getByRole("heading", { name: "Overview" }).waitFor();
  check(!page.url().includes(key), "the key is not in the URL");
  check(await page.evaluate(() => sessionStorage.getItem("discern.key")) === key, "the key is kept in sessionStorage");
  await page.locator("#mix svg").waitFor();
  check((await page.locator("#mix").textContent()).includes("spam: 1"), "the overview shows the content mix");
  await shot("2-overview");

  // Create a campaign through the form.
  await page.getByRole("button", { name: "Campaigns" }).click();
  await page.getByLabel("Name").fill(NAME);
  await page.getByLabel("Goal").selectOption("awareness");
  await page.getByLabel("Target").fill("2");
  await page.getByRole("button", { name: "Create campaign" }).click();
  await page.getByRole("rowheader", { name: NAME }).waitFor();
  check(true, "the campaign is created and listed (its name shown as text)");
  // People and bots click its link (the redirect is server work, not the dashboard's).
  const { campaigns } = await api("GET", "/v1/campaigns");
  const id = campaigns.find((c) => c.name === NAME).id;
  await api("POST", "/v1/links", { campaign_id: id, destination: "https://shop.example/", code: "e2e", channel: "mastodon" });
  await fetch(`${base}/l/e2e`, { redirect: "manual", headers: { "User-Agent": CHROME_UA } });
  await fetch(`${base}/l/e2e`, { method: "HEAD", redirect: "manual", headers: { "User-Agent": CHROME_UA } });
  await shot("3-campaigns");

  // The moderation queue: see why, confirm the spam verdict.
  await page.getByRole("button", { name: "Moderation queue" }).click();
  const spam = page.locator("article.check").filter({ has: page.locator(".badge-spam") }).first();
  await spam.waitFor();
  await spam.getByText("Why this verdict").click();
  check((await spam.locator(".judged").textContent()).startsWith("judged: spam"), "the queue says why: judged: spam …");
  await spam.getByRole("button", { name: "Confirm spam" }).click();
  await spam.locator(".result").filter({ hasText: "Confirmed spam: learned (adapter version 1)." }).waitFor();
  check(true, "confirming a verdict is learned by the site's adapter");
  await shot("4-queue");

  // Shadow mode on, and its report.
  await page.getByRole("button", { name: "Settings" }).click();
  await page.getByLabel("Shadow mode").check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await page.locator("#shadow-report table").waitFor();
  const settings = await api("GET", "/v1/moderation/settings");
  check(settings.shadow === true, "shadow mode is stored for the site");
  await shot("5-settings");

  // The report: wait for the clicks to be written (batched), then read it.
  let people = "";
  for (let i = 0; i < 40 && people !== "1"; i++) {
    await page.getByRole("button", { name: "Campaigns" }).click();
    await page.getByRole("row", { name: new RegExp("Spring") }).getByRole("button", { name: "Report" }).click();
    await page.getByRole("heading", { name: "Report: " + NAME }).waitFor();
    people = (await page.getByRole("row", { name: /^People \d/ }).locator("td").textContent()).trim();
    if (people !== "1") await page.waitForTimeout(100);
  }
  check(people === "1", "the report counts one person");
  const bots = (await page.getByRole("row", { name: /^Bots \d/ }).locator("td").textContent()).trim();
  check(bots === "1", "and one bot (the HEAD request)");
  check((await page.locator("#report-body").textContent()).includes("Attribution: last_click"), "the report names the attribution model");
  await shot("6-report");

  // The HTML report, as the download button fetches it.
  const html = await browser.newPage({ extraHTTPHeaders: { Authorization: `Bearer ${key}` } });
  html.on("pageerror", (e) => problems.push("report page error: " + e.message));
  await html.goto(`${base}/v1/campaigns/${id}/report.html?site=${encodeURIComponent(site)}`);
  check((await html.locator("h1").textContent()) === NAME, "the HTML report shows the name as text, escaped");
  check(await html.locator("svg").count() >= 3, "the HTML report has its charts");
  await html.screenshot({ path: `${out}/7-report-html.png`, fullPage: true });

  // Log out: the key is gone from the tab.
  await page.getByRole("button", { name: "Log out" }).click();
  check(await page.evaluate(() => sessionStorage.getItem("discern.key")) === null, "logging out forgets the key");
  check(problems.length === 0, "no script errors or policy violations: " + problems.join("; "));
} finally {
  await browser.close();
}
console.log(`dashboard browser test passed; screenshots in ${out}`);
