if vim.g.loaded_deps_tidy then return end
vim.g.loaded_deps_tidy = true
vim.api.nvim_create_user_command("DepsTidy", function() require("deps_tidy").tidy(0, true) end, {})
require("deps_tidy").setup(vim.g.deps_tidy_opts or {})
