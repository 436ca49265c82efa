-- wrk script for bench/server_load.sh: WordPress-like comment-check forms, four texts in
-- turn, with the key (env KEY) in the body as the Akismet plugin sends it.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["User-Agent"] = "WordPress/6.5; https://blog.example | Akismet/5.3"
local key = os.getenv("KEY")
local comments = {
  "Great article! I have been looking for a clear explanation of this for weeks, thanks for sharing.",
  "Buy cheap followers and likes now, best prices guaranteed, visit our site for a free trial",
  "I disagree with the second point, in my experience the older approach scales better for small teams.",
  "Check out our new summer collection, 30% off everything this weekend only, link in profile",
}
local function enc(s) return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end)) end
local bodies = {}
for i, c in ipairs(comments) do
  bodies[i] = "api_key=" .. key .. "&blog=" .. enc("https://blog.example") .. "&user_ip=203.0.113." .. i ..
    "&user_agent=" .. enc("Mozilla/5.0 (X11; Linux x86_64) Firefox/126.0") .. "&referrer=" .. enc("https://www.google.com/") ..
    "&permalink=" .. enc("https://blog.example/2024/05/post-" .. i) .. "&comment_type=comment" ..
    "&comment_author=" .. enc("Reader " .. i) .. "&comment_author_email=" .. enc("reader" .. i .. "@example.com") ..
    "&comment_author_url=&comment_content=" .. enc(c) .. "&comment_date_gmt=2024-05-01T10:00:00Z&blog_lang=en_US&blog_charset=UTF-8"
end
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, "/1.1/comment-check", nil, bodies[(n % #bodies) + 1])
end
