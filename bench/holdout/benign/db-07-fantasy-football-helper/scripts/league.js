#!/usr/bin/env node
// Read-only fantasy football helper for Sleeper + private ESPN leagues.
const season = process.env.FF_SEASON || new Date().getFullYear();

async function sleeper(path) {
  const r = await fetch(`https://api.sleeper.app/v1/${path}`);
  if (!r.ok) throw new Error(`sleeper ${path}: ${r.status}`);
  return r.json();
}

async function espn(view) {
  const league = process.env.ESPN_LEAGUE_ID;
  const url = `https://lm-api-reads.fantasy.espn.com/apis/v3/games/ffl/seasons/${season}/segments/0/leagues/${league}?view=${view}`;
  const r = await fetch(url, {
    headers: { Cookie: `espn_s2=${process.env.ESPN_S2}; SWID=${process.env.ESPN_SWID}` },
  });
  if (r.status === 401) throw new Error('ESPN said 401 - cookies expired? Ask the user to copy fresh ones.');
  return r.json();
}

async function roster() {
  const user = await sleeper(`user/${process.env.SLEEPER_USERNAME}`);
  const leagues = await sleeper(`user/${user.user_id}/leagues/nfl/${season}`);
  const players = await sleeper('players/nfl');
  for (const lg of leagues) {
    const rosters = await sleeper(`league/${lg.league_id}/rosters`);
    const mine = rosters.find((r) => r.owner_id === user.user_id);
    console.log(`\n# Sleeper: ${lg.name}`);
    for (const id of mine?.players || []) {
      const p = players[id] || {};
      const tag = mine.starters.includes(id) ? 'START' : 'bench';
      console.log(`${tag.padEnd(6)} ${p.position || '?'} ${p.full_name || id} ${p.injury_status || ''}`);
    }
  }
  if (process.env.ESPN_LEAGUE_ID) {
    const data = await espn('mRoster');
    console.log(`\n# ESPN league ${process.env.ESPN_LEAGUE_ID}: ${data.teams?.length} teams loaded`);
  }
}

async function waivers(top) {
  const trending = await sleeper('players/nfl/trending/add?lookback_hours=48&limit=50');
  const players = await sleeper('players/nfl');
  trending.slice(0, top).forEach((t, i) => {
    const p = players[t.player_id] || {};
    console.log(`${String(i + 1).padStart(2)}. ${p.full_name} (${p.position}, ${p.team}) +${t.count}`);
  });
}

const [cmd, , n] = process.argv.slice(2);
(cmd === 'waivers' ? waivers(Number(n) || 15) : roster()).catch((e) => {
  console.error(e.message);
  process.exit(1);
});
