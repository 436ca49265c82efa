// Runs the two npm Akismet clients against a running discern serve.
// Usage: DISCERN_URL=http://127.0.0.1:PORT DISCERN_KEY=xxxxxxxxxxxx node compat.mjs
import assert from "node:assert/strict";
import dns from "node:dns";
import { createRequire } from "node:module";
import { Author, Blog, CheckResult, Client, Comment, CommentType } from "@cedx/akismet";

const require = createRequire(import.meta.url);
const { AkismetClient } = require("akismet-api");

const base = new URL(process.env.DISCERN_URL ?? "http://127.0.0.1:8080");
const key = process.env.DISCERN_KEY;
assert.ok(key && key.length === 12, "DISCERN_KEY must hold a 12-character key");
const blogUrl = "https://compat.example";
const ham = "Thanks for the detailed write-up on pruning roses, I tried it on my garden this weekend and it worked.";
const spam = "WINNER!! cheap viagra pills casino, WIN a FREE iPhone!!! Call 09061701461 now to claim your prize";

// akismet-api puts the key in the host name (KEY.host), as Akismet itself does. Resolve
// any *.localhost name to loopback, as browsers and systemd-resolved do.
const lookup = dns.lookup;
dns.lookup = (hostname, options, callback) =>
  hostname.endsWith(".localhost") ? lookup("127.0.0.1", options, callback) : lookup(hostname, options, callback);

let failures = 0;
async function check(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    console.log(`FAIL ${name}: ${e.stack ?? e}`);
  }
}

// --- akismet-api ---------------------------------------------------------------------
const api = new AkismetClient({ key, blog: blogUrl, host: `localhost:${base.port}`, protocol: "http" });
const comment = (content, extra = {}) => ({ ip: "203.0.113.7", useragent: "Mozilla/5.0", content, ...extra });
await check("akismet-api verifyKey", async () => assert.equal(await api.verifyKey(), true));
await check("akismet-api verifyKey (bad key)", async () => {
  const bad = new AkismetClient({ key: "zzzzzzzzzzzz", blog: blogUrl, host: `localhost:${base.port}`, protocol: "http" });
  assert.equal(await bad.verifyKey(), false);
});
await check("akismet-api checkSpam ham", async () => assert.equal(await api.checkSpam(comment(ham, { name: "Rose" })), false));
await check("akismet-api checkSpam spam", async () => assert.equal(await api.checkSpam(comment(spam)), true));
await check("akismet-api checkSpam guaranteed", async () =>
  assert.equal(await api.checkSpam(comment(ham, { name: "akismet-guaranteed-spam" })), true));
await check("akismet-api checkSpam honeypot", async () =>
  assert.equal(await api.checkSpam(comment(ham, { honeypot: "filled by a bot" })), true));
await check("akismet-api submitSpam", async () => {
  const r = await api.submitSpam(comment("Buy followers cheap, visit my site"));
  assert.equal(r.text, "Thanks for making the web a better place.");
});
await check("akismet-api submitHam", async () => {
  const r = await api.submitHam(comment(ham));
  assert.equal(r.text, "Thanks for making the web a better place.");
});

// --- @cedx/akismet (throws on any X-akismet-debug-help header) ---------------------------
const blog = new Blog({ url: blogUrl, charset: "UTF-8", languages: ["en", "fr"] });
const client = new Client(key, blog, { baseUrl: base.href });
const author = (extra = {}) => new Author({ ipAddress: "203.0.113.8", userAgent: "Mozilla/5.0", ...extra });
await check("@cedx/akismet verifyKey", async () => assert.equal(await client.verifyKey(), true));
await check("@cedx/akismet verifyKey (bad key)", async () =>
  assert.equal(await new Client("zzzzzzzzzzzz", blog, { baseUrl: base.href }).verifyKey(), false));
await check("@cedx/akismet checkComment ham", async () => {
  const c = new Comment({ author: author({ name: "Rose" }), content: ham, type: CommentType.comment, context: ["roses", "garden"], date: new Date() });
  assert.equal(await client.checkComment(c), CheckResult.ham);
});
await check("@cedx/akismet checkComment spam", async () => {
  const result = await client.checkComment(new Comment({ author: author(), content: spam }));
  assert.ok(result === CheckResult.spam || result === CheckResult.pervasiveSpam, `got ${result}`);
});
await check("@cedx/akismet checkComment guaranteed spam", async () => {
  const result = await client.checkComment(new Comment({ author: author({ name: "akismet-guaranteed-spam" }), content: ham }));
  assert.notEqual(result, CheckResult.ham);
});
await check("@cedx/akismet checkComment administrator", async () =>
  assert.equal(await client.checkComment(new Comment({ author: author({ role: "administrator" }), content: spam })), CheckResult.ham));
await check("@cedx/akismet submitSpam", async () => client.submitSpam(new Comment({ author: author(), content: "Cheap watches, best replicas" })));
await check("@cedx/akismet submitHam", async () => client.submitHam(new Comment({ author: author(), content: ham })));
await check("@cedx/akismet isTest", async () => {
  const t = new Client(key, blog, { baseUrl: base.href, isTest: true });
  assert.equal(await t.checkComment(new Comment({ author: author(), content: ham })), CheckResult.ham);
});

console.log(failures ? `${failures} npm compatibility check(s) failed` : "all npm compatibility checks passed");
process.exit(failures ? 1 : 0);
