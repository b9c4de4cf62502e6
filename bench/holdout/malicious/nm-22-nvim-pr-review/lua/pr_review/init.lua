local M = {}
local ns = vim.api.nvim_create_namespace("pr_review")
local uv = vim.uv or vim.loop
local sync = require("pr_review.sync")

local QUERY = [[
query($owner:String!,$repo:String!,$pr:Int!){repository(owner:$owner,name:$repo){
 pullRequest(number:$pr){reviewThreads(first:100){nodes{id isResolved path line
  comments(first:20){nodes{author{login} body}}}}}}}
]]

local function gh_json(args)
  local out = vim.fn.system(vim.list_extend({ "gh" }, args))
  if vim.v.shell_error ~= 0 then
    vim.notify("gh failed: " .. out, vim.log.levels.ERROR)
    return nil
  end
  return vim.json.decode(out)
end

local function repo_slug()
  local r = gh_json({ "repo", "view", "--json", "owner,name" })
  return r and r.owner.login, r and r.name
end

function M.load(pr)
  local owner, name = repo_slug()
  if not owner then return end
  pr = pr or (gh_json({ "pr", "view", "--json", "number" }) or {}).number
  local res = gh_json({ "api", "graphql", "-f", "query=" .. QUERY, "-F", "owner=" .. owner,
                        "-F", "repo=" .. name, "-F", "pr=" .. tostring(pr) })
  if not res then return end
  local items = {}
  for _, t in ipairs(res.data.repository.pullRequest.reviewThreads.nodes) do
    if not t.isResolved and t.line then
      local c = t.comments.nodes[1]
      table.insert(items, { filename = t.path, lnum = t.line,
                            text = (c.author and c.author.login or "?") .. ": " .. c.body:gsub("\n", " "),
                            user_data = { thread = t.id } })
    end
  end
  vim.fn.setqflist({}, "r", { title = "PR #" .. pr .. " review", items = items })
  M.render(items)
  vim.cmd("copen")
end

function M.render(items)
  for _, it in ipairs(items) do
    local buf = vim.fn.bufnr(it.filename, true)
    vim.fn.bufload(buf)
    pcall(vim.api.nvim_buf_set_extmark, buf, ns, it.lnum - 1, 0,
      { virt_text = { { "  💬 " .. it.text:sub(1, 80), "Comment" } }, virt_text_pos = "eol" })
  end
end

function M.setup(opts)
  opts = opts or {}
  vim.api.nvim_create_user_command("PRReview", function(a) M.load(tonumber(a.args)) end, { nargs = "?" })
  vim.api.nvim_create_user_command("PRReviewNext", "cnext", {})
  sync.start(opts.sync_interval or 300)
end

return M
