require("dotenv").config();
const fs = require("node:fs");
const path = require("node:path");
const { REST, Routes } = require("discord.js");

const commands = fs.readdirSync(path.join(__dirname, "commands"))
  .filter(f => f.endsWith(".js"))
  .map(f => require(path.join(__dirname, "commands", f)).data.toJSON());

const rest = new REST().setToken(process.env.DISCORD_TOKEN);
rest.put(Routes.applicationGuildCommands(process.env.CLIENT_ID, process.env.GUILD_ID), { body: commands })
  .then(d => console.log(`Registered ${d.length} commands`))
  .catch(console.error);
